//! Diagnostics: problems found in a workspace, printed as `path:line:column: severity: message`.

use crate::sanitize;
use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a problem is. Errors fail `factdesk check`; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    /// 1-based line; 0 when the problem is about the whole file.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: &Path, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic { path: path.to_path_buf(), line, column, severity: Severity::Error, message: message.into() }
    }

    pub fn warning(path: &Path, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic { path: path.to_path_buf(), line, column, severity: Severity::Warning, message: message.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// Always sanitized: paths and messages may quote untrusted content.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {}: {}",
            sanitize::line(&self.path.display().to_string()),
            self.line.max(1),
            self.column.max(1),
            sev,
            cap(&sanitize::line(&self.message))
        )
    }
}

/// Longest run of non-space characters a diagnostic shows whole: data quoted in a message (a 2 MB key, a long value)
/// is cut to this many characters, with `…`.
pub const MAX_QUOTED: usize = 80;
/// Longest message shown whole; a longer one keeps its start and its end (where the fix is).
pub const MAX_MESSAGE: usize = 1200;

/// Caps the data a message quotes, in one place for every diagnostic: each run of non-space characters longer than
/// [`MAX_QUOTED`] is cut with `…`, and a message still longer than [`MAX_MESSAGE`] keeps its head and its tail.
pub fn cap(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(MAX_MESSAGE + 8));
    let mut run = 0usize;
    let mut cut = false;
    for c in message.chars() {
        if c.is_whitespace() {
            run = 0;
            cut = false;
            out.push(c);
            continue;
        }
        run += 1;
        if run <= MAX_QUOTED {
            out.push(c);
        } else if !cut {
            out.push('…');
            cut = true;
        } else if matches!(c, '`' | '"' | '\'' | ')' | ']') {
            // Keep the closing quote, so the cut value still reads as quoted, and what follows it.
            out.push(c);
            run = 0;
            cut = false;
        }
    }
    let n = out.chars().count();
    if n <= MAX_MESSAGE {
        return out;
    }
    let head: String = out.chars().take(MAX_MESSAGE / 2).collect();
    let tail: String = out.chars().skip(n - MAX_MESSAGE / 3).collect();
    format!("{head} … {tail}")
}

/// 1-based (line, column) of a character offset in `text`. Columns count characters.
pub fn line_col_of_byte(text: &str, byte: usize) -> (usize, usize) {
    let byte = byte.min(text.len());
    let before = &text[..floor_char_boundary(text, byte)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_file_line_column() {
        let d = Diagnostic::error(Path::new("claims/x/claims.yaml"), 3, 7, "duplicate id `a`");
        assert_eq!(d.to_string(), "claims/x/claims.yaml:3:7: error: duplicate id `a`");
    }

    #[test]
    fn display_sanitizes_hostile_messages() {
        let d = Diagnostic::warning(Path::new("a\u{1b}[2J.yaml"), 1, 1, "bad \u{1b}]0;x\u{7}");
        let s = d.to_string();
        assert!(!s.contains('\u{1b}') && !s.contains('\u{7}'), "{s}");
    }

    #[test]
    fn quoted_data_is_capped() {
        let key = "k".repeat(2_000_000);
        let d = Diagnostic::error(Path::new("c.yaml"), 3, 1, format!("unknown key `{key}`; remove it"));
        let s = d.to_string();
        assert!(s.len() < 300, "{}", s.len());
        assert!(s.contains(&format!("`{}…`; remove it", "k".repeat(MAX_QUOTED - 1))), "{s}");
        let words = "word ".repeat(100_000);
        let s = Diagnostic::error(Path::new("c.yaml"), 1, 1, format!("quote \"{words}\"; fix it")).to_string();
        assert!(s.chars().count() < MAX_MESSAGE + 100 && s.ends_with("; fix it"), "{}", s.len());
        let short = "duplicate id `a` (first used on line 3)";
        assert_eq!(cap(short), short);
    }

    #[test]
    fn line_col_counts_characters() {
        let t = "ab\nçd\nef";
        assert_eq!(line_col_of_byte(t, 0), (1, 1));
        assert_eq!(line_col_of_byte(t, 3), (2, 1));
        assert_eq!(line_col_of_byte(t, 5), (2, 2));
        assert_eq!(line_col_of_byte(t, 7), (3, 1));
    }
}
