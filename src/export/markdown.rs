//! The Markdown report: header, summary table, then each claim with verdict, reasoning, numeric checks and sources.
//!
//! All text from the workspace goes through [`text`], [`inline`] or [`cell`], which sanitize it and escape
//! Markdown's special characters, so data never turns into markup. Links are made only for http(s) urls.

use super::{Options, verdict_label, verdict_of};
use crate::checks::{self, format_number};
use crate::model::{Claim, Source, Status, is_slug};
use crate::sanitize;
use crate::store::{Story, Workspace};
use std::fmt::Write;

/// Escapes one line of untrusted text for Markdown (inline use: newlines become spaces).
pub fn inline(s: &str) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    escape_line(&sanitize::line(&flat), false)
}

/// Escapes text for a table cell: like [`inline`], and `|` is escaped too (it always is).
pub fn cell(s: &str) -> String {
    inline(s)
}

/// Escapes multi-line untrusted text for Markdown, keeping paragraphs (blank lines) and line breaks.
pub fn text(s: &str) -> String {
    let clean = sanitize::sanitize(s.trim_end(), true);
    clean.lines().map(|l| escape_line(l.trim(), true)).collect::<Vec<_>>().join("\n")
}

/// Escapes inline characters everywhere, and block markers when the text starts a line.
fn escape_line(line: &str, at_line_start: bool) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        match c {
            // `$` too: GitHub reads `$...$` as maths.
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    if at_line_start {
        // `# `, `- `, `+ `, `= `, `1. `, `1) ` would start a heading, a list or a setext underline.
        let first = out.chars().next();
        if matches!(first, Some('#' | '-' | '+' | '=')) {
            out.insert(0, '\\');
        } else {
            let digits = out.chars().take_while(char::is_ascii_digit).count();
            if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
                out.insert(digits, '\\');
            }
        }
    }
    out
}

/// A link destination that is safe inside `(...)`, or `None` when the url is not http(s), or holds a character the
/// sanitising policy would not show as it is (a control, a bidi control, an invisible character): percent-encoded,
/// such text would travel hidden in the link's target, so the url is shown as plain text instead.
pub fn link_url(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return None;
    }
    if sanitize::line(url) != url {
        return None;
    }
    let mut out = String::new();
    for c in url.chars() {
        match c {
            ' ' | '(' | ')' | '<' | '>' | '"' | '`' | '\\' | '|' | '[' | ']' => {
                out.push_str(&format!("%{:02X}", c as u32));
            }
            c if c.is_control() || sanitize::line(c.encode_utf8(&mut [0; 4])) != c.to_string() => {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    Some(out)
}

/// `[label](url)` for an http(s) url, else the escaped label followed by the escaped url.
fn link(label: &str, url: &str) -> String {
    let label = if label.trim().is_empty() { url } else { label };
    match link_url(url) {
        Some(u) => format!("[{}]({u})", inline(label)),
        None if url.trim().is_empty() => inline(label),
        None => format!("{} ({})", inline(label), inline(url)),
    }
}

fn anchor(claim: &Claim) -> Option<&str> {
    if is_slug(&claim.id) { Some(&claim.id) } else { None }
}

fn source_line(s: &Source) -> String {
    let mut line = link(&s.title, &s.url);
    let mut extra = Vec::new();
    if !s.publisher.trim().is_empty() {
        extra.push(inline(&s.publisher));
    }
    if !s.accessed.trim().is_empty() {
        extra.push(format!("accessed {}", inline(&s.accessed)));
    }
    if !extra.is_empty() {
        let _ = write!(line, " — {}", extra.join(", "));
    }
    if let Some(a) = link_url(&s.archive_url) {
        let _ = write!(line, " ([archived]({a}))");
    }
    line
}

/// Renders the report.
pub fn export(ws: &Workspace, story: &Story, opts: &Options) -> String {
    let meta = &story.file.story;
    let org = &ws.config.organization;
    let mut out = String::new();
    let title = if meta.title.trim().is_empty() { &story.slug } else { &meta.title };
    let _ = writeln!(out, "# Fact-check: {}\n", inline(title));
    let mut header = Vec::new();
    if link_url(&meta.url).is_some() {
        header.push(format!("- **Story:** {}", link(title, &meta.url)));
    }
    for (name, value) in [("Outlet", &meta.outlet), ("Byline", &meta.byline), ("Published", &meta.published)] {
        if !value.trim().is_empty() {
            header.push(format!("- **{name}:** {}", inline(value)));
        }
    }
    let by = if org.name.trim().is_empty() {
        String::new()
    } else if link_url(&org.url).is_some() {
        format!("{} ", link(&org.name, &org.url))
    } else {
        format!("{} ", inline(&org.name))
    };
    header.push(format!("- **Fact-checked:** {by}on {}", inline(&opts.date)));
    let _ = writeln!(out, "{}\n", header.join("\n"));

    // Candidates are sentences the tool proposed and nobody has triaged: they are not part of a fact-check.
    let claims: Vec<&Claim> = story.file.claims.iter().filter(|c| c.status != Status::Candidate).collect();
    let untriaged = story.file.claims.len() - claims.len();
    let _ = writeln!(out, "## Summary\n");
    if untriaged > 0 {
        let n = crate::words::plural(untriaged, "candidate claim", "candidate claims");
        let _ =
            writeln!(out, "_{n} still to triage {} not in this report._\n", if untriaged == 1 { "is" } else { "are" });
    }
    let _ = writeln!(out, "| # | Claim | Verdict |\n| ---: | --- | --- |");
    for (i, c) in claims.iter().enumerate() {
        let claim = match anchor(c) {
            Some(a) => format!("[{}](#{a})", cell(&c.text)),
            None => cell(&c.text),
        };
        let _ = writeln!(out, "| {} | {claim} | {} |", i + 1, cell(&verdict_label(ws, c)));
    }
    let _ = writeln!(out, "\n## Claims");

    for (i, c) in claims.iter().enumerate() {
        let _ = writeln!(out);
        if let Some(a) = anchor(c) {
            let _ = writeln!(out, "<a id=\"{a}\"></a>\n");
        }
        let _ = writeln!(out, "### {}. {}\n", i + 1, inline(&c.text));
        if !c.quote.exact.trim().is_empty() {
            let q = inline(&c.quote.exact);
            let quoted = q.starts_with(['“', '"', '‘', '\'', '«', '„', '「']);
            let _ = if quoted { writeln!(out, "> {q}\n") } else { writeln!(out, "> “{q}”\n") };
        }
        let mut facts = vec![format!("**Verdict:** {}", inline(&verdict_label(ws, c)))];
        if let Some(r) = verdict_of(ws, c).and_then(|v| v.rating) {
            let best = ws.config.verdicts.iter().filter_map(|v| v.rating).max().unwrap_or(r);
            facts[0].push_str(&format!(" (rating {r} of {best})"));
        }
        if !c.claimant.trim().is_empty() {
            facts.push(format!("**Claimant:** {}", inline(&c.claimant)));
        }
        facts.push(format!("**Status:** {}", c.status));
        let _ = writeln!(out, "{}", facts.join("  \n"));
        if !c.notes.trim().is_empty() {
            let _ = writeln!(out, "\n#### Reasoning\n\n{}", text(&c.notes));
        }
        write_checks(&mut out, c, story);
        if !c.sources.is_empty() {
            let _ = writeln!(out, "\n#### Sources\n");
            for (n, s) in c.sources.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", n + 1, source_line(s));
            }
        }
    }
    out
}

fn code_or_text(s: &str) -> String {
    if s.contains(['`', '|', '\n', '\r']) || sanitize::line(s) != s { cell(s) } else { format!("`{s}`") }
}

fn write_checks(out: &mut String, c: &Claim, story: &Story) {
    if c.checks.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n#### Numeric checks\n");
    let _ = writeln!(out, "| Check | Expression | Computed | Claimed | Tolerance | Result |");
    let _ = writeln!(out, "| --- | --- | ---: | ---: | ---: | --- |");
    let outcomes = checks::evaluate_claim(c, &story.file);
    let mut names: Vec<String> = Vec::new();
    for o in &outcomes {
        let result = match o.status() {
            "mismatch" => "**mismatch**",
            s => s,
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | ±{} | {result} |",
            cell(&o.check.label),
            code_or_text(&o.check.expr),
            cell(&o.computed_text()),
            format_number(o.check.claimed),
            format_number(o.check.tolerance.abs())
        );
        if let Ok(e) = checks::expr::parse(&o.check.expr) {
            for n in e.names() {
                if !names.iter().any(|m| m == n) {
                    names.push(n.to_string());
                }
            }
        }
    }
    let used: Vec<String> = names
        .iter()
        .filter_map(|n| {
            let v = c.values.get(n).or_else(|| story.file.values.get(n))?;
            let mut line = format!("- {} = {}", code_or_text(n), format_number(v.value));
            if !v.source.trim().is_empty() {
                let _ = write!(line, " — {}", inline(&v.source));
            }
            if !v.note.trim().is_empty() {
                let _ = write!(line, " ({})", inline(&v.note));
            }
            Some(line)
        })
        .collect();
    if !used.is_empty() {
        let _ = writeln!(out, "\nValues used:\n\n{}", used.join("\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_data_is_escaped() {
        assert_eq!(inline("*bold* [x](javascript:alert(1)) <b>"), r"\*bold\* \[x\](javascript:alert(1)) \<b\>");
        assert_eq!(inline("# mid-line is plain"), "# mid-line is plain");
        assert_eq!(text("# not a heading\n1. not a list\n= no"), "\\# not a heading\n1\\. not a list\n\\= no");
        assert_eq!(cell("a | b\nc"), r"a \| b c");
        assert_eq!(inline("R&D_2 `x`"), r"R&amp;D\_2 \`x\`");
        assert_eq!(inline("$27.0bn, 42% ($29.6bn)"), r"\$27.0bn, 42% (\$29.6bn)");
        assert_eq!(inline("esc\u{1b}[2J"), "esc␛\\[2J");
        assert_eq!(text("para one\n- not list\n\n  two"), "para one\n\\- not list\n\ntwo");
    }

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(link("t", "javascript:alert(1)"), "t (javascript:alert(1))");
        assert_eq!(link("t", "https://x.org/a b(c)"), "[t](https://x.org/a%20b%28c%29)");
        assert_eq!(link("", "https://x.org/"), "[https://x.org/](https://x.org/)");
        assert_eq!(link("t", ""), "t");
    }

    #[test]
    fn a_url_hiding_text_is_not_made_a_link() {
        // A zero-width space, a tag character and a bidi override: never percent-encoded into a link target.
        let hidden = "https://example.org/a\u{200b}b\u{e0041}\u{202e}";
        let shown = link("t", hidden);
        assert!(!shown.contains("](") && !shown.contains('%'), "{shown}");
        assert!(shown.contains("a·b·¦"), "{shown}");
        let escape = link("t", "https://example.org/\u{1b}[31m");
        assert!(!escape.contains("](") && escape.contains('␛'), "{escape}");
    }
}
