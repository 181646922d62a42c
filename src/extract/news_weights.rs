//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 134 dev articles (1371 claim-able sentences); leave-one-article-out CV: precision 0.781, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.6151640477120054,
    weights: [
        // model score (log-odds)
        0.19822336025568413,
        // held: looks forward
        -1.0798080372957883,
        // held: a possibility
        -0.9665743619153094,
        // held: says what was talked about
        -1.75993570350246,
        // held: introduces what follows
        -1.8569542327865582,
        // held: reports a question
        -0.740889645434095,
        // held: only says a statement was made
        -1.3432246991169885,
        // held: a quote with no quantity
        -0.5804953443145124,
        // held: states a view
        -0.4799744527134713,
        // held: introduces a speaker
        -2.1534511087901316,
        // held: too short to say much
        -1.073906533822692,
        // held: words of feeling
        -1.7184264129392384,
        // an act of the justice system
        0.8300405252351045,
        // quantities found
        0.7419346265094192,
        // money or a percentage
        0.12271989016795797,
        // an approximate quantity
        0.1222150841501254,
        // only a year
        0.6521927398246541,
        // a claimant named
        -0.3181072837506902,
        // kind: quote
        -0.5018810031308596,
        // kind: prediction
        -0.638283454321753,
        // kind: opinion
        -0.16855569439683324,
        // kind: attribution
        -0.0020411572654003103,
        // inside a quotation
        -0.007434581015079429,
        // a list item
        1.0562025692472574,
        // words (log)
        0.16632683594834602,
        // fewer than 4 words
        -0.5353941215091946,
        // position in the article
        -0.4552311159956113,
        // the first sentence
        0.06745997504688185,
        // model score (probability)
        1.302301895970691,
        // model log-odds when held back
        -0.07579344102295843,
        // held: gives advice or urges
        -0.9435449186126714,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.44;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
