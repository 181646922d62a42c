//! Bringing a change on disk into an open story: a quiet reload without unsaved edits, a three-way merge with them.
//!
//! The UI (`App::reloaded`) runs [`take_theirs`] on the text the runner read when the watcher reports a story
//! file, or when a save was refused because the file changed on disk; [`reload`] does the same for a story on
//! its own, reading the file.

use crate::diag::Diagnostic;
use crate::model::StoryFile;
use crate::safety::merge::{self, Merge};
use crate::store::{self, Story};

/// What a reload did.
#[derive(Debug)]
pub enum Reloaded {
    /// The file on disk is what the story already knows (factdesk's own save, or a touch).
    Unchanged,
    /// No unsaved edits: the story now holds the file on disk.
    Replaced,
    /// Unsaved edits were merged onto the file on disk. `story.file` holds the merge (with *mine* for every
    /// conflict not yet settled); settle `merge.conflicts`, then call [`apply`]. The story stays modified.
    Merged(Merge),
}

/// The outcome of [`reload`], with the new base: keep it as "the story as loaded" for the next merge
/// and for the journal.
#[derive(Debug)]
pub struct Reload {
    pub what: Reloaded,
    pub base: StoryFile,
}

/// Reads the story's file again. `base` is the story as it was loaded (or last saved); `dirty` says whether
/// `story.file` holds unsaved edits. A file that cannot be read or parsed (say, mid-merge with conflict
/// markers) is an error and leaves the story untouched.
pub fn reload(story: &mut Story, base: &StoryFile, dirty: bool) -> Result<Reload, Diagnostic> {
    let path = story.path();
    let bytes = store::read_limited(&path, store::MAX_YAML_BYTES)?;
    let hash = store::hash(&bytes);
    if hash == story.disk_hash {
        return Ok(Reload { what: Reloaded::Unchanged, base: base.clone() });
    }
    let text = store::decode_utf8(&path, bytes, "the story file")?;
    let theirs = store::parse_story(&path, &text)?;
    let (file, merged) =
        take_theirs(base, &story.file, &theirs, dirty).map_err(|e| Diagnostic::error(&path, 0, 0, e.0))?;
    story.file = file;
    let what = match merged {
        Some(m) => Reloaded::Merged(m),
        None => Reloaded::Replaced,
    };
    story.disk_hash = hash;
    story.disk_text = None;
    story.reanchor();
    Ok(Reload { what, base: theirs })
}

/// What a story becomes when `theirs` (the file on disk) comes in: without unsaved edits, theirs; with them, the
/// three-way merge of `base` (as loaded or last saved), `mine` and theirs, holding mine for every collision
/// still to settle, and the merge itself.
pub fn take_theirs(
    base: &StoryFile,
    mine: &StoryFile,
    theirs: &StoryFile,
    dirty: bool,
) -> Result<(StoryFile, Option<Merge>), merge::MergeError> {
    if !dirty {
        return Ok((theirs.clone(), None));
    }
    let m = merge::merge(base, mine, theirs)?;
    Ok((m.result()?, Some(m)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{STORY_FILE, SaveError};
    use std::fs;

    const YAML: &str = "# desk\nstory:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP  # as printed\n- id: b\n  text: Other\n";

    fn open() -> (tempfile::TempDir, Story) {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("s");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(STORY_FILE), YAML).unwrap();
        fs::write(dir.join("article.txt"), "It is half of GDP.").unwrap();
        let story = crate::load::load_workspace(t.path()).unwrap().stories.remove(0);
        (t, story)
    }

    #[test]
    fn edit_outside_change_save_keeps_both() {
        let (_t, mut story) = open();
        let base = story.file.clone();
        story.file.claims[0].verdict = "misleading".into();
        // A colleague's change lands on disk.
        fs::write(story.path(), YAML.replace("  text: Other\n", "  text: Other\n  notes: theirs\n")).unwrap();
        assert!(matches!(store::save_story(&mut story), Err(SaveError::ChangedOnDisk(_))));
        let r = reload(&mut story, &base, true).unwrap();
        let Reloaded::Merged(m) = r.what else { panic!("expected a merge") };
        assert!(m.conflicts.is_empty());
        store::save_story(&mut story).unwrap();
        let out = fs::read_to_string(story.path()).unwrap();
        assert!(out.contains("verdict: misleading") && out.contains("notes: theirs"), "{out}");
        assert!(out.starts_with("# desk\n") && out.contains("# as printed"), "{out}");
        assert_eq!(r.base.claims[1].notes, "theirs");
    }

    #[test]
    fn collisions_are_settled_then_applied() {
        let (_t, mut story) = open();
        let base = story.file.clone();
        story.file.claims[1].text = "mine".into();
        fs::write(story.path(), YAML.replace("  text: Other\n", "  text: theirs\n")).unwrap();
        let r = reload(&mut story, &base, true).unwrap();
        let Reloaded::Merged(mut m) = r.what else { panic!("expected a merge") };
        assert_eq!(m.by_claim(), [(Some("b".to_string()), vec![0])]);
        assert_eq!(story.file.claims[1].text, "mine");
        m.resolve(0, merge::Choice::Theirs).unwrap();
        story.file = m.result().unwrap();
        assert_eq!(story.file.claims[1].text, "theirs");
    }

    #[test]
    fn quiet_reload_and_unchanged_and_broken() {
        let (_t, mut story) = open();
        let base = story.file.clone();
        assert!(matches!(reload(&mut story, &base, false).unwrap().what, Reloaded::Unchanged));
        fs::write(story.path(), YAML.replace("title: T", "title: New")).unwrap();
        assert!(matches!(reload(&mut story, &base, false).unwrap().what, Reloaded::Replaced));
        assert_eq!(story.file.story.title, "New");
        let before = story.file.clone();
        fs::write(story.path(), "story:\n<<<<<<< HEAD\n  title: A\n=======\n  title: B\n>>>>>>> x\n").unwrap();
        let d = reload(&mut story, &base, true).unwrap_err();
        assert!(d.message.contains("conflict marker") && d.line == 2, "{d}");
        assert_eq!(story.file, before, "a broken file leaves the open story alone");
    }
}
