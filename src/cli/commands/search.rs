//! `factdesk search`: the best fuzzy matches of a query, as a table or JSON.

use crate::cli::output::{Format, left_out};
use crate::sanitize;
use crate::search::{DEFAULT_ENGINE, Engine, Row, SearchTable, scan, text_indices, threads};
use std::path::Path;
use std::process::ExitCode;

/// `factdesk search QUERY [WORKSPACE] [--limit N] [--format table|json]`.
///
/// Reads the cache's compact search table when every story is unchanged, else loads the
/// workspace (through the cache, which rewrites the table).
pub fn run(query: &str, workspace: &Path, limit: usize, format: Format) -> ExitCode {
    // The table is trusted only when it covers every story folder, so a story that could not be read always
    // takes the second way, which says it was left out.
    let mut whole = ExitCode::SUCCESS;
    // The settings' matcher; settings that cannot be read are reported by the load below, the next time.
    let chosen = crate::store::load_config(workspace).map_or(DEFAULT_ENGINE, |c| Engine::chosen(&c));
    // Claims the query cannot match are never decoded from the table.
    let prefilter = crate::search::could_match(chosen, query);
    let mapped = match &prefilter {
        Some(keep) => crate::cache::load_search_table_for(workspace, &**keep),
        None => crate::cache::load_search_table(workspace),
    };
    let (table, engine) = match mapped {
        Some(t) => (t, chosen),
        None => match crate::cache::load_workspace_cached(workspace) {
            Ok(ws) => {
                whole = left_out(&ws);
                (SearchTable::from_workspace(&ws), Engine::chosen(&ws.config))
            }
            Err(d) => {
                eprintln!("{d}");
                return ExitCode::FAILURE;
            }
        },
    };
    let corpus = &table.corpus;
    let hits = scan(corpus, query, engine, threads());
    let shown = &hits[..hits.len().min(limit)];
    // Only the rows printed are read (from the mapped table, or the loaded workspace).
    let rows: Vec<Row> = shown.iter().filter_map(|h| table.row(h.entry as usize)).collect();
    if rows.len() != shown.len() {
        return crate::cli::output::fail("the search table changed while it was read; run the search again");
    }
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = shown
                .iter()
                .zip(&rows)
                .map(|(h, r)| {
                    serde_json::json!({
                        "story": r.story,
                        "id": r.id,
                        "score": h.score,
                        "verdict": r.verdict,
                        "status": r.status,
                        "text": r.text,
                        "matched": text_indices(engine, query, &corpus.entries[h.entry as usize]),
                    })
                })
                .collect();
            // Escapes C1, bidi and zero-width characters too, so the JSON is safe to print to a terminal.
            print!("{}", crate::export::json_text(&serde_json::to_value(&items).unwrap_or_default()));
        }
        Format::Table => {
            let mut out = crate::words::Table::new(&[">SCORE", "STORY", "ID", "VERDICT", "CLAIM"]);
            for (h, r) in shown.iter().zip(&rows) {
                let verdict = if r.verdict.is_empty() { "-" } else { &r.verdict };
                out.row(vec![
                    h.score.to_string(),
                    sanitize::line(&r.story),
                    sanitize::line(&r.id),
                    sanitize::line(verdict),
                    sanitize::line(&r.text).chars().take(70).collect(),
                ]);
            }
            print!("{}", out.render());
            eprintln!("{} of {} claims match", hits.len(), table.claims);
        }
    }
    whole
}
