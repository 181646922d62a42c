//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 192 dev articles (2017 claim-able sentences); leave-one-article-out CV: precision 0.785, recall 0.907.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.7599367470590739,
    weights: [
        // model score (log-odds)
        0.21119416558396278,
        // held: looks forward
        -1.0849626013453464,
        // held: a possibility
        -1.3313738548663174,
        // held: says what was talked about
        -1.6059208365555142,
        // held: introduces what follows
        -2.265868428357756,
        // held: reports a question
        -0.8780020557525915,
        // held: only says a statement was made
        -0.1967279863434281,
        // held: a quote with no quantity
        -0.5950846104552027,
        // held: states a view
        -0.358213944108458,
        // held: introduces a speaker
        -2.433924281481956,
        // held: too short to say much
        -1.147064382365853,
        // held: words of feeling
        -1.6241528924085247,
        // an act of the justice system
        0.7574333378562409,
        // quantities found
        0.8726311644046583,
        // money or a percentage
        0.28179358459219517,
        // an approximate quantity
        0.06554326356449432,
        // only a year
        0.8200864364207818,
        // a claimant named
        -0.3874459556714481,
        // kind: quote
        -0.5419084582037605,
        // kind: prediction
        -0.7396054879485578,
        // kind: opinion
        -0.23922657153024404,
        // kind: attribution
        -0.021581659250873478,
        // inside a quotation
        -0.10237005612426867,
        // a list item
        -0.015471039441673277,
        // words (log)
        0.1781426999129881,
        // fewer than 4 words
        0.15664101600673672,
        // position in the article
        -0.402810857990402,
        // the first sentence
        0.0597191603356008,
        // model score (probability)
        1.373582729132807,
        // model log-odds when held back
        -0.08448781320909918,
        // held: gives advice or urges
        -1.0654122333627847,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.44;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
