//! The CSV export: RFC 4180, one row per claim, written with the `csv` crate, with a UTF-8 byte order mark so that
//! Excel opens it as UTF-8 on a double click (`--no-bom` leaves it out).
//!
//! The first columns are the fields of a ClaimReview, named as Google Fact Check Tools names them (claim, claimant,
//! claim date, review url, rating, language; [`HEADER`] says which property each feeds); the desk's own columns
//! follow. Cells are sanitized by the policy in `docs/sanitizing.md` (controls and invisible characters become
//! visible stand-ins). A cell that starts with `=`, `+`, `-`, `@` or a tab gets a leading `'`, so a spreadsheet
//! shows it as text instead of running it as a formula (OWASP's advice against CSV injection).

use super::{Exported, Options, verdict_label, verdict_of};
use crate::checks;
use crate::diag::Diagnostic;
use crate::sanitize;
use crate::store::{Story, Workspace};

/// The UTF-8 byte order mark Excel looks for.
pub const BOM: char = '\u{feff}';

/// The header row. The ClaimReview columns come first:
///
/// | column | ClaimReview property |
/// | --- | --- |
/// | claim | `claimReviewed` |
/// | claimant | `itemReviewed.author.name` |
/// | claimant type | `itemReviewed.author.@type` (as the ClaimReview has it: guessed when `claimant_type` is not set) |
/// | claim date | `itemReviewed.datePublished` (the story's date) |
/// | claim url | `itemReviewed.firstAppearance.url` (the story's url) |
/// | review url | `url` |
/// | review date | `datePublished` (the claim's `published_at`) |
/// | rating | `reviewRating.alternateName` (the verdict's label) |
/// | rating value | `reviewRating.ratingValue` (empty for a verdict without a rating) |
/// | language | `inLanguage` |
/// | summary | `reviewBody` |
pub const HEADER: &[&str] = &[
    "claim",
    "claimant",
    "claimant type",
    "claim date",
    "claim url",
    "review url",
    "review date",
    "rating",
    "rating value",
    "language",
    "summary",
    "id",
    "status",
    "verdict",
    "kind",
    "quote",
    "assignee",
    "tags",
    "notes",
    "sources",
    "checks",
    "mismatches",
];

/// Makes a cell safe: sanitized, and defused if a spreadsheet would read it as a formula.
pub fn cell(s: &str) -> String {
    let clean = sanitize::sanitize(s, true);
    // Leading blanks too: a tab becomes spaces here, and some spreadsheets skip spaces before a formula.
    // Any blank, a no-break space too: some spreadsheets skip it before a formula.
    let first = clean.trim_start_matches(char::is_whitespace);
    if clean.starts_with(['\t', '\r']) || first.starts_with(['=', '+', '-', '@']) { format!("'{clean}") } else { clean }
}

/// Writes the rows, one per claim.
pub fn export(ws: &Workspace, story: &Story, opts: &Options) -> Result<Exported, Diagnostic> {
    let mut w = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
    let err = |e: ::csv::Error| Diagnostic::error(&story.path(), 0, 0, format!("cannot write CSV: {e}"));
    w.write_record(HEADER).map_err(err)?;
    let meta = &story.file.story;
    let org = &ws.config.organization;
    for c in &story.file.claims {
        let outcomes = checks::evaluate_claim(c, &story.file);
        let mismatches = outcomes.iter().filter(|o| o.is_mismatch()).count();
        let checks: Vec<String> = outcomes
            .iter()
            .map(|o| {
                format!(
                    "{}: {} = {} (the claim says {}{} ±{}: {})",
                    o.check.label,
                    o.check.expr,
                    o.computed_text(),
                    o.check.comparison.words(),
                    checks::format_number(o.check.claimed),
                    checks::format_number(o.check.tolerance.abs()),
                    o.status()
                )
            })
            .collect();
        let sources: Vec<String> = c
            .sources
            .iter()
            .map(|s| {
                let mut line = s.title.clone();
                if !s.publisher.is_empty() {
                    line.push_str(&format!(" ({})", s.publisher));
                }
                if !s.url.is_empty() {
                    line.push_str(&format!(" <{}>", s.url));
                }
                line
            })
            .collect();
        let verdict = verdict_of(ws, c);
        let label = if c.verdict.is_empty() { String::new() } else { verdict_label(ws, c) };
        let claimant = if c.claimant.trim().is_empty() { meta.outlet.trim() } else { c.claimant.trim() };
        let claimant_type =
            if claimant.is_empty() { "" } else { super::claimreview::author_type(c, claimant, &meta.outlet) };
        let review_url = if org.review_url.trim().is_empty() {
            String::new()
        } else {
            super::claimreview::review_url(&org.review_url, &story.slug, &c.id)
        };
        let row = [
            cell(&super::claimreview::claim_reviewed(c)),
            cell(claimant),
            claimant_type.to_string(),
            cell(&meta.published),
            cell(&meta.url),
            cell(&review_url),
            cell(&c.published_at),
            cell(&label),
            verdict.and_then(|v| v.rating).map(|r| r.to_string()).unwrap_or_default(),
            cell(meta.language()),
            cell(c.summary.trim()),
            cell(&c.id),
            c.status.to_string(),
            cell(&c.verdict),
            c.kind.to_string(),
            cell(&c.quote.exact),
            cell(&c.assignee),
            cell(&c.tags.join("; ")),
            cell(&c.notes),
            cell(&sources.join("\n")),
            cell(&checks.join("\n")),
            mismatches.to_string(),
        ];
        w.write_record(&row).map_err(err)?;
    }
    let bytes = w.into_inner().map_err(|e| err(e.into_error().into()))?;
    let mut text = String::with_capacity(bytes.len() + 3);
    if opts.bom {
        text.push(BOM);
    }
    text.push_str(&String::from_utf8_lossy(&bytes));
    let warnings = super::claimreview::placeholder_warning(ws).into_iter().collect();
    Ok(Exported { text, warnings, ..Default::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_controls_shown() {
        assert_eq!(cell("\u{a0}=1+1"), "'\u{a0}=1+1");
        assert_eq!(cell("\u{3000}@SUM(A1)"), "'\u{3000}@SUM(A1)");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-5% growth"), "'-5% growth");
        assert_eq!(cell("a\u{1b}b\nc"), "a␛b\nc");
        assert_eq!(cell("plain"), "plain");
        // A blank in front does not hide a formula from every spreadsheet.
        assert!(cell("\t=1+1").starts_with('\''), "{}", cell("\t=1+1"));
        assert_eq!(cell(" =2+2"), "' =2+2");
        assert_eq!(cell("  plain"), "  plain");
    }
}
