//! Generated claim ids (issue 14, item 9): cut at a word boundary, at most 40 characters, no trailing dash, and a
//! numeric suffix only on a real collision.

#[path = "common/cache.rs"]
mod test_cache;

use factdesk::model::{MAX_ID_LEN, is_slug, slugify, unique_id};
use proptest::prelude::*;

/// The slug of the whole text, uncut.
fn full(text: &str) -> String {
    slugify(text, usize::MAX)
}

proptest! {
    #[test]
    fn an_id_is_a_slug_cut_after_a_whole_word(text in "[a-zA-Z0-9 ,.'é—-]{0,120}") {
        let id = slugify(&text, MAX_ID_LEN);
        let whole = full(&text);
        prop_assert!(is_slug(&id), "{id:?} is not a slug");
        prop_assert!(id.len() <= MAX_ID_LEN, "{id:?} is {} characters", id.len());
        prop_assert!(!id.ends_with('-'));
        let first_word = whole.split('-').next().unwrap_or("");
        if first_word.len() > MAX_ID_LEN {
            // Only a first word longer than the limit is cut inside.
            prop_assert_eq!(&id[..], &first_word[..MAX_ID_LEN]);
        } else {
            prop_assert!(id == whole || whole.starts_with(&format!("{id}-")), "{id:?} does not end on a word of {whole:?}");
            // And it keeps as many words as fit.
            if id != whole {
                let next = whole[id.len() + 1..].split('-').next().unwrap_or("");
                prop_assert!(id.len() + 1 + next.len() > MAX_ID_LEN, "{id:?} could have kept {next:?}");
            }
        }
    }

    #[test]
    fn a_unique_id_stays_a_short_slug(text in "[a-z ]{1,80}", copies in 1usize..5) {
        let base = slugify(&text, MAX_ID_LEN);
        let mut ids: Vec<String> = Vec::new();
        for _ in 0..copies {
            let id = unique_id(&base, |id| ids.iter().any(|i| i == id));
            prop_assert!(is_slug(&id) && id.len() <= MAX_ID_LEN, "{id:?}");
            prop_assert!(!ids.contains(&id));
            ids.push(id);
        }
        // The first one is the base itself: no suffix without a collision.
        prop_assert_eq!(&ids[0], &base);
    }
}

#[test]
fn extract_gives_whole_word_ids_and_suffixes_only_real_collisions() {
    let t = tempfile::tempdir().unwrap();
    let article = t.path().join("a.txt");
    // The same long sentence twice: the second needs a suffix, and both end on a whole word.
    let sentence = "The ministry said that 4,500 people were rescued from scam compounds across the provinces in 2024.";
    std::fs::write(&article, format!("Rescues.\n\n{sentence}\n\nLater.\n\n{sentence}\n")).unwrap();
    let ws = t.path().join("ws");
    let out = test_cache::factdesk()
        .arg("extract")
        .arg(&article)
        .args(["--story", "rescues", "--threshold", "0", "--workspace"])
        .arg(&ws)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ws = factdesk::load::load_workspace(&ws).unwrap();
    let ids: Vec<&str> = ws.story("rescues").unwrap().file.claims.iter().map(|c| c.id.as_str()).collect();
    let want = "the-ministry-said-that-4-500-people-were";
    assert!(ids.contains(&want), "{ids:?}");
    for id in &ids {
        assert!(is_slug(id) && id.len() <= MAX_ID_LEN, "{id:?}");
    }
    // The repeated sentence collides, so it gets the suffix, its words cut so that the id keeps within 40.
    assert!(ids.contains(&"the-ministry-said-that-4-500-people-2"), "{ids:?}");
    assert_eq!(ids.iter().filter(|id| id.ends_with("-2")).count(), 1, "{ids:?}");
}
