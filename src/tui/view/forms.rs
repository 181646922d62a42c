//! Forms (the claim, the story, a source, a check, a value, a new claim) and confirmation dialogs.

use crate::sanitize;
use crate::tui::app::{App, Confirm, Form};
use crate::tui::keymap::Context;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, app: &App, f: &Form, area: Rect) {
    let t = app.theme;
    // A check form has room for its expression's live result, which may take two lines.
    let preview = app.check_preview(f);
    let suggestions = app.check_suggestions(f);
    let h = f.fields.len() as u16 * 2 + 5 + if preview.is_some() { 2 } else { 0 };
    let r = super::centered(area, 76, h);
    frame.render_widget(Clear, r);
    let key = |name| app.keymap.key_for(Context::Form, name);
    let block = Block::bordered()
        .title(Span::styled(
            format!(
                " {} — {} next field, {} saves, {} cancels ",
                sanitize::line(&f.title),
                key("next-field"),
                key("submit"),
                key("cancel")
            ),
            t.title(),
        ))
        .border_style(t.border(true));
    let inner = block.inner(r);
    // The labels' column fits the longest label (at least 10 characters).
    let lw = f.fields.iter().map(|x| x.label.chars().count()).max().unwrap_or(0).max(10);
    let vw = inner.width.saturating_sub(lw as u16 + 3) as usize;
    let mut lines = Vec::new();
    for (i, field) in f.fields.iter().enumerate() {
        let focused = i == f.focus;
        // A window of the value around the cursor, which shows as a reversed cell.
        let chars: Vec<char> = field.value.chars().collect();
        let at = field.cursor.min(chars.len());
        let keep = vw.saturating_sub(1).max(1);
        // The window scrolls only as far as the cursor needs: from Home, → moves the cursor, not the text; typing
        // at the end of a long value keeps its end in view.
        let start = if focused { (at + 1).saturating_sub(keep) } else { 0 };
        let end = (start + keep).min(chars.len());
        let piece = |a: usize, b: usize| sanitize::line(&chars[a..b].iter().collect::<String>());
        let vstyle =
            if focused { Style::new().add_modifier(ratatui::style::Modifier::UNDERLINED) } else { Style::new() };
        let mut spans = vec![
            Span::styled(if focused { "▶ " } else { "  " }, t.label()),
            Span::styled(format!("{:<lw$} ", field.label), t.label()),
        ];
        if focused {
            spans.push(Span::styled(piece(start, at), vstyle));
            let cur = if at < chars.len() { piece(at, at + 1) } else { " ".to_string() };
            spans.push(Span::styled(cur, Style::new().add_modifier(ratatui::style::Modifier::REVERSED)));
            if at < end {
                spans.push(Span::styled(piece((at + 1).min(end), end), vstyle));
            }
        } else {
            spans.push(Span::raw(piece(start, end)));
        }
        lines.push(Line::from(spans));
        match &preview {
            Some(result) if i == 1 && !field.value.trim().is_empty() => {
                lines.extend(expr_feedback(app, f, result, start, end, lw + 3, inner.width as usize));
            }
            // The Claimed field of a check lists the figures its claim states.
            Some(_) if i == 2 && !suggestions.is_empty() => {
                let text = suggestions
                    .iter()
                    .map(|(v, w)| if v == w { v.clone() } else { format!("{v} ({w})") })
                    .collect::<Vec<_>>()
                    .join(", ");
                let hint = super::fit(
                    &sanitize::line(&format!("in the claim: {text}")),
                    (inner.width as usize).saturating_sub(lw + 3),
                );
                lines.push(Line::from(Span::styled(format!("{:w$}{hint}", "", w = lw + 3), t.dim())));
            }
            _ => {
                let hint = super::fit(field.hint, (inner.width as usize).saturating_sub(lw + 3));
                lines.push(Line::from(Span::styled(format!("{:w$}{hint}", "", w = lw + 3), t.dim())));
            }
        }
    }
    if let Some(e) = &f.error {
        lines.push(Line::from(Span::styled(sanitize::line(e), t.error())));
    }
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), r);
    if let Some(q) = &f.question {
        // The question over the form; the form's values wait behind it.
        let key = |name| app.keymap.key_for(Context::Confirm, name);
        let body = format!(
            "{}\n\n{}: yes, go ahead   {}: no, back to the form (nothing typed is lost)",
            sanitize::sanitize(q, true),
            key("yes"),
            app.keymap.keys_for(Context::Confirm, "no")
        );
        let q = super::centered(area, 96, 11);
        frame.render_widget(Clear, q);
        let block = Block::bordered().title(Span::styled(" Are you sure? ", t.error())).border_style(t.error());
        frame.render_widget(Paragraph::new(body).block(block).wrap(Wrap { trim: false }), q);
    }
}

/// The line under a check form's expression, live while typing: a caret under the character an error is at, with
/// the error; or what the expression computes, and whether that meets the claimed figure.
fn expr_feedback(
    app: &App,
    f: &Form,
    result: &Result<f64, crate::checks::ExprError>,
    start: usize,
    end: usize,
    indent: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let t = app.theme;
    match result {
        Err(e) => {
            // The caret under the character, in the window of the value that is shown (or an arrow when the value
            // is scrolled past it); the error under it, wrapped at words and indented like the values.
            let p = e.pos.saturating_sub(1);
            let caret = if p < start {
                Line::from(vec![
                    Span::raw(" ".repeat(indent)),
                    Span::styled("← the error is to the left (Home shows it)", t.error()),
                ])
            } else {
                Line::from(vec![Span::raw(" ".repeat(indent + p.min(end) - start)), Span::styled("^", t.error())])
            };
            let mut lines = vec![caret];
            for piece in
                wrap_words(&sanitize::line(&e.to_string()), width.saturating_sub(indent).max(20)).into_iter().take(2)
            {
                lines.push(Line::from(vec![Span::raw(" ".repeat(indent)), Span::styled(piece, t.error())]));
            }
            lines
        }
        Ok(v) => {
            use crate::checks::expr::evaluate;
            let value = |i: usize| f.fields.get(i).map(|x| x.value.trim().to_string()).unwrap_or_default();
            let claimed = evaluate(&value(2), &|_| None).ok();
            let tolerance = if value(3).is_empty() { Some(0.0) } else { evaluate(&value(3), &|_| None).ok() };
            let cmp = crate::model::Comparison::parse(&value(4).replace('≥', ">=").replace('≤', "<="))
                .or_else(|| value(4).is_empty().then_some(crate::model::Comparison::Equal));
            let mut spans = vec![
                Span::raw(" ".repeat(indent)),
                Span::styled(format!("= {}", crate::checks::format_number(*v)), t.ok()),
            ];
            if let (Some(claimed), Some(tolerance), Some(comparison)) = (claimed, tolerance, cmp) {
                let check = crate::model::Check { claimed, tolerance, comparison, ..Default::default() };
                let says = crate::tui::app::claim_says_in_words(&check);
                if crate::checks::holds(comparison, *v, claimed, tolerance) {
                    spans.push(Span::styled(format!("   ✔ the claim says {says}"), t.ok()));
                } else {
                    spans.push(Span::styled(format!("   ✘ the claim says {says}"), t.error()));
                }
            }
            vec![Line::from(spans)]
        }
    }
}

pub fn draw_confirm(frame: &mut Frame, app: &App, c: &Confirm, area: Rect) {
    let t = app.theme;
    let key = |name| app.keymap.key_for(Context::Confirm, name);
    let no = app.keymap.keys_for(Context::Confirm, "no");
    let (yes, save_quit) = (key("yes"), key("save-quit"));
    let (title, body) = match c {
        Confirm::Remove(r) => {
            let mut body = format!("Remove {}?\n", sanitize::line(&r.what));
            if !r.users.is_empty() {
                body += &format!(
                    "\nThese checks use it and could no longer be computed:\n{}\n",
                    r.users.iter().map(|u| format!("  • {}", sanitize::line(u))).collect::<Vec<_>>().join("\n")
                );
            }
            let key = |ctx, name| app.keymap.key_for(ctx, name);
            body += &format!(
                "\n{}: remove ({} undoes it)   {}: keep it",
                key(Context::Confirm, "yes"),
                key(Context::Items, "undo"),
                key(Context::Confirm, "no")
            );
            (" Remove? ".to_string(), body)
        }
        Confirm::Delete => {
            let id = app.current_claim().map(|c| sanitize::line(&c.id)).unwrap_or_default();
            let undo = app.keymap.key_for(Context::Main, "undo");
            (
                " Delete? ".to_string(),
                format!("Delete claim `{id}`?\n\n{yes}: delete ({undo} undoes it)   {no}: keep it"),
            )
        }
        Confirm::LossySave => (String::new(), String::new()),
        Confirm::Quit => {
            // A story whose file was deleted on disk keeps its journal whatever is chosen: it is the last copy.
            let gone = (0..app.ws.stories.len()).filter(|&si| app.is_dirty(si) && story_file_gone(app, si)).count();
            let kept = if gone > 0 {
                format!(" (the journal of {gone} whose claims.yaml is gone is kept)")
            } else {
                String::new()
            };
            (
                " Unsaved changes ".to_string(),
                format!(
                    "{} stor{} ha{} unsaved changes.\n\n{save_quit}: save, then quit\n{yes}: quit WITHOUT saving{kept}\n{no}: stay",
                    app.modified_stories(),
                    if app.modified_stories() == 1 { "y" } else { "ies" },
                    if app.modified_stories() == 1 { "s" } else { "ve" }
                ),
            )
        }
    };
    let c = c.clone();
    let tall = if let Confirm::Remove(r) = &c { 8 + r.users.len().min(10) as u16 } else { 9 };
    let (title, body) = if c == Confirm::LossySave {
        let mut body = String::from("This save cannot keep everything in a hand-edited file:\n\n");
        for w in &app.save_warnings {
            body += &format!("• {}\n", sanitize::line(w));
        }
        body += &format!("\n{yes}: save anyway   {no}: do not save (edits stay here)");
        (" Save anyway? ".to_string(), body)
    } else {
        (title, body)
    };
    let r = super::centered(
        area,
        if c == Confirm::LossySave { 90 } else { 60 },
        if c == Confirm::LossySave { 16 } else { tall },
    );
    frame.render_widget(Clear, r);
    let block = Block::bordered().title(Span::styled(title, t.error())).border_style(t.error());
    frame.render_widget(Paragraph::new(body).block(block).wrap(Wrap { trim: false }), r);
}

/// The offer to restore unsaved edits found in a recovery journal.
pub fn draw_recover(frame: &mut Frame, app: &App, area: Rect) {
    let t = app.theme;
    let Some(offer) = app.recovery.offers().first() else { return };
    let slug = app.ws.stories.get(offer.story).map(|s| sanitize::line(&s.slug)).unwrap_or_default();
    let mut body = format!(
        "factdesk was closed without saving {slug} (a crash, a closed terminal or a kill).\nThe recovery journal, written {}, holds:\n\n",
        sanitize::line(&offer.journal.written_at)
    );
    for l in offer.lines.iter().take(12) {
        body += &format!("  • {}\n", sanitize::line(l));
    }
    if offer.lines.len() > 12 {
        body += &format!("  … and {} more\n", offer.lines.len() - 12);
    }
    let key = |name| app.keymap.key_for(crate::tui::keymap::Context::Recover, name);
    body += &format!(
        "\n{}: restore them   {}: discard them   {}: decide later (kept)",
        key("restore"),
        key("discard"),
        key("later")
    );
    let r = super::centered(area, 90, 20);
    frame.render_widget(Clear, r);
    let block = Block::bordered().title(Span::styled(" Restore unsaved edits? ", t.error())).border_style(t.error());
    frame.render_widget(Paragraph::new(body).block(block).wrap(Wrap { trim: false }), r);
}

/// One collision between the edits here and the file changed on disk: both versions, and the choice.
pub fn draw_resolve(frame: &mut Frame, app: &App, area: Rect) {
    use crate::safety::merge::Conflict;
    let t = app.theme;
    let Some(res) = app.resolving.first() else { return };
    let Some((_, c, left)) = res.current() else { return };
    let slug = app.ws.stories.get(res.story).map(|s| sanitize::line(&s.slug)).unwrap_or_default();
    let claim =
        c.claim_id.as_deref().map_or_else(|| "the story".to_string(), |id| format!("claim `{}`", sanitize::line(id)));
    let field = if c.field.is_empty() { "(the whole claim)".to_string() } else { sanitize::line(&c.field) };
    let show = |v: &Option<serde_yaml::Value>| sanitize::sanitize(&Conflict::show(v), true);
    let key = |name| app.keymap.key_for(crate::tui::keymap::Context::Resolve, name);
    let both = if c.both().is_some() { format!("   {}: keep both", key("keep-both")) } else { String::new() };
    let body = format!(
        "{slug}, {claim}, {field}: changed here and on disk ({left} left to settle).\n\n\
         MINE (unsaved, here):\n{}\n\nTHEIRS (on disk now):\n{}\n\nAS LOADED:\n{}\n\n{}: keep mine   {}: take theirs{both}",
        show(&c.mine),
        show(&c.theirs),
        show(&c.base),
        key("keep-mine"),
        key("take-theirs"),
    );
    let r = super::centered(area, 96, 26);
    frame.render_widget(Clear, r);
    let block = Block::bordered().title(Span::styled(" Changed on both sides ", t.error())).border_style(t.error());
    frame.render_widget(Paragraph::new(body).block(block).wrap(Wrap { trim: false }), r);
}

/// Whether story `si`'s `claims.yaml` is gone from disk (deleted under the UI). The one disk read of the
/// drawing code: the quit question says whose journal is kept whatever is chosen.
fn story_file_gone(app: &App, si: usize) -> bool {
    app.ws
        .stories
        .get(si)
        .is_some_and(|s| std::fs::symlink_metadata(s.path()).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound))
}

/// `text` in lines of at most `width` characters, broken between words (a word longer than a line is cut).
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut last = String::new();
    for word in text.split(' ') {
        let len = last.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut last));
            last.extend(word.chars().take(width));
        } else {
            if len > 0 {
                last.push(' ');
            }
            last.extend(word.chars().take(width.saturating_sub(len)));
        }
    }
    lines.push(last);
    lines
}
