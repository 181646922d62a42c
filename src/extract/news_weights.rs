//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 76 dev articles (729 claim-able sentences); leave-one-article-out CV: precision 0.782, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.7729221293147491,
    weights: [
        // model score (log-odds)
        0.196579946310975,
        // held: looks forward
        -0.931548119531655,
        // held: a possibility
        -0.7853055004302454,
        // held: says what was talked about
        -1.7039722890765845,
        // held: introduces what follows
        -1.4030623809436287,
        // held: reports a question
        -1.3274486264649776,
        // held: only says a statement was made
        -0.9549729799940431,
        // held: a quote with no quantity
        -0.5593890497779705,
        // held: states a view
        -0.6119579206863828,
        // held: introduces a speaker
        -1.6006087030241236,
        // held: too short to say much
        -0.6458399222445023,
        // held: words of feeling
        -1.322962077089116,
        // an act of the justice system
        0.6114166536961709,
        // quantities found
        0.6123999536338602,
        // money or a percentage
        0.13251363625923623,
        // an approximate quantity
        0.37324686552196673,
        // only a year
        0.5944016071520867,
        // a claimant named
        -0.22341707026734148,
        // kind: quote
        -0.3002935828285519,
        // kind: prediction
        -0.6533364485787269,
        // kind: opinion
        -0.6879353496823444,
        // kind: attribution
        0.023271964298032684,
        // inside a quotation
        -0.2073670677506282,
        // a list item
        0.45440314228577106,
        // words (log)
        0.21109232759391347,
        // fewer than 4 words
        -0.8279460277187553,
        // position in the article
        -0.5460272691020739,
        // the first sentence
        0.060126824122141,
        // model score (probability)
        1.3245856446902875,
        // model log-odds when held back
        -0.12062194166770668,
        // held: gives advice or urges
        -0.5684104523504224,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.47;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
