//! The notes pane: the claim's notes, or the in-place editor (ratatui-textarea, soft-wrapped) while editing.

use crate::sanitize;
use crate::tui::app::{App, Focus, Mode};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = app.theme;
    if let Mode::Notes(ta) = &app.mode {
        let block = Block::bordered()
            .title(Span::styled(" Notes — editing (Esc stops and keeps the text) ", t.title()))
            .border_style(t.border(true));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        // The text area draws its own (reverse-video) cursor.
        frame.render_widget(&**ta, inner);
        return;
    }
    let block = Block::bordered()
        .title(Span::styled(" Notes (e edits, E opens $EDITOR) ", t.title()))
        .border_style(t.border(app.focus == Focus::Notes));
    let text = app.current_claim().map(|c| reflow(&sanitize::sanitize(&c.notes, true))).unwrap_or_default();
    let p = if text.is_empty() {
        Paragraph::new(Span::styled("No notes yet.", t.dim()))
    } else {
        Paragraph::new(text).wrap(Wrap { trim: false }).scroll((app.notes_scroll, 0))
    };
    frame.render_widget(p.block(block), area);
}

/// How many screen lines the notes pane needs to show `notes` (as drawn: reflowed, wrapped) in a pane of
/// `area` (borders included).
pub fn shown_lines(notes: &str, area: Rect) -> usize {
    let inner = Block::bordered().inner(area);
    Paragraph::new(reflow(&sanitize::sanitize(notes, true))).wrap(Wrap { trim: false }).line_count(inner.width)
}

/// Joins hard-wrapped lines into paragraphs for display, as Markdown does: a single line break inside a
/// paragraph becomes a space; blank lines, list items and indented lines keep their breaks.
pub fn reflow(text: &str) -> String {
    let starts_block = |l: &str| {
        let t = l.trim_start();
        t.is_empty()
            || l.starts_with(' ')
            || t.starts_with("- ")
            || t.starts_with("* ")
            || t.starts_with('>')
            || t.split_once(". ").is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let mut out = String::with_capacity(text.len());
    let mut prev_blank = true;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            if !prev_blank && !starts_block(line) { out.push(' ') } else { out.push('\n') }
        }
        out.push_str(line);
        prev_blank = line.trim().is_empty();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::reflow;

    #[test]
    fn reflow_joins_wrapped_lines_but_keeps_paragraphs_and_lists() {
        assert_eq!(reflow("one\ntwo\n\nthree\n- a\n- b\n1. x"), "one two\n\nthree\n- a\n- b\n1. x");
    }
}
