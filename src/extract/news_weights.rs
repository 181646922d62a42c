//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 25 dev articles (237 claim-able sentences); leave-one-article-out CV: precision 0.847, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.8371917216032242,
    weights: [
        // model score (log-odds)
        0.32102014857194827,
        // held: looks forward
        -1.6199834959488284,
        // held: a possibility
        -2.440051010008354,
        // held: says what was talked about
        -2.485115185975802,
        // held: introduces what follows
        -2.1043249873239893,
        // held: reports a question
        -2.243607082795172,
        // held: only says a statement was made
        -2.6459368503887015,
        // held: a quote with no quantity
        -1.1016963666008768,
        // held: states a view
        -0.5177992126786083,
        // held: introduces a speaker
        -2.2676110958856244,
        // held: too short to say much
        0.321955563074154,
        // held: words of feeling
        -1.9376310165264157,
        // an act of the justice system
        1.1723386538386098,
        // quantities found
        0.8291304273117026,
        // money or a percentage
        -0.007513498644147781,
        // an approximate quantity
        0.017844583722930137,
        // only a year
        1.1488487547302868,
        // a claimant named
        0.08324496849706535,
        // kind: quote
        -0.04221359043398014,
        // kind: prediction
        -0.8828445321939239,
        // kind: opinion
        -0.5177992126786083,
        // kind: attribution
        -0.010742864376719558,
        // inside a quotation
        -1.4327977089315727,
        // a list item
        -0.5811739482076743,
        // words (log)
        0.08869536460258175,
        // fewer than 4 words
        -2.262590507231704,
        // position in the article
        -0.6746289421919095,
        // the first sentence
        0.3567683399737106,
        // model score (probability)
        1.955565205949855,
        // model log-odds when held back
        -0.5663280272367082,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.45;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
