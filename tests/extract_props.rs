//! Property tests: splitting, numbers, claimants and scoring never panic, and sentence spans are sane, on any text.

use factdesk::extract::model::Model;
use factdesk::extract::{Decision, analyse, classify, numbers, split};
use proptest::prelude::*;

/// Text built from news-like pieces, so the interesting paths (quotes, abbreviations, numbers) are hit.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("U.S. ".to_string()),
        Just("Dr. ".to_string()),
        Just("Jan. 5".to_string()),
        Just("$12.5 billion ".to_string()),
        Just("two-thirds ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("... ".to_string()),
        Just("…".to_string()),
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just(", said ".to_string()),
        Just("according to ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("SAM KIM".to_string()),
        Just(" — ".to_string()),
        "[A-Za-z]{1,8} ",
        "[0-9]{1,4}[.,:]?[0-9]{0,2} ",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_ordered_trimmed_and_inside(text in newsy()) {
        let chars: Vec<char> = text.chars().collect();
        let mut last_end = 0;
        for s in split::split(&text) {
            prop_assert!(s.start < s.end && s.end <= chars.len(), "{s:?}");
            prop_assert!(s.start >= last_end, "overlap at {s:?}");
            prop_assert!(!chars[s.start].is_whitespace() && !chars[s.end - 1].is_whitespace());
            last_end = s.end;
        }
    }

    #[test]
    fn analysis_never_panics(text in newsy()) {
        for a in analyse(&text, Model::embedded(), Decision::default()) {
            prop_assert!((0.0..=1.0).contains(&a.score));
            prop_assert!(!a.passes || a.role.can_be_claim());
            for n in &a.numbers {
                prop_assert!(a.text.contains(&n.text));
                prop_assert!(n.value.is_finite());
            }
        }
    }

    #[test]
    fn helpers_accept_any_unicode(text in "\\PC{0,80}") {
        let _ = numbers::find(&text);
        let _ = classify::claimant(&text);
        let _ = split::split(&text);
    }
}
