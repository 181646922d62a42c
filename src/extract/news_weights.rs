//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 61 dev articles (574 claim-able sentences); leave-one-article-out CV: precision 0.743, recall 0.905.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.14806671951072153,
    weights: [
        // model score (log-odds)
        0.8385522194902245,
        // held: looks forward
        -1.9142119870222425,
        // held: a possibility
        -0.952416173329606,
        // held: says what was talked about
        -8.114768068807452,
        // held: introduces what follows
        -7.236793759517401,
        // held: reports a question
        -7.515356958963529,
        // held: only says a statement was made
        -8.2020260076362,
        // held: a quote with no quantity
        -1.32254465218872,
        // held: states a view
        2.999899755918846,
        // held: introduces a speaker
        -7.706718208383145,
        // held: too short to say much
        -0.4580943585526023,
        // held: words of feeling
        -2.181176067121835,
        // an act of the justice system
        1.0445645639693169,
        // quantities found
        0.9816537692725807,
        // money or a percentage
        -0.9248118490481934,
        // an approximate quantity
        1.209527331884155,
        // only a year
        1.0009359114112661,
        // a claimant named
        -0.4692851767621584,
        // kind: quote
        0.7609583153112184,
        // kind: prediction
        -0.45028807436386753,
        // kind: opinion
        -4.265776374473962,
        // kind: attribution
        0.3596010675631186,
        // inside a quotation
        -1.8093580028658456,
        // a list item
        3.7192142831451678,
        // words (log)
        0.2804887885435296,
        // fewer than 4 words
        -9.597968410277085,
        // position in the article
        -1.030055146838299,
        // the first sentence
        -0.09064349635066682,
        // model score (probability)
        -0.44161976406565295,
        // model log-odds when held back
        -0.41948963054759997,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.33;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
