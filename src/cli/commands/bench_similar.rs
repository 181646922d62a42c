//! `factdesk bench-similar` (dev): "checked before?" measured on CLEF-2020 CheckThat! Task 2 (MAP@1, MAP@5,
//! recall@10 of a split), the shipped index against the one before issue 18.

use crate::cli::output::fail;
use crate::similar::Params;
use crate::similar::baseline::TfIdfIndex;
use crate::similar::bench;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// `factdesk bench-similar DATA [--split dev]`: tune on `train` and `dev`; score `test` once per shipped model.
#[derive(Debug, Args)]
pub struct BenchSimilarArgs {
    /// The Task 2 folder: verified_claims.docs.tsv, and train/, dev/, test/ with tweets.queries.tsv and
    /// tweet-vclaim-pairs.qrels.
    pub data: Option<PathBuf>,
    /// Splits to score, comma-separated (train, dev, test).
    #[arg(long, default_value = "train,dev")]
    pub split: String,
    /// Which index to score: `new` (shipped), `old` (before issue 18: TF-IDF cosine over the claim text, 0.35
    /// cut-off) or `both`.
    #[arg(long, default_value = "new")]
    pub model: String,
    /// Override the shipped settings, e.g. `k1=1.2,b=0.75,bigram=0.5,title=1`.
    #[arg(long)]
    pub params: Option<String>,
    /// Instead of the Task 2 scores: the index at the scale of this workspace (build time, lookup time,
    /// memory), e.g. one written by `gen-workspace --stories 1000 --claims-per-story 100 --seed 7`.
    #[arg(long)]
    pub scale: Option<PathBuf>,
}

/// `--scale`: index build, 200 lookups (median and slowest) and the index's memory against the loaded workspace's.
fn scale(root: &std::path::Path) -> ExitCode {
    use super::bench_scale::{cpu_ms, peak_memory, resident};
    let t = std::time::Instant::now();
    let ws = match crate::cache::load_workspace_cached(root) {
        Ok(ws) => ws,
        Err(d) => return fail(&d.to_string()),
    };
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    let after_load = resident().unwrap_or(0);
    let peak_load = peak_memory().unwrap_or(0);
    let (t, c) = (std::time::Instant::now(), cpu_ms());
    let input = crate::tui::app::SimilarClaims::input(&ws);
    let claims = crate::tui::app::SimilarClaims::build(input);
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    let build_cpu = cpu_ms() - c;
    let after_index = resident().unwrap_or(0);
    let peak_index = peak_memory().unwrap_or(0);
    // What the UI does at a warm start when the cache holds the index built from these claims.
    let t = std::time::Instant::now();
    let from_cache = crate::tui::effects::similar_index(root, crate::tui::app::SimilarClaims::input(&ws));
    let cached_ms = t.elapsed().as_secs_f64() * 1e3;
    let reused = from_cache.index.len() == claims.index.len() && crate::cache::load_similar_table(root).is_some();
    drop(from_cache);
    let n: usize = ws.stories.iter().map(|s| s.file.claims.len()).sum();
    let mut rng = crate::generate::Rng::new(7);
    let mut times = Vec::new();
    let mut touched = Vec::new();
    for _ in 0..200 {
        let s = &ws.stories[rng.below(ws.stories.len())];
        if s.file.claims.is_empty() {
            continue;
        }
        let c = &s.file.claims[rng.below(s.file.claims.len())];
        let t = std::time::Instant::now();
        // What the UI's panel does for the selected claim.
        let found = claims.lookup(&crate::similar::Fields::of(c), &s.slug, &c.id, 5);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        touched.push(claims.index.similar_to_text(&c.text, 5).1.touched);
        std::hint::black_box(found);
    }
    times.sort_by(f64::total_cmp);
    touched.sort_unstable();
    println!("{n} claims in {} stories; load (cache) {load_ms:.0} ms", ws.stories.len());
    println!("index build (the UI's, off its thread): {build_ms:.0} ms wall, {build_cpu:.0} ms cpu");
    println!(
        "the UI's index at a warm start: {cached_ms:.0} ms ({})",
        if reused { "read from the cache's similar-claims table" } else { "no fresh table in the cache: built" }
    );
    println!(
        "UI panel lookup, 200 random claims: median {:.2} ms, slowest {:.2} ms (median {} claims touched)",
        times[times.len() / 2],
        times[times.len() - 1],
        touched[touched.len() / 2]
    );
    let mb = |b: u64| b as f64 / 1e6;
    println!(
        "memory: index arrays {:.1} MB; resident after load {:.0} MB, after index {:.0} MB; peak after load {:.0} MB, after index {:.0} MB (+{:.0}%)",
        mb(claims.index.heap_bytes() as u64),
        mb(after_load),
        mb(after_index),
        mb(peak_load),
        mb(peak_index),
        (peak_index as f64 / peak_load.max(1) as f64 - 1.0) * 100.0
    );
    ExitCode::SUCCESS
}

fn parse_params(spec: &str) -> Result<Params, String> {
    let mut p = Params::default();
    for kv in spec.split(',').filter(|s| !s.is_empty()) {
        let (k, v) = kv.split_once('=').ok_or_else(|| format!("`{kv}` is not name=value"))?;
        let v: f32 = v.parse().map_err(|_| format!("`{v}` is not a number (in `{kv}`)"))?;
        match k {
            "k1" => p.k1 = v,
            "b" => p.b = v,
            "bigram" => p.bigram = v,
            "text" => p.text = v,
            "quote" => p.quote = v,
            "claimant" => p.claimant = v,
            "summary" => p.summary = v,
            "title" => p.title = v,
            _ => {
                return Err(format!("unknown setting `{k}`; use k1, b, bigram, text, quote, claimant, summary, title"));
            }
        }
    }
    Ok(p)
}

/// Runs `factdesk bench-similar`.
pub fn run(a: BenchSimilarArgs) -> ExitCode {
    if let Some(root) = &a.scale {
        return scale(root);
    }
    let params = match a.params.as_deref().map(parse_params).transpose() {
        Ok(p) => p.unwrap_or_default(),
        Err(e) => return fail(&e),
    };
    let Some(data) = &a.data else {
        return fail("give the Task 2 data folder (bench-similar DATA), or --scale WORKSPACE");
    };
    let verified = match bench::read_verified(data) {
        Ok(v) => v,
        Err(e) => return fail(&e.to_string()),
    };
    let t = std::time::Instant::now();
    let index = bench::index(&verified, params);
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    println!("{} verified claims; index built in {build_ms:.0} ms; settings {params:?}", verified.len());
    if !["new", "old", "both"].contains(&a.model.as_str()) {
        return fail(&format!("--model `{}`: use new, old or both", a.model));
    }
    let new = a.model != "old";
    let base = (a.model != "new").then(|| {
        TfIdfIndex::from_texts(
            verified
                .iter()
                .enumerate()
                .map(|(i, v)| (crate::similar::DocRef { story: 0, claim: i as u32 }, v.claim.as_str())),
        )
    });
    for split in a.split.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let s = match bench::read_split(data, split) {
            Ok(s) => s,
            Err(e) => return fail(&e.to_string()),
        };
        if new {
            let t = std::time::Instant::now();
            let r = bench::run(&s, &verified, |q| index.similar_to_text(q, 10).0);
            let per_query = t.elapsed().as_secs_f64() * 1e3 / s.queries.len().max(1) as f64;
            println!(
                "{split:5} BM25  MAP@1 {:.4}  MAP@5 {:.4}  recall@10 {:.4}  ({} queries, {} with no result; {per_query:.2} ms a lookup)",
                r.map1, r.map5, r.recall10, r.queries, r.empty
            );
            let [w, rel, same] = r.labels;
            println!(
                "      first result labelled: same claim {}/{} right, related {}/{} right, weak {}/{} right",
                same.1, same.0, rel.1, rel.0, w.1, w.0
            );
        }
        if let Some(b) = &base {
            let r = bench::run(&s, &verified, |q| b.similar_to_text(q, 10).0);
            println!(
                "{split:5} old   MAP@1 {:.4}  MAP@5 {:.4}  recall@10 {:.4}  ({} queries, {} with no result)",
                r.map1, r.map5, r.recall10, r.queries, r.empty
            );
        }
    }
    ExitCode::SUCCESS
}
