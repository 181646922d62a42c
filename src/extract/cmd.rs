//! The `extract`, `score`, `train` and `bench-checkworthy` commands: arguments and what they print.

use super::bench::{self, Recipe};
use super::features::{CONTEXT, Context, ContextMode, Extractor};
use super::model::{Model, TrainConfig};
use super::{DEFAULT_THRESHOLD, analyse, apply};
use crate::cli::Format;
use crate::model::is_slug;
use crate::sanitize;
use crate::store;
use crate::words::plural;
use clap::Args;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where `factdesk train` writes the weights by default: the file compiled into the binary.
pub const WEIGHTS_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract/weights.bin");

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
    /// Lowest score (0..1) that makes a sentence a candidate.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    pub threshold: f64,
    /// `json` previews every sentence (text, span, score, kind, claimant, numbers) and writes nothing.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `factdesk score`: one sentence per line on stdin, one score per line on stdout.
#[derive(Debug, Args)]
pub struct ScoreArgs {}

/// `factdesk train`: retrain the check-worthiness model from the training files, reproducibly.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Folder with claimbuster-train.json and clef2019-train.csv (test files are never read).
    #[arg(long)]
    pub data: PathBuf,
    /// Where to write the weights (default: the file compiled into factdesk; rebuild afterwards).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Only report 4-fold cross-validation scores on the training files (for tuning); write nothing.
    #[arg(long)]
    pub holdout: bool,
    /// Passes over the data.
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    pub epochs: usize,
    /// AdaGrad learning rate.
    #[arg(long, default_value_t = TrainConfig::default().lr)]
    pub lr: f32,
    /// Training runs (different shuffles) averaged into the final weights.
    #[arg(long, default_value_t = TrainConfig::default().runs)]
    pub runs: usize,
    /// Pairwise ranking updates per CLEF positive per epoch (against negatives of the same debate).
    #[arg(long, default_value_t = TrainConfig::default().rank_pairs)]
    pub rank_pairs: usize,
    /// Loss weight of a pairwise ranking update.
    #[arg(long, default_value_t = TrainConfig::default().rank_weight)]
    pub rank_weight: f32,
    /// L2 penalty.
    #[arg(long, default_value_t = TrainConfig::default().l2)]
    pub l2: f32,
    /// Loss weight of ClaimBuster positives.
    #[arg(long, default_value_t = Recipe::default().cb_pos_weight)]
    pub cb_pos_weight: f32,
    /// Loss weight of CLEF sentences.
    #[arg(long, default_value_t = Recipe::default().clef_weight)]
    pub clef_weight: f32,
    /// Extra loss weight of CLEF positives.
    #[arg(long, default_value_t = Recipe::default().clef_pos_weight)]
    pub clef_pos_weight: f32,
    /// Neighbouring-sentence features (default: what the shipped model uses, see `features::CONTEXT`).
    #[arg(long, value_enum)]
    pub context: Option<ContextMode>,
    /// Weight of a second model trained on CLEF alone, added to the joint model.
    #[arg(long, default_value_t = Recipe::default().blend_clef)]
    pub blend_clef: f32,
    /// Value multiplier of the neighbouring-sentence features.
    #[arg(long, default_value_t = CONTEXT.scale)]
    pub context_scale: f32,
}

/// `factdesk bench-checkworthy`: CLEF-2019 test MAP, ClaimBuster test F1, and scoring throughput.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Folder with clef2019-test.csv and claimbuster-test.json.
    #[arg(long)]
    pub data: PathBuf,
    /// Weights file to measure instead of the built-in model.
    #[arg(long)]
    pub weights: Option<PathBuf>,
    /// Score threshold for the ClaimBuster F1.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    pub threshold: f64,
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("factdesk: {}", sanitize::line(msg));
    ExitCode::FAILURE
}

fn read_article(path: &Path) -> Result<String, String> {
    // The user names this file on the command line: links are followed, but only a regular file is read.
    let bytes = store::read_user_file(path, store::MAX_ARTICLE_BYTES).map_err(|d| d.to_string())?;
    store::decode_utf8(path, bytes, "the article").map_err(|d| d.to_string())
}

/// Runs `factdesk extract`.
pub fn extract(a: ExtractArgs) -> ExitCode {
    if !(0.0..=1.0).contains(&a.threshold) {
        return fail(&format!("--threshold {} is out of range; use a score from 0 to 1", a.threshold));
    }
    let article = match read_article(&a.article) {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    let model = Model::embedded();
    if a.format == Format::Json {
        let items = analyse(&article, model, a.threshold);
        println!("{}", crate::sanitize::json(&serde_json::to_string_pretty(&items).unwrap_or_default()));
        return ExitCode::SUCCESS;
    }
    let Some(slug) = a.story else {
        return fail("which story? pass `--story SLUG` to write candidates, or `--format json` to preview");
    };
    match extract_into(&a.workspace, &slug, &a.article, &article, a.title.as_deref(), a.threshold, a.replace_article) {
        Ok(msg) => {
            print!("{}", sanitize::sanitize(&msg, true));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// Creates the story if needed, adds candidates, saves. Returns a summary to print.
pub fn extract_into(
    root: &Path,
    slug: &str,
    article_path: &Path,
    article: &str,
    title: Option<&str>,
    threshold: f64,
    replace_article: bool,
) -> Result<String, String> {
    if !is_slug(slug) {
        return Err(format!("`{slug}` is not a slug; use lowercase letters, digits and dashes"));
    }
    let mut created = false;
    if std::fs::symlink_metadata(root.join(slug).join(store::STORY_FILE)).is_err() {
        store::new_story(root, slug, article_path, title)?;
        created = true;
    }
    let mut ws = store::load_workspace(root).map_err(|d| d.to_string())?;
    let story_path = root.join(slug).join(store::STORY_FILE);
    let dir = root.join(slug);
    let errors: Vec<String> = ws.errors_in(&dir).map(|d| d.to_string()).collect();
    let Some(story) = ws.story_mut(slug) else {
        return Err(format!("{}: could not load the story: {}", story_path.display(), errors.join("; ")));
    };
    if !errors.is_empty() {
        // Candidates are matched to claims by their quotes and ids: adding them to a story with errors (a duplicate
        // id, an unknown verdict) would build on what the journalist has to fix first.
        return Err(format!("the story has errors; fix them first, then extract again: {}", errors.join("; ")));
    }
    let mut replaced = String::new();
    if story.article.trim_end() != article.trim_end() {
        if !replace_article {
            return Err(format!(
                "{}: differs from the story's article {}; extract from the story's own article, or pass \
                 --replace-article to make this the story's article (claims are anchored again)",
                article_path.display(),
                story.article_path().display()
            ));
        }
        // Only where the path policy allows: inside the story folder, a regular file (item: `article:
        // ../../victim.txt` once overwrote a file outside the workspace).
        let target = story
            .checked_article_path()
            .map_err(|e| format!("{}: story.article: {e}; the article was not replaced", story_path.display()))?;
        store::write_atomic(&target, article.as_bytes())
            .map_err(|e| format!("{}: cannot replace the article: {e}", target.display()))?;
        story.article = article.to_string();
        story.reanchor();
        let changed: Vec<&str> = story
            .file
            .claims
            .iter()
            .zip(&story.anchors)
            .filter(|(_, a)| {
                matches!(a.state, crate::anchor::AnchorState::Fuzzy | crate::anchor::AnchorState::Orphaned)
            })
            .map(|(c, _)| c.id.as_str())
            .collect();
        replaced = format!("replaced the article {}\n", story.article_path().display());
        if !changed.is_empty() {
            replaced += &format!(
                "  {} whose words changed or went (`factdesk check` says what each now reads): {}\n",
                plural(changed.len(), "claim", "claims"),
                changed.join(", ")
            );
        }
    }
    let text = story.article.clone();
    let sentences = analyse(&text, Model::embedded(), threshold);
    let report = apply(&mut story.file, &text, &sentences);
    if !report.added.is_empty() || created {
        store::save_story(story).map_err(|e| e.to_string())?;
        story.reanchor();
    }
    let mut msg = replaced;
    msg += &format!(
        "{} {}: {} ({} already {}, {} rejected before)\n",
        if created { "created" } else { "updated" },
        story_path.display(),
        plural(report.added.len(), "new candidate", "new candidates"),
        report.existing,
        if report.existing == 1 { "a claim" } else { "claims" },
        report.rejected
    );
    for id in &report.added {
        if let Some(c) = story.file.claims.iter().find(|c| &c.id == id) {
            let t: String = c.text.chars().take(80).collect();
            msg.push_str(&format!("  {:.2}  {:<11} {}\n", c.score.unwrap_or(0.0), c.kind.as_str(), sanitize::line(&t)));
        }
    }
    Ok(msg)
}

fn push_score(out: &mut Vec<u8>, s: f64) {
    // Four decimals, written by hand: this is the hot loop of `score`.
    let v = (s * 10_000.0).round().clamp(0.0, 10_000.0) as u32;
    out.push(b'0' + (v / 10_000) as u8);
    out.push(b'.');
    let f = v % 10_000;
    out.extend_from_slice(&[
        b'0' + (f / 1000) as u8,
        b'0' + (f / 100 % 10) as u8,
        b'0' + (f / 10 % 10) as u8,
        b'0' + (f % 10) as u8,
        b'\n',
    ]);
}

/// Scores each line of `input`, writing one score per line to `out`. Returns the number of lines.
/// Output is flushed whenever the input has no more buffered lines, so it works interactively in a pipe.
pub fn score_lines(model: &Model, mut input: impl BufRead, out: &mut impl Write) -> io::Result<Scored> {
    let mut x = Extractor::new();
    let mut line = Vec::new();
    let mut buf = Vec::with_capacity(1 << 16);
    let mut n = 0;
    let mut not_utf8 = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            line.pop();
        }
        n += 1;
        let s = match std::str::from_utf8(&line) {
            // A blank line has nothing to check.
            Ok(t) if t.trim().is_empty() => 0.0,
            Ok(t) => model.score(&mut x, t),
            Err(_) => {
                not_utf8.push(n);
                model.score(&mut x, &String::from_utf8_lossy(&line))
            }
        };
        push_score(&mut buf, s);
        if buf.len() > 60_000 || input.fill_buf()?.is_empty() {
            out.write_all(&buf)?;
            out.flush()?;
            buf.clear();
        }
    }
    out.write_all(&buf)?;
    out.flush()?;
    Ok(Scored { lines: n, not_utf8 })
}

/// What `score_lines` read.
#[derive(Debug, Default)]
pub struct Scored {
    pub lines: usize,
    /// 1-based numbers of the lines that were not UTF-8 (scored with their bad bytes replaced by U+FFFD).
    pub not_utf8: Vec<usize>,
}

/// Runs `factdesk score`.
pub fn score(_: ScoreArgs) -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match score_lines(Model::embedded(), stdin.lock(), &mut out) {
        Ok(scored) => {
            if let Some(first) = scored.not_utf8.first() {
                let shown: Vec<String> = scored.not_utf8.iter().take(10).map(usize::to_string).collect();
                let more = if scored.not_utf8.len() > 10 { ", …" } else { "" };
                eprintln!(
                    "warning: stdin:{first}: {} not UTF-8 (line {}{more}); scored with the bad bytes replaced by \
                     U+FFFD; re-save the text as UTF-8",
                    plural(scored.not_utf8.len(), "line is", "lines are"),
                    shown.join(", ")
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("score: {e}")),
    }
}

fn recipe(a: &TrainArgs) -> Recipe {
    Recipe {
        train: TrainConfig {
            epochs: a.epochs,
            lr: a.lr,
            l2: a.l2,
            runs: a.runs,
            rank_pairs: a.rank_pairs,
            rank_weight: a.rank_weight,
            ..TrainConfig::default()
        },
        cb_pos_weight: a.cb_pos_weight,
        clef_weight: a.clef_weight,
        clef_pos_weight: a.clef_pos_weight,
        context: Context { mode: a.context.unwrap_or(CONTEXT.mode), scale: a.context_scale },
        blend_clef: a.blend_clef,
    }
}

/// Runs `factdesk train`.
pub fn train(a: TrainArgs) -> ExitCode {
    let (cb, clef) = match bench::load_training(&a.data) {
        Ok(x) => x,
        Err(e) => return fail(&format!("{e}; pass the folder holding the training files with --data")),
    };
    let r = recipe(&a);
    if a.holdout {
        let h = bench::cross_validate(&cb, &clef, &r);
        println!(
            "4-fold CV on training files: CLEF MAP {:.4}  ClaimBuster F1 {:.4} (balanced subset {:.4}, best threshold {:.4}; \
             pooled best threshold {:.2})  ({r:?})",
            h.clef_map, h.cb_f1, h.cb_f1_balanced, h.cb_f1_best, h.threshold
        );
        return ExitCode::SUCCESS;
    }
    // The decision threshold comes from cross-validation on the training files only.
    let cv = bench::cross_validate(&cb, &clef, &r);
    let model = bench::train_full(&cb, &clef, &r, cv.threshold);
    let bytes = model.to_bytes();
    let out = a.out.unwrap_or_else(|| PathBuf::from(WEIGHTS_PATH));
    if let Err(e) = store::write_atomic(&out, &bytes) {
        return fail(&format!("{}: cannot write the weights: {e}", out.display()));
    }
    println!(
        "trained on {} ClaimBuster + {} CLEF training sentences (cross-validated threshold {:.2} moved to 0.5); \
         wrote {} ({} bytes, sha256 {}); rebuild factdesk to ship it",
        cb.len(),
        clef.len(),
        cv.threshold,
        out.display(),
        bytes.len(),
        &store::hash(&bytes)[..16]
    );
    ExitCode::SUCCESS
}

/// Runs `factdesk bench-checkworthy`.
pub fn bench_checkworthy(a: BenchArgs) -> ExitCode {
    let owned;
    let model = match &a.weights {
        Some(p) => match std::fs::read(p).map_err(|e| e.to_string()).and_then(|b| Model::from_bytes(&b)) {
            Ok(m) => {
                owned = m;
                &owned
            }
            Err(e) => return fail(&format!("{}: {e}", p.display())),
        },
        None => Model::embedded(),
    };
    let r = match bench::bench(&a.data, model, a.threshold) {
        Ok(r) => r,
        Err(e) => return fail(&format!("{e}; pass the folder holding the test files with --data")),
    };
    println!("CLEF-2019 test MAP (per file, then mean): {:.4}   (goal 0.17; best 2019 primary 0.166)", r.clef_map);
    for (f, ap) in &r.clef_per_file {
        println!("  {:<32} AP {ap:.4}", sanitize::line(f));
    }
    println!(
        "ClaimBuster test, positive class at threshold {}: P {:.4}  R {:.4}  F1 {:.4}   (goal 0.85)",
        a.threshold, r.cb_precision, r.cb_recall, r.cb_f1
    );
    let runs: Vec<String> = r.throughput_runs.iter().map(|t| format!("{t:.0}")).collect();
    println!(
        "score throughput, one core: median {:.0} sentences/s over 5 runs [{}] of {} sentences   (goal 100000)",
        r.throughput,
        runs.join(", "),
        r.sentences_timed
    );
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_print_with_four_decimals() {
        let mut v = Vec::new();
        for s in [0.0, 0.12345, 0.5, 1.0] {
            push_score(&mut v, s);
        }
        assert_eq!(String::from_utf8(v).unwrap(), "0.0000\n0.1235\n0.5000\n1.0000\n");
    }

    #[test]
    fn score_lines_gives_one_score_per_line() {
        let mut out = Vec::new();
        let scored =
            score_lines(Model::embedded(), &b"First line.\r\nSecond line.\n  \nlast \xff\xfe"[..], &mut out).unwrap();
        assert_eq!(scored.lines, 4);
        assert_eq!(scored.not_utf8, [4]);
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out.lines().count(), 4);
        assert_eq!(out.lines().nth(2), Some("0.0000"), "a blank line has nothing to check");
    }
}
