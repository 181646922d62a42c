//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 76 dev articles (725 claim-able sentences); leave-one-article-out CV: precision 0.787, recall 0.904.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.6223335597455112,
    weights: [
        // model score (log-odds)
        0.19295924376902848,
        // held: looks forward
        -0.9368347017160911,
        // held: a possibility
        -0.794479861470019,
        // held: says what was talked about
        -1.7387559091067066,
        // held: introduces what follows
        -1.430678717544247,
        // held: reports a question
        -1.3261237078076984,
        // held: only says a statement was made
        -0.9994143753530764,
        // held: a quote with no quantity
        -0.5606773360679378,
        // held: states a view
        -0.6154253718381828,
        // held: introduces a speaker
        -1.6272796544001957,
        // held: too short to say much
        -0.6925396523248689,
        // held: words of feeling
        -1.3319983091895247,
        // an act of the justice system
        0.5836632667091911,
        // quantities found
        0.604571639470927,
        // money or a percentage
        0.13244538164108582,
        // an approximate quantity
        0.3708951849700457,
        // only a year
        0.5883916950104288,
        // a claimant named
        -0.2570488323505062,
        // kind: quote
        -0.2937348236608475,
        // kind: prediction
        -0.6580531372682071,
        // kind: opinion
        -0.6903207472733723,
        // kind: attribution
        0.019917779030196873,
        // inside a quotation
        -0.20163030766178094,
        // a list item
        0.4578874671417099,
        // words (log)
        0.18841137933918553,
        // fewer than 4 words
        -0.8458159802701394,
        // position in the article
        -0.5811970877372844,
        // the first sentence
        0.12299834757845293,
        // model score (probability)
        1.2843721151981569,
        // model log-odds when held back
        -0.115506536182094,
        // held: gives advice or urges
        -0.5883692075614132,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.47;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
