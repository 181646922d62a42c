//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 45 dev articles (411 claim-able sentences); leave-one-article-out CV: precision 0.818, recall 0.907.
pub const SHIPPED: Logistic = Logistic {
    bias: -1.6182877284432091,
    weights: [
        // model score (log-odds)
        0.2533824920871203,
        // held: looks forward
        -1.4601258259673089,
        // held: a possibility
        -1.6991799117738706,
        // held: says what was talked about
        -1.9744944300684022,
        // held: introduces what follows
        -1.6056474128322087,
        // held: reports a question
        -1.7962313291385372,
        // held: only says a statement was made
        -2.136935724784996,
        // held: a quote with no quantity
        -0.670669931941062,
        // held: states a view
        -0.6467774551005823,
        // held: introduces a speaker
        -1.84626500186941,
        // held: too short to say much
        -0.44027696609583905,
        // held: words of feeling
        -1.4625770671474896,
        // an act of the justice system
        1.100281050576174,
        // quantities found
        0.6759606279107404,
        // money or a percentage
        0.13698924104190882,
        // an approximate quantity
        0.4792362114558455,
        // only a year
        0.3426761493156991,
        // a claimant named
        -0.20369991378175048,
        // kind: quote
        -0.3084212064533694,
        // kind: prediction
        -0.86414229147875,
        // kind: opinion
        -0.7243109370683251,
        // kind: attribution
        0.1285026790382657,
        // inside a quotation
        -1.018017258433265,
        // a list item
        -0.3136471151670434,
        // words (log)
        0.34817268228288256,
        // fewer than 4 words
        -1.198101491386593,
        // position in the article
        -0.5771592877122085,
        // the first sentence
        0.1824729907931967,
        // model score (probability)
        1.8703711128467733,
        // model log-odds when held back
        -0.4196591814984444,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.46;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 30.0;
