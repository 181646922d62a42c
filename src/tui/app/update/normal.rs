//! Normal mode: moving through the list and the article, and the keys that start an edit, a filter or a save.

use super::*;

pub(super) fn page(app: &App) -> isize {
    app.list_height().max(2) as isize - 1
}

/// What one group of normal mode's keys made of an action.
enum Keys {
    /// Handled: its effect, if any.
    Done(Option<Effect>),
    /// Not one of the group's keys: the action, unchanged.
    Other(Action),
}

/// Normal mode: each group of keys in turn. A group's `None` (a `?` on a missing selection) is an action
/// handled with no effect.
pub(super) fn normal(app: &mut App, action: Action) -> Option<Effect> {
    let action = match normal_move(app, action)? {
        Keys::Done(effect) => return effect,
        Keys::Other(action) => action,
    };
    let action = match normal_edit(app, action)? {
        Keys::Done(effect) => return effect,
        Keys::Other(action) => action,
    };
    let action = match normal_triage(app, action)? {
        Keys::Done(effect) => return effect,
        Keys::Other(action) => action,
    };
    match normal_session(app, action)? {
        Keys::Done(effect) => effect,
        Keys::Other(_) => None,
    }
}

/// Normal mode's moves: through the list, the panes and the article, by key, click or wheel.
fn normal_move(app: &mut App, action: Action) -> Option<Keys> {
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
            } else if app.list_width_now().zoom {
                // Zoomed, the detail and notes panes are hidden.
                &[Focus::List]
            } else {
                &[Focus::List, Focus::Detail, Focus::Notes]
            };
            let i = order.iter().position(|f| *f == app.focus).unwrap_or(0);
            let n = order.len();
            let next = if action == Action::NextPane { (i + 1) % n } else { (i + n - 1) % n };
            app.focus = order[next];
        }
        Action::OpenArticle => {
            if !app.article_open {
                app.article_open = true;
                app.select_current_in_article();
                app.clamp_list();
            }
            app.focus = Focus::Article;
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
        Action::NarrowList => return Some(Keys::Done(app.resize_list(-1))),
        Action::WidenList => return Some(Keys::Done(app.resize_list(1))),
        Action::Zoom => return Some(Keys::Done(app.toggle_zoom())),
        Action::Click(x, y) => click(app, x, y),
        Action::Scroll(x, y, down) => {
            let l = app.areas();
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
        other => return Some(Keys::Other(other)),
    }
    Some(Keys::Done(None))
}

/// Normal mode's edits: pickers, notes, sources, claims, undo and redo.
fn normal_edit(app: &mut App, action: Action) -> Option<Keys> {
    let article = app.focus == Focus::Article;
    match action {
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
            // The file ends with a newline, as editors expect, so what is typed at its end starts a line.
            let mut text = c.notes.clone();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            return Some(Keys::Done(Some(Effect::OpenEditor(text))));
        }
        Action::AddSource => {
            app.current()?;
            let s = Source { accessed: app.today(), ..Default::default() };
            app.form(FormKind::Source, "Add a source", super::items::source_fields(&s));
        }
        Action::EditClaim => open_claim_form(app)?,
        Action::StoryInfo => open_story_form(app)?,
        Action::Organization => open_organization_form(app),
        Action::Anchor if article => anchor_here(app)?,
        Action::NewClaim => {
            if app.ws.stories.is_empty() {
                let why = match app.first_problem() {
                    Some(problem) => format!("no story could be read: {problem}"),
                    None => "no story: create one with `factdesk new-story` or `factdesk extract`".into(),
                };
                app.set_message(why, true);
                return Some(Keys::Done(None));
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
        Action::CreateFromSelection if article => {
            let si = app.article_story()?;
            let (s, e) = app.art_sel;
            if s >= e {
                let key = |name| app.keymap.key_for(Context::Article, name);
                let how =
                    format!("{}/{}, {}/{}", key("next-sentence"), key("prev-sentence"), key("widen"), key("narrow"));
                app.set_message(format!("select some text first ({how})"), true);
                return Some(Keys::Done(None));
            }
            let text: String = app.article_chars(si)[s..e].iter().collect();
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            app.create_claim(si, &text, "", Kind::Statistic, Some((s, e)));
        }
        Action::Undo => app.restore(true),
        Action::Redo => app.restore(false),
        other => return Some(Keys::Other(other)),
    }
    Some(Keys::Done(None))
}

/// Normal mode's triage of candidate claims: accept, reject, merge into another claim.
fn normal_triage(app: &mut App, action: Action) -> Option<Keys> {
    match action {
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
        Action::MergeCandidate => {
            let (si, ci) = app.current_is_candidate()?;
            // First the earlier checks anywhere in the workspace that say the same (the similar-claims index),
            // then the rest of this story's claims.
            let mut items: Vec<PickItem> = super::super::checked::merge_targets(app, si, ci);
            let listed: Vec<PickValue> = items.iter().map(|i| i.value.clone()).collect();
            items.extend(
                app.ws.stories[si]
                    .file
                    .claims
                    .iter()
                    .enumerate()
                    .filter(|(i, c)| *i != ci && c.status != Status::Candidate)
                    .filter(|(i, _)| !listed.contains(&PickValue::MergeInto(*i)))
                    .map(|(i, c)| PickItem {
                        label: format!("{} — {}", c.id, c.text.chars().take(50).collect::<String>()),
                        value: PickValue::MergeInto(i),
                        color: String::new(),
                    }),
            );
            if items.is_empty() {
                app.set_message(
                    "no checked claim like it in the workspace, nor an accepted claim in this story, to merge into",
                    true,
                );
            } else {
                app.open_picker("Merge candidate into…", items, 0);
            }
        }
        other => return Some(Keys::Other(other)),
    }
    Some(Keys::Done(None))
}

/// Normal mode's session keys: filters, export, stats, help, save, reload, quit, suspend, and a paste.
fn normal_session(app: &mut App, action: Action) -> Option<Keys> {
    match action {
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
        Action::Diff => return Some(Keys::Done(app.open_diff())),
        Action::Log => return Some(Keys::Done(app.open_log())),
        Action::Sources => return Some(Keys::Done(super::items::open_pane(app, ItemsKind::Sources))),
        Action::Checks => return Some(Keys::Done(super::items::open_pane(app, ItemsKind::Checks))),
        Action::Values => return Some(Keys::Done(super::items::open_pane(app, ItemsKind::Values))),
        Action::Warnings => return Some(Keys::Done(super::items::open_pane(app, ItemsKind::Warnings))),
        Action::Interrupt => return Some(Keys::Done(Some(Effect::Interrupt))),
        Action::Save => {
            if !app.is_modified() {
                app.set_message("nothing to save", false);
                return Some(Keys::Done(None));
            }
            return Some(Keys::Done(Some(Effect::Save)));
        }
        Action::Help => app.mode = Mode::Help(0),
        Action::Quit => {
            if app.is_modified() {
                app.mode = Mode::Confirm(Confirm::Quit);
            } else {
                app.quit = true;
                return Some(Keys::Done(Some(Effect::Quit)));
            }
        }
        Action::Suspend => return Some(Keys::Done(Some(Effect::Suspend))),
        Action::Reload => return Some(Keys::Done(Some(Effect::Reload))),
        Action::Paste(text) => {
            // A paste outside a text field starts a filter with it.
            app.filter = text.lines().next().unwrap_or("").to_string();
            app.mode = Mode::Filter;
            app.refilter();
        }
        other => return Some(Keys::Other(other)),
    }
    Some(Keys::Done(None))
}

pub(super) fn click(app: &mut App, x: u16, y: u16) {
    let l = app.areas();
    let p = Position::new(x, y);
    if l.list.contains(p) {
        app.focus = Focus::List;
        if y > l.list.y && y < l.list.bottom() - 1 {
            let i = app.list_offset + (y - l.list.y - 1) as usize;
            if app.rows.get(i).is_some_and(|r| app.selectable(*r)) {
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

/// Carries out a triage edit (accept, reject, merge) and, when it happened, moves the cursor on to the next
/// candidate, so triage goes down the list key after key.
pub(super) fn triage(app: &mut App, edit: impl FnOnce(&mut App) -> bool) {
    let next = app.next_candidate();
    if edit(app) && next.is_some() {
        app.rebuild_rows(next);
    }
}
