//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 276 dev articles (2844 claim-able sentences); leave-one-article-out CV: precision 0.751, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.31999600133314915,
    weights: [
        // model score (log-odds)
        0.5568839504381714,
        // held: looks forward
        -1.0037531577296817,
        // held: a possibility
        -1.1742260144413696,
        // held: says what was talked about
        -2.3758149530226826,
        // held: introduces what follows
        -9.367577514172467,
        // held: reports a question
        -1.4324472338335823,
        // held: only says a statement was made
        -0.23645974873388909,
        // held: a quote with no quantity
        -0.2024195879595072,
        // held: states a view
        -1.6796373925349246,
        // held: introduces a speaker
        -9.500088278091107,
        // held: too short to say much
        -1.6845497125279447,
        // held: words of feeling
        -1.9112576390591243,
        // an act of the justice system
        1.2062539745211496,
        // quantities found
        1.4254495818249364,
        // money or a percentage
        -0.15955358043294415,
        // an approximate quantity
        -0.135655035121527,
        // only a year
        0.5366607514058538,
        // a claimant named
        -0.6687935191060934,
        // kind: quote
        -0.7993718263585533,
        // kind: prediction
        -0.5854149750068808,
        // kind: opinion
        1.0559098289962368,
        // kind: attribution
        0.13636190304311344,
        // inside a quotation
        0.17796729646714984,
        // a list item
        0.15034676494325575,
        // words (log)
        0.16922376245500842,
        // fewer than 4 words
        0.5283756056805439,
        // position in the article
        -0.5707457181332939,
        // the first sentence
        -0.19286788417274636,
        // model score (probability)
        0.383142648748465,
        // model log-odds when held back
        -0.18027778870886166,
        // held: gives advice or urges
        -1.3214023826643242,
        // held: says what was not said
        -1.102494643669389,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.12;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
