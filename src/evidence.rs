//! Evidence rules: warnings about the sources behind a claim (too few independent ones, duplicates, no accessed date).
//!
//! Independence is judged by domain: `www.reuters.com` and `reuters.com` are one source, `bbc.co.uk` and
//! `news.bbc.co.uk` too. Without a public-suffix list, the registrable domain is approximated as the last two
//! labels, or three when the second-to-last is a common second-level label under a country code (`co.uk`,
//! `com.au`, `gov.kh`). A source without a url counts by its publisher.

use crate::diag::Diagnostic;
use crate::locate;
use crate::model::{Claim, EvidenceRules, Source, WorkspaceConfig};
use crate::store::Story;
use std::collections::BTreeSet;

/// One problem with a claim's evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A final verdict rests on fewer independent sources than the rules ask for.
    TooFewSources { have: usize, need: usize },
    /// Source `second` cites the same url as source `first` (0-based indices).
    DuplicateUrl { first: usize, second: usize, url: String },
    /// Source `index` has no `accessed` date.
    NoAccessed { index: usize },
    /// Source `index` has an `accessed` date that is not `YYYY-MM-DD`.
    BadAccessed { index: usize, value: String },
    /// Source `index` has a url that is not an http(s) web address.
    BadUrl { index: usize, url: String },
}

const SECOND_LEVEL: &[&str] = &["co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob", "gouv", "mil"];

/// The host of an `http(s)` url, lowercased, without `www.`, port or credentials.
pub fn host(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    let host = if authority.starts_with('[') {
        authority.split(']').next().map(|h| format!("{h}]"))?
    } else {
        authority.split(':').next()?.to_string()
    };
    let host = host.trim_end_matches('.').to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    if host.is_empty() { None } else { Some(host) }
}

/// Whether `url` is a web address a reader can follow: `http://` or `https://`, then a host without spaces.
pub fn is_web_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.contains(char::is_whitespace)
        && host(url).is_some_and(|h| h.contains(|c: char| c.is_alphanumeric()))
}

/// The registrable domain of a url (approximated, see the module comment).
pub fn domain(url: &str) -> Option<String> {
    let host = host(url)?;
    if host.starts_with('[') || host.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Some(host);
    }
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let keep = if n >= 3 && labels[n - 1].len() == 2 && SECOND_LEVEL.contains(&labels[n - 2]) { 3 } else { 2 };
    Some(labels[n.saturating_sub(keep)..].join("."))
}

/// What makes a source independent of another: the outlet behind it, from its url's domain (`reuters.com` and
/// `reuters.co.uk` are both `reuters`), else from its publisher (`Reuters`), so one outlet named both ways counts
/// once. `None` when it has neither, or when its url is not a web address (it cannot be followed, so it is not
/// evidence).
pub fn independence_key(source: &Source) -> Option<String> {
    let outlet = |s: &str| -> String { s.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect() };
    if !source.url.trim().is_empty() {
        if !is_web_url(&source.url) {
            return None;
        }
        let d = domain(&source.url)?;
        // An address by number has no outlet name: the address itself is the key.
        let name = if d.chars().all(|c| c.is_ascii_digit() || c == '.') || d.starts_with('[') {
            d.clone()
        } else {
            d.split('.').next().unwrap_or(&d).to_string()
        };
        return Some(outlet(&name));
    }
    let p = outlet(source.publisher.trim());
    if p.is_empty() { None } else { Some(p) }
}

/// A url in a form where trivial differences (case of the host, `www.`, trailing slash, fragment) vanish.
pub fn normalize_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or(url);
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (auth, path) = rest.find(['/', '?']).map_or((rest, ""), |i| rest.split_at(i));
    let auth = auth.to_lowercase();
    let auth = auth.strip_prefix("www.").unwrap_or(&auth);
    let path = path.trim_end_matches('/');
    let scheme = scheme.to_lowercase().replace("https", "http");
    format!("{scheme}://{auth}{path}")
}

/// Every evidence problem of one claim under the rules. `is_final` says whether its verdict is a final one.
pub fn claim_issues(claim: &Claim, is_final: bool, rules: &EvidenceRules) -> Vec<Issue> {
    let mut out = Vec::new();
    if is_final && rules.min_independent_sources > 0 {
        let keys: BTreeSet<String> = claim.sources.iter().filter_map(independence_key).collect();
        if keys.len() < rules.min_independent_sources {
            out.push(Issue::TooFewSources { have: keys.len(), need: rules.min_independent_sources });
        }
    }
    for (index, s) in claim.sources.iter().enumerate() {
        if !s.url.trim().is_empty() && !is_web_url(&s.url) {
            out.push(Issue::BadUrl { index, url: s.url.clone() });
        }
    }
    if rules.duplicate_urls {
        let mut seen: Vec<(String, usize)> = Vec::new();
        for (i, s) in claim.sources.iter().enumerate() {
            if s.url.trim().is_empty() {
                continue;
            }
            let n = normalize_url(&s.url);
            if let Some((_, first)) = seen.iter().find(|(u, _)| *u == n) {
                out.push(Issue::DuplicateUrl { first: *first, second: i, url: s.url.clone() });
            } else {
                seen.push((n, i));
            }
        }
    }
    if rules.require_accessed {
        for (index, s) in claim.sources.iter().enumerate() {
            if s.accessed.trim().is_empty() {
                out.push(Issue::NoAccessed { index });
            } else if !crate::dates::is_date(s.accessed.trim()) {
                out.push(Issue::BadAccessed { index, value: s.accessed.clone() });
            }
        }
    }
    out
}

/// The message for one issue of claim `id`.
pub fn message(id: &str, issue: &Issue) -> String {
    format!("claim `{id}`: {}; {}", issue.problem(), issue.fix())
}

impl Issue {
    /// What is wrong, without the claim's name (the detail pane shows it beside the claim).
    pub fn problem(&self) -> String {
        match self {
            Issue::TooFewSources { have, need } => format!(
                "final verdict rests on {have} independent source{} (need {need})",
                if *have == 1 { "" } else { "s" }
            ),
            Issue::DuplicateUrl { first, second, url } => {
                format!("source #{} cites the same url as source #{} ({url})", second + 1, first + 1)
            }
            Issue::NoAccessed { index } => format!("source #{} has no `accessed` date", index + 1),
            Issue::BadAccessed { index, value } => format!("source #{} has `accessed: {value}`", index + 1),
            Issue::BadUrl { index, url } => {
                format!("source #{} has `url: {url}`, which is not a web address", index + 1)
            }
        }
    }

    /// How to fix it.
    pub fn fix(&self) -> &'static str {
        match self {
            Issue::TooFewSources { .. } => {
                "add a source on another domain, or lower `evidence.min_independent_sources` in factdesk.yaml"
            }
            Issue::DuplicateUrl { .. } => "remove one",
            Issue::NoAccessed { .. } => "add the day you read it, as YYYY-MM-DD",
            Issue::BadAccessed { .. } => "write the date as YYYY-MM-DD",
            Issue::BadUrl { .. } => "write it as https://…, or leave it out (it does not count as a source until then)",
        }
    }
}

/// Evidence warnings for one story, each at the line of what it is about.
pub fn warnings(story: &Story, config: &WorkspaceConfig) -> Vec<Diagnostic> {
    let path = story.path();
    // Positions only: a file that cannot be read again puts every diagnostic at 1:1.
    let text = &*story.text().unwrap_or_default();
    // Split only when a claim has an issue.
    let layout = locate::Layout::new(text, &story.file.claims);
    let mut out = Vec::new();
    for (k, claim) in story.file.claims.iter().enumerate() {
        let is_final = config.verdict(&claim.verdict).is_some_and(|v| v.is_final);
        let issues = claim_issues(claim, is_final, &config.evidence);
        if issues.is_empty() {
            continue;
        }
        let (lines, span) = (layout.lines(), layout.span(k));
        let claim_pos = span.map_or((1, 1), |s| (s.start + 1, 1));
        let sources = span.map(|s| locate::list_items(lines, s, "sources")).unwrap_or_default();
        let source_pos = |i: usize, key: &str| {
            sources.get(i).map(|&it| locate::item_key(lines, it, key).unwrap_or((it.0 + 1, 1))).unwrap_or(claim_pos)
        };
        for issue in &issues {
            let (line, col) = match issue {
                Issue::TooFewSources { .. } => {
                    span.and_then(|s| locate::claim_key(lines, s, "verdict")).unwrap_or(claim_pos)
                }
                Issue::DuplicateUrl { second, .. } => source_pos(*second, "url"),
                Issue::NoAccessed { index } => source_pos(*index, "title"),
                Issue::BadAccessed { index, .. } => source_pos(*index, "accessed"),
                Issue::BadUrl { index, .. } => source_pos(*index, "url"),
            };
            out.push(Diagnostic::warning(&path, line, col, message(&claim.id, issue)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(url: &str, publisher: &str, accessed: &str) -> Source {
        Source {
            title: "t".into(),
            url: url.into(),
            publisher: publisher.into(),
            accessed: accessed.into(),
            ..Default::default()
        }
    }

    #[test]
    fn one_outlet_counts_once_and_a_url_that_is_not_a_web_address_not_at_all() {
        let rules = EvidenceRules { min_independent_sources: 2, duplicate_urls: true, require_accessed: false };
        let claim = |sources: Vec<Source>| Claim { sources, ..Default::default() };
        let too_few =
            |c: &Claim| claim_issues(c, true, &rules).iter().any(|i| matches!(i, Issue::TooFewSources { .. }));
        // Named by its publisher once and by its web site once: one outlet.
        let same = claim(vec![src("", "Reuters", ""), src("https://www.reuters.com/b", "", "")]);
        assert!(too_few(&same));
        let ohchr = claim(vec![src("", "OHCHR", ""), src("https://www.ohchr.org/en/x", "", "")]);
        assert!(too_few(&ohchr));
        // A `javascript:` link is flagged and is no evidence.
        let js = claim(vec![src("javascript:alert(1)", "Nobody", ""), src("https://reuters.com/x", "", "")]);
        assert!(too_few(&js));
        assert!(claim_issues(&js, true, &rules).iter().any(|i| matches!(i, Issue::BadUrl { index: 0, .. })));
        for bad in ["htp:/broken", "not a url at all", "https://", "https://exa mple.org"] {
            assert!(!is_web_url(bad), "{bad}");
        }
        let two = claim(vec![src("https://reuters.com/x", "", ""), src("https://apnews.com/y", "", "")]);
        assert!(!too_few(&two));
    }

    #[test]
    fn domains_group_subdomains() {
        assert_eq!(domain("https://www.reuters.com/world/asia/x").as_deref(), Some("reuters.com"));
        assert_eq!(domain("https://news.bbc.co.uk/a").as_deref(), Some("bbc.co.uk"));
        assert_eq!(domain("http://user@Amnesty.ORG:8080/en/?q#f").as_deref(), Some("amnesty.org"));
        assert_eq!(domain("https://www.ohchr.org/en/press").as_deref(), Some("ohchr.org"));
        assert_eq!(domain("taipeitimes.com/News/world").as_deref(), Some("taipeitimes.com"));
        assert_eq!(domain("https://10.0.0.1/x").as_deref(), Some("10.0.0.1"));
        assert_eq!(domain(""), None);
    }

    #[test]
    fn urls_normalize() {
        assert_eq!(normalize_url("https://www.Reuters.com/a/"), normalize_url("http://reuters.com/a#top"));
        assert_ne!(normalize_url("https://reuters.com/a"), normalize_url("https://reuters.com/b"));
        assert_ne!(normalize_url("https://x.com/A"), normalize_url("https://x.com/a"));
    }

    #[test]
    fn final_verdict_needs_two_domains() {
        let rules = EvidenceRules::default();
        let mut c = Claim::new("c", "t");
        c.sources =
            vec![src("https://reuters.com/a", "", "2025-07-01"), src("https://www.reuters.com/b", "", "2025-07-01")];
        assert_eq!(claim_issues(&c, true, &rules), [Issue::TooFewSources { have: 1, need: 2 }]);
        assert!(claim_issues(&c, false, &rules).is_empty());
        c.sources.push(src("", "Phnom Penh Post", "2025-07-01"));
        assert!(claim_issues(&c, true, &rules).is_empty());
        let off = EvidenceRules { min_independent_sources: 0, ..rules };
        c.sources.truncate(1);
        assert!(claim_issues(&c, true, &off).is_empty());
    }

    #[test]
    fn duplicates_and_dates() {
        let rules = EvidenceRules::default();
        let mut c = Claim::new("c", "t");
        c.sources = vec![
            src("https://a.org/x", "", "2025-07-01"),
            src("https://b.org/y", "", ""),
            src("https://www.a.org/x/", "", "1 July"),
        ];
        let issues = claim_issues(&c, false, &rules);
        assert_eq!(
            issues,
            [
                Issue::DuplicateUrl { first: 0, second: 2, url: "https://www.a.org/x/".into() },
                Issue::NoAccessed { index: 1 },
                Issue::BadAccessed { index: 2, value: "1 July".into() },
            ]
        );
        assert!(message("c", &issues[0]).contains("source #3 cites the same url as source #1"));
        let lax = EvidenceRules { duplicate_urls: false, require_accessed: false, ..rules };
        assert!(claim_issues(&c, false, &lax).is_empty());
    }

    #[test]
    fn dates_are_checked() {
        assert!(crate::dates::is_date("2025-06-27"));
        assert!(!crate::dates::is_date("2025-13-01"));
        assert!(!crate::dates::is_date("2025-6-27"));
        assert!(!crate::dates::is_date("27/06/2025"));
    }
}
