//! Three-way merge of story files: base (as loaded), mine (unsaved), theirs (the new file on disk), per claim and per field.
//!
//! The merge works on the YAML value tree, so keys factdesk does not know merge like any other field.
//! - Mappings merge key by key, recursively.
//! - Claims are matched by `id`, sources by `url`, rejected candidates by `exact`; other lists (tags, history,
//!   checks) merge as ordered sets, so additions and removals from both sides are kept.
//! - A field changed differently on both sides is a [`Conflict`]. Until it is resolved the merged value holds
//!   *mine*, so nothing typed is lost even if the UI never asks.

use crate::model::StoryFile;
use serde_yaml::{Mapping, Value};
use std::collections::HashMap;
use std::fmt;

/// One step of a path into the story's value tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A key of a mapping.
    Key(String),
    /// The item of a keyed list (claims, sources, rejected) whose key field has this value.
    Item(String),
}

/// A field changed in different ways by mine and theirs.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The claim it is in; `None` for story-level fields (`story.title`, `values`, unknown top-level keys).
    pub claim_id: Option<String>,
    /// Where, inside the claim (or the file), e.g. `verdict`, `quote.exact`, `sources[https://x].title`;
    /// empty when the whole claim collides (deleted on one side, edited on the other).
    pub field: String,
    /// `None` means absent (never set, or deleted).
    pub base: Option<Value>,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
    /// The full path, used by [`Merge::resolve`].
    pub path: Vec<Step>,
}

impl Conflict {
    /// The value as YAML text, for showing; `(none)` when absent. Not sanitized: pass it through `crate::sanitize`.
    pub fn show(v: &Option<Value>) -> String {
        match v {
            None | Some(Value::Null) => "(none)".into(),
            Some(Value::String(s)) => s.clone(),
            Some(v) => serde_yaml::to_string(v).unwrap_or_default().trim_end().to_string(),
        }
    }
}

impl Conflict {
    /// Where the conflict is, for messages: "claim `c1`, verdict". Not sanitized.
    pub fn place(&self) -> String {
        let field = if self.field.is_empty() {
            "the whole claim (deleted on one side, edited on the other)"
        } else {
            &self.field
        };
        match &self.claim_id {
            Some(id) => format!("claim `{id}`, {field}"),
            None => format!("the story, {field}"),
        }
    }

    /// Both sides kept, where that makes sense: text joins mine, a blank line and theirs; lists take mine's
    /// items then theirs' other items. `None` for anything else (numbers, verdicts, whole claims).
    /// Use with `Choice::Custom(conflict.both())`.
    pub fn both(&self) -> Option<Value> {
        match (&self.mine, &self.theirs) {
            (Some(Value::String(m)), Some(Value::String(t))) if !self.field.is_empty() && is_free_text(&self.field) => {
                Some(Value::String(format!("{}\n\n{}", m.trim_end(), t)))
            }
            (Some(Value::Sequence(m)), Some(Value::Sequence(t))) => {
                let mut out = m.clone();
                out.extend(t.iter().filter(|v| !m.contains(v)).cloned());
                Some(Value::Sequence(out))
            }
            _ => None,
        }
    }
}

/// Fields whose text can be joined without changing its meaning.
fn is_free_text(field: &str) -> bool {
    let last = field.rsplit('.').next().unwrap_or(field);
    matches!(last, "notes" | "excerpt" | "note")
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = if self.field.is_empty() { "(whole claim)" } else { &self.field };
        let claim = self.claim_id.as_deref().map_or_else(|| "story".to_string(), |c| format!("claim `{c}`"));
        write!(
            f,
            "{}, {}: base {:?}, mine {:?}, theirs {:?}",
            crate::sanitize::line(&claim),
            crate::sanitize::line(field),
            crate::sanitize::line(&Conflict::show(&self.base)),
            crate::sanitize::line(&Conflict::show(&self.mine)),
            crate::sanitize::line(&Conflict::show(&self.theirs)),
        )
    }
}

/// How the journalist settles one conflict.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    Mine,
    Theirs,
    Base,
    /// A value typed by hand (`None` removes the field or claim).
    Custom(Option<Value>),
}

/// The result of a merge: the merged tree, and the conflicts still to settle.
#[derive(Debug, Clone)]
pub struct Merge {
    value: Value,
    pub conflicts: Vec<Conflict>,
    resolved: Vec<bool>,
}

/// Why a merge could not be built or finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeError(pub String);

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::sanitize::line(&self.0))
    }
}

impl std::error::Error for MergeError {}

fn to_value(file: &StoryFile) -> Result<Value, MergeError> {
    serde_yaml::to_value(file).map_err(|e| MergeError(format!("cannot represent the story: {e}")))
}

/// Merges three versions of a story file.
pub fn merge(base: &StoryFile, mine: &StoryFile, theirs: &StoryFile) -> Result<Merge, MergeError> {
    let (b, m, t) = (to_value(base)?, to_value(mine)?, to_value(theirs)?);
    let mut conflicts = Vec::new();
    let value = merge_value(Some(&b), Some(&m), Some(&t), &mut Vec::new(), &mut conflicts).unwrap_or(Value::Null);
    let resolved = vec![false; conflicts.len()];
    Ok(Merge { value, conflicts, resolved })
}

impl Merge {
    /// Whether every conflict has been settled (always true when there were none).
    pub fn is_clean(&self) -> bool {
        self.resolved.iter().all(|r| *r)
    }

    /// Conflicts not settled yet, with their indices.
    pub fn pending(&self) -> impl Iterator<Item = (usize, &Conflict)> {
        self.conflicts.iter().enumerate().filter(|(i, _)| !self.resolved[*i])
    }

    /// Conflicts grouped by claim, in the order they were found: the UI shows one group at a time.
    pub fn by_claim(&self) -> Vec<(Option<String>, Vec<usize>)> {
        let mut out: Vec<(Option<String>, Vec<usize>)> = Vec::new();
        for (i, c) in self.conflicts.iter().enumerate() {
            match out.iter_mut().find(|(id, _)| *id == c.claim_id) {
                Some((_, v)) => v.push(i),
                None => out.push((c.claim_id.clone(), vec![i])),
            }
        }
        out
    }

    /// Settles conflict `index`.
    pub fn resolve(&mut self, index: usize, choice: Choice) -> Result<(), MergeError> {
        let c = self.conflicts.get(index).ok_or_else(|| MergeError(format!("no conflict #{index}")))?;
        let chosen = match choice {
            Choice::Mine => c.mine.clone(),
            Choice::Theirs => c.theirs.clone(),
            Choice::Base => c.base.clone(),
            Choice::Custom(v) => v,
        };
        let path = c.path.clone();
        set_path(&mut self.value, &path, chosen)?;
        self.resolved[index] = true;
        Ok(())
    }

    /// Settles every pending conflict the same way.
    pub fn resolve_all(&mut self, choice: Choice) -> Result<(), MergeError> {
        let pending: Vec<usize> = self.pending().map(|(i, _)| i).collect();
        for i in pending {
            self.resolve(i, choice.clone())?;
        }
        Ok(())
    }

    /// The merged story. Unsettled conflicts keep *mine*; call [`Merge::is_clean`] first to be sure.
    pub fn result(&self) -> Result<StoryFile, MergeError> {
        serde_yaml::from_value(self.value.clone()).map_err(|e| MergeError(format!("merged story is not valid: {e}")))
    }
}

/// The field that identifies an item in a list under `key`, if the list is keyed.
fn list_key(key: Option<&str>) -> Option<&'static str> {
    match key {
        Some("claims") => Some("id"),
        Some("sources") => Some("url"),
        Some("rejected") => Some("exact"),
        _ => None,
    }
}

fn last_key(path: &[Step]) -> Option<&str> {
    match path.last() {
        Some(Step::Key(k)) => Some(k),
        _ => None,
    }
}

fn claim_of(path: &[Step]) -> (Option<String>, String) {
    if let [Step::Key(k), Step::Item(id), rest @ ..] = path
        && k == "claims"
    {
        return (Some(id.clone()), describe(rest));
    }
    (None, describe(path))
}

fn describe(path: &[Step]) -> String {
    let mut s = String::new();
    for step in path {
        match step {
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Step::Item(id) => s.push_str(&format!("[{id}]")),
        }
    }
    s
}

fn conflict(path: &[Step], b: Option<&Value>, m: Option<&Value>, t: Option<&Value>) -> Conflict {
    let (claim_id, field) = claim_of(path);
    Conflict { claim_id, field, base: b.cloned(), mine: m.cloned(), theirs: t.cloned(), path: path.to_vec() }
}

/// Merges one node. `None` is absent. Returns the merged node (absent when deleted).
fn merge_value(
    b: Option<&Value>,
    m: Option<&Value>,
    t: Option<&Value>,
    path: &mut Vec<Step>,
    out: &mut Vec<Conflict>,
) -> Option<Value> {
    if m == t {
        return m.cloned();
    }
    if m == b {
        return t.cloned();
    }
    if t == b {
        return m.cloned();
    }
    match (b, m, t) {
        (b @ (None | Some(Value::Mapping(_))), Some(Value::Mapping(mm)), Some(Value::Mapping(tm))) => {
            let empty = Mapping::new();
            let bm = match b {
                Some(Value::Mapping(bm)) => bm,
                _ => &empty,
            };
            Some(Value::Mapping(merge_mapping(bm, mm, tm, path, out)))
        }
        (b @ (None | Some(Value::Sequence(_))), Some(Value::Sequence(ms)), Some(Value::Sequence(ts))) => {
            let bs = match b {
                Some(Value::Sequence(bs)) => bs.as_slice(),
                _ => &[],
            };
            Some(Value::Sequence(merge_list(bs, ms, ts, list_key(last_key(path)), path, out)))
        }
        _ => {
            out.push(conflict(path, b, m, t));
            m.cloned()
        }
    }
}

fn merge_mapping(b: &Mapping, m: &Mapping, t: &Mapping, path: &mut Vec<Step>, out: &mut Vec<Conflict>) -> Mapping {
    // Key order: theirs (what is on disk), then keys only mine has, in mine's order.
    let mut keys: Vec<&Value> = t.keys().collect();
    for k in m.keys().chain(b.keys()) {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let mut merged = Mapping::new();
    for k in keys {
        let name = match k {
            Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other).unwrap_or_default().trim_end().to_string(),
        };
        path.push(Step::Key(name));
        if let Some(v) = merge_value(b.get(k), m.get(k), t.get(k), path, out) {
            merged.insert(k.clone(), v);
        }
        path.pop();
    }
    merged
}

/// Keys for the items of a list: the key field when it is a non-empty string, else the whole item.
/// Repeated keys get an occurrence number, so every item has its own.
fn item_keys(items: &[Value], key_field: Option<&str>) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    items
        .iter()
        .map(|item| {
            let k = match key_field.and_then(|f| item.get(f)).and_then(Value::as_str) {
                Some(s) if !s.is_empty() => format!("k:{s}"),
                _ => format!("v:{}", serde_yaml::to_string(item).unwrap_or_default()),
            };
            let n = seen.entry(k.clone()).or_insert(0);
            *n += 1;
            if *n == 1 { k } else { format!("{k}#{n}") }
        })
        .collect()
}

fn merge_list(
    b: &[Value],
    m: &[Value],
    t: &[Value],
    key_field: Option<&str>,
    path: &mut Vec<Step>,
    out: &mut Vec<Conflict>,
) -> Vec<Value> {
    let (bk, mk, tk) = (item_keys(b, key_field), item_keys(m, key_field), item_keys(t, key_field));
    let find = |keys: &[String], items: &[Value], k: &str| keys.iter().position(|x| x == k).map(|i| items[i].clone());
    // Order: theirs, with mine's new items placed after the item they follow in mine.
    let mut order: Vec<String> = tk.clone();
    for (i, k) in mk.iter().enumerate() {
        if order.contains(k) {
            continue;
        }
        let after = mk[..i].iter().rev().find_map(|p| order.iter().position(|o| o == p));
        // Mine's first item goes first; an item whose predecessors are all gone from theirs goes last.
        let at = match after {
            Some(p) => p + 1,
            None if i == 0 => 0,
            None => order.len(),
        };
        order.insert(at, k.clone());
    }
    for k in &bk {
        if !order.contains(k) {
            order.push(k.clone());
        }
    }
    let mut merged = Vec::new();
    for k in order {
        let (bv, mv, tv) = (find(&bk, b, &k), find(&mk, m, &k), find(&tk, t, &k));
        let label = k.strip_prefix("k:").map(str::to_string).unwrap_or_else(|| {
            let item = mv.as_ref().or(tv.as_ref()).or(bv.as_ref());
            item.map(|v| Conflict::show(&Some(v.clone())).lines().next().unwrap_or_default().to_string())
                .unwrap_or_default()
        });
        path.push(Step::Item(label));
        let is_keyed = k.starts_with("k:");
        let v = if is_keyed {
            merge_value(bv.as_ref(), mv.as_ref(), tv.as_ref(), path, out)
        } else {
            // An item keyed by its whole value: present unless one side removed it.
            match (bv.is_some(), mv.is_some(), tv.is_some()) {
                (true, true, true) | (false, true, _) | (false, _, true) => mv.or(tv),
                _ => None,
            }
        };
        path.pop();
        if let Some(v) = v {
            merged.push(v);
        }
    }
    merged
}

/// Sets (or removes, with `None`) the node at `path`.
fn set_path(root: &mut Value, path: &[Step], v: Option<Value>) -> Result<(), MergeError> {
    let Some((last, parents)) = path.split_last() else {
        *root = v.unwrap_or(Value::Null);
        return Ok(());
    };
    let mut node = root;
    let mut list_name: Option<String> = None;
    for step in parents {
        node = child_mut(node, step, list_name.as_deref())
            .ok_or_else(|| MergeError(format!("conflict path {} is gone", describe(path))))?;
        list_name = match step {
            Step::Key(k) => Some(k.clone()),
            Step::Item(_) => None,
        };
    }
    match (last, node) {
        (Step::Key(k), Value::Mapping(map)) => {
            match v {
                Some(v) => {
                    map.insert(Value::String(k.clone()), v);
                }
                None => {
                    map.remove(k.as_str());
                }
            }
            Ok(())
        }
        (Step::Item(id), Value::Sequence(seq)) => {
            let field = list_key(list_name.as_deref());
            let pos = seq.iter().position(|item| item_matches(item, field, id));
            match (pos, v) {
                (Some(i), Some(v)) => seq[i] = v,
                (Some(i), None) => {
                    seq.remove(i);
                }
                (None, Some(v)) => seq.push(v),
                (None, None) => {}
            }
            Ok(())
        }
        _ => Err(MergeError(format!("conflict path {} does not fit the merged story", describe(path)))),
    }
}

fn item_matches(item: &Value, field: Option<&str>, id: &str) -> bool {
    field.and_then(|f| item.get(f)).and_then(Value::as_str) == Some(id)
}

fn child_mut<'a>(node: &'a mut Value, step: &Step, list_name: Option<&str>) -> Option<&'a mut Value> {
    match step {
        Step::Key(k) => node.as_mapping_mut()?.get_mut(k.as_str()),
        Step::Item(id) => {
            let field = list_key(list_name);
            node.as_sequence_mut()?.iter_mut().find(|item| item_matches(item, field, id))
        }
    }
}

/// One difference between two versions of a story, for summaries ("what would be restored").
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub claim_id: Option<String>,
    /// Empty when a whole claim was added or removed.
    pub field: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl fmt::Display for Change {
    /// Sanitized, one line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Long values are shown from a little before where they first differ, so an edit late in a long note is
        // seen, not hidden behind the same first 60 characters on both sides.
        let (b, a) =
            (crate::sanitize::line(&Conflict::show(&self.before)), crate::sanitize::line(&Conflict::show(&self.after)));
        let same = b.chars().zip(a.chars()).take_while(|(x, y)| x == y).count();
        let from = if same > 40 { same - 20 } else { 0 };
        let window = |s: &str| {
            let tail: Vec<char> = s.chars().skip(from).collect();
            let lead = if from > 0 { "…" } else { "" };
            if tail.len() > 60 {
                format!("{lead}{}…", tail[..59].iter().collect::<String>())
            } else {
                format!("{lead}{}", tail.iter().collect::<String>())
            }
        };
        let (before, after) = (window(&b), window(&a));
        let claim = self.claim_id.as_deref().map(crate::sanitize::line);
        match (claim, self.field.is_empty(), &self.before, &self.after) {
            (Some(c), true, None, Some(_)) => write!(f, "claim `{c}`: added"),
            (Some(c), true, Some(_), None) => write!(f, "claim `{c}`: removed"),
            (Some(c), _, _, _) => {
                write!(f, "claim `{c}`, {}: {before} -> {after}", crate::sanitize::line(&self.field),)
            }
            (None, _, _, _) => {
                write!(f, "{}: {before} -> {after}", crate::sanitize::line(&self.field))
            }
        }
    }
}

/// What differs from `before` to `after`, per claim and per field.
pub fn diff(before: &StoryFile, after: &StoryFile) -> Result<Vec<Change>, MergeError> {
    // A merge of (before, before, after) with before as base yields no conflicts; record where theirs changed.
    let (b, a) = (to_value(before)?, to_value(after)?);
    let mut out = Vec::new();
    diff_value(Some(&b), Some(&a), &mut Vec::new(), &mut out);
    Ok(out)
}

fn diff_value(b: Option<&Value>, a: Option<&Value>, path: &mut Vec<Step>, out: &mut Vec<Change>) {
    if b == a {
        return;
    }
    match (b, a) {
        (Some(Value::Mapping(bm)), Some(Value::Mapping(am))) => {
            let mut keys: Vec<&Value> = bm.keys().collect();
            keys.extend(am.keys().filter(|k| !bm.contains_key(*k)));
            for k in keys {
                path.push(Step::Key(k.as_str().unwrap_or("?").to_string()));
                diff_value(bm.get(k), am.get(k), path, out);
                path.pop();
            }
        }
        (Some(Value::Sequence(bs)), Some(Value::Sequence(as_))) if last_key(path) == Some("claims") => {
            let (bk, ak) = (item_keys(bs, Some("id")), item_keys(as_, Some("id")));
            let mut keys = bk.clone();
            keys.extend(ak.iter().filter(|k| !bk.contains(k)).cloned());
            for k in keys {
                let bv = bk.iter().position(|x| *x == k).map(|i| &bs[i]);
                let av = ak.iter().position(|x| *x == k).map(|i| &as_[i]);
                path.push(Step::Item(k.trim_start_matches("k:").to_string()));
                diff_value(bv, av, path, out);
                path.pop();
            }
        }
        _ => {
            let (claim_id, field) = claim_of(path);
            out.push(Change { claim_id, field, before: b.cloned(), after: a.cloned() });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_late_in_a_long_note_is_shown_where_it_differs() {
        let note = "Reuters filed its story with a BANGKOK, June 26 dateline, and Taipei Times ran the copy.";
        let change = Change {
            claim_id: Some("a".into()),
            field: "notes".into(),
            before: Some(Value::from(note)),
            after: Some(Value::from(format!("{note} ADDED LATER"))),
        };
        let shown = change.to_string();
        assert!(shown.contains("ADDED LATER"), "{shown}");
        assert!(shown.contains("… Times ran the copy. -> … Times ran the copy. ADDED LATER"), "{shown}");
        // Short values are shown whole.
        let short =
            Change { claim_id: None, field: "x".into(), before: Some(Value::from("a")), after: Some(Value::from("b")) };
        assert_eq!(short.to_string(), "x: a -> b");
    }
    use crate::model::{Claim, Source};

    fn story(claims: &[Claim]) -> StoryFile {
        let mut f = StoryFile::default();
        f.story.title = "T".into();
        f.story.article = "article.txt".into();
        f.claims = claims.to_vec();
        f
    }

    fn claim(id: &str) -> Claim {
        Claim::new(id, &format!("text of {id}"))
    }

    #[test]
    fn different_fields_of_one_claim_merge() {
        let base = story(&[claim("a"), claim("b")]);
        let mut mine = base.clone();
        mine.claims[0].verdict = "misleading".into();
        let mut theirs = base.clone();
        theirs.claims[0].notes = "their note".into();
        theirs.claims[1].text = "edited b".into();
        let m = merge(&base, &mine, &theirs).unwrap();
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let r = m.result().unwrap();
        assert_eq!(r.claims[0].verdict, "misleading");
        assert_eq!(r.claims[0].notes, "their note");
        assert_eq!(r.claims[1].text, "edited b");
    }

    #[test]
    fn claims_added_and_deleted_on_either_side() {
        let base = story(&[claim("a"), claim("b"), claim("c")]);
        let mut mine = base.clone();
        mine.claims.remove(1); // I delete b
        mine.claims.insert(1, claim("mine-new")); // and add one after a
        let mut theirs = base.clone();
        theirs.claims.remove(2); // they delete c
        theirs.claims.push(claim("their-new"));
        let r = merge(&base, &mine, &theirs).unwrap();
        assert!(r.conflicts.is_empty());
        let ids: Vec<String> = r.result().unwrap().claims.into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["a", "mine-new", "their-new"]);
    }

    #[test]
    fn sources_tags_and_history_merge_as_lists() {
        let mut a = claim("a");
        a.sources = vec![Source { title: "One".into(), url: "https://one".into(), ..Default::default() }];
        a.tags = vec!["x".into()];
        let base = story(&[a]);
        let mut mine = base.clone();
        mine.claims[0].sources.push(Source { title: "Mine".into(), url: "https://mine".into(), ..Default::default() });
        mine.claims[0].sources[0].accessed = "2026-11-01".into();
        mine.claims[0].tags.push("m".into());
        let mut theirs = base.clone();
        theirs.claims[0].sources.push(Source {
            title: "Theirs".into(),
            url: "https://theirs".into(),
            ..Default::default()
        });
        theirs.claims[0].sources[0].publisher = "Pub".into();
        theirs.claims[0].tags = vec!["t".into()]; // they removed x and added t
        let m = merge(&base, &mine, &theirs).unwrap();
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let c = &m.result().unwrap().claims[0];
        let urls: Vec<&str> = c.sources.iter().map(|s| s.url.as_str()).collect();
        // Mine's new source follows the one it followed in mine.
        assert_eq!(urls, ["https://one", "https://mine", "https://theirs"]);
        assert_eq!((c.sources[0].accessed.as_str(), c.sources[0].publisher.as_str()), ("2026-11-01", "Pub"));
        // x is gone (they removed it); m keeps its place after where x was.
        assert_eq!(c.tags, ["m", "t"]);
    }

    #[test]
    fn same_field_collides_and_is_resolved_by_choice() {
        let base = story(&[claim("a"), claim("b")]);
        let mut mine = base.clone();
        mine.claims[0].verdict = "misleading".into();
        mine.claims[1].notes = "my notes".into();
        let mut theirs = base.clone();
        theirs.claims[0].verdict = "accurate".into();
        theirs.claims[1].notes = "their notes".into();
        theirs.story.title = "New title".into();
        let mut m = merge(&base, &mine, &theirs).unwrap();
        assert_eq!(m.conflicts.len(), 2);
        let c = &m.conflicts[0];
        assert_eq!((c.claim_id.as_deref(), c.field.as_str()), (Some("a"), "verdict"));
        assert_eq!(c.base, None);
        assert_eq!(c.mine, Some(Value::String("misleading".into())));
        assert_eq!(c.theirs, Some(Value::String("accurate".into())));
        assert_eq!(m.by_claim().len(), 2);
        // Unsettled conflicts hold mine.
        assert!(!m.is_clean());
        assert_eq!(m.result().unwrap().claims[0].verdict, "misleading");
        m.resolve(0, Choice::Theirs).unwrap();
        m.resolve(1, Choice::Custom(Some(Value::String("both notes".into())))).unwrap();
        assert!(m.is_clean());
        let r = m.result().unwrap();
        assert_eq!(r.claims[0].verdict, "accurate");
        assert_eq!(r.claims[1].notes, "both notes");
        assert_eq!(r.story.title, "New title");
    }

    #[test]
    fn delete_against_edit_is_a_whole_claim_conflict() {
        let base = story(&[claim("a"), claim("b")]);
        let mut mine = base.clone();
        mine.claims[1].notes = "I worked on b".into();
        let mut theirs = base.clone();
        theirs.claims.remove(1);
        let mut m = merge(&base, &mine, &theirs).unwrap();
        assert_eq!(m.conflicts.len(), 1);
        let c = &m.conflicts[0];
        assert_eq!((c.claim_id.as_deref(), c.field.as_str()), (Some("b"), ""));
        assert!(c.theirs.is_none() && c.mine.is_some());
        assert_eq!(m.result().unwrap().claims.len(), 2, "mine is kept until resolved");
        m.resolve(0, Choice::Theirs).unwrap();
        assert_eq!(m.result().unwrap().claims.len(), 1);
        m.resolve(0, Choice::Mine).unwrap();
        let r = m.result().unwrap();
        assert_eq!(r.claims[1].notes, "I worked on b");
    }

    #[test]
    fn nested_and_unknown_fields_merge_and_collide() {
        let base = story(&[claim("a")]);
        let mut mine = base.clone();
        mine.claims[0].quote.exact = "mine exact".into();
        mine.claims[0].extra.insert("x-desk".into(), Value::String("m".into()));
        let mut theirs = base.clone();
        theirs.claims[0].quote.exact = "their exact".into();
        theirs.claims[0].quote.prefix = "their prefix".into();
        let mut m = merge(&base, &mine, &theirs).unwrap();
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].field, "quote.exact");
        m.resolve_all(Choice::Base).unwrap();
        let r = m.result().unwrap();
        assert_eq!(r.claims[0].quote.exact, "");
        assert_eq!(r.claims[0].quote.prefix, "their prefix");
        assert_eq!(r.claims[0].extra.get("x-desk"), Some(&Value::String("m".into())));
    }

    #[test]
    fn both_joins_notes_and_lists_only() {
        let base = story(&[claim("a")]);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        mine.claims[0].notes = "mine\n".into();
        theirs.claims[0].notes = "theirs\n".into();
        mine.claims[0].verdict = "accurate".into();
        theirs.claims[0].verdict = "misleading".into();
        mine.claims[0].checks = vec![crate::model::Check { label: "m".into(), ..Default::default() }];
        theirs.claims[0].checks = vec![crate::model::Check { label: "t".into(), ..Default::default() }];
        let mut m = merge(&base, &mine, &theirs).unwrap();
        let fields: Vec<&str> = m.conflicts.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["verdict", "notes"], "checks merge as a set without conflict");
        assert_eq!(m.conflicts[0].both(), None);
        let joined = m.conflicts[1].both();
        assert_eq!(joined, Some(Value::String("mine\n\ntheirs\n".into())));
        m.resolve(1, Choice::Custom(joined)).unwrap();
        m.resolve(0, Choice::Mine).unwrap();
        let r = m.result().unwrap();
        assert_eq!((r.claims[0].notes.as_str(), r.claims[0].checks.len()), ("mine\n\ntheirs\n", 2));
    }

    #[test]
    fn diff_names_claims_and_fields() {
        let before = story(&[claim("a"), claim("b")]);
        let mut after = before.clone();
        after.claims[0].verdict = "accurate".into();
        after.claims.remove(1);
        after.claims.push(claim("c"));
        let d = diff(&before, &after).unwrap();
        let lines: Vec<String> = d.iter().map(|c| c.to_string()).collect();
        assert_eq!(lines, ["claim `a`, verdict: (none) -> accurate", "claim `b`: removed", "claim `c`: added"]);
        assert!(diff(&before, &before).unwrap().is_empty());
    }
}
