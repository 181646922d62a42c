//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 25 dev articles (237 claim-able sentences); leave-one-article-out CV: precision 0.847, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.8330927087337756,
    weights: [
        0.3209258557414619, // model score (log-odds)
        -1.6204713477342583, // held: looks forward
        -2.4408801196613203, // held: a possibility
        -2.485468513755936, // held: says what was talked about
        -2.10487913388538, // held: introduces what follows
        -2.2438280296142836, // held: reports a question
        -2.64629186433612, // held: only says a statement was made
        -1.1013068735202147, // held: a quote with no quantity
        -0.518173174254603, // held: states a view
        -2.2675841474320966, // held: introduces a speaker
        0.32076770783780845, // held: too short to say much
        -1.9375287947560367, // held: words of feeling
        1.1687980141453702, // an act of the justice system
        0.8243227315291417, // quantities found
        -0.00441689476840857, // money or a percentage
        0.03815319427805026, // an approximate quantity
        1.1489803735747646, // only a year
        0.08334615204520993, // a claimant named
        -0.042975623668869645, // kind: quote
        -0.8824264740003779, // kind: prediction
        -0.518173174254603, // kind: opinion
        -0.010826411078403613, // kind: attribution
        -1.433559649810259, // inside a quotation
        -0.5796942242686095, // a list item
        0.08781247344325978, // words (log)
        -2.263535799754244, // fewer than 4 words
        -0.6756084118457149, // position in the article
        0.35620032395785933, // the first sentence
        1.954650307495586, // model score (probability)
        -0.5664038896348735, // model log-odds when held back
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.45;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
