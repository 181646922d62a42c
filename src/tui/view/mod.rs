//! Drawing: the screen layout and one module per pane. Views only read the `App`.

pub mod article;
pub mod detail;
pub mod forms;
pub mod git;
pub mod help;
pub mod items;
pub mod list;
pub mod notes;
pub mod pickers;
pub mod stats;

use super::app::{App, Confirm, Mode, context};
use crate::sanitize;
use crate::words::plural;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub use crate::tui::geometry::{Areas, MIN_HEIGHT, MIN_WIDTH, layout};

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        // The quit question still has to be seen: it is the one dialog a too-small window can leave open.
        let msg = if matches!(app.mode, super::app::Mode::Confirm(super::app::Confirm::Quit)) {
            let key = |name| app.keymap.key_for(super::keymap::Context::Confirm, name);
            format!(
                "Quit with {} unsaved?\n{} saves and quits, {} quits without saving, {} stays.",
                plural(app.modified_stories(), "story", "stories"),
                key("save-quit"),
                key("yes"),
                key("no")
            )
        } else {
            format!(
                "Terminal too small: {}×{}.\nfactdesk needs at least {MIN_WIDTH}×{MIN_HEIGHT}.\nEnlarge the window ({} quits).",
                area.width,
                area.height,
                app.keymap.key_for(super::keymap::Context::Main, "quit")
            )
        };
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }).style(app.theme.error()), area);
        return;
    }
    let a = app.areas_in(area);
    header(frame, app, a.header);
    list::draw(frame, app, a.list);
    if app.article_open {
        article::draw(frame, app, a.article);
    } else {
        detail::draw(frame, app, a.detail);
        notes::draw(frame, app, a.notes);
    }
    status(frame, app, a.status);
    hints(frame, app, a.hints);
    match &app.mode {
        // With the article open, the picker goes over the list so the claim's sentence stays visible.
        Mode::Picker(p) => pickers::draw(frame, app, p, if app.article_open { a.list } else { area }),
        Mode::Form(f) => {
            // A form opened from a list pane shows over that pane, which it returns to.
            if let Some(from) = &f.from {
                items::draw(frame, app, &from.pane, area);
            }
            forms::draw(frame, app, f, area)
        }
        Mode::Confirm(c) => {
            if let Confirm::Remove(r) = c {
                items::draw(frame, app, &r.pane, area);
            }
            forms::draw_confirm(frame, app, c, area)
        }
        Mode::Items(p) => items::draw(frame, app, p, area),
        Mode::Help(scroll) => help::draw(frame, app, *scroll, area),
        Mode::Git(p) => git::draw(frame, app, p, area),
        Mode::Recover => forms::draw_recover(frame, app, area),
        Mode::Resolve => forms::draw_resolve(frame, app, area),
        Mode::Stats => {
            let r = centered(area, 76, 24);
            frame.render_widget(ratatui::widgets::Clear, r);
            stats::render_stats(frame, r, &app.ws);
        }
        _ => {}
    }
}

fn header(frame: &mut Frame, app: &App, area: Rect) {
    let t = app.theme;
    let mut spans = vec![Span::styled(" factdesk ", t.title())];
    // First, so no width of counts can push it off the screen.
    if app.is_modified() {
        spans.push(Span::styled("[+] modified · ", t.modified()));
    }
    // For as long as unsaved edits are not in a recovery journal, not only in one passing message (`?` says why).
    if app.journal_trouble.is_some() {
        spans.push(Span::styled("⚠ not journaling · ", t.error()));
    }
    // Errors found while loading (a story that could not be read, a duplicate id) stay in sight, not only in a
    // message that the next key replaces.
    let problems = app.ws.diagnostics.iter().filter(|d| d.is_error()).count();
    if problems > 0 {
        spans.push(Span::styled(
            format!("⚠ {} (factdesk check) · ", plural(problems, "problem", "problems")),
            t.error(),
        ));
    }
    if let Some((here, total)) = app.loading {
        spans.push(Span::styled(format!("loading {here}/{total} folders · "), t.label()));
    }
    // The current story's git state, in words (the list shows every story's as letters).
    if let Some(g) = app.selected_story().or_else(|| app.article_story()).and_then(|si| app.git_of(si)) {
        spans.push(Span::styled(format!("git: {} · ", g.words()), t.git()));
    }
    let crate::tui::app::Tally { total, reviewed, none, unknown, candidates, counts } = app.tally();
    let (total, reviewed, none, unknown, candidates) = (*total, *reviewed, *none, *unknown, *candidates);
    spans.push(Span::raw(format!("{}: ", plural(total, "claim", "claims"))));
    for (v, n) in app.ws.config.verdicts.iter().zip(counts) {
        spans.push(Span::styled(format!("{} {} ", sanitize::line(&v.symbol), n), t.verdict(&v.color)));
    }
    spans.push(Span::styled(format!("– {none} "), t.dim()));
    if unknown > 0 {
        spans.push(Span::styled(format!("{} {unknown} ", crate::model::UNKNOWN_VERDICT), t.error()));
    }
    spans.push(Span::raw(format!("· reviewed {reviewed}/{total}")));
    if candidates > 0 {
        let s = if candidates == 1 { "" } else { "s" };
        spans.push(Span::styled(format!(" · ◇ {candidates} candidate{s} to triage"), t.candidate()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn status(frame: &mut Frame, app: &App, area: Rect) {
    let t = app.theme;
    let mut spans = Vec::new();
    if matches!(app.mode, Mode::Filter) || app.is_filtering() {
        let typing = matches!(app.mode, Mode::Filter);
        spans.push(Span::styled("/", t.label()));
        spans.push(Span::raw(sanitize::line(&app.filter)));
        if typing {
            spans.push(Span::styled("█", t.dim()));
        }
        if let Some(v) = &app.filter_verdict {
            spans
                .push(Span::styled(format!("  verdict={}", sanitize::line(v.as_deref().unwrap_or("none"))), t.label()));
        }
        if let Some(s) = app.filter_status {
            spans.push(Span::styled(format!("  status={s}"), t.label()));
        }
        if app.lists_current_query() {
            let n = app.listed().0;
            let word = if n == 1 { "match" } else { "matches" };
            let more = if app.filter_pending { ", searching…" } else { "" };
            spans.push(Span::styled(format!("  ({n} {word}{more})  "), t.dim()));
        } else {
            // The list still shows the last query's matches (or every claim): no count of them is this query's.
            spans.push(Span::styled("  (searching…)  ", t.dim()));
        }
    }
    if let Some(m) = &app.message {
        // One line: a message too long for it ends in "…", so it never looks complete when it is not.
        let used: usize = spans.iter().map(|s| s.width()).sum();
        let text = fit(&sanitize::line(&m.text), (area.width as usize).saturating_sub(used));
        spans.push(Span::styled(text, if m.error { t.error() } else { t.ok() }));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).wrap(Wrap { trim: false }), area);
}

fn hints(frame: &mut Frame, app: &App, area: Rect) {
    let t = app.theme;
    let mut spans = Vec::new();
    let mut width = 0usize;
    let mut all = Vec::new();
    // On a candidate, the triage keys come first.
    if context(app) == super::keymap::Context::Main
        && app.current_claim().is_some_and(|c| c.status == crate::model::Status::Candidate)
    {
        for (keys, name, _, _) in app.keymap.grouped(super::keymap::Context::Main) {
            let label = match name {
                "accept" => "accept",
                "reject" => "reject",
                "merge" => "merge",
                _ => continue,
            };
            all.push((keys[0].label(), label));
        }
    }
    // `w` saves and quits only when the question is about quitting.
    // In a list pane, only the keys that pane takes: K/J move sources alone, and warnings are fixed, not added.
    let left_out: &[&str] = match &app.mode {
        Mode::Confirm(c) if *c != Confirm::Quit => &["save-quit"],
        Mode::Form(_) => &["save-quit"],
        Mode::Items(p) if p.kind == super::app::ItemsKind::Warnings => &["add", "remove", "move-up", "move-down"],
        Mode::Items(p) if p.kind != super::app::ItemsKind::Sources => &["move-up", "move-down"],
        _ => &[],
    };
    all.extend(app.keymap.hints_without(context(app), left_out));
    for (key, desc) in all {
        let w = key.chars().count() + desc.chars().count() + 3;
        if width + w > area.width as usize {
            break;
        }
        width += w;
        spans.push(Span::styled(key, t.label().add_modifier(ratatui::style::Modifier::REVERSED)));
        spans.push(Span::styled(format!(" {desc}  "), t.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Cuts sanitized text to `width` display columns, ending in `…` when cut. Measured grapheme by grapheme as
/// ratatui draws it (`geometry::graphemes`), so a wide or combined character never spills past `width`.
pub fn fit(text: &str, width: usize) -> String {
    if crate::tui::geometry::text_width(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for (g, gw) in crate::tui::geometry::graphemes(text) {
        if w + gw + 1 > width {
            break;
        }
        w += gw;
        out.push_str(g);
    }
    out.push('…');
    out
}

/// Pads to `width` display columns (cut with `…` first when longer).
pub fn pad(text: &str, width: usize) -> String {
    let t = fit(text, width);
    let w = crate::tui::geometry::text_width(&t);
    t + &" ".repeat(width.saturating_sub(w))
}

/// Styles the characters at `matched` positions of `text` (already sanitized) with `hl` over `base`.
pub fn highlighted(text: &str, matched: &[usize], base: Style, hl: Style) -> Vec<Span<'static>> {
    if matched.is_empty() {
        return vec![Span::styled(text.to_string(), base)];
    }
    let mut spans = Vec::new();
    let mut cur = String::new();
    let mut cur_hl = false;
    for (i, c) in text.chars().enumerate() {
        let h = matched.contains(&i);
        if h != cur_hl && !cur.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut cur), if cur_hl { base.patch(hl) } else { base }));
        }
        cur_hl = h;
        cur.push(c);
    }
    if !cur.is_empty() {
        spans.push(Span::styled(cur, if cur_hl { base.patch(hl) } else { base }));
    }
    spans
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}
