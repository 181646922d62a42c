//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 134 dev articles (1380 claim-able sentences); leave-one-article-out CV: precision 0.744, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.900344261052633,
    weights: [
        // model score (log-odds)
        0.3323288049992242,
        // held: looks forward
        -1.5596373412614757,
        // held: a possibility
        -1.203576729973743,
        // held: says what was talked about
        -2.3671982955895228,
        // held: introduces what follows
        -3.2458324406935906,
        // held: reports a question
        -1.0845477688588556,
        // held: only says a statement was made
        -1.8078029154423134,
        // held: a quote with no quantity
        -0.6792644425223578,
        // held: states a view
        0.16845529967794984,
        // held: introduces a speaker
        -3.8377025771124518,
        // held: too short to say much
        -1.0939749940153127,
        // held: words of feeling
        -2.2823151257662864,
        // an act of the justice system
        1.370428059326584,
        // quantities found
        1.0336613528032785,
        // money or a percentage
        -0.10064926233313609,
        // an approximate quantity
        -0.3792801837453487,
        // only a year
        0.05961838683753778,
        // a claimant named
        -0.4418389835017158,
        // kind: quote
        -0.37940886445820426,
        // kind: prediction
        -0.5384931928300761,
        // kind: opinion
        -0.5725955302934513,
        // kind: attribution
        0.165916982276377,
        // inside a quotation
        0.1641775584194678,
        // a list item
        2.7409348714382724,
        // words (log)
        0.28906924033015813,
        // fewer than 4 words
        -2.167920643495267,
        // position in the article
        -0.7057203188239932,
        // the first sentence
        -0.04040706349627677,
        // model score (probability)
        1.1282781479604165,
        // model log-odds when held back
        -0.12529445716624996,
        // held: gives advice or urges
        -1.2198663457639702,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.35;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
