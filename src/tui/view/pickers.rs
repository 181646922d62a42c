//! Pickers: verdict, status, quick filter and merge target, drawn as a centred list.

use crate::sanitize;
use crate::tui::app::{App, Picker};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn draw(frame: &mut Frame, app: &App, p: &Picker, area: Rect) {
    let t = app.theme;
    let w = p.items.iter().map(|i| i.label.chars().count()).max().unwrap_or(10).max(p.title.len() + 4) as u16 + 6;
    let h = (p.items.len() as u16 + 2).min(area.height.saturating_sub(2));
    let r = super::centered(area, w.min(area.width.saturating_sub(4)), h);
    frame.render_widget(Clear, r);
    let block = Block::bordered().title(Span::styled(format!(" {} ", p.title), t.title())).border_style(t.border(true));
    let inner_h = h.saturating_sub(2) as usize;
    let offset = p.cursor.saturating_sub(inner_h.saturating_sub(1));
    let lines: Vec<Line> = p
        .items
        .iter()
        .enumerate()
        .skip(offset)
        .take(inner_h)
        .map(|(i, item)| {
            let selected = i == p.cursor;
            let base = if selected { t.selected() } else { Style::new() };
            let color = if item.color.is_empty() { Style::new() } else { t.verdict(&item.color) };
            let label = super::pad(&sanitize::line(&item.label), w.saturating_sub(4) as usize);
            Line::from(vec![
                Span::styled(if selected { "▶ " } else { "  " }, base),
                Span::styled(label, base.patch(color)),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), r);
}
