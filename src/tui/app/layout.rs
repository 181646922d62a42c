//! The panes' sizes as the state knows them: the claims list's width and zoom (`<`, `>`, `z`), and the layout
//! that clicks, scrolling and the views compute from them.

use super::*;
use crate::tui::geometry::{Areas, ListWidth};

impl App {
    /// The list's width as it applies now: zoom gives way while notes are edited in place (the notes pane must be
    /// seen) and to the article (see [`geometry::layout`]).
    pub fn list_width_now(&self) -> ListWidth {
        ListWidth { zoom: self.list_width.zoom && !matches!(self.mode, Mode::Notes(_)), ..self.list_width }
    }

    /// The panes of a screen of `area`, with the list as wide as the journalist set it.
    pub fn areas_in(&self, area: Rect) -> Areas {
        geometry::layout(area, self.article_open, self.list_width_now())
    }

    /// The panes of the whole terminal (`App::size`).
    pub fn areas(&self) -> Areas {
        self.areas_in(Rect::new(0, 0, self.size.0, self.size.1))
    }

    /// The panes as they are with the article open, whatever is open now.
    pub(super) fn article_areas(&self) -> Areas {
        geometry::layout(Rect::new(0, 0, self.size.0, self.size.1), true, self.list_width_now())
    }

    /// `<` / `>`: makes the list narrower (`delta` < 0) or wider by one step; a zoomed list comes back to its
    /// set width first. Returns the effect that keeps the new width in the config file.
    pub(super) fn resize_list(&mut self, delta: i16) -> Option<Effect> {
        let before = self.list_width;
        if self.list_width.zoom {
            self.list_width.zoom = false;
        } else {
            let p = self.list_width.percent as i16 + delta * ListWidth::STEP as i16;
            self.list_width.percent = p.clamp(ListWidth::MIN as i16, ListWidth::MAX as i16) as u16;
        }
        if self.list_width == before {
            let edge = if delta < 0 { "narrow" } else { "wide" };
            self.set_message(format!("the list is as {edge} as it goes ({}%)", before.percent), false);
            return None;
        }
        self.after_list_resize()
    }

    /// `z`: the list takes the whole width, or gives it back.
    pub(super) fn toggle_zoom(&mut self) -> Option<Effect> {
        self.list_width.zoom = !self.list_width.zoom;
        if self.list_width.zoom && matches!(self.focus, Focus::Detail | Focus::Notes) {
            self.focus = Focus::List;
        }
        self.after_list_resize()
    }

    fn after_list_resize(&mut self) -> Option<Effect> {
        self.clamp_list();
        if self.article_open {
            self.scroll_article_to_selection();
        }
        let w = self.list_width;
        let what = if w.zoom && self.article_open {
            "list zoomed (it takes the whole width once the article is closed)".to_string()
        } else if w.zoom {
            "list zoomed to the whole width".to_string()
        } else {
            format!("list width {}%", w.percent)
        };
        self.set_message(what, false);
        Some(Effect::RememberListWidth(w))
    }
}
