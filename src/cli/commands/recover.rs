//! `factdesk recover`: print what `recover::recover` did, or why it could not.

use crate::cli::output::fail;
use crate::recover::{Action, Recovered, recover};
use std::path::Path;
use std::process::ExitCode;

/// Runs `factdesk recover`, printing to stdout/stderr; returns the exit code.
/// A journal that cannot be read (a link, a FIFO, a bomb, damaged) is an error: listed with the rest, then said
/// on standard error, and the command fails, so a script does not take the listing as whole.
pub fn run(workspace: &Path, action: Action) -> ExitCode {
    match recover(workspace, action) {
        Ok(Recovered { lines, unreadable }) => {
            for l in lines {
                println!("{l}");
            }
            if unreadable > 0 {
                return fail(&format!(
                    "{} could not be read (see above): fix or remove {}, then run recover again",
                    crate::words::plural(unreadable, "journal", "journals"),
                    if unreadable == 1 { "it" } else { "them" }
                ));
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}
