//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 192 dev articles (2000 claim-able sentences); leave-one-article-out CV: precision 0.784, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.5998088526085433,
    weights: [
        // model score (log-odds)
        0.21302140670403444,
        // held: looks forward
        -1.106851758396513,
        // held: a possibility
        -1.3598190540786237,
        // held: says what was talked about
        -1.6108904320649435,
        // held: introduces what follows
        -2.426447043607289,
        // held: reports a question
        -0.9138627531461353,
        // held: only says a statement was made
        -0.2522282738483288,
        // held: a quote with no quantity
        -0.6323291182755947,
        // held: states a view
        -0.4528777626248062,
        // held: introduces a speaker
        -2.4742089508324643,
        // held: too short to say much
        -1.140084109792924,
        // held: words of feeling
        -1.6668896945656284,
        // an act of the justice system
        0.8287280470804597,
        // quantities found
        0.8747786375497876,
        // money or a percentage
        0.2450822516298715,
        // an approximate quantity
        0.02381923732118227,
        // only a year
        0.7898634060718382,
        // a claimant named
        -0.4026309590498549,
        // kind: quote
        -0.5255249860913062,
        // kind: prediction
        -0.7555302617212789,
        // kind: opinion
        -0.136541589200087,
        // kind: attribution
        -0.05062258056818562,
        // inside a quotation
        -0.12435559419378761,
        // a list item
        -0.057333717373288365,
        // words (log)
        0.1528046803896036,
        // fewer than 4 words
        0.28783209295725115,
        // position in the article
        -0.44758744228441805,
        // the first sentence
        0.13907302017928647,
        // model score (probability)
        1.3684262532158178,
        // model log-odds when held back
        -0.07786946553871457,
        // held: gives advice or urges
        -1.1049372331844638,
        // held: says what was not said
        -1.04669523620798,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.35;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
