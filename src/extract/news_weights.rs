//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 76 dev articles (742 claim-able sentences); leave-one-article-out CV: precision 0.767, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -1.6213971502467135,
    weights: [
        // model score (log-odds)
        0.35620117985551975,
        // held: looks forward
        -1.484164748706015,
        // held: a possibility
        -1.0635045203680078,
        // held: says what was talked about
        -3.4725435150724886,
        // held: introduces what follows
        -2.741393990079629,
        // held: reports a question
        -2.930686340721773,
        // held: only says a statement was made
        -1.2882806048784412,
        // held: a quote with no quantity
        -0.7923166055000771,
        // held: states a view
        -0.5538472985220316,
        // held: introduces a speaker
        -3.1880209240841513,
        // held: too short to say much
        -0.5858885678118287,
        // held: words of feeling
        -2.1464882288319447,
        // an act of the justice system
        1.2391778685321468,
        // quantities found
        0.9263991128231986,
        // money or a percentage
        -0.2907821147706316,
        // an approximate quantity
        0.6589806524020955,
        // only a year
        1.155795079950932,
        // a claimant named
        -0.4762847926263378,
        // kind: quote
        -0.01396803410503399,
        // kind: prediction
        -0.7771407700777789,
        // kind: opinion
        -1.057871504619297,
        // kind: attribution
        0.2287133727601591,
        // inside a quotation
        -0.11469449856333278,
        // a list item
        -1.7120667347898535,
        // words (log)
        0.4378356098933193,
        // fewer than 4 words
        -1.9135608672864075,
        // position in the article
        -0.758676787572565,
        // the first sentence
        -0.2985243820854899,
        // model score (probability)
        1.6325315123700863,
        // model log-odds when held back
        -0.3223852179299611,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.4;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
