//! `factdesk score`: one check-worthiness score per line of standard input.

use crate::cli::output::fail;
use crate::extract::model::Model;
use crate::extract::score::score_lines;
use crate::words::plural;
use clap::Args;
use std::io;
use std::process::ExitCode;

/// `factdesk score`: one sentence per line on stdin, one score per line on stdout.
#[derive(Debug, Args)]
pub struct ScoreArgs {}

/// Runs `factdesk score`.
pub fn score(_: ScoreArgs) -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match score_lines(Model::embedded(), stdin.lock(), &mut out) {
        Ok(scored) => {
            if let Some(first) = scored.not_utf8.first() {
                let shown: Vec<String> = scored.not_utf8.iter().take(10).map(usize::to_string).collect();
                let more = if scored.not_utf8.len() > 10 { ", …" } else { "" };
                eprintln!(
                    "warning: stdin:{first}: {} not UTF-8 (line {}{more}); scored with the bad bytes replaced by \
                     U+FFFD; re-save the text as UTF-8",
                    plural(scored.not_utf8.len(), "line is", "lines are"),
                    shown.join(", ")
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("score: {e}")),
    }
}
