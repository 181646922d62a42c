//! Other newsrooms' fact-checks: schema.org ClaimReview JSON-LD (one review, an array, a `@graph`, or a saved
//! page's `<script type="application/ld+json">`) imported into the workspace's read-only `archive/` folder, one
//! YAML file per import, and loaded back so "has anyone checked this before?" looks beyond our own claims.

use crate::diag::Diagnostic;
use crate::store;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The folder of imported fact-checks, inside the workspace (never a story: it holds no claims.yaml).
pub const ARCHIVE_DIR: &str = "archive";

/// One fact-check published by someone else.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct External {
    /// The claim checked (`claimReviewed`).
    pub claim: String,
    /// The verdict in words (`reviewRating.alternateName`).
    pub rating: String,
    /// `reviewRating.ratingValue`, on the reviewer's own scale (`best`..`worst`), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating_value: Option<f64>,
    /// Who published the check (`author.name`).
    pub outlet: String,
    /// Where the check is published (`url`).
    pub url: String,
    /// Who made the claim (`itemReviewed.author.name`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub claimant: String,
    /// `datePublished` of the check.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// `inLanguage`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
}

/// One file of `archive/`: what one import brought.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArchiveFile {
    /// The file imported (its name, as given).
    pub source: String,
    /// The day of the import, YYYY-MM-DD.
    pub imported: String,
    pub reviews: Vec<External>,
}

/// Why an import failed.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("{}:{line}:{column}: not JSON: {why}; give a ClaimReview JSON-LD file, or a saved page that holds one", .path.display())]
    NotJson { path: PathBuf, line: usize, column: usize, why: String },
    #[error("{}: no ClaimReview found (looked for \"@type\": \"ClaimReview\" in the JSON, its arrays and @graph); nothing was imported", .0.display())]
    NoReviews(PathBuf),
    #[error("{0}")]
    Read(String),
    #[error("{}: cannot write: {why}; check the workspace folder's permissions", .path.display())]
    Write { path: PathBuf, why: String },
}

/// Every ClaimReview in a JSON-LD text, or in the `ld+json` scripts of a saved page. Reviews without a
/// `claimReviewed` are counted in the second value and left out.
pub fn parse(path: &Path, text: &str) -> Result<(Vec<External>, usize), ArchiveError> {
    let mut values = Vec::new();
    if crate::extract::page::is_page(path, text) {
        let doc = dom_query::Document::from(text);
        for s in doc.select(r#"script[type="application/ld+json"]"#).iter() {
            // A page's broken block is skipped: the others may hold the reviews.
            if let Ok(v) = serde_json::from_str::<Value>(s.text().trim()) {
                values.push(v);
            }
        }
    } else {
        let v = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')).map_err(|e| {
            ArchiveError::NotJson { path: path.to_path_buf(), line: e.line(), column: e.column(), why: e.to_string() }
        })?;
        values.push(v);
    }
    let mut found = Vec::new();
    for v in &values {
        collect(v, &mut found, 0);
    }
    let mut out: Vec<External> = Vec::new();
    let mut skipped = 0;
    for r in found {
        match review(r) {
            Some(e) if !out.iter().any(|o| !e.url.is_empty() && o.url == e.url && o.claim == e.claim) => out.push(e),
            Some(_) => {}
            None => skipped += 1,
        }
    }
    if out.is_empty() && skipped == 0 {
        return Err(ArchiveError::NoReviews(path.to_path_buf()));
    }
    Ok((out, skipped))
}

fn is_claim_review(v: &Value) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => t == "ClaimReview",
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some("ClaimReview")),
        _ => false,
    }
}

/// Finds ClaimReview objects anywhere in a JSON-LD value (arrays, `@graph`, nested properties), at most 32 deep.
fn collect<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 32 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect(i, out, depth + 1)),
        Value::Object(map) => {
            if is_claim_review(v) {
                out.push(v);
                return;
            }
            map.values().for_each(|i| collect(i, out, depth + 1));
        }
        _ => {}
    }
}

/// A JSON-LD text value: a string, or the `name` of an object, or the first of an array of those.
fn text_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.split_whitespace().collect::<Vec<_>>().join(" "),
        Some(Value::Object(o)) => text_of(o.get("name").or_else(|| o.get("@value"))),
        Some(Value::Array(a)) => text_of(a.first()),
        _ => String::new(),
    }
}

fn review(r: &Value) -> Option<External> {
    let claim = text_of(r.get("claimReviewed"));
    if claim.is_empty() {
        return None;
    }
    let rating = r.get("reviewRating");
    let rating_value = rating.and_then(|x| x.get("ratingValue")).and_then(|v| match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    });
    let url = text_of(r.get("url"));
    Some(External {
        claim,
        rating: text_of(rating.and_then(|x| x.get("alternateName"))),
        rating_value,
        outlet: text_of(r.get("author")),
        url,
        claimant: text_of(r.get("itemReviewed").and_then(|i| i.get("author"))),
        date: text_of(r.get("datePublished")).chars().take(10).collect(),
        language: text_of(r.get("inLanguage")),
    })
}

/// Writes an import as `archive/<name>.yaml` (replacing an earlier import of the same name), creating the folder.
pub fn import(
    root: &Path,
    name: &str,
    source: &str,
    today: &str,
    reviews: Vec<External>,
) -> Result<PathBuf, ArchiveError> {
    let dir = root.join(ARCHIVE_DIR);
    if std::fs::symlink_metadata(&dir).is_err() {
        std::fs::create_dir_all(&dir).map_err(|e| ArchiveError::Write { path: dir.clone(), why: e.to_string() })?;
    }
    crate::boundary::real_dir(&dir).map_err(|e| ArchiveError::Read(e.to_string()))?;
    let path = dir.join(format!("{}.yaml", crate::model::slugify(name, 60)));
    crate::boundary::check_write_target(&path).map_err(|e| ArchiveError::Read(e.to_string()))?;
    let file = ArchiveFile { source: source.to_string(), imported: today.to_string(), reviews };
    let body =
        serde_yaml::to_string(&file).map_err(|e| ArchiveError::Write { path: path.clone(), why: e.to_string() })?;
    let text = format!(
        "# Fact-checks published by others, imported by `factdesk import-claimreview`. Read-only: import the\n\
         # file again to update it. `factdesk similar` and the UI's similar-claims panel show them as external.\n{body}"
    );
    store::write_atomic(&path, text.as_bytes())
        .map_err(|e| ArchiveError::Write { path: path.clone(), why: e.to_string() })?;
    Ok(path)
}

/// Every imported fact-check in `root/archive/` (files in name order; a url seen before is left out), and the
/// files that could not be read. No archive folder: nothing, and no diagnostic.
pub fn load(root: &Path) -> (Vec<External>, Vec<Diagnostic>) {
    let dir = root.join(ARCHIVE_DIR);
    let (mut out, mut diags) = (Vec::new(), Vec::new());
    let Ok(entries) = std::fs::read_dir(&dir) else { return (out, diags) };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    for path in files {
        let text = store::read_limited(&path, store::MAX_YAML_BYTES)
            .and_then(|b| store::decode_utf8(&path, b, "the archive file"));
        match text.and_then(|t| crate::yaml::parse_yaml::<ArchiveFile>(&path, &t, "import a ClaimReview file again")) {
            Ok(f) => {
                for r in f.reviews {
                    if r.url.is_empty() || !out.iter().any(|o: &External| o.url == r.url && o.claim == r.claim) {
                        out.push(r);
                    }
                }
            }
            Err(d) => diags.push(d),
        }
    }
    (out, diags)
}

/// The imported fact-checks that say nearly the same as `text`, best first, at least
/// [`crate::similar::RELATED`] alike (weaker ones would be noise from another newsroom): the hook `similar` and its
/// UI panel use.
pub fn similar<'a>(externals: &'a [External], text: &str, limit: usize) -> Vec<(f32, &'a External)> {
    use crate::similar::{DocRef, SimilarIndex};
    let index = SimilarIndex::from_texts(
        externals.iter().enumerate().map(|(i, e)| (DocRef { story: 0, claim: i as u32 }, e.claim.as_str())),
    );
    let (hits, _) = index.similar_to_text(text, limit);
    hits.into_iter()
        .filter(|h| h.score >= crate::similar::RELATED)
        .filter_map(|h| externals.get(h.doc.claim as usize).map(|e| (h.score, e)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_reviews_in_objects_arrays_graphs_and_pages() {
        let one = r#"{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"The moon is  cheese",
            "url":"https://checks.example/1","author":{"@type":"Organization","name":"Checks"},
            "reviewRating":{"@type":"Rating","alternateName":"False","ratingValue":"1"},
            "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"A. Person"}},"datePublished":"2025-01-02T10:00:00Z"}"#;
        let (r, skipped) = parse(Path::new("x.json"), one).unwrap();
        assert_eq!(skipped, 0);
        assert_eq!(r[0].claim, "The moon is cheese");
        assert_eq!((r[0].rating.as_str(), r[0].rating_value, r[0].outlet.as_str()), ("False", Some(1.0), "Checks"));
        assert_eq!((r[0].claimant.as_str(), r[0].date.as_str()), ("A. Person", "2025-01-02"));
        let graph = format!(r#"{{"@graph":[{one},{{"@type":["ClaimReview"],"url":"u2"}}]}}"#);
        let (r, skipped) = parse(Path::new("x.json"), &graph).unwrap();
        assert_eq!((r.len(), skipped), (1, 1), "a review without claimReviewed is counted, not kept");
        let page =
            format!("<!doctype html><html><head><script type=\"application/ld+json\">[{one}]</script></head></html>");
        assert_eq!(parse(Path::new("p.html"), &page).unwrap().0.len(), 1);
        assert!(matches!(parse(Path::new("x.json"), "{\"@type\":\"Article\"}"), Err(ArchiveError::NoReviews(_))));
        let err = parse(Path::new("x.json"), "{\n oops").unwrap_err().to_string();
        assert!(err.starts_with("x.json:2:"), "{err}");
    }
}
