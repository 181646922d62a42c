//! Publishing a story to ClaimReview JSON-LD, a Markdown report, CSV or JSON (the UI's export, and
//! `factdesk export` in `cli::commands::export`).

pub mod claimreview;
pub mod markdown;
pub mod spreadsheet;

use crate::boundary::BoundaryError;
use crate::diag::Diagnostic;
use crate::store::{self, Story, Workspace};
use crate::{model, sanitize};
use std::path::{Path, PathBuf};

/// What to export to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// schema.org ClaimReview JSON-LD, one per claim with a verdict.
    Claimreview,
    /// A report ready to paste into a CMS: the reviewed and published claims.
    Markdown,
    /// One row per claim (RFC 4180, with a byte order mark), ClaimReview's fields first.
    Csv,
    /// The whole story, for other tools.
    Json,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: &'static [Format] = &[Format::Claimreview, Format::Markdown, Format::Csv, Format::Json];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Claimreview => "claimreview",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    /// The file name ending for this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Claimreview => "claimreview.json",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    /// A file name for a story's export, e.g. `cambodia-scam-compounds.md`.
    pub fn file_name(self, slug: &str) -> String {
        format!("{slug}.{}", self.extension())
    }
}

/// Settings of one export that do not come from the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The date the Markdown report says the story was fact-checked, `YYYY-MM-DD`. (ClaimReview's `datePublished`
    /// is each claim's own `published_at`, never this.)
    pub date: String,
    /// The Markdown report shows every claim, not only the `reviewed` and `published` ones (`--all`).
    pub all_claims: bool,
    /// The CSV starts with a UTF-8 byte order mark, so that Excel opens it as UTF-8 (on unless `--no-bom`).
    pub bom: bool,
}

impl Options {
    /// The defaults the UI's export uses: reviewed and published claims only, a byte order mark on the CSV.
    pub fn new(date: String) -> Self {
        Options { date, all_claims: false, bom: true }
    }
}

/// An export's text, with the warnings and notes to show beside it.
#[derive(Debug, Clone, Default)]
pub struct Exported {
    pub text: String,
    /// Problems worth fixing that did not stop the export (e.g. a claimReviewed over 75 characters).
    pub warnings: Vec<Diagnostic>,
    /// Plain information, e.g. which claims were left out and why.
    pub notes: Vec<String>,
}

/// Exports one story. Errors name the file, line and setting to fix.
pub fn export(ws: &Workspace, story: &Story, format: Format, opts: &Options) -> Result<Exported, Vec<Diagnostic>> {
    // The story as it is now (the UI exports unsaved edits too): a duplicate id or an unknown verdict would go out
    // in the report, so every export refuses, as `factdesk check` would fail.
    let errors: Vec<Diagnostic> =
        crate::checks::format::validate(story, &ws.config).into_iter().filter(Diagnostic::is_error).collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    match format {
        Format::Claimreview => claimreview::export(ws, story, opts),
        Format::Markdown => Ok(markdown::export(ws, story, opts)),
        Format::Csv => spreadsheet::export(ws, story, opts).map_err(|e| vec![e]),
        Format::Json => Ok(Exported { text: json(story), ..Default::default() }),
    }
}

/// The whole story as pretty JSON, with its slug.
pub fn json(story: &Story) -> String {
    let mut v = serde_json::to_value(&story.file).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("slug".into(), story.slug.clone().into());
    }
    json_text(&v)
}

/// Pretty JSON in which every character a terminal would act on or hide (C1 controls, DEL, bidi overrides,
/// zero-width characters) is written as a `\uXXXX` escape. The data is unchanged; only its spelling is.
pub fn json_text(v: &serde_json::Value) -> String {
    let mut out = sanitize::json(&serde_json::to_string_pretty(v).unwrap_or_default());
    out.push('\n');
    out
}

/// Why a story could not be exported where it was asked to go.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The named story's folder is there, but its file could not be read (the first error in it).
    #[error("story `{slug}` could not be read: {error}")]
    Unreadable { slug: String, error: Diagnostic },
    /// No story of that name.
    #[error("no story `{slug}` in {}; the stories are: {}", root.display(), stories.join(", "))]
    NoSuchStory { slug: String, root: PathBuf, stories: Vec<String> },
    /// The workspace has no story at all.
    #[error("{} holds no stories to export", .0.display())]
    NoStories(PathBuf),
    /// No story named, and more than one to choose from.
    #[error("pick a story with --story; the stories are: {}", .0.join(", "))]
    Ambiguous(Vec<String>),
    /// The output path is a folder.
    #[error("`{}` is a folder where the export file would go; remove or rename it (or, on the command line, give -o a file name)", .0.display())]
    OutputIsFolder(PathBuf),
    /// The output path is refused by the path policy (a link, FIFO, device…).
    #[error("refusing to write the export to {0}; give -o a new or regular file, or `-` for standard output")]
    OutputRefused(#[source] BoundaryError),
    /// The output path is one of factdesk's own files, or inside a story folder.
    #[error("refusing to write the export over `{}`: {}", .0.display(), BoundaryError::OwnFile(.0.clone()).reason())]
    OwnFile(PathBuf),
}

/// For the UI's status line, which shows the message.
impl From<ExportError> for String {
    fn from(e: ExportError) -> String {
        e.to_string()
    }
}

/// Picks the story to export: the one named, or the only one.
pub fn pick_story<'a>(ws: &'a Workspace, slug: Option<&str>) -> Result<&'a Story, ExportError> {
    let names = || ws.stories.iter().map(|s| s.slug.clone()).collect::<Vec<_>>();
    match slug {
        Some(s) => ws.story(s).ok_or_else(|| {
            // A story folder whose file could not be read is there, only broken: say why, not that it is missing.
            let dir = ws.root.join(s);
            match ws.errors_in(&dir).next() {
                Some(d) => ExportError::Unreadable { slug: s.to_string(), error: d.clone() },
                None => ExportError::NoSuchStory { slug: s.to_string(), root: ws.root.clone(), stories: names() },
            }
        }),
        None if ws.stories.len() == 1 => Ok(&ws.stories[0]),
        None if ws.stories.is_empty() => Err(ExportError::NoStories(ws.root.clone())),
        None => Err(ExportError::Ambiguous(names())),
    }
}

/// Refuses output paths that are not plain files or that would overwrite factdesk's own files: story files,
/// articles, settings, journals, locks, anything inside a story folder. A symbolic link, FIFO, device or folder is
/// refused with what it is (`/dev/full` is never replaced by a regular file, a FIFO never blocks the export).
pub fn guard_output(ws: &Workspace, out: &Path) -> Result<(), ExportError> {
    use crate::boundary::{self, Kind};
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if let Err(e) = boundary::check_write_target(out) {
        return Err(match e {
            BoundaryError::NotRegular(_, Kind::Dir) => ExportError::OutputIsFolder(out.to_path_buf()),
            e => ExportError::OutputRefused(e),
        });
    }
    let canon = |p: &Path| std::fs::canonicalize(p).ok();
    // Where the file would go, with the links of the folders on the way resolved.
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let target = canon(parent).map(|p| p.join(name));
    let protected =
        ws.stories.iter().flat_map(|s| [s.path(), s.article_path()]).chain([ws.root.join(store::CONFIG_FILE)]);
    let hits_workspace_file = target.is_some() && protected.into_iter().any(|p| canon(&p) == target);
    // Inside any story folder, loaded or not (one stuck in a merge did not load, and its article is still a
    // journalist's work): a folder on the way up that holds a `claims.yaml`.
    let in_story_folder = target.as_ref().is_some_and(|t| {
        t.ancestors().skip(1).any(|d| std::fs::symlink_metadata(d.join(store::STORY_FILE)).is_ok())
            || ws.stories.iter().filter_map(|s| canon(&s.dir)).any(|d| t.starts_with(&d))
    });
    let article_name = name == "article.txt" || ws.stories.iter().any(|s| s.file.story.article == name);
    if boundary::is_own_file_name(name) || article_name || hits_workspace_file || in_story_folder {
        return Err(ExportError::OwnFile(out.to_path_buf()));
    }
    Ok(())
}

/// The verdict of a claim on the workspace's scale, if it has one.
pub fn verdict_of<'a>(ws: &'a Workspace, claim: &model::Claim) -> Option<&'a model::Verdict> {
    if claim.verdict.is_empty() { None } else { ws.config.verdict(&claim.verdict) }
}

/// A verdict's human label: its label, else its name, else `—` when there is none.
pub fn verdict_label(ws: &Workspace, claim: &model::Claim) -> String {
    match verdict_of(ws, claim) {
        Some(v) if !v.label.is_empty() => v.label.clone(),
        Some(v) => v.name.clone(),
        None if claim.verdict.is_empty() => "—".into(),
        None => claim.verdict.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_text_escapes_what_a_terminal_would_act_on() {
        let v = serde_json::json!({"t": "a\u{1b}[2Jb\u{202e}c\u{9b}d\u{200b}e ខ្មែរ"});
        let s = json_text(&v);
        assert!(s.contains(r"a\u001b[2Jb\u202ec\u009bd\u200be ខ្មែរ"), "{s}");
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn formats_have_file_names() {
        // That `--format` takes each `name()` is tested with the command, in cli::commands::export.
        assert_eq!(Format::Claimreview.file_name("s"), "s.claimreview.json");
    }
}
