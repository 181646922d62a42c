//! The other modes, one function each: the `/` filter line, notes typed in place, pickers, forms and confirmations.

use super::*;

/// Applies a typed key to a one-line text value: characters, Backspace, Ctrl-U (clear), Ctrl-W (word).
pub(super) fn edit_line(value: &mut String, ev: &KeyEvent) -> bool {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    match ev.code {
        KeyCode::Char('u') if ctrl => value.clear(),
        KeyCode::Char('w') if ctrl => {
            let t = value.trim_end().len();
            value.truncate(t);
            let cut = value.rfind(' ').map_or(0, |i| i + 1);
            value.truncate(cut);
        }
        KeyCode::Char(c) if !ctrl => value.push(c),
        KeyCode::Backspace => {
            value.pop();
        }
        _ => return false,
    }
    true
}

pub(super) fn filter_mode(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::Input(ev) if edit_line(&mut app.filter, &ev) => return filter_changed(app),
        Action::Paste(t) => {
            app.filter.push_str(t.lines().next().unwrap_or(""));
            return filter_changed(app);
        }
        Action::Confirm => {
            app.mode = Mode::Normal;
            let n = app.rows.iter().filter(|r| matches!(r, Row::Claim(..))).count();
            app.set_message(
                format!(
                    "{n} {} match; {} clears the filter",
                    if n == 1 { "claim" } else { "claims" },
                    app.keymap.key_for(Context::Main, "clear-filter")
                ),
                false,
            );
        }
        Action::Cancel => {
            app.mode = Mode::Normal;
            app.filter.clear();
            // Results of the query still running are for a filter that is gone.
            app.filter_pending = false;
            app.rebuild_rows(None);
        }
        Action::Down => app.move_by(1),
        Action::Up => app.move_by(-1),
        _ => {}
    }
    None
}

/// The `/` filter changed: scored here for small workspaces, by the worker (an effect) for big ones.
pub(super) fn filter_changed(app: &mut App) -> Option<Effect> {
    if app.async_filter && !app.filter.trim().is_empty() {
        app.filter_pending = true;
        return Some(Effect::Filter(app.filter.clone()));
    }
    app.filter_pending = false;
    app.refilter();
    None
}

/// Puts `text` into the selected claim's notes, with `change` in its history, or says nothing changed.
pub(super) fn set_notes(app: &mut App, text: String, change: &str) {
    let changed = app.edit_current(|c| {
        (c.notes != text).then(|| {
            c.notes = text;
            change.to_string()
        })
    });
    if !changed {
        app.set_message("notes unchanged", false);
    }
}

/// Ends an in-place notes edit on the claim it began on, whatever a reload did meanwhile. Notes changed on disk
/// while the journalist typed are kept beside the typed text, never overwritten. `false` keeps the editor open:
/// the claim went away on disk, and the typed text is only dropped on a second Esc.
pub(super) fn finish_notes(app: &mut App, text: String) -> bool {
    let Some(base) = app.notes_base.take() else {
        set_notes(app, text, "notes edited");
        return true;
    };
    let Some(now) = app
        .ws
        .stories
        .get(base.story)
        .and_then(|s| s.file.claims.iter().find(|c| c.id == base.id))
        .map(|c| c.notes.clone())
    else {
        if base.warned_gone {
            app.set_message(format!("claim `{}` is gone: the typed notes were dropped", base.id), true);
            return true;
        }
        app.set_message(
            format!(
                "claim `{}` was removed on disk while you typed: {} again drops your text",
                base.id,
                app.keymap.key_for(Context::Notes, "stop-editing")
            ),
            true,
        );
        app.notes_base = Some(NotesBase { warned_gone: true, ..base });
        return false;
    };
    let both = now != base.notes && text != base.notes && text != now;
    let (text, change) = if both {
        let kept = format!(
            "{}\n\n--- typed in factdesk while the notes above changed on disk ---\n{}",
            now.trim_end(),
            text.trim_end()
        );
        (kept, "notes edited; kept both (they changed on disk meanwhile)")
    } else {
        (text, "notes edited")
    };
    // By id, on the story it began on: the cursor may have moved with a reload, or a filter may hide the claim.
    let id = base.id.clone();
    let changed = app.edit_story(base.story, |file| {
        let c = file.claims.iter_mut().find(|c| c.id == id)?;
        (c.notes != text).then(|| {
            c.notes = text;
            (Some(id.clone()), change.to_string())
        })
    });
    if both {
        app.set_message(
            "the notes changed on disk while you typed: both are kept, one after the other; tidy them",
            true,
        );
    } else if !changed && app.message.as_ref().is_none_or(|m| !m.error) {
        app.set_message("notes unchanged", false);
    }
    true
}

pub(super) fn notes_mode(app: &mut App, mut ta: Box<TextArea<'static>>, action: Action) -> Option<Effect> {
    match action {
        Action::Cancel => {
            let mut text = ta.lines().join("\n");
            // Keep the notes' final line break (the YAML block style `|`) when typing after the last line.
            if app.current_claim().is_some_and(|c| c.notes.ends_with('\n')) && !text.ends_with('\n') {
                text.push('\n');
            }
            // Where the cursor was, so the pane keeps the end of the edit in view rather than jumping to the top.
            let cursor = ta.cursor();
            let (row, col) = (cursor.0, cursor.1);
            let mut upto: Vec<String> = ta.lines().iter().take(row).cloned().collect();
            upto.push(ta.lines().get(row).map(|l| l.chars().take(col).collect()).unwrap_or_default());
            if !finish_notes(app, text) {
                app.mode = Mode::Notes(ta);
                return None;
            }
            // Back to the list, where j/k move between claims again.
            app.focus = Focus::List;
            let pane = geometry::layout(
                Rect::new(0, 0, app.size.0, app.size.1),
                false,
                geometry::ListWidth { zoom: false, ..app.list_width },
            )
            .notes;
            let height = pane.height.saturating_sub(2) as usize;
            let cursor_line = geometry::shown_lines(&upto.join("\n"), pane);
            app.notes_scroll = cursor_line.saturating_sub(height.max(1)) as u16;
            return None;
        }
        Action::Input(ev) if is_ctrl_c(&ev) => {
            // Ctrl-C quits at once; the note being typed goes into the journal first.
            app.mode = Mode::Notes(ta);
            return Some(Effect::Interrupt);
        }
        Action::Input(ev) => {
            // Typing is journaled too (see `guard::write_journals`): the journal timer counts it as an edit.
            app.edits += u64::from(ta.input(ev));
        }
        Action::Paste(text) => {
            ta.insert_str(text.replace("\r\n", "\n").replace('\r', "\n"));
            app.edits += 1;
        }
        Action::Scroll(_, _, down) => {
            ta.scroll((if down { 1 } else { -1 }, 0));
        }
        _ => {}
    }
    app.mode = Mode::Notes(ta);
    None
}

pub(super) fn picker_mode(app: &mut App, mut p: Picker, action: Action) -> Option<Effect> {
    let n = p.items.len();
    match action {
        Action::Down | Action::Scroll(_, _, true) => p.cursor = (p.cursor + 1).min(n.saturating_sub(1)),
        Action::Up | Action::Scroll(_, _, false) => p.cursor = p.cursor.saturating_sub(1),
        Action::Top => p.cursor = 0,
        Action::Bottom => p.cursor = n.saturating_sub(1),
        Action::Cancel | Action::Quit => return None,
        Action::Confirm => {
            return p.items.get(p.cursor).and_then(|item| choose(app, item.value.clone()));
        }
        _ => {}
    }
    app.mode = Mode::Picker(p);
    None
}

pub(super) fn choose(app: &mut App, value: PickValue) -> Option<Effect> {
    match value {
        PickValue::Export(format) => return Some(Effect::Export(app.current()?.0, format)),
        PickValue::Verdict(v) => {
            app.edit_current(|c| {
                (c.verdict != v).then(|| {
                    let change = format!("verdict: {} -> {}", describe(&c.verdict), describe(&v));
                    c.verdict = v;
                    change
                })
            });
        }
        PickValue::Status(s) => {
            // The first move to `published` records the date (ClaimReview's `datePublished`), once.
            let today = app.today();
            app.edit_current(|c| c.set_status(s, &today));
        }
        PickValue::FilterAll => {
            app.filter_verdict = None;
            app.filter_status = None;
            app.rebuild_rows(None);
        }
        PickValue::FilterVerdict(v) => {
            app.filter_verdict = Some(v);
            app.rebuild_rows(None);
        }
        PickValue::FilterStatus(s) => {
            app.filter_status = Some(s);
            app.rebuild_rows(None);
        }
        PickValue::MergeInto(target) => {
            let (si, ci) = app.current()?;
            let (now, by) = (app.now(), app.reviewer.clone());
            let (now_r, by_r) = (now.clone(), by.clone());
            let target_id = app.ws.stories[si].file.claims[target].id.clone();
            triage(app, |app| {
                app.edit_story(si, |file| {
                    let cand = file.claims[ci].clone();
                    let t = &mut file.claims[target];
                    // Ends with a newline, so what is written after it starts on a line of its own.
                    let add = format!("Merged candidate `{}`: \"{}\"\n", cand.id, cand.quote.exact);
                    t.notes = if t.notes.trim().is_empty() { add } else { format!("{}\n\n{add}", t.notes.trim_end()) };
                    t.history.push(HistoryEntry { at: now, by, change: format!("merged candidate `{}`", cand.id) });
                    file.claims.remove(ci);
                    // Remembered as rejected too, so a later `factdesk extract` does not bring it back.
                    file.rejected.push(Rejected { exact: cand.quote.exact.clone(), at: now_r, by: by_r });
                    Some((None, format!("merged into `{target_id}`: candidate `{}`", cand.id)))
                })
            });
        }
        PickValue::MergeAcross { slug, id } => {
            let (si, ci) = app.current()?;
            let Some(ti) = app.ws.stories.iter().position(|s| s.slug == slug) else {
                app.set_message(format!("story `{slug}` is no longer in the workspace: nothing merged"), true);
                return None;
            };
            let Some(tc) = app.ws.stories[ti].file.claims.iter().position(|c| c.id == id) else {
                app.set_message(format!("claim `{slug}/{id}` is no longer there: nothing merged"), true);
                return None;
            };
            if let Some(why) = app.read_only(si).or_else(|| app.read_only(ti)) {
                app.set_message(why, true);
                return None;
            }
            let cand = app.ws.stories[si].file.claims[ci].clone();
            let from = app.ws.stories[si].slug.clone();
            let (now, by) = (app.now(), app.reviewer.clone());
            triage(app, |app| {
                let said = if cand.quote.exact.trim().is_empty() { &cand.text } else { &cand.quote.exact };
                let into = app.edit_story(ti, |file| {
                    let t = &mut file.claims[tc];
                    // Ends with a newline, so what is written after it starts on a line of its own.
                    let add = format!("Merged candidate `{from}/{}`: \"{said}\"\n", cand.id);
                    t.notes = if t.notes.trim().is_empty() { add } else { format!("{}\n\n{add}", t.notes.trim_end()) };
                    Some((Some(t.id.clone()), format!("merged candidate `{from}/{}`", cand.id)))
                });
                let removed = into
                    && app.edit_story(si, |file| {
                        let c = file.claims.remove(ci);
                        // Remembered as rejected too, so a later `factdesk extract` does not bring it back.
                        file.rejected.push(Rejected { exact: c.quote.exact.clone(), at: now, by });
                        Some((None, format!("merged into `{slug}/{id}`: candidate `{}`", c.id)))
                    });
                if removed {
                    // One merge, one undo.
                    app.unsaved.join_last(2);
                }
                removed
            });
        }
    }
    None
}

pub(super) fn form_mode(app: &mut App, mut f: Form, action: Action) -> Option<Effect> {
    let n = f.fields.len();
    // What is typed into a form is journaled like notes (see `guard::write_journals`): the journal timer counts
    // every keystroke, and closing the form, as an edit.
    app.edits += 1;
    if f.question.is_some() {
        // A question over the form: yes takes the values; no returns to the form with everything typed.
        match action {
            Action::Confirm => {
                f.question = None;
                match submit(app, &f, true) {
                    Ok(None) => return None,
                    Ok(Some(q)) => f.question = Some(q),
                    Err(e) => f.error = Some(e),
                }
            }
            Action::Cancel => f.question = None,
            Action::Interrupt => {
                app.mode = Mode::Form(f);
                return Some(Effect::Interrupt);
            }
            _ => {}
        }
        app.mode = Mode::Form(f);
        return None;
    }
    match action {
        Action::NextField => f.focus = (f.focus + 1) % n,
        Action::PrevField => f.focus = (f.focus + n - 1) % n,
        Action::Input(ev) if is_ctrl_c(&ev) => {
            // Ctrl-C quits at once, as in the list; the form's values go into the journal first.
            app.mode = Mode::Form(f);
            return Some(Effect::Interrupt);
        }
        Action::Input(ev) => {
            f.fields[f.focus].edit(&ev);
            f.error = None;
            f.leaving = false;
        }
        Action::Paste(t) if is_url_field(&f) => {
            // One address and nothing else: a pasted second line is refused, not glued on with a space.
            // A line break at the end (terminals paste one as `\r`) is not a second line.
            let t = t.trim_end_matches(['\r', '\n']);
            if t.contains(['\n', '\r']) {
                let lines = t.split(['\r', '\n']).filter(|l| !l.trim().is_empty()).count();
                f.error = Some(format!(
                    "paste refused: it holds {lines} lines, and {} takes one web address; copy the address alone",
                    f.fields[f.focus].label
                ));
            } else {
                f.fields[f.focus].paste(t);
                f.error = web_address_problem(f.fields[f.focus].label, f.fields[f.focus].value.trim());
            }
        }
        Action::Paste(t) => f.fields[f.focus].paste(&t),
        Action::Interrupt => {
            app.mode = Mode::Form(f);
            return Some(Effect::Interrupt);
        }
        Action::Cancel => {
            let typed = f.fields.iter().zip(&f.initial).any(|(field, was)| field.value != *was);
            if typed && !f.leaving {
                // What was typed (a long url, say) is not dropped on one key.
                f.leaving = true;
                let (esc, enter) =
                    (app.keymap.key_for(Context::Form, "cancel"), app.keymap.key_for(Context::Form, "submit"));
                f.error = Some(format!("{esc} again drops what you typed; {enter} saves it"));
            } else {
                app.set_message("cancelled", false);
                back_to_pane(app, f);
                return None;
            }
        }
        Action::Confirm if f.kind == FormKind::Organization => match organization_from(&f) {
            // The runner writes it; the form stays open until it says it did (`Reply::SettingsSaved`), so nothing
            // typed is lost if the file cannot be written.
            Ok(org) => {
                f.error = None;
                app.mode = Mode::Form(f);
                return Some(Effect::SaveOrganization(org));
            }
            Err(e) => f.error = Some(e),
        },
        Action::Confirm => match submit(app, &f, false) {
            Ok(None) => {
                back_to_pane(app, f);
                return None;
            }
            Ok(Some(question)) => f.question = Some(question),
            Err(e) => f.error = Some(e),
        },
        _ => {}
    }
    app.mode = Mode::Form(f);
    None
}

/// A form opened from a list pane goes back to it (unless the form opened something else).
fn back_to_pane(app: &mut App, f: Form) {
    if let Some(from) = f.from
        && matches!(app.mode, Mode::Normal)
    {
        app.mode = Mode::Items(from.pane);
    }
}

/// Whether a key is Ctrl-C (in raw mode it arrives as a key, not as SIGINT).
pub(super) fn is_ctrl_c(ev: &KeyEvent) -> bool {
    ev.code == KeyCode::Char('c') && ev.modifiers.contains(KeyModifiers::CONTROL)
}

/// Reopens a form typed in a session that crashed, on its claim, with what was typed: Enter submits it, Esc
/// asks before dropping it (it differs from what the form opens with).
pub(super) fn reopen_draft(app: &mut App, si: usize, draft: &crate::safety::journal::Draft) {
    let Some(kind) = FormKind::from_name(&draft.form) else { return };
    if !draft.claim.is_empty() {
        let Some(story) = app.ws.stories.get(si) else { return };
        if !story.file.claims.iter().any(|c| c.id == draft.claim) {
            app.set_message(
                format!("the claim `{}` of a restored form is gone; the form was: {draft}", draft.claim),
                true,
            );
            return;
        }
        app.rebuild_rows(Some((si, draft.claim.clone())));
    }
    // Opened the usual way (the same fields and defaults), then given what was typed. Opening a form has no effect.
    let _ = match kind {
        FormKind::Source if draft.item.is_some() => reopen_in_pane(app, ItemsKind::Sources, draft.item.as_deref()),
        FormKind::Source => normal(app, Action::AddSource),
        FormKind::Claim => normal(app, Action::EditClaim),
        FormKind::NewClaim => normal(app, Action::NewClaim),
        // The story form opens on the story it was typed for, wherever the cursor is.
        FormKind::Story => open_story_form_on(app, si).and(None),
        FormKind::Organization => {
            open_organization_form(app);
            None
        }
        // Reopened in their pane, on the item they were editing (or as a new one).
        FormKind::Check => reopen_in_pane(app, ItemsKind::Checks, draft.item.as_deref()),
        FormKind::Value => reopen_in_pane(app, ItemsKind::Values, draft.item.as_deref()),
    };
    if let Mode::Form(f) = &mut app.mode {
        for typed in &draft.fields {
            if let Some(field) = f.fields.iter_mut().find(|x| x.label == typed.label) {
                field.value = typed.value.clone();
                field.cursor = field.value.chars().count();
            }
        }
        let enter = app.keymap.key_for(Context::Form, "submit");
        app.set_message(format!("reopened a form typed before the crash ({draft}); {enter} saves it"), false);
    }
}

/// Opens pane `kind` and its form on `item` (a position, or a value's name) as it was being edited before a
/// crash; on a new item when there was none, or when that item is gone (then the message says so).
fn reopen_in_pane(app: &mut App, kind: ItemsKind, item: Option<&str>) -> Option<Effect> {
    let _ = open_pane(app, kind);
    let Some(item) = item else { return items_mode_now(app, Action::AddItem) };
    let at = match &app.mode {
        Mode::Items(p) if kind == ItemsKind::Values => {
            app.ws.stories.get(p.story).and_then(|s| s.file.values.keys().position(|k| k == item))
        }
        Mode::Items(p) => item.parse::<usize>().ok().filter(|i| *i < app.item_count(p)),
        _ => None,
    };
    match (at, &mut app.mode) {
        (Some(at), Mode::Items(p)) => {
            p.cursor = at;
            items_mode_now(app, Action::EditItem)
        }
        _ => {
            app.set_message(
                format!("the {} a restored form was editing is gone: it opens as a new one", kind.noun()),
                true,
            );
            items_mode_now(app, Action::AddItem)
        }
    }
}

/// Applies an action to the list pane that is open, if one is.
fn items_mode_now(app: &mut App, action: Action) -> Option<Effect> {
    match std::mem::replace(&mut app.mode, Mode::Normal) {
        Mode::Items(p) => items_mode(app, p, action),
        other => {
            app.mode = other;
            None
        }
    }
}

/// Takes a form's values: `Ok(None)` when done, `Ok(Some(question))` when the journalist must be asked first
/// (`sure` answers it), `Err(why)` when a value cannot be taken (the form stays open with what was typed).
pub(super) fn submit(app: &mut App, f: &Form, sure: bool) -> Result<Option<String>, String> {
    let v = |i: usize| f.fields[i].value.trim().to_string();
    match f.kind {
        FormKind::Source => submit_source(app, f)?,
        FormKind::Check => submit_check(app, f)?,
        FormKind::Value => submit_value(app, f)?,
        FormKind::Claim => return submit_claim(app, f, sure),
        FormKind::Story => submit_story(app, f)?,
        // Written by the runner (`Effect::SaveOrganization`, see `form_mode`), not here.
        FormKind::Organization => return Err("the organisation is saved by the runner".into()),
        FormKind::NewClaim => {
            let text = v(0);
            if text.is_empty() {
                return Err("Text is empty; write the claim as it was said".into());
            }
            let kind = Kind::parse(&v(2)).ok_or_else(|| {
                let all: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                format!("Kind `{}` is unknown; use one of: {}", v(2), all.join(", "))
            })?;
            let si = app.current().map(|c| c.0).or_else(|| app.article_story()).unwrap_or(0);
            app.create_claim(si, &text, &v(1), kind, None);
        }
    }
    Ok(None)
}

pub(super) fn confirm_mode(app: &mut App, c: Confirm, action: Action) -> Option<Effect> {
    match (c, action) {
        (Confirm::Remove(r), Action::Confirm) => {
            remove_item(app, *r);
            None
        }
        (Confirm::Remove(r), Action::Cancel) => {
            app.mode = Mode::Items(r.pane);
            None
        }
        (Confirm::Delete, Action::Confirm) => {
            let (si, ci) = app.current()?;
            let (at, by) = (app.now(), app.reviewer.clone());
            let undo = app.keymap.key_for(Context::Main, "undo");
            app.edit_story(si, |file| {
                let c = file.claims.remove(ci);
                // Deleting dismisses the sentence for good, as rejecting a candidate does: a later
                // `factdesk extract` must not propose it again.
                let exact = c.quote.exact.trim();
                if !exact.is_empty() && !file.rejected.iter().any(|r| r.exact.trim() == exact) {
                    file.rejected.push(Rejected { exact: c.quote.exact.clone(), at, by });
                }
                Some((None, format!("deleted claim `{}`; extract will not propose it again ({undo} undoes)", c.id)))
            });
            None
        }
        (Confirm::Quit, Action::Confirm) => {
            // The journalist chose to drop the unsaved edits: their journals go too.
            app.quit = true;
            app.discard_on_quit = true;
            Some(Effect::Quit)
        }
        (Confirm::Quit, Action::SaveAndQuit) => Some(Effect::SaveAndQuit),
        (Confirm::LossySave, Action::Confirm) => {
            app.lossy_ok = true;
            Some(Effect::Save)
        }
        (_, Action::Cancel) => None,
        (c, _) => {
            app.mode = Mode::Confirm(c);
            None
        }
    }
}
