//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 45 dev articles (412 claim-able sentences); leave-one-article-out CV: precision 0.817, recall 0.903.
pub const SHIPPED: Logistic = Logistic {
    bias: -2.315474445192935,
    weights: [
        // model score (log-odds)
        0.3396506058763077,
        // held: looks forward
        -1.9179053162454656,
        // held: a possibility
        -2.4778457263772005,
        // held: says what was talked about
        -2.788939695359455,
        // held: introduces what follows
        -2.2211519498957046,
        // held: reports a question
        -2.578664288258465,
        // held: only says a statement was made
        -2.9585574351396664,
        // held: a quote with no quantity
        -0.792073485938362,
        // held: states a view
        -0.6380951429353378,
        // held: introduces a speaker
        -2.554916628513792,
        // held: too short to say much
        -0.22972990660826006,
        // held: words of feeling
        -1.8014451494336432,
        // an act of the justice system
        1.6141646503726879,
        // quantities found
        0.6683691464004714,
        // money or a percentage
        0.036241827616813244,
        // an approximate quantity
        0.686381949261776,
        // only a year
        0.36543345433572366,
        // a claimant named
        -0.38079706391799883,
        // kind: quote
        -0.1277876232910259,
        // kind: prediction
        -1.1081722754819254,
        // kind: opinion
        -0.7511715920022235,
        // kind: attribution
        0.21665085243959964,
        // inside a quotation
        -1.5472699597056534,
        // a list item
        -0.22663648174332868,
        // words (log)
        0.5186872285327241,
        // fewer than 4 words
        -1.8295375168369576,
        // position in the article
        -0.7070929041196375,
        // the first sentence
        0.10475376396220494,
        // model score (probability)
        2.3276795626421425,
        // model log-odds when held back
        -0.6307106676867283,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.43;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
