//! `factdesk list`: the claims of a workspace, filtered, as a table, a JSON array or JSON lines. JSON is written
//! claim by claim as the stories arrive, so memory stays bounded whatever the workspace's size.

use crate::cli::output::{claim_json, fail, left_out, left_out_of};
use crate::diag::Diagnostic;
use crate::model::Status;
use crate::sanitize;
use crate::store::{self, STORY_FILE, Story, Workspace};
use crate::words::plural;
use clap::ValueEnum;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `list --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for people.
    Table,
    /// One JSON array of claims, each with its story's slug.
    Json,
    /// One claim per line, as compact JSON (for `jq -c`).
    Jsonl,
}

/// The filters of a listing.
struct Filter<'a> {
    story: Option<&'a str>,
    status: Option<&'a str>,
    verdict: Option<&'a str>,
}

impl Filter<'_> {
    fn keeps(&self, st: &Story, i: usize) -> bool {
        let c = &st.file.claims[i];
        self.story.is_none_or(|s| st.slug == s)
            && self.status.is_none_or(|s| c.status.as_str() == s)
            && self.verdict.is_none_or(|v| c.verdict == v || (v == "none" && c.verdict.is_empty()))
    }
}

pub fn list(
    workspace: &Path,
    story: Option<&str>,
    status: Option<&str>,
    verdict: Option<&str>,
    format: ListFormat,
) -> ExitCode {
    if let Some(s) = status
        && Status::parse(s).is_none()
    {
        let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        return fail(&format!("unknown status `{s}`; use one of: {}", all.join(", ")));
    }
    let filter = Filter { story, status, verdict };
    // The whole workspace as JSON: streamed from the cache and the loader, a chunk of stories at a time.
    if story.is_none() && format != ListFormat::Table {
        return stream(workspace, &filter, format);
    }
    // The whole workspace as a table: the cache's search table holds every column, when it is fresh (it then
    // covers every story folder, so none was left out) and the settings can be read.
    if story.is_none()
        && let Some(rows) = crate::cache::load_table_rows(workspace)
        && let Ok(config) = store::load_config(workspace)
    {
        let ws = Workspace { root: workspace.to_path_buf(), config, ..Workspace::default() };
        if let Err(code) = known_verdict(&ws, verdict) {
            return code;
        }
        let keeps = |r: &crate::cache::RowRef| {
            status.is_none_or(|s| r.status == s)
                && verdict.is_none_or(|v| r.verdict == v || (v == "none" && r.verdict.is_empty()))
        };
        // Measured in one pass and written in a second, a row at a time: the rows are never all held. A row that
        // cannot be read is found in the first pass, before anything is written, and the workspace is loaded.
        let mut columns = crate::words::Columns::new(&TABLE_HEADERS, &[false; 5]);
        let mut kept: Vec<u32> = Vec::new();
        let measured = (0..rows.len()).try_for_each(|i| {
            let r = rows.get(i).ok_or(())?;
            if keeps(&r) {
                kept.push(i as u32);
                columns.fit(&table_row(r.story, r.id, r.verdict, r.status, ""));
            }
            Ok::<(), ()>(())
        });
        if measured.is_ok() {
            let cells = kept.iter().filter_map(|&i| rows.get(i as usize));
            let written = write_table(&columns, cells.map(|r| table_row(r.story, r.id, r.verdict, r.status, r.text)));
            if let Err(e) = written {
                return fail(&format!("cannot write the listing to standard output: {e}"));
            }
            eprintln!("{}", plural(kept.len(), "claim", "claims"));
            return ExitCode::SUCCESS;
        }
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
    if let Err(code) = known_verdict(&ws, verdict) {
        return code;
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
    match format {
        ListFormat::Json | ListFormat::Jsonl => {
            let mut out = JsonOut::new(format == ListFormat::Jsonl);
            let stories: Vec<&Story> = ws.stories.iter().filter(|st| story.is_none_or(|s| st.slug == s)).collect();
            if let Err(e) = out.stories(&stories, &filter).and_then(|()| out.finish()) {
                return fail(&format!("cannot write the listing to standard output: {e}"));
            }
        }
        ListFormat::Table => {
            let rows: Vec<(&store::Story, usize)> = ws
                .stories
                .iter()
                .flat_map(|st| (0..st.file.claims.len()).map(move |i| (st, i)))
                .filter(|(st, i)| filter.keeps(st, *i))
                .collect();
            let mut table = crate::words::Table::new(&TABLE_HEADERS);
            for (st, i) in &rows {
                let c = &st.file.claims[*i];
                table.row(table_row(&st.slug, &c.id, &c.verdict, c.status.as_str(), &c.text));
            }
            print!("{}", table.render());
            eprintln!("{}", plural(rows.len(), "claim", "claims"));
        }
    }
    left_out(&ws)
}

/// The table's columns.
const TABLE_HEADERS: [&str; 5] = ["STORY", "ID", "VERDICT", "STATUS", "CLAIM"];

/// Writes the header and these rows to standard output, laid out by `columns`.
fn write_table(columns: &crate::words::Columns, rows: impl Iterator<Item = Vec<String>>) -> std::io::Result<()> {
    let mut w = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut line = String::new();
    columns.write(&mut line, &TABLE_HEADERS);
    w.write_all(line.as_bytes())?;
    for cells in rows {
        line.clear();
        columns.write(&mut line, &cells);
        w.write_all(line.as_bytes())?;
    }
    w.flush()
}

/// One claim's cells in the table.
fn table_row(story: &str, id: &str, verdict: &str, status: &str, text: &str) -> Vec<String> {
    let verdict = if verdict.is_empty() { "-" } else { verdict };
    vec![
        sanitize::line(story),
        sanitize::line(id),
        sanitize::line(verdict),
        status.to_string(),
        first_chars(sanitize::line(text), 70),
    ]
}

/// The first `n` characters of `s`.
fn first_chars(mut s: String, n: usize) -> String {
    if let Some((cut, _)) = s.char_indices().nth(n) {
        s.truncate(cut);
    }
    s
}

/// Refuses a `--verdict` the settings do not know.
fn known_verdict(ws: &Workspace, verdict: Option<&str>) -> Result<(), ExitCode> {
    if let Some(v) = verdict
        && v != "none"
        && ws.config.verdict(v).is_none()
    {
        let names: Vec<&str> = ws.config.verdicts.iter().map(|v| v.name.as_str()).collect();
        return Err(fail(&format!("unknown verdict `{v}`; use one of: {}, none", names.join(", "))));
    }
    Ok(())
}

/// The whole workspace's claims as JSON, written as the streaming loader hands over the stories; only the
/// diagnostics and the loaded stories' folders are kept, for the "left out" report.
fn stream(workspace: &Path, filter: &Filter, format: ListFormat) -> ExitCode {
    let cache = crate::cache::cache_file(workspace);
    let (mut shell, loader) = match crate::cache::stream::open(workspace, cache.as_deref()) {
        Ok(x) => x,
        Err(d) => {
            eprintln!("{d}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(code) = known_verdict(&shell, filter.verdict) {
        return code;
    }
    let mut out = JsonOut::new(format == ListFormat::Jsonl);
    let mut loaded: HashSet<PathBuf> = HashSet::new();
    let mut failed = None;
    loader.run(|stories, diags| {
        shell.diagnostics.extend(diags);
        loaded.extend(stories.iter().map(|st| st.dir.clone()));
        if let Err(e) = out.stories(&stories.iter().collect::<Vec<_>>(), filter) {
            failed = Some(e);
            return false;
        }
        true
    });
    if let Some(e) = failed.or_else(|| out.finish().err()) {
        return fail(&format!("cannot write the listing to standard output: {e}"));
    }
    let unreadable: Vec<&Diagnostic> = shell
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && d.path.file_name().is_some_and(|n| n == STORY_FILE))
        .filter(|d| !d.path.parent().is_some_and(|dir| loaded.contains(dir)))
        .collect();
    left_out_of(&shell, &unreadable)
}

/// JSON written a story at a time: an array laid out exactly as `serde_json`'s pretty printer lays out the whole
/// array (two spaces a level), or one compact claim per line. Escaped for terminals as every JSON output is.
struct JsonOut {
    w: std::io::BufWriter<std::io::StdoutLock<'static>>,
    lines: bool,
    /// Whether anything was written yet (the array's first claim opens it).
    started: bool,
}

impl JsonOut {
    fn new(lines: bool) -> JsonOut {
        JsonOut { w: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()), lines, started: false }
    }

    /// Writes these stories' kept claims, in order, rendered on every core.
    fn stories(&mut self, stories: &[&Story], filter: &Filter) -> std::io::Result<()> {
        let lines = self.lines;
        let pieces = crate::load::on_threads(stories.to_vec(), crate::search::threads(), |st| {
            let claims: Vec<usize> = (0..st.file.claims.len()).filter(|&i| filter.keeps(st, i)).collect();
            render(st, &claims, lines)
        });
        for piece in pieces {
            let piece = piece?;
            if piece.is_empty() {
                continue;
            }
            if !self.lines {
                self.w.write_all(if self.started { b",\n" } else { b"[\n" })?;
            }
            self.started = true;
            self.w.write_all(piece.as_bytes())?;
        }
        Ok(())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        if !self.lines {
            self.w.write_all(if self.started { b"\n]\n" } else { b"[]\n" })?;
        }
        self.w.flush()
    }
}

/// Some claims of one story as JSON: each a line of compact JSON (`lines`), or pretty-printed one level deep in
/// the array and joined by `,` (the array's brackets and the comma before the piece are the writer's).
fn render(st: &Story, claims: &[usize], lines: bool) -> std::io::Result<String> {
    let mut s = String::new();
    for (n, &i) in claims.iter().enumerate() {
        let v = claim_json(st, i);
        if lines {
            s.push_str(&serde_json::to_string(&v).map_err(std::io::Error::other)?);
            s.push('\n');
            continue;
        }
        if n > 0 {
            s.push_str(",\n");
        }
        // JSON strings hold no raw newline, so every line of the claim is one level deeper in the array.
        let pretty = serde_json::to_string_pretty(&v).map_err(std::io::Error::other)?;
        for (k, line) in pretty.split('\n').enumerate() {
            if k > 0 {
                s.push('\n');
            }
            s.push_str("  ");
            s.push_str(line);
        }
    }
    // Escapes C1, bidi and zero-width characters too, so the JSON is safe to print to a terminal.
    Ok(sanitize::json(&s))
}
