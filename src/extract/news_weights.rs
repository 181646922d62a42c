//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 332 dev articles (3401 claim-able sentences); leave-one-article-out CV: precision 0.760, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: 0.03969905734679326,
    weights: [
        // model score (log-odds)
        0.5780860228925089,
        // held: looks forward
        -0.9861809050528078,
        // held: a possibility
        -1.0111819133855162,
        // held: says what was talked about
        -1.5468886153277046,
        // held: introduces what follows
        -9.770938690633985,
        // held: reports a question
        -0.8539936467352761,
        // held: only says a statement was made
        -0.34524206134436797,
        // held: a quote with no quantity
        -0.27115724957799725,
        // held: states a view
        -1.1724305628503713,
        // held: introduces a speaker
        -9.804717160467964,
        // held: too short to say much
        -1.4602623364959728,
        // held: words of feeling
        -1.9046017666780408,
        // an act of the justice system
        1.3297148475670515,
        // quantities found
        1.396144090588136,
        // money or a percentage
        -0.275933648784431,
        // an approximate quantity
        0.12296051643944135,
        // only a year
        0.4444092534535393,
        // a claimant named
        -0.6760066435193989,
        // kind: quote
        -0.7837201250246417,
        // kind: prediction
        -0.5114329460206753,
        // kind: opinion
        0.560397338556099,
        // kind: attribution
        -0.01669352089586171,
        // inside a quotation
        0.40865911814089384,
        // a list item
        0.2462064920922915,
        // words (log)
        0.09287952276194195,
        // fewer than 4 words
        0.7117555289817945,
        // position in the article
        -0.6923368692406399,
        // the first sentence
        -0.18617750384610876,
        // model score (probability)
        0.3846100232606819,
        // model log-odds when held back
        -0.11798538155705664,
        // held: gives advice or urges
        -1.238030065929822,
        // held: says what was not said
        -0.7139390679496579,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.17;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
