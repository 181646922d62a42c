//! Issue 15, eleventh session: the learned decision's hold-back inputs (`learned::HELD`, inputs 1 to 11) name reasons
//! by `classify`'s reason constants, the ones `classify::HOLD_REASONS` lists. A reason dropped from one list, or an
//! input pointed at a reason `held_back` never gives, would silently leave its input at zero; this checks, through
//! `learned::inputs` alone, that each of the eleven inputs is lit by exactly one reason `classify` can give.

use factdesk::extract::classify::HOLD_REASONS;
use factdesk::extract::model::Model;
use factdesk::extract::{Decision, analyse, learned};

#[test]
fn every_held_input_is_lit_by_exactly_one_hold_reason() {
    let base = analyse(
        "The council approved a budget of 4 million dollars on Monday.",
        Model::embedded(),
        Decision::default(),
    )
    .remove(0);
    let lit = |held: &str| {
        let mut s = base.clone();
        s.held = held.to_string();
        let x = learned::inputs(&s, 0, 1);
        (1..=11).filter(|&k| x[k] != 0.0).collect::<Vec<usize>>()
    };
    assert!(lit("").is_empty(), "a sentence held by nothing lights no hold-back input");
    assert!(lit("no such reason").is_empty());
    let mut by_input = [0usize; 12];
    for reason in HOLD_REASONS {
        let l = lit(reason);
        assert!(l.len() <= 1, "`{reason}` lights inputs {l:?}");
        for k in l {
            by_input[k] += 1;
        }
    }
    for (k, n) in by_input.iter().enumerate().skip(1) {
        assert_eq!(*n, 1, "hold-back input {k} is lit by {n} of classify::HOLD_REASONS (a reason renamed?)");
    }
}
