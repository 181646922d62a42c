//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 192 dev articles (2000 claim-able sentences); leave-one-article-out CV: precision 0.785, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.6018614500986547,
    weights: [
        // model score (log-odds)
        0.21326229881521633,
        // held: looks forward
        -1.106802024693661,
        // held: a possibility
        -1.3584891921651285,
        // held: says what was talked about
        -1.6121173412857945,
        // held: introduces what follows
        -2.4276681985149127,
        // held: reports a question
        -0.9100844737738445,
        // held: only says a statement was made
        -0.2526761569267547,
        // held: a quote with no quantity
        -0.6284425424312061,
        // held: states a view
        -0.4501375667934193,
        // held: introduces a speaker
        -2.477823511192029,
        // held: too short to say much
        -1.141737564721089,
        // held: words of feeling
        -1.6684501776170493,
        // an act of the justice system
        0.8275930300783442,
        // quantities found
        0.8754175737589227,
        // money or a percentage
        0.2450979431710937,
        // an approximate quantity
        0.0243963921966741,
        // only a year
        0.7885192149385234,
        // a claimant named
        -0.4214325181899922,
        // kind: quote
        -0.5193521756559438,
        // kind: prediction
        -0.7490586397907273,
        // kind: opinion
        -0.1322015420056184,
        // kind: attribution
        -0.042904459308407625,
        // inside a quotation
        -0.12291837511937202,
        // a list item
        -0.05958757933046363,
        // words (log)
        0.15572176519719158,
        // fewer than 4 words
        0.2888714475571545,
        // position in the article
        -0.44737664002032096,
        // the first sentence
        0.1381349469513365,
        // model score (probability)
        1.368085106611941,
        // model log-odds when held back
        -0.07805894276608259,
        // held: gives advice or urges
        -1.1056612950422442,
        // held: says what was not said
        -1.046330607295946,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.35;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
