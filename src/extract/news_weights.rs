//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 192 dev articles (2017 claim-able sentences); leave-one-article-out CV: precision 0.777, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.7471383791564536,
    weights: [
        // model score (log-odds)
        0.2523831351013402,
        // held: looks forward
        -1.3210858573003124,
        // held: a possibility
        -1.6513653527490286,
        // held: says what was talked about
        -1.9681514059962566,
        // held: introduces what follows
        -3.29540366554024,
        // held: reports a question
        -1.1071475253349032,
        // held: only says a statement was made
        -0.2524188783430543,
        // held: a quote with no quantity
        -0.6508600945042058,
        // held: states a view
        -0.7183809297718775,
        // held: introduces a speaker
        -3.411138459003227,
        // held: too short to say much
        -1.423215095926214,
        // held: words of feeling
        -1.96458882540152,
        // an act of the justice system
        0.9330600459744419,
        // quantities found
        1.083884407063411,
        // money or a percentage
        0.1709956453426559,
        // an approximate quantity
        -0.09299820511935279,
        // only a year
        1.001483380984916,
        // a claimant named
        -0.47870005365806134,
        // kind: quote
        -0.5630460815557076,
        // kind: prediction
        -0.768512931420075,
        // kind: opinion
        0.11383931301661028,
        // kind: attribution
        0.024002550357028613,
        // inside a quotation
        -0.03347463291228009,
        // a list item
        -0.18520280677497805,
        // words (log)
        0.19078273030250367,
        // fewer than 4 words
        0.4125482139430985,
        // position in the article
        -0.4819041260883453,
        // the first sentence
        -0.024008432810362353,
        // model score (probability)
        1.3958406074385394,
        // model log-odds when held back
        -0.09609729592637237,
        // held: gives advice or urges
        -1.2508260888985012,
        // held: says what was not said
        -1.2368674169773468,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.31;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 30.0;
