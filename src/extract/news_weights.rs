//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 134 dev articles (1380 claim-able sentences); leave-one-article-out CV: precision 0.745, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.9042069369946727,
    weights: [
        // model score (log-odds)
        0.3332720178279153,
        // held: looks forward
        -1.5553063626275458,
        // held: a possibility
        -1.198500570140628,
        // held: says what was talked about
        -2.368315539281313,
        // held: introduces what follows
        -3.2451257009084578,
        // held: reports a question
        -1.0805339421361668,
        // held: only says a statement was made
        -1.8041258934898998,
        // held: a quote with no quantity
        -0.6736475387307219,
        // held: states a view
        0.17347196393747427,
        // held: introduces a speaker
        -3.838424249772275,
        // held: too short to say much
        -1.090794496130776,
        // held: words of feeling
        -2.2823063847559855,
        // an act of the justice system
        1.3714735792479849,
        // quantities found
        1.0383804766397804,
        // money or a percentage
        -0.1006654978632313,
        // an approximate quantity
        -0.37847466976852984,
        // only a year
        0.05811018552893503,
        // a claimant named
        -0.4613898441149935,
        // kind: quote
        -0.3680034588546695,
        // kind: prediction
        -0.5325435849991171,
        // kind: opinion
        -0.5644201992583278,
        // kind: attribution
        0.18087224538539873,
        // inside a quotation
        0.16648372381645252,
        // a list item
        2.738344293697859,
        // words (log)
        0.28985293266150164,
        // fewer than 4 words
        -2.169405453747035,
        // position in the article
        -0.7053803672339989,
        // the first sentence
        -0.04636538872691686,
        // model score (probability)
        1.131516652443193,
        // model log-odds when held back
        -0.1258473941805944,
        // held: gives advice or urges
        -1.2177178819646666,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.35;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
