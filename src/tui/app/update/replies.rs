//! The runner's replies (stories loaded, files read again, a save's outcome, …): what each one changes.

use super::*;

/// What [`reply`] made of an action.
pub(super) enum Replied {
    /// A reply, applied: its effect, if any.
    Done(Option<Effect>),
    /// Not a reply: the action, unchanged, for the mode in charge.
    NotAReply(Action),
}

/// Applies `action` when it is one of the runner's replies; any other action comes back unchanged.
pub(super) fn reply(app: &mut App, action: Action) -> Replied {
    match action {
        Action::StoriesLoaded(chunk) => {
            app.add_stories(chunk);
            // The worker's results cover the claims that were here; the filter runs again over every claim
            // once loading finishes (once, rather than on every chunk: each run copies every claim).
            if app.async_filter && !app.filter.trim().is_empty() {
                app.filter_pending = true;
            }
            Replied::Done(None)
        }
        Action::ArticleChanged(si, read) => {
            app.article_changed(si, read);
            Replied::Done(None)
        }
        Action::ConfigRead(read) => {
            match read {
                Ok(config) if config != app.ws.config => {
                    // Verdict scale, evidence rules, organisation for exports: all read from here on.
                    app.ws.config = config;
                    app.corpus = None;
                    app.rebuild_rows(None);
                    app.set_message("settings (factdesk.yaml) changed on disk: now in use", false);
                }
                Ok(_) => {}
                Err(e) => app.set_message(format!("{e}; the settings in use are kept"), true),
            }
            Replied::Done(None)
        }
        Action::StoriesFixed(chunk) => {
            app.stories_fixed(chunk);
            Replied::Done(None)
        }
        Action::LoadFinished => {
            app.finish_loading();
            if app.async_filter && !app.filter.trim().is_empty() {
                return Replied::Done(Some(Effect::Filter(app.filter.clone())));
            }
            Replied::Done(None)
        }
        Action::Resize(w, h) => {
            app.size = (w, h);
            app.clamp_list();
            if app.article_open {
                app.scroll_article_to_selection();
            }
            Replied::Done(None)
        }
        Action::SaveNeedsConsent(warnings) => {
            app.save_warnings = warnings;
            app.mode = Mode::Confirm(Confirm::LossySave);
            Replied::Done(None)
        }
        Action::Saved(errors) => {
            app.lossy_ok = false;
            let notes = std::mem::take(&mut app.save_notes);
            if errors.is_empty() {
                let text = std::iter::once("saved".to_string()).chain(notes).collect::<Vec<_>>().join("; ");
                app.set_message(text, false);
            } else {
                app.set_message(errors.join(" | "), true);
            }
            Replied::Done(None)
        }
        Action::Note { text, error } => {
            app.set_message(text, error);
            Replied::Done(None)
        }
        Action::SimilarReady(index) => {
            app.similar = Some(index);
            Replied::Done(None)
        }
        Action::FilterResults { query, hits, done } => {
            app.filter_results(&query, &hits, done);
            Replied::Done(None)
        }
        Action::Reloaded(files) => {
            app.reloaded(files);
            Replied::Done(None)
        }
        Action::Exported(result) => {
            match result {
                Ok(msg) => app.set_message(msg, false),
                Err(e) => app.set_message(e, true),
            }
            Replied::Done(None)
        }
        Action::EditorDone(result) => {
            match result {
                Ok(text) => set_notes(app, text, "notes edited in $EDITOR"),
                Err(e) => app.set_message(e, true),
            }
            Replied::Done(None)
        }
        other => Replied::NotAReply(other),
    }
}
