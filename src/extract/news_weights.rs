//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 61 dev articles (569 claim-able sentences); leave-one-article-out CV: precision 0.755, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.5104627063973737,
    weights: [
        // model score (log-odds)
        0.7426826280015967,
        // held: looks forward
        -1.9157191146962904,
        // held: a possibility
        -0.930089727347405,
        // held: says what was talked about
        -6.103636208948146,
        // held: introduces what follows
        -5.273339238869647,
        // held: reports a question
        -5.464453995870835,
        // held: only says a statement was made
        -6.221934775858842,
        // held: a quote with no quantity
        -1.3259611438449426,
        // held: states a view
        1.325474320845126,
        // held: introduces a speaker
        -5.755708987649432,
        // held: too short to say much
        -0.43274835746521667,
        // held: words of feeling
        -2.215008301400038,
        // an act of the justice system
        1.702684401112905,
        // quantities found
        0.8104856099966834,
        // money or a percentage
        -0.898416836732065,
        // an approximate quantity
        1.243860526950021,
        // only a year
        0.9840144493482448,
        // a claimant named
        -0.46337812559542074,
        // kind: quote
        0.6833384377245134,
        // kind: prediction
        -0.5665934581882477,
        // kind: opinion
        -2.660730103247977,
        // kind: attribution
        0.24895478778968877,
        // inside a quotation
        -1.7772869669895952,
        // a list item
        2.0529168136520775,
        // words (log)
        0.30419536116397927,
        // fewer than 4 words
        -6.140754962168661,
        // position in the article
        -1.0874634570556654,
        // the first sentence
        -0.22621620025252648,
        // model score (probability)
        0.32347003156245197,
        // model log-odds when held back
        -0.44768766873088567,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.34;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.3;
