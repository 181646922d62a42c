//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 104 dev articles (1046 claim-able sentences); leave-one-article-out CV: precision 0.761, recall 0.902.
pub const SHIPPED: Logistic = Logistic {
    bias: 0.27777121663489984,
    weights: [
        // model score (log-odds)
        0.8152555993834014,
        // held: looks forward
        -1.367023748039324,
        // held: a possibility
        -1.0828986413205295,
        // held: says what was talked about
        -2.425468435699854,
        // held: introduces what follows
        -7.890267194795321,
        // held: reports a question
        -7.871256656410543,
        // held: only says a statement was made
        -1.7017093170984914,
        // held: a quote with no quantity
        -0.6044444669454988,
        // held: states a view
        3.765230281275989,
        // held: introduces a speaker
        -8.535225831322022,
        // held: too short to say much
        -0.9655713322255655,
        // held: words of feeling
        -2.252280450951057,
        // an act of the justice system
        0.9974790844618069,
        // quantities found
        1.1045136018231472,
        // money or a percentage
        -0.2624557756186074,
        // an approximate quantity
        0.05326101544298195,
        // only a year
        0.26947519378709145,
        // a claimant named
        -0.6969889807435087,
        // kind: quote
        -0.130580671075454,
        // kind: prediction
        -0.8562332397484996,
        // kind: opinion
        -4.123542437311434,
        // kind: attribution
        0.2913942292358705,
        // inside a quotation
        0.28071184917742786,
        // a list item
        7.411974944157467,
        // words (log)
        0.3321277393993412,
        // fewer than 4 words
        -6.689817260214294,
        // position in the article
        -0.8741887593776885,
        // the first sentence
        -0.18566396036371888,
        // model score (probability)
        -1.1546179573435476,
        // model log-odds when held back
        -0.23623821485823693,
        // held: gives advice or urges
        -0.9381095987927758,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.38;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 0.03;
