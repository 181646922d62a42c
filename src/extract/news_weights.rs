//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 25 dev articles (237 claim-able sentences); leave-one-article-out CV: precision 0.847, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.8330927087337756,
    weights: [
        // model score (log-odds)
        0.3209258557414619,
        // held: looks forward
        -1.6204713477342583,
        // held: a possibility
        -2.4408801196613203,
        // held: says what was talked about
        -2.485468513755936,
        // held: introduces what follows
        -2.10487913388538,
        // held: reports a question
        -2.2438280296142836,
        // held: only says a statement was made
        -2.64629186433612,
        // held: a quote with no quantity
        -1.1013068735202147,
        // held: states a view
        -0.518173174254603,
        // held: introduces a speaker
        -2.2675841474320966,
        // held: too short to say much
        0.32076770783780845,
        // held: words of feeling
        -1.9375287947560367,
        // an act of the justice system
        1.1687980141453702,
        // quantities found
        0.8243227315291417,
        // money or a percentage
        -0.00441689476840857,
        // an approximate quantity
        0.03815319427805026,
        // only a year
        1.1489803735747646,
        // a claimant named
        0.08334615204520993,
        // kind: quote
        -0.042975623668869645,
        // kind: prediction
        -0.8824264740003779,
        // kind: opinion
        -0.518173174254603,
        // kind: attribution
        -0.010826411078403613,
        // inside a quotation
        -1.433559649810259,
        // a list item
        -0.5796942242686095,
        // words (log)
        0.08781247344325978,
        // fewer than 4 words
        -2.263535799754244,
        // position in the article
        -0.6756084118457149,
        // the first sentence
        0.35620032395785933,
        // model score (probability)
        1.954650307495586,
        // model log-odds when held back
        -0.5664038896348735,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.45;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
