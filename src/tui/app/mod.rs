//! The review workspace's state and its `Effect`s; `update` (in `update/`) applies actions and replies to it.
//! The state is split by concern: `session` (edits, undo), `list`, `layout` (the list's width), `article`, `forms`,
//! `items` (the sources, checks, values and warnings panes), `checked` ("checked before?" lookups), `conflicts`
//! (loading, recovery, reloads), `git` (each story's git state, the diff and log pane), `tally` (the header's counts),
//! `filter_corpus` (the `/` filter's haystacks, patched per edited story), `frames` (whether the screen is out of date).

mod article;
mod checked;
mod conflicts;
mod filter_corpus;
mod forms;
mod frames;
mod git;
mod items;
mod layout;
mod list;
mod session;
mod tally;
mod update;
pub use conflicts::{Offer, Recovery, Resolving};
pub use forms::{Confirm, Field, Form, FormKind, NotesBase, PickItem, PickValue, Picker};
use forms::{address_field, describe, field};
pub use frames::Frames;
pub use git::{GitPane, GitPaneKind, GitState};
pub use items::{
    Editing, FromPane, ItemsKind, ItemsPane, Removal, claim_says, claim_says_in_words, web_address_problem,
};
use session::Unsaved;
pub use tally::Tally;
pub use update::update;

pub use super::action::{Action, LoadedChunk, Marked, Msg, Reply, Retried};
use super::geometry;
use super::keymap::{Context, Key, Keymap};
use super::sentences;
pub use super::similar::{SimilarClaims, SimilarInput};
use super::theme::Theme;
use crate::anchor::{self, Anchor};
use crate::model::{Claim, HistoryEntry, Kind, Rejected, Source, Status, StoryFile, slugify};
use crate::search::{self, Corpus, DEFAULT_ENGINE};
use crate::store::{self, Workspace};
pub use checked::Found;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui_textarea::{TextArea, WrapMode};
use std::cell::RefCell;
use std::sync::Arc;

/// From this many claims on, the `/` filter runs on the background worker and results stream in.
pub const ASYNC_FILTER_CLAIMS: usize = 5_000;

/// Side effects the runner carries out.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Save,
    /// Read every story file again, then send `Reply::Reloaded`.
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
    /// Keep the list's width and zoom in the user's config file (`list_width`, `list_zoom`), nothing else of it
    /// changed.
    RememberListWidth(geometry::ListWidth),
    /// Write the publishing organisation into the workspace settings, then send `Reply::SettingsSaved`.
    SaveOrganization(crate::model::Organization),
    /// Ask git for every story's state (`git status`), off the UI thread; `Reply::GitStatus` brings it.
    GitStatus,
    /// `git diff` of a story folder, off the UI thread; `Reply::GitText` brings it, under `title`.
    GitDiff {
        dir: std::path::PathBuf,
        title: String,
    },
    /// The commits that touched claim `id` of a story file, off the UI thread; `Reply::GitText` brings them.
    GitLog {
        file: std::path::PathBuf,
        id: String,
        title: String,
    },
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
    /// Offering to restore a recovery journal (the first of `App::recovery`'s offers).
    Recover,
    /// Settling a collision after a reload (the first of `App::resolving`).
    Resolve,
    /// A list pane: sources, numeric checks, story values or warnings.
    Items(ItemsPane),
    /// The git pane: a story's diff (`D`) or a claim's commits (`L`).
    Git(GitPane),
}

/// A story file as it was before an edit, for undo and redo.
#[derive(Debug, Clone)]
struct Snapshot {
    story: usize,
    file: StoryFile,
    select: Option<String>,
    /// Snapshots of one edit that changed two stories share a group (0: alone); undo and redo take them together.
    group: u32,
}

/// A message on the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
    /// What the message is about, where later code must know (never found by reading the text).
    pub about: About,
}

/// What a message on the message line is about, when something decides by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum About {
    #[default]
    Other,
    /// The recovery journal could not be written.
    Journal,
    /// Another copy holds the workspace lock.
    LockHeld,
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
    /// How many claims `rows` lists, and how many of them are candidates (see `App::listed`).
    listed: (usize, usize),
    /// Index into `rows`; always a selectable row when any is shown (`App::selectable`): a claim, or the title row
    /// of a story that has no claims yet. Other title rows are never selected.
    pub selected: usize,
    pub list_offset: usize,
    /// How wide the claims list is (`<`, `>`, `z`); the runner sets it from the user's config file.
    pub list_width: geometry::ListWidth,
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
    /// Each story's base and unsaved state, and the undo history.
    unsaved: Unsaved,
    /// Whether the `/` filter runs on the background worker (big workspaces: set as the claims arrive).
    pub async_filter: bool,
    /// While stories are still loading: how many are here, of how many.
    pub loading: Option<(usize, usize)>,
    /// Whether worker results for the current filter are still arriving.
    pub filter_pending: bool,
    /// The filter's hits (story, claim, score), best first; `None` with no filter.
    filter_hits: Option<Vec<(usize, usize, i64)>>,
    /// The query `filter_hits` are for: until a new query's first results come, the list still shows the last one's.
    filter_hits_for: String,
    /// The claims as the matcher sees them; an edited story's entries are made again (`filter_corpus.rs`).
    corpus: filter_corpus::FilterCorpus,
    /// The header's counts of claims, counted once after each change (`tally.rs`).
    tally: std::cell::OnceCell<Tally>,
    /// Counts edits (and reloads), so the runner knows when to write recovery journals.
    pub edits: u64,
    /// Whether a frame is due: every message makes one (`update`), and the runner draws only then.
    pub frames: Frames,
    /// Recovery journals offered back, the stories they hold, and what restoring them left to do.
    pub recovery: Recovery,
    /// Whether this copy may write or remove recovery journals at all: not while the workspace is loading
    /// (journals are not yet offered), nor without a session (see `session`).
    pub journaling: bool,
    /// This copy's journal session id (`safety::journal::Session`): its journals' names. `None` before the guard
    /// starts, or when no session could be started (then `journal_trouble` says why).
    pub session: Option<String>,
    /// Why unsaved edits are not in a recovery journal right now (no session, or the last write failed): the
    /// header says "not journaling" for as long as this is set.
    pub journal_trouble: Option<String>,
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
    /// Each story's git state (modified, staged, untracked, conflicted), from the runner's `git status`.
    pub git: GitState,
    /// A matcher for highlighting visible rows, with the query it is set up for.
    highlighter: RefCell<(String, search::Engine, Box<dyn search::Matcher>)>,
    /// The claim that matches the filter best, where typing a filter puts the cursor.
    best_match: Option<(usize, usize)>,
}

/// A story's article as the article view needs it.
#[derive(Debug)]
struct ArticleText {
    chars: Vec<char>,
    sentences: Vec<(usize, usize)>,
    /// Each sentence's role (body, heading, caption...), in the order of `sentences`.
    roles: Vec<crate::extract::split::Role>,
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
        // A question asked over a form (renaming a published claim) takes the confirmation keys.
        Mode::Form(f) if f.question.is_some() => Context::Confirm,
        Mode::Form(_) => Context::Form,
        Mode::Confirm(_) => Context::Confirm,
        Mode::Help(_) | Mode::Stats | Mode::Git(_) => Context::Help,
        Mode::Recover => Context::Recover,
        Mode::Resolve => Context::Resolve,
        Mode::Items(_) => Context::Items,
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
    /// The fuzzy matcher the workspace's settings choose (`search.matcher`), for the `/` filter and its highlights.
    pub fn engine(&self) -> search::Engine {
        search::Engine::chosen(&self.ws.config)
    }

    /// How many lines the help overlay has (`view::help::lines` draws exactly these): two lines of advice, the
    /// reason journaling is off if it is, and for each context a blank line, its title and one line per action.
    pub fn help_len(&self) -> usize {
        let contexts: usize = Context::ALL.iter().map(|ctx| 2 + self.keymap.grouped(*ctx).len()).sum();
        2 + usize::from(self.journal_trouble.is_some()) + contexts
    }

    pub fn new(ws: Workspace, keymap: Keymap, theme: Theme, reviewer: String) -> App {
        let article_text = (0..ws.stories.len()).map(|_| std::cell::OnceCell::new()).collect();
        let unsaved = Unsaved::new(ws.stories.len());
        let mut app = App {
            ws,
            keymap,
            theme,
            reviewer,
            clock: None,
            mode: Mode::Normal,
            focus: Focus::List,
            rows: Vec::new(),
            listed: (0, 0),
            selected: 0,
            list_offset: 0,
            list_width: geometry::ListWidth::default(),
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
            unsaved,
            async_filter: false,
            loading: None,
            filter_pending: false,
            filter_hits: None,
            filter_hits_for: String::new(),
            corpus: Default::default(),
            tally: std::cell::OnceCell::new(),
            similar: None,
            git: GitState::default(),
            edits: 0,
            frames: Frames::default(),
            recovery: Recovery::default(),
            journaling: true,
            session: None,
            journal_trouble: None,
            save_notes: Vec::new(),
            exit_notes: Vec::new(),
            resolving: Vec::new(),
            discard_on_quit: false,
            recheck: false,
            save_warnings: Vec::new(),
            lossy_ok: false,
            highlighter: RefCell::new((String::new(), DEFAULT_ENGINE, DEFAULT_ENGINE.matcher())),
            best_match: None,
        };
        app.rebuild_rows(None);
        app
    }

    pub fn set_message(&mut self, text: impl Into<String>, error: bool) {
        self.set_message_about(text, error, About::Other);
    }

    /// Sets the message line, saying what it is about (see [`About`]).
    pub fn set_message_about(&mut self, text: impl Into<String>, error: bool, about: About) {
        self.message = Some(Message { text: text.into(), error, about });
    }
}
