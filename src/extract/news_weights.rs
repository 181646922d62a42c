//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 61 dev articles (570 claim-able sentences); leave-one-article-out CV: precision 0.755, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -1.0678500220143705,
    weights: [
        // model score (log-odds)
        0.46920032588258265,
        // held: looks forward
        -1.756217221889271,
        // held: a possibility
        -0.9322331258528362,
        // held: says what was talked about
        -4.155896983016531,
        // held: introduces what follows
        -3.4324978705893896,
        // held: reports a question
        -3.5662884921707856,
        // held: only says a statement was made
        -4.283326560613048,
        // held: a quote with no quantity
        -1.1127093805243309,
        // held: states a view
        0.00464835139696466,
        // held: introduces a speaker
        -3.854529436444171,
        // held: too short to say much
        -0.488263559677403,
        // held: words of feeling
        -2.1090626757058355,
        // an act of the justice system
        1.6125714207317339,
        // quantities found
        0.85264898928276,
        // money or a percentage
        -0.6732941857780504,
        // an approximate quantity
        1.0759284822949284,
        // only a year
        1.036256728322272,
        // a claimant named
        -0.3636998108955838,
        // kind: quote
        0.41236569666110473,
        // kind: prediction
        -0.6048963161387687,
        // kind: opinion
        -1.3888589746327158,
        // kind: attribution
        0.19629955636337756,
        // inside a quotation
        -1.5955556895356309,
        // a list item
        0.6426911800043922,
        // words (log)
        0.2694065143831348,
        // fewer than 4 words
        -3.3602009239970165,
        // position in the article
        -1.0135331791822935,
        // the first sentence
        -0.1433871230654866,
        // model score (probability)
        1.517181805577547,
        // model log-odds when held back
        -0.41131226419208655,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.34;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 3.0;
