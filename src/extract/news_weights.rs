//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::{Logistic, N};

/// Not trained yet.
pub const SHIPPED: Logistic = Logistic { bias: 0.0, weights: [0.0; N] };
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.5;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 1.0;
