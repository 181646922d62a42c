//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 134 dev articles (1371 claim-able sentences); leave-one-article-out CV: precision 0.776, recall 0.903.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.6181310969367186,
    weights: [
        // model score (log-odds)
        0.19713067352768038,
        // held: looks forward
        -1.0905311348936053,
        // held: a possibility
        -0.975476976963951,
        // held: says what was talked about
        -1.7510055015050399,
        // held: introduces what follows
        -1.8514167872245293,
        // held: reports a question
        -0.7544774122702331,
        // held: only says a statement was made
        -1.340190877613305,
        // held: a quote with no quantity
        -0.5943655838519633,
        // held: states a view
        -0.4951351737328617,
        // held: introduces a speaker
        -2.1415356629660316,
        // held: too short to say much
        -1.0676850279837515,
        // held: words of feeling
        -1.7294497597490197,
        // an act of the justice system
        0.8356547468561353,
        // quantities found
        0.7396147454836157,
        // money or a percentage
        0.11730972685326076,
        // an approximate quantity
        0.12263338731485306,
        // only a year
        0.6572989982860756,
        // a claimant named
        -0.25882756690018,
        // kind: quote
        -0.5215330519930589,
        // kind: prediction
        -0.6411724823590214,
        // kind: opinion
        -0.18272257832211966,
        // kind: attribution
        -0.02693575835400764,
        // inside a quotation
        -0.023389655222252212,
        // a list item
        1.0630956581274622,
        // words (log)
        0.1610143714069555,
        // fewer than 4 words
        -0.5348187675890347,
        // position in the article
        -0.45190395642757275,
        // the first sentence
        0.0675599313298533,
        // model score (probability)
        1.2988892638886782,
        // model log-odds when held back
        -0.07714696930832117,
        // held: gives advice or urges
        -0.9504291307570236,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.43;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
