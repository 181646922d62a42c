//! The list panes (`o` sources, `C` numeric checks, `V` story values, `W` warnings): which pane is open, on which
//! story and claim, its cursor, what a form opened from it edits, and what its rows are made of.

use super::*;
use crate::checks::{self, ExprError, Located};
use crate::model::{Check, Comparison, NamedValue};

/// Which list a pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemsKind {
    /// The claim's sources (`o`).
    Sources,
    /// The claim's numeric checks (`C`).
    Checks,
    /// The story's named values (`V`).
    Values,
    /// Every diagnostic `factdesk check` prints for the story, live (`W`).
    Warnings,
}

impl ItemsKind {
    /// What one item is called, in messages and titles.
    pub fn noun(self) -> &'static str {
        match self {
            ItemsKind::Sources => "source",
            ItemsKind::Checks => "check",
            ItemsKind::Values => "value",
            ItemsKind::Warnings => "warning",
        }
    }

    /// Whether its items belong to one claim (the others belong to the story).
    pub fn of_claim(self) -> bool {
        matches!(self, ItemsKind::Sources | ItemsKind::Checks)
    }
}

/// An open list pane.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemsPane {
    pub kind: ItemsKind,
    /// The story it lists for.
    pub story: usize,
    /// The claim it lists for (sources, checks), by id: a reload may move it.
    pub claim: String,
    /// The selected item.
    pub cursor: usize,
    /// The warnings pane's diagnostics, computed from the story in memory after every change (see `App::settle_items`).
    pub warnings: Vec<Located>,
}

/// What a form opened from a pane edits; kept with the original, so an item changed on disk meanwhile is not
/// overwritten.
#[derive(Debug, Clone, PartialEq)]
pub enum Editing {
    New,
    Source(usize, Source),
    Check(usize, Check),
    /// A story value, by name.
    Value(String, NamedValue),
}

/// A form opened from a pane: the pane it returns to, and what it edits.
#[derive(Debug, Clone, PartialEq)]
pub struct FromPane {
    pub pane: ItemsPane,
    pub editing: Editing,
}

/// Removing an item, asked first (`Confirm::Remove`).
#[derive(Debug, Clone, PartialEq)]
pub struct Removal {
    pub pane: ItemsPane,
    /// The item as it was when asked: removed only if it is still there unchanged.
    pub editing: Editing,
    /// What is removed, for the question.
    pub what: String,
    /// Checks that use a value about to be removed: "claim-id `label`".
    pub users: Vec<String>,
}

impl App {
    /// The story and claim a pane lists for, when they are still there.
    pub fn pane_claim(&self, pane: &ItemsPane) -> Option<(usize, usize)> {
        let story = self.ws.stories.get(pane.story)?;
        story.file.claims.iter().position(|c| c.id == pane.claim).map(|ci| (pane.story, ci))
    }

    /// How many items a pane shows.
    pub fn item_count(&self, pane: &ItemsPane) -> usize {
        match pane.kind {
            ItemsKind::Sources | ItemsKind::Checks => self.pane_claim(pane).map_or(0, |(si, ci)| {
                let c = &self.ws.stories[si].file.claims[ci];
                if pane.kind == ItemsKind::Sources { c.sources.len() } else { c.checks.len() }
            }),
            ItemsKind::Values => self.ws.stories.get(pane.story).map_or(0, |s| s.file.values.len()),
            ItemsKind::Warnings => pane.warnings.len(),
        }
    }

    /// The checks of story `si` that use its value `name` (claims with a value of that name of their own read
    /// that one instead): "claim-id `label`", in claim order.
    pub fn value_users(&self, si: usize, name: &str) -> Vec<String> {
        let Some(story) = self.ws.stories.get(si) else { return Vec::new() };
        let mut out = Vec::new();
        for c in &story.file.claims {
            if c.values.contains_key(name) {
                continue;
            }
            for (i, check) in c.checks.iter().enumerate() {
                let uses = crate::checks::expr::parse(&check.expr).is_ok_and(|e| e.names().contains(&name));
                if uses {
                    let label = if check.label.is_empty() { format!("#{}", i + 1) } else { check.label.clone() };
                    out.push(format!("{} `{label}`", c.id));
                }
            }
        }
        out
    }

    /// The numbers a check form's claim states, as suggestions for its Claimed field: what extraction found
    /// (`extra.numbers`), else what the claim's text holds. Each is `(value as typed, how the claim says it)`.
    pub fn check_suggestions(&self, form: &Form) -> Vec<(String, String)> {
        if form.kind != FormKind::Check {
            return Vec::new();
        }
        let Some((si, ci)) = form.from.as_ref().and_then(|from| self.pane_claim(&from.pane)) else {
            return Vec::new();
        };
        claimed_suggestions(&self.ws.stories[si].file.claims[ci])
    }

    /// What the expression in an open check form computes for its claim right now: its value, or the error with
    /// the character it is at. `None` for other forms, or when the claim is gone.
    pub fn check_preview(&self, form: &Form) -> Option<Result<f64, ExprError>> {
        if form.kind != FormKind::Check {
            return None;
        }
        let from = form.from.as_ref()?;
        let (si, ci) = self.pane_claim(&from.pane)?;
        let file = &self.ws.stories[si].file;
        let look = checks::lookup(&file.claims[ci], file);
        let expr = form.fields.get(1)?;
        Some(checks::expr::evaluate(&expr.value, &look))
    }

    /// Keeps an open pane true to the story after any change (an edit, undo, a reload): the warnings are worked
    /// out again, and the cursor stays on an item. A pane whose claim went away closes, saying so.
    pub(super) fn settle_items(&mut self) {
        if !matches!(self.mode, Mode::Items(_)) {
            return;
        }
        let Mode::Items(mut pane) = std::mem::replace(&mut self.mode, Mode::Normal) else { return };
        if pane.kind.of_claim() && self.pane_claim(&pane).is_none() {
            self.set_message(format!("claim `{}` is gone (removed on disk?): its pane closed", pane.claim), true);
            return;
        }
        if pane.story >= self.ws.stories.len() {
            return;
        }
        if pane.kind == ItemsKind::Warnings {
            pane.warnings = self.live_warnings(pane.story);
        }
        pane.cursor = pane.cursor.min(self.item_count(&pane).saturating_sub(1));
        self.mode = Mode::Items(pane);
    }
}

impl App {
    /// Every diagnostic `factdesk check` prints for story `si` as it is in memory, then what a ClaimReview export
    /// of it would refuse or warn about (the export message points here): one list, from the same rules.
    pub fn live_warnings(&self, si: usize) -> Vec<Located> {
        let Some(story) = self.ws.stories.get(si) else { return Vec::new() };
        let live = checks::live_story(story);
        let mut diags = checks::story_diagnostics(&live, &self.ws.config);
        // Every claim with a verdict, published or not: what it would warn about is worth knowing before it goes out.
        let opts = crate::export::Options { all_claims: true, ..crate::export::Options::new(self.today()) };
        // What stops a ClaimReview (no `story.url`, no organisation in factdesk.yaml) or makes it worse.
        let export = match crate::export::export(&self.ws, &live, crate::export::Format::Claimreview, &opts) {
            Ok(done) => done.warnings,
            Err(refused) => refused,
        };
        for d in export {
            if !diags.contains(&d) {
                diags.push(d);
            }
        }
        let mut out = checks::locate_all(&live, diags);
        // Errors first (they stop `check` and every export), then in the order of the claims, as `check` prints.
        out.sort_by_key(|l| (!l.diagnostic.is_error(), l.claim.map_or(0, |ci| ci + 1)));
        out
    }
}

/// What the claim says in a sentence: `2.4e9`, `at least 0.4`.
pub fn claim_says_in_words(check: &Check) -> String {
    format!("{}{}", check.comparison.words(), checks::format_number(check.claimed))
}

/// A check's comparison and claimed figure in a table: "≥ 40", "= 0.5".
pub fn claim_says(check: &Check) -> String {
    let sign = match check.comparison {
        Comparison::Equal => "=",
        Comparison::AtLeast => "≥",
        Comparison::AtMost => "≤",
        Comparison::Above => ">",
        Comparison::Below => "<",
    };
    format!("{sign} {}", checks::format_number(check.claimed))
}

/// Why `text` is not one web address, if it is not: exactly one `http://` or `https://` address, with a host,
/// and nothing else (no space or line break inside, no other scheme such as `javascript:` or `data:`).
pub fn web_address_problem(label: &str, text: &str) -> Option<String> {
    if let Some(at) = text.chars().position(char::is_whitespace) {
        return Some(format!(
            "{label} has a space or line break at character {}: it takes one web address and nothing else",
            at + 1
        ));
    }
    let lower = text.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        let scheme = text.split_once(':').map(|(s, _)| s).filter(|s| !s.is_empty() && !s.contains('/'));
        return Some(match scheme {
            Some(s) => format!("{label} `{s}:` is not a web address: only https:// or http:// addresses are accepted"),
            None => format!("{label} must start with https:// or http://"),
        });
    }
    if !crate::evidence::is_web_url(text) {
        return Some(format!(
            "{label} has no host after the scheme: write the whole address, e.g. https://example.com/page"
        ));
    }
    None
}

/// The quantities a claim states (years left out), for a check's Claimed field: `(value as typed, words)`.
/// Percentages are typed with `%`, ranges as their lowest value.
pub fn claimed_suggestions(c: &crate::model::Claim) -> Vec<(String, String)> {
    use crate::extract::numbers::{Number, find};
    let nums: Vec<Number> = c
        .extra
        .get(crate::extract::NUMBERS_KEY)
        .and_then(|v| serde_yaml::from_value(v.clone()).ok())
        .unwrap_or_else(|| find(&c.text));
    nums.into_iter()
        .filter(|n| n.unit != "year")
        .map(|n| {
            let v = if n.unit == "%" {
                format!("{}%", n.value)
            } else if n.value.abs() >= 1e6 {
                format!("{:e}", n.value)
            } else {
                format!("{}", n.value)
            };
            let words = match n.range {
                Some([lo, hi]) => format!("{} ({lo} to {hi})", n.text),
                None => n.text.clone(),
            };
            (v, words)
        })
        .take(4)
        .collect()
}
