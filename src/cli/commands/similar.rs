//! `factdesk similar`: the claims most like one claim, as a table or JSON.

use crate::cli::output::{Format, fail, left_out};
use crate::sanitize;
use crate::similar::{Similar, SimilarIndex};
use std::path::Path;
use std::process::ExitCode;

/// `factdesk similar STORY/ID [WORKSPACE]`.
pub fn run(target: &str, workspace: &Path, limit: usize, format: Format) -> ExitCode {
    let Some((slug, id)) = target.split_once('/') else {
        return fail(&format!("`{target}` is not STORY/ID; write the story's slug, a slash, then the claim's id"));
    };
    let ws = match crate::cache::load_workspace_cached(workspace) {
        Ok(ws) => ws,
        Err(d) => {
            eprintln!("{d}");
            return ExitCode::FAILURE;
        }
    };
    let Some(si) = ws.stories.iter().position(|s| s.slug == slug) else {
        return fail(&format!("no story `{slug}` in {}; run `factdesk list` to see the stories", workspace.display()));
    };
    let Some(ci) = ws.stories[si].file.claims.iter().position(|c| c.id == id) else {
        return fail(&format!("no claim `{id}` in story `{slug}`; run `factdesk list --story {slug}` to see its ids"));
    };
    let index = SimilarIndex::build(&ws);
    let (found, _) = index.similar_to(si as u32, ci as u32, limit);
    // Other newsrooms' checks from archive/ (import-claimreview), marked external.
    let (externals, archive_problems) = crate::archive::load(&ws.root);
    for d in &archive_problems {
        eprintln!("{d}");
    }
    // Our own published check of this claim, imported back, is not "checked elsewhere".
    let own = crate::export::claimreview::review_url(&ws.config.organization.review_url, slug, id);
    let external: Vec<_> = crate::archive::similar(&externals, &ws.stories[si].file.claims[ci].text, limit + 1)
        .into_iter()
        .filter(|(_, e)| e.url.is_empty() || e.url != own)
        .take(limit)
        .collect();
    let row = |s: &Similar| {
        let st = &ws.stories[s.doc.story as usize];
        (st, &st.file.claims[s.doc.claim as usize])
    };
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = found
                .iter()
                .map(|s| {
                    let (st, c) = row(s);
                    serde_json::json!({
                        "story": st.slug, "id": c.id, "similarity": (s.score * 1000.0).round() / 1000.0,
                        "verdict": c.verdict, "status": c.status.as_str(), "text": c.text,
                    })
                })
                .chain(external.iter().map(|(score, e)| {
                    serde_json::json!({
                        "external": true, "outlet": e.outlet, "url": e.url, "rating": e.rating,
                        "similarity": (score * 1000.0).round() / 1000.0, "text": e.claim,
                    })
                }))
                .collect();
            // Escapes C1, bidi and zero-width characters too, so the JSON is safe to print to a terminal.
            print!("{}", crate::export::json_text(&serde_json::to_value(&items).unwrap_or_default()));
        }
        Format::Table => {
            let mut table = crate::words::Table::new(&[">SIM", "STORY", "ID", "VERDICT", "CLAIM"]);
            for s in &found {
                let (st, c) = row(s);
                let verdict = if c.verdict.is_empty() { "-" } else { &c.verdict };
                table.row(vec![
                    format!("{:.2}", s.score),
                    sanitize::line(&st.slug),
                    sanitize::line(&c.id),
                    sanitize::line(verdict),
                    sanitize::line(&c.text).chars().take(70).collect(),
                ]);
            }
            print!("{}", table.render());
            eprintln!("{}", crate::words::plural(found.len(), "similar claim", "similar claims"));
            if !external.is_empty() {
                let mut table = crate::words::Table::new(&[">SIM", "EXTERNAL", "RATING", "CLAIM", "URL"]);
                for (score, e) in &external {
                    table.row(vec![
                        format!("{score:.2}"),
                        sanitize::line(&e.outlet),
                        sanitize::line(if e.rating.is_empty() { "-" } else { &e.rating }),
                        sanitize::line(&e.claim).chars().take(60).collect(),
                        sanitize::line(&e.url),
                    ]);
                }
                println!();
                print!("{}", table.render());
                eprintln!(
                    "{} (external: archive/, from import-claimreview)",
                    crate::words::plural(external.len(), "checked elsewhere", "checked elsewhere")
                );
            }
        }
    }
    left_out(&ws)
}
