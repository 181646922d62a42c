//! Issue 15, eleventh session: the learned decision's hold-back inputs (`learned::HELD`, inputs 1 to 11) name reasons
//! by `classify`'s reason constants, the ones `classify::HOLD_REASONS` lists. A reason dropped from one list, or an
//! input pointed at a reason `held_back` never gives, would silently leave its input at zero; this checks, through
//! `learned::inputs` alone, that each of the eleven inputs is lit by exactly one reason `classify` can give.

use factdesk::extract::classify::{self, HOLD_REASONS};
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

/// The reason the decision holds an invented sentence back ("" when nothing holds it).
fn held(text: &str) -> String {
    analyse(text, Model::embedded(), Decision::default()).remove(0).held
}

/// Review 15, finding 3: "expected to" looks forward only as the main clause's forecast. In a relative clause, or as
/// a past forecast beside the act that was done instead, it is not what the sentence reports (invented sentences).
#[test]
fn a_forecast_beside_a_done_act_or_in_a_relative_clause_does_not_look_forward() {
    for s in [
        "The storm, which had been expected to weaken, instead strengthened overnight and hit the coast of Florida.",
        "The minister, who was expected to resign, instead announced a review of the department's spending.",
        "Work on the bridge was expected to finish last spring but has been delayed by a dispute with the contractor.",
        "Smith, who is expected to be named chief executive, joined the bank from Barclays after the financial crisis.",
    ] {
        assert_ne!(held(s), classify::LOOKS_FORWARD, "{s}");
    }
    // The look-alikes: the main clause's forecast, past or present, still looks forward.
    assert_eq!(held("The new bridge is expected to open to traffic next spring."), classify::LOOKS_FORWARD);
    assert_eq!(held("More families were expected to join the scheme in the valley."), classify::LOOKS_FORWARD);
    assert_eq!(
        held("The bridge, which was closed after the floods, is expected to reopen next spring."),
        classify::LOOKS_FORWARD
    );
}

/// Review 15, finding 4: "could" is the sentence's own possibility only in its main clause. Under a past act of
/// ruling, finding, confirming or approving it reports that act, which is on record; after "so that" it gives a
/// purpose (invented sentences).
#[test]
fn could_under_a_ruling_or_after_so_that_is_not_a_possibility() {
    for s in [
        "The judge ruled that Smith could be extradited to the United States to face fraud charges.",
        "Ministers confirmed that the Elm Street hospital could close under the new plans published by NHS England.",
        "The council approved a plan on Tuesday that could see the Elm Street depot closed by the end of the year.",
        "He was released on bail on Monday so that he could attend his mother's funeral in Dublin.",
        "The inquiry found that the crash could have been avoided if Network Rail had repaired the signal.",
    ] {
        assert_ne!(held(s), classify::A_POSSIBILITY, "{s}");
    }
    // The look-alikes: a warning or a bare "could" in the main clause is still a possibility.
    assert_eq!(held("The new rules could slow down the approval of building permits."), classify::A_POSSIBILITY);
    assert_eq!(held("Officials warned that the clinic could lose its grant next year."), classify::A_POSSIBILITY);
}

/// Review 15, finding 8: "was speaking" beside a clause of speech, or of a state ("where she was born"), is still
/// only the setting of a statement; beside an act done to something it is not (invented sentences).
#[test]
fn speaking_beside_speech_or_a_state_is_only_a_setting() {
    let only = classify::ONLY_A_STATEMENT;
    assert_eq!(held("The harbour master was speaking to reporters and said little about the strike."), only);
    assert_eq!(held("The harbour master was speaking in Leeds, where she was born and went to school."), only);
    assert_eq!(held("The harbour master was speaking in the port town, where she opened a clinic for sailors."), "");
    assert_eq!(held("The harbour master was speaking at the docks after the board had closed the quay."), "");
}

/// Review 15, finding 9: a capitalised name in "-ed" ("United") is no past form. The finding's feelings and scenes
/// ("felt abandoned", "celebrated wildly") were about `classify::names_an_act`, which the sixteenth session's
/// `reports_an_event` replaced: a state in the past is an event there (invented sentences).
#[test]
fn names_in_ed_are_no_past_forms() {
    assert!(!classify::reports_an_event("Life in the United Kingdom is getting harder for many families."));
    // The look-alike: an act with its named object or place stays one.
    assert!(classify::reports_an_event("The United Nations sent the food to Riverton by plane."));
    assert!(classify::reports_an_event("The council closed the Elm Street depot after the floods."));
}

/// Eighteenth session: a past passive of an act reports what was done to someone or something, on record somewhere
/// (invented sentences); its look-alikes, a passive of feeling, belief, expectation or request and a passive still to
/// come, report nothing done.
#[test]
fn a_past_passive_reports_an_act_done() {
    assert!(classify::reports_a_passive_act("The driver was rushed to Hillcrest Hospital after the crash."));
    assert!(classify::reports_a_passive_act("Firefighters were called to a barn on Mill Lane."));
    assert!(classify::reports_a_passive_act("A teenager has been taken into custody."));
    assert!(classify::reports_a_passive_act("The old bridge was badly damaged by the flood."));
    // The look-alikes.
    assert!(!classify::reports_a_passive_act("The residents were pleased with the new park."));
    assert!(!classify::reports_a_passive_act("The bones were believed to belong to a horse."));
    assert!(!classify::reports_a_passive_act("Shoppers were asked to leave the mall."));
    assert!(!classify::reports_a_passive_act("The bridge will be closed for repairs."));
    assert!(!classify::reports_a_passive_act("The ferry is operated by the harbour board."));
    assert!(!classify::reports_a_passive_act("The river was a lifeline for the valley's farms."));
}

/// Review 18, finding 4: a passive under a condition or a guess reports nothing done (invented sentences).
#[test]
fn a_hypothetical_or_guessed_passive_reports_no_act() {
    assert!(!classify::reports_a_passive_act("If the bridge were closed, the town would be cut off entirely."));
    assert!(!classify::reports_a_passive_act("Perhaps the barn was struck by lightning."));
    assert!(!classify::reports_a_passive_act("The barn was possibly struck by lightning."));
    assert!(!classify::reports_a_passive_act("The barn could have been struck by lightning."));
    // The look-alikes: a passive of an act stated as done, with or without an adverb of manner.
    assert!(classify::reports_a_passive_act("The barn was struck by lightning on Friday night."));
    assert!(classify::reports_a_passive_act("The old bridge was badly damaged by the flood."));
}

/// Review 18, finding 5: a passive of a state, a scene or a feeling ("was blessed with", "were united in", "was
/// lined with", "was left feeling", "was made for") reports nothing done (invented sentences).
#[test]
fn a_passive_of_a_scene_or_a_feeling_reports_no_act() {
    assert!(!classify::reports_a_passive_act("The village was blessed with a strong sense of community."));
    assert!(!classify::reports_a_passive_act("Locals were united in their determination to rebuild."));
    assert!(!classify::reports_a_passive_act("Many of us were raised to look after our neighbours."));
    assert!(!classify::reports_a_passive_act("She was left feeling let down by the council."));
    assert!(!classify::reports_a_passive_act("The village was made for walking, with its narrow lanes."));
    assert!(!classify::reports_a_passive_act("The street was quiet and was lined with parked cars."));
    // The look-alikes: acts done with the same participles.
    assert!(classify::reports_a_passive_act("The injured man was left at the roadside by the driver."));
    assert!(classify::reports_a_passive_act("Two arrests were made after the fight on Mill Lane."));
    assert!(classify::reports_a_passive_act("The driver was rushed to Hillcrest Hospital after the crash."));
}
