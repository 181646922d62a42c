//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 104 dev articles (1028 claim-able sentences); leave-one-article-out CV: precision 0.726, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: 0.2279765267655032,
    weights: [
        // model score (log-odds)
        0.828784576076808,
        // held: looks forward
        -1.378547003077776,
        // held: a possibility
        -1.0849119140138999,
        // held: says what was talked about
        -2.429292395317665,
        // held: introduces what follows
        -7.780146786152529,
        // held: reports a question
        -7.848143847709545,
        // held: only says a statement was made
        -1.7181046281147532,
        // held: a quote with no quantity
        -0.6276239706568923,
        // held: states a view
        3.772795265048112,
        // held: introduces a speaker
        -8.510815350153909,
        // held: too short to say much
        -0.43825422049342233,
        // held: words of feeling
        -2.268571180155359,
        // an act of the justice system
        1.0079741725934843,
        // quantities found
        0.9883137791877875,
        // money or a percentage
        -0.21785846081864202,
        // an approximate quantity
        0.10734331993605717,
        // only a year
        0.24277128063665604,
        // a claimant named
        -0.6744050454165681,
        // kind: quote
        -0.13729049413170408,
        // kind: prediction
        -0.8743555323188968,
        // kind: opinion
        -4.152551019617048,
        // kind: attribution
        0.25586607389029553,
        // inside a quotation
        0.31692844943271925,
        // a list item
        2.8645263798778964,
        // words (log)
        0.3633321201214254,
        // fewer than 4 words
        -9.191965749820199,
        // position in the article
        -0.9396388953758404,
        // the first sentence
        -0.24074194820537706,
        // model score (probability)
        -1.1596844006314047,
        // model log-odds when held back
        -0.23961458343686728,
        // held: gives advice or urges
        -0.9525089347849656,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.3;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
