//! Articles from saved web pages: the main text (by `dom_smoothie`, a port of Mozilla's readability.js, not a
//! parser of our own) and the story's metadata from the page's `og:` tags, `article:published_time`, JSON-LD
//! `NewsArticle` and `<html lang>`. The page itself is kept beside the text as `source.html`.

use crate::model::StoryMeta;
use crate::store;
use std::path::{Path, PathBuf};

/// The file a story keeps its original page in, beside `article.txt`.
pub const SOURCE_FILE: &str = "source.html";

/// What a saved page gives a story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The main text, paragraphs separated by blank lines.
    pub text: String,
    pub title: String,
    pub outlet: String,
    pub byline: String,
    pub url: String,
    /// `YYYY-MM-DD`, or empty when the page gives no date factdesk can read.
    pub published: String,
    /// A BCP 47 tag (`en`, `pt-BR`), or empty.
    pub language: String,
}

/// Why a page gave no article.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("{}: no article text found in this page (readability found none); save the article's own page, or paste its text into a .txt file", .0.display())]
    NoText(PathBuf),
    #[error("{}: {why}", .path.display())]
    Parse { path: PathBuf, why: String },
    #[error("{0}")]
    Read(String),
    #[error("{0}")]
    Story(String),
}

/// Whether a file is a web page: named `.html`/`.htm`, or starting (after blanks and a byte order mark) with
/// `<!doctype html` or `<html`.
pub fn is_page(path: &Path, text: &str) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if matches!(ext.as_deref(), Some("html" | "htm" | "xhtml")) {
        return true;
    }
    let head: String = text.trim_start_matches('\u{feff}').trim_start().chars().take(15).collect();
    let head = head.to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Reads a saved page: its main text and metadata. `path` names the page in errors.
pub fn read_page(path: &Path, html: &str) -> Result<Page, PageError> {
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let doc = dom_query::Document::from(html);
    // The page's own address: `og:url`, else the canonical link (readability reads it only from JSON-LD).
    let meta = |sel: &str, attr: &str| {
        doc.select(sel).iter().find_map(|s| s.attr(attr).map(|v| v.trim().to_string()).filter(|v| !v.is_empty()))
    };
    let meta_url = meta(r#"meta[property="og:url"]"#, "content").or_else(|| meta(r#"link[rel="canonical"]"#, "href"));
    // The outlet as it names itself (`og:site_name`: "El País"), before JSON-LD's publisher, often the company
    // behind it ("Ediciones EL PAÍS").
    let site_name = meta(r#"meta[property="og:site_name"]"#, "content");
    let mut r = dom_smoothie::Readability::with_document(doc, None, Some(cfg))
        .map_err(|e| PageError::Parse { path: path.to_path_buf(), why: e.to_string() })?;
    let a = r.parse().map_err(|_| PageError::NoText(path.to_path_buf()))?;
    let text = paragraphs(&a.text_content);
    // Less than readability's own "probably readable" minimum (140 characters) is a menu or a stub, no article.
    if text.trim().chars().count() < 140 {
        return Err(PageError::NoText(path.to_path_buf()));
    }
    let clean = |s: Option<String>| s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default();
    let published = a.published_time.as_deref().map(date_of).unwrap_or_default();
    Ok(Page {
        text,
        title: clean(Some(a.title)),
        outlet: clean(site_name.or(a.site_name)),
        byline: clean(a.byline).trim_start_matches("By ").trim_start_matches("by ").to_string(),
        url: clean(a.url.or(meta_url)).split_whitespace().next().unwrap_or("").to_string(),
        published,
        language: clean(a.lang),
    })
}

/// The date part of an ISO 8601 time (`2025-06-26T10:20:00Z` → `2025-06-26`), or empty.
fn date_of(time: &str) -> String {
    let d: String = time.trim().chars().take(10).collect();
    if crate::dates::is_date(&d) { d } else { String::new() }
}

/// The text with one blank line between paragraphs and no blank runs or trailing spaces.
fn paragraphs(text: &str) -> String {
    let mut out = String::new();
    for p in text.split('\n').map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()) {
        out.push_str(&p);
        out.push_str("\n\n");
    }
    let mut out = out.trim_end().to_string();
    out.push('\n');
    out
}

/// Fills the story's empty fields from the page; what the journalist already wrote is kept.
pub fn fill_meta(meta: &mut StoryMeta, page: &Page) {
    for (field, value) in [
        (&mut meta.outlet, &page.outlet),
        (&mut meta.byline, &page.byline),
        (&mut meta.url, &page.url),
        (&mut meta.published, &page.published),
        (&mut meta.language, &page.language),
    ] {
        if field.is_empty() && !value.is_empty() {
            *field = value.clone();
        }
    }
    if meta.title.is_empty() && !page.title.is_empty() {
        meta.title = page.title.clone();
    }
}

/// Reads a page the user named (links followed, only a regular file, at most an article's size, UTF-8).
pub fn read_page_file(path: &Path) -> Result<(String, Page), PageError> {
    let bytes = store::read_user_file(path, store::MAX_ARTICLE_BYTES).map_err(|d| PageError::Read(d.to_string()))?;
    let html = store::decode_utf8(path, bytes, "the page").map_err(|d| PageError::Read(d.to_string()))?;
    let page = read_page(path, &html)?;
    Ok((html, page))
}

/// After a story's article came from a page: keeps the page as `source.html` beside it and fills the story's
/// empty metadata from the page (saved keeping the file's layout).
pub fn keep_source(story_dir: &Path, html: &str, page: &Page) -> Result<Vec<String>, PageError> {
    let target = story_dir.join(SOURCE_FILE);
    crate::boundary::check_write_target(&target).map_err(|e| PageError::Story(e.to_string()))?;
    store::write_atomic(&target, html.as_bytes())
        .map_err(|e| PageError::Story(format!("{}: cannot write: {e}", target.display())))?;
    let mut diags = Vec::new();
    let Some(mut story) = store::load_story(story_dir, &mut diags) else {
        let why: Vec<String> = diags.iter().map(ToString::to_string).collect();
        return Err(PageError::Story(why.join("; ")));
    };
    let before = story.file.story.clone();
    fill_meta(&mut story.file.story, page);
    let mut filled = Vec::new();
    let m = &story.file.story;
    for (name, old, new) in [
        ("title", &before.title, &m.title),
        ("outlet", &before.outlet, &m.outlet),
        ("byline", &before.byline, &m.byline),
        ("url", &before.url, &m.url),
        ("published", &before.published, &m.published),
        ("language", &before.language, &m.language),
    ] {
        if old != new {
            filled.push(format!("{name}: {}", crate::sanitize::line(new)));
        }
    }
    if !filled.is_empty() {
        store::save_story(&mut story).map_err(|e| PageError::Story(e.to_string()))?;
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_paragraphs() {
        assert_eq!(date_of("2025-06-26T10:20:00+02:00"), "2025-06-26");
        assert_eq!(date_of("June 26, 2025"), "");
        assert_eq!(paragraphs("  One  two.\n\n\n Three.  \n"), "One two.\n\nThree.\n");
        assert!(is_page(Path::new("a.HTML"), ""));
        assert!(is_page(Path::new("a.txt"), "\u{feff}  <!DOCTYPE html><html>"));
        assert!(!is_page(Path::new("a.txt"), "The minister said <b>"));
    }
}
