//! The git pane: a story's `git diff` (`D`) or a claim's commits (`L`), coloured line by line as git colours
//! them (added, removed, hunk, commit), over most of the screen. Every line goes through `crate::sanitize`.

use crate::sanitize;
use crate::tui::app::{App, GitPane};
use crate::tui::keymap::Context;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// The style of one line of git's output.
fn style(app: &App, line: &str) -> Style {
    let t = app.theme;
    if line.starts_with("+++")
        || line.starts_with("---")
        || line.starts_with("diff --git")
        || line.starts_with("index ")
    {
        Style::new().add_modifier(Modifier::BOLD)
    } else if line.starts_with('+') {
        t.diff_added()
    } else if line.starts_with('-') {
        t.diff_removed()
    } else if line.starts_with("@@") {
        t.diff_hunk()
    } else if line.starts_with("commit ") {
        t.modified()
    } else {
        Style::new()
    }
}

/// Draws the pane over `area`.
pub fn draw(frame: &mut Frame, app: &App, pane: &GitPane, area: Rect) {
    // Between the header and the message line: the whole width, for long diff lines.
    let r = Rect::new(area.x, area.y + 1, area.width, area.height.saturating_sub(3));
    frame.render_widget(Clear, r);
    let close = app.keymap.key_for(Context::Help, "close");
    let block = Block::new()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {} ", sanitize::line(&pane.title)), app.theme.title()))
        .title_bottom(Span::styled(format!(" j/k scroll · {close} closes "), app.theme.dim()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let lines: Vec<Line> = match &pane.lines {
        None => vec![Line::from(Span::styled("running git…", app.theme.dim()))],
        Some(lines) => lines
            .iter()
            .skip(pane.scroll)
            .take(inner.height as usize)
            .map(|l| {
                let shown = sanitize::line(&l.replace('\t', "    "));
                Line::from(Span::styled(shown, style(app, l)))
            })
            .collect(),
    };
    frame.render_widget(Paragraph::new(lines), inner);
}
