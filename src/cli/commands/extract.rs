//! `factdesk extract`: its arguments, reading the article, and printing the preview or the summary.

use crate::cli::output::{Format, fail};
use crate::extract::model::Model;
use crate::extract::{Decision, analyse_in, extract_into};
use crate::sanitize;
use crate::store;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `factdesk extract`: propose check-worthy sentences of an article as candidate claims.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The article text file (UTF-8).
    pub article: PathBuf,
    /// The story to create or update (its slug). Required unless `--format json` (a preview).
    #[arg(long)]
    pub story: Option<String>,
    /// The workspace folder.
    #[arg(long, default_value = "claims")]
    pub workspace: PathBuf,
    /// Replace the story's article with ARTICLE first (a corrected or updated version): claims are anchored again
    /// and those whose words changed are listed. Without it, a different article is refused.
    #[arg(long)]
    pub replace_article: bool,
    /// Title of a story this creates (default: the article's first line, cut at a word near 120 characters).
    /// An existing story keeps its title.
    #[arg(long)]
    pub title: Option<String>,
    /// Propose every sentence scoring at least this (0..1), instead of the news decision rule (a score floor and
    /// a share of the article's sentences, calibrated on labelled news; `factdesk bench-news` measures it).
    #[arg(long)]
    pub threshold: Option<f64>,
    /// For `--format json`: the article's language tag (`de` reads `1.234,5` as 1234.5); by default, what the
    /// article shows. A story's own `story.language` is used when writing candidates.
    #[arg(long, default_value = "")]
    pub language: String,
    /// `json` previews every sentence (text, span, score, kind, claimant, numbers) and writes nothing.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn read_article(path: &Path) -> Result<String, String> {
    // The user names this file on the command line: links are followed, but only a regular file is read.
    let bytes = store::read_user_file(path, store::MAX_ARTICLE_BYTES).map_err(|d| d.to_string())?;
    store::decode_utf8(path, bytes, "the article").map_err(|d| d.to_string())
}

/// Runs `factdesk extract`.
pub fn extract(a: ExtractArgs) -> ExitCode {
    let decision = match a.threshold {
        Some(t) if !(0.0..=1.0).contains(&t) => {
            return fail(&format!("--threshold {t} is out of range; use a score from 0 to 1"));
        }
        Some(t) => Decision::Threshold(t),
        None => Decision::default(),
    };
    let article = match read_article(&a.article) {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    let model = Model::embedded();
    if a.format == Format::Json {
        let items = analyse_in(&article, model, decision, &a.language);
        println!("{}", crate::sanitize::json(&serde_json::to_string_pretty(&items).unwrap_or_default()));
        return ExitCode::SUCCESS;
    }
    let Some(slug) = a.story else {
        return fail("which story? pass `--story SLUG` to write candidates, or `--format json` to preview");
    };
    match extract_into(&a.workspace, &slug, &a.article, &article, a.title.as_deref(), decision, a.replace_article) {
        Ok(msg) => {
            print!("{}", sanitize::sanitize(&msg, true));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}
