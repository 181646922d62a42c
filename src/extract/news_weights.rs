//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 76 dev articles (742 claim-able sentences); leave-one-article-out CV: precision 0.767, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -1.620700378110871,
    weights: [
        // model score (log-odds)
        0.3560655696674239,
        // held: looks forward
        -1.483775563257302,
        // held: a possibility
        -1.0629844643033084,
        // held: says what was talked about
        -3.4730032569981417,
        // held: introduces what follows
        -2.7418708928966127,
        // held: reports a question
        -2.930303193726755,
        // held: only says a statement was made
        -1.2881685741923188,
        // held: a quote with no quantity
        -0.7920207286357712,
        // held: states a view
        -0.5531838424541881,
        // held: introduces a speaker
        -3.1884373681093563,
        // held: too short to say much
        -0.5861381615466935,
        // held: words of feeling
        -2.1464659176998726,
        // an act of the justice system
        1.2391941849639991,
        // quantities found
        0.9258036328907647,
        // money or a percentage
        -0.2898546284341811,
        // an approximate quantity
        0.6598838245488164,
        // only a year
        1.1558185959548266,
        // a claimant named
        -0.4787223207293261,
        // kind: quote
        -0.012417708663949473,
        // kind: prediction
        -0.7763143371595277,
        // kind: opinion
        -1.0569599870012683,
        // kind: attribution
        0.2303766630122071,
        // inside a quotation
        -0.11452480123161767,
        // a list item
        -1.7120227185795798,
        // words (log)
        0.43762381071431183,
        // fewer than 4 words
        -1.9137781567539847,
        // position in the article
        -0.7587283375852124,
        // the first sentence
        -0.3000047773963417,
        // model score (probability)
        1.6332382034491686,
        // model log-odds when held back
        -0.32231098523913165,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.4;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
