//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 104 dev articles (1032 claim-able sentences); leave-one-article-out CV: precision 0.758, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.845619832538119,
    weights: [
        // model score (log-odds)
        0.26135557173214147,
        // held: looks forward
        -1.1726121660679674,
        // held: a possibility
        -1.1267351779951138,
        // held: says what was talked about
        -2.188960953228965,
        // held: introduces what follows
        -2.451471613371491,
        // held: reports a question
        -2.1965141964466866,
        // held: only says a statement was made
        -1.5586385714872535,
        // held: a quote with no quantity
        -0.6319673032731612,
        // held: states a view
        -0.17578203086819666,
        // held: introduces a speaker
        -2.8198834823472687,
        // held: too short to say much
        -1.0679182606667297,
        // held: words of feeling
        -1.9306510376055475,
        // an act of the justice system
        0.7658552723073984,
        // quantities found
        0.8556443940623789,
        // money or a percentage
        0.12520384297766488,
        // an approximate quantity
        0.037095537714090444,
        // only a year
        0.9499109510101845,
        // a claimant named
        -0.38312372910444076,
        // kind: quote
        -0.427995850875308,
        // kind: prediction
        -0.994105100916763,
        // kind: opinion
        -0.4967639462833191,
        // kind: attribution
        -0.040914899803319,
        // inside a quotation
        0.20530219576764677,
        // a list item
        1.2986304494923595,
        // words (log)
        0.27932896576703026,
        // fewer than 4 words
        -0.750499872760834,
        // position in the article
        -0.6762948137398078,
        // the first sentence
        0.008300902035151445,
        // model score (probability)
        1.3967726948364605,
        // model log-odds when held back
        -0.18636727246731377,
        // held: gives advice or urges
        -0.7927175027388319,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.39;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 30.0;
