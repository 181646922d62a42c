//! `factdesk gen-workspace`: write a synthetic workspace and say what was written.

use crate::cli::output::fail;
use crate::generate::generate;
use crate::sanitize;
use std::path::Path;
use std::process::ExitCode;

/// The `gen-workspace` subcommand.
pub fn run(dir: &Path, stories: usize, claims_per_story: usize, seed: u64) -> ExitCode {
    match generate(dir, stories, claims_per_story, seed) {
        Ok(()) => {
            println!(
                "wrote {stories} stories, {} claims to {}",
                stories * claims_per_story,
                sanitize::line(&dir.display().to_string())
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}
