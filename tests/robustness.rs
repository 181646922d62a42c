//! Property tests, cheap enough for every CI run: untrusted input never panics the loader, anchoring, the
//! merge or the lossless save, and a save always reads back as the story that was saved.

use factdesk::anchor::{self, AnchorState};
use factdesk::model::{Claim, Quote, Source, Status, StoryFile};
use factdesk::safety::merge;
use factdesk::splice;
use factdesk::store;
use proptest::prelude::*;
use std::path::Path;

/// YAML-flavoured junk: the tokens that make parsers branch.
fn yamlish() -> impl Strategy<Value = String> {
    const TOKENS: &[&str] = &[
        "- ",
        ": ",
        "\n",
        "  ",
        "[",
        "]",
        "{",
        "}",
        ", ",
        "&a ",
        "*a",
        "<<: ",
        "'",
        "\"",
        "# ",
        "| ",
        ">-",
        "? ",
        "!!binary ",
        "---\n",
        "story:\n  title: ",
        "claims:\n- id: ",
        "\u{1b}]0;x\u{7}",
        "\u{feff}",
        "word",
        "42",
    ];
    let token = prop::sample::select(TOKENS);
    prop::collection::vec(token, 0..120).prop_map(|v| v.concat())
}

/// Text with the characters that break naive code: multi-byte, controls, bidi, newlines.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-zA-Z ]{1,8}",
            Just("\n".to_string()),
            Just("ខ្មែរ".to_string()),
            Just("\u{202e}".to_string()),
            Just("\u{1b}[31m".to_string()),
            Just("# not a comment".to_string()),
            Just("'\"".to_string()),
            Just(": -".to_string()),
            Just("\t".to_string()),
        ],
        0..12,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn loader_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = store::parse_story(Path::new("f.yaml"), &text);
    }

    #[test]
    fn loader_never_panics_on_yamlish(text in yamlish()) {
        let r = store::parse_story(Path::new("f.yaml"), &text);
        if let Err(d) = r {
            // Every error names a place in the file.
            prop_assert!(d.line >= 1 && d.to_string().starts_with("f.yaml:"));
        }
    }

    #[test]
    fn anchoring_never_panics(
        article in "(?s).{0,300}",
        exact in "(?s).{0,40}",
        prefix in "(?s).{0,20}",
        suffix in "(?s).{0,20}",
        start in prop::option::of(any::<usize>()),
        end in prop::option::of(any::<usize>()),
    ) {
        let a = anchor::resolve(&article, &Quote { exact, prefix, suffix, start, end });
        if !a.is_orphaned() {
            prop_assert!(a.start <= a.end && a.end <= article.chars().count());
        }
    }

    #[test]
    fn a_fresh_quote_resolves_to_itself(article in "(?s).{1,300}", a in any::<usize>(), b in any::<usize>()) {
        let n = article.chars().count();
        let (s, e) = { let (x, y) = (a % n, b % n); (x.min(y), x.max(y) + 1) };
        let got = anchor::resolve(&article, &anchor::make_quote(&article, s, e));
        prop_assert_eq!((got.start, got.end, got.state), (s, e, AnchorState::Exact));
    }

    #[test]
    fn lossless_save_reads_back_as_the_saved_story(edits in prop::collection::vec((0usize..6, any::<usize>(), hostile_text()), 1..6)) {
        let old = store::parse_story(Path::new("c.yaml"), HAND).unwrap();
        let mut new = old.clone();
        for (what, which, text) in edits {
            apply(&mut new, what, which, text);
        }
        let plan = splice::plan(HAND, &new).unwrap();
        let back = store::parse_story(Path::new("c.yaml"), &plan.text).unwrap();
        prop_assert_eq!(&back, &new, "{}", plan.text);
        if plan.lossless {
            // Every comment of the original is still there.
            prop_assert!(plan.text.contains("# Desk copy") && plan.text.contains("# after the list"), "{}", plan.text);
        } else {
            prop_assert!(plan.warning.is_some());
        }
    }

    #[test]
    fn merge_never_panics_and_one_sided_changes_win(
        m_edits in prop::collection::vec((0usize..6, any::<usize>(), hostile_text()), 0..5),
        t_edits in prop::collection::vec((0usize..6, any::<usize>(), hostile_text()), 0..5),
    ) {
        let base = store::parse_story(Path::new("c.yaml"), HAND).unwrap();
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        for (w, i, t) in m_edits { apply(&mut mine, w, i, t); }
        for (w, i, t) in t_edits { apply(&mut theirs, w, i, t); }
        prop_assert_eq!(merge::merge(&base, &mine, &base).unwrap().result().unwrap(), mine.clone());
        prop_assert_eq!(merge::merge(&base, &base, &theirs).unwrap().result().unwrap(), theirs.clone());
        let mut m = merge::merge(&base, &mine, &theirs).unwrap();
        m.resolve_all(merge::Choice::Theirs).unwrap();
        prop_assert!(m.is_clean());
        m.result().unwrap();
    }
}

const HAND: &str = "\
# Desk copy: keep comments.
story:
  title: \"Scam compounds\"  # working title
  article: article.txt
claims:
- id: a
  text: 'Half of GDP'
  quote: {exact: half of GDP}
  sources:
  - title: One
    url: https://one

# b is disputed
- id: b
  text: |
    Nine minors
  x-desk: keep
# after the list
";

fn apply(f: &mut StoryFile, what: usize, which: usize, text: String) {
    let n = f.claims.len();
    match what {
        0 if n > 0 => f.claims[which % n].notes = text,
        1 if n > 0 => f.claims[which % n].text = text,
        2 => f.claims.push(Claim::new(&format!("new-{which}"), &text)),
        3 if n > 0 => {
            f.claims.remove(which % n);
        }
        4 if n > 0 => f.claims[which % n].sources.push(Source {
            title: text,
            url: format!("https://{which}"),
            ..Default::default()
        }),
        5 if n > 0 => {
            f.claims[which % n].status = Status::ALL[which % Status::ALL.len()];
            f.story.title = text;
        }
        _ => {}
    }
}
