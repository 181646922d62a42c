//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 76 dev articles (725 claim-able sentences); leave-one-article-out CV: precision 0.784, recall 0.906.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.6287162409368651,
    weights: [
        // model score (log-odds)
        0.19289900943292831,
        // held: looks forward
        -0.9387949398393243,
        // held: a possibility
        -0.7971056459366611,
        // held: says what was talked about
        -1.736092632516843,
        // held: introduces what follows
        -1.427288476432933,
        // held: reports a question
        -1.3289382395421183,
        // held: only says a statement was made
        -0.9953547957650831,
        // held: a quote with no quantity
        -0.5687793728037169,
        // held: states a view
        -0.6192324364269436,
        // held: introduces a speaker
        -1.6231987270468806,
        // held: too short to say much
        -0.6893957223607764,
        // held: words of feeling
        -1.3306622878795649,
        // an act of the justice system
        0.5874448138663275,
        // quantities found
        0.6034721448606362,
        // money or a percentage
        0.13165260207708918,
        // an approximate quantity
        0.36509083949168863,
        // only a year
        0.5899792173596666,
        // a claimant named
        -0.233139777762833,
        // kind: quote
        -0.3046910457212813,
        // kind: prediction
        -0.6609844564984544,
        // kind: opinion
        -0.6944999012327238,
        // kind: attribution
        0.01105046570059603,
        // inside a quotation
        -0.21800749137941694,
        // a list item
        0.461026463591575,
        // words (log)
        0.1868070791867832,
        // fewer than 4 words
        -0.8449070129961985,
        // position in the article
        -0.5768607242154546,
        // the first sentence
        0.12571487304563075,
        // model score (probability)
        1.284270984825961,
        // model log-odds when held back
        -0.11511330931682912,
        // held: gives advice or urges
        -0.5872400973508336,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.47;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
