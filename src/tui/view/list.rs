//! The claims list: stories as headers, one row per claim with verdict badge, status, id and text.

use super::{fit, highlighted, pad};
use crate::sanitize;
use crate::tui::app::{App, Focus, Row};
use crate::tui::geometry::{BADGE_SYMBOL_ONLY, list_columns, text_width};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// The badge for a claim: symbol and short name, so it reads without colour.
pub fn badge(app: &App, c: &crate::model::Claim) -> (String, Style) {
    let t = app.theme;
    if c.status == crate::model::Status::Candidate {
        return (format!("◇ {:.2}", c.score.unwrap_or(0.0)), t.candidate());
    }
    match app.ws.config.verdict(&c.verdict) {
        Some(v) => (format!("{} {}", sanitize::line(&v.symbol), sanitize::line(&v.name)), t.verdict(&v.color)),
        None if c.verdict.is_empty() => ("– none".to_string(), t.dim()),
        None => (format!("{} {}", crate::model::UNKNOWN_VERDICT, sanitize::line(&c.verdict)), t.error()),
    }
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = app.theme;
    let focused = app.focus == Focus::List;
    // Counted as the header counts them: claims, then candidates still to triage.
    let (listed, cands) = app.listed();
    let n = listed - cands;
    // While stories still arrive, a `/` filter has only matched those already here: the count says so (the filter
    // runs again over every claim once the load finishes).
    let so_far = if app.loading.is_some() && !app.filter.trim().is_empty() { " so far" } else { "" };
    let title =
        if cands > 0 { format!(" Claims ({n} + {cands} ◇{so_far}) ") } else { format!(" Claims ({n}{so_far}) ") };
    let block = Block::bordered().title(Span::styled(title, t.title())).border_style(t.border(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    for (i, row) in app.rows.iter().enumerate().skip(app.list_offset).take(inner.height as usize) {
        match *row {
            Row::Story(si) => {
                let st = &app.ws.stories[si];
                let title =
                    sanitize::line(if st.file.story.title.is_empty() { &st.slug } else { &st.file.story.title });
                // The story's git state as letters before its title (U conflicted, S staged, M modified,
                // ? untracked), as lazygit shows files.
                let git = app.git_of(si).map(|g| format!("{} ", g.marks())).unwrap_or_default();
                let git = fit(&git, width);
                let width = width - text_width(&git);
                let git_span = Span::styled(git, t.git());
                if app.selectable(*row) {
                    // A story with no claims yet: its row can be selected, and says why it is alone.
                    let selected = i == app.selected;
                    let base = if selected { t.selected() } else { Style::new() };
                    let mark = fit(if selected { "▶ " } else { "  " }, width);
                    let rest = width.saturating_sub(text_width(&mark));
                    // The note gives way to the title in a narrow list.
                    let note = if rest >= 24 { " (no claims yet)" } else { "" };
                    let title = fit(&title, rest - text_width(note));
                    let used = text_width(&mark) + text_width(&title) + text_width(note);
                    let mut spans = vec![
                        git_span,
                        Span::styled(mark, base),
                        Span::styled(title, base.patch(t.story_header())),
                        Span::styled(note, base.patch(t.dim())),
                    ];
                    if selected && width > used {
                        spans.push(Span::styled(" ".repeat(width - used), base));
                    }
                    lines.push(Line::from(spans));
                } else {
                    lines.push(Line::from(vec![git_span, Span::styled(fit(&title, width), t.story_header())]));
                }
            }
            Row::Claim(si, ci) => {
                let c = &app.ws.stories[si].file.claims[ci];
                let selected = i == app.selected;
                let base = if selected { t.selected() } else { Style::new() };
                let (b, bstyle) = badge(app, c);
                let orphan = app.anchor_of(si, ci).is_orphaned() && !app.ws.stories[si].article.is_empty();
                // Each column is cut to its width (with `…`) and padded to it, then a space: they never touch.
                let cols = list_columns(width);
                let marks =
                    [(if selected { "▶" } else { " " }, base), (if orphan { "⚠" } else { " " }, base.patch(t.error()))];
                let mut spans: Vec<Span> =
                    marks.into_iter().take(cols.marks.width).map(|(m, s)| Span::styled(m, s)).collect();
                let gap = |spans: &mut Vec<Span>| spans.push(Span::styled(" ", base));
                if cols.marks.width > 0 && width > cols.marks.end() {
                    gap(&mut spans);
                }
                if cols.badge.width > 0 {
                    // Too narrow for the name: the symbol alone (it may be two cells wide), never a lone `…`.
                    let shown = if cols.badge.width <= BADGE_SYMBOL_ONLY {
                        crate::tui::geometry::graphemes(&b).next().map(|g| g.0.to_string()).unwrap_or_default()
                    } else {
                        b
                    };
                    spans.push(Span::styled(pad(&shown, cols.badge.width), base.patch(bstyle)));
                    gap(&mut spans);
                }
                if cols.status.width > 0 {
                    spans.push(Span::styled(pad(status_word(c.status), cols.status.width), base.patch(t.dim())));
                    gap(&mut spans);
                }
                if cols.id.width > 0 {
                    let id = pad(&sanitize::line(&c.id), cols.id.width);
                    spans.extend(highlighted(&id, &app.matched_chars(&id), base.patch(t.label()), t.matched()));
                    gap(&mut spans);
                }
                let text = fit(&sanitize::line(&c.text), cols.text.width);
                let tw = text_width(&text);
                spans.extend(highlighted(&text, &app.matched_chars(&text), base, t.matched()));
                if selected && cols.text.width > tw {
                    spans.push(Span::styled(" ".repeat(cols.text.width - tw), base));
                }
                lines.push(Line::from(spans));
            }
        }
    }
    let mut wrap = false;
    if app.rows.is_empty() {
        let key = |name| app.keymap.key_for(crate::tui::keymap::Context::Main, name);
        let msg = if app.loading.is_some() {
            "Loading the workspace…".to_string()
        } else if app.is_filtering() {
            format!("No claim matches; {} clears the filter.", key("clear-filter"))
        } else if let Some(problem) = app.first_problem() {
            wrap = true;
            format!("Nothing could be shown. Fix this, then press {}:\n\n{problem}", key("reload"))
        } else {
            format!("No claims yet: {} adds one.", key("new-claim"))
        };
        let style = if wrap { t.error() } else { t.dim() };
        lines.extend(msg.lines().map(|l| Line::from(Span::styled(sanitize::line(l), style))));
    }
    let para = Paragraph::new(lines);
    frame.render_widget(if wrap { para.wrap(ratatui::widgets::Wrap { trim: false }) } else { para }, inner);
}

/// The status as a short word for the list column.
pub fn status_word(s: crate::model::Status) -> &'static str {
    use crate::model::Status::*;
    match s {
        Candidate => "candidate",
        Open => "open",
        InProgress => "in-prog.",
        Reviewed => "reviewed",
        Published => "published",
    }
}
