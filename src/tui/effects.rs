//! The one place where the UI's effects touch the disk: reading story files again, loading stories that failed
//! before, writing exports, keeping the list's width in the user's config file, reading the similar-claims index
//! the cache holds.

use super::app::{self, App, Offer};
use crate::safety::journal;
use std::path::Path;

/// Reads one story file's text again.
pub fn read_story_file(story: &crate::store::Story) -> Result<String, String> {
    let path = story.path();
    // The folder must still be the real one it was loaded from: one swapped for a link (a `git pull` while the UI
    // is open) would bring a file from anywhere into the story.
    crate::boundary::real_dir(&story.dir).map_err(|e| format!("{e}; not reloaded, your copy is kept"))?;
    // Half-written by another program: not taken (R again, or the watcher, brings it once it is done).
    if crate::boundary::being_written(&path) {
        return Err(format!(
            "{}: another program is still writing this file; not reloaded until it is done",
            crate::sanitize::line(&path.display().to_string())
        ));
    }
    crate::store::read_limited(&path, crate::store::MAX_YAML_BYTES)
        .and_then(|b| crate::store::decode_utf8(&path, b, "the story file"))
        .map_err(|d| d.to_string())
}

/// The story files of `ws` refused for git conflict markers that can be settled in the UI: those whose markers
/// split into sides that parse (`store::load_marked`), each with what checking its ours side finds. A file whose
/// markers do not split, or whose sides do not parse, stays refused.
pub fn read_marked(ws: &crate::store::Workspace) -> Vec<app::Marked> {
    let mut dirs: Vec<&Path> = ws
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && d.message.starts_with("git conflict marker"))
        .filter(|d| d.path.file_name().is_some_and(|n| n == crate::store::STORY_FILE))
        .filter_map(|d| d.path.parent())
        .collect();
    dirs.sort();
    dirs.dedup();
    dirs.into_iter()
        .filter(|dir| !ws.stories.iter().any(|s| s.dir == *dir))
        .filter_map(crate::store::load_marked)
        .map(|(story, merge)| {
            let diagnostics = crate::checks::story_diagnostics(&story, &ws.config);
            app::Marked { story, merge, diagnostics }
        })
        .collect()
}

/// The local time now and today's date, for `App::clock`: the UI's one reading of the clock.
pub fn clock() -> (String, String) {
    let now = chrono::Local::now();
    (now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true), now.format("%Y-%m-%d").to_string())
}

/// Reads a story's article again (it changed on disk).
pub fn read_article(story: &crate::store::Story) -> Result<String, String> {
    story.read_article().map_err(|d| d.to_string())
}

/// Reads every story file's text again, for `Reply::Reloaded`.
pub fn read_story_files(app: &App) -> Vec<(usize, Result<String, String>)> {
    app.ws.stories.iter().enumerate().map(|(i, s)| (i, read_story_file(s))).collect()
}

/// Story folders that did not load (a file that could not be read or parsed) and load now, with what loading them
/// finds: `R` after fixing such a file brings the story in without a restart.
/// Every folder tried is in `retried`, with what reading it found now in `diagnostics` (a file still broken says
/// where, now).
pub fn stories_now_readable(app: &App) -> app::Retried {
    let loaded: std::collections::HashSet<&Path> = app.ws.stories.iter().map(|s| s.dir.as_path()).collect();
    let mut out = app::Retried::default();
    for dir in crate::store::story_dirs(&app.ws.root).unwrap_or_default() {
        if loaded.contains(dir.as_path()) {
            continue;
        }
        out.chunk.stories.extend(crate::load::load_checked(&dir, &app.ws.config, &mut out.chunk.diagnostics));
        out.retried.push(dir);
    }
    out
}

/// Writes one story's export into `exports/` beside the workspace, with the state on screen (unsaved edits too).
pub fn export_story(
    ws: &crate::store::Workspace,
    story: usize,
    format: crate::export::Format,
) -> Result<String, String> {
    export_story_pointing(ws, story, format, &super::keymap::Keymap::default())
}

/// [`export_story`], its message naming the keys of the warnings pane and the organisation form as `keymap` binds
/// them.
pub fn export_story_pointing(
    ws: &crate::store::Workspace,
    story: usize,
    format: crate::export::Format,
    keymap: &super::keymap::Keymap,
) -> Result<String, String> {
    use super::keymap::Context;
    let warnings_key = keymap.key_for(Context::Main, "warnings");
    let story = ws.stories.get(story).ok_or("no story selected")?;
    let dir = ws.root.parent().unwrap_or(Path::new(".")).join("exports");
    let out = dir.join(format.file_name(&story.slug));
    // `exports` may arrive through git as a link to anywhere: only a real folder is written into.
    let real_exports = || {
        crate::boundary::real_dir(&dir).map_err(|e| format!("{e}; the export was not written (remove or rename it)"))
    };
    if std::fs::symlink_metadata(&dir).is_ok() {
        real_exports()?;
    }
    crate::export::guard_output(ws, &out)?;
    let opts = crate::export::Options::new(crate::dates::today());
    let done = crate::export::export(ws, story, format, &opts).map_err(|ds| {
        // The message line has room for one: the warnings pane lists every one, and Enter there opens the fix.
        let first = ds.first().map(|d| d.message.clone()).unwrap_or_default();
        // The workspace's settings (the organisation) are set with the organisation form, not by editing YAML.
        let settings = ws.root.join(crate::store::CONFIG_FILE);
        let first = if ds.first().is_some_and(|d| d.path == settings) {
            format!("{first} — {} sets the organisation", keymap.key_for(Context::Main, "organization"))
        } else {
            first
        };
        match ds.len() {
            0 | 1 => format!("not exported: {first} ({warnings_key} lists it, Enter there opens the fix)"),
            n => format!(
                "not exported: {n} problems, {warnings_key} lists them (Enter there opens the fix); first: {first}"
            ),
        }
    })?;
    match std::fs::create_dir(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(format!("{}: cannot create the folder: {e}", dir.display())),
    }
    real_exports()?;
    crate::store::write_atomic(&out, done.text.as_bytes()).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut msg = format!("exported {} ({} {})", out.display(), format.name(), story.slug);
    if !done.warnings.is_empty() {
        // The message line has no room for them: the warnings pane lists every one, live.
        msg += &format!(
            "; {}: {warnings_key} lists them",
            crate::words::plural(done.warnings.len(), "warning", "warnings")
        );
    }
    // What the export left out, and why (claims not published yet, claims without a verdict).
    for note in &done.notes {
        msg += &format!("; {note}");
    }
    Ok(msg)
}

/// Removes this copy's journal of story `si` and the orphans restored into it: their edits are saved, or
/// in a newer journal of this copy. Only when this copy journals it.
pub fn drop_journals(app: &mut App, si: usize) {
    if !app.may_journal(si) {
        return;
    }
    if let Some(own) = app.own_journal(si) {
        let _ = crate::safety::journal::remove(&own);
    }
    drop_adopted(app, si);
}

/// Removes the orphaned journals restored into story `si` (their edits are in a newer journal or saved).
pub fn drop_adopted(app: &mut App, si: usize) {
    app.recovery.drop_adopted(si, |path| crate::safety::journal::remove(path).is_ok());
}

/// Whether story `si`'s `claims.yaml` is gone from disk (deleted under the UI).
pub fn story_file_gone(app: &App, si: usize) -> bool {
    app.ws
        .stories
        .get(si)
        .is_some_and(|s| std::fs::symlink_metadata(s.path()).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound))
}

/// What saving now could not keep in each modified story's file (comments, layout), one line per story.
pub fn save_warnings(app: &App) -> Vec<String> {
    (0..app.ws.stories.len())
        .filter(|&si| app.is_dirty(si))
        .filter_map(|si| {
            let story = &app.ws.stories[si];
            match crate::store::save_plan(story) {
                Ok(plan) => plan.warning.map(|w| format!("{}: {w}", story.slug)),
                Err(_) => None, // save_all reports it and writes nothing
            }
        })
        .collect()
}

/// Carries out a save: every modified story through `store::save_story_over`. Returns the error messages.
pub fn save_all(app: &mut App) -> Vec<String> {
    let mut errors = Vec::new();
    for si in 0..app.ws.stories.len() {
        if !app.is_dirty(si) {
            continue;
        }
        // A save splices claims into the file by id: with a duplicate id it could write an edit into the
        // wrong claim. The edits stay here (and in the recovery journal) until the file is fixed.
        if let Some(why) = app.read_only(si) {
            errors.push(format!("not saved: {why}; your edits are kept"));
            continue;
        }
        // Its claims.yaml was deleted under the UI: the story on screen is the last copy, so it is written
        // back as a new file rather than refused as "changed on disk".
        let gone = story_file_gone(app, si);
        if gone {
            let story = &mut app.ws.stories[si];
            if let Err(e) = std::fs::create_dir_all(&story.dir) {
                errors
                    .push(format!("{}: cannot create the folder again: {e}; your edits are kept", story.dir.display()));
                continue;
            }
            story.disk_hash.clear();
            story.disk_text = None;
        }
        let (story, pristine) = app.story_and_pristine(si);
        match crate::store::save_story_over(story, pristine) {
            Ok(()) => {
                app.mark_saved(si);
                if gone {
                    app.save_notes.push(format!(
                        "{}/{} had been deleted on disk: wrote it back",
                        app.ws.stories[si].slug,
                        crate::store::STORY_FILE
                    ));
                }
                // The edits are on disk: this session's journal has done its job (one held for a
                // decision, or another copy's, is left alone).
                drop_journals(app, si);
            }
            Err(e @ crate::store::SaveError::ChangedOnDisk(_)) => errors.push(format!(
                "{e} ({} reloads and merges)",
                app.keymap.key_for(super::keymap::Context::Main, "reload")
            )),
            Err(e) => errors.push(e.to_string()),
        }
    }
    errors
}

/// Writes this copy's journal of every story with unsaved edits, a note being typed or a form being filled in,
/// and removes its journal of a story whose edits were all undone or saved. Journals of other copies, and
/// orphans not yet restored, are never written over.
pub fn write_journals(app: &App) -> Result<(), String> {
    let Some(id) = app.session.as_deref() else { return Ok(()) };
    let draft = form_draft(app);
    let mut errors = Vec::new();
    for (si, story) in app.ws.stories.iter().enumerate() {
        if !app.may_journal(si) {
            continue;
        }
        // Notes being typed in place count too: a crash mid-sentence must not lose the paragraph.
        let typing = typed_notes(app, si);
        let story = typing.as_ref().unwrap_or(story);
        let drafts: Vec<journal::Draft> = draft.iter().filter(|(s, _)| *s == si).map(|(_, d)| d.clone()).collect();
        let path = journal::session_journal_path(&story.dir, id);
        if app.is_dirty(si) || typing.is_some() || !drafts.is_empty() {
            match journal::write_session(story, app.base(si), id, &drafts) {
                Ok(_) => {
                    // The orphans restored into this story are in this journal now.
                    for adopted in app.recovery.adopted_into(si) {
                        let _ = journal::remove(adopted);
                    }
                }
                // Named from the workspace, so the reason fits on the message line.
                Err(e) => errors.push(format!(
                    "{}/{}: could not write the recovery journal ({e}); save soon",
                    story.slug,
                    path.file_name().unwrap_or_default().to_string_lossy()
                )),
            }
        } else if path.exists() {
            let _ = journal::remove(&path);
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors.join(" | ")) }
}

/// The form being filled in, when anything was typed into it: its story and what it holds.
pub fn form_draft(app: &App) -> Option<(usize, journal::Draft)> {
    let super::app::Mode::Form(f) = &app.mode else { return None };
    if f.fields.iter().zip(&f.initial).all(|(x, was)| x.value == *was) {
        return None;
    }
    let (si, claim) = match (f.kind, &f.target) {
        // The claim and story forms know what they edit (the cursor may have moved since).
        (_, Some((si, id))) => (*si, id.clone()),
        (super::app::FormKind::NewClaim, None) => {
            (app.current().map(|c| c.0).or_else(|| app.article_story()).unwrap_or(0), String::new())
        }
        _ => {
            let (si, ci) = app.current()?;
            (si, app.ws.stories[si].file.claims[ci].id.clone())
        }
    };
    let fields =
        f.fields.iter().map(|x| journal::DraftField { label: x.label.to_string(), value: x.value.clone() }).collect();
    let item = f.from.as_ref().and_then(|from| match &from.editing {
        super::app::Editing::New => None,
        super::app::Editing::Source(i, _) | super::app::Editing::Check(i, _) => Some(i.to_string()),
        super::app::Editing::Value(name, _) => Some(name.clone()),
    });
    Some((si, journal::Draft { form: f.kind.name().to_string(), claim, item, fields }))
}

/// Story `si` with the notes being typed in place put into their claim, when they differ from its notes.
fn typed_notes(app: &App, si: usize) -> Option<crate::store::Story> {
    let (super::app::Mode::Notes(ta), Some(base)) = (&app.mode, &app.notes_base) else { return None };
    if base.story != si {
        return None;
    }
    let text = ta.lines().join("\n");
    let story = app.ws.stories.get(si)?;
    let ci = story.file.claims.iter().position(|c| c.id == base.id)?;
    if story.file.claims[ci].notes.trim_end() == text.trim_end() {
        return None;
    }
    let mut copy = story.clone();
    copy.file.claims[ci].notes = text;
    Some(copy)
}

/// Quitting without saving, by choice: removes this copy's journals of the stories whose edits are dropped. A
/// story whose `claims.yaml` is gone keeps its journal, written afresh: it is the last copy of that work, and
/// `factdesk recover --restore` writes the story back from it. Returns what to tell the journalist about those.
pub fn discard_journals(app: &App) -> Vec<String> {
    let mut kept = Vec::new();
    let Some(id) = app.session.as_deref() else { return kept };
    for (si, story) in app.ws.stories.iter().enumerate() {
        if !app.may_journal(si) {
            continue;
        }
        let Some(own) = app.own_journal(si) else { continue };
        if story_file_gone(app, si) && (app.is_dirty(si) || own.exists()) {
            // The whole folder may be gone (a checkout of another branch): made again to hold the last copy.
            if std::fs::symlink_metadata(&story.dir).is_err() {
                let _ = std::fs::create_dir(&story.dir);
            }
            let written = match journal::write_session(story, app.base(si), id, &[]) {
                Ok(path) => path,
                Err(_) if own.exists() => own,
                // Nothing could be kept: the journalist is told, and the orphans restored here stay.
                Err(e) => {
                    kept.push(format!("{}: could not keep the unsaved edits of {} ({e})", own.display(), story.slug));
                    continue;
                }
            };
            kept.push(format!(
                "kept the unsaved edits of {} in {}: its claims.yaml is gone, so they are the last copy; \
                 `factdesk recover --restore {}` writes the story back",
                story.slug,
                written.display(),
                story.slug
            ));
            continue;
        }
        let _ = journal::remove(&own);
        for adopted in app.recovery.adopted_into(si) {
            let _ = journal::remove(adopted);
        }
    }
    kept
}

/// The orphaned recovery journals in the workspace, matched to their stories, with what restoring would do; and
/// the stories whose journal cannot be read (left alone, never overwritten, for `factdesk recover` or a person).
/// Running copies' journals are theirs, and not offered.
pub fn offers(app: &App) -> (Vec<Offer>, Vec<usize>) {
    let (mut out, mut unreadable) = (Vec::new(), Vec::new());
    for found in journal::orphans(&app.ws.root) {
        let Some(si) = app.ws.stories.iter().position(|s| s.slug == found.slug) else { continue };
        match found.journal {
            Ok(j) => {
                // History entries are bookkeeping that comes with each edit: the edits themselves say enough.
                let lines: Vec<String> = journal::summarize(&j, &app.ws.stories[si])
                    .lines()
                    .into_iter()
                    .filter(|l| !l.contains(", history: "))
                    .collect();
                out.push(Offer { story: si, path: found.path, journal: j, lines });
            }
            Err(_) => unreadable.push(si),
        }
    }
    (out, unreadable)
}

/// Why the list's width could not be kept in the user's config file.
#[derive(Debug, thiserror::Error)]
pub enum RememberError {
    #[error("the list's width is not kept: no config file location (set $FACTDESK_CONFIG, $XDG_CONFIG_HOME or $HOME)")]
    NoLocation,
    #[error("{0}; the list's width applies to this session only")]
    Read(crate::diag::Diagnostic),
    #[error("{path}: {source}; the list's width applies to this session only")]
    Splice { path: String, source: super::config::SpliceError },
    #[error("{path}: could not write the list's width ({source}); it applies to this session only")]
    Write { path: String, source: std::io::Error },
}

/// Keeps the list's width and zoom in the user's config file (`config_path`): only the `list_width` and
/// `list_zoom` lines change (comments and other settings stay), the file is replaced atomically, and a file
/// that does not exist yet is created (with its folder). A config file that is a link (dotfiles) stays a link:
/// the file it points to is written.
pub fn remember_list_width(path: Option<&Path>, w: super::geometry::ListWidth) -> Result<(), RememberError> {
    use super::config::set_key;
    let path = path.ok_or(RememberError::NoLocation)?;
    let shown = || crate::sanitize::line(&path.display().to_string());
    let exists = std::fs::symlink_metadata(path).is_ok();
    let text = if exists {
        let bytes = crate::store::read_user_file(path, 1024 * 1024).map_err(RememberError::Read)?;
        crate::store::decode_utf8(path, bytes, "the config file").map_err(RememberError::Read)?
    } else {
        String::new()
    };
    let text =
        if text.is_empty() { "# factdesk: your own settings (see README, \"Keys\")\n".to_string() } else { text };
    let spliced = set_key(&text, "list_width", &w.percent.to_string())
        .and_then(|t| set_key(&t, "list_zoom", if w.zoom { "true" } else { "false" }))
        .map_err(|source| RememberError::Splice { path: shown(), source })?;
    if spliced == text {
        return Ok(());
    }
    let write_err = |source| RememberError::Write { path: shown(), source };
    let target = if exists { std::fs::canonicalize(path).map_err(write_err)? } else { path.to_path_buf() };
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(write_err)?;
    }
    crate::store::write_atomic(&target, spliced.as_bytes()).map_err(write_err)
}

/// Writes the publishing organisation into the workspace settings (`factdesk.yaml`), keeping the file's other
/// lines, comments and any other keys under `organization:`; the settings as they now are.
pub fn save_organization(
    root: &Path,
    org: &crate::model::Organization,
) -> Result<crate::model::WorkspaceConfig, crate::store::SettingsError> {
    crate::store::set_setting_fields(
        root,
        "organization",
        &[("name", &org.name), ("url", &org.url), ("review_url", &org.review_url)],
    )
}

/// The similar-claims index for `input` (the workspace at `root` as it is in this session): the one the cache holds
/// when it was built from exactly these claims, else built now. Run off the UI thread.
pub fn similar_index(root: &Path, input: app::SimilarInput) -> app::SimilarClaims {
    let input = match crate::cache::load_similar_table(root) {
        Some(table) => match app::SimilarClaims::from_table(table, input) {
            Ok(claims) => return claims,
            Err(input) => input,
        },
        None => input,
    };
    app::SimilarClaims::build(input)
}

/// Runs `job` on a thread of its own, so git (or anything slow) never holds up a frame; its reply arrives on the
/// returned channel, which the runner polls. `None` when no thread could be started.
pub fn in_background(
    name: &str,
    job: impl FnOnce() -> app::Reply + Send + 'static,
) -> Option<std::sync::mpsc::Receiver<app::Reply>> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name(format!("factdesk-{name}"))
        .spawn(move || {
            let _ = tx.send(job());
        })
        .ok()?;
    Some(rx)
}

/// `git status` of the workspace, for `Reply::GitStatus`.
pub fn git_status(root: std::path::PathBuf) -> app::Reply {
    app::Reply::GitStatus(crate::git::status(&root))
}

/// A story folder's `git diff`, for `Reply::GitText`.
pub fn git_diff(dir: std::path::PathBuf, title: String) -> app::Reply {
    app::Reply::GitText { title, text: crate::git::diff(&dir).map_err(|e| e.to_string()) }
}

/// The commits that touched one claim, for `Reply::GitText`.
pub fn git_log(file: std::path::PathBuf, id: String, title: String) -> app::Reply {
    let text = match crate::git::claim_log(&file, &id) {
        Ok(Some(log)) => Ok(log),
        Ok(None) => Ok(format!("claim `{id}` is not in the last commit yet: commit the story to start its history")),
        Err(e) => Err(e.to_string()),
    };
    app::Reply::GitText { title, text }
}

/// The imported fact-checks of the workspace's `archive/`, for the similar-claims panel (unreadable archive
/// files are left out here; `factdesk similar` names them).
pub fn archive(root: &std::path::Path) -> Vec<crate::archive::External> {
    crate::archive::load(root).0
}
