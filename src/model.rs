//! The workspace's data: stories, claims, sources, verdict scales. Plain serde types, nothing about terminals or files.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The mark of a verdict that is not on the workspace's scale (a typo, or a scale changed since): never the mark of
/// a real verdict.
pub const UNKNOWN_VERDICT: &str = "‽";

/// Keys that factdesk does not know. They are kept, in order, and written back on save.
pub type Extra = BTreeMap<String, serde_yaml::Value>;

fn is_false(b: &bool) -> bool {
    !*b
}

/// One `claims.yaml`: a story and its claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct StoryFile {
    pub story: StoryMeta,
    /// Named values (for numeric checks) shared by every claim in the story.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, NamedValue>,
    pub claims: Vec<Claim>,
    /// Candidate claims the journalist rejected; extraction never brings them back.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<Rejected>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The story's metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct StoryMeta {
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub outlet: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub byline: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Publication date, `YYYY-MM-DD` or `YYYY-MM`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub published: String,
    /// The story's language, a BCP 47 tag (`en`, `pt-BR`); empty means `en` (see [`StoryMeta::language`]).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// The article's file name inside the story folder.
    pub article: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A W3C TextQuoteSelector, with character offsets as a position hint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Quote {
    pub exact: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub suffix: String,
    /// Character (not byte) offset of the first character, as a hint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// Character offset one past the last character, as a hint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? } default $default:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(
                #[serde(rename = $text)]
                $variant,
            )+
        }
        impl $name {
            /// Every value, in workflow order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The name written in YAML.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// Parses the YAML name.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }
        impl Default for $name {
            fn default() -> Self { $name::$default }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

string_enum! {
    /// What sort of claim it is.
    Kind { Statistic = "statistic", Quote = "quote", Event = "event", Attribution = "attribution", Prediction = "prediction", Opinion = "opinion" } default Statistic
}

string_enum! {
    /// Who made a claim, for ClaimReview's `itemReviewed.author.@type`.
    ClaimantType { Person = "person", Organization = "organization" } default Person
}

string_enum! {
    /// How a check's computed value must compare with the claimed figure: `=` within the tolerance (the default),
    /// or a bound ("at least 40%" is `>=`, "more than 1,000" is `>`). The tolerance widens a bound in the claim's
    /// favour.
    Comparison { Equal = "=", AtLeast = ">=", AtMost = "<=", Above = ">", Below = "<" } default Equal
}

impl Comparison {
    /// Whether this is the default `=` (left out of the YAML).
    pub fn is_equal(&self) -> bool {
        *self == Comparison::Equal
    }

    /// How the comparison reads in a sentence: "", "at least ", "at most ", "more than ", "less than ".
    pub fn words(self) -> &'static str {
        match self {
            Comparison::Equal => "",
            Comparison::AtLeast => "at least ",
            Comparison::AtMost => "at most ",
            Comparison::Above => "more than ",
            Comparison::Below => "less than ",
        }
    }
}

string_enum! {
    /// The workflow step a claim is at.
    Status { Candidate = "candidate", Open = "open", InProgress = "in-progress", Reviewed = "reviewed", Published = "published" } default Open
}

/// One claim and its verification notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Claim {
    pub id: String,
    pub text: String,
    pub quote: Quote,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub claimant: String,
    /// Whether the claimant is a person or an organisation; `None` when not said (ClaimReview then guesses from the
    /// name: Organization for the outlet or a name like "Amnesty International", else Person).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimant_type: Option<ClaimantType>,
    pub kind: Kind,
    pub status: Status,
    /// The date (`YYYY-MM-DD`) the claim first became `published`: ClaimReview's `datePublished`. Set once, by
    /// [`Claim::set_status`], and never changed after.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub published_at: String,
    /// Empty, or a name from the workspace's verdict scale.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub verdict: String,
    /// The one-paragraph public explanation of the verdict: ClaimReview's `reviewBody` and the report's text.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub assignee: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Named values for numeric checks, local to this claim.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, NamedValue>,
    /// Numeric checks: expressions evaluated against the claimed figure.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    /// Check-worthiness score from claim detection, 0..1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEntry>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A source cited for a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Source {
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub url: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub publisher: String,
    /// Date the source was read, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub accessed: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub excerpt: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub archive_url: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One change to a claim: who, when, what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct HistoryEntry {
    /// RFC 3339 timestamp.
    pub at: String,
    /// Left out when empty, so a hand-written entry without it is not given an empty one by the next save.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// What changed, e.g. `verdict: (none) -> misleading`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub change: String,
}

/// A named number used by numeric checks, with where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct NamedValue {
    pub value: f64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub source: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A numeric check: `expr` should come to `claimed`, within `tolerance` (absolute).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Check {
    pub label: String,
    pub expr: String,
    pub claimed: f64,
    pub tolerance: f64,
    /// How the computed value compares with `claimed`; `=` (within `tolerance`) when left out.
    #[serde(skip_serializing_if = "Comparison::is_equal")]
    pub comparison: Comparison,
}

/// A candidate the journalist rejected, remembered by its quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Rejected {
    pub exact: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub at: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub by: String,
}

/// One verdict on the workspace's scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Verdict {
    pub name: String,
    pub label: String,
    /// ClaimReview `ratingValue`; `None` for verdicts without a rating.
    pub rating: Option<u8>,
    /// A colour name (red, green, yellow, blue, magenta, cyan, gray) or `#rrggbb`.
    pub color: String,
    /// A final verdict ends the review of a claim.
    #[serde(rename = "final", skip_serializing_if = "is_false")]
    pub is_final: bool,
    /// A symbol shown beside the colour, so the badge reads without colour.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub symbol: String,
}

/// The verdict scale used when `factdesk.yaml` does not define one.
pub fn default_scale() -> Vec<Verdict> {
    let v = |name: &str, label: &str, rating, color: &str, is_final, symbol: &str| Verdict {
        name: name.into(),
        label: label.into(),
        rating,
        color: color.into(),
        is_final,
        symbol: symbol.into(),
    };
    vec![
        v("accurate", "Accurate", Some(5), "green", true, "✔"),
        v("mostly-accurate", "Mostly accurate", Some(4), "cyan", true, "≈"),
        v("misleading", "Misleading", Some(3), "yellow", true, "!"),
        v("inaccurate", "Inaccurate", Some(1), "red", true, "✘"),
        v("unverifiable", "Unverifiable", None, "magenta", false, "?"),
    ]
}

/// Evidence rules reported as warnings; each can be turned off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvidenceRules {
    /// Minimum number of distinct source domains behind a final verdict (0 turns the rule off).
    pub min_independent_sources: usize,
    pub duplicate_urls: bool,
    pub require_accessed: bool,
}

impl Default for EvidenceRules {
    fn default() -> Self {
        EvidenceRules { min_independent_sources: 2, duplicate_urls: true, require_accessed: true }
    }
}

/// The publishing organisation, for ClaimReview exports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Organization {
    pub name: String,
    pub url: String,
    /// Pattern for a fact-check's url, with `{story}` and `{id}` placeholders.
    pub review_url: String,
}

/// Which fuzzy matcher the `/` filter and `factdesk search` rank with (`search.matcher` in `factdesk.yaml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum MatcherChoice {
    /// `nucleo-matcher`: the default, chosen by the measurements in BENCHMARKS.md.
    #[default]
    Nucleo,
    /// `fuzzy-matcher`'s SkimMatcherV2 (skim's scoring).
    FuzzyMatcher,
}

/// `search:` in `factdesk.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SearchSettings {
    pub matcher: MatcherChoice,
}

/// `claims/factdesk.yaml`: settings shared by everyone on the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceConfig {
    pub verdicts: Vec<Verdict>,
    pub evidence: EvidenceRules,
    pub organization: Organization,
    pub search: SearchSettings,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Default for WorkspaceConfig {
    fn default() -> Self {
        WorkspaceConfig {
            verdicts: default_scale(),
            evidence: EvidenceRules::default(),
            organization: Organization::default(),
            search: SearchSettings::default(),
            extra: Extra::new(),
        }
    }
}

impl WorkspaceConfig {
    /// Looks a verdict up by name.
    pub fn verdict(&self, name: &str) -> Option<&Verdict> {
        self.verdicts.iter().find(|v| v.name == name)
    }
}

impl Claim {
    /// A claim with the given id and text, anchored on `exact`.
    pub fn new(id: &str, text: &str) -> Self {
        Claim { id: id.into(), text: text.into(), ..Default::default() }
    }

    /// Moves the claim to `status`. The first move to `published` records `today` (`YYYY-MM-DD`) in
    /// `published_at`, which later moves never change. Returns the history line, or `None` when nothing changed.
    pub fn set_status(&mut self, status: Status, today: &str) -> Option<String> {
        if self.status == status {
            return None;
        }
        let mut change = format!("status: {} -> {}", self.status, status);
        self.status = status;
        if status == Status::Published && self.published_at.is_empty() && !today.is_empty() {
            self.published_at = today.to_string();
            change.push_str(&format!("; published_at: {today}"));
        }
        Some(change)
    }
}

impl StoryMeta {
    /// The story's language tag: `story.language`, or `en` when it is not set.
    pub fn language(&self) -> &str {
        if self.language.trim().is_empty() { "en" } else { self.language.trim() }
    }
}

/// The longest id factdesk generates for a claim (ids typed by hand may be longer).
pub const MAX_ID_LEN: usize = 40;

/// Turns free text into a slug: lowercase ASCII letters and digits, words joined by single dashes, at most `max`
/// characters. It is cut after a whole word, so it never ends mid-word or on a dash; only a first word longer than
/// `max` is cut inside. Text with no ASCII letter or digit gives `claim`.
pub fn slugify(text: &str, max: usize) -> String {
    let words = text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty());
    let mut out = String::new();
    for word in words {
        let needed = if out.is_empty() { word.len() } else { out.len() + 1 + word.len() };
        if needed > max {
            if out.is_empty() {
                out.push_str(&word[..max]);
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out.make_ascii_lowercase();
    if out.is_empty() { "claim".to_string() } else { out }
}

/// A slug cut to at most `max` characters after a whole word (inside the first word only when it alone is longer).
fn cut_slug(slug: &str, max: usize) -> &str {
    if slug.len() <= max {
        return slug;
    }
    match slug[..=max].rfind('-') {
        Some(i) if i > 0 => &slug[..i],
        _ => &slug[..max],
    }
}

/// The first of `base`, `base-2`, `base-3`, … that `taken` does not report as used: the one way every claim id is
/// made unique (the UI's new claims, `factdesk extract`, the generator). A suffix is added only when `base` is
/// taken, and `base` is then cut after a whole word so that the id stays within [`MAX_ID_LEN`].
pub fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    let mut n = 2u64;
    loop {
        let suffix = format!("-{n}");
        let stem = cut_slug(base, MAX_ID_LEN.saturating_sub(suffix.len()).max(1));
        let id = format!("{stem}{suffix}");
        if !taken(&id) {
            return id;
        }
        n += 1;
    }
}

/// Whether `tag` looks like a BCP 47 language tag (`story.language`): a 2–3 letter language, then subtags of 1–8 letters or digits.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("");
    // The primary subtag as newsrooms write it: an ISO 639 code of 2 or 3 letters (so `english` is refused).
    (2..=3).contains(&lang.len())
        && lang.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether `s` is a valid slug: non-empty, lowercase letters, digits and single dashes.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_makes_readable_ids() {
        assert_eq!(slugify("$12.5B is half of Cambodia's GDP", 40), "12-5b-is-half-of-cambodia-s-gdp");
        assert_eq!(slugify("   ", 10), "claim");
        assert!(is_slug(&slugify("Nine minors — were victims", 40)));
        // Cut after a whole word, never mid-word and never on a dash.
        let long = "Scam compounds in Cambodia generate twelve billion dollars a year";
        assert_eq!(slugify(long, MAX_ID_LEN), "scam-compounds-in-cambodia-generate");
        assert_eq!(slugify("Supercalifragilisticexpialidocious words", 10), "supercalif");
        assert_eq!(slugify("a b", 2), "a");
    }

    #[test]
    fn language_tags() {
        for ok in ["en", "km", "pt-BR", "zh-Hant-TW", "es-419"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "e", "english", "pt_BR", "pt-", "en-toolongsubtag", "Portuguese (Brazil)"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn unique_ids_add_a_suffix_only_on_a_real_collision() {
        let taken = ["scam-compounds-in-cambodia-generate", "a", "a-2"];
        let is_taken = |id: &str| taken.contains(&id);
        assert_eq!(unique_id("fresh", is_taken), "fresh");
        assert_eq!(unique_id("a", is_taken), "a-3");
        let id = unique_id("scam-compounds-in-cambodia-generate", is_taken);
        assert_eq!(id, "scam-compounds-in-cambodia-generate-2");
        let forty = "abcdefghij-abcdefghij-abcdefghij-abcdefg";
        assert_eq!(forty.len(), MAX_ID_LEN);
        assert_eq!(unique_id(forty, |id| id == forty), "abcdefghij-abcdefghij-abcdefghij-2");
    }

    #[test]
    fn publishing_records_the_date_once() {
        let mut c = Claim::new("a", "A");
        assert_eq!(c.set_status(Status::Reviewed, "2026-01-01").as_deref(), Some("status: open -> reviewed"));
        assert!(c.published_at.is_empty());
        assert!(c.set_status(Status::Published, "2026-02-03").unwrap().contains("published_at: 2026-02-03"));
        assert_eq!(c.published_at, "2026-02-03");
        c.set_status(Status::Reviewed, "2026-03-01");
        c.set_status(Status::Published, "2026-04-01");
        assert_eq!(c.published_at, "2026-02-03", "publishing again keeps the first date");
        assert_eq!(c.set_status(Status::Published, "2026-05-01"), None);
    }

    #[test]
    fn new_fields_round_trip_and_stay_out_when_empty() {
        let mut c = Claim::new("a", "A");
        let yaml = serde_yaml::to_string(&c).unwrap();
        for key in ["summary", "claimant_type", "published_at", "comparison"] {
            assert!(!yaml.contains(key), "{key} written when empty: {yaml}");
        }
        c.summary = "Because.".into();
        c.claimant_type = Some(ClaimantType::Organization);
        c.checks.push(Check { comparison: Comparison::AtLeast, ..Default::default() });
        let yaml = serde_yaml::to_string(&c).unwrap();
        assert!(yaml.contains("claimant_type: organization") && yaml.contains("comparison: '>='"), "{yaml}");
        let back: Claim = serde_yaml::from_str(&yaml).unwrap();
        assert_eq!(back, c);
        assert_eq!(StoryMeta::default().language(), "en");
    }

    #[test]
    fn enums_round_trip_their_names() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(*s));
        }
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(Status::parse("done"), None);
        assert_eq!(Status::default(), Status::Open);
    }

    #[test]
    fn default_scale_matches_the_format() {
        let s = default_scale();
        let names: Vec<_> = s.iter().map(|v| (v.name.as_str(), v.rating)).collect();
        assert_eq!(
            names,
            [
                ("accurate", Some(5)),
                ("mostly-accurate", Some(4)),
                ("misleading", Some(3)),
                ("inaccurate", Some(1)),
                ("unverifiable", None)
            ]
        );
    }
}
