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
    pub data: PathBuf,
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
    let params = match a.params.as_deref().map(parse_params).transpose() {
        Ok(p) => p.unwrap_or_default(),
        Err(e) => return fail(&e),
    };
    let verified = match bench::read_verified(&a.data) {
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
        let s = match bench::read_split(&a.data, split) {
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
