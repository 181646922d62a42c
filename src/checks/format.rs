//! The story format's own rules: what every loaded story must satisfy (ids, verdicts on the workspace's scale,
//! quotes, sources, history entries), as diagnostics at the line and column they concern.

use crate::anchor::Anchor;
use crate::diag::Diagnostic;
use crate::locate;
use crate::model::{WorkspaceConfig, is_slug};
use crate::store::Story;
use std::collections::HashMap;

/// Checks a loaded story against the format's rules and the workspace's verdict scale.
/// Positions come from one linear pass over the file's lines (`locate`), made only when there is something to report.
pub fn validate(story: &Story, config: &WorkspaceConfig) -> Vec<Diagnostic> {
    let path = story.path();
    // Positions only: a file that cannot be read again puts every diagnostic at 1:1.
    let text = story.text().unwrap_or_default();
    let layout = locate::Layout::new(&text, &story.file.claims);
    let lines = || layout.lines();
    // Where claim `i`'s id is written.
    let id_at = |i: usize| layout.span(i).and_then(|s| locate::claim_key(lines(), s, "id")).unwrap_or((1, 1));
    let mut out = Vec::new();
    // Each id, with the claim that used it last.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, claim) in story.file.claims.iter().enumerate() {
        let span = || layout.span(i);
        let key = |k: &str| span().and_then(|s| locate::claim_key(lines(), s, k)).unwrap_or_else(|| id_at(i));
        if claim.id.is_empty() {
            let (line, col) = id_at(i);
            out.push(Diagnostic::error(
                &path,
                line,
                col,
                format!("claim #{} has no `id`; give it a short slug", i + 1),
            ));
        } else if let Some(first) = seen.insert(&claim.id, i) {
            let ((line, col), (first, _)) = (id_at(i), id_at(first));
            out.push(Diagnostic::error(
                &path,
                line,
                col,
                format!("duplicate id `{}` (first used on line {first}); ids must be unique within a story", claim.id),
            ));
        } else if !is_slug(&claim.id) {
            let (line, col) = id_at(i);
            out.push(Diagnostic::warning(
                &path,
                line,
                col,
                format!("id `{}` is not a slug; use lowercase letters, digits and dashes", claim.id),
            ));
        }
        if !claim.verdict.is_empty() && config.verdict(&claim.verdict).is_none() {
            let (l, c) = key("verdict");
            let names: Vec<&str> = config.verdicts.iter().map(|v| v.name.as_str()).collect();
            out.push(Diagnostic::error(
                &path,
                l,
                c,
                format!("unknown verdict `{}`; use one of: {}", claim.verdict, names.join(", ")),
            ));
        }
        if claim.text.trim().is_empty() {
            let (line, col) = id_at(i);
            out.push(Diagnostic::warning(&path, line, col, format!("claim `{}` has no `text`", claim.id)));
        }
        if claim.history.iter().any(|h| h.by.trim().is_empty() || h.change.trim().is_empty() || h.at.trim().is_empty())
        {
            let (l, c) = key("history");
            out.push(Diagnostic::warning(
                &path,
                l,
                c,
                format!(
                    "claim `{}`: a history entry lacks `at`, `by` or `change` (a merge may have cut it); say when, who \
                     and what",
                    claim.id
                ),
            ));
        }
        let quote_at = || {
            span().and_then(|s| locate::item_key(lines(), (s.start, s.end), "exact")).unwrap_or_else(|| key("quote"))
        };
        if !story.article.is_empty() && story.anchors.get(i).is_some_and(Anchor::is_orphaned) {
            let (l, c) = quote_at();
            out.push(Diagnostic::warning(
                &path,
                l,
                c,
                format!(
                    "claim `{}` is orphaned: its quote is no longer in the article; set `quote.exact` to the words it checks, or delete the claim",
                    claim.id
                ),
            ));
        } else if !story.article.is_empty()
            && story.anchors.get(i).is_some_and(|a| a.state == crate::anchor::AnchorState::Unanchored)
        {
            let (l, c) = key("quote");
            out.push(Diagnostic::warning(
                &path,
                l,
                c,
                format!(
                    "claim `{}` is not anchored: it has no quote; select the words it checks in the article view and \
                     anchor it there, or set `quote.exact` to them",
                    claim.id
                ),
            ));
        } else if let Some(a) = story.anchors.get(i).filter(|a| a.state == crate::anchor::AnchorState::Fuzzy) {
            // The article was edited under the claim: the words it checks may have changed (a number, a name).
            let (l, c) = quote_at();
            let now = crate::anchor::slice_chars(&story.article, a.start, a.end);
            out.push(Diagnostic::warning(
                &path,
                l,
                c,
                format!(
                    "claim `{}`: the article changed under its quote; it now reads \"{}\"; check the claim against \
                     the new words, then set `quote.exact` to them",
                    claim.id,
                    now.chars().take(160).collect::<String>()
                ),
            ));
        }
    }
    out.extend(publishing(story, &layout));
    out
}

/// What ClaimReview will refuse, said early by `check`: a `story.language` that is not a BCP 47 tag, and a
/// `published_at` that is not a date.
fn publishing(story: &Story, layout: &locate::Layout) -> Vec<Diagnostic> {
    let path = story.path();
    let mut out = Vec::new();
    let language = story.file.story.language();
    if !crate::model::is_language_tag(language) {
        let line = layout.lines().iter().position(|l| l.trim_start().starts_with("language:")).map_or(1, |i| i + 1);
        out.push(Diagnostic::warning(
            &path,
            line,
            1,
            format!(
                "`story.language` is `{}`, not a BCP 47 language tag; write e.g. `en`, `km` or `pt-BR` (ClaimReview refuses it)",
                crate::sanitize::line(language)
            ),
        ));
    }
    for (i, claim) in story.file.claims.iter().enumerate() {
        let at = claim.published_at.trim();
        if !at.is_empty() && !crate::dates::is_date(at) {
            let (l, c) =
                layout.span(i).and_then(|s| locate::claim_key(layout.lines(), s, "published_at")).unwrap_or((1, 1));
            out.push(Diagnostic::warning(
                &path,
                l,
                c,
                format!(
                    "claim `{}`: `published_at` is `{}`; write the day the fact-check went out as YYYY-MM-DD (ClaimReview refuses it)",
                    claim.id,
                    crate::sanitize::line(at)
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::load::load_workspace;
    use crate::store::tests::{GOOD, story_in};

    #[test]
    fn duplicate_id_names_its_line() {
        let t = tempfile::tempdir().unwrap();
        let yaml = format!("{GOOD}- id: a\n  text: again\n");
        story_in(t.path(), &yaml, "It is half of GDP.");
        let ws = load_workspace(t.path()).unwrap();
        let d = ws.diagnostics.iter().find(|d| d.message.contains("duplicate id")).unwrap();
        assert_eq!(d.line, 11);
        assert!(d.is_error());
    }

    #[test]
    fn unknown_verdict_points_at_the_verdict() {
        let t = tempfile::tempdir().unwrap();
        let yaml = GOOD.replace("status: open\n", "status: open\n  verdict: sorta\n");
        story_in(t.path(), &yaml, "It is half of GDP.");
        let ws = load_workspace(t.path()).unwrap();
        let d = &ws.diagnostics[0];
        assert_eq!((d.line, d.column), (11, 12));
        assert!(d.message.contains("unknown verdict `sorta`") && d.message.contains("misleading"));
    }
}
