//! The notes pane: the claim's notes, or the in-place editor (ratatui-textarea, soft-wrapped) while editing.

use crate::sanitize;
use crate::tui::app::{App, Focus, Mode};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Wrap};

pub use crate::tui::geometry::{reflow, shown_lines};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = app.theme;
    if let Mode::Notes(ta) = &app.mode {
        let block = Block::bordered()
            .title(Span::styled(
                format!(
                    " Notes — editing ({} stops and keeps the text) ",
                    app.keymap.key_for(crate::tui::keymap::Context::Notes, "stop-editing")
                ),
                t.title(),
            ))
            .border_style(t.border(true));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        // The text area draws its own (reverse-video) cursor.
        frame.render_widget(&**ta, inner);
        return;
    }
    let block = Block::bordered()
        .title(Span::styled(
            format!(
                " Notes ({} edits, {} opens $EDITOR) ",
                app.keymap.key_for(crate::tui::keymap::Context::Main, "edit-notes"),
                app.keymap.key_for(crate::tui::keymap::Context::Main, "editor")
            ),
            t.title(),
        ))
        .border_style(t.border(app.focus == Focus::Notes));
    let text = app.current_claim().map(|c| reflow(&sanitize::sanitize(&c.notes, true))).unwrap_or_default();
    let p = if text.is_empty() {
        Paragraph::new(Span::styled("No notes yet.", t.dim()))
    } else {
        Paragraph::new(text).wrap(Wrap { trim: false }).scroll((app.notes_scroll, 0))
    };
    frame.render_widget(p.block(block), area);
}

#[cfg(test)]
mod tests {
    use super::reflow;

    #[test]
    fn reflow_joins_wrapped_lines_but_keeps_paragraphs_and_lists() {
        assert_eq!(reflow("one\ntwo\n\nthree\n- a\n- b\n1. x"), "one two\n\nthree\n- a\n- b\n1. x");
    }
}
