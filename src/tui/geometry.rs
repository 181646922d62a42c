//! Screen geometry the state needs as well as the views: the layout of the panes, how the article wraps, how many
//! lines notes take. Pure functions of sizes and text, so `app` can use them without depending on drawing.

use crate::sanitize;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthChar;

/// Smallest usable terminal.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

/// Where each pane goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub list: Rect,
    pub detail: Rect,
    pub notes: Rect,
    pub article: Rect,
    pub status: Rect,
    pub hints: Rect,
}

/// How wide the claims list is: a share of the screen in percent, or (zoomed) all of it. The journalist sets it
/// with `<`, `>` and `z`; it is kept in the user's config file (`list_width`, `list_zoom`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListWidth {
    /// The list's share of the width beside the detail and notes panes, in percent
    /// ([`ListWidth::MIN`]..=[`ListWidth::MAX`]). Beside the article it gets four fifths of that.
    pub percent: u16,
    /// The list takes the whole width (the detail and notes panes are hidden).
    pub zoom: bool,
}

impl Default for ListWidth {
    fn default() -> Self {
        ListWidth { percent: ListWidth::DEFAULT, zoom: false }
    }
}

impl ListWidth {
    pub const DEFAULT: u16 = 50;
    pub const MIN: u16 = 20;
    pub const MAX: u16 = 80;
    /// How much one `<` or `>` changes it.
    pub const STEP: u16 = 5;

    /// The same, `percent` brought into the allowed range.
    pub fn clamped(self) -> Self {
        ListWidth { percent: self.percent.clamp(Self::MIN, Self::MAX), zoom: self.zoom }
    }
}

/// Splits the screen: a header line, the list on the left, detail and notes (or the article) on the right,
/// then a status line and a line of key hints. The list is as wide as `list` says; zoomed, it takes the whole
/// width unless the article is open (the article is never hidden behind the list), and the right-hand panes
/// are then empty rectangles.
pub fn layout(area: Rect, article_open: bool, list: ListWidth) -> Areas {
    let [header, main, status, hints] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(1), Constraint::Length(1)])
            .areas(area);
    let list = list.clamped();
    let (list, right) = if list.zoom && !article_open {
        (main, Rect::new(main.right(), main.y, 0, main.height))
    } else {
        let left = if article_open { list.percent * 4 / 5 } else { list.percent };
        let [l, r] = Layout::horizontal([Constraint::Percentage(left), Constraint::Fill(1)]).areas(main);
        (l, r)
    };
    let [detail, notes] = Layout::vertical([Constraint::Percentage(60), Constraint::Fill(1)]).areas(right);
    Areas { header, list, detail, notes, article: right, status, hints }
}

/// `text`'s graphemes as ratatui draws them, each with the cells it takes: an emoji with its variation selector
/// is one grapheme of two cells, a combining mark belongs to its base, and what takes no cell is left out.
pub fn graphemes(text: &str) -> impl Iterator<Item = (&str, usize)> {
    use ratatui::buffer::CellWidth;
    // As `Buffer::set_stringn` does it.
    unicode_segmentation::UnicodeSegmentation::graphemes(text, true)
        .filter(|g| !g.contains(char::is_control))
        .map(|g| (g, g.cell_width() as usize))
        .filter(|(_, w)| *w > 0)
}

/// How many cells `text` takes on screen (as [`graphemes`] measures it).
pub fn text_width(text: &str) -> usize {
    graphemes(text).map(|(_, w)| w).sum()
}

/// One column of the claims list: where it starts and how many cells it has (0: not shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Column {
    pub x: usize,
    pub width: usize,
}

impl Column {
    pub fn end(self) -> usize {
        self.x + self.width
    }
}

/// The claims list's columns in a pane `width` cells wide (inside its border): the selection and orphan marks,
/// the verdict badge, the status, the id and the text. Every column shown is followed by a space, so columns
/// never touch. The text matters most: it gets at least 40 cells, or half the width, where the width allows, and
/// the other columns give way first (the id shrinks, then the status goes, then the badge and the id shrink
/// further).
pub fn list_columns(width: usize) -> ListColumns {
    let marks = width.min(2);
    let avail = width.saturating_sub(marks + 1);
    let (mut badge, mut status, mut id) = (16usize, 9usize, (avail / 5).clamp(12, 30));
    let cost = |b: usize, s: usize, i: usize| [b, s, i].iter().filter(|w| **w > 0).map(|w| w + 1).sum::<usize>();
    let want = 40.min(avail / 2);
    // What gives way, in order, until the text has what it wants.
    enum Col {
        Badge,
        Status,
        Id,
    }
    let steps = [(Col::Id, 12), (Col::Status, 0), (Col::Badge, 12), (Col::Id, 10), (Col::Badge, 10), (Col::Id, 8)];
    for (col, w) in steps {
        if avail.saturating_sub(cost(badge, status, id)) >= want {
            break;
        }
        match col {
            Col::Badge => badge = w,
            Col::Status => status = w,
            Col::Id => id = w,
        }
    }
    // A pane too narrow even for that (the text would get under 12 cells): the id goes, then the badge keeps only
    // the verdict's symbol.
    let least = want.min(12);
    if avail.saturating_sub(cost(badge, status, id)) < least {
        id = 0;
    }
    if avail.saturating_sub(cost(badge, status, id)) < least {
        badge = BADGE_SYMBOL_ONLY;
    }
    while cost(badge, status, id) > avail && badge > 0 {
        badge -= 1;
    }
    let mut x = if marks > 0 { marks + 1 } else { 0 };
    let mut place = |w: usize| {
        let c = Column { x, width: w };
        if w > 0 {
            x += w + 1;
        }
        c
    };
    let (badge, status, id) = (place(badge), place(status), place(id));
    let text = Column { x: x.min(width), width: width.saturating_sub(x) };
    ListColumns { marks: Column { x: 0, width: marks }, badge, status, id, text }
}

/// A badge column this narrow (or narrower) shows only the verdict's symbol.
pub const BADGE_SYMBOL_ONLY: usize = 2;

/// Where each column of the claims list goes (see [`list_columns`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListColumns {
    pub marks: Column,
    pub badge: Column,
    pub status: Column,
    pub id: Column,
    pub text: Column,
}

impl ListColumns {
    /// The columns in order, left to right, the hidden ones (no width) left out.
    pub fn shown(&self) -> Vec<Column> {
        [self.marks, self.badge, self.status, self.id, self.text].into_iter().filter(|c| c.width > 0).collect()
    }
}

/// What the article's character `i` becomes on screen: the sanitiser's policy, with its neighbours.
pub fn shown_at(text: &[char], i: usize) -> sanitize::Shown {
    let prev = i.checked_sub(1).map(|p| text[p]);
    sanitize::shown(prev, text[i], text.get(i + 1).copied())
}

/// Display width of the article's character `i` once sanitized.
pub fn char_width(text: &[char], i: usize) -> usize {
    use sanitize::Shown;
    match shown_at(text, i) {
        Shown::Keep => text[i].width().unwrap_or(1),
        Shown::StandIn(_) => 1,
        Shown::OnCircle => 1,
        Shown::Spaces(n) => n,
        Shown::Drop => 0,
    }
}

/// Wraps the article to `width` columns: character ranges per screen line, newlines excluded.
/// Breaks after spaces when it can, else anywhere (Thai and Khmer have no spaces), never before a
/// zero-width (combining) character.
pub fn wrap(text: &[char], width: usize) -> Vec<(usize, usize)> {
    let width = width.max(4);
    let mut out = Vec::new();
    let mut start = 0;
    while start <= text.len() {
        let para_end = text[start..].iter().position(|c| *c == '\n').map_or(text.len(), |p| start + p);
        let mut s = start;
        if s == para_end {
            out.push((s, s));
        }
        while s < para_end {
            let mut w = 0;
            let mut e = s;
            let mut last_space = None;
            while e < para_end {
                let cw = char_width(text, e);
                if w + cw > width && e > s {
                    break;
                }
                w += cw;
                if text[e] == ' ' {
                    last_space = Some(e + 1);
                }
                e += 1;
            }
            if e < para_end {
                if let Some(sp) = last_space.filter(|sp| *sp > s) {
                    e = sp;
                } else {
                    while e > s + 1 && char_width(text, e) == 0 {
                        e -= 1;
                    }
                }
            }
            out.push((s, e));
            s = e;
        }
        if para_end >= text.len() {
            break;
        }
        start = para_end + 1;
    }
    out
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
    use super::*;

    #[test]
    fn wraps_at_spaces_and_keeps_every_character() {
        let t: Vec<char> = "one two three four\n\nfive".chars().collect();
        let w = wrap(&t, 9);
        let lines: Vec<String> = w.iter().map(|(s, e)| t[*s..*e].iter().collect()).collect();
        assert_eq!(lines, ["one two ", "three ", "four", "", "five"]);
    }

    #[test]
    fn wide_and_spaceless_scripts_fit_the_width() {
        let t: Vec<char> = "中文中文中文中文 ภาษาไทยภาษาไทยภาษาไทย".chars().collect();
        for (s, e) in wrap(&t, 10) {
            let w: usize = (s..e).map(|i| char_width(&t, i)).sum();
            assert!(w <= 10, "{w}");
            assert!(s == e || char_width(&t, s) > 0, "line starts with a combining mark");
        }
    }
}
