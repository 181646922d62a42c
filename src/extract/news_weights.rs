//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 134 dev articles (1380 claim-able sentences); leave-one-article-out CV: precision 0.740, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.6185177506939332,
    weights: [
        // model score (log-odds)
        0.41804401763165294,
        // held: looks forward
        -1.6762252995563995,
        // held: a possibility
        -1.2324929740328108,
        // held: says what was talked about
        -2.436915625172583,
        // held: introduces what follows
        -4.173541465164481,
        // held: reports a question
        -1.189535177830479,
        // held: only says a statement was made
        -1.8772198076959439,
        // held: a quote with no quantity
        -0.744225058663159,
        // held: states a view
        0.600143948042402,
        // held: introduces a speaker
        -4.801600522264911,
        // held: too short to say much
        -1.1296735683519328,
        // held: words of feeling
        -2.3561019329629995,
        // an act of the justice system
        1.4636367339115677,
        // quantities found
        1.0590742449556307,
        // money or a percentage
        -0.20759458357166138,
        // an approximate quantity
        -0.4015876365841471,
        // only a year
        0.061754078728838833,
        // a claimant named
        -0.29177526160213746,
        // kind: quote
        -0.4482918597756522,
        // kind: prediction
        -0.5366703616523573,
        // kind: opinion
        -1.0992378907800102,
        // kind: attribution
        0.0726600283326317,
        // inside a quotation
        0.1459888513228991,
        // a list item
        3.7918590730250066,
        // words (log)
        0.27198142095543715,
        // fewer than 4 words
        -3.1007089153638967,
        // position in the article
        -0.7475513336890086,
        // the first sentence
        -0.08075481042403158,
        // model score (probability)
        0.6658100062834283,
        // model log-odds when held back
        -0.12703583823910836,
        // held: gives advice or urges
        -1.2916722587155678,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.33;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 3.0;
