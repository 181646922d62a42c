//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 104 dev articles (1041 claim-able sentences); leave-one-article-out CV: precision 0.765, recall 0.904.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.12070245239043928,
    weights: [
        // model score (log-odds)
        0.653514413439715,
        // held: looks forward
        -1.3700551299375794,
        // held: a possibility
        -1.154254768154226,
        // held: says what was talked about
        -2.468468049782318,
        // held: introduces what follows
        -4.913400062169568,
        // held: reports a question
        -4.851659803583166,
        // held: only says a statement was made
        -1.7486954766151348,
        // held: a quote with no quantity
        -0.6220702076497177,
        // held: states a view
        1.1833405918917637,
        // held: introduces a speaker
        -5.517411562388854,
        // held: too short to say much
        -0.993108297554487,
        // held: words of feeling
        -2.288929431937867,
        // an act of the justice system
        0.9577141419489201,
        // quantities found
        1.0737647774383676,
        // money or a percentage
        -0.1943034952945172,
        // an approximate quantity
        -0.007934124150208988,
        // only a year
        0.3035143104590953,
        // a claimant named
        -0.6671567528144111,
        // kind: quote
        -0.187880681355427,
        // kind: prediction
        -0.9192520995076132,
        // kind: opinion
        -1.6132727084578133,
        // kind: attribution
        0.23976123984068237,
        // inside a quotation
        0.2854465258002893,
        // a list item
        4.338755319610457,
        // words (log)
        0.3420256757010632,
        // fewer than 4 words
        -3.6711656683454392,
        // position in the article
        -0.8468420208955981,
        // the first sentence
        -0.13539570719835636,
        // model score (probability)
        -0.35335071145343355,
        // model log-odds when held back
        -0.22407563954032486,
        // held: gives advice or urges
        -0.9446902647514612,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.38;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 1.0;
