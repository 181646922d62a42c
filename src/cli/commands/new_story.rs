//! `factdesk new-story`: create a story folder from an article and say where.

use crate::cli::output::fail;
use crate::sanitize;
use crate::store;
use std::path::Path;
use std::process::ExitCode;

/// Runs `factdesk new-story SLUG --article FILE [--title T] [--workspace DIR]` (`--article -`: standard input).
pub fn run(slug: &str, article: &Path, title: Option<&str>, workspace: &Path) -> ExitCode {
    let held = if article.as_os_str() == "-" {
        match super::extract::read_stdin().and_then(|t| super::extract::stdin_file(&t)) {
            Ok(f) => Some(f),
            Err(e) => return fail(&e),
        }
    } else {
        None
    };
    let article = held.as_ref().map_or(article, |t| t.path());
    match store::new_story(workspace, slug, article, title) {
        Ok(dir) => {
            println!("created {}", sanitize::line(&dir.display().to_string()));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}
