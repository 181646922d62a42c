//! Git in the UI: each story's state as `git status` gives it (the runner refreshes it off the UI thread), and
//! the pane that shows a story's `git diff` (`D`) or a claim's commits (`L`). factdesk never commits.

use super::*;
use crate::git::StoryGit;
use std::collections::HashMap;

/// What git says about the workspace.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GitState {
    /// Whether the workspace is in a git repository and git runs (nothing git shows until it is).
    pub repo: bool,
    /// Each story's state, by slug; clean stories are absent.
    pub stories: HashMap<String, StoryGit>,
}

/// What the git pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GitPaneKind {
    /// `git diff` of the current story.
    Diff,
    /// The commits that touched the current claim.
    Log,
}

/// The git pane: a title, the text git printed (one entry per line), and the scroll.
#[derive(Debug, Clone, PartialEq)]
pub struct GitPane {
    pub kind: GitPaneKind,
    pub title: String,
    /// `None` while git runs.
    pub lines: Option<Vec<String>>,
    pub scroll: usize,
}

impl App {
    /// The git state of story `si` (`None` when clean, or with no repository).
    pub fn git_of(&self, si: usize) -> Option<StoryGit> {
        self.ws.stories.get(si).and_then(|s| self.git.stories.get(&s.slug)).copied()
    }

    /// `D`: the current story's diff, asked of the runner.
    pub(super) fn open_diff(&mut self) -> Option<Effect> {
        if !self.git.repo {
            self.set_message("git: this workspace is not in a git repository (or git is not installed)", true);
            return None;
        }
        let si = self.selected_story().or_else(|| self.article_story())?;
        let story = &self.ws.stories[si];
        let title = format!("git diff: {}", story.slug);
        let dir = story.dir.clone();
        self.mode = Mode::Git(GitPane { kind: GitPaneKind::Diff, title: title.clone(), lines: None, scroll: 0 });
        Some(Effect::GitDiff { dir, title })
    }

    /// `L`: the commits that touched the current claim, asked of the runner.
    pub(super) fn open_log(&mut self) -> Option<Effect> {
        if !self.git.repo {
            self.set_message("git: this workspace is not in a git repository (or git is not installed)", true);
            return None;
        }
        let Some((si, ci)) = self.current() else {
            self.set_message("git log: select a claim first", true);
            return None;
        };
        let story = &self.ws.stories[si];
        let id = story.file.claims[ci].id.clone();
        let title = format!("git log: {}/{}", story.slug, id);
        let file = story.path();
        self.mode = Mode::Git(GitPane { kind: GitPaneKind::Log, title: title.clone(), lines: None, scroll: 0 });
        Some(Effect::GitLog { file, id, title })
    }

    /// The runner's `git status`: `None` means no repository (or no git).
    pub(super) fn git_status(&mut self, status: Option<HashMap<String, StoryGit>>) {
        self.git = match status {
            Some(stories) => GitState { repo: true, stories },
            None => GitState::default(),
        };
    }

    /// The runner's diff or log text, for the pane that asked (a pane closed or replaced meanwhile ignores it).
    pub(super) fn git_text(&mut self, title: &str, text: Result<String, String>) {
        if let Mode::Git(pane) = &mut self.mode
            && pane.title == title
        {
            let lines = match text {
                Ok(t) if t.trim().is_empty() => vec![match pane.kind {
                    GitPaneKind::Diff => "no changes since the last commit".to_string(),
                    GitPaneKind::Log => "no commits touch this claim".to_string(),
                }],
                Ok(t) => t.lines().map(str::to_string).collect(),
                Err(e) => vec![format!("git: {e}")],
            };
            pane.lines = Some(lines);
        }
    }
}
