//! `factdesk import-claimreview FILE`: other newsrooms' ClaimReview JSON-LD into the workspace's read-only
//! `archive/`, for `similar` and the UI's similar-claims panel.

use crate::archive;
use crate::cli::output::{fail, quiet};
use crate::sanitize;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `factdesk import-claimreview`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// ClaimReview JSON-LD (one review, an array, or an @graph), or a saved page holding it in
    /// <script type="application/ld+json">; `-` reads standard input.
    pub file: PathBuf,
    /// The archive file's name (default: FILE's name): importing again under the same name replaces it.
    #[arg(long)]
    pub name: Option<String>,
}

/// Runs the import into `workspace/archive/`.
pub fn run(a: ImportArgs, workspace: &std::path::Path) -> ExitCode {
    let text = if a.file.as_os_str() == "-" {
        super::extract::read_stdin()
    } else {
        crate::store::read_user_file(&a.file, crate::store::MAX_ARTICLE_BYTES)
            .and_then(|b| crate::store::decode_utf8(&a.file, b, "the file"))
            .map_err(|d| d.to_string())
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    let (reviews, skipped) = match archive::parse(&a.file, &text) {
        Ok(r) => r,
        Err(e) => return fail(&e.to_string()),
    };
    if crate::boundary::real_dir(workspace).is_err() {
        return fail(&format!("{}: no workspace folder here; run `factdesk init` or pass -w DIR", workspace.display()));
    }
    let stem = a.file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = a.name.clone().unwrap_or(stem);
    let name = if crate::model::slugify(&name, 60).is_empty() { "claimreviews".to_string() } else { name };
    let n = reviews.len();
    match archive::import(workspace, &name, &a.file.display().to_string(), &crate::dates::today(), reviews) {
        Ok(path) => {
            println!(
                "imported {} into {}",
                crate::words::plural(n, "fact-check", "fact-checks"),
                sanitize::line(&path.display().to_string())
            );
            if skipped > 0 && !quiet() {
                eprintln!(
                    "factdesk: left out {} without a claimReviewed (nothing to compare)",
                    crate::words::plural(skipped, "review", "reviews")
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}
