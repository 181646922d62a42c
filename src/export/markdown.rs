//! The Markdown report, for pasting into a CMS: the story, then each published or reviewed claim with its verdict,
//! its public summary, the numbers checked and its sources with their excerpts.
//!
//! It is plain CommonMark (headings, paragraphs, lists, block quotes, links): no tables, no HTML, no internal
//! bookkeeping (history, notes, statuses, ids, assignees). All text from the workspace goes through [`text`],
//! [`inline`] or [`cell`], which sanitize it and escape Markdown's special characters, so data never turns into
//! markup. Links are made only for http(s) urls.

use super::{Exported, Options, verdict_label};
use crate::checks::{self, format_readable};
use crate::diag::Diagnostic;
use crate::locate;
use crate::model::{Claim, Source, Status};
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

/// A source as one list item: its linked title, publisher and date, and its excerpt quoted under it. `indent` is the
/// width of the item's marker (`1. `), so that the quote stays inside the item.
fn source_item(s: &Source, indent: usize) -> String {
    let mut line = link(&s.title, &s.url);
    let mut extra = Vec::new();
    if !s.publisher.trim().is_empty() {
        extra.push(inline(&s.publisher));
    }
    if !s.accessed.trim().is_empty() {
        extra.push(format!("accessed {}", inline(&s.accessed)));
    }
    if !extra.is_empty() {
        let _ = write!(line, ", {}", extra.join(", "));
    }
    if let Some(a) = link_url(&s.archive_url) {
        let _ = write!(line, " ([archived]({a}))");
    }
    if !s.excerpt.trim().is_empty() {
        let pad = " ".repeat(indent);
        line.push('\n');
        for l in text(&s.excerpt).lines() {
            let _ = if l.is_empty() { write!(line, "\n{pad}>") } else { write!(line, "\n{pad}> {l}") };
        }
    }
    line
}

/// Escapes text for an ATX heading: like [`inline`], and a trailing `#` is escaped so that it is not read as the
/// heading's closing sequence (and dropped).
fn heading(s: &str) -> String {
    let mut h = inline(s);
    if h.ends_with('#') {
        let run = h.len() - h.trim_end_matches('#').len();
        h.insert(h.len() - run, '\\');
    }
    h
}

/// Whether a claim belongs in the report: reviewed or published, or every claim with `--all`.
pub fn included(claim: &Claim, opts: &Options) -> bool {
    opts.all_claims || matches!(claim.status, Status::Reviewed | Status::Published)
}

/// Words that say the same thing, ignoring case, spacing and punctuation.
fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>()
    };
    norm(a) == norm(b)
}

/// Renders the report, with a warning for each reviewed or published claim that has no summary to show.
pub fn export(ws: &Workspace, story: &Story, opts: &Options) -> Exported {
    let meta = &story.file.story;
    let org = &ws.config.organization;
    let mut out = String::new();
    let title = if meta.title.trim().is_empty() { &story.slug } else { &meta.title };
    let _ = writeln!(out, "# Fact-check: {}\n", inline(title));
    let mut header = Vec::new();
    if link_url(&meta.url).is_some() {
        header.push(format!("- Story: {}", link(title, &meta.url)));
    }
    for (name, value) in [("Outlet", &meta.outlet), ("Byline", &meta.byline), ("Published", &meta.published)] {
        if !value.trim().is_empty() {
            header.push(format!("- {name}: {}", inline(value)));
        }
    }
    let by = if org.name.trim().is_empty() {
        String::new()
    } else if link_url(&org.url).is_some() {
        format!("{} ", link(&org.name, &org.url))
    } else {
        format!("{} ", inline(&org.name))
    };
    header.push(format!("- Fact-checked by {by}on {}", inline(&opts.date)));
    let _ = writeln!(out, "{}", header.join("\n"));

    let claims: Vec<&Claim> = story.file.claims.iter().filter(|c| included(c, opts)).collect();
    let text_file = story.text().unwrap_or_default();
    let lines = locate::lines(&text_file);
    let spans = locate::claim_spans(&lines, &story.file.claims);
    let mut warnings: Vec<Diagnostic> = super::claimreview::placeholder_warning(ws).into_iter().collect();
    for (c, span) in story.file.claims.iter().zip(&spans) {
        if included(c, opts) && c.summary.trim().is_empty() && matches!(c.status, Status::Reviewed | Status::Published)
        {
            let (l, col) = span.map_or((1, 1), |s| (s.start + 1, 1));
            warnings.push(Diagnostic::warning(
                &story.path(),
                l,
                col,
                format!(
                    "claim `{}` has no `summary`, so the report shows only its verdict; write the public explanation of the verdict in its summary",
                    c.id
                ),
            ));
        }
    }
    if claims.is_empty() {
        let _ = writeln!(out, "\nNo claim has been reviewed yet.");
    }
    for (i, c) in claims.iter().enumerate() {
        let _ = writeln!(out, "\n## {}. {}\n", i + 1, heading(&c.text));
        if !c.quote.exact.trim().is_empty() && !same_words(&c.quote.exact, &c.text) {
            let q = inline(&c.quote.exact);
            let quoted = q.starts_with(['“', '"', '‘', '\'', '«', '„', '「']);
            let _ =
                if quoted { writeln!(out, "In the story: {q}\n") } else { writeln!(out, "In the story: “{q}”\n") };
        }
        let verdict = if c.verdict.trim().is_empty() { "not yet given".to_string() } else { verdict_label(ws, c) };
        let mut facts = vec![format!("**Verdict: {}**", inline(&verdict))];
        if !c.claimant.trim().is_empty() {
            facts.push(format!("Claimed by: {}", inline(&c.claimant)));
        }
        let _ = writeln!(out, "{}", facts.join("  \n"));
        if !c.summary.trim().is_empty() {
            let _ = writeln!(out, "\n{}", text(&c.summary));
        }
        write_checks(&mut out, c, story);
        if !c.sources.is_empty() {
            let _ = writeln!(out, "\n### Sources\n");
            let items: Vec<String> = c
                .sources
                .iter()
                .enumerate()
                .map(|(n, s)| {
                    let marker = format!("{}. ", n + 1);
                    format!("{marker}{}", source_item(s, marker.len()))
                })
                .collect();
            // Items that hold a quoted excerpt are set apart by a blank line, as a loose list is rendered anyway.
            let gap = if c.sources.iter().any(|s| !s.excerpt.trim().is_empty()) { "\n\n" } else { "\n" };
            let _ = writeln!(out, "{}", items.join(gap));
        }
    }
    let mut notes = Vec::new();
    let left_out: Vec<&str> = story.file.claims.iter().filter(|c| !included(c, opts)).map(|c| c.id.as_str()).collect();
    if !left_out.is_empty() {
        notes.push(format!(
            "left out {} not yet reviewed: {} (`--all` includes them)",
            crate::words::plural(left_out.len(), "claim", "claims"),
            left_out.join(", ")
        ));
    }
    Exported { text: out, warnings, notes }
}

fn code_or_text(s: &str) -> String {
    if s.contains(['`', '|', '\n', '\r']) || sanitize::line(s) != s { cell(s) } else { format!("`{s}`") }
}

/// The claim's numeric checks as a list: what was computed, from what, and what the claim says (with its comparison).
fn write_checks(out: &mut String, c: &Claim, story: &Story) {
    if c.checks.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n### The numbers\n");
    let outcomes = checks::evaluate_claim(c, &story.file);
    let mut names: Vec<String> = Vec::new();
    for o in &outcomes {
        let check = o.check;
        let label = if check.label.trim().is_empty() { code_or_text(&check.expr) } else { inline(&check.label) };
        let tolerance = if check.tolerance == 0.0 {
            String::new()
        } else {
            format!(" (give or take {})", format_readable(check.tolerance.abs()))
        };
        let says = format!("the claim says {}{}{tolerance}", check.comparison.words(), format_readable(check.claimed));
        let line = match &o.result {
            Ok(v) => {
                let verdict = if o.is_mismatch() { "it does not hold" } else { "it holds" };
                format!("- {label}: {} comes to {}; {says}: {verdict}.", code_or_text(&check.expr), format_readable(*v))
            }
            Err(e) => format!(
                "- {label}: {} could not be computed ({}); {says}.",
                code_or_text(&check.expr),
                inline(&e.to_string())
            ),
        };
        let _ = writeln!(out, "{line}");
        if let Ok(e) = checks::expr::parse(&check.expr) {
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
            let mut line = format!("- {} = {}", code_or_text(n), format_readable(v.value));
            if !v.source.trim().is_empty() {
                let _ = write!(line, ", from {}", inline(&v.source));
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
    fn a_heading_keeps_its_trailing_hashes() {
        assert_eq!(heading("Ranked C #"), r"Ranked C \#");
        assert_eq!(heading("tagged ##"), r"tagged \##");
        assert_eq!(heading("We are #1"), "We are #1");
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
