//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 61 dev articles (576 claim-able sentences); leave-one-article-out CV: precision 0.735, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.07459675749452006,
    weights: [
        // model score (log-odds)
        0.884339609806606,
        // held: looks forward
        -1.9118588798771914,
        // held: a possibility
        -0.9546316228919425,
        // held: says what was talked about
        -8.10951751989828,
        // held: introduces what follows
        -7.214266303631056,
        // held: reports a question
        -7.530159895553771,
        // held: only says a statement was made
        -8.198197912789839,
        // held: a quote with no quantity
        -1.2955806352085755,
        // held: states a view
        3.0009628544977534,
        // held: introduces a speaker
        -7.692972388174593,
        // held: too short to say much
        -0.45342933186584944,
        // held: words of feeling
        -2.1807787606788716,
        // an act of the justice system
        1.0430667484403298,
        // quantities found
        0.9034318058040496,
        // money or a percentage
        -0.7824848143715456,
        // an approximate quantity
        1.2231785208792227,
        // only a year
        0.9968705189971098,
        // a claimant named
        -0.47243525956698784,
        // kind: quote
        0.7349095336310772,
        // kind: prediction
        -0.447738067860996,
        // kind: opinion
        -4.269197901521694,
        // kind: attribution
        0.3566994666664182,
        // inside a quotation
        -1.758602531967374,
        // a list item
        -2.6982207281604804,
        // words (log)
        0.30077618250578,
        // fewer than 4 words
        -6.301057424002626,
        // position in the article
        -1.059121716049108,
        // the first sentence
        -0.11135761727151529,
        // model score (probability)
        -0.6702746192232532,
        // model log-odds when held back
        -0.4290001958724525,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.32;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
