//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 556 dev articles (5628 claim-able sentences); leave-one-article-out CV: precision 0.793, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.26379826626588015,
    weights: [
        // model score (log-odds)
        0.3370603308771355,
        // held: looks forward
        -1.3522907230100267,
        // held: a possibility
        -1.0364196357587891,
        // held: says what was talked about
        -1.2294701263714405,
        // held: introduces what follows
        -4.057664835216864,
        // held: reports a question
        -1.5930245949562376,
        // held: only says a statement was made
        -0.9642175070422112,
        // held: a quote with no quantity
        -0.6507377659373552,
        // held: states a view
        -1.4125794919631047,
        // held: introduces a speaker
        -4.280928023974529,
        // held: too short to say much
        -1.3169270208337283,
        // held: words of feeling
        -1.6902248563112838,
        // an act of the justice system
        1.154175818071236,
        // quantities found
        1.0587848570326774,
        // money or a percentage
        0.1235622813412999,
        // an approximate quantity
        0.26727310237530244,
        // only a year
        0.29356136824344065,
        // a claimant named
        -0.2102306623202716,
        // kind: quote
        -0.8188178431948746,
        // kind: prediction
        -0.5220980341558716,
        // kind: opinion
        0.0791686115630014,
        // kind: attribution
        -0.25971229131879436,
        // inside a quotation
        0.29179339634965235,
        // a list item
        0.08078985067733954,
        // words (log)
        0.008664332056771407,
        // fewer than 4 words
        0.304395156945212,
        // position in the article
        -0.6312329261822054,
        // the first sentence
        -0.15840313761911126,
        // model score (probability)
        1.5074920287850342,
        // model log-odds when held back
        -0.0518290394934115,
        // held: gives advice or urges
        -0.7351920053293272,
        // held: says what was not said
        -0.7382845128122433,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.3;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 30.0;
