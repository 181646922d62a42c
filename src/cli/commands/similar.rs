//! `factdesk similar`: the claims most like one claim, as a table or JSON.

use crate::cli::output::{Format, fail, left_out};
use crate::sanitize;
use crate::search::{Row, SearchTable};
use crate::similar::{DocRef, Similar, SimilarIndex};
use std::path::Path;
use std::process::ExitCode;

/// `factdesk similar STORY/ID [WORKSPACE]`.
///
/// Reads the cache's search table when every story is unchanged (the claims' texts are all it needs), else loads
/// the workspace through the cache.
pub fn run(target: &str, workspace: &Path, limit: usize, format: Format) -> ExitCode {
    let Some((slug, id)) = target.split_once('/') else {
        return fail(&format!("`{target}` is not STORY/ID; write the story's slug, a slash, then the claim's id"));
    };
    if let Some(table) = crate::cache::load_search_table(workspace)
        && let Some(found) = from_table(&table, slug, id, limit)
    {
        print(&found, format);
        return ExitCode::SUCCESS;
    }
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
    let rows: Vec<(Similar, Row)> = found
        .into_iter()
        .map(|s| {
            let st = &ws.stories[s.doc.story as usize];
            let c = &st.file.claims[s.doc.claim as usize];
            let row = Row {
                story: st.slug.clone(),
                id: c.id.clone(),
                verdict: c.verdict.clone(),
                status: c.status.as_str().to_string(),
                text: c.text.clone(),
            };
            (s, row)
        })
        .collect();
    print(&rows, format);
    left_out(&ws)
}

/// The similar claims from the search table; `None` when the claim is not in it (the full load then says why) or
/// a row cannot be read.
fn from_table(table: &SearchTable, slug: &str, id: &str, limit: usize) -> Option<Vec<(Similar, Row)>> {
    let rows: Vec<Row> = (0..table.corpus.len()).map(|i| table.row(i)).collect::<Option<_>>()?;
    let at = rows.iter().position(|r| r.story == slug && r.id == id)?;
    let entries = &table.corpus.entries;
    let doc = |i: usize| DocRef { story: entries[i].story, claim: entries[i].claim };
    let index = SimilarIndex::from_texts(rows.iter().enumerate().map(|(i, r)| (doc(i), r.text.as_str())));
    let (found, _) = index.similar_to(entries[at].story, entries[at].claim, limit);
    found
        .into_iter()
        .map(|s| {
            // Entries are in (story, claim) order.
            let i = entries.binary_search_by_key(&(s.doc.story, s.doc.claim), |e| (e.story, e.claim)).ok()?;
            Some((s, rows[i].clone()))
        })
        .collect()
}

fn print(found: &[(Similar, Row)], format: Format) {
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = found
                .iter()
                .map(|(s, r)| {
                    serde_json::json!({
                        "story": r.story, "id": r.id, "similarity": (s.score * 1000.0).round() / 1000.0,
                        "verdict": r.verdict, "status": r.status, "text": r.text,
                    })
                })
                .collect();
            // Escapes C1, bidi and zero-width characters too, so the JSON is safe to print to a terminal.
            print!("{}", crate::export::json_text(&serde_json::to_value(&items).unwrap_or_default()));
        }
        Format::Table => {
            let mut table = crate::words::Table::new(&[">SIM", "STORY", "ID", "VERDICT", "CLAIM"]);
            for (s, r) in found {
                let verdict = if r.verdict.is_empty() { "-" } else { &r.verdict };
                table.row(vec![
                    format!("{:.2}", s.score),
                    sanitize::line(&r.story),
                    sanitize::line(&r.id),
                    sanitize::line(verdict),
                    sanitize::line(&r.text).chars().take(70).collect(),
                ]);
            }
            print!("{}", table.render());
            eprintln!("{}", crate::words::plural(found.len(), "similar claim", "similar claims"));
        }
    }
}
