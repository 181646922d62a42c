//! `update(&mut App, Msg) -> Option<Effect>`: applies one action or reply to the state, one function per mode.

mod editing;
mod items;
mod modes;
mod normal;
mod replies;

use super::*;
use editing::*;
use items::*;
use modes::*;
use normal::*;
use replies::*;

/// Applies one action. Pure: the clock is `app.clock`, set by the runner, and side effects come back as an `Effect`.
pub fn update(app: &mut App, msg: impl Into<Msg>) -> Option<Effect> {
    // Any message may change what is on screen; nothing but a message does (the view reads the state alone).
    app.frames.changed();
    let effect = match msg.into() {
        Msg::User(action) => apply(app, action),
        Msg::Reply(r) => reply(app, r),
    };
    // An open list pane follows every change: edits made from it, undo, a reload.
    app.settle_items();
    // Waiting decisions (a journal to restore, a collision to settle) come up once nothing else is open,
    // so they never throw away a note or form being typed.
    if matches!(app.mode, Mode::Normal) {
        if !app.recovery.offers().is_empty() {
            app.mode = Mode::Recover;
        } else if !app.resolving.is_empty() {
            app.mode = Mode::Resolve;
        } else if let Some((si, draft)) = app.recovery.next_draft() {
            reopen_draft(app, si, &draft);
        }
    }
    effect
}

/// Actions that change claims or files: they wait until the workspace has finished loading.
fn edits(action: &Action) -> bool {
    matches!(
        action,
        Action::VerdictPicker
            | Action::StatusPicker
            | Action::EditNotes
            | Action::EditNotesExternal
            | Action::AddSource
            | Action::NewClaim
            | Action::Delete
            | Action::EditClaim
            | Action::StoryInfo
            | Action::Anchor
            | Action::AcceptCandidate
            | Action::RejectCandidate
            | Action::MergeCandidate
            | Action::CreateFromSelection
            | Action::Undo
            | Action::Redo
            | Action::Save
            | Action::SaveAndQuit
            | Action::Reload
    )
}

fn apply(app: &mut App, action: Action) -> Option<Effect> {
    if let Some((here, total)) = app.loading
        && edits(&action)
        && matches!(app.mode, Mode::Normal)
    {
        app.set_message(
            format!("still loading ({here} of {total} folders): editing opens as soon as every story is here"),
            true,
        );
        return None;
    }
    // A story that cannot be edited safely says so before an editor, form or picker opens, so nothing typed
    // into one is lost when the edit is refused.
    if edits(&action)
        && matches!(app.mode, Mode::Normal)
        && !matches!(action, Action::Save | Action::SaveAndQuit | Action::Reload)
        && let Some(si) = app.current().map(|c| c.0).or_else(|| app.article_story())
        && let Some(why) = app.read_only(si)
    {
        app.set_message(why, true);
        return None;
    }
    if let Action::Resize(w, h) = action {
        app.size = (w, h);
        app.clamp_list();
        // The article wraps anew at the new width: its scroll is worked out again, so it never points past the text.
        if app.article_open {
            app.scroll_article_to_selection();
        }
        return None;
    }
    let mode = std::mem::replace(&mut app.mode, Mode::Normal);
    match mode {
        Mode::Normal => normal(app, action),
        Mode::Filter => {
            app.mode = Mode::Filter;
            filter_mode(app, action)
        }
        Mode::Notes(ta) => notes_mode(app, ta, action),
        Mode::Picker(p) => picker_mode(app, p, action),
        Mode::Form(f) => form_mode(app, f, action),
        Mode::Confirm(c) => confirm_mode(app, c, action),
        Mode::Items(p) => items_mode(app, p, action),
        Mode::Recover => {
            app.mode = Mode::Recover;
            match action {
                Action::Confirm => {
                    app.take_offer(true);
                }
                Action::Discard => {
                    let path = app.recovery.offers().first()?.path.clone();
                    let si = app.take_offer(false)?;
                    app.recovery.release(si);
                    return Some(Effect::DiscardJournal(path));
                }
                Action::Cancel => {
                    let si = app.take_offer(false);
                    if let Some(si) = si {
                        app.set_message(
                            format!(
                                "unsaved edits of {} left in their journal: it stays read-only until you reopen factdesk \
                                 and restore them (or `factdesk recover` does)",
                                app.ws.stories[si].slug
                            ),
                            false,
                        );
                    }
                }
                Action::Interrupt => return Some(Effect::Interrupt),
                _ => {}
            }
            None
        }
        Mode::Resolve => {
            use crate::safety::merge::Choice;
            app.mode = Mode::Resolve;
            match action {
                Action::KeepMine => app.settle(Choice::Mine),
                Action::TakeTheirs => app.settle(Choice::Theirs),
                Action::KeepBoth => app.settle(Choice::Custom(None)),
                Action::Interrupt => return Some(Effect::Interrupt),
                _ => {}
            }
            None
        }
        Mode::Git(mut pane) => {
            let len = pane.lines.as_ref().map_or(0, Vec::len);
            let max = len.saturating_sub(app.size.1.saturating_sub(8) as usize);
            let page = app.size.1.saturating_sub(10).max(1) as usize;
            pane.scroll = match action {
                Action::Down | Action::Scroll(_, _, true) => pane.scroll + 1,
                Action::Up | Action::Scroll(_, _, false) => pane.scroll.saturating_sub(1),
                Action::PageDown | Action::HalfDown => pane.scroll + page,
                Action::PageUp | Action::HalfUp => pane.scroll.saturating_sub(page),
                Action::Top => 0,
                Action::Bottom => max,
                _ => pane.scroll,
            }
            .min(max);
            if !matches!(action, Action::Cancel | Action::Quit | Action::Help | Action::Diff | Action::Log) {
                app.mode = Mode::Git(pane);
            }
            None
        }
        Mode::Stats => {
            if !matches!(action, Action::Cancel | Action::Stats | Action::Quit | Action::Help) {
                app.mode = Mode::Stats;
            }
            None
        }
        Mode::Help(scroll) => {
            let max = (app.help_len() as u16).saturating_sub(app.size.1.saturating_sub(6));
            let scroll = scroll.min(max);
            app.mode = match action {
                Action::Down | Action::Scroll(_, _, true) => Mode::Help((scroll + 1).min(max)),
                Action::Up | Action::Scroll(_, _, false) => Mode::Help(scroll.saturating_sub(1)),
                Action::PageDown => Mode::Help((scroll + 10).min(max)),
                Action::PageUp => Mode::Help(scroll.saturating_sub(10)),
                Action::Cancel | Action::Help | Action::Quit => Mode::Normal,
                _ => Mode::Help(scroll),
            };
            None
        }
    }
}
