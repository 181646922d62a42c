//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 940 dev articles (9030 claim-able sentences); leave-one-article-out CV: precision 0.788, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.8450016187256452,
    weights: [
        // model score (log-odds)
        0.2524013344887343,
        // held: looks forward
        -0.9904861651953302,
        // held: a possibility
        -1.101996348369101,
        // held: says what was talked about
        -1.5343614553772522,
        // held: introduces what follows
        -2.91408405166696,
        // held: reports a question
        -0.9610336560383806,
        // held: only says a statement was made
        -1.1263868591962816,
        // held: a quote with no quantity
        -0.4406202701119467,
        // held: states a view
        -0.8604192443291012,
        // held: introduces a speaker
        -0.6776116276366381,
        // held: too short to say much
        -0.9578920607224951,
        // held: words of feeling
        -1.467332831281241,
        // an act of the justice system
        1.0242602279771182,
        // quantities found
        0.9538751223677518,
        // money or a percentage
        0.3855633106990279,
        // an approximate quantity
        0.2646105413320486,
        // only a year
        0.16762537992885523,
        // a claimant named
        -0.1570918214370451,
        // kind: quote
        -0.3891674820383999,
        // kind: prediction
        -0.3161650548500845,
        // kind: opinion
        -0.3503910193229802,
        // kind: attribution
        -0.15169662576906212,
        // inside a quotation
        0.2556331862867037,
        // a list item
        0.40905522309211634,
        // words (log)
        -0.06387332541348291,
        // fewer than 4 words
        0.20949968344917536,
        // position in the article
        -0.48555003643883393,
        // the first sentence
        -0.2817391239389555,
        // model score (probability)
        1.5698615324634275,
        // model log-odds when held back
        -0.059813473400873736,
        // held: gives advice or urges
        -0.7896760152630847,
        // held: says what was not said
        -0.8094530617376939,
        // reports an event
        0.8319641571018124,
        // names a time
        -0.09587356470550336,
        // an event at a named time
        0.5643077719580548,
        // speaks in the first person
        -0.8480926533445489,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.32;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 100.0;
