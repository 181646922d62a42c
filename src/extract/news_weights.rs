//! The learned news decision's weights and threshold, written by `factdesk train-news tests/fixtures/news` (dev split
//! only; do not edit by hand).

use super::learned::Logistic;

/// Fitted on 104 dev articles (1028 claim-able sentences); leave-one-article-out CV: precision 0.722, recall 0.900.
pub const SHIPPED: Logistic = Logistic {
    bias: -0.9768384778348043,
    weights: [
        // model score (log-odds)
        0.3675080373874147,
        // held: looks forward
        -1.3028856648304648,
        // held: a possibility
        -1.1756580445216331,
        // held: says what was talked about
        -2.2922445544238603,
        // held: introduces what follows
        -2.9812549383824267,
        // held: reports a question
        -2.979002281388369,
        // held: only says a statement was made
        -1.6481152378528594,
        // held: a quote with no quantity
        -0.6200472455837053,
        // held: states a view
        0.09996753327289389,
        // held: introduces a speaker
        -3.58582599541388,
        // held: too short to say much
        -0.4788803788420274,
        // held: words of feeling
        -2.127389783796211,
        // an act of the justice system
        0.9481574894828623,
        // quantities found
        0.9071035837739337,
        // money or a percentage
        0.0555486576748345,
        // an approximate quantity
        -0.004477910764381149,
        // only a year
        0.3836627502458085,
        // a claimant named
        -0.4096735638840137,
        // kind: quote
        -0.36551461362113863,
        // kind: prediction
        -0.990781931986087,
        // kind: opinion
        -0.6719673608580047,
        // kind: attribution
        0.032832494288612325,
        // inside a quotation
        0.3215796030907552,
        // a list item
        -0.12551771094846326,
        // words (log)
        0.36018185481362147,
        // fewer than 4 words
        -2.888110638911318,
        // position in the article
        -0.7952763749877095,
        // the first sentence
        -0.13179384515307113,
        // model score (probability)
        1.105120349001255,
        // model log-odds when held back
        -0.21301059171745917,
        // held: gives advice or urges
        -0.8365138621221064,
    ],
};
/// Proposed at or above this probability.
pub const THRESHOLD: f64 = 0.31;
/// The L2 penalty it was fitted with.
pub const L2: f64 = 10.0;
