//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 104 dev articles (1041 claim-able sentences); leave-one-article-out CV: precision 0.763, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.9251716588152546,
    weights: [
        // model score (log-odds)
        0.265866096150583,
        // held: looks forward
        -1.1916503874198472,
        // held: a possibility
        -1.1294922614592857,
        // held: says what was talked about
        -2.064999703580708,
        // held: introduces what follows
        -2.370016808534075,
        // held: reports a question
        -2.2098407823909247,
        // held: only says a statement was made
        -1.525771704967754,
        // held: a quote with no quantity
        -0.6124254641909005,
        // held: states a view
        -0.15125773767223794,
        // held: introduces a speaker
        -2.797106902664229,
        // held: too short to say much
        -0.9632750089105311,
        // held: words of feeling
        -1.9259708066411665,
        // an act of the justice system
        0.802519741007852,
        // quantities found
        0.8699182877719182,
        // money or a percentage
        0.15196359304137702,
        // an approximate quantity
        -0.06714777803307545,
        // only a year
        0.371008066194027,
        // a claimant named
        -0.3493092699823888,
        // kind: quote
        -0.40725968435253895,
        // kind: prediction
        -0.9642276022397224,
        // kind: opinion
        -0.47617437653233113,
        // kind: attribution
        -0.009516489578140616,
        // inside a quotation
        0.19611849631410957,
        // a list item
        1.5282955654436685,
        // words (log)
        0.2932427277595016,
        // fewer than 4 words
        -1.1192475111265217,
        // position in the article
        -0.636606732744209,
        // the first sentence
        0.010083235452505484,
        // model score (probability)
        1.3281657190291727,
        // model log-odds when held back
        -0.16360231893185048,
        // held: gives advice or urges
        -0.8005557864238609,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.4;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 30.0;
