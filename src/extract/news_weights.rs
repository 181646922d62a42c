//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 332 dev articles (3428 claim-able sentences); leave-one-article-out CV: precision 0.757, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.12429640092010272,
    weights: [
        // model score (log-odds)
        0.5641384796434594,
        // held: looks forward
        -0.9736974551522323,
        // held: a possibility
        -1.013462103284855,
        // held: says what was talked about
        -1.5267637837201113,
        // held: introduces what follows
        -9.675388959874983,
        // held: reports a question
        -0.835154264547181,
        // held: only says a statement was made
        -0.3135360209253698,
        // held: a quote with no quantity
        -0.25017489319873065,
        // held: states a view
        -1.133308756340882,
        // held: introduces a speaker
        -9.77076420870623,
        // held: too short to say much
        -1.5538723526252396,
        // held: words of feeling
        -1.876828865892518,
        // an act of the justice system
        1.3565476555814406,
        // quantities found
        1.4019137081932511,
        // money or a percentage
        -0.2812934761100749,
        // an approximate quantity
        0.11798612365826354,
        // only a year
        0.3562702303887226,
        // a claimant named
        -0.7186894583715561,
        // kind: quote
        -0.7308042003726285,
        // kind: prediction
        -0.461690252367983,
        // kind: opinion
        0.6010841732738285,
        // kind: attribution
        0.04114847446333941,
        // inside a quotation
        0.42653941052100935,
        // a list item
        0.21809288453531547,
        // words (log)
        0.1174099256068749,
        // fewer than 4 words
        0.7671970453161847,
        // position in the article
        -0.7100734478051385,
        // the first sentence
        -0.2434771804073523,
        // model score (probability)
        0.5072096634664173,
        // model log-odds when held back
        -0.12166315858616972,
        // held: gives advice or urges
        -1.20823937831931,
        // held: says what was not said
        -0.6787973054437225,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.18;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
