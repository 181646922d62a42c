//! `factdesk check`: validate every story and print its diagnostics (text, JSON or SARIF).

use crate::cli::output::{load, paint, quiet};
use crate::diag::{Diagnostic, Severity};
use crate::words::plural;
use clap::ValueEnum;
use serde_json::{Value, json};
use std::path::Path;
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

pub fn check(workspace: &Path, format: CheckFormat, strict: bool) -> ExitCode {
    let ws = match load(workspace) {
        Ok(ws) => ws,
        Err(code) => return code,
    };
    let mut diags = ws.diagnostics.clone();
    diags.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let claims: usize = ws.stories.iter().map(|s| s.file.claims.len()).sum();
    let failed = errors > 0 || (strict && warnings > 0);
    match format {
        CheckFormat::Text => {
            for d in &diags {
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
                "stories": ws.stories.len(),
                "claims": claims,
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diags.iter().map(diag_json).collect::<Vec<_>>(),
            });
            println!("{}", crate::sanitize::json(&serde_json::to_string_pretty(&v).unwrap_or_default()));
        }
        CheckFormat::Sarif => {
            println!("{}", crate::sanitize::json(&serde_json::to_string_pretty(&sarif(&diags)).unwrap_or_default()));
        }
    }
    if !quiet() {
        eprintln!(
            "checked {}, {}: {}, {}{}",
            plural(ws.stories.len(), "story", "stories"),
            plural(claims, "claim", "claims"),
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
