//! `factdesk bench-checkworthy` (dev): CLEF-2019 MAP, ClaimBuster F1 and scoring throughput of a model.

use crate::cli::output::fail;
use crate::extract::DEFAULT_THRESHOLD;
use crate::extract::bench;
use crate::extract::model::Model;
use crate::sanitize;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

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
