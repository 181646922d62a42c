//! The one place where the UI's effects touch the disk: reading story files again, loading stories that failed
//! before, writing exports.

use super::app::{self, App};
use std::path::Path;

/// Reads one story file's text again.
pub fn read_story_file(story: &crate::store::Story) -> Result<String, String> {
    let path = story.path();
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

/// Reads every story file's text again, for `Action::Reloaded`.
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
        out.chunk.stories.extend(crate::store::load_checked(&dir, &app.ws.config, &mut out.chunk.diagnostics));
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
    let opts = crate::export::Options { date: crate::dates::today() };
    let done = crate::export::export(ws, story, format, &opts)
        .map_err(|ds| ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(" | "))?;
    match std::fs::create_dir(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(format!("{}: cannot create the folder: {e}", dir.display())),
    }
    real_exports()?;
    crate::store::write_atomic(&out, done.text.as_bytes()).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut msg = format!("exported {} ({} {})", out.display(), format.name(), story.slug);
    if let Some(w) = done.warnings.first() {
        // The message line holds one warning; the command prints them all.
        msg += &format!(
            "; {} (`factdesk export --story {} --format {}` prints all): {}",
            crate::words::plural(done.warnings.len(), "warning", "warnings"),
            story.slug,
            format.name(),
            w.message
        );
    }
    Ok(msg)
}
