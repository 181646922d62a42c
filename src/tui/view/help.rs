//! The help overlay, generated from the keymap table.

use crate::tui::app::App;
use crate::tui::keymap::Context;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The help text: every context's keys, aliases folded, with the config name of each action.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    lines_in(app, usize::MAX)
}

/// [`lines`] for an overlay `width` columns wide inside its borders: descriptions are cut (with `…`) before any
/// action name is, since the name is what `keys:` overrides need.
pub fn lines_in(app: &App, width: usize) -> Vec<Line<'static>> {
    let t = app.theme;
    use crate::tui::keymap::Context;
    let key = |ctx, name| app.keymap.key_for(ctx, name);
    let main = |name| key(Context::Main, name);
    let mut out = vec![
        Line::from(Span::styled(
            format!(
                "Find a claim: {} then type ({} keeps, {} clears). Read it in place: {}.",
                main("filter"),
                key(Context::Filter, "keep-filter"),
                key(Context::Filter, "clear-filter"),
                main("article")
            ),
            t.dim(),
        )),
        Line::from(Span::styled(
            format!(
                "Judge it: {} verdict, {} notes, {} source. Save: {}. Rebind keys in config.yaml.",
                main("verdict"),
                main("edit-notes"),
                main("add-source"),
                main("save")
            ),
            t.dim(),
        )),
    ];
    // The header's "not journaling", explained on demand.
    if let Some(why) = &app.journal_trouble {
        out.insert(0, Line::from(Span::styled(format!("Not journaling: {}", crate::sanitize::line(why)), t.error())));
    }
    // The description column is as wide as the longest description, so no action name runs into one.
    let w = desc_width(app).min(width.saturating_sub(16 + 2 + NAME_WIDTH).max(12));
    for ctx in Context::ALL {
        out.push(Line::raw(""));
        out.push(Line::from(Span::styled(app.keymap.context_title(ctx), t.title())));
        for (keys, name, desc, _) in app.keymap.grouped(ctx) {
            let k: Vec<String> = keys.iter().map(|k| k.label()).collect();
            out.push(Line::from(vec![
                Span::styled(format!("  {:<14}", k.join(" ")), t.label()),
                Span::raw(format!("{}  ", super::pad(desc, w))),
                Span::styled(name.to_string(), t.dim()),
            ]));
        }
    }
    out
}

/// The widest action name (`clear-filter`, `story-info`…): always shown whole.
const NAME_WIDTH: usize = 14;

fn desc_width(app: &App) -> usize {
    Context::ALL.iter().flat_map(|c| app.keymap.grouped(*c)).map(|g| g.2.chars().count()).max().unwrap_or(0).min(64)
}

pub fn draw(frame: &mut Frame, app: &App, scroll: u16, area: Rect) {
    // Keys, description, action name, borders.
    let r = super::centered(area, (16 + desc_width(app) + 2 + NAME_WIDTH + 2) as u16, area.height.saturating_sub(2));
    frame.render_widget(Clear, r);
    let block = Block::bordered()
        .title(Span::styled(
            format!(
                " Help — {}/{} scroll, {} closes ",
                app.keymap.key_for(crate::tui::keymap::Context::Help, "down"),
                app.keymap.key_for(crate::tui::keymap::Context::Help, "up"),
                app.keymap.key_for(crate::tui::keymap::Context::Help, "close")
            ),
            app.theme.title(),
        ))
        .border_style(app.theme.border(true));
    let inner = r.width.saturating_sub(2) as usize;
    frame.render_widget(Paragraph::new(lines_in(app, inner)).block(block).scroll((scroll, 0)), r);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_knows_how_long_the_help_is() {
        let ws = crate::store::Workspace::default();
        let mut app = App::new(ws, crate::tui::keymap::Keymap::default(), crate::tui::theme::Theme::MONO, "t".into());
        assert_eq!(lines(&app).len(), app.help_len());
        app.journal_trouble = Some("the folder is read-only".into());
        assert_eq!(lines(&app).len(), app.help_len());
    }
}
