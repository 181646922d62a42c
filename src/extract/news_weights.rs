//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 61 dev articles (569 claim-able sentences); leave-one-article-out CV: precision 0.755, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.5058747972010372,
    weights: [
        // model score (log-odds)
        0.7434178251066547,
        // held: looks forward
        -1.9170830891607018,
        // held: a possibility
        -0.9311502796242916,
        // held: says what was talked about
        -6.102936760503246,
        // held: introduces what follows
        -5.2735056922024315,
        // held: reports a question
        -5.465451154836728,
        // held: only says a statement was made
        -6.2217989573126316,
        // held: a quote with no quantity
        -1.3273835581667583,
        // held: states a view
        1.323959328559355,
        // held: introduces a speaker
        -5.755836833280455,
        // held: too short to say much
        -0.433103631803634,
        // held: words of feeling
        -2.215087841313563,
        // an act of the justice system
        1.7032401868641218,
        // quantities found
        0.8089525650147629,
        // money or a percentage
        -0.9002689228274047,
        // an approximate quantity
        1.2415732384828868,
        // only a year
        0.983103942483778,
        // a claimant named
        -0.45515928760032714,
        // kind: quote
        0.6771032500570345,
        // kind: prediction
        -0.5699963636348784,
        // kind: opinion
        -2.666705207418874,
        // kind: attribution
        0.24226909153383852,
        // inside a quotation
        -1.7787863440273048,
        // a list item
        2.0561049545236267,
        // words (log)
        0.30337826793699424,
        // fewer than 4 words
        -6.143237638859899,
        // position in the article
        -1.0888277018678576,
        // the first sentence
        -0.22815425203841497,
        // model score (probability)
        0.32059436399871366,
        // model log-odds when held back
        -0.44780808832151714,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.34;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.3;
