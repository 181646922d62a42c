//! `factdesk check`: validate every story (or the stories named) and print its diagnostics (text, JSON or SARIF).

use crate::cache::check::{Report, Scope};
use crate::cli::output::{USAGE_OR_IO, fail, paint, quiet};
use crate::diag::{Diagnostic, Severity};
use crate::store;
use crate::words::plural;
use clap::ValueEnum;
use serde_json::{Value, json};
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

/// `check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// `path:line:column: severity: message`, one per line.
    Text,
    /// One JSON object: the diagnostics and the counts.
    Json,
    /// SARIF 2.1.0, which code-scanning services (GitHub, GitLab) read.
    Sarif,
}

/// `factdesk check [WORKSPACE] [PATH…] [--story S]… [--format F] [--strict]`.
pub fn check(workspace: &Path, stories: &[String], paths: &[PathBuf], format: CheckFormat, strict: bool) -> ExitCode {
    let scope = match scope(workspace, stories, paths) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match diagnostics(workspace, &scope) {
        Ok(report) => print(&report, format, strict),
        Err(code) => code,
    }
}

/// The check's findings, sorted by file, line and column: what every output format prints.
pub fn diagnostics(workspace: &Path, scope: &Scope) -> Result<Report, ExitCode> {
    let mut report = crate::cache::check::check(workspace, scope).map_err(|d| {
        eprintln!("{d}");
        ExitCode::from(USAGE_OR_IO)
    })?;
    report.diagnostics.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    Ok(report)
}

fn print(report: &Report, format: CheckFormat, strict: bool) -> ExitCode {
    let diags = &report.diagnostics;
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let failed = errors > 0 || (strict && warnings > 0);
    match format {
        CheckFormat::Text => {
            for d in diags {
                let line = d.to_string();
                let sev = if d.is_error() { ": error: " } else { ": warning: " };
                match line.split_once(sev) {
                    Some((at, msg)) => println!(
                        "{at}: {}: {msg}",
                        paint(if d.is_error() { 31 } else { 33 }, sev.trim_matches([':', ' ']))
                    ),
                    None => println!("{line}"),
                }
            }
        }
        CheckFormat::Json => {
            let v = json!({
                "ok": !failed,
                "strict": strict,
                "stories": report.stories,
                "claims": report.claims,
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diags.iter().map(diag_json).collect::<Vec<_>>(),
            });
            println!("{}", crate::sanitize::json(&serde_json::to_string_pretty(&v).unwrap_or_default()));
        }
        CheckFormat::Sarif => {
            println!("{}", crate::sanitize::json(&serde_json::to_string_pretty(&sarif(diags)).unwrap_or_default()));
        }
    }
    if !quiet() {
        eprintln!(
            "checked {}, {}: {}, {}{}",
            plural(report.stories, "story", "stories"),
            plural(report.claims, "claim", "claims"),
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings"),
            if strict && warnings > 0 && errors == 0 { " (--strict: warnings fail)" } else { "" }
        );
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn severity(d: &Diagnostic) -> &'static str {
    match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A path as a forward-slash string (SARIF uris and JSON readers on every system).
fn path_text(p: &Path) -> String {
    p.display().to_string().replace('\\', "/")
}

fn diag_json(d: &Diagnostic) -> Value {
    json!({
        "path": path_text(&d.path),
        "line": d.line,
        "column": d.column,
        "severity": severity(d),
        "message": crate::diag::cap(&d.message),
    })
}

/// The diagnostics as a SARIF 2.1.0 log: one run of the tool `factdesk`, one result per diagnostic.
pub fn sarif(diags: &[Diagnostic]) -> Value {
    let results: Vec<Value> = diags
        .iter()
        .map(|d| {
            let mut location = json!({ "artifactLocation": { "uri": path_text(&d.path) } });
            if d.line > 0 {
                location["region"] = json!({ "startLine": d.line, "startColumn": d.column.max(1) });
            }
            json!({
                "ruleId": format!("factdesk/{}", severity(d)),
                "level": severity(d),
                "message": { "text": crate::diag::cap(&d.message) },
                "locations": [{ "physicalLocation": location }],
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "factdesk",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": [
                    { "id": "factdesk/error", "shortDescription": { "text": "A story file factdesk cannot accept" } },
                    { "id": "factdesk/warning", "shortDescription": { "text": "A rule a story should meet (evidence, checks)" } }
                ]
            }},
            "results": results,
        }]
    })
}

/// Which stories `--story` and the paths name: every story when neither is given, or when the settings file is
/// among the paths (it changes every story's diagnostics).
fn scope(workspace: &Path, stories: &[String], paths: &[PathBuf]) -> Result<Scope, ExitCode> {
    if stories.is_empty() && paths.is_empty() {
        return Ok(Scope::All);
    }
    for s in stories {
        if crate::load::story_dirs_named(workspace, std::slice::from_ref(s)).is_ok_and(|d| d.is_empty()) {
            return Err(fail(&format!(
                "no story `{s}` in {}; run `factdesk list {}` to see the stories",
                workspace.display(),
                workspace.display()
            )));
        }
    }
    let mut slugs = stories.to_vec();
    for p in paths {
        match story_of(workspace, p) {
            Named::Story(s) => slugs.push(s),
            Named::Settings => return Ok(Scope::All),
            Named::Other => {}
            Named::Outside => {
                return Err(fail(&format!(
                    "{} is not in the workspace {}; pass story folders or files in them",
                    p.display(),
                    workspace.display()
                )));
            }
        }
    }
    Ok(Scope::Stories(slugs))
}

/// What a path on the command line stands for.
#[derive(Debug, PartialEq, Eq)]
enum Named {
    /// A story folder, or a file in one (it may be gone: a staged deletion).
    Story(String),
    /// The settings file.
    Settings,
    /// Something else in the workspace (a README): not a story.
    Other,
    /// Not in the workspace at all.
    Outside,
}

/// Which story folder of `workspace` the path `p` is in, comparing absolute paths without following links (a
/// staged deletion no longer exists).
fn story_of(workspace: &Path, p: &Path) -> Named {
    let abs = |x: &Path| std::path::absolute(x).map(|a| normal(&a)).ok();
    let (Some(root), Some(path)) = (abs(workspace), abs(p)) else { return Named::Outside };
    let Ok(rel) = path.strip_prefix(&root) else {
        // The same folder reached through a link (a checkout under a linked home): compare real paths.
        let real = |x: &Path| std::fs::canonicalize(x).ok();
        return match (real(workspace), p.parent().and_then(real)) {
            (Some(r), Some(parent)) if parent.join(p.file_name().unwrap_or_default()).starts_with(&r) => {
                story_of(&r, &parent.join(p.file_name().unwrap_or_default()))
            }
            _ => Named::Outside,
        };
    };
    let mut parts = rel.components();
    match (parts.next(), parts.next()) {
        (None, _) => Named::Settings,
        (Some(Component::Normal(n)), None) if n == store::CONFIG_FILE => Named::Settings,
        (Some(Component::Normal(n)), _) => {
            let dir = root.join(n);
            // A folder that holds a story file, or nothing at all (a story deleted, as a hook passes it).
            if store::is_story_candidate(&dir) || fs::symlink_metadata(&dir).is_err() {
                Named::Story(n.to_string_lossy().into_owned())
            } else {
                Named::Other
            }
        }
        _ => Named::Other,
    }
}

/// `a/./b/../c` as `a/c`, without looking at the disk.
fn normal(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_story_folders() {
        let t = tempfile::tempdir().unwrap();
        let ws = t.path().join("claims");
        std::fs::create_dir_all(ws.join("a-story")).unwrap();
        std::fs::write(ws.join("a-story").join(store::STORY_FILE), "").unwrap();
        std::fs::write(ws.join("README.md"), "").unwrap();
        assert_eq!(story_of(&ws, &ws.join("a-story/claims.yaml")), Named::Story("a-story".into()));
        assert_eq!(story_of(&ws, &ws.join("a-story/./article.txt")), Named::Story("a-story".into()));
        assert_eq!(story_of(&ws, &ws.join("a-story")), Named::Story("a-story".into()));
        assert_eq!(story_of(&ws, &ws.join("gone/claims.yaml")), Named::Story("gone".into()));
        assert_eq!(story_of(&ws, &ws.join(store::CONFIG_FILE)), Named::Settings);
        assert_eq!(story_of(&ws, &ws.join("README.md")), Named::Other);
        assert_eq!(story_of(&ws, &t.path().join("elsewhere.yaml")), Named::Outside);
        assert_eq!(story_of(&ws, &ws.join("a-story/../../x")), Named::Outside);
    }
}
