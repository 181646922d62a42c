//! `update(&mut App, Action) -> Option<Effect>`: applies one action to the state, one function per mode.

use super::*;

/// Applies one action. Pure: the clock is `app.clock`, set by the runner, and side effects come back as an `Effect`.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    let effect = apply(app, action);
    // Waiting decisions (a journal to restore, a collision to settle) come up once nothing else is open,
    // so they never throw away a note or form being typed.
    if matches!(app.mode, Mode::Normal) {
        if !app.recover.is_empty() {
            app.mode = Mode::Recover;
        } else if !app.resolving.is_empty() {
            app.mode = Mode::Resolve;
        } else if !app.pending_drafts.is_empty() {
            let (si, draft) = app.pending_drafts.remove(0);
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
            | Action::EditMeta
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
            format!("still loading ({here} of {total} stories): editing opens as soon as every story is here"),
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
    match action {
        Action::StoriesLoaded(chunk) => {
            app.add_stories(chunk);
            // The worker's results cover the claims that were here; the filter runs again over every claim
            // once loading finishes (once, rather than on every chunk: each run copies every claim).
            if app.async_filter && !app.filter.trim().is_empty() {
                app.filter_pending = true;
            }
            return None;
        }
        Action::ArticleChanged(si, read) => {
            app.article_changed(si, read);
            return None;
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
            return None;
        }
        Action::StoriesFixed(chunk) => {
            app.stories_fixed(chunk);
            return None;
        }
        Action::LoadFinished => {
            app.finish_loading();
            if app.async_filter && !app.filter.trim().is_empty() {
                return Some(Effect::Filter(app.filter.clone()));
            }
            return None;
        }
        Action::Resize(w, h) => {
            app.size = (w, h);
            app.clamp_list();
            if app.article_open {
                app.scroll_article_to_selection();
            }
            return None;
        }
        Action::SaveNeedsConsent(warnings) => {
            app.save_warnings = warnings;
            app.mode = Mode::Confirm(Confirm::LossySave);
            return None;
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
            return None;
        }
        Action::Note { text, error } => {
            app.set_message(text, error);
            return None;
        }
        Action::SimilarReady(index) => {
            app.similar = Some(index);
            return None;
        }
        Action::FilterResults { query, hits, done } => {
            app.filter_results(&query, &hits, done);
            return None;
        }
        Action::Reloaded(files) => {
            app.reloaded(files);
            return None;
        }
        Action::Exported(result) => {
            match result {
                Ok(msg) => app.set_message(msg, false),
                Err(e) => app.set_message(e, true),
            }
            return None;
        }
        Action::EditorDone(result) => {
            match result {
                Ok(text) => set_notes(app, text, "notes edited in $EDITOR"),
                Err(e) => app.set_message(e, true),
            }
            return None;
        }
        _ => {}
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
        Mode::Recover => {
            app.mode = Mode::Recover;
            match action {
                Action::Confirm => {
                    app.take_offer(true);
                }
                Action::Discard => {
                    let path = app.recover.first()?.path.clone();
                    let si = app.take_offer(false)?;
                    let more = app.recover.iter().any(|o| o.story == si);
                    if let Some(h) = app.journal_held.get_mut(si) {
                        *h = more;
                    }
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

fn page(app: &App) -> isize {
    app.list_height().max(2) as isize - 1
}

fn normal(app: &mut App, action: Action) -> Option<Effect> {
    let article = app.focus == Focus::Article;
    match action {
        Action::Down if article => app.article_move(1),
        Action::Up if article => app.article_move(-1),
        Action::Down if app.focus == Focus::Detail => app.detail_scroll = app.detail_scroll.saturating_add(1),
        Action::Up if app.focus == Focus::Detail => app.detail_scroll = app.detail_scroll.saturating_sub(1),
        Action::Down if app.focus == Focus::Notes => app.notes_scroll = app.notes_scroll.saturating_add(1),
        Action::Up if app.focus == Focus::Notes => app.notes_scroll = app.notes_scroll.saturating_sub(1),
        Action::Down => app.move_by(1),
        Action::Up => app.move_by(-1),
        Action::PageDown => app.move_by(page(app)),
        Action::PageUp => app.move_by(-page(app)),
        Action::HalfDown => app.move_by((page(app) / 2).max(1)),
        Action::HalfUp => app.move_by(-(page(app) / 2).max(1)),
        Action::Top => {
            app.selected = 0;
            app.snap_to_claim(true);
            app.after_move();
        }
        Action::Bottom => {
            app.selected = app.rows.len().saturating_sub(1);
            app.snap_to_claim(false);
            app.after_move();
        }
        Action::NextPane | Action::PrevPane => {
            let order: &[Focus] = if app.article_open {
                &[Focus::List, Focus::Article]
            } else {
                &[Focus::List, Focus::Detail, Focus::Notes]
            };
            let i = order.iter().position(|f| *f == app.focus).unwrap_or(0);
            let n = order.len();
            let next = if action == Action::NextPane { (i + 1) % n } else { (i + n - 1) % n };
            app.focus = order[next];
        }
        Action::StartFilter => {
            app.mode = Mode::Filter;
            app.focus = Focus::List;
        }
        Action::ClearFilter | Action::Cancel => {
            if app.is_filtering() {
                app.filter.clear();
                app.filter_verdict = None;
                app.filter_status = None;
                app.rebuild_rows(None);
                app.set_message("filters cleared", false);
            } else if app.focus == Focus::Article {
                app.article_open = false;
                app.focus = Focus::List;
            }
        }
        Action::QuickFilter => {
            let mut items =
                vec![PickItem { label: "all claims".into(), value: PickValue::FilterAll, color: String::new() }];
            for v in &app.ws.config.verdicts {
                items.push(PickItem {
                    label: format!("verdict: {} {}", v.symbol, v.label),
                    value: PickValue::FilterVerdict(Some(v.name.clone())),
                    color: v.color.clone(),
                });
            }
            items.push(PickItem {
                label: "verdict: none yet".into(),
                value: PickValue::FilterVerdict(None),
                color: String::new(),
            });
            for s in Status::ALL {
                items.push(PickItem {
                    label: format!("status: {s}"),
                    value: PickValue::FilterStatus(*s),
                    color: String::new(),
                });
            }
            app.open_picker("Quick filter", items, 0);
        }
        Action::VerdictPicker => {
            let c = app.current_claim()?;
            let items = app.verdict_items("– no verdict");
            let at = if c.verdict.is_empty() {
                0
            } else {
                items.iter().position(|i| i.value == PickValue::Verdict(c.verdict.clone())).unwrap_or(0)
            };
            app.open_picker("Verdict", items, at);
        }
        Action::StatusPicker => {
            let c = app.current_claim()?;
            let items: Vec<PickItem> = Status::ALL
                .iter()
                .map(|s| PickItem { label: s.to_string(), value: PickValue::Status(*s), color: String::new() })
                .collect();
            let at = Status::ALL.iter().position(|s| *s == c.status).unwrap_or(0);
            app.open_picker("Status", items, at);
        }
        Action::EditNotes => {
            let (si, _) = app.current()?;
            let c = app.current_claim()?;
            let base = NotesBase { story: si, id: c.id.clone(), notes: c.notes.clone(), warned_gone: false };
            let mut ta = TextArea::new(c.notes.split('\n').map(str::to_string).collect());
            app.notes_base = Some(base);
            ta.set_wrap_mode(WrapMode::WordOrGlyph);
            ta.set_cursor_line_style(ratatui::style::Style::new());
            ta.move_cursor(ratatui_textarea::CursorMove::Bottom);
            ta.move_cursor(ratatui_textarea::CursorMove::End);
            // The notes pane shares the right side with the article: editing brings it back.
            app.article_open = false;
            app.focus = Focus::Notes;
            app.mode = Mode::Notes(Box::new(ta));
        }
        Action::EditNotesExternal => {
            let c = app.current_claim()?;
            return Some(Effect::OpenEditor(c.notes.clone()));
        }
        Action::AddSource => {
            app.current()?;
            let today = app.today();
            app.form(
                FormKind::Source,
                "Add a source",
                vec![
                    field("URL", "", "https://…"),
                    field("Title", "", "the page's title"),
                    field("Publisher", "", "who published it"),
                    field("Accessed", &today, "YYYY-MM-DD"),
                    field("Excerpt", "", "the words that matter"),
                ],
            );
        }
        Action::EditMeta => {
            let c = app.current_claim()?;
            let (tags, assignee, claimant) = (c.tags.join(", "), c.assignee.clone(), c.claimant.clone());
            let kind = c.kind.as_str().to_string();
            app.form(
                FormKind::Meta,
                "Tags, assignee, claimant, kind",
                vec![
                    field("Tags", &tags, "comma-separated"),
                    field("Assignee", &assignee, "who checks it"),
                    field("Claimant", &claimant, "who said it"),
                    field("Kind", &kind, "statistic, quote, event, attribution, prediction, opinion"),
                ],
            );
        }
        Action::NewClaim => {
            if app.ws.stories.is_empty() {
                let why = match app.first_problem() {
                    Some(problem) => format!("no story could be read: {problem}"),
                    None => "no story: create one with `factdesk new-story` or `factdesk extract`".into(),
                };
                app.set_message(why, true);
                return None;
            }
            app.form(
                FormKind::NewClaim,
                "New claim",
                vec![
                    field("Text", "", "the claim, as said"),
                    field("Claimant", "", "who said it"),
                    field("Kind", "statistic", "statistic, quote, event, attribution, prediction, opinion"),
                ],
            );
        }
        Action::Delete => {
            app.current()?;
            app.mode = Mode::Confirm(Confirm::Delete);
        }
        Action::AcceptCandidate => {
            app.current_is_candidate()?;
            triage(app, |app| {
                app.edit_current(|c| {
                    c.status = Status::Open;
                    Some("accepted candidate: status candidate -> open".into())
                })
            });
        }
        Action::RejectCandidate => {
            let (si, ci) = app.current_is_candidate()?;
            let (at, by) = (app.now(), app.reviewer.clone());
            triage(app, |app| {
                app.edit_story(si, |file| {
                    let c = file.claims.remove(ci);
                    file.rejected.push(Rejected { exact: c.quote.exact.clone(), at, by });
                    Some((None, format!("rejected candidate `{}`", c.id)))
                })
            });
        }
        Action::ExportMenu => {
            let (si, _) = app.current()?;
            let items = crate::export::Format::ALL
                .iter()
                .map(|f| PickItem {
                    label: format!("{:<12} → exports/{}", f.name(), f.file_name(&app.ws.stories[si].slug)),
                    value: PickValue::Export(*f),
                    color: String::new(),
                })
                .collect();
            app.open_picker("Export this story", items, 0);
        }
        Action::Stats => app.mode = Mode::Stats,
        Action::Interrupt => return Some(Effect::Interrupt),
        Action::MergeCandidate => {
            let (si, ci) = app.current_is_candidate()?;
            let items: Vec<PickItem> = app.ws.stories[si]
                .file
                .claims
                .iter()
                .enumerate()
                .filter(|(i, c)| *i != ci && c.status != Status::Candidate)
                .map(|(i, c)| PickItem {
                    label: format!("{} — {}", c.id, c.text.chars().take(50).collect::<String>()),
                    value: PickValue::MergeInto(i),
                    color: String::new(),
                })
                .collect();
            if items.is_empty() {
                app.set_message("no accepted claim in this story to merge into", true);
            } else {
                app.open_picker("Merge candidate into…", items, 0);
            }
        }
        Action::ToggleArticle => {
            app.article_open = !app.article_open;
            app.focus = if app.article_open { Focus::Article } else { Focus::List };
            if app.article_open {
                app.select_current_in_article();
            }
            app.clamp_list();
        }
        Action::Widen if article => {
            app.article_widen();
            app.scroll_article_to_selection();
        }
        Action::Narrow if article => app.article_narrow(),
        Action::CreateFromSelection if article => {
            let si = app.article_story()?;
            let (s, e) = app.art_sel;
            if s >= e {
                app.set_message("select some text first (j/k, +/-)", true);
                return None;
            }
            let text: String = app.article_chars(si)[s..e].iter().collect();
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            app.create_claim(si, &text, "", Kind::Statistic, Some((s, e)));
        }
        Action::Undo => app.restore(true),
        Action::Redo => app.restore(false),
        Action::Save => {
            if !app.is_modified() {
                app.set_message("nothing to save", false);
                return None;
            }
            return Some(Effect::Save);
        }
        Action::Help => app.mode = Mode::Help(0),
        Action::Quit => {
            if app.is_modified() {
                app.mode = Mode::Confirm(Confirm::Quit);
            } else {
                app.quit = true;
                return Some(Effect::Quit);
            }
        }
        Action::Suspend => return Some(Effect::Suspend),
        Action::Reload => return Some(Effect::Reload),
        Action::Click(x, y) => click(app, x, y),
        Action::Scroll(x, y, down) => {
            let l = geometry::layout(Rect::new(0, 0, app.size.0, app.size.1), app.article_open);
            let p = Position::new(x, y);
            if app.article_open && l.article.contains(p) {
                let max = app.article_story().map_or(0, |si| {
                    geometry::wrap(app.article_chars(si), app.article_width() as usize).len().saturating_sub(1)
                });
                app.art_scroll = if down { (app.art_scroll + 3).min(max) } else { app.art_scroll.saturating_sub(3) };
            } else if l.detail.contains(p) && !app.article_open {
                app.detail_scroll = if down { app.detail_scroll + 1 } else { app.detail_scroll.saturating_sub(1) };
            } else if l.notes.contains(p) && !app.article_open {
                app.notes_scroll = if down { app.notes_scroll + 1 } else { app.notes_scroll.saturating_sub(1) };
            } else {
                app.move_by(if down { 3 } else { -3 });
            }
        }
        Action::Paste(text) => {
            // A paste outside a text field starts a filter with it.
            app.filter = text.lines().next().unwrap_or("").to_string();
            app.mode = Mode::Filter;
            app.refilter();
        }
        _ => {}
    }
    None
}

fn click(app: &mut App, x: u16, y: u16) {
    let l = geometry::layout(Rect::new(0, 0, app.size.0, app.size.1), app.article_open);
    let p = Position::new(x, y);
    if l.list.contains(p) {
        app.focus = Focus::List;
        if y > l.list.y && y < l.list.bottom() - 1 {
            let i = app.list_offset + (y - l.list.y - 1) as usize;
            if matches!(app.rows.get(i), Some(Row::Claim(..))) {
                app.selected = i;
                app.after_move();
            }
        }
    } else if app.article_open && l.article.contains(p) {
        app.focus = Focus::Article;
        app.article_click(x, y);
    } else if !app.article_open && l.detail.contains(p) {
        app.focus = Focus::Detail;
    } else if !app.article_open && l.notes.contains(p) {
        app.focus = Focus::Notes;
    }
}

/// Applies a typed key to a one-line text value: characters, Backspace, Ctrl-U (clear), Ctrl-W (word).
fn edit_line(value: &mut String, ev: &KeyEvent) -> bool {
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

fn filter_mode(app: &mut App, action: Action) -> Option<Effect> {
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
                format!("{n} {} match; Esc clears the filter", if n == 1 { "claim" } else { "claims" }),
                false,
            );
        }
        Action::Cancel => {
            app.mode = Mode::Normal;
            app.filter.clear();
            app.rebuild_rows(None);
        }
        Action::Down => app.move_by(1),
        Action::Up => app.move_by(-1),
        _ => {}
    }
    None
}

/// The `/` filter changed: scored here for small workspaces, by the worker (an effect) for big ones.
fn filter_changed(app: &mut App) -> Option<Effect> {
    if app.async_filter && !app.filter.trim().is_empty() {
        app.filter_pending = true;
        return Some(Effect::Filter(app.filter.clone()));
    }
    app.filter_pending = false;
    app.refilter();
    None
}

/// Puts `text` into the selected claim's notes, with `change` in its history, or says nothing changed.
fn set_notes(app: &mut App, text: String, change: &str) {
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

/// Carries out a triage edit (accept, reject, merge) and, when it happened, moves the cursor on to the next
/// candidate, so triage goes down the list key after key.
fn triage(app: &mut App, edit: impl FnOnce(&mut App) -> bool) {
    let next = app.next_candidate();
    if edit(app) && next.is_some() {
        app.rebuild_rows(next);
    }
}

/// Ends an in-place notes edit on the claim it began on, whatever a reload did meanwhile. Notes changed on disk
/// while the journalist typed are kept beside the typed text, never overwritten. `false` keeps the editor open:
/// the claim went away on disk, and the typed text is only dropped on a second Esc.
fn finish_notes(app: &mut App, text: String) -> bool {
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
            format!("claim `{}` was removed on disk while you typed: Esc again drops your text", base.id),
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

fn notes_mode(app: &mut App, mut ta: Box<TextArea<'static>>, action: Action) -> Option<Effect> {
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
            let pane = geometry::layout(Rect::new(0, 0, app.size.0, app.size.1), false).notes;
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

fn picker_mode(app: &mut App, mut p: Picker, action: Action) -> Option<Effect> {
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

fn choose(app: &mut App, value: PickValue) -> Option<Effect> {
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
            app.edit_current(|c| {
                (c.status != s).then(|| {
                    let change = format!("status: {} -> {}", c.status, s);
                    c.status = s;
                    change
                })
            });
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
                    let add = format!("Merged candidate `{}`: \"{}\"", cand.id, cand.quote.exact);
                    t.notes = if t.notes.trim().is_empty() { add } else { format!("{}\n\n{add}", t.notes.trim_end()) };
                    t.history.push(HistoryEntry { at: now, by, change: format!("merged candidate `{}`", cand.id) });
                    file.claims.remove(ci);
                    // Remembered as rejected too, so a later `factdesk extract` does not bring it back.
                    file.rejected.push(Rejected { exact: cand.quote.exact.clone(), at: now_r, by: by_r });
                    Some((None, format!("merged into `{target_id}`: candidate `{}`", cand.id)))
                })
            });
        }
    }
    None
}

fn form_mode(app: &mut App, mut f: Form, action: Action) -> Option<Effect> {
    let n = f.fields.len();
    // What is typed into a form is journaled like notes (see `guard::write_journals`): the journal timer counts
    // every keystroke, and closing the form, as an edit.
    app.edits += 1;
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
                f.error = Some("Esc again drops what you typed; Enter saves it".into());
            } else {
                app.set_message("cancelled", false);
                return None;
            }
        }
        Action::Confirm => match submit(app, &f) {
            Ok(()) => return None,
            Err(e) => f.error = Some(e),
        },
        _ => {}
    }
    app.mode = Mode::Form(f);
    None
}

/// Whether a key is Ctrl-C (in raw mode it arrives as a key, not as SIGINT).
fn is_ctrl_c(ev: &KeyEvent) -> bool {
    ev.code == KeyCode::Char('c') && ev.modifiers.contains(KeyModifiers::CONTROL)
}

/// Reopens a form typed in a session that crashed, on its claim, with what was typed: Enter submits it, Esc
/// asks before dropping it (it differs from what the form opens with).
fn reopen_draft(app: &mut App, si: usize, draft: &crate::safety::journal::Draft) {
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
        FormKind::Source => normal(app, Action::AddSource),
        FormKind::Meta => normal(app, Action::EditMeta),
        FormKind::NewClaim => normal(app, Action::NewClaim),
    };
    if let Mode::Form(f) = &mut app.mode {
        for typed in &draft.fields {
            if let Some(field) = f.fields.iter_mut().find(|x| x.label == typed.label) {
                field.value = typed.value.clone();
                field.cursor = field.value.chars().count();
            }
        }
        app.set_message(format!("reopened a form typed before the crash ({draft}); Enter saves it"), false);
    }
}

fn submit(app: &mut App, f: &Form) -> Result<(), String> {
    let v = |i: usize| f.fields[i].value.trim().to_string();
    match f.kind {
        FormKind::Source => {
            let url = v(0);
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err("URL must start with https:// or http://".into());
            }
            let accessed = v(3);
            if !accessed.is_empty() && chrono::NaiveDate::parse_from_str(&accessed, "%Y-%m-%d").is_err() {
                return Err(format!("Accessed `{accessed}` is not a date; write YYYY-MM-DD"));
            }
            let title = if v(1).is_empty() { url.clone() } else { v(1) };
            let source =
                Source { title: title.clone(), url, publisher: v(2), accessed, excerpt: v(4), ..Default::default() };
            app.edit_current(|c| {
                c.sources.push(source);
                Some(format!("source added: {title}"))
            });
        }
        FormKind::Meta => {
            let tags: Vec<String> = v(0).split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
            let (assignee, claimant) = (v(1), v(2));
            let kind = Kind::parse(&v(3)).ok_or_else(|| {
                let all: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                format!("Kind `{}` is unknown; use one of: {}", v(3), all.join(", "))
            })?;
            app.edit_current(|c| {
                let mut changes = Vec::new();
                if c.tags != tags {
                    changes.push(format!("tags: [{}] -> [{}]", c.tags.join(", "), tags.join(", ")));
                    c.tags = tags;
                }
                if c.assignee != assignee {
                    changes.push(format!("assignee: {} -> {}", describe(&c.assignee), describe(&assignee)));
                    c.assignee = assignee;
                }
                if c.claimant != claimant {
                    changes.push(format!("claimant: {} -> {}", describe(&c.claimant), describe(&claimant)));
                    c.claimant = claimant;
                }
                if c.kind != kind {
                    changes.push(format!("kind: {} -> {}", c.kind.as_str(), kind.as_str()));
                    c.kind = kind;
                }
                (!changes.is_empty()).then(|| changes.join("; "))
            });
        }
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
    Ok(())
}

fn confirm_mode(app: &mut App, c: Confirm, action: Action) -> Option<Effect> {
    match (c, action) {
        (Confirm::Delete, Action::Confirm) => {
            let (si, ci) = app.current()?;
            let (at, by) = (app.now(), app.reviewer.clone());
            app.edit_story(si, |file| {
                let c = file.claims.remove(ci);
                // Deleting dismisses the sentence for good, as rejecting a candidate does: a later
                // `factdesk extract` must not propose it again.
                let exact = c.quote.exact.trim();
                if !exact.is_empty() && !file.rejected.iter().any(|r| r.exact.trim() == exact) {
                    file.rejected.push(Rejected { exact: c.quote.exact.clone(), at, by });
                }
                Some((None, format!("deleted claim `{}`; extract will not propose it again (u undoes)", c.id)))
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
