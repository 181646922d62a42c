//! The claims list: stories as headers, one row per claim with verdict badge, status, id and text.

use super::{fit, highlighted, pad};
use crate::sanitize;
use crate::tui::app::{App, Focus, Row};
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
    let (mut n, mut cands) = (0, 0);
    for r in &app.rows {
        if let Row::Claim(si, ci) = *r {
            if app.ws.stories[si].file.claims[ci].status == crate::model::Status::Candidate {
                cands += 1;
            } else {
                n += 1;
            }
        }
    }
    let title = if cands > 0 { format!(" Claims ({n} + {cands} ◇) ") } else { format!(" Claims ({n}) ") };
    let block = Block::bordered().title(Span::styled(title, t.title())).border_style(t.border(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    for (i, row) in app.rows.iter().enumerate().skip(app.list_offset).take(inner.height as usize) {
        match *row {
            Row::Story(si) => {
                let st = &app.ws.stories[si];
                let title = if st.file.story.title.is_empty() { &st.slug } else { &st.file.story.title };
                lines.push(Line::from(Span::styled(fit(&sanitize::line(title), width), t.story_header())));
            }
            Row::Claim(si, ci) => {
                let c = &app.ws.stories[si].file.claims[ci];
                let selected = i == app.selected;
                let base = if selected { t.selected() } else { Style::new() };
                let (b, bstyle) = badge(app, c);
                let orphan = app.anchor_of(si, ci).is_orphaned() && !app.ws.stories[si].article.is_empty();
                let bw = if width >= 56 { 18 } else { 15 };
                // A narrow list (beside the article) drops the status column to keep room for the text.
                let sw = if width >= 48 { 10 } else { 0 };
                let mut spans = vec![
                    Span::styled(if selected { "▶" } else { " " }, base),
                    Span::styled(if orphan { "⚠" } else { " " }, base.patch(t.error())),
                    Span::styled(pad(&b, bw), base.patch(bstyle)),
                ];
                if sw > 0 {
                    spans.push(Span::styled(pad(status_word(c.status), sw), base.patch(t.dim())));
                }
                let used = 2 + bw + sw;
                // The claim's text matters most: the id gets a third of what is left (10 to 22 columns).
                let left = width.saturating_sub(used);
                let id = fit(&sanitize::line(&c.id), (left / 3).clamp(10.min(left), 22));
                let id_w = unicode_width::UnicodeWidthStr::width(id.as_str());
                spans.extend(highlighted(&id, &app.matched_chars(&id), base.patch(t.label()), t.matched()));
                spans.push(Span::styled(" ", base));
                let rest = width.saturating_sub(used + id_w + 1);
                let text = fit(&sanitize::line(&c.text), rest);
                let tw = unicode_width::UnicodeWidthStr::width(text.as_str());
                spans.extend(highlighted(&text, &app.matched_chars(&text), base, t.matched()));
                if selected && rest > tw {
                    spans.push(Span::styled(" ".repeat(rest - tw), base));
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
