//! The runner's replies (stories loaded, files read again, a save's outcome, …): what each one changes.

use super::*;

/// Applies one of the runner's replies.
pub(super) fn reply(app: &mut App, reply: Reply) -> Option<Effect> {
    match reply {
        Reply::StoriesLoaded(chunk) => {
            app.add_stories(chunk);
            // The worker's results cover the claims that were here; the filter runs again over every claim
            // once loading finishes (once, rather than on every chunk: each run scores every claim).
            if app.async_filter && !app.filter.trim().is_empty() {
                app.filter_pending = true;
            }
            None
        }
        Reply::SettingsSaved(result) => {
            let in_form = matches!(&app.mode, Mode::Form(f) if f.kind == FormKind::Organization);
            match result {
                Ok(config) => {
                    app.ws.config = config;
                    app.claims_changed();
                    app.rebuild_rows(None);
                    if in_form {
                        app.mode = Mode::Normal;
                    }
                    let path = app.ws.root.join(crate::store::CONFIG_FILE);
                    app.set_message(
                        format!("organisation saved in {}: ClaimReview exports use it", path.display()),
                        false,
                    );
                }
                Err(e) => match &mut app.mode {
                    // The form stays open with what was typed, and says why.
                    Mode::Form(f) if in_form => f.error = Some(e),
                    _ => app.set_message(e, true),
                },
            }
            None
        }
        Reply::GitStatus(status) => {
            app.git_status(status);
            None
        }
        Reply::GitText { title, text } => {
            app.git_text(&title, text);
            None
        }
        Reply::MarkedLoaded(marked) => {
            app.open_marked(marked);
            None
        }
        Reply::ArticleChanged(si, read) => {
            app.article_changed(si, read);
            None
        }
        Reply::ConfigRead(read) => {
            match read {
                Ok(config) if config != app.ws.config => {
                    // Verdict scale, evidence rules, organisation for exports: all read from here on.
                    app.ws.config = config;
                    app.claims_changed();
                    app.rebuild_rows(None);
                    app.set_message("settings (factdesk.yaml) changed on disk: now in use", false);
                }
                Ok(_) => {}
                Err(e) => app.set_message(format!("{e}; the settings in use are kept"), true),
            }
            None
        }
        Reply::StoriesFixed(chunk) => {
            app.stories_fixed(chunk);
            None
        }
        Reply::LoadFinished => {
            app.finish_loading();
            if app.async_filter && !app.filter.trim().is_empty() {
                return Some(Effect::Filter(app.filter.clone()));
            }
            None
        }
        Reply::SaveNeedsConsent(warnings) => {
            app.save_warnings = warnings;
            app.mode = Mode::Confirm(Confirm::LossySave);
            None
        }
        Reply::Saved(errors) => {
            app.lossy_ok = false;
            let notes = std::mem::take(&mut app.save_notes);
            if errors.is_empty() {
                let text = std::iter::once("saved".to_string()).chain(notes).collect::<Vec<_>>().join("; ");
                app.set_message(text, false);
            } else {
                app.set_message(errors.join(" | "), true);
            }
            None
        }
        Reply::Note { text, error } => {
            app.set_message(text, error);
            None
        }
        Reply::SimilarReady(index) => {
            app.similar = Some(index);
            None
        }
        Reply::FilterResults { query, hits, done } => {
            app.filter_results(&query, &hits, done);
            None
        }
        Reply::Reloaded(files) => {
            app.reloaded(files);
            None
        }
        Reply::Exported(result) => {
            match result {
                Ok(msg) => app.set_message(msg, false),
                Err(e) => app.set_message(e, true),
            }
            None
        }
        Reply::EditorDone(result) => {
            match result {
                // Only the final newline the file was given (or the editor added): the notes are unchanged.
                Ok(text)
                    if app
                        .current_claim()
                        .is_some_and(|c| c.notes.trim_end_matches('\n') == text.trim_end_matches('\n')) =>
                {
                    app.set_message("notes unchanged", false)
                }
                Ok(text) => set_notes(app, text, "notes edited in $EDITOR"),
                Err(e) => app.set_message(e, true),
            }
            None
        }
    }
}
