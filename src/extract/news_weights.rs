//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 812 dev articles (7859 claim-able sentences); leave-one-article-out CV: precision 0.791, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.3553649596815393,
    weights: [
        // model score (log-odds)
        0.3601884640996226,
        // held: looks forward
        -1.309943818585776,
        // held: a possibility
        -1.1253130260028168,
        // held: says what was talked about
        -1.123163173092882,
        // held: introduces what follows
        -4.087334277936997,
        // held: reports a question
        -1.1336181514600405,
        // held: only says a statement was made
        -0.9139059421801399,
        // held: a quote with no quantity
        -0.6333736129594846,
        // held: states a view
        -1.294138364793045,
        // held: introduces a speaker
        -1.0477214186160029,
        // held: too short to say much
        -1.3250896293995609,
        // held: words of feeling
        -1.4916741778452416,
        // an act of the justice system
        1.3649107714567685,
        // quantities found
        0.9463915985149619,
        // money or a percentage
        0.14584159773126928,
        // an approximate quantity
        0.41241550574069813,
        // only a year
        0.3322371094326925,
        // a claimant named
        -0.20748562508846868,
        // kind: quote
        -0.7893966676654727,
        // kind: prediction
        -0.3875982388565748,
        // kind: opinion
        -0.0827464822477683,
        // kind: attribution
        -0.18327270354484437,
        // inside a quotation
        0.4019046190584156,
        // a list item
        0.04936562465489594,
        // words (log)
        0.005695487343682685,
        // fewer than 4 words
        0.14997325494630181,
        // position in the article
        -0.5759874093173332,
        // the first sentence
        -0.2934181352923814,
        // model score (probability)
        1.5187723239943944,
        // model log-odds when held back
        -0.060358408361496925,
        // held: gives advice or urges
        -0.8555868638621593,
        // held: says what was not said
        -0.6918672264995834,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.32;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 30.0;
