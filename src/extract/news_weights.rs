//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 192 dev articles (2000 claim-able sentences); leave-one-article-out CV: precision 0.791, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.6599276832075542,
    weights: [
        // model score (log-odds)
        0.2156936161064541,
        // held: looks forward
        -1.080104641001961,
        // held: a possibility
        -1.3341634084423826,
        // held: says what was talked about
        -1.618244232933575,
        // held: introduces what follows
        -2.3989819933489005,
        // held: reports a question
        -0.8789939032479787,
        // held: only says a statement was made
        -0.22393905960287877,
        // held: a quote with no quantity
        -0.5995723194292714,
        // held: states a view
        -0.36525507612308844,
        // held: introduces a speaker
        -2.441147325741271,
        // held: too short to say much
        -1.1103303801969968,
        // held: words of feeling
        -1.6412403211524027,
        // an act of the justice system
        0.8313424697214264,
        // quantities found
        0.8968710452945794,
        // money or a percentage
        0.24793328134965703,
        // an approximate quantity
        0.025745332449972923,
        // only a year
        0.8012147784806204,
        // a claimant named
        -0.38385466560538045,
        // kind: quote
        -0.5521006240955408,
        // kind: prediction
        -0.7504429436603164,
        // kind: opinion
        -0.2465601814725356,
        // kind: attribution
        -0.04018472265160114,
        // inside a quotation
        -0.10956409693206486,
        // a list item
        -0.042077786314976474,
        // words (log)
        0.1545454017244349,
        // fewer than 4 words
        0.29293254989483,
        // position in the article
        -0.444932550116333,
        // the first sentence
        0.154548719540605,
        // model score (probability)
        1.3860517481280696,
        // model log-odds when held back
        -0.08821581063690673,
        // held: gives advice or urges
        -1.0765692643769509,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.45;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
