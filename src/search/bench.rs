//! `factdesk bench-scale`: the archive-scale benchmark (load, filter, similar, save, memory).

use std::path::Path;
use std::process::ExitCode;

pub fn run(_dir: &Path, _sizes: &str) -> ExitCode {
    ExitCode::FAILURE
}
