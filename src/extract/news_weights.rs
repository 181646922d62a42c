//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 192 dev articles (2017 claim-able sentences); leave-one-article-out CV: precision 0.785, recall 0.907.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.7605616377296995,
    weights: [
        // model score (log-odds)
        0.21119170913933183,
        // held: looks forward
        -1.085213588379757,
        // held: a possibility
        -1.331125996029957,
        // held: says what was talked about
        -1.605922657003911,
        // held: introduces what follows
        -2.2661256661375893,
        // held: reports a question
        -0.8780781997938644,
        // held: only says a statement was made
        -0.19655047237248427,
        // held: a quote with no quantity
        -0.5987705599500931,
        // held: states a view
        -0.3586110324329453,
        // held: introduces a speaker
        -2.4342044876795326,
        // held: too short to say much
        -1.1466271982019978,
        // held: words of feeling
        -1.624499733804531,
        // an act of the justice system
        0.7579755075428304,
        // quantities found
        0.8723144310378496,
        // money or a percentage
        0.28169908610357886,
        // an approximate quantity
        0.06557051164948931,
        // only a year
        0.8205702711185501,
        // a claimant named
        -0.3839271495249071,
        // kind: quote
        -0.5442250021877514,
        // kind: prediction
        -0.7401638468308187,
        // kind: opinion
        -0.23993052935834758,
        // kind: attribution
        -0.024231551565417245,
        // inside a quotation
        -0.10045779398876176,
        // a list item
        -0.015305942633420696,
        // words (log)
        0.17743237948642246,
        // fewer than 4 words
        0.1570329951451462,
        // position in the article
        -0.4009777962756302,
        // the first sentence
        0.06058796672609709,
        // model score (probability)
        1.3744656250912708,
        // model log-odds when held back
        -0.08339123127137706,
        // held: gives advice or urges
        -1.0652033003457377,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.44;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
