//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 192 dev articles (2017 claim-able sentences); leave-one-article-out CV: precision 0.782, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.8260840357450608,
    weights: [
        // model score (log-odds)
        0.3007865303760721,
        // held: looks forward
        -1.3493454565436118,
        // held: a possibility
        -1.7329068048197398,
        // held: says what was talked about
        -2.0054378809952143,
        // held: introduces what follows
        -4.1629155046462625,
        // held: reports a question
        -1.1279183391376932,
        // held: only says a statement was made
        -0.21012679824945896,
        // held: a quote with no quantity
        -0.5227266858697263,
        // held: states a view
        -0.6676794928275855,
        // held: introduces a speaker
        -4.246284201193468,
        // held: too short to say much
        -1.479198381699327,
        // held: words of feeling
        -2.0398582864823913,
        // an act of the justice system
        1.0099440063406644,
        // quantities found
        1.2462718769311034,
        // money or a percentage
        0.08563516780783743,
        // an approximate quantity
        -0.16914475357815215,
        // only a year
        1.1185889547247811,
        // a claimant named
        -0.5805883421762865,
        // kind: quote
        -0.6189432289532822,
        // kind: prediction
        -0.7599562814977584,
        // kind: opinion
        0.1600648845770602,
        // kind: attribution
        0.0944257177048801,
        // inside a quotation
        0.03944646207139697,
        // a list item
        -0.234117261858971,
        // words (log)
        0.23994701936975255,
        // fewer than 4 words
        0.5679392999092142,
        // position in the article
        -0.5243290579971553,
        // the first sentence
        -0.05106682081757245,
        // model score (probability)
        1.2540965630890766,
        // model log-odds when held back
        -0.13827949658894423,
        // held: gives advice or urges
        -1.2707029094461648,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.42;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
