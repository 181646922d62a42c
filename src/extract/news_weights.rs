//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 76 dev articles (729 claim-able sentences); leave-one-article-out CV: precision 0.776, recall 0.906.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.8128394497992557,
    weights: [
        // model score (log-odds)
        0.19742966139821255,
        // held: looks forward
        -0.9189778833354808,
        // held: a possibility
        -0.7698404135016806,
        // held: says what was talked about
        -1.6848789511551219,
        // held: introduces what follows
        -1.3884201802420177,
        // held: reports a question
        -1.3182185047064794,
        // held: only says a statement was made
        -0.9390323012407601,
        // held: a quote with no quantity
        -0.5194711691912762,
        // held: states a view
        -0.6044833404855393,
        // held: introduces a speaker
        -1.5847244846619981,
        // held: too short to say much
        -0.6352735727976991,
        // held: words of feeling
        -1.3033408886166342,
        // an act of the justice system
        0.6195449005478094,
        // quantities found
        0.6199075459507857,
        // money or a percentage
        0.1355410508043505,
        // an approximate quantity
        0.3780182499781456,
        // only a year
        0.6026854591351034,
        // a claimant named
        -0.22635227394654925,
        // kind: quote
        -0.3055698252098616,
        // kind: prediction
        -0.6449504137394785,
        // kind: opinion
        -0.6805713958374052,
        // kind: attribution
        0.018839087246771347,
        // inside a quotation
        -0.20961321034857505,
        // a list item
        0.45217837182355275,
        // words (log)
        0.21447415649394047,
        // fewer than 4 words
        -0.8260825697102764,
        // position in the article
        -0.5404388162310854,
        // the first sentence
        0.06111758164968839,
        // model score (probability)
        1.340357653878123,
        // model log-odds when held back
        -0.13598072675712214,
        // held: gives advice or urges
        0.0,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.46;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
