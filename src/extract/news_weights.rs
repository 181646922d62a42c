//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 162 dev articles (1679 claim-able sentences); leave-one-article-out CV: precision 0.778, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.602172244706137,
    weights: [
        // model score (log-odds)
        0.21031774441447043,
        // held: looks forward
        -1.1133281865277165,
        // held: a possibility
        -1.216898758607374,
        // held: says what was talked about
        -1.4837103961594473,
        // held: introduces what follows
        -2.1667232009914095,
        // held: reports a question
        -0.9028098883278629,
        // held: only says a statement was made
        -0.6155040169111583,
        // held: a quote with no quantity
        -0.6146550298239706,
        // held: states a view
        -0.5170530110256715,
        // held: introduces a speaker
        -2.3201674463372735,
        // held: too short to say much
        -1.1109263383076189,
        // held: words of feeling
        -1.6693156967751255,
        // an act of the justice system
        0.8107852923376054,
        // quantities found
        0.791405670648583,
        // money or a percentage
        0.25244128770453766,
        // an approximate quantity
        0.011705694167302506,
        // only a year
        0.6109028465199616,
        // a claimant named
        -0.3671221044280847,
        // kind: quote
        -0.47097135297699994,
        // kind: prediction
        -0.7906473827785657,
        // kind: opinion
        -0.14189129950858848,
        // kind: attribution
        -0.02299569859704362,
        // inside a quotation
        -0.03707994019548479,
        // a list item
        -0.04694095201871778,
        // words (log)
        0.13160196805620744,
        // fewer than 4 words
        0.10204498632684046,
        // position in the article
        -0.399670027840958,
        // the first sentence
        0.09908034565540506,
        // model score (probability)
        1.3369541652944177,
        // model log-odds when held back
        -0.05443922456071585,
        // held: gives advice or urges
        -0.8957423121297838,
        // held: says what was not said
        0.0,
        // modal
        0.0,
        // future
        0.0,
        // definition
        0.0,
        // person
        0.0,
        // person in quote
        0.0,
        // incidental
        0.0,
        // names/word
        0.0,
        // quantities/word
        0.0,
        // before first attribution
        0.0,
        // negation
        0.0,
        // saying
        0.0,
        // stance
        0.0,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.44;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
