//! `factdesk similar`: have we checked this before? The claims most like one claim of the workspace, or like a
//! claim not in it yet (`--text`, `--text -` for standard input), as a table or JSON, each labelled; then other
//! newsrooms' fact-checks imported into `archive/` (`import-claimreview`), marked external.

use crate::cli::output::{Format, fail, left_out};
use crate::sanitize;
use crate::similar::table::Row;
use crate::similar::{DocRef, Fields, Similar, SimilarIndex};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What to look up: a claim of the workspace, or a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    Claim { slug: String, id: String },
    Text(String),
}

/// `factdesk similar STORY/ID [WORKSPACE]` or `factdesk similar --text TEXT|- [WORKSPACE]`.
pub fn main(
    claim: Option<String>,
    workspace: Option<PathBuf>,
    text: Option<String>,
    limit: usize,
    format: Format,
    resolve: impl Fn(Option<PathBuf>) -> PathBuf,
) -> ExitCode {
    let (query, workspace) = match (claim, workspace, text) {
        (Some(target), workspace, None) => {
            let Some((slug, id)) = target.split_once('/') else {
                return fail(&format!(
                    "`{target}` is not STORY/ID; write the story's slug, a slash, then the claim's id (or use --text \"…\")"
                ));
            };
            (Query::Claim { slug: slug.into(), id: id.into() }, workspace)
        }
        // With --text, the one folder given is the workspace.
        (first, None, Some(text)) => (Query::Text(text), first.map(PathBuf::from)),
        (None, Some(workspace), Some(text)) => (Query::Text(text), Some(workspace)),
        (Some(_), Some(_), Some(_)) => {
            return fail("give either STORY/ID or --text, not both: `factdesk similar --text \"…\" [WORKSPACE]`");
        }
        (None, _, None) => {
            return fail(
                "say which claim: `factdesk similar STORY/ID [WORKSPACE]`, or `--text \"…\"` (`--text -` reads standard input)",
            );
        }
    };
    let query = match query {
        Query::Text(t) if t == "-" => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                return fail(&format!(
                    "standard input: {e}; pipe the claim's text in UTF-8, or give it with --text \"…\""
                ));
            }
            Query::Text(s)
        }
        q => q,
    };
    if let Query::Text(t) = &query
        && t.trim().is_empty()
    {
        return fail("the text is empty: give the claim to look for, e.g. --text \"The bridge cost $40m\"");
    }
    // The folder given, else `-w`, else found from the current folder upward (`cli::output::workspace`).
    run(&query, &resolve(workspace), limit, format)
}

/// Looks `query` up in the workspace at `workspace` and prints the best `limit`.
///
/// Reads the cache's similar-claims table (the built index and the rows it prints) when every story is
/// unchanged, else loads the workspace (through the cache, which writes the table) and indexes it.
pub fn run(query: &Query, workspace: &Path, limit: usize, format: Format) -> ExitCode {
    // The table is trusted only when it covers every story folder, so a story that could not be read always
    // takes the second way, which says it was left out.
    if let Some(table) = crate::cache::load_similar_table(workspace) {
        let found = match query {
            Query::Claim { slug, id } => match table.find(slug, id) {
                Some((doc, row)) => table.index.similar_to(doc, &row.fields(), limit).0,
                // Not in the table: the second way names what is missing.
                None => return run_loaded(query, workspace, limit, format),
            },
            Query::Text(t) => table.index.similar_to_text(t, limit).0,
        };
        let rows: Vec<(Similar, Row)> = found.into_iter().filter_map(|s| Some((s, table.row_of(s.doc)?))).collect();
        let text = match query {
            Query::Claim { slug, id } => table.find(slug, id).map(|(_, r)| r.text.clone()).unwrap_or_default(),
            Query::Text(t) => t.clone(),
        };
        let external = externals(workspace, query, &text, limit);
        print(&rows, &external, format);
        return ExitCode::SUCCESS;
    }
    run_loaded(query, workspace, limit, format)
}

/// [`run`] by loading the workspace.
fn run_loaded(query: &Query, workspace: &Path, limit: usize, format: Format) -> ExitCode {
    let ws = match crate::cache::load_workspace_cached(workspace) {
        Ok(ws) => ws,
        Err(d) => {
            eprintln!("{d}");
            return ExitCode::FAILURE;
        }
    };
    let index = SimilarIndex::build(&ws);
    let text;
    let found = match query {
        Query::Claim { slug, id } => {
            let Some(si) = ws.stories.iter().position(|s| &s.slug == slug) else {
                return fail(&format!(
                    "no story `{slug}` in {}; run `factdesk list` to see the stories",
                    workspace.display()
                ));
            };
            let Some(ci) = ws.stories[si].file.claims.iter().position(|c| &c.id == id) else {
                return fail(&format!(
                    "no claim `{id}` in story `{slug}`; run `factdesk list --story {slug}` to see its ids"
                ));
            };
            let doc = DocRef { story: si as u32, claim: ci as u32 };
            text = ws.stories[si].file.claims[ci].text.clone();
            index.similar_to(doc, &Fields::of(&ws.stories[si].file.claims[ci]), limit).0
        }
        Query::Text(t) => {
            text = t.clone();
            index.similar_to_text(t, limit).0
        }
    };
    let rows: Vec<(Similar, Row)> = found
        .into_iter()
        .filter(|s| !s.doc.is_review())
        .map(|s| {
            let st = &ws.stories[s.doc.story as usize];
            (s, Row::of(&st.slug, &st.file.claims[s.doc.claim as usize]))
        })
        .collect();
    let external = externals(workspace, query, &text, limit);
    print(&rows, &external, format);
    left_out(&ws)
}

/// Other newsrooms' fact-checks in `archive/` most like `text`, best first; our own published check of the claim,
/// imported back, is not "checked elsewhere". Problems with the archive's files go to standard error.
fn externals(workspace: &Path, query: &Query, text: &str, limit: usize) -> Vec<(f32, crate::archive::External)> {
    let (externals, problems) = crate::archive::load(workspace);
    for d in &problems {
        eprintln!("{d}");
    }
    let own = match query {
        Query::Claim { slug, id } => crate::store::load_config(workspace)
            .ok()
            .map(|cfg| crate::export::claimreview::review_url(&cfg.organization.review_url, slug, id)),
        Query::Text(_) => None,
    };
    crate::archive::similar(&externals, text, limit + 1)
        .into_iter()
        .filter(|(_, e)| e.url.is_empty() || Some(&e.url) != own.as_ref())
        .take(limit)
        .map(|(score, e)| (score, e.clone()))
        .collect()
}

fn print(found: &[(Similar, Row)], external: &[(f32, crate::archive::External)], format: Format) {
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = found
                .iter()
                .map(|(s, r)| {
                    serde_json::json!({
                        "story": r.story, "id": r.id, "similarity": (s.score * 1000.0).round() / 1000.0,
                        "closeness": s.closeness().label(),
                        "verdict": r.verdict, "status": r.status, "text": r.text,
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
            let mut table = crate::words::Table::new(&[">SIM", "MATCH", "STORY", "ID", "VERDICT", "CLAIM"]);
            for (s, r) in found {
                let verdict = if r.verdict.is_empty() { "-" } else { &r.verdict };
                table.row(vec![
                    format!("{:.2}", s.score),
                    s.closeness().label().to_string(),
                    sanitize::line(&r.story),
                    sanitize::line(&r.id),
                    sanitize::line(verdict),
                    sanitize::line(&r.text).chars().take(70).collect(),
                ]);
            }
            print!("{}", table.render());
            eprintln!("{}", crate::words::plural(found.len(), "similar claim", "similar claims"));
            if !external.is_empty() {
                let mut table = crate::words::Table::new(&[">SIM", "EXTERNAL", "RATING", "CLAIM", "URL"]);
                for (score, e) in external {
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
}
