//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 444 dev articles (4484 claim-able sentences); leave-one-article-out CV: precision 0.795, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: 0.4359954504524839,
    weights: [
        // model score (log-odds)
        0.577611635921432,
        // held: looks forward
        -1.3410320499867048,
        // held: a possibility
        -1.425116585950793,
        // held: says what was talked about
        -1.3965419989594148,
        // held: introduces what follows
        -10.039278186163711,
        // held: reports a question
        -1.5180385923761854,
        // held: only says a statement was made
        -1.2142343794262815,
        // held: a quote with no quantity
        -0.5013050154716029,
        // held: states a view
        -1.7982268216524249,
        // held: introduces a speaker
        -10.133847911248587,
        // held: too short to say much
        -1.5660053994076808,
        // held: words of feeling
        -1.9924708640650193,
        // an act of the justice system
        1.3952828103601937,
        // quantities found
        1.168780245112341,
        // money or a percentage
        -0.1545642794473231,
        // an approximate quantity
        0.048013436066373455,
        // only a year
        0.26862087968011716,
        // a claimant named
        -0.3193353281061878,
        // kind: quote
        -0.9673781893993368,
        // kind: prediction
        -0.5156800931418449,
        // kind: opinion
        0.7640362663051495,
        // kind: attribution
        -0.19847533283385274,
        // inside a quotation
        0.40936247383034274,
        // a list item
        -0.047414167049525814,
        // words (log)
        -0.0014570909786830349,
        // fewer than 4 words
        0.35475682824966487,
        // position in the article
        -0.6613355005796715,
        // the first sentence
        -0.1545357035682292,
        // model score (probability)
        0.33124538820075095,
        // model log-odds when held back
        -0.06366439049944085,
        // held: gives advice or urges
        -1.0261991276945197,
        // held: says what was not said
        -0.7351137376454349,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.24;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
