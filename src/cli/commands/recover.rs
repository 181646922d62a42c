//! `factdesk recover`: print what `safety::recover::recover` did, or why it could not.

use crate::cli::output::fail;
use crate::safety::recover::{Action, recover};
use std::path::Path;
use std::process::ExitCode;

/// Runs `factdesk recover`, printing to stdout/stderr; returns the exit code.
pub fn run(workspace: &Path, action: Action) -> ExitCode {
    match recover(workspace, action) {
        Ok(lines) => {
            for l in lines {
                println!("{l}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}
