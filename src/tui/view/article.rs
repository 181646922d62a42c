//! The article view: the story's text wrapped to the pane, every claim's span marked, the current claim and the
//! sentence selection emphasised, candidates marked apart from accepted claims, orphaned claims listed.

use crate::model::Status;
use crate::sanitize;
use crate::tui::app::{App, Focus};
use crate::tui::geometry::shown_at;
pub use crate::tui::geometry::wrap;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = app.theme;
    let focused = app.focus == Focus::Article;
    let Some(si) = app.article_story() else {
        frame.render_widget(Paragraph::new("No story.").block(Block::bordered()), area);
        return;
    };
    let story = &app.ws.stories[si];
    let title = format!(" Article: {} ", sanitize::line(&story.file.story.title));
    let block = Block::bordered()
        .title(Span::styled(super::fit(&title, area.width.saturating_sub(4) as usize), t.title()))
        .border_style(t.border(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let chars = app.article_chars(si);
    if chars.is_empty() {
        // Why, when loading said so: a refused path (a link, `..`, a FIFO) is named here, and the file is not shown.
        let (story_file, article_file) = (story.path(), story.article_path());
        let why = app
            .ws
            .diagnostics
            .iter()
            .find(|d| {
                d.is_error() && (d.path == article_file || (d.path == story_file && d.message.contains("article")))
            })
            .map(|d| format!("The article could not be read: {d}"))
            .unwrap_or_else(|| "The article could not be read (see `factdesk check`).".into());
        frame.render_widget(
            Paragraph::new(Span::styled(why, t.error())).wrap(ratatui::widgets::Wrap { trim: false }),
            inner,
        );
        return;
    }
    // One style per character: claim spans, then candidates, then the current claim, then the selection.
    let mut kind = vec![0u8; chars.len()];
    let current = app.current().filter(|(s, _)| *s == si).map(|c| c.1);
    let mut orphans = Vec::new();
    let mut unanchored = Vec::new();
    for (ci, c) in story.file.claims.iter().enumerate() {
        let a = app.anchor_of(si, ci);
        if a.is_orphaned() {
            orphans.push(sanitize::line(&c.id));
            continue;
        }
        if !a.is_placed() {
            unanchored.push(sanitize::line(&c.id));
            continue;
        }
        let k = if c.status == Status::Candidate { 1 } else { 2 };
        for x in kind.iter_mut().take(a.end.min(chars.len())).skip(a.start) {
            *x = (*x).max(k);
        }
    }
    if let Some(ci) = current {
        let a = app.anchor_of(si, ci);
        if a.is_placed() {
            for x in kind.iter_mut().take(a.end.min(chars.len())).skip(a.start) {
                *x = 3;
            }
        }
    }
    // Headings and page furniture (captions, credits, datelines, bylines...) are dimmed: never claims.
    let mut furniture = vec![false; chars.len()];
    for (s, e, _) in app.furniture(si) {
        for x in furniture.iter_mut().take(e.min(chars.len())).skip(s) {
            *x = true;
        }
    }
    let style_of = |i: usize| -> Style {
        let mut s = match kind[i] {
            1 => t.span_candidate(),
            2 => t.span_claim(),
            3 => t.span_current(),
            _ if furniture[i] => t.dim(),
            _ => Style::new(),
        };
        if focused && i >= app.art_sel.0 && i < app.art_sel.1 {
            s = s.patch(t.span_selection());
        }
        s
    };
    let mut lines: Vec<Line> = Vec::new();
    // One line above the text: the claims it cannot show, lost quotes first.
    if !orphans.is_empty() {
        let text = if unanchored.is_empty() {
            format!("⚠ orphaned, not in the article: {}", orphans.join(", "))
        } else {
            format!("⚠ orphaned: {} · not anchored: {}", orphans.join(", "), unanchored.join(", "))
        };
        lines.push(Line::from(Span::styled(super::fit(&text, inner.width as usize), t.error())));
    } else if !unanchored.is_empty() {
        let text = format!(
            "not anchored: {} (select its words, {} anchors the current claim)",
            unanchored.join(", "),
            app.keymap.key_for(crate::tui::keymap::Context::Article, "anchor")
        );
        lines.push(Line::from(Span::styled(super::fit(&text, inner.width as usize), t.dim())));
    }
    let body_h = (inner.height as usize).saturating_sub(lines.len() + 1);
    let wrapped = wrap(chars, inner.width as usize);
    // Never past the text: a scroll worked out for another size shows the last lines, not an empty pane.
    let scroll = app.art_scroll.min(wrapped.len().saturating_sub(1));
    for &(s, e) in wrapped.iter().skip(scroll).take(body_h) {
        let mut spans: Vec<Span> = Vec::new();
        let mut run = String::new();
        let mut run_style = Style::new();
        for (i, &c) in chars.iter().enumerate().take(e).skip(s) {
            let st = style_of(i);
            if st != run_style && !run.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut run), run_style));
            }
            run_style = st;
            if c.is_ascii_graphic() || c == ' ' {
                run.push(c);
            } else {
                sanitize::push_shown(&mut run, c, shown_at(chars, i));
            }
        }
        if !run.is_empty() {
            spans.push(Span::styled(run, run_style));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    // Legend on the last line of the pane; when the selection is a heading or page furniture, what it is instead.
    let line_no = Span::styled(format!("  line {}/{}", scroll + 1, wrapped.len()), t.dim());
    let selected = app.furniture_at(si, app.art_sel.0).filter(|_| focused && app.art_sel.1 > app.art_sel.0);
    let legend = match selected {
        Some(r) => Line::from(vec![Span::styled(format!("selected: {} (not a claim)", r.as_str()), t.dim()), line_no]),
        None => Line::from(vec![
            Span::styled("claim", t.span_claim()),
            Span::raw(" "),
            Span::styled("current", t.span_current()),
            Span::raw(" "),
            Span::styled("candidate", t.span_candidate()),
            Span::raw(" "),
            Span::styled("selection", t.span_selection()),
            line_no,
        ]),
    };
    let y = inner.y + inner.height.saturating_sub(1);
    frame.render_widget(Paragraph::new(legend), Rect::new(inner.x, y, inner.width, 1));
}
