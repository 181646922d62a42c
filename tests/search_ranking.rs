//! Issue 16: `factdesk search` gives, cold (loading the workspace) and warm (from the mapped search table), the
//! matches and order of a plain reference: nucleo applied to each field of every claim (text, claimant, tags, id,
//! notes), each term of the query scored in every field, its best field counted, a claim matching when every term
//! matches some field; no prefilter, one thread, best first, ties in workspace order. What makes search fast
//! (prefilters, threads, reading less) may not change a single row.

mod common;

use common::copy_dir;
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The sample story and its settings beside 60 generated stories of 20 claims (mixed scripts, notes, tags).
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("claims");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("claims"), &ws);
    let generated = t.path().join("generated");
    factdesk::generate::generate(&generated, 60, 20, 21).unwrap();
    for e in std::fs::read_dir(&generated).unwrap().flatten() {
        if e.path().is_dir() {
            std::fs::rename(e.path(), ws.join(e.file_name())).unwrap();
        }
    }
    // The cache trusts a file only when its mtime is not too recent to be sure of.
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
    for dir in factdesk::store::story_dirs(&ws).unwrap() {
        for f in std::fs::read_dir(dir).unwrap().flatten() {
            std::fs::File::options().write(true).open(f.path()).unwrap().set_modified(old).unwrap();
        }
    }
    (t, ws)
}

/// A claim's fields as the reference reads them: control characters made spaces, tags joined by a space.
fn fields(c: &factdesk::model::Claim) -> Vec<Vec<char>> {
    let plain = |s: &str| s.chars().map(|ch| if ch.is_control() { ' ' } else { ch }).collect();
    vec![plain(&c.text), plain(&c.claimant), plain(&c.tags.join(" ")), plain(&c.id), plain(&c.notes)]
}

/// The reference score of a claim: each atom's best score over the fields, summed; `None` when an atom matches
/// no field. With it, the characters of the text that the atoms whose best field (the first of equals) is the text
/// matched, sorted: what `matched` in the JSON highlights.
fn score(pattern: &Pattern, m: &mut nucleo_matcher::Matcher, c: &factdesk::model::Claim) -> Option<(i64, Vec<u32>)> {
    let fields = fields(c);
    let mut total = 0;
    let mut matched = Vec::new();
    for atom in &pattern.atoms {
        let scores: Vec<Option<u16>> =
            fields.iter().map(|f| atom.score(nucleo_matcher::Utf32Str::Unicode(f), m)).collect();
        let best = scores.iter().flatten().copied().max()?;
        total += i64::from(best);
        if scores[0] == Some(best) {
            atom.indices(nucleo_matcher::Utf32Str::Unicode(&fields[0]), m, &mut matched);
        }
    }
    matched.sort_unstable();
    matched.dedup();
    Some((total, matched))
}

/// The old definition, for contrast: the whole query scored on the fields joined by two spaces.
fn across_fields(pattern: &Pattern, m: &mut nucleo_matcher::Matcher, c: &factdesk::model::Claim) -> Option<i64> {
    let joined: Vec<char> = fields(c).into_iter().filter(|f| !f.is_empty()).collect::<Vec<_>>().join(&[' ', ' '][..]);
    pattern.score(nucleo_matcher::Utf32Str::Unicode(&joined), m).map(i64::from)
}

/// A match: story, id, score, and the text's matched characters.
type Found = (String, String, i64, Vec<u32>);

/// Every match, best first: the reference.
fn reference(ws: &Path, query: &str) -> Vec<Found> {
    let w = factdesk::load::load_workspace(ws).unwrap();
    let pattern = Pattern::new(query, CaseMatching::Smart, Normalization::Smart, AtomKind::Fuzzy);
    let mut m = nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT);
    let min = factdesk::search::min_score(query);
    let mut hits = Vec::new();
    for st in &w.stories {
        for c in &st.file.claims {
            if let Some((score, matched)) = score(&pattern, &mut m, c).filter(|s| s.0 >= min) {
                hits.push((st.slug.clone(), c.id.clone(), score, matched));
            }
        }
    }
    // A stable sort: ties keep the workspace's order.
    hits.sort_by_key(|h| std::cmp::Reverse(h.2));
    hits
}

fn search(cache: &Path, ws: &Path, query: &str) -> Vec<Found> {
    let o = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(["search", query, ws.to_str().unwrap(), "--format", "json", "--limit", "1000000"])
        .env("XDG_CACHE_HOME", cache)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(o.status.success(), "{query}: {}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let matched = h["matched"].as_array().unwrap().iter().map(|i| i.as_u64().unwrap() as u32).collect();
            (
                h["story"].as_str().unwrap().into(),
                h["id"].as_str().unwrap().into(),
                h["score"].as_i64().unwrap(),
                matched,
            )
        })
        .collect()
}

#[test]
fn search_cold_and_warm_ranks_as_the_plain_reference() {
    let (t, ws) = workspace();
    let cache = t.path().join("xdg");
    let queries =
        ["gdp half", "rice", "phnom penh", "Taipei", "臺北", "half of", "scam revenue", "zzqqxx", "ab", "é", "GDP"];
    let mut matched = 0;
    for q in queries {
        let want = reference(&ws, q);
        matched += usize::from(!want.is_empty());
        std::fs::remove_dir_all(&cache).ok();
        assert_eq!(search(&cache, &ws, q), want, "cold: {q}");
        assert!(std::fs::read_dir(cache.join("factdesk")).is_ok_and(|mut d| d.next().is_some()), "a cache was written");
        assert_eq!(search(&cache, &ws, q), want, "warm: {q}");
        assert_eq!(search(&cache, &ws, q), want, "warm again: {q}");
    }
    assert!(matched >= 8, "most queries match something");
    assert!(reference(&ws, "gdp half").len() > 20, "a query with many matches, ties among them");
}

/// The definition pinned above is not the old one: on this workspace, some claims matched "gdp half" only with a
/// term spread over two fields; a term within one field scores the same either way.
#[test]
fn a_term_spread_over_two_fields_no_longer_matches() {
    let (_t, ws) = workspace();
    let w = factdesk::load::load_workspace(&ws).unwrap();
    let pattern = Pattern::new("gdp half", CaseMatching::Smart, Normalization::Smart, AtomKind::Fuzzy);
    let mut m = nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT);
    let (mut only_across, mut both) = (0, 0);
    for c in w.stories.iter().flat_map(|s| &s.file.claims) {
        match (score(&pattern, &mut m, c), across_fields(&pattern, &mut m, c)) {
            (None, Some(_)) => only_across += 1,
            (Some(_), Some(_)) => both += 1,
            (Some(_), None) => panic!("a match within fields is a match across them: {}", c.id),
            (None, None) => {}
        }
    }
    assert!(only_across > 0 && both > 0, "{only_across} {both}");
    let one = factdesk::model::Claim { text: "GDP fell by half".into(), ..Default::default() };
    assert_eq!(score(&pattern, &mut m, &one).map(|s| s.0), across_fields(&pattern, &mut m, &one));
}
