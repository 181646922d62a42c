//! Loading a workspace: the story folders parsed and checked, with the diagnostics every loader reports.

use crate::diag::Diagnostic;
use crate::model::WorkspaceConfig;
use crate::store::{MAX_NODES_TOTAL, NodeBudget, Story, Workspace, load_config, load_story, story_dirs, validate};
use std::path::Path;

/// Loads every story under `root` (each subfolder holding a `claims.yaml`), in name order.
pub fn load_workspace(root: &Path) -> Result<Workspace, Diagnostic> {
    let dirs = story_dirs(root)?;
    let budget = NodeBudget::new(MAX_NODES_TOTAL);
    let _scope = NodeBudget::enter(&budget);
    let mut diagnostics = Vec::new();
    let config = load_config(root).unwrap_or_else(|d| {
        diagnostics.push(d);
        WorkspaceConfig::default()
    });
    let stories = dirs.iter().filter_map(|dir| load_checked(dir, &config, &mut diagnostics)).collect();
    diagnostics.extend(crate::safety::journal::diagnostics(root));
    Ok(Workspace { root: root.to_path_buf(), config, stories, diagnostics })
}

/// Loads one story folder and checks it (the format's rules, numeric checks, evidence rules), as every loader
/// does: the whole workspace, the cache, and `R` for a story that could not be read before. Problems go to `diags`.
pub fn load_checked(dir: &Path, config: &WorkspaceConfig, diags: &mut Vec<Diagnostic>) -> Option<Story> {
    let mut story = load_story(dir, diags)?;
    diags.extend(validate(&story, config));
    diags.extend(crate::checks::story_warnings(&story, config));
    // Checked: the text is read again only when wanted (see `Story::text`).
    story.disk_text = None;
    Some(story)
}
