//! Measures "checked before?" on CLEF-2020 CheckThat! Task 2 (verified claim retrieval): tweets to be matched
//! against the claims Snopes had already verified, scored by MAP@1, MAP@5 and recall@10 as the task's
//! scorer (trectools) computes them.
//!
//! The data ("free for general research use", <https://github.com/sshaar/clef2020-factchecking-task2>) is
//! never shipped: the benchmark reads a folder given on the command line, laid out as `data/v3.zip` unpacks
//! (`verified_claims.docs.tsv`, `train/` and `dev/` with `tweets.queries.tsv` and
//! `tweet-vclaim-pairs.qrels`), with `test-input/test-input.zip` unpacked into `test/`.

use super::{DocRef, Fields, Params, Similar, SimilarIndex};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Why the data could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("{path}: {source}; pass the folder that holds verified_claims.docs.tsv and train/, dev/, test/")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}, line {line}: {what}")]
    Format { path: PathBuf, line: usize, what: String },
}

/// One verified claim: the claim as Snopes wrote it and the title of its review.
#[derive(Debug, Clone)]
pub struct Verified {
    pub id: String,
    pub claim: String,
    pub title: String,
}

/// A split's tweets and the verified claims that answer each.
#[derive(Debug, Clone, Default)]
pub struct Split {
    pub queries: Vec<(String, String)>,
    pub qrels: HashMap<String, HashSet<String>>,
}

/// Reads a tab-separated file whose fields may be quoted ("" inside quotes is a quote; a quoted field may
/// hold tabs and newlines). Returns every row with its first line number.
fn read_tsv(path: &Path) -> Result<Vec<(usize, Vec<String>)>, BenchError> {
    let text = std::fs::read_to_string(path).map_err(|source| BenchError::Read { path: path.into(), source })?;
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let (mut line, mut row_line) = (1, 1);
    let mut chars = text.chars().peekable();
    let mut at_start = true;
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '\t' => {
                fields.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\n' => {
                fields.push(std::mem::take(&mut field));
                rows.push((row_line, std::mem::take(&mut fields)));
                line += 1;
                row_line = line;
                at_start = true;
            }
            '\r' => {}
            _ => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        rows.push((row_line, fields));
    }
    Ok(rows)
}

/// The verified claims of the folder, in file order.
pub fn read_verified(dir: &Path) -> Result<Vec<Verified>, BenchError> {
    let path = dir.join("verified_claims.docs.tsv");
    let mut out = Vec::new();
    for (line, row) in read_tsv(&path)?.into_iter().skip(1) {
        match row.as_slice() {
            [id, claim, title, ..] => out.push(Verified { id: id.clone(), claim: claim.clone(), title: title.clone() }),
            [id, claim] => out.push(Verified { id: id.clone(), claim: claim.clone(), title: String::new() }),
            _ => {
                return Err(BenchError::Format { path, line, what: "expected vclaim_id, vclaim and title".into() });
            }
        }
    }
    Ok(out)
}

/// A split (`train`, `dev` or `test`): its tweets and qrels.
pub fn read_split(dir: &Path, split: &str) -> Result<Split, BenchError> {
    let qpath = dir.join(split).join("tweets.queries.tsv");
    let rpath = dir.join(split).join("tweet-vclaim-pairs.qrels");
    let mut s = Split::default();
    for (line, row) in read_tsv(&qpath)?.into_iter().skip(1) {
        match row.as_slice() {
            [id, text, ..] => s.queries.push((id.clone(), text.clone())),
            _ => {
                return Err(BenchError::Format {
                    path: qpath,
                    line,
                    what: "expected tweet_id and tweet_content".into(),
                });
            }
        }
    }
    for (line, row) in read_tsv(&rpath)? {
        let cols: Vec<&str> = row.iter().flat_map(|f| f.split_whitespace()).collect();
        match cols.as_slice() {
            [q, _, d, rel] => {
                if *rel != "0" {
                    s.qrels.entry((*q).to_string()).or_default().insert((*d).to_string());
                }
            }
            [] => {}
            _ => {
                return Err(BenchError::Format {
                    path: rpath,
                    line,
                    what: "expected tweet_id, 0, vclaim_id and relevance".into(),
                });
            }
        }
    }
    Ok(s)
}

/// MAP@1, MAP@5 and recall@10 of a split, and how many queries with an answer got no result at all.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    pub map1: f64,
    pub map5: f64,
    pub recall10: f64,
    pub queries: usize,
    pub empty: usize,
    /// Per label of the first result (weak, related, same claim): how many first results had it, and how
    /// many of those were right.
    pub labels: [(usize, usize); 3],
}

/// Average precision at `k` of one ranking (trec_eval: divided by the number of relevant documents).
pub fn average_precision(ranked: &[String], relevant: &HashSet<String>, k: usize) -> f64 {
    if relevant.is_empty() {
        return 0.0;
    }
    let (mut hits, mut sum) = (0, 0.0);
    for (i, d) in ranked.iter().take(k).enumerate() {
        if relevant.contains(d) {
            hits += 1;
            sum += hits as f64 / (i + 1) as f64;
        }
    }
    sum / relevant.len() as f64
}

/// Scores rankings (query id → verified claim ids, best first) against a split's qrels; queries without
/// an answer in the qrels are not counted, as in the task's scorer.
pub fn score(split: &Split, ranked: &HashMap<String, Vec<String>>) -> Scores {
    let mut s = Scores::default();
    let none = Vec::new();
    for (q, rel) in &split.qrels {
        let r = ranked.get(q).unwrap_or(&none);
        s.queries += 1;
        s.empty += usize::from(r.is_empty());
        s.map1 += average_precision(r, rel, 1);
        s.map5 += average_precision(r, rel, 5);
        s.recall10 += r.iter().take(10).filter(|d| rel.contains(*d)).count() as f64 / rel.len() as f64;
    }
    let n = s.queries.max(1) as f64;
    s.map1 /= n;
    s.map5 /= n;
    s.recall10 /= n;
    s
}

/// The shipped index over the verified claims: the claim as `text`, the review's title as `title`.
pub fn index(verified: &[Verified], params: Params) -> SimilarIndex {
    SimilarIndex::from_docs(
        verified.iter().enumerate().map(|(i, v)| {
            (DocRef { story: 0, claim: i as u32 }, Fields { text: &v.claim, title: &v.title, ..Default::default() })
        }),
        params,
    )
}

/// Ranks every query of `split` with `rank` (a text → the top 10) and scores it.
pub fn run(split: &Split, verified: &[Verified], rank: impl Fn(&str) -> Vec<Similar>) -> Scores {
    let mut labels = [(0, 0); 3];
    let mut ranked: HashMap<String, Vec<String>> = HashMap::new();
    for (id, text) in &split.queries {
        let found = rank(text);
        let ids: Vec<String> = found.iter().map(|s| verified[s.doc.claim as usize].id.clone()).collect();
        if let (Some(first), Some(rel)) = (found.first(), split.qrels.get(id)) {
            let l = &mut labels[first.closeness() as usize];
            l.0 += 1;
            l.1 += usize::from(rel.contains(&ids[0]));
        }
        ranked.insert(id.clone(), ids);
    }
    Scores { labels, ..score(split, &ranked) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_precision_as_trec_eval() {
        let ranked: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let rel: HashSet<String> = ["b".to_string()].into();
        assert_eq!(average_precision(&ranked, &rel, 5), 0.5);
        assert_eq!(average_precision(&ranked, &rel, 1), 0.0);
        let rel2: HashSet<String> = ["a".to_string(), "c".to_string()].into();
        assert!((average_precision(&ranked, &rel2, 5) - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-9);
    }

    #[test]
    fn quoted_tsv_fields_hold_tabs_quotes_and_newlines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("verified_claims.docs.tsv");
        std::fs::write(&p, "\tvclaim\ttitle\n2\t\"A \"\"law\"\"\tnew\nline\"\tTitle\n3\tplain\tT3\n").unwrap();
        let v = read_verified(dir.path()).unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].claim, "A \"law\"\tnew\nline");
        assert_eq!((v[1].id.as_str(), v[1].title.as_str()), ("3", "T3"));
    }
}
