//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 76 dev articles (742 claim-able sentences); leave-one-article-out CV: precision 0.764, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: -1.6178863766212654,
    weights: [
        // model score (log-odds)
        0.3541339271512778,
        // held: looks forward
        -1.491275085205196,
        // held: a possibility
        -1.0725934703850166,
        // held: says what was talked about
        -3.462506796075399,
        // held: introduces what follows
        -2.7432196195368665,
        // held: reports a question
        -2.9374784895557657,
        // held: only says a statement was made
        -1.28157437850945,
        // held: a quote with no quantity
        -0.8167588677483822,
        // held: states a view
        -0.5766864360551903,
        // held: introduces a speaker
        -3.1867473897476133,
        // held: too short to say much
        -0.5881556508999403,
        // held: words of feeling
        -2.1452922560917753,
        // an act of the justice system
        1.2495712346664962,
        // quantities found
        0.9069173940450866,
        // money or a percentage
        -0.28719458794555086,
        // an approximate quantity
        0.6440331535609578,
        // only a year
        1.1618880171016746,
        // a claimant named
        -0.39971984562048957,
        // kind: quote
        -0.06802060903619607,
        // kind: prediction
        -0.8052645678031914,
        // kind: opinion
        -1.0898841336618648,
        // kind: attribution
        0.17441225508563274,
        // inside a quotation
        -0.1551395462663911,
        // a list item
        -1.7009186438621928,
        // words (log)
        0.4308234330844033,
        // fewer than 4 words
        -1.9121634451952427,
        // position in the article
        -0.742070498576653,
        // the first sentence
        -0.29145101074127944,
        // model score (probability)
        1.630975804024123,
        // model log-odds when held back
        -0.318062405754523,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.4;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
