//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 940 dev articles (9030 claim-able sentences); leave-one-article-out CV: precision 0.785, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.583681489895501,
    weights: [
        // model score (log-odds)
        0.32965113358197085,
        // held: looks forward
        -1.098484455480612,
        // held: a possibility
        -1.1569658598585315,
        // held: says what was talked about
        -1.6301323993166266,
        // held: introduces what follows
        -4.811274696823535,
        // held: reports a question
        -1.0358096684576656,
        // held: only says a statement was made
        -1.200958977515304,
        // held: a quote with no quantity
        -0.4275143934013744,
        // held: states a view
        -0.9524903406866757,
        // held: introduces a speaker
        -0.6754862001692606,
        // held: too short to say much
        -1.0963326025588505,
        // held: words of feeling
        -1.558482577191048,
        // an act of the justice system
        1.129999616057802,
        // quantities found
        1.0689932095298231,
        // money or a percentage
        0.32177803822224904,
        // an approximate quantity
        0.24317664151083515,
        // only a year
        0.182268342764858,
        // a claimant named
        -0.1738179869208865,
        // kind: quote
        -0.38537354843447297,
        // kind: prediction
        -0.19565608456528666,
        // kind: opinion
        -0.26448138804081645,
        // kind: attribution
        -0.12235673269791428,
        // inside a quotation
        0.31395180690765273,
        // a list item
        0.4286296406872151,
        // words (log)
        -0.09895039980870766,
        // fewer than 4 words
        0.34200277831279535,
        // position in the article
        -0.5458444860837011,
        // the first sentence
        -0.3449403467857452,
        // model score (probability)
        1.2287436610074238,
        // model log-odds when held back
        -0.056517732894921624,
        // held: gives advice or urges
        -0.8354605214644376,
        // held: says what was not said
        -0.8576355899041052,
        // reports an event
        0.8762512693863654,
        // names a time
        -0.32876304317053945,
        // an event at a named time
        0.8255000917850104,
        // speaks in the first person
        -0.9120557634207338,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.23;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
