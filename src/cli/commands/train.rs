//! `factdesk train` (dev): retrain the check-worthiness model from the training files and write its weights.

use crate::cli::output::fail;
use crate::extract::bench::{self, Recipe};
use crate::extract::features::{CONTEXT, Context, ContextMode};
use crate::extract::model::TrainConfig;
use crate::store;
use clap::{Args, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where `factdesk train` writes the weights by default, relative to the current folder: from the repository root,
/// the file compiled into the binary. Relative, so that no build machine's path is baked into factdesk.
pub const DEFAULT_OUT: &str = "src/extract/weights.bin";

/// `features::ContextMode` as `--context` spells it: the domain type stays free of clap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContextArg {
    Off,
    Cues,
    Full,
    /// No neighbour features in training; at scoring time the neighbours' margins (less the
    /// bias), times `scale`, are added to the sentence's own margin.
    Smooth,
}

impl From<ContextArg> for ContextMode {
    fn from(c: ContextArg) -> ContextMode {
        match c {
            ContextArg::Off => ContextMode::Off,
            ContextArg::Cues => ContextMode::Cues,
            ContextArg::Full => ContextMode::Full,
            ContextArg::Smooth => ContextMode::Smooth,
        }
    }
}

/// `factdesk train`: retrain the check-worthiness model from the training files, reproducibly.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Folder with claimbuster-train.json and clef2019-train.csv (test files are never read).
    #[arg(long)]
    pub data: PathBuf,
    /// Where to write the weights (default: the file compiled into factdesk, when run from the repository root;
    /// rebuild afterwards).
    #[arg(long, default_value = DEFAULT_OUT)]
    pub out: PathBuf,
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
    pub context: Option<ContextArg>,
    /// Weight of a second model trained on CLEF alone, added to the joint model.
    #[arg(long, default_value_t = Recipe::default().blend_clef)]
    pub blend_clef: f32,
    /// Value multiplier of the neighbouring-sentence features.
    #[arg(long, default_value_t = CONTEXT.scale)]
    pub context_scale: f32,
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
        context: Context { mode: a.context.map_or(CONTEXT.mode, ContextMode::from), scale: a.context_scale },
        blend_clef: a.blend_clef,
    }
}

/// Runs `factdesk train`.
pub fn train(a: TrainArgs) -> ExitCode {
    // Said before the minutes of training, not after.
    if !a.holdout
        && let Err(e) = out_folder_exists(&a.out)
    {
        return fail(&e);
    }
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
    let out = a.out;
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

/// `Err` with what to do when the weights' folder is missing (a relative default read from the wrong folder).
fn out_folder_exists(out: &Path) -> Result<(), String> {
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if folder.is_dir() {
        Ok(())
    } else {
        Err(format!(
            "{}: the folder {} does not exist; run from the repository root or pass --out",
            out.display(),
            folder.display()
        ))
    }
}
