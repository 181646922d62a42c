//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 1388 dev articles (12906 claim-able sentences); leave-one-article-out CV: precision 0.766, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.9742146512067221,
    weights: [
        // model score (log-odds)
        0.2574515078632474,
        // held: looks forward
        -1.174466284128771,
        // held: a possibility
        -1.1680869216064433,
        // held: says what was talked about
        -1.6368465741236071,
        // held: introduces what follows
        -4.067348165415982,
        // held: reports a question
        -0.7600126637275602,
        // held: only says a statement was made
        -1.0371431314521913,
        // held: a quote with no quantity
        -0.5004012137188752,
        // held: states a view
        -1.0131886117553248,
        // held: introduces a speaker
        0.447080662461737,
        // held: too short to say much
        -0.9251589729164564,
        // held: words of feeling
        -1.4490781534474335,
        // an act of the justice system
        1.1352769241175462,
        // quantities found
        1.0757084111665036,
        // money or a percentage
        0.25469868037182575,
        // an approximate quantity
        0.17963247116537912,
        // only a year
        0.2518948592751635,
        // a claimant named
        -0.14827563647075262,
        // kind: quote
        -0.4261539990095732,
        // kind: prediction
        -0.2189814744890443,
        // kind: opinion
        -0.20855476445439342,
        // kind: attribution
        -0.2443965526110077,
        // inside a quotation
        0.3981704193988385,
        // a list item
        0.15810562925588442,
        // words (log)
        0.03735852225086109,
        // fewer than 4 words
        0.05742818425374092,
        // position in the article
        -0.42088333435015163,
        // the first sentence
        -0.31279446115432796,
        // model score (probability)
        1.3790306680518858,
        // model log-odds when held back
        -0.04452344819035423,
        // held: gives advice or urges
        -1.0183498868109604,
        // held: says what was not said
        -0.6794684379982078,
        // reports an event
        0.8051837605779028,
        // names a time
        -0.42763357229492155,
        // an event at a named time
        0.8497893763773856,
        // speaks in the first person
        -0.8629671003946577,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.18;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 30.0;
