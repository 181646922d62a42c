//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 104 dev articles (1030 claim-able sentences); leave-one-article-out CV: precision 0.761, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: 0.20687888499581,
    weights: [
        // model score (log-odds)
        0.7115902694890536,
        // held: looks forward
        -1.3421206418239167,
        // held: a possibility
        -1.432575428752192,
        // held: says what was talked about
        -2.7153657541975593,
        // held: introduces what follows
        -8.002914472263765,
        // held: reports a question
        -7.907170868369703,
        // held: only says a statement was made
        -1.8220327906577463,
        // held: a quote with no quantity
        -0.607374780531417,
        // held: states a view
        -1.63565985531872,
        // held: introduces a speaker
        -8.63200845426255,
        // held: too short to say much
        -1.1045086957900367,
        // held: words of feeling
        -2.3548216336613317,
        // an act of the justice system
        0.9253381345048413,
        // quantities found
        1.0190591884130011,
        // money or a percentage
        -0.2577844984381251,
        // an approximate quantity
        0.018655159245381345,
        // only a year
        1.107755173742645,
        // a claimant named
        -0.5950047609199134,
        // kind: quote
        -0.36577331204900065,
        // kind: prediction
        -1.0316952860527422,
        // kind: opinion
        0.8582830482409215,
        // kind: attribution
        0.11513673518066678,
        // inside a quotation
        0.3540206689696347,
        // a list item
        6.4794433546565795,
        // words (log)
        0.3193204627423385,
        // fewer than 4 words
        -5.79463078655138,
        // position in the article
        -0.9087411163594592,
        // the first sentence
        -0.18899604638394848,
        // model score (probability)
        -0.6409379957132664,
        // model log-odds when held back
        -0.2511182067137787,
        // held: gives advice or urges
        -0.9449622437493689,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.37;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
