//! What every command shares: the `--format` choice, error and load helpers, the "left out" report, claim JSON.

use crate::store::{self, Workspace};
use crate::words::plural;
use crate::{anchor, sanitize};
use clap::ValueEnum;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

pub fn fail(msg: &str) -> ExitCode {
    eprintln!("factdesk: {}", sanitize::line(msg));
    ExitCode::FAILURE
}

pub fn load(workspace: &Path) -> Result<Workspace, ExitCode> {
    crate::load::load_workspace(workspace).map_err(|d| {
        eprintln!("{d}");
        ExitCode::FAILURE
    })
}

/// A listing leaves out stories that could not be read (a refused link or FIFO, a broken file): says so on standard
/// error and fails, so a script does not take the output as whole. `SUCCESS` when every story was read.
/// A settings file that could not be read (a link, a FIFO, bad YAML) is said too: the listing then used the
/// default verdict scale.
pub fn left_out(ws: &Workspace) -> ExitCode {
    left_out_of(ws, &ws.unreadable())
}

/// [`left_out`] with the unreadable stories' problems given: a streamed listing holds no stories to ask.
pub fn left_out_of(ws: &Workspace, unreadable: &[&crate::diag::Diagnostic]) -> ExitCode {
    for d in unreadable {
        eprintln!("{d}");
    }
    let config = ws.root.join(store::CONFIG_FILE);
    let settings: Vec<_> = ws.errors_in(&config).collect();
    for d in &settings {
        eprintln!("{d}");
    }
    if !settings.is_empty() {
        eprintln!("the settings file could not be read: the default verdicts were used (see `factdesk check`)");
    }
    if !unreadable.is_empty() {
        eprintln!("{} left out: fix the file (see `factdesk check`)", plural(unreadable.len(), "story", "stories"));
    }
    if unreadable.is_empty() && settings.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// A claim as JSON, with its story's slug and its anchor.
pub fn claim_json(story: &store::Story, i: usize) -> serde_json::Value {
    let c = &story.file.claims[i];
    let mut v = serde_json::to_value(c).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("story".into(), story.slug.clone().into());
        let orphaned = story.anchors.get(i).is_none_or(anchor::Anchor::is_orphaned);
        obj.insert("orphaned".into(), orphaned.into());
    }
    v
}
