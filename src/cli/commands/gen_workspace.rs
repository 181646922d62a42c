//! `factdesk gen-workspace`: write a synthetic workspace and say what was written.

use crate::generate::generate;
use std::path::Path;

/// The `gen-workspace` subcommand.
pub fn run(dir: &Path, stories: usize, claims_per_story: usize, seed: u64) -> std::process::ExitCode {
    match generate(dir, stories, claims_per_story, seed) {
        Ok(()) => {
            println!(
                "wrote {stories} stories, {} claims to {}",
                stories * claims_per_story,
                crate::sanitize::line(&dir.display().to_string())
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("factdesk: {}", crate::sanitize::line(&e));
            std::process::ExitCode::FAILURE
        }
    }
}
