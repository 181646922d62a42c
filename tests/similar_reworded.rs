//! "Have we checked this before?" on newsroom-style pairs written for factdesk (`tests/fixtures/reworded-pairs.tsv`):
//! a checked claim comes back reworded, among the sample workspace's claims and 2,000 generated ones, and the
//! checked claim must be found. Held out: the pairs were written before the ranking was tuned and never tuned on.

use factdesk::generate::{Rng, story};
use factdesk::similar::{DocRef, Fields, Params, SimilarIndex};

fn pairs() -> Vec<(String, String)> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reworded-pairs.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (a, b) = l.split_once('\t').expect("checked<TAB>reworded");
            (a.to_string(), b.to_string())
        })
        .collect()
}

/// The rank (1-based) of each pair's checked claim when its rewording is looked up.
fn ranks() -> Vec<(usize, String)> {
    let pairs = pairs();
    assert_eq!(pairs.len(), 30);
    let ws = factdesk::load::load_workspace(&common::fixture()).expect("sample workspace");
    let mut rng = Rng::new(18);
    let generated: Vec<_> = (0..20).map(|i| story(&mut rng, i, 100, &[]).2).collect();
    let mut docs: Vec<(DocRef, Fields)> = Vec::new();
    for (i, (checked, _)) in pairs.iter().enumerate() {
        docs.push((DocRef { story: 0, claim: i as u32 }, Fields::text(checked)));
    }
    for (si, s) in ws.stories.iter().enumerate() {
        for (ci, c) in s.file.claims.iter().enumerate() {
            docs.push((DocRef { story: 1 + si as u32, claim: ci as u32 }, Fields::of(c)));
        }
    }
    for (si, f) in generated.iter().enumerate() {
        for (ci, c) in f.claims.iter().enumerate() {
            docs.push((DocRef { story: 1000 + si as u32, claim: ci as u32 }, Fields::of(c)));
        }
    }
    assert!(docs.len() > 2000, "{}", docs.len());
    let ix = SimilarIndex::from_docs(docs, Params::default());
    pairs
        .iter()
        .enumerate()
        .map(|(i, (_, reworded))| {
            let (found, _) = ix.similar_to_text(reworded, 10);
            let rank =
                found.iter().position(|s| s.doc == DocRef { story: 0, claim: i as u32 }).map_or(usize::MAX, |r| r + 1);
            (rank, reworded.clone())
        })
        .collect()
}

mod common;

#[test]
fn reworded_claims_find_the_checked_claim() {
    // Every checked claim must come first: the panel shows five, but a journalist merging a candidate reads
    // the first line. (Measured when the pairs were first run against the tuned ranking: all 30 first.)
    let missed: Vec<_> = ranks().into_iter().filter(|(r, _)| *r != 1).collect();
    assert!(missed.is_empty(), "not ranked first (rank, rewording): {missed:?}");
}
