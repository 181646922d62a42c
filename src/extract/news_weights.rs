//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 1068 dev articles (10146 claim-able sentences); leave-one-article-out CV: precision 0.783, recall 0.901.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.7137003678163174,
    weights: [
        // model score (log-odds)
        0.2839420080201335,
        // held: looks forward
        -1.2167832715422364,
        // held: a possibility
        -1.1094936760440688,
        // held: says what was talked about
        -1.6245350842034219,
        // held: introduces what follows
        -3.9624139350067,
        // held: reports a question
        -0.6123425887324727,
        // held: only says a statement was made
        -1.1089583323569734,
        // held: a quote with no quantity
        -0.5021874588923043,
        // held: states a view
        -1.034611152292939,
        // held: introduces a speaker
        -0.7226164792655863,
        // held: too short to say much
        -1.110057388059646,
        // held: words of feeling
        -1.5131882237201826,
        // an act of the justice system
        1.163477906765808,
        // quantities found
        1.0195133097454354,
        // money or a percentage
        0.3601967768346158,
        // an approximate quantity
        0.23181244534757353,
        // only a year
        0.2928683244986432,
        // a claimant named
        -0.17485094214614674,
        // kind: quote
        -0.3386170409302434,
        // kind: prediction
        -0.15265186957617835,
        // kind: opinion
        -0.10456123423211532,
        // kind: attribution
        -0.16319117598885338,
        // inside a quotation
        0.35557800781152565,
        // a list item
        0.34300378483842314,
        // words (log)
        -0.06982137648570783,
        // fewer than 4 words
        0.21314227063758995,
        // position in the article
        -0.4865819200569221,
        // the first sentence
        -0.4013763456029459,
        // model score (probability)
        1.411844199568062,
        // model log-odds when held back
        -0.06974993184781572,
        // held: gives advice or urges
        -0.8863852620984082,
        // held: says what was not said
        -0.6618269866404053,
        // reports an event
        0.8281397241223677,
        // names a time
        -0.2890879092087302,
        // an event at a named time
        0.7456160217478183,
        // speaks in the first person
        -0.8675686758024558,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.28;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 30.0;
