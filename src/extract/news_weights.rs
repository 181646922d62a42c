//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 45 dev articles (412 claim-able sentences); leave-one-article-out CV: precision 0.824, recall 0.907.
pub const SHIPPED: Logistic = Logistic {
    bias: -2.2246267893256695,
    weights: [
        // model score (log-odds)
        0.3413565963097223,
        // held: looks forward
        -1.9014395741549177,
        // held: a possibility
        -2.4764991767893676,
        // held: says what was talked about
        -2.7938971939959694,
        // held: introduces what follows
        -2.2641387310357093,
        // held: reports a question
        -2.5577088057877657,
        // held: only says a statement was made
        -2.9744788079009883,
        // held: a quote with no quantity
        -0.7976244558725168,
        // held: states a view
        -0.6461384211813447,
        // held: introduces a speaker
        -2.5872101517885304,
        // held: too short to say much
        -0.2737580651495118,
        // held: words of feeling
        -1.8003312774346167,
        // an act of the justice system
        1.5980541120734995,
        // quantities found
        0.6424047696931936,
        // money or a percentage
        0.024809617427266117,
        // an approximate quantity
        0.6845969056922744,
        // only a year
        0.3573719392038602,
        // a claimant named
        -0.3888066550226871,
        // kind: quote
        -0.1361955263306885,
        // kind: prediction
        -1.1290669161597344,
        // kind: opinion
        -0.7576909416015324,
        // kind: attribution
        0.19507774793977567,
        // inside a quotation
        -1.5641412407693547,
        // a list item
        -0.23310322861108956,
        // words (log)
        0.481242978693113,
        // fewer than 4 words
        -1.8487902685274502,
        // position in the article
        -0.682819164567258,
        // the first sentence
        0.10476981142798902,
        // model score (probability)
        2.3814475752734956,
        // model log-odds when held back
        -0.6360870359238857,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.43;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
