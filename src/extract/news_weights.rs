//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 192 dev articles (1990 claim-able sentences); leave-one-article-out CV: precision 0.788, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.6128261980472856,
    weights: [
        // model score (log-odds)
        0.21255637194181962,
        // held: looks forward
        -1.1174762999538177,
        // held: a possibility
        -1.3701462067490755,
        // held: says what was talked about
        -1.6216770260662954,
        // held: introduces what follows
        -2.3094014567900385,
        // held: reports a question
        -0.9228171275365524,
        // held: only says a statement was made
        -0.2767491262352468,
        // held: a quote with no quantity
        -0.6483892771468174,
        // held: states a view
        -0.46236234445681124,
        // held: introduces a speaker
        -2.473698747880089,
        // held: too short to say much
        -1.1098937983553625,
        // held: words of feeling
        -1.6821159611503362,
        // an act of the justice system
        0.8175836702281095,
        // quantities found
        0.8279414114701514,
        // money or a percentage
        0.2422841627323258,
        // an approximate quantity
        0.03142715147095836,
        // only a year
        0.7774294123428994,
        // a claimant named
        -0.3913450065818889,
        // kind: quote
        -0.5352089789180637,
        // kind: prediction
        -0.7752679969127556,
        // kind: opinion
        -0.1563667077094028,
        // kind: attribution
        -0.07401838246743574,
        // inside a quotation
        -0.11491530114694667,
        // a list item
        1.196457706238863,
        // words (log)
        0.1736326744102055,
        // fewer than 4 words
        -0.1342732441608194,
        // position in the article
        -0.4942934190540807,
        // the first sentence
        0.11475944847720268,
        // model score (probability)
        1.368163274564883,
        // model log-odds when held back
        -0.07995408230835663,
        // held: gives advice or urges
        -1.0625533073574256,
        // held: says what was not said
        -1.057364936274542,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.34;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
