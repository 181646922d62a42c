//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 684 dev articles (6803 claim-able sentences); leave-one-article-out CV: precision 0.794, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: 0.016657604988137294,
    weights: [
        // model score (log-odds)
        0.48994510743798536,
        // held: looks forward
        -1.3199083487593763,
        // held: a possibility
        -1.0963392616874175,
        // held: says what was talked about
        -1.0043892228424487,
        // held: introduces what follows
        -10.155761661327245,
        // held: reports a question
        -1.1717602449985536,
        // held: only says a statement was made
        -0.9118899504847476,
        // held: a quote with no quantity
        -0.6528972704693888,
        // held: states a view
        -1.2306720800968929,
        // held: introduces a speaker
        -1.1092667733277048,
        // held: too short to say much
        -1.3651108711981614,
        // held: words of feeling
        -1.6319555251833908,
        // an act of the justice system
        1.357397831696965,
        // quantities found
        1.0225537546562056,
        // money or a percentage
        0.05351700540615473,
        // an approximate quantity
        0.3168303695277681,
        // only a year
        0.36348449187025006,
        // a claimant named
        -0.2085218846961185,
        // kind: quote
        -0.8738616430692527,
        // kind: prediction
        -0.4269489396780383,
        // kind: opinion
        -0.137421020215801,
        // kind: attribution
        -0.26486302416994717,
        // inside a quotation
        0.43014329998103007,
        // a list item
        0.0025325553413073926,
        // words (log)
        0.030126275198690333,
        // fewer than 4 words
        0.3008457785807379,
        // position in the article
        -0.5963525446319119,
        // the first sentence
        -0.312526183716294,
        // model score (probability)
        0.8051100266134918,
        // model log-odds when held back
        -0.07499405152495184,
        // held: gives advice or urges
        -0.8291322128510663,
        // held: says what was not said
        -0.791184509106198,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.29;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
