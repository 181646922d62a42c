//! `factdesk check`: validate every story and print its diagnostics.

use crate::cli::output::load;
use crate::words::plural;
use std::path::Path;
use std::process::ExitCode;

pub fn check(workspace: &Path) -> ExitCode {
    let ws = match load(workspace) {
        Ok(ws) => ws,
        Err(code) => return code,
    };
    let mut diags = ws.diagnostics.clone();
    diags.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    for d in &diags {
        println!("{d}");
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let claims: usize = ws.stories.iter().map(|s| s.file.claims.len()).sum();
    eprintln!(
        "checked {}, {}: {}, {}",
        plural(ws.stories.len(), "story", "stories"),
        plural(claims, "claim", "claims"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    );
    if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
