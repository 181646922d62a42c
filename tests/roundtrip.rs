//! Property tests: random edits to claims survive a save and a load unchanged, and re-saving is byte-identical.

use factdesk::model::{Claim, HistoryEntry, Kind, Source, Status};
use factdesk::store;
use proptest::prelude::*;
use std::fs;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9 :#'\"|>&*!%@`,\\[\\]{}-]{0,40}",
        "( {0,3}[\\PC]{0,20}\n){0,5}",
        Just(String::new()),
        Just("yes".to_string()),
        Just("null".to_string()),
        Just("12.5".to_string()),
        Just("  leading and trailing  \n\n".to_string()),
        Just("ខ្មែរ ไทย 中文 👩‍💻".to_string()),
    ]
}

fn claim() -> impl Strategy<Value = Claim> {
    (
        "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}",
        text(),
        text(),
        text(),
        prop::sample::select(Kind::ALL),
        prop::sample::select(Status::ALL),
        prop::sample::select(vec!["", "accurate", "misleading", "unverifiable"]),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec((text(), text(), text()), 0..3),
        prop::option::of(0.0f64..1.0),
        prop::collection::vec((text(), text()), 0..3),
    )
        .prop_map(|(id, t, exact, notes, kind, status, verdict, tags, sources, score, history)| Claim {
            id,
            text: t,
            kind,
            status,
            verdict: verdict.into(),
            notes,
            tags,
            score,
            quote: factdesk::model::Quote { exact, ..Default::default() },
            sources: sources
                .into_iter()
                .map(|(title, url, excerpt)| Source { title, url, excerpt, ..Default::default() })
                .collect(),
            history: history
                .into_iter()
                .map(|(by, change)| HistoryEntry { at: "2026-11-28T00:00:00Z".into(), by, change })
                .collect(),
            ..Default::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn edits_survive_save_and_load(claims in prop::collection::vec(claim(), 0..6), title in text()) {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("s");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("article.txt"), "Some article text.").unwrap();
        fs::write(dir.join("claims.yaml"), "story:\n  title: x\n  article: article.txt\nclaims: []\n").unwrap();
        let mut ws = factdesk::load::load_workspace(t.path()).unwrap();
        let story = &mut ws.stories[0];
        story.file.story.title = title;
        story.file.claims = claims;
        store::save_story(story).unwrap();
        let expected = story.file.clone();
        let first = fs::read(dir.join("claims.yaml")).unwrap();

        let mut again = factdesk::load::load_workspace(t.path()).unwrap();
        prop_assert_eq!(again.stories.len(), 1, "{:?}", again.diagnostics);
        prop_assert_eq!(&again.stories[0].file, &expected);
        store::save_story(&mut again.stories[0]).unwrap();
        prop_assert_eq!(fs::read(dir.join("claims.yaml")).unwrap(), first);
    }
}
