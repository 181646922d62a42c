//! The merge driver git runs for `claims.yaml` (`factdesk merge-driver %O %A %B %P`): the three versions merge
//! claim by claim and field by field ([`crate::safety::merge`]), `notes` paragraph by paragraph (diffy's
//! three-way text merge), and a field both sides changed differently is left between standard conflict markers,
//! that field alone.

use crate::markers;
use crate::model::StoryFile;
use crate::safety::merge::{self, Choice, Conflict};
use crate::yaml;
use serde_yaml::Value;
use std::path::Path;

/// A merged story file.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The text to write over ours: clean, or with conflict markers around each field still to settle.
    pub text: String,
    /// The fields left to settle (empty when the merge is clean).
    pub conflicts: Vec<Conflict>,
    /// The `notes` both sides edited that merged paragraph by paragraph, as `claim `id`, field`.
    pub merged_notes: Vec<String>,
}

/// Why the three versions could not be merged as stories (the caller then merges them line by line).
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    #[error("{which}: {diag}")]
    Parse { which: &'static str, diag: Box<crate::diag::Diagnostic> },
    #[error("{0}")]
    Merge(#[from] merge::MergeError),
}

fn parse(which: &'static str, path: &Path, text: &str) -> Result<StoryFile, DriverError> {
    if text.trim().is_empty() {
        // A file both sides added has an empty base.
        return Ok(StoryFile::default());
    }
    yaml::parse_story(path, text).map_err(|d| DriverError::Parse { which, diag: Box::new(d) })
}

/// Merges `base`, `ours` and `theirs` (the texts git hands over). `path` names the file in messages.
pub fn merge_texts(path: &Path, base: &str, ours: &str, theirs: &str) -> Result<Outcome, DriverError> {
    let (b, o, t) =
        (parse("the base version", path, base)?, parse("ours", path, ours)?, parse("theirs", path, theirs)?);
    let mut m = merge::merge(&b, &o, &t)?;
    let mut merged_notes = Vec::new();
    let notes: Vec<(usize, String)> = m
        .pending()
        .filter(|(_, c)| c.field.rsplit('.').next() == Some("notes"))
        .filter_map(|(i, c)| merge_paragraphs(&c.base, &c.mine, &c.theirs).map(|v| (i, v)))
        .collect();
    for (i, v) in notes {
        merged_notes.push(m.conflicts[i].place());
        m.resolve(i, Choice::Custom(Some(Value::String(v))))?;
    }
    if m.is_clean() {
        let result = m.result()?;
        // A line merge keeps both sides' comments; it is used when it gives exactly the same story.
        if let Ok(text) = diffy::merge(base, ours, theirs)
            && yaml::parse_story(path, &text).is_ok_and(|s| crate::splice::same(&s, &result))
        {
            return Ok(Outcome { text, conflicts: Vec::new(), merged_notes });
        }
        return Ok(Outcome { text: render(ours, &result), conflicts: Vec::new(), merged_notes });
    }
    let conflicts: Vec<Conflict> = m.pending().map(|(_, c)| c.clone()).collect();
    let side = |choice: Choice| -> Result<String, DriverError> {
        let mut s = m.clone();
        s.resolve_all(choice)?;
        Ok(render(ours, &s.result()?))
    };
    let (mine_text, base_text, theirs_text) = (side(Choice::Mine)?, side(Choice::Base)?, side(Choice::Theirs)?);
    let mut options = diffy::MergeOptions::new();
    options.set_conflict_style(diffy::ConflictStyle::Diff3).set_incomplete_hunk_style(diffy::IncompleteHunkStyle::Git);
    let text = match options.merge(&base_text, &mine_text, &theirs_text) {
        Err(with_markers) => with_markers,
        // The line merge joined lines of a value both sides changed: that value is settled whole.
        Ok(_) => markers::whole_hunk(&base_text, &mine_text, &theirs_text),
    };
    Ok(Outcome { text, conflicts, merged_notes })
}

/// The story as text laid out like `ours` (comments and order kept where unchanged).
fn render(ours: &str, story: &StoryFile) -> String {
    match crate::splice::plan(ours, story) {
        Ok(plan) => plan.text,
        Err(_) => yaml::render(story),
    }
}

/// Stands for a line break inside a paragraph while paragraphs are merged as lines.
const IN_PARAGRAPH: char = '\u{1F}';

/// Three-way merge of free text by paragraph (blank-line separated): `None` when both sides changed the same
/// paragraph (or neighbouring ones), or the values are not text.
pub fn merge_paragraphs(base: &Option<Value>, mine: &Option<Value>, theirs: &Option<Value>) -> Option<String> {
    let text = |v: &Option<Value>| match v {
        None | Some(Value::Null) => Some(String::new()),
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    let (b, m, t) = (text(base)?, text(mine)?, text(theirs)?);
    if [&b, &m, &t].iter().any(|s| s.contains(IN_PARAGRAPH)) {
        return None;
    }
    let encode = |s: &str| -> String {
        let mut out = String::new();
        for p in paragraphs(s) {
            out.push_str(&p.replace('\n', &IN_PARAGRAPH.to_string()));
            out.push('\n');
        }
        out
    };
    let merged = diffy::merge(&encode(&b), &encode(&m), &encode(&t)).ok()?;
    let mut out = merged.lines().map(|p| p.replace(IN_PARAGRAPH, "\n")).collect::<Vec<_>>().join("\n\n");
    if m.ends_with('\n') || (m.is_empty() && t.ends_with('\n')) {
        out.push('\n');
    }
    Some(out)
}

/// Paragraphs of a text: separated by lines that are blank; each keeps its own line breaks, without the ends.
fn paragraphs(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in s.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(cur.join("\n"));
                cur.clear();
            }
        } else {
            cur.push(line);
        }
    }
    if !cur.is_empty() {
        out.push(cur.join("\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Option<Value> {
        Some(Value::String(x.into()))
    }

    #[test]
    fn paragraphs_edited_apart_merge_and_the_same_paragraph_does_not() {
        let base = s("One.\n\nTwo.\n\nThree.\n");
        let merged =
            merge_paragraphs(&base, &s("One, mine.\n\nTwo.\n\nThree.\n"), &s("One.\n\nTwo.\n\nThree, theirs.\n"));
        assert_eq!(merged.as_deref(), Some("One, mine.\n\nTwo.\n\nThree, theirs.\n"));
        assert_eq!(
            merge_paragraphs(&base, &s("One, mine.\n\nTwo.\n\nThree.\n"), &s("One, theirs.\n\nTwo.\n\nThree.\n")),
            None
        );
        // A paragraph's own line breaks survive.
        let merged = merge_paragraphs(&s("a\nb\n\nc"), &s("a\nb\n\nc\n\nmine"), &s("theirs\n\na\nb\n\nc"));
        assert_eq!(merged.as_deref(), Some("theirs\n\na\nb\n\nc\n\nmine"));
        assert_eq!(merge_paragraphs(&base, &Some(Value::Bool(true)), &s("x")), None);
    }
}
