//! Reload and merge: when a story changed on disk under the UI, a three-way merge by claim id of the file as
//! loaded (base), the reviewer's edits (mine) and the file on disk (theirs). Nobody's work is dropped: where both
//! sides changed the same claim, the reviewer's version is kept and the conflict is named.

use crate::model::{Claim, StoryFile};

/// The merged file and the ids of claims both sides changed (kept as the reviewer's).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub file: StoryFile,
    pub conflicts: Vec<String>,
}

fn pick<T: PartialEq + Clone>(base: &T, mine: &T, theirs: &T, what: &str, conflicts: &mut Vec<String>) -> T {
    if mine == base {
        theirs.clone()
    } else if theirs == base || theirs == mine {
        mine.clone()
    } else {
        conflicts.push(what.to_string());
        mine.clone()
    }
}

/// Merges three versions of one story file.
pub fn merge(base: &StoryFile, mine: &StoryFile, theirs: &StoryFile) -> Merged {
    let mut conflicts = Vec::new();
    let find = |v: &[Claim], id: &str| v.iter().position(|c| c.id == id);
    let mut claims: Vec<Claim> = Vec::new();
    // Their order first: their claims, merged with ours.
    for t in &theirs.claims {
        let b = find(&base.claims, &t.id).map(|i| &base.claims[i]);
        let m = find(&mine.claims, &t.id).map(|i| &mine.claims[i]);
        match (b, m) {
            (Some(b), Some(m)) => claims.push(pick(b, m, t, &format!("claim `{}`", t.id), &mut conflicts)),
            // I deleted it: gone, unless they changed it meanwhile.
            (Some(b), None) => {
                if t != b {
                    conflicts.push(format!("claim `{}` (deleted here, changed on disk: kept)", t.id));
                    claims.push(t.clone());
                }
            }
            // They added it; if I added one with the same id, keep both versions' content as mine.
            (None, Some(m)) => {
                if m != t {
                    conflicts.push(format!("claim `{}` (added on both sides)", t.id));
                }
                claims.push(m.clone());
            }
            (None, None) => claims.push(t.clone()),
        }
    }
    // Then mine that they do not have.
    for m in &mine.claims {
        if find(&theirs.claims, &m.id).is_some() {
            continue;
        }
        match find(&base.claims, &m.id).map(|i| &base.claims[i]) {
            // Added here.
            None => claims.push(m.clone()),
            // They deleted it: gone, unless I changed it.
            Some(b) => {
                if m != b {
                    conflicts.push(format!("claim `{}` (changed here, deleted on disk: kept)", m.id));
                    claims.push(m.clone());
                }
            }
        }
    }
    let mut rejected = theirs.rejected.clone();
    for r in &mine.rejected {
        if !rejected.contains(r) && !base.rejected.contains(r) {
            rejected.push(r.clone());
        }
    }
    let file = StoryFile {
        story: pick(&base.story, &mine.story, &theirs.story, "the story's metadata", &mut conflicts),
        values: pick(&base.values, &mine.values, &theirs.values, "the story's values", &mut conflicts),
        claims,
        rejected,
        extra: pick(&base.extra, &mine.extra, &theirs.extra, "the story's other keys", &mut conflicts),
    };
    Merged { file, conflicts }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(claims: &[(&str, &str)]) -> StoryFile {
        StoryFile {
            claims: claims
                .iter()
                .map(|(id, v)| {
                    let mut c = Claim::new(id, "t");
                    c.verdict = v.to_string();
                    c
                })
                .collect(),
            ..Default::default()
        }
    }

    fn verdicts(f: &StoryFile) -> Vec<(String, String)> {
        f.claims.iter().map(|c| (c.id.clone(), c.verdict.clone())).collect()
    }

    #[test]
    fn edits_on_different_claims_both_survive() {
        let base = file(&[("a", ""), ("b", "")]);
        let mine = file(&[("a", "accurate"), ("b", "")]);
        let theirs = file(&[("a", ""), ("b", "misleading"), ("c", "")]);
        let m = merge(&base, &mine, &theirs);
        assert!(m.conflicts.is_empty());
        let want = [("a", "accurate"), ("b", "misleading"), ("c", "")];
        assert_eq!(verdicts(&m.file), want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn both_changed_keeps_mine_and_names_it() {
        let base = file(&[("a", "")]);
        let mine = file(&[("a", "accurate")]);
        let theirs = file(&[("a", "inaccurate")]);
        let m = merge(&base, &mine, &theirs);
        assert_eq!(m.file.claims[0].verdict, "accurate");
        assert_eq!(m.conflicts, ["claim `a`"]);
    }

    #[test]
    fn deletions_and_additions() {
        let base = file(&[("a", ""), ("b", ""), ("c", "")]);
        // I delete a, add d; they delete b, change c.
        let mine = file(&[("b", ""), ("c", ""), ("d", "")]);
        let theirs = file(&[("a", ""), ("c", "accurate")]);
        let m = merge(&base, &mine, &theirs);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let ids: Vec<_> = m.file.claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c", "d"]);
        // A deletion against a change keeps the changed claim.
        let theirs = file(&[("a", "misleading"), ("b", ""), ("c", "")]);
        let m = merge(&base, &mine, &theirs);
        assert!(m.file.claims.iter().any(|c| c.id == "a" && c.verdict == "misleading"));
        assert_eq!(m.conflicts.len(), 1);
    }
}
