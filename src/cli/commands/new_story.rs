//! `factdesk new-story`: create a story folder from an article and say where.

use crate::cli::output::fail;
use crate::sanitize;
use crate::store;
use std::path::Path;
use std::process::ExitCode;

/// Runs `factdesk new-story SLUG --article FILE [--title T] [--workspace DIR]` (`--article -`: standard input). A
/// saved web page gives its main text as the article, fills the story's metadata and is kept as source.html.
pub fn run(slug: &str, article: &Path, title: Option<&str>, workspace: &Path) -> ExitCode {
    use super::extract::{from_page, read_stdin, stdin_file};
    use crate::extract::page;
    let text = if article.as_os_str() == "-" {
        match read_stdin() {
            Ok(t) => Some(t),
            Err(e) => return fail(&e),
        }
    } else {
        // Read to see whether it is a page; a file that cannot be read is reported by new_story below.
        store::read_user_file(article, store::MAX_ARTICLE_BYTES)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .filter(|t| page::is_page(article, t))
    };
    let page = match text.as_deref().filter(|t| page::is_page(article, t)) {
        Some(html) => match page::read_page(article, html) {
            Ok(p) => Some((html.to_string(), p)),
            Err(e) => return fail(&e.to_string()),
        },
        None => None,
    };
    let body = page.as_ref().map(|(_, p)| p.text.clone()).or(text);
    let held = match (article.as_os_str() == "-" || page.is_some()).then(|| body.as_deref().map(stdin_file)) {
        Some(Some(Ok(f))) => Some(f),
        Some(Some(Err(e))) => return fail(&e),
        _ => None,
    };
    let path = held.as_ref().map_or(article, |t| t.path());
    let title =
        title.map(str::to_string).or_else(|| page.as_ref().map(|(_, p)| p.title.clone()).filter(|t| !t.is_empty()));
    match store::new_story(workspace, slug, path, title.as_deref()) {
        Ok(dir) => {
            println!("created {}", sanitize::line(&dir.display().to_string()));
            if let Some((html, p)) = &page {
                match page::keep_source(&dir, html, p) {
                    Ok(filled) => println!("{}", from_page(&filled)),
                    Err(e) => return fail(&e.to_string()),
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}
