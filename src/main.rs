//! The `factdesk` binary: parses arguments and hands over to the library.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

use std::process::ExitCode;

fn main() -> ExitCode {
    factdesk::cli::main()
}
