//! Wording shared by the CLI and the UI: a count with its noun in the right number, the commands' text tables, and
//! a new story's default title; and the English words for numbers and months that detection and matching read.

use unicode_width::UnicodeWidthStr;

/// "1 story", "2 stories", "0 stories".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A text table for the commands' `--format table`: every column but the last as wide as its widest cell (in
/// terminal columns, so ids of 40 characters and wide scripts line up), the last left free. Cells must already be
/// sanitized for the terminal.
pub struct Table {
    headers: Vec<&'static str>,
    /// Columns aligned to the right (numbers).
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Headers, with a leading `>` for a column aligned to the right (`">SCORE"`).
    pub fn new(headers: &[&'static str]) -> Table {
        Table {
            headers: headers.iter().map(|h| h.trim_start_matches('>')).collect(),
            right: headers.iter().map(|h| h.starts_with('>')).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn render(&self) -> String {
        let mut columns = Columns::new(&self.headers, &self.right);
        for r in &self.rows {
            columns.fit(r);
        }
        let mut out = String::new();
        columns.write(&mut out, &self.headers);
        for r in &self.rows {
            columns.write(&mut out, r);
        }
        out
    }
}

/// A [`Table`]'s layout, for a table written row by row without holding its rows: every column but the last as
/// wide as its widest cell ([`Columns::fit`] each row first), then [`Columns::write`] each row.
pub struct Columns {
    widths: Vec<usize>,
    right: Vec<bool>,
}

impl Columns {
    /// As wide as the headers; `right` marks columns aligned to the right.
    pub fn new(headers: &[&str], right: &[bool]) -> Columns {
        Columns { widths: headers.iter().map(|h| width(h)).collect(), right: right.to_vec() }
    }

    /// Widens the columns to hold these cells (the last column is never padded, so it is not measured).
    pub fn fit<S: AsRef<str>>(&mut self, cells: &[S]) {
        let n = self.widths.len();
        for (w, cell) in self.widths.iter_mut().zip(cells).take(n.saturating_sub(1)) {
            *w = (*w).max(width(cell.as_ref()));
        }
    }

    /// Appends one row, padded to the widths fitted so far, and a newline.
    pub fn write<S: AsRef<str>>(&self, out: &mut String, cells: &[S]) {
        let n = self.widths.len();
        for (i, cell) in cells.iter().enumerate().take(n) {
            let cell = cell.as_ref();
            if i + 1 == n {
                out.push_str(cell);
                continue;
            }
            let pad = self.widths[i].saturating_sub(width(cell));
            if self.right[i] {
                out.extend(std::iter::repeat_n(' ', pad));
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.extend(std::iter::repeat_n(' ', pad));
            }
            out.push(' ');
        }
        out.push('\n');
    }
}

/// Terminal columns of a cell: its length when it is printable ASCII, one column a character.
fn width(cell: &str) -> usize {
    if cell.bytes().all(|b| (0x20..=0x7e).contains(&b)) { cell.len() } else { cell.width() }
}

/// A new story's title when none is given: the article's first non-empty line, cut at the last space before
/// 120 characters (with an ellipsis) when longer, or the slug for an article without text.
pub fn default_title(article: &str, slug: &str) -> String {
    const MAX: usize = 120;
    let line = article.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or(slug);
    if line.chars().count() <= MAX {
        return line.to_string();
    }
    let head: String = line.chars().take(MAX).collect();
    let cut = head.rfind(char::is_whitespace).filter(|&i| i > MAX / 2).unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end_matches(|c: char| c.is_whitespace() || c == ','))
}

/// A number written in English words, lowercase: "nine" (0 to 19), "forty" (the tens), "forty-two".
pub fn number_word(w: &str) -> Option<f64> {
    const ONES: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(i) = ONES.iter().position(|x| *x == w) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|x| *x == w) {
        return Some(20.0 + 10.0 * i as f64);
    }
    let (a, b) = w.split_once('-')?;
    let t = TENS.iter().position(|x| *x == a)?;
    let o = ONES.iter().position(|x| *x == b).filter(|&o| (1..10).contains(&o))?;
    Some(20.0 + 10.0 * t as f64 + o as f64)
}

/// Whether a lowercase word names a month, in full or abbreviated ("sept", "dec").
pub fn is_month(w: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
    ];
    MONTHS.contains(&w)
}

#[cfg(test)]
mod tests {

    #[test]
    fn number_words_and_months() {
        assert_eq!(number_word("nineteen"), Some(19.0));
        assert_eq!(number_word("forty"), Some(40.0));
        assert_eq!(number_word("forty-two"), Some(42.0));
        assert_eq!(number_word("forty-ten"), None);
        assert_eq!(number_word("dozen"), None);
        assert!(is_month("sept") && is_month("december") && !is_month("monday"));
    }
    use super::*;

    #[test]
    fn a_default_title_is_the_first_line_cut_at_a_word() {
        assert_eq!(default_title("\n\n  Short headline  \nbody", "s"), "Short headline");
        assert_eq!(default_title("   \n", "the-slug"), "the-slug");
        let long = format!("{} tail", "word ".repeat(30));
        let t = default_title(&long, "s");
        assert!(t.ends_with("word…") && t.chars().count() <= 121, "{t}");
        let unbroken = "x".repeat(200);
        assert_eq!(default_title(&unbroken, "s"), format!("{}…", "x".repeat(120)));
    }

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1, "story", "stories"), "1 story");
        assert_eq!(plural(0, "story", "stories"), "0 stories");
        assert_eq!(plural(2, "new candidate", "new candidates"), "2 new candidates");
    }

    #[test]
    fn columns_line_up_whatever_the_width_of_their_cells() {
        let mut t = Table::new(&[">SCORE", "ID", "CLAIM"]);
        t.row(vec!["7".into(), "a-forty-one-character-long-generated-id-x".into(), "first".into()]);
        t.row(vec!["120".into(), "臺北".into(), "second".into()]);
        let text = t.render();
        let lines: Vec<&str> = text.lines().collect();
        let at = |l: &str, word: &str| l[..l.find(word).unwrap()].width();
        assert_eq!(at(lines[0], "CLAIM"), at(lines[1], "first"));
        assert_eq!(at(lines[1], "first"), at(lines[2], "second"), "{text}");
        assert!(lines[1].starts_with("    7 ") && lines[2].starts_with("  120 "), "{text}");
    }
}
