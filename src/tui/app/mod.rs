//! The review workspace's state and its `Action`s and `Effect`s; `update` (in `update.rs`) applies actions.

mod update;
pub use update::update;

pub use super::action::{Action, LoadedChunk, Retried};
use super::geometry;
use super::keymap::{Context, Key, Keymap};
use super::sentences;
pub use super::similar::{SimilarClaims, SimilarInput};
use super::theme::Theme;
use crate::anchor::{self, Anchor};
use crate::model::{Claim, HistoryEntry, Kind, Rejected, Source, Status, StoryFile, slugify};
use crate::search::{self, Corpus, DEFAULT_ENGINE};
use crate::store::{self, Workspace};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui_textarea::{TextArea, WrapMode};
use std::cell::RefCell;
use std::sync::Arc;

/// From this many claims on, the `/` filter runs on the background worker and results stream in.
pub const ASYNC_FILTER_CLAIMS: usize = 5_000;

/// Where an in-place notes edit began (see `App::notes_base`).
#[derive(Debug, Clone, PartialEq)]
pub struct NotesBase {
    pub story: usize,
    pub id: String,
    pub notes: String,
    /// The claim went away on disk and the journalist was told once: the next Esc drops the text.
    pub warned_gone: bool,
}

/// Side effects the runner carries out.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Save,
    /// Read every story file again, then send `Action::Reloaded`.
    Reload,
    /// Write every unsaved story's recovery journal, then quit.
    Interrupt,
    /// Delete the recovery journal of this story.
    DiscardJournal(std::path::PathBuf),
    /// Run the `/` filter for this query on the background worker (big workspaces).
    Filter(String),
    /// Export the story (index) in a format, into the exports folder.
    Export(usize, crate::export::Format),
    SaveAndQuit,
    Quit,
    OpenEditor(String),
    Suspend,
}

/// Which pane has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Detail,
    Notes,
    Article,
}

/// One line of the claims list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Story(usize),
    Claim(usize, usize),
}

#[derive(Debug, Clone, PartialEq)]
pub enum PickValue {
    Verdict(String),
    Status(Status),
    FilterAll,
    FilterVerdict(Option<String>),
    FilterStatus(Status),
    MergeInto(usize),
    Export(crate::export::Format),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PickItem {
    pub label: String,
    pub value: PickValue,
    /// Verdict colour, for the badge.
    pub color: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub title: String,
    pub items: Vec<PickItem>,
    pub cursor: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    Source,
    Meta,
    NewClaim,
}

impl FormKind {
    pub const ALL: [FormKind; 3] = [FormKind::Source, FormKind::Meta, FormKind::NewClaim];

    /// The form's name in recovery journals (`safety::journal::Draft::form`).
    pub fn name(self) -> &'static str {
        match self {
            FormKind::Source => "source",
            FormKind::Meta => "meta",
            FormKind::NewClaim => "new-claim",
        }
    }

    pub fn from_name(name: &str) -> Option<FormKind> {
        FormKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub label: &'static str,
    pub value: String,
    pub hint: &'static str,
    /// Where typing goes, in characters.
    pub cursor: usize,
}

impl Field {
    /// Edits the field with one key: characters insert at the cursor; ←/→, Home/End move it; Backspace and
    /// Delete remove; Ctrl-U clears; Ctrl-W removes the word before the cursor. `false` for other keys.
    pub fn edit(&mut self, ev: &KeyEvent) -> bool {
        let mut chars: Vec<char> = self.value.chars().collect();
        let at = self.cursor.min(chars.len());
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let at = match ev.code {
            KeyCode::Char('u') if ctrl => {
                chars.clear();
                0
            }
            KeyCode::Char('w') if ctrl => {
                let mut s = at;
                while s > 0 && chars[s - 1] == ' ' {
                    s -= 1;
                }
                while s > 0 && chars[s - 1] != ' ' {
                    s -= 1;
                }
                chars.drain(s..at);
                s
            }
            KeyCode::Char(c) if !ctrl => {
                chars.insert(at, c);
                at + 1
            }
            KeyCode::Backspace if at > 0 => {
                chars.remove(at - 1);
                at - 1
            }
            KeyCode::Delete if at < chars.len() => {
                chars.remove(at);
                at
            }
            KeyCode::Left => at.saturating_sub(1),
            KeyCode::Right => (at + 1).min(chars.len()),
            KeyCode::Home => 0,
            KeyCode::End => chars.len(),
            KeyCode::Backspace | KeyCode::Delete => at,
            _ => return false,
        };
        self.value = chars.into_iter().collect();
        self.cursor = at;
        true
    }

    /// Inserts pasted text at the cursor, on one line.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", " ").replace(['\r', '\n'], " ");
        let mut chars: Vec<char> = self.value.chars().collect();
        let at = self.cursor.min(chars.len());
        let n = text.chars().count();
        chars.splice(at..at, text.chars());
        self.value = chars.into_iter().collect();
        self.cursor = at + n;
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub error: Option<String>,
    /// The values the form opened with: Esc asks before dropping anything typed since.
    pub initial: Vec<String>,
    /// Esc was pressed once on typed values: the next Esc drops them.
    pub leaving: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    Delete,
    Quit,
    /// A save that cannot keep everything in a hand-edited file (see `App::save_warnings`).
    LossySave,
}

/// What the keyboard is driving right now.
#[derive(Debug, Clone)]
pub enum Mode {
    Normal,
    Filter,
    Notes(Box<TextArea<'static>>),
    Picker(Picker),
    Form(Form),
    Confirm(Confirm),
    Help(u16),
    /// The stats panel.
    Stats,
    /// Offering to restore a recovery journal (the first of `App::recover`).
    Recover,
    /// Settling a collision after a reload (the first of `App::resolving`).
    Resolve,
}

/// A recovery journal found at start-up, with what restoring it would do.
#[derive(Debug, Clone)]
pub struct Offer {
    pub story: usize,
    /// The journal's file: removed once restored edits are journaled again or saved, or when discarded.
    pub path: std::path::PathBuf,
    pub journal: crate::safety::journal::Journal,
    pub lines: Vec<String>,
}

/// A three-way merge whose collisions the journalist is settling, one at a time.
#[derive(Debug, Clone)]
pub struct Resolving {
    pub story: usize,
    pub merge: crate::safety::merge::Merge,
    /// The story before the reload.
    pub before: StoryFile,
    pub select: Option<String>,
    /// (claim id, how its collision was settled), for the claims' history.
    pub settled: Vec<(String, String)>,
}

impl Resolving {
    /// The collision being shown: (its index, it, its position among the unsettled ones, how many are left).
    pub fn current(&self) -> Option<(usize, &crate::safety::merge::Conflict, usize)> {
        let left = self.merge.pending().count();
        self.merge.pending().next().map(|(i, c)| (i, c, left))
    }
}

/// A story file as it was before an edit, for undo and redo.
#[derive(Debug, Clone)]
struct Snapshot {
    story: usize,
    file: StoryFile,
    select: Option<String>,
}

/// A message on the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The whole state of the review workspace.
pub struct App {
    pub ws: Workspace,
    pub keymap: Keymap,
    pub theme: Theme,
    pub reviewer: String,
    /// (now, today): set by the runner before every update (`tui::dispatch`), fixed by tests. The state never
    /// reads the clock itself.
    pub clock: Option<(String, String)>,
    pub mode: Mode,
    pub focus: Focus,
    pub rows: Vec<Row>,
    /// Index into `rows`; always a claim row when any claim is shown.
    pub selected: usize,
    pub list_offset: usize,
    pub filter: String,
    pub filter_verdict: Option<Option<String>>,
    pub filter_status: Option<Status>,
    pub article_open: bool,
    /// Selected characters in the article view.
    pub art_sel: (usize, usize),
    /// First wrapped line shown in the article view.
    pub art_scroll: usize,
    pub detail_scroll: u16,
    pub notes_scroll: u16,
    /// The claim whose notes are being edited in place, and its notes when editing began: a reload while typing
    /// must neither send the text to another claim nor overwrite what a colleague wrote meanwhile.
    pub notes_base: Option<NotesBase>,
    pub size: (u16, u16),
    pub message: Option<Message>,
    pub quit: bool,
    /// Each story's article as characters, and its sentences, worked out when the story's article is first
    /// shown (a big workspace would otherwise hold every article four times over from the start).
    article_text: Vec<std::cell::OnceCell<ArticleText>>,
    /// Each story as loaded or last saved, kept only while the story differs from it (`None`: the story is its
    /// own base). A big workspace would otherwise hold every story twice.
    pristine: Vec<Option<StoryFile>>,
    dirty: Vec<bool>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// Whether the `/` filter runs on the background worker (big workspaces: set as the claims arrive).
    pub async_filter: bool,
    /// While stories are still loading: how many are here, of how many.
    pub loading: Option<(usize, usize)>,
    /// Whether worker results for the current filter are still arriving.
    pub filter_pending: bool,
    /// The filter's scores per story and claim; `None` with no filter.
    filter_table: Option<Vec<Vec<Option<i64>>>>,
    /// The claims as the matcher sees them; rebuilt after an edit.
    corpus: Option<Arc<Corpus>>,
    /// Counts edits (and reloads), so the runner knows when to write recovery journals.
    pub edits: u64,
    /// Recovery journals waiting for the journalist's decision.
    pub recover: Vec<Offer>,
    /// Stories whose journal was not restored yet: it must not be overwritten.
    pub journal_held: Vec<bool>,
    /// Whether this copy may write or remove recovery journals at all: not while the workspace is loading
    /// (journals are not yet offered), nor without a session (see `session`).
    pub journaling: bool,
    /// This copy's journal session id (`safety::journal::Session`): its journals' names. `None` before the guard
    /// starts, or when no session could be started (then `journal_trouble` says why).
    pub session: Option<String>,
    /// Why unsaved edits are not in a recovery journal right now (no session, or the last write failed): the
    /// header says "not journaling" for as long as this is set.
    pub journal_trouble: Option<String>,
    /// Orphaned journals restored here, by story: removed once this copy's own journal or a save holds their edits.
    pub adopted: Vec<(usize, std::path::PathBuf)>,
    /// Forms typed in a session that crashed, restored with its journal: reopened one at a time.
    pub pending_drafts: Vec<(usize, crate::safety::journal::Draft)>,
    /// What a save had to say besides "saved" (a story file written back after it was deleted).
    pub save_notes: Vec<String>,
    /// Printed after the terminal is restored, when the UI quits (a journal kept as the last copy of work).
    pub exit_notes: Vec<String>,
    /// Merges with collisions to settle.
    pub resolving: Vec<Resolving>,
    /// What a save could not keep in hand-edited files, said before the save (`Confirm::LossySave`).
    pub save_warnings: Vec<String>,
    /// The journalist accepted `save_warnings`: the next save goes ahead.
    pub lossy_ok: bool,
    /// A change on disk was held back while collisions were settled: the runner reads the files again.
    pub recheck: bool,
    /// Quitting without saving, by choice: recovery journals are removed.
    pub discard_on_quit: bool,
    /// The similar-claims index, once built off the UI thread.
    pub similar: Option<Arc<SimilarClaims>>,
    /// A matcher for highlighting visible rows, with the query it is set up for.
    highlighter: RefCell<(String, Box<dyn search::Matcher>)>,
    /// The claim that matches the filter best, where typing a filter puts the cursor.
    best_match: Option<(usize, usize)>,
}

/// A story's article as the article view needs it.
#[derive(Debug)]
struct ArticleText {
    chars: Vec<char>,
    sentences: Vec<(usize, usize)>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App").field("focus", &self.focus).field("selected", &self.selected).finish_non_exhaustive()
    }
}

/// The key context for the current mode and focus.
pub fn context(app: &App) -> Context {
    match &app.mode {
        Mode::Normal if app.focus == Focus::Article => Context::Article,
        Mode::Normal => Context::Main,
        Mode::Filter => Context::Filter,
        Mode::Notes(_) => Context::Notes,
        Mode::Picker(_) => Context::Picker,
        Mode::Form(_) => Context::Form,
        Mode::Confirm(_) => Context::Confirm,
        Mode::Help(_) | Mode::Stats => Context::Help,
        Mode::Recover => Context::Recover,
        Mode::Resolve => Context::Resolve,
    }
}

/// Maps a key press to an action: the keymap for the current context (falling back to the main keys in the
/// article view), else text input where the mode takes text.
pub fn key_action(app: &App, ev: KeyEvent) -> Option<Action> {
    let key = Key::from_event(&ev);
    let ctx = context(app);
    if let Some(a) = app.keymap.lookup(ctx, key) {
        return Some(a.clone());
    }
    match ctx {
        Context::Article => app.keymap.lookup(Context::Main, key).cloned(),
        Context::Filter | Context::Notes | Context::Form => Some(Action::Input(ev)),
        Context::Main if key == Key::ctrl('z') => Some(Action::Suspend),
        _ => None,
    }
}

impl App {
    /// How many lines the help overlay has (`view::help::lines` draws exactly these): two lines of advice, the
    /// reason journaling is off if it is, and for each context a blank line, its title and one line per action.
    pub fn help_len(&self) -> usize {
        let contexts: usize = Context::ALL.iter().map(|ctx| 2 + self.keymap.grouped(*ctx).len()).sum();
        2 + usize::from(self.journal_trouble.is_some()) + contexts
    }

    pub fn new(ws: Workspace, keymap: Keymap, theme: Theme, reviewer: String) -> App {
        let article_text = (0..ws.stories.len()).map(|_| std::cell::OnceCell::new()).collect();
        let pristine = vec![None; ws.stories.len()];
        let dirty = vec![false; ws.stories.len()];
        let mut app = App {
            ws,
            keymap,
            theme,
            reviewer,
            clock: None,
            mode: Mode::Normal,
            focus: Focus::List,
            rows: Vec::new(),
            selected: 0,
            list_offset: 0,
            filter: String::new(),
            filter_verdict: None,
            filter_status: None,
            article_open: false,
            art_sel: (0, 0),
            art_scroll: 0,
            detail_scroll: 0,
            notes_scroll: 0,
            notes_base: None,
            size: (100, 30),
            message: None,
            quit: false,
            article_text,
            pristine,
            dirty,
            undo: Vec::new(),
            redo: Vec::new(),
            async_filter: false,
            loading: None,
            filter_pending: false,
            filter_table: None,
            corpus: None,
            similar: None,
            edits: 0,
            recover: Vec::new(),
            journal_held: Vec::new(),
            journaling: true,
            session: None,
            journal_trouble: None,
            adopted: Vec::new(),
            pending_drafts: Vec::new(),
            save_notes: Vec::new(),
            exit_notes: Vec::new(),
            resolving: Vec::new(),
            discard_on_quit: false,
            recheck: false,
            save_warnings: Vec::new(),
            lossy_ok: false,
            highlighter: RefCell::new((String::new(), DEFAULT_ENGINE.matcher())),
            best_match: None,
        };
        app.rebuild_rows(None);
        app
    }

    /// Adds stories the loader read, after those already here. Editing waits until loading finishes
    /// (`finish_loading`), so the workspace lock and recovery journals are in place before the first edit.
    pub fn add_stories(&mut self, chunk: LoadedChunk) {
        let n = chunk.stories.len();
        self.ws.stories.extend(chunk.stories);
        self.ws.diagnostics.extend(chunk.diagnostics);
        let len = self.ws.stories.len();
        self.pristine.resize_with(len, || None);
        self.dirty.resize(len, false);
        self.article_text.resize_with(len, std::cell::OnceCell::new);
        self.corpus = None;
        if let Some((here, _)) = &mut self.loading {
            *here += n;
        }
        if !self.async_filter {
            self.async_filter = self.claim_count() >= ASYNC_FILTER_CLAIMS;
        }
        self.rebuild_rows(None);
    }

    /// Takes stories whose files were fixed since they failed to load: their old problems go, what loading them
    /// found now comes in, and they join the list.
    pub fn stories_fixed(&mut self, retried: Retried) {
        let Retried { chunk, retried } = retried;
        let n = chunk.stories.len();
        for dir in &retried {
            self.ws.diagnostics.retain(|d| !d.path.starts_with(dir));
        }
        self.add_stories(chunk);
        let still = retried.len() - n;
        let loaded = crate::words::plural(n, "story", "stories");
        let problem = self.first_problem();
        let error = problem.is_some();
        let msg = match (n, problem) {
            (0, Some(problem)) => format!("still cannot be read: {problem}"),
            (_, Some(problem)) => {
                format!("{loaded} that could not be read before now loaded; {still} still not: {problem}")
            }
            (_, None) => format!("{loaded} that could not be read before now loaded"),
        };
        self.set_message(msg, error);
    }

    /// Every story is here: editing opens, and problems found while loading are pointed out.
    pub fn finish_loading(&mut self) {
        self.loading = None;
        if self.message.as_ref().is_some_and(|m| m.text.starts_with("still loading")) {
            self.set_message("every story is loaded: editing is open", false);
        }
        if let Some(first) = self.first_problem() {
            self.set_message(first, true);
        }
    }

    /// The first error found in the workspace, with how many there are in all, for the message line and the empty
    /// list: a story that could not be read must not look like an empty one.
    pub fn first_problem(&self) -> Option<String> {
        let mut errors = self.ws.diagnostics.iter().filter(|d| d.is_error());
        let first = errors.next()?;
        let more = errors.count();
        let tail = if more == 0 { String::new() } else { format!(" (and {more} more; `factdesk check` lists them)") };
        Some(format!("{first}{tail}"))
    }

    /// Takes a story's article as changed on disk: every claim is re-anchored on the new text (a quote that is
    /// no longer there is listed as orphaned, never pointed at the wrong words). The claims themselves are
    /// untouched, so nothing is lost and nothing needs saving.
    pub fn article_changed(&mut self, si: usize, read: Result<String, String>) {
        let Some(story) = self.ws.stories.get_mut(si) else { return };
        let text = match read {
            Ok(t) if !t.trim().is_empty() => t,
            Ok(_) => {
                let msg = format!("{}: the article on disk is now empty; the old text stays on screen", story.slug);
                self.set_message(msg, true);
                return;
            }
            Err(e) => {
                self.set_message(format!("{e}; the old article text stays on screen"), true);
                return;
            }
        };
        let orphans = |s: &store::Story| s.anchors.iter().filter(|a| a.is_orphaned()).count();
        let before = orphans(story);
        story.article = text;
        story.reanchor();
        let after = orphans(story);
        let slug = story.slug.clone();
        self.article_text[si] = std::cell::OnceCell::new();
        self.art_scroll = 0;
        if self.article_open {
            self.select_current_in_article();
        }
        let lost = if after > before {
            format!("; {} claim quote(s) no longer found in it", after - before)
        } else {
            String::new()
        };
        self.set_message(format!("the article of {slug} changed on disk: claims re-anchored{lost}"), after > before);
    }

    /// How many claims the workspace holds (candidates included).
    pub fn claim_count(&self) -> usize {
        self.ws.stories.iter().map(|s| s.file.claims.len()).sum()
    }

    /// The time stamp of history entries: the clock the runner set for this update (tests fix it); empty when
    /// none was set.
    fn now(&self) -> String {
        self.clock.as_ref().map(|(now, _)| now.clone()).unwrap_or_default()
    }

    /// Today's date, from the same clock.
    fn today(&self) -> String {
        self.clock.as_ref().map(|(_, today)| today.clone()).unwrap_or_default()
    }

    fn article_text(&self, si: usize) -> &ArticleText {
        self.article_text[si].get_or_init(|| {
            let chars: Vec<char> = self.ws.stories[si].article.chars().collect();
            let sentences = sentences::split(&chars);
            ArticleText { chars, sentences }
        })
    }

    /// Story `si`'s article as characters (anchors and selections count characters).
    pub fn article_chars(&self, si: usize) -> &[char] {
        &self.article_text(si).chars
    }

    /// Story `si`'s sentences, as character ranges of its article.
    pub fn sentences(&self, si: usize) -> &[(usize, usize)] {
        &self.article_text(si).sentences
    }

    /// The story as loaded or last saved (the base of a three-way merge and of its journal).
    pub fn base(&self, si: usize) -> &StoryFile {
        self.pristine[si].as_ref().unwrap_or(&self.ws.stories[si].file)
    }

    /// Keeps story `si`'s base before its claims change: call before every change to a story's file.
    fn keep_base(&mut self, si: usize) {
        if self.pristine[si].is_none() {
            self.pristine[si] = Some(self.ws.stories[si].file.clone());
        }
    }

    /// Whether this story has unsaved edits.
    pub fn is_dirty(&self, si: usize) -> bool {
        self.dirty.get(si).copied().unwrap_or(false)
    }

    /// Queues recovery journals found at start-up; the first is offered at once.
    pub fn offer_recovery(&mut self, offers: Vec<Offer>, unreadable: &[usize]) {
        self.journal_held = vec![false; self.ws.stories.len()];
        for si in offers.iter().map(|o| o.story).chain(unreadable.iter().copied()) {
            if let Some(h) = self.journal_held.get_mut(si) {
                *h = true;
            }
        }
        self.recover = offers;
        if !self.recover.is_empty() {
            self.mode = Mode::Recover;
        }
    }

    /// Whether the runner may write this story's journal (a journal not yet restored is never overwritten).
    pub fn may_journal(&self, si: usize) -> bool {
        self.journaling
            && self.session.is_some()
            && self.loading.is_none()
            && !self.journal_held.get(si).copied().unwrap_or(false)
    }

    /// This copy's journal of story `si`, when it journals.
    pub fn own_journal(&self, si: usize) -> Option<std::path::PathBuf> {
        let story = self.ws.stories.get(si)?;
        Some(crate::safety::journal::session_journal_path(&story.dir, self.session.as_deref()?))
    }

    /// Whether any story has unsaved edits.
    pub fn is_modified(&self) -> bool {
        self.dirty.iter().any(|d| *d)
    }

    pub fn modified_stories(&self) -> usize {
        self.dirty.iter().filter(|d| **d).count()
    }

    /// The selected claim: (story index, claim index).
    pub fn current(&self) -> Option<(usize, usize)> {
        match self.rows.get(self.selected) {
            Some(Row::Claim(s, c)) => Some((*s, *c)),
            _ => None,
        }
    }

    pub fn current_claim(&self) -> Option<&Claim> {
        self.current().map(|(s, c)| &self.ws.stories[s].file.claims[c])
    }

    pub fn anchor_of(&self, s: usize, c: usize) -> Anchor {
        self.ws.stories[s].anchors.get(c).copied().unwrap_or(Anchor::ORPHANED)
    }

    /// The story whose article the article view shows.
    pub fn article_story(&self) -> Option<usize> {
        self.current().map(|c| c.0).or_else(|| (!self.ws.stories.is_empty()).then_some(0))
    }

    /// Whether the quick filters (verdict, status) let a claim through.
    fn passes_quick(&self, c: &Claim) -> bool {
        if let Some(v) = &self.filter_verdict {
            match v {
                Some(name) if &c.verdict != name => return false,
                None if !c.verdict.is_empty() => return false,
                _ => {}
            }
        }
        self.filter_status.is_none_or(|s| s == c.status)
    }

    /// The claims as the matcher sees them (cached until the next edit).
    pub fn corpus(&mut self) -> Arc<Corpus> {
        let ws = &self.ws;
        Arc::clone(self.corpus.get_or_insert_with(|| Arc::new(Corpus::from_workspace(ws))))
    }

    /// The filter's scores per story and claim. Small workspaces are scored here, with the same
    /// matcher and rules as `factdesk search`; big ones keep the table the worker's results built.
    fn filter_matches(&mut self) -> Option<Vec<Vec<Option<i64>>>> {
        if self.filter.trim().is_empty() {
            self.filter_table = None;
            return None;
        }
        if !self.async_filter {
            let corpus = self.corpus();
            let threads = if corpus.len() >= 2_000 { search::threads() } else { 1 };
            let hits = search::scan(&corpus, &self.filter, DEFAULT_ENGINE, threads);
            self.set_filter_table(&corpus.claims_of(&hits));
        }
        self.filter_table.clone()
    }

    /// Builds the score table from ranked hits and remembers the best match that passes the quick filters.
    fn set_filter_table(&mut self, hits: &[(usize, usize, i64)]) {
        let mut table: Vec<Vec<Option<i64>>> =
            self.ws.stories.iter().map(|s| vec![None; s.file.claims.len()]).collect();
        for &(si, ci, score) in hits {
            if let Some(slot) = table.get_mut(si).and_then(|v| v.get_mut(ci)) {
                *slot = Some(score);
            }
        }
        self.best_match = hits
            .iter()
            .find(|&&(si, ci, _)| {
                self.ws.stories.get(si).and_then(|s| s.file.claims.get(ci)).is_some_and(|c| self.passes_quick(c))
            })
            .map(|&(si, ci, _)| (si, ci));
        self.filter_table = Some(table);
    }

    /// Applies results streamed from the filter worker.
    pub fn filter_results(&mut self, query: &str, hits: &[(usize, usize, i64)], done: bool) {
        if query != self.filter {
            return;
        }
        self.set_filter_table(hits);
        self.filter_pending = !done;
        self.refilter();
    }

    /// Character positions in `text` that the filter matched, for highlighting.
    pub fn matched_chars(&self, text: &str) -> Vec<usize> {
        if self.filter.trim().is_empty() {
            return Vec::new();
        }
        let mut hl = self.highlighter.borrow_mut();
        if hl.0 != self.filter {
            hl.0 = self.filter.clone();
            let q = self.filter.clone();
            hl.1.set_query(&q);
        }
        hl.1.indices(text).map(|(_, i)| i).unwrap_or_default()
    }

    /// Rebuilds the list: accepted claims in file order, then candidates by score, best first.
    pub fn rebuild_rows(&mut self, keep: Option<(usize, String)>) {
        let keep = keep.or_else(|| {
            let (s, c) = self.current()?;
            Some((s, self.ws.stories.get(s)?.file.claims.get(c)?.id.clone()))
        });
        let matches = self.filter_matches();
        let score = |si: usize, ci: usize| matches.as_ref().and_then(|m| m.get(si)?.get(ci).copied().flatten());
        // (best match score, story, its rows): with a `/` filter the best matches come first, as in fzf: stories
        // by their best match, claims by theirs. Without one, stories keep their order.
        let mut groups: Vec<(i64, usize, Vec<Row>)> = Vec::new();
        for (si, st) in self.ws.stories.iter().enumerate() {
            let mut accepted = Vec::new();
            let mut cands = Vec::new();
            for (ci, c) in st.file.claims.iter().enumerate() {
                if !self.passes_quick(c) || (matches.is_some() && score(si, ci).is_none()) {
                    continue;
                }
                if c.status == Status::Candidate { cands.push(ci) } else { accepted.push(ci) }
            }
            cands.sort_by(|a, b| {
                let sa = st.file.claims[*a].score.unwrap_or(0.0);
                let sb = st.file.claims[*b].score.unwrap_or(0.0);
                sb.partial_cmp(&sa).unwrap_or(std::cmp::Ordering::Equal)
            });
            if matches.is_some() {
                // Stable: equal scores keep the file's order.
                accepted.sort_by_key(|&ci| std::cmp::Reverse(score(si, ci)));
                cands.sort_by_key(|&ci| std::cmp::Reverse(score(si, ci)));
            }
            if accepted.is_empty() && cands.is_empty() && self.is_filtering() {
                continue;
            }
            let best = accepted.iter().chain(&cands).filter_map(|&ci| score(si, ci)).max().unwrap_or(0);
            let mut rows = vec![Row::Story(si)];
            rows.extend(accepted.into_iter().chain(cands).map(|ci| Row::Claim(si, ci)));
            groups.push((best, si, rows));
        }
        if matches.is_some() {
            groups.sort_by_key(|g| std::cmp::Reverse(g.0));
        }
        self.rows = groups.into_iter().flat_map(|g| g.2).collect();
        let found = keep.and_then(|(s, id)| {
            self.rows.iter().position(
                |r| matches!(r, Row::Claim(rs, rc) if *rs == s && self.ws.stories[s].file.claims[*rc].id == id),
            )
        });
        self.selected = found.unwrap_or(self.selected.min(self.rows.len().saturating_sub(1)));
        self.snap_to_claim(true);
        self.clamp_list();
    }

    /// Applies a changed `/` filter and puts the cursor on the best match.
    pub fn refilter(&mut self) {
        self.rebuild_rows(None);
        if let Some((bs, bc)) = self.best_match
            && let Some(i) = self.rows.iter().position(|r| *r == Row::Claim(bs, bc))
        {
            self.selected = i;
            self.after_move();
        }
    }

    pub fn is_filtering(&self) -> bool {
        !self.filter.is_empty() || self.filter_verdict.is_some() || self.filter_status.is_some()
    }

    /// Moves the selection off a story header, forwards first.
    fn snap_to_claim(&mut self, forward: bool) {
        if self.current().is_some() || self.rows.is_empty() {
            return;
        }
        let fwd = (self.selected..self.rows.len()).find(|&i| matches!(self.rows[i], Row::Claim(..)));
        let back = (0..=self.selected.min(self.rows.len() - 1)).rev().find(|&i| matches!(self.rows[i], Row::Claim(..)));
        self.selected = if forward { fwd.or(back) } else { back.or(fwd) }.unwrap_or(0);
    }

    fn list_height(&self) -> usize {
        let l = geometry::layout(Rect::new(0, 0, self.size.0, self.size.1), self.article_open);
        l.list.height.saturating_sub(2).max(1) as usize
    }

    fn clamp_list(&mut self) {
        let h = self.list_height();
        if self.selected < self.list_offset {
            // Keep the story header above the first claim visible.
            self.list_offset = self.selected.saturating_sub(usize::from(self.selected == 1));
        } else if self.selected >= self.list_offset + h {
            self.list_offset = self.selected + 1 - h;
        }
        self.list_offset = self.list_offset.min(self.rows.len().saturating_sub(1));
    }

    fn move_by(&mut self, delta: isize) {
        if self.rows.is_empty() {
            return;
        }
        let max = self.rows.len() as isize - 1;
        let mut i = self.selected as isize;
        let mut remaining = delta.abs();
        let step = delta.signum();
        while remaining > 0 {
            let mut j = i + step;
            while (0..=max).contains(&j) && !matches!(self.rows[j as usize], Row::Claim(..)) {
                j += step;
            }
            if !(0..=max).contains(&j) {
                break;
            }
            i = j;
            remaining -= 1;
        }
        self.selected = i as usize;
        self.after_move();
    }

    fn after_move(&mut self) {
        self.clamp_list();
        self.detail_scroll = 0;
        self.notes_scroll = 0;
        if self.article_open {
            self.select_current_in_article();
        }
    }

    /// Places the article selection on the current claim (or its first sentence) and scrolls to it.
    fn select_current_in_article(&mut self) {
        let Some(si) = self.article_story() else { return };
        let sel = match self.current() {
            Some((s, c)) if !self.anchor_of(s, c).is_orphaned() => {
                let a = self.anchor_of(s, c);
                Some((a.start, a.end))
            }
            _ => None,
        };
        self.art_sel = sel.or_else(|| self.sentences(si).first().copied()).unwrap_or((0, 0));
        self.scroll_article_to_selection();
    }

    fn article_width(&self) -> u16 {
        let l = geometry::layout(Rect::new(0, 0, self.size.0, self.size.1), true);
        l.article.width.saturating_sub(2).max(1)
    }

    fn scroll_article_to_selection(&mut self) {
        let Some(si) = self.article_story() else { return };
        let lines = geometry::wrap(self.article_chars(si), self.article_width() as usize);
        let l = geometry::layout(Rect::new(0, 0, self.size.0, self.size.1), true);
        let h = l.article.height.saturating_sub(3).max(1) as usize;
        let line = lines.iter().position(|(s, e)| self.art_sel.0 < (*e).max(s + 1)).unwrap_or(0);
        if line < self.art_scroll || line >= self.art_scroll + h {
            self.art_scroll = line.saturating_sub(h / 3);
        }
    }

    pub fn set_message(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message { text: text.into(), error });
    }

    /// Applies an edit to one story with undo, history and dirty tracking. `f` returns the claim id to record
    /// history on and the change's description, or `None` when nothing changed.
    fn edit_story(&mut self, si: usize, f: impl FnOnce(&mut StoryFile) -> Option<(Option<String>, String)>) -> bool {
        // Edits, history and the cursor find claims by id: with two claims under one id an edit could land on the
        // wrong one. Such a story is read-only until the file is fixed (the watcher reloads it).
        if let Some(why) = self.read_only(si) {
            self.set_message(why, true);
            return false;
        }
        self.keep_base(si);
        let before = self.ws.stories[si].file.clone();
        let select = self.current_claim().map(|c| c.id.clone());
        let Some((claim_id, change)) = f(&mut self.ws.stories[si].file) else {
            if !self.dirty[si] {
                self.pristine[si] = None;
            }
            return false;
        };
        if let Some(id) = &claim_id {
            let entry = HistoryEntry { at: self.now(), by: self.reviewer.clone(), change: change.clone() };
            if let Some(c) = self.ws.stories[si].file.claims.iter_mut().find(|c| &c.id == id) {
                c.history.push(entry);
            }
        }
        self.after_edit(si, claim_id, &before.claims);
        self.undo.push(Snapshot { story: si, file: before, select });
        self.redo.clear();
        self.set_message(change, false);
        true
    }

    /// Why story `si` cannot be edited now, if it cannot: its crash journal waits for a decision (new edits could not
    /// be journaled), or two claims share an id (edits, history and the cursor find claims by id, so an edit could
    /// land on the wrong one). It stays read-only until that is settled.
    pub fn read_only(&self, si: usize) -> Option<String> {
        let story = self.ws.stories.get(si)?;
        if self.journal_held.get(si).copied().unwrap_or(false) && self.loading.is_none() {
            // Its journal from a crashed session waits for a decision, and this session may not overwrite it: new
            // edits would have no crash protection, so they wait too.
            return Some(format!(
                "{} has unsaved edits from an earlier session waiting: quit and reopen factdesk to restore them, or \
                 run `factdesk recover --discard {}`; until then it is read-only",
                story.slug, story.slug
            ));
        }
        let id = duplicate_id(&story.file)?;
        Some(format!(
            "two claims share the id `{id}` in {}: rename one there (it reloads by itself)",
            story.path().display()
        ))
    }

    /// Edits the selected claim; `f` returns the change's description, or `None` for no change.
    fn edit_current(&mut self, f: impl FnOnce(&mut Claim) -> Option<String>) -> bool {
        let Some((si, ci)) = self.current() else {
            self.set_message("no claim selected", true);
            return false;
        };
        self.edit_story(si, |file| {
            let claim = &mut file.claims[ci];
            f(claim).map(|change| (Some(claim.id.clone()), change))
        })
    }

    /// Call after changing story `si`, whose claims were `old` (the anchors still match those).
    fn after_edit(&mut self, si: usize, select: Option<String>, old: &[Claim]) {
        self.corpus = None;
        self.edits += 1;
        reanchor_changed(&mut self.ws.stories[si], old);
        self.dirty[si] = self.pristine[si].as_ref().is_some_and(|base| *base != self.ws.stories[si].file);
        if !self.dirty[si] {
            self.pristine[si] = None;
        }
        self.rebuild_rows(select.map(|id| (si, id)));
        if self.article_open {
            self.scroll_article_to_selection();
        }
    }

    fn restore(&mut self, from_undo: bool) {
        let popped = if from_undo { self.undo.pop() } else { self.redo.pop() };
        let Some(snap) = popped else {
            let what = if from_undo { "undo" } else { "redo" };
            self.set_message(format!("nothing to {what}"), false);
            return;
        };
        let si = snap.story;
        self.keep_base(si);
        let select = self.current_claim().map(|c| c.id.clone());
        let current = std::mem::replace(&mut self.ws.stories[si].file, snap.file);
        self.after_edit(si, snap.select, &current.claims);
        let back = Snapshot { story: si, file: current, select };
        if from_undo {
            self.redo.push(back)
        } else {
            self.undo.push(back)
        }
        self.set_message(if from_undo { "undone" } else { "redone" }, false);
    }

    /// Story `si` to write, with the base a save checks the disk against.
    pub fn story_and_pristine(&mut self, si: usize) -> (&mut store::Story, Option<&StoryFile>) {
        (&mut self.ws.stories[si], self.pristine[si].as_ref())
    }

    /// Story `si` is on disk as it is here: no unsaved edits, and no base kept for a merge.
    pub fn mark_saved(&mut self, si: usize) {
        self.pristine[si] = None;
        self.dirty[si] = false;
    }

    /// Brings story files read again from disk into the workspace. A story without unsaved edits simply
    /// takes the file (the selection stays); one with edits gets a three-way merge (`safety::merge`): changes
    /// that do not collide merge, and collisions are queued for the journalist to settle one at a time.
    pub fn reloaded(&mut self, files: Vec<(usize, Result<String, String>)>) {
        use crate::safety::sync;
        self.corpus = None;
        let mut notes = Vec::new();
        let mut changed = 0;
        for (si, read) in files {
            let Some(story) = self.ws.stories.get(si) else { continue };
            let text = match read {
                Ok(t) => t,
                Err(e) => {
                    notes.push(e);
                    continue;
                }
            };
            if store::hash(text.as_bytes()) == story.disk_hash {
                continue;
            }
            if self.resolving.iter().any(|r| r.story == si) {
                // Settle the collisions on screen first; the newer change is merged right after.
                self.recheck = true;
                continue;
            }
            let theirs = match store::parse_story(&story.path(), &text) {
                Ok(f) => f,
                Err(d) => {
                    notes.push(format!("{d}; not reloaded, your edits are kept"));
                    continue;
                }
            };
            let select = self.current_claim().map(|c| c.id.clone());
            let (new_file, merged) = match sync::take_theirs(self.base(si), &story.file, &theirs, self.dirty[si]) {
                Ok(x) => x,
                Err(e) => {
                    notes.push(format!("{}: {e}; not reloaded, your edits are kept", story.slug));
                    continue;
                }
            };
            let before = std::mem::replace(&mut self.ws.stories[si].file, new_file);
            let story = &mut self.ws.stories[si];
            story.disk_hash = store::hash(text.as_bytes());
            story.disk_text = None;
            self.pristine[si] = Some(theirs);
            self.after_edit(si, select.clone(), &before.claims);
            // Undo snapshots of this story predate the change on disk: restoring one would silently drop it.
            self.undo.retain(|s| s.story != si);
            self.redo.retain(|s| s.story != si);
            if let Some(m) = merged
                && !m.is_clean()
            {
                self.resolving.push(Resolving { story: si, merge: m, before, select, settled: Vec::new() });
            }
            if let Some(why) = self.read_only(si) {
                notes.push(format!("{why}; until then it is read-only and not saved"));
            }
            changed += 1;
        }
        let head = match changed {
            0 if !notes.is_empty() => "not reloaded".to_string(),
            0 => "nothing changed on disk".to_string(),
            1 => "reloaded 1 story changed on disk".to_string(),
            n => format!("reloaded {n} stories changed on disk"),
        };
        let error = !notes.is_empty();
        notes.insert(0, head);
        if !self.resolving.is_empty() {
            notes.push("changed here and on disk: settle each (m mine, t theirs, b both)".into());
        }
        self.set_message(notes.join(" | "), error);
    }

    /// Settles the collision on screen; when the last one is settled, the merge goes into the story.
    pub fn settle(&mut self, choice: crate::safety::merge::Choice) {
        let Some(r) = self.resolving.first_mut() else {
            self.mode = Mode::Normal;
            return;
        };
        let Some((i, c, _)) = r.current() else { return };
        let choice = match choice {
            crate::safety::merge::Choice::Custom(None) => match c.both() {
                Some(v) => crate::safety::merge::Choice::Custom(Some(v)),
                None => {
                    self.set_message("these cannot be combined: choose m (mine) or t (theirs)", true);
                    self.mode = Mode::Resolve;
                    return;
                }
            },
            other => other,
        };
        // The history keeps the side not chosen, so the value set aside can still be found (and put back).
        let short = |v: &Option<serde_yaml::Value>| {
            let one_line = crate::safety::merge::Conflict::show(v).split_whitespace().collect::<Vec<_>>().join(" ");
            let mut cut: String = one_line.chars().take(80).collect();
            if one_line.chars().count() > 80 {
                cut.push('…');
            }
            cut
        };
        let what = match &choice {
            crate::safety::merge::Choice::Mine => format!("kept mine; the version on disk was `{}`", short(&c.theirs)),
            crate::safety::merge::Choice::Theirs => format!("took the version on disk; mine was `{}`", short(&c.mine)),
            _ => "kept both".to_string(),
        };
        let (claim_id, field) = (c.claim_id.clone(), c.field.clone());
        let settled = r.merge.resolve(i, choice);
        let more = r.current().is_some();
        if let Err(e) = settled {
            // Never trap the journalist here: the story keeps my version of what could not be settled.
            self.set_message(format!("{e}; your version is kept"), true);
            self.resolving.remove(0);
            self.mode = if self.resolving.is_empty() { Mode::Normal } else { Mode::Resolve };
            return;
        }
        if let Some(id) = claim_id {
            r.settled.push((id, format!("collision on {field}: {what}")));
        }
        if more {
            self.mode = Mode::Resolve;
            return;
        }
        let r = self.resolving.remove(0);
        match r.merge.result() {
            Ok(mut file) => {
                // Say in each claim's history how its collision was settled.
                let (at, by) = (self.now(), self.reviewer.clone());
                for (id, change) in &r.settled {
                    if let Some(c) = file.claims.iter_mut().find(|c| &c.id == id) {
                        c.history.push(HistoryEntry { at: at.clone(), by: by.clone(), change: change.clone() });
                    }
                }
                self.keep_base(r.story);
                let old = std::mem::replace(&mut self.ws.stories[r.story].file, file);
                self.after_edit(r.story, r.select, &old.claims);
                self.set_message(format!("merged {}: every collision settled", self.ws.stories[r.story].slug), false);
            }
            Err(e) => self.set_message(format!("{e}; your edits are kept"), true),
        }
        self.mode = if self.resolving.is_empty() { Mode::Normal } else { Mode::Resolve };
    }

    /// Restores (or, with `restore == false`, sets aside) the first offered recovery journal.
    pub fn take_offer(&mut self, restore: bool) -> Option<usize> {
        if self.recover.is_empty() {
            self.mode = Mode::Normal;
            return None;
        }
        let offer = self.recover.remove(0);
        let si = offer.story;
        if restore {
            let select = self.current_claim().map(|c| c.id.clone());
            self.keep_base(si);
            let before = self.ws.stories[si].file.clone();
            match crate::safety::journal::restore(&offer.journal, &mut self.ws.stories[si]) {
                Ok(merge) => {
                    // The journal's base is what the edits were made on; the disk may have moved since.
                    self.after_edit(si, select.clone(), &before.claims);
                    self.undo.push(Snapshot { story: si, file: before.clone(), select: select.clone() });
                    if let Some(m) = merge
                        && !m.is_clean()
                    {
                        self.resolving.push(Resolving { story: si, merge: m, before, select, settled: Vec::new() });
                    }
                    // Held until every offer of this story is answered (two crashed copies may have left one each).
                    let more = self.recover.iter().any(|o| o.story == si);
                    if let Some(h) = self.journal_held.get_mut(si) {
                        *h = more;
                    }
                    self.adopted.push((si, offer.path.clone()));
                    self.pending_drafts.extend(offer.journal.drafts.iter().map(|d| (si, d.clone())));
                    self.set_message(
                        format!("restored unsaved edits of {} (w saves them)", self.ws.stories[si].slug),
                        false,
                    );
                }
                Err(e) => self.set_message(format!("{e}; the journal is kept"), true),
            }
        }
        self.mode = if !self.recover.is_empty() {
            Mode::Recover
        } else if !self.resolving.is_empty() {
            Mode::Resolve
        } else {
            Mode::Normal
        };
        Some(si)
    }

    fn unique_id(&self, si: usize, base: &str) -> String {
        let claims = &self.ws.stories[si].file.claims;
        let mut id = base.to_string();
        let mut n = 2;
        while claims.iter().any(|c| c.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    fn open_picker(&mut self, title: &str, items: Vec<PickItem>, cursor: usize) {
        self.mode = Mode::Picker(Picker { title: title.into(), items, cursor });
    }

    fn verdict_items(&self, with_none_label: &str) -> Vec<PickItem> {
        let mut items: Vec<PickItem> = self
            .ws
            .config
            .verdicts
            .iter()
            .map(|v| PickItem {
                label: format!("{} {}", v.symbol, v.label),
                value: PickValue::Verdict(v.name.clone()),
                color: v.color.clone(),
            })
            .collect();
        items.push(PickItem {
            label: with_none_label.into(),
            value: PickValue::Verdict(String::new()),
            color: String::new(),
        });
        items
    }

    fn form(&mut self, kind: FormKind, title: &str, fields: Vec<Field>) {
        let initial = fields.iter().map(|f| f.value.clone()).collect();
        self.mode =
            Mode::Form(Form { kind, title: title.into(), fields, focus: 0, error: None, initial, leaving: false });
    }

    /// The candidate the cursor should go to once the current one is triaged: the next in the list, else the
    /// one before.
    pub fn next_candidate(&self) -> Option<(usize, String)> {
        let candidate = |r: &Row| match *r {
            Row::Claim(s, c) => {
                let claim = self.ws.stories.get(s)?.file.claims.get(c)?;
                (claim.status == Status::Candidate).then(|| (s, claim.id.clone()))
            }
            Row::Story(_) => None,
        };
        let after = self.rows.get(self.selected + 1..).unwrap_or_default();
        let before = self.rows.get(..self.selected).unwrap_or_default();
        after.iter().find_map(candidate).or_else(|| before.iter().rev().find_map(candidate))
    }

    fn current_is_candidate(&mut self) -> Option<(usize, usize)> {
        match self.current() {
            Some((s, c)) if self.ws.stories[s].file.claims[c].status == Status::Candidate => Some((s, c)),
            Some(_) => {
                self.set_message("not a candidate: y, r and M work on candidates (marked ◇)", true);
                None
            }
            None => None,
        }
    }

    fn create_claim(&mut self, si: usize, text: &str, claimant: &str, kind: Kind, quote_range: Option<(usize, usize)>) {
        let mut base = slugify(text, 40);
        // A slug cut at 40 characters ends on a whole word.
        if base.len() >= 40
            && let Some(i) = base.rfind('-').filter(|i| *i >= 12)
        {
            base.truncate(i);
        }
        let id = self.unique_id(si, &base);
        let article = self.ws.stories[si].article.clone();
        let quote = match quote_range {
            Some((s, e)) => anchor::make_quote(&article, s, e),
            None => {
                // Anchor on the text itself when the article has it.
                let chars = self.article_chars(si);
                let needle: Vec<char> = text.chars().collect();
                let at = (!needle.is_empty() && needle.len() <= chars.len())
                    .then(|| (0..=chars.len() - needle.len()).find(|&i| chars[i..i + needle.len()] == needle[..]))
                    .flatten();
                match at {
                    Some(s) => anchor::make_quote(&article, s, s + needle.len()),
                    None => crate::model::Quote { exact: text.to_string(), ..Default::default() },
                }
            }
        };
        let mut claim = Claim::new(&id, text);
        claim.quote = quote;
        claim.claimant = claimant.to_string();
        claim.kind = kind;
        claim.status = Status::Open;
        let cid = id.clone();
        self.edit_story(si, move |file| {
            file.claims.push(claim);
            Some((Some(cid), "created".to_string()))
        });
        self.set_message(format!("new claim `{id}`"), false);
    }

    /// Article selection helpers: the sentence index containing a character.
    fn sentence_at(&self, si: usize, ch: usize) -> usize {
        let s = self.sentences(si);
        s.iter()
            .position(|(a, b)| ch < *b && ch >= *a)
            .or_else(|| s.iter().position(|(a, _)| *a >= ch))
            .unwrap_or(s.len().saturating_sub(1))
    }

    fn article_move(&mut self, delta: isize) {
        let Some(si) = self.article_story() else { return };
        let n = self.sentences(si).len();
        if n == 0 {
            return;
        }
        let cur = if delta > 0 {
            self.sentence_at(si, self.art_sel.1.saturating_sub(1))
        } else {
            self.sentence_at(si, self.art_sel.0)
        };
        let next = (cur as isize + delta).clamp(0, n as isize - 1) as usize;
        self.art_sel = self.sentences(si)[next];
        self.scroll_article_to_selection();
    }

    fn article_widen(&mut self) {
        let Some(si) = self.article_story() else { return };
        let sents = self.sentences(si).to_vec();
        if sents.is_empty() {
            return;
        }
        // First the whole sentence around the selection, then the next sentence.
        let first = self.sentence_at(si, self.art_sel.0);
        let last = self.sentence_at(si, self.art_sel.1.saturating_sub(1));
        let whole = (sents[first].0, sents[last].1);
        self.art_sel = if whole != self.art_sel && whole.0 <= self.art_sel.0 && whole.1 >= self.art_sel.1 {
            whole
        } else if last + 1 < sents.len() {
            (whole.0, sents[last + 1].1)
        } else {
            whole
        };
    }

    fn article_narrow(&mut self) {
        let Some(si) = self.article_story() else { return };
        if self.sentences(si).is_empty() {
            return;
        }
        let (s, e) = self.art_sel;
        let first = self.sentence_at(si, s);
        let last = self.sentence_at(si, e.saturating_sub(1));
        if last > first {
            self.art_sel = (s, self.sentences(si)[last - 1].1);
            return;
        }
        // One sentence: drop its last word (and trailing punctuation).
        let chars = self.article_chars(si);
        let mut end = e;
        while end > s && !chars[end - 1].is_alphanumeric() {
            end -= 1;
        }
        while end > s && !chars[end - 1].is_whitespace() {
            end -= 1;
        }
        while end > s && chars[end - 1].is_whitespace() {
            end -= 1;
        }
        if end > s {
            self.art_sel = (s, end);
        }
    }

    fn article_click(&mut self, x: u16, y: u16) {
        let Some(si) = self.article_story() else { return };
        let l = geometry::layout(Rect::new(0, 0, self.size.0, self.size.1), true);
        let inner = l.article.inner(ratatui::layout::Margin::new(1, 1));
        let header = u16::from(self.ws.stories[si].anchors.iter().any(|a| a.is_orphaned()));
        if y < inner.y + header || !inner.contains(Position::new(x, y)) {
            return;
        }
        let lines = geometry::wrap(self.article_chars(si), inner.width as usize);
        let Some(&(ls, le)) = lines.get(self.art_scroll + (y - inner.y - header) as usize) else { return };
        // The column's character, by display width.
        let mut col = 0usize;
        let mut at = ls;
        for i in ls..le {
            let w = unicode_width::UnicodeWidthChar::width(self.article_chars(si)[i]).unwrap_or(0);
            if col + w > (x - inner.x) as usize {
                break;
            }
            col += w;
            at = i;
        }
        let k = self.sentence_at(si, at);
        if let Some(s) = self.sentences(si).get(k) {
            self.art_sel = *s;
        }
    }
}

/// The first id that two claims of `file` share, if any.
fn duplicate_id(file: &StoryFile) -> Option<&str> {
    let mut seen = std::collections::HashSet::new();
    file.claims.iter().map(|c| c.id.as_str()).find(|id| !seen.insert(*id))
}

/// Re-anchors only the claims whose quote is new; the others keep the anchor they had for the same quote.
fn reanchor_changed(story: &mut store::Story, old: &[Claim]) {
    use std::collections::HashMap;
    let key = |q: &crate::model::Quote| (q.exact.clone(), q.prefix.clone(), q.suffix.clone(), q.start, q.end);
    let mut known: HashMap<_, Anchor> = HashMap::new();
    for (c, a) in old.iter().zip(&story.anchors) {
        known.insert(key(&c.quote), *a);
    }
    let article = &story.article;
    story.anchors = story
        .file
        .claims
        .iter()
        .map(|c| known.get(&key(&c.quote)).copied().unwrap_or_else(|| anchor::resolve(article, &c.quote)))
        .collect();
}

fn field(label: &'static str, value: &str, hint: &'static str) -> Field {
    Field { label, value: value.to_string(), hint, cursor: value.chars().count() }
}

fn describe(v: &str) -> &str {
    if v.is_empty() { "(none)" } else { v }
}
