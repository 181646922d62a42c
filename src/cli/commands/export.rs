//! `factdesk export`: its arguments, and writing one story's export to a file or standard output.

use crate::cli::output::fail;
use crate::diag::Diagnostic;
use crate::export::{ExportError, Format, Options, export, guard_output, pick_story};
use crate::sanitize;
use crate::store;
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// `export::Format` as `--format` spells it: the domain type stays free of clap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// schema.org ClaimReview JSON-LD, one per published claim with a verdict (`--all`: every claim with a verdict).
    Claimreview,
    /// A report ready to paste into a CMS: the reviewed and published claims (`--all`: every claim).
    Markdown,
    /// One row per claim (RFC 4180, UTF-8 with a byte order mark), ClaimReview's fields first.
    Csv,
    /// The whole story, for other tools.
    Json,
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Format {
        match f {
            ExportFormat::Claimreview => Format::Claimreview,
            ExportFormat::Markdown => Format::Markdown,
            ExportFormat::Csv => Format::Csv,
            ExportFormat::Json => Format::Json,
        }
    }
}

/// Arguments of `factdesk export`.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// The workspace folder (same as `-w`).
    #[arg(id = "dir", value_name = "WORKSPACE")]
    pub workspace: Option<PathBuf>,
    /// The story to export (its slug); may be left out when the workspace holds one story.
    #[arg(long)]
    pub story: Option<String>,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to this file instead of standard output (`-` is standard output). It must be absent or a regular
    /// file, and not one of factdesk's own files.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// The date the Markdown report says the story was fact-checked, YYYY-MM-DD (default: today, UTC). ClaimReview's
    /// datePublished is each claim's own `published_at`, recorded when it became published.
    #[arg(long)]
    pub date: Option<String>,
    /// Markdown: include every claim, not only the reviewed and published ones. ClaimReview: include every claim with
    /// a verdict, not only the published ones.
    #[arg(long)]
    pub all: bool,
    /// CSV only: leave out the UTF-8 byte order mark that lets Excel open the file as UTF-8.
    #[arg(long)]
    pub no_bom: bool,
}

/// Writes an export to standard output, saying so when that fails (a full disk, a closed pipe is left to SIGPIPE).
fn write_stdout(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Runs `factdesk export`.
pub fn run(args: &ExportArgs) -> ExitCode {
    let date = args.date.clone().unwrap_or_else(crate::dates::today);
    if args.all && !matches!(args.format, ExportFormat::Markdown | ExportFormat::Claimreview) {
        return fail("--all is for the Markdown report and ClaimReview (--format markdown, --format claimreview)");
    }
    if args.no_bom && args.format != ExportFormat::Csv {
        return fail("--no-bom is for --format csv; only the CSV starts with a byte order mark");
    }
    if !crate::dates::is_date(&date) {
        return fail(&format!("--date `{date}` is not a date; write it as YYYY-MM-DD"));
    }
    // A named story: its folder alone is read (and the settings).
    let workspace = args.workspace.as_deref().unwrap_or(std::path::Path::new("claims"));
    let loaded = match &args.story {
        Some(s) => crate::load::load_stories(workspace, std::slice::from_ref(s)),
        None => crate::load::load_workspace(workspace),
    };
    let ws = match loaded {
        Ok(ws) => ws,
        Err(d) => {
            eprintln!("{d}");
            return ExitCode::from(crate::cli::output::USAGE_OR_IO);
        }
    };
    let story = match pick_story(&ws, args.story.as_deref()) {
        Ok(s) => s,
        // Only the named story was read: the stories to choose from are the folders' names.
        Err(ExportError::NoSuchStory { slug, root, .. }) => {
            let stories = store::story_dirs(&root)
                .unwrap_or_default()
                .iter()
                .filter_map(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
                .collect();
            return fail(&ExportError::NoSuchStory { slug, root, stories }.to_string());
        }
        Err(e) => return fail(&e.to_string()),
    };
    let config = ws.root.join(store::CONFIG_FILE);
    let errors: Vec<&Diagnostic> = ws.errors_in(&story.dir).chain(ws.errors_in(&config)).collect();
    if !errors.is_empty() {
        for d in &errors {
            eprintln!("{d}");
        }
        return fail("the story or the settings have errors; fix them (see `factdesk check`) before exporting");
    }
    let exported =
        match export(&ws, story, Format::from(args.format), &Options { date, all_claims: args.all, bom: !args.no_bom })
        {
            Ok(x) => x,
            Err(diags) => {
                for d in &diags {
                    eprintln!("{d}");
                }
                return fail("nothing was exported");
            }
        };
    for w in &exported.warnings {
        eprintln!("{w}");
    }
    for n in &exported.notes {
        eprintln!("factdesk: {}", sanitize::line(n));
    }
    match &args.output {
        Some(out) if out.as_os_str() != "-" => {
            if let Err(e) = guard_output(&ws, out) {
                return fail(&e.to_string());
            }
            if let Err(e) = store::write_atomic(out, exported.text.as_bytes()) {
                return fail(&format!("cannot write {}: {e}", out.display()));
            }
            eprintln!("wrote {}", sanitize::line(&out.display().to_string()));
        }
        _ => {
            if let Err(e) = write_stdout(&exported.text) {
                return fail(&format!("cannot write the export to standard output: {e}"));
            }
        }
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_have_names_and_file_names() {
        for f in Format::ALL {
            assert_eq!(<ExportFormat as ValueEnum>::from_str(f.name(), false).map(Format::from), Ok(*f));
        }
    }
}
