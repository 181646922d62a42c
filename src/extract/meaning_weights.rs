//! The meaning re-ranker's weights, standardisation, threshold and cross-validated figures, written by `factdesk
//! train-news DIR --meaning-model MODEL` (dev split only; do not edit by hand). Placeholder: not fitted yet.

/// The size of the model file the weights were fitted with.
pub const MODEL_SIZE: u64 = 0;
/// The FNV-1a checksum of that file's header.
pub const MODEL_HEADER: u64 = 0;
pub const BIAS: f64 = 0.0;
pub static MEAN: [f64; 0] = [];
pub static SD: [f64; 0] = [];
pub static WEIGHTS: [f64; 0] = [];
pub const THRESHOLD: f64 = 0.5;
pub const L2: f64 = 1.0;
