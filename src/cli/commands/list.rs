//! `factdesk list`: the claims of a workspace, filtered, as a table or JSON.

use crate::cli::output::{Format, claim_json, fail, left_out};
use crate::model::Status;
use crate::sanitize;
use crate::store;
use crate::words::plural;
use std::path::Path;
use std::process::ExitCode;

pub fn list(
    workspace: &Path,
    story: Option<&str>,
    status: Option<&str>,
    verdict: Option<&str>,
    format: Format,
) -> ExitCode {
    if let Some(s) = status
        && Status::parse(s).is_none()
    {
        let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        return fail(&format!("unknown status `{s}`; use one of: {}", all.join(", ")));
    }
    // One story: its folder alone is read. The whole workspace: through the cache, on every core.
    let loaded = match story {
        Some(s) => crate::load::load_stories(workspace, &[s.to_string()]),
        None => crate::cache::load_workspace_cached(workspace),
    };
    let ws = match loaded {
        Ok(ws) => ws,
        Err(d) => {
            eprintln!("{d}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(v) = verdict
        && v != "none"
        && ws.config.verdict(v).is_none()
    {
        let names: Vec<&str> = ws.config.verdicts.iter().map(|v| v.name.as_str()).collect();
        return fail(&format!("unknown verdict `{v}`; use one of: {}, none", names.join(", ")));
    }
    if let Some(s) = story
        && ws.story(s).is_none()
    {
        // A story folder whose file could not be read is there, only broken (or refused): say why.
        if ws.errors_in(&workspace.join(s)).next().is_some() {
            return left_out(&ws);
        }
        return fail(&format!("no story `{s}` in {}", workspace.display()));
    }
    let rows: Vec<(&store::Story, usize)> = ws
        .stories
        .iter()
        .filter(|st| story.is_none_or(|s| st.slug == s))
        .flat_map(|st| (0..st.file.claims.len()).map(move |i| (st, i)))
        .filter(|(st, i)| {
            let c = &st.file.claims[*i];
            status.is_none_or(|s| c.status.as_str() == s)
                && verdict.is_none_or(|v| c.verdict == v || (v == "none" && c.verdict.is_empty()))
        })
        .collect();
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = rows.iter().map(|(st, i)| claim_json(st, *i)).collect();
            // Escapes C1, bidi and zero-width characters too, so the JSON is safe to print to a terminal.
            print!("{}", crate::export::json_text(&serde_json::to_value(&items).unwrap_or_default()));
        }
        Format::Table => {
            let mut table = crate::words::Table::new(&["STORY", "ID", "VERDICT", "STATUS", "CLAIM"]);
            for (st, i) in &rows {
                let c = &st.file.claims[*i];
                let verdict = if c.verdict.is_empty() { "-" } else { &c.verdict };
                table.row(vec![
                    sanitize::line(&st.slug),
                    sanitize::line(&c.id),
                    sanitize::line(verdict),
                    c.status.as_str().to_string(),
                    sanitize::line(&c.text).chars().take(70).collect(),
                ]);
            }
            print!("{}", table.render());
            eprintln!("{}", plural(rows.len(), "claim", "claims"));
        }
    }
    left_out(&ws)
}
