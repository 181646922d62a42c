//! Everything the user can ask for (`Action`), what the runner sends back (`Reply`), and the two as one `Msg`.

use super::similar::SimilarClaims;
use crate::store;
use ratatui::crossterm::event::KeyEvent;
use std::sync::Arc;

/// Everything the user can ask for. Keys map to these through the keymap; mouse and paste map directly.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Down,
    Up,
    Top,
    Bottom,
    PageDown,
    PageUp,
    HalfDown,
    HalfUp,
    NextPane,
    PrevPane,
    StartFilter,
    ClearFilter,
    QuickFilter,
    VerdictPicker,
    StatusPicker,
    EditNotes,
    EditNotesExternal,
    AddSource,
    NewClaim,
    Delete,
    /// Open the claim form: text, id, claimant, claimant type, kind, tags, assignee, summary.
    EditClaim,
    /// Open the story form: title, outlet, byline, url, published, language.
    StoryInfo,
    /// Edit the publishing organisation in the workspace settings (`factdesk.yaml`), which ClaimReview needs.
    Organization,
    /// In the article view: set the current claim's quote to the selection.
    Anchor,
    AcceptCandidate,
    RejectCandidate,
    MergeCandidate,
    /// Open the export menu for the current story.
    ExportMenu,
    /// Show the stats panel.
    Stats,
    /// The current story's `git diff`, in a pane.
    Diff,
    /// The commits that touched the current claim, in a pane.
    Log,
    /// The claim's sources as a list pane.
    Sources,
    /// The claim's numeric checks as a list pane.
    Checks,
    /// The story's named values as a list pane.
    Values,
    /// Every diagnostic of the story, live, as a list pane.
    Warnings,
    /// In a list pane: add an item.
    AddItem,
    /// In a list pane: edit the selected item (in the warnings pane: go to what fixes it).
    EditItem,
    /// In a list pane: remove the selected item (asks first).
    RemoveItem,
    /// In the sources pane: move the selected source up.
    MoveItemUp,
    /// In the sources pane: move the selected source down.
    MoveItemDown,
    ToggleArticle,
    /// Open the article at the selected row: a claim's sentence, or a story with no claims yet.
    OpenArticle,
    Widen,
    Narrow,
    CreateFromSelection,
    /// Make the claims list narrower by a step.
    NarrowList,
    /// Make the claims list wider by a step.
    WidenList,
    /// Give the claims list the whole width, or give it back.
    Zoom,
    Undo,
    Redo,
    Save,
    SaveAndQuit,
    Help,
    Quit,
    Suspend,
    Confirm,
    Cancel,
    NextField,
    PrevField,
    /// A key typed into a text field (filter, notes, form).
    Input(KeyEvent),
    /// Bracketed paste.
    Paste(String),
    /// Mouse click at a screen cell.
    Click(u16, u16),
    /// Mouse wheel over a screen cell: `true` scrolls down.
    Scroll(u16, u16, bool),
    Resize(u16, u16),
    /// Reload changed story files from disk and merge them with the edits here.
    Reload,
    /// Ctrl-C: write the recovery journal and quit at once.
    Interrupt,
    /// Delete a recovery journal instead of restoring it.
    Discard,
    /// Settle a collision with my version.
    KeepMine,
    /// Settle a collision with the version on disk.
    TakeTheirs,
    /// Settle a collision by keeping both sides (free text and lists).
    KeepBoth,
}

/// What the runner sends back to the app: what an effect found, and what arrives from its threads.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The runner exported: where it wrote, with any warnings, or why it could not.
    Exported(Result<String, String>),
    /// The external editor finished: the new notes, or why it failed.
    EditorDone(Result<String, String>),
    /// The runner found that a save cannot keep everything in a hand-edited file: ask first.
    SaveNeedsConsent(Vec<String>),
    /// The runner saved: one message per story that failed.
    Saved(Vec<String>),
    /// The runner has something to say on the message line (an error when `error`).
    Note { text: String, error: bool },
    /// The runner read the story files: (story index, the file's text or why it could not be read).
    Reloaded(Vec<(usize, Result<String, String>)>),
    /// The similar-claims index finished building in the background.
    SimilarReady(Arc<SimilarClaims>),
    /// Filter results from the background worker so far (ranked best first), for `query`; `done` when complete.
    FilterResults { query: String, hits: Vec<(usize, usize, i64)>, done: bool },
    /// The loader read more stories (they follow the ones already here, in name order).
    StoriesLoaded(LoadedChunk),
    /// The loader has read every story.
    LoadFinished,
    /// `R` read the workspace settings (`factdesk.yaml`) again: the settings, or why they could not be read.
    ConfigRead(Result<crate::model::WorkspaceConfig, String>),
    /// `R` read again the story folders that could not be read before: those that now load, and what each shows.
    StoriesFixed(Retried),
    /// The runner wrote the workspace settings (the organisation form): the settings now in use, or why not.
    SettingsSaved(Result<crate::model::WorkspaceConfig, String>),
    /// `git status` of the workspace: each story's state by slug; `None` with no repository (or no git).
    GitStatus(Option<std::collections::HashMap<String, crate::git::StoryGit>>),
    /// What git printed for the pane titled `title` (a diff or a log), or why it failed.
    GitText { title: String, text: Result<String, String> },
    /// A story's article changed on disk: its new text, or why it could not be read.
    ArticleChanged(usize, Result<String, String>),
    /// Story files refused for git conflict markers that split into sides that parse: each opens with ours and
    /// its conflicting fields to settle.
    MarkedLoaded(Vec<Marked>),
}

/// What `update` takes: the user's action, or the runner's reply.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    User(Action),
    Reply(Reply),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::User(action)
    }
}

impl From<Reply> for Msg {
    fn from(reply: Reply) -> Msg {
        Msg::Reply(reply)
    }
}

/// Story folders that had failed to load, read again: the stories that load now, every problem found, and every
/// folder tried (their old problems are replaced).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Retried {
    pub chunk: LoadedChunk,
    pub retried: Vec<std::path::PathBuf>,
}

/// Stories the loader read, with what their loading found.
#[derive(Debug, Clone, Default)]
pub struct LoadedChunk {
    pub stories: Vec<store::Story>,
    pub diagnostics: Vec<crate::diag::Diagnostic>,
    /// How many of the workspace's folders the loader had gone through with this chunk, stories or not (the
    /// "loading x/N" count, N being every folder); 0: count the chunk's stories instead.
    pub folders: usize,
}

impl LoadedChunk {
    /// Stories with their diagnostics (the chunk of a load that counts its stories, not its folders).
    pub fn new(stories: Vec<store::Story>, diagnostics: Vec<crate::diag::Diagnostic>) -> LoadedChunk {
        LoadedChunk { stories, diagnostics, folders: 0 }
    }
}

impl PartialEq for LoadedChunk {
    fn eq(&self, other: &Self) -> bool {
        let slugs = |c: &LoadedChunk| c.stories.iter().map(|s| s.slug.clone()).collect::<Vec<_>>();
        slugs(self) == slugs(other) && self.diagnostics == other.diagnostics
    }
}

/// A story file a merge left with conflict markers, loaded for settling: the story holds ours (see
/// `store::load_marked`), the merge holds the fields to settle, and `diagnostics` what checking ours found.
#[derive(Debug, Clone)]
pub struct Marked {
    pub story: store::Story,
    pub merge: crate::safety::merge::Merge,
    pub diagnostics: Vec<crate::diag::Diagnostic>,
}

impl PartialEq for Marked {
    fn eq(&self, other: &Self) -> bool {
        self.story.slug == other.story.slug && self.merge.conflicts == other.merge.conflicts
    }
}
