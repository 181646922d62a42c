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
            sanitize::line(&self.message)
        )
    }
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
    fn line_col_counts_characters() {
        let t = "ab\nçd\nef";
        assert_eq!(line_col_of_byte(t, 0), (1, 1));
        assert_eq!(line_col_of_byte(t, 3), (2, 1));
        assert_eq!(line_col_of_byte(t, 5), (2, 2));
        assert_eq!(line_col_of_byte(t, 7), (3, 1));
    }
}
