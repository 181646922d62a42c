//! Colours and emphasis for every pane, with `NO_COLOR` (and the `mono` theme) turning colours off.

use ratatui::style::{Color, Modifier, Style};

/// The styles the views draw with. Under `mono`, every colour is dropped but emphasis stays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set (to anything non-empty) or the config asks for `mono`.
    pub fn from_env(theme_name: &str) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color && theme_name != "mono" }
    }

    pub const COLOR: Theme = Theme { color: true };
    pub const MONO: Theme = Theme { color: false };

    fn fg(self, s: Style, c: Color) -> Style {
        if self.color { s.fg(c) } else { s }
    }

    /// The selected row or item: reverse video, so it shows without colour.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn title(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    pub fn border(self, focused: bool) -> Style {
        if focused { self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Cyan) } else { self.dim() }
    }

    pub fn dim(self) -> Style {
        self.fg(Style::new(), Color::DarkGray)
    }

    pub fn label(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Blue)
    }

    pub fn story_header(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED), Color::White)
    }

    /// Matched characters of the `/` filter.
    pub fn matched(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED), Color::Yellow)
    }

    pub fn error(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Red)
    }

    pub fn ok(self) -> Style {
        self.fg(Style::new(), Color::Green)
    }

    pub fn modified(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Yellow)
    }

    /// A verdict badge in its scale colour.
    pub fn verdict(self, color: &str) -> Style {
        match parse_color(color) {
            Some(c) => self.fg(Style::new().add_modifier(Modifier::BOLD), c),
            None => Style::new().add_modifier(Modifier::BOLD),
        }
    }

    pub fn candidate(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::ITALIC), Color::Magenta)
    }

    /// An accepted claim's span in the article.
    pub fn span_claim(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::UNDERLINED), Color::Cyan)
    }

    /// A candidate's span in the article: italic and dim, no underline.
    pub fn span_candidate(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::ITALIC | Modifier::DIM), Color::Magenta)
    }

    /// The current claim's span in the article.
    pub fn span_current(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED), Color::Yellow)
    }

    /// A line a diff adds (its `+` says so without colour).
    pub fn diff_added(self) -> Style {
        self.fg(Style::new(), Color::Green)
    }
    /// A line a diff removes (its `-` says so without colour).
    pub fn diff_removed(self) -> Style {
        self.fg(Style::new(), Color::Red)
    }
    /// A diff's `@@` hunk line.
    pub fn diff_hunk(self) -> Style {
        self.fg(Style::new(), Color::Cyan)
    }
    /// A story's git marks in the list and the header (modified, staged, untracked, conflicted).
    pub fn git(self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Magenta)
    }
    /// The sentence selection in the article.
    pub fn span_selection(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

/// A colour name from the verdict scale, or `#rrggbb`.
pub fn parse_color(name: &str) -> Option<Color> {
    let n = name.trim().to_ascii_lowercase();
    Some(match n.as_str() {
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" | "purple" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" | "grey" => Color::Gray,
        "white" => Color::White,
        "orange" => Color::Rgb(0xff, 0x8c, 0x00),
        _ => {
            let hex = n.strip_prefix('#').filter(|h| h.len() == 6)?;
            let v = u32::from_str_radix(hex, 16).ok()?;
            Color::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_keeps_emphasis_and_drops_colour() {
        assert_eq!(Theme::MONO.verdict("red").fg, None);
        assert_eq!(Theme::COLOR.verdict("red").fg, Some(Color::Red));
        assert!(Theme::MONO.selected().add_modifier.contains(Modifier::REVERSED));
        assert_eq!(parse_color("#ff0080"), Some(Color::Rgb(255, 0, 128)));
        assert_eq!(parse_color("chartreuse"), None);
    }
}
