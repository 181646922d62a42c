//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 1228 dev articles (11528 claim-able sentences); leave-one-article-out CV: precision 0.776, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.8056113097435331,
    weights: [
        // model score (log-odds)
        0.2915840437930022,
        // held: looks forward
        -1.3120705749135935,
        // held: a possibility
        -1.234414835729074,
        // held: says what was talked about
        -1.5179441038671588,
        // held: introduces what follows
        -4.983251665229963,
        // held: reports a question
        -0.7163719234077441,
        // held: only says a statement was made
        -1.1172115687703168,
        // held: a quote with no quantity
        -0.5404914305273122,
        // held: states a view
        -1.217653124978168,
        // held: introduces a speaker
        0.02045415177465201,
        // held: too short to say much
        -1.0952898147641708,
        // held: words of feeling
        -1.557789810860373,
        // an act of the justice system
        1.134298995597096,
        // quantities found
        1.1287328399525787,
        // money or a percentage
        0.25225407535443684,
        // an approximate quantity
        0.1540745648757425,
        // only a year
        0.3806767518085917,
        // a claimant named
        -0.16114583997684165,
        // kind: quote
        -0.3854196342759708,
        // kind: prediction
        -0.18280118165699305,
        // kind: opinion
        -0.031146086417550185,
        // kind: attribution
        -0.21106138851180448,
        // inside a quotation
        0.40536514894853365,
        // a list item
        0.20309150363380954,
        // words (log)
        0.021187293381036195,
        // fewer than 4 words
        0.2752683257229216,
        // position in the article
        -0.4318442314082907,
        // the first sentence
        -0.3927895788024544,
        // model score (probability)
        1.1915131147624065,
        // model log-odds when held back
        -0.02972936783141108,
        // held: gives advice or urges
        -0.964664471790159,
        // held: says what was not said
        -0.6967005721377362,
        // reports an event
        0.7616931424996763,
        // names a time
        -0.490293407177791,
        // an event at a named time
        0.9261295106912409,
        // speaks in the first person
        -0.8767908394560704,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.27;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
