//! Numeric checks on claims: evaluates each check's expression and compares it with the claimed figure.

pub mod expr;
pub mod format;

use crate::diag::Diagnostic;
use crate::locate;
use crate::model::{Check, Claim, Comparison, StoryFile, WorkspaceConfig};
use crate::store::Story;
pub use expr::{ErrorKind, ExprError};

/// One evaluated check.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome<'a> {
    pub check: &'a Check,
    /// The computed value, or why it could not be computed.
    pub result: Result<f64, ExprError>,
}

impl Outcome<'_> {
    /// Whether the check computed a value outside the claimed figure's tolerance.
    pub fn is_mismatch(&self) -> bool {
        self.result.as_ref().is_ok_and(|v| !holds(self.check.comparison, *v, self.check.claimed, self.check.tolerance))
    }

    /// `ok`, `mismatch` or `error`, for reports.
    pub fn status(&self) -> &'static str {
        match &self.result {
            Err(_) => "error",
            Ok(_) if self.is_mismatch() => "mismatch",
            Ok(_) => "ok",
        }
    }

    /// The computed value formatted for people, or the error.
    pub fn computed_text(&self) -> String {
        match &self.result {
            Ok(v) => format_number(*v),
            Err(e) => e.to_string(),
        }
    }
}

/// Whether `computed` is `claimed` give or take `tolerance` (absolute). A tolerance of 0 still forgives
/// floating-point rounding (one part in a billion).
pub fn within(computed: f64, claimed: f64, tolerance: f64) -> bool {
    let slack = 1e-9 * computed.abs().max(claimed.abs());
    (computed - claimed).abs() <= tolerance.abs() + slack
}

/// Whether `computed` satisfies `comparison` against `claimed`: `=` is [`within`]; a bound is widened by
/// `tolerance` (absolute) in the claim's favour, with the same floating-point slack.
pub fn holds(comparison: Comparison, computed: f64, claimed: f64, tolerance: f64) -> bool {
    let slack = tolerance.abs() + 1e-9 * computed.abs().max(claimed.abs());
    match comparison {
        Comparison::Equal => within(computed, claimed, tolerance),
        Comparison::AtLeast => computed >= claimed - slack,
        Comparison::AtMost => computed <= claimed + slack,
        Comparison::Above => computed > claimed - tolerance.abs(),
        Comparison::Below => computed < claimed + tolerance.abs(),
    }
}

/// Looks a name up on the claim first, then on the story.
pub fn lookup<'a>(claim: &'a Claim, story: &'a StoryFile) -> impl Fn(&str) -> Option<f64> + 'a {
    move |name: &str| claim.values.get(name).or_else(|| story.values.get(name)).map(|v| v.value)
}

/// Evaluates every check of a claim.
pub fn evaluate_claim<'a>(claim: &'a Claim, story: &'a StoryFile) -> Vec<Outcome<'a>> {
    let look = lookup(claim, story);
    claim.checks.iter().map(|check| Outcome { check, result: expr::evaluate(&check.expr, &look) }).collect()
}

/// Formats a number for reports: up to four significant digits, scientific notation when very big or small.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v == 0.0 {
        return "0".into();
    }
    let a = v.abs();
    if !(1e-4..1e9).contains(&a) {
        let s = format!("{v:.3e}");
        // 4.190e10 -> 4.19e10
        return match s.split_once('e') {
            Some((m, e)) if m.contains('.') => format!("{}e{e}", m.trim_end_matches('0').trim_end_matches('.')),
            _ => s,
        };
    }
    let decimals = (3 - a.log10().floor() as i32).max(0) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s }
}

/// Formats a number for readers: millions, billions and trillions in words (`12.5 billion`), thousands with
/// separators (`1,234`), the rest as [`format_number`].
pub fn format_readable(v: f64) -> String {
    let a = v.abs();
    if !v.is_finite() || !(1e3..1e15).contains(&a) {
        return format_number(v);
    }
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if a >= scale {
            return format!("{} {word}", format_number(v / scale));
        }
    }
    let s = format_number(v);
    let (int, frac) = s.split_once('.').map_or((s.as_str(), ""), |(i, f)| (i, f));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}.{frac}") }
}

/// Numeric-check warnings for one story: every mismatch, expression error and negative tolerance.
pub fn check_warnings(story: &Story) -> Vec<Diagnostic> {
    let path = story.path();
    // Positions only: a file that cannot be read again puts every diagnostic at 1:1.
    let text = &*story.text().unwrap_or_default();
    // Split only when a claim has checks.
    let layout = locate::Layout::new(text, &story.file.claims);
    let mut out = Vec::new();
    for (k, claim) in story.file.claims.iter().enumerate() {
        if claim.checks.is_empty() {
            continue;
        }
        let (lines, span) = (layout.lines(), layout.span(k));
        let items = span.map(|s| locate::list_items(lines, s, "checks")).unwrap_or_default();
        let claim_pos = span.map_or((1, 1), |s| (s.start + 1, 1));
        for (i, outcome) in evaluate_claim(claim, &story.file).into_iter().enumerate() {
            let item = items.get(i).copied();
            let expr_pos = item.and_then(|it| locate::item_key(lines, it, "expr"));
            let at = expr_pos.or(item.map(|it| (it.0 + 1, 1))).unwrap_or(claim_pos);
            let check = outcome.check;
            let label = if check.label.is_empty() { format!("#{}", i + 1) } else { format!("`{}`", check.label) };
            // Without `claimed:` the check would compare against 0 and pass or fail for no reason.
            if let Some(it) = item
                && locate::item_key(lines, it, "claimed").is_none()
            {
                out.push(Diagnostic::error(
                    &path,
                    at.0,
                    at.1,
                    format!(
                        "claim `{}`: check {label} has no `claimed:`; add the number the claim states (e.g. \
                         `claimed: 0.5` for \"half\")",
                        claim.id
                    ),
                ));
                continue;
            }
            match &outcome.result {
                Err(e) => {
                    let (l, c) = expr_pos.map_or(at, |p| locate::inside_value(lines, p, &check.expr, e.pos));
                    // A check that cannot be computed is broken, not merely doubtful: it fails `check`, and the
                    // story is not published with it.
                    out.push(Diagnostic::error(
                        &path,
                        l,
                        c,
                        format!("claim `{}`: check {label} cannot be computed: {e}", claim.id),
                    ));
                }
                Ok(v) if outcome.is_mismatch() => out.push(Diagnostic::warning(
                    &path,
                    at.0,
                    at.1,
                    format!(
                        "claim `{}`: check {label} mismatch: `{}` computes {}, but the claim says {}{} (tolerance {})",
                        claim.id,
                        check.expr,
                        format_number(*v),
                        check.comparison.words(),
                        format_number(check.claimed),
                        format_number(check.tolerance)
                    ),
                )),
                Ok(_) => {}
            }
            if check.tolerance < 0.0 {
                let (l, c) = item.and_then(|it| locate::item_key(lines, it, "tolerance")).unwrap_or(at);
                out.push(Diagnostic::warning(
                    &path,
                    l,
                    c,
                    format!(
                        "claim `{}`: check {label} has a negative tolerance; write it as a positive number",
                        claim.id
                    ),
                ));
            }
        }
    }
    out
}

/// Whether `name` can be used in an expression: a letter or `_`, then letters, digits and `_`.
pub fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// Line and column of a `key:` (possibly quoted) among `lines[from..to]`.
fn key_line(text: &str, from: usize, to: usize, key: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().take(to).skip(from).find_map(|(i, l)| {
        let t = l.trim_start();
        let hit =
            [format!("{key}:"), format!("'{key}':"), format!("\"{key}\":")].iter().any(|k| t.starts_with(k.as_str()));
        hit.then(|| (i + 1, l.len() - t.len() + 1))
    })
}

/// Warnings for named values that no expression could use, because their name is not a name; errors for values
/// that are not finite numbers (`.nan`, `.inf`), which every check using them would turn into nonsense.
pub fn value_name_warnings(story: &Story) -> Vec<Diagnostic> {
    let path = story.path();
    // Positions only: a file that cannot be read again puts every diagnostic at 1:1.
    let text = &*story.text().unwrap_or_default();
    let mut out = Vec::new();
    let msg = |key: &str| {
        format!(
            "value `{key}` cannot be used in a check's expression; name it with letters, digits and `_`, e.g. `gdp_2023_usd`"
        )
    };
    let not_finite =
        |key: &str, v: f64| format!("value `{key}` is {v}, not a number; write the figure itself, like `41.9e9`");
    // Positions are looked for only for a value that is reported.
    let story_values = || text.lines().position(|l| l.starts_with("values:")).unwrap_or(0);
    for (key, v) in &story.file.values {
        let at = || key_line(text, story_values(), usize::MAX, key).unwrap_or((1, 1));
        if !is_name(key) {
            let (l, c) = at();
            out.push(Diagnostic::warning(&path, l, c, msg(key)));
        }
        if !v.value.is_finite() {
            let (l, c) = at();
            out.push(Diagnostic::error(&path, l, c, not_finite(key, v.value)));
        }
    }
    let layout = locate::Layout::new(text, &story.file.claims);
    for (i, claim) in story.file.claims.iter().enumerate() {
        for (key, v) in &claim.values {
            let at = || layout.span(i).and_then(|s| key_line(text, s.start, s.end, key)).unwrap_or((1, 1));
            if !is_name(key) {
                let (l, c) = at();
                out.push(Diagnostic::warning(&path, l, c, format!("claim `{}`: {}", claim.id, msg(key))));
            }
            if !v.value.is_finite() {
                let (l, c) = at();
                out.push(Diagnostic::error(&path, l, c, format!("claim `{}`: {}", claim.id, not_finite(key, v.value))));
            }
        }
    }
    out
}

/// Every warning factdesk adds on top of `checks::format::validate` for one story: numeric checks, then evidence rules.
pub fn story_warnings(story: &Story, config: &WorkspaceConfig) -> Vec<Diagnostic> {
    let mut out = value_name_warnings(story);
    out.extend(check_warnings(story));
    out.extend(crate::evidence::warnings(story, config));
    out
}

/// Every diagnostic `factdesk check` prints for one loaded story: the format's rules, then [`story_warnings`].
pub fn story_diagnostics(story: &Story, config: &WorkspaceConfig) -> Vec<Diagnostic> {
    let mut out = format::validate(story, config);
    out.extend(story_warnings(story, config));
    out
}

/// One diagnostic of a story as it is in memory, with the claim and the claim's key it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub diagnostic: Diagnostic,
    /// Index of the claim it is about, if any.
    pub claim: Option<usize>,
    /// The key of that claim it points at (`checks`, `sources`, `text`, `id`, …), if found.
    pub key: Option<String>,
    /// Which item of the list under that key (0-based), when it points inside one (the third source).
    pub item: Option<usize>,
}

/// A copy of a story as it is in memory (unsaved edits included) whose text is its rendering, so that rules and
/// exports that take positions from the text read no file. Their lines are those of the rendering, not of the
/// file on disk: [`locate_all`] gives each diagnostic the claim and key it points at instead.
pub fn live_story(story: &Story) -> Story {
    let mut live = story.clone();
    live.disk_text = Some(crate::yaml::render(&story.file));
    live
}

/// [`story_diagnostics`] for a story as it is in memory, each with the claim and key it is about.
pub fn live_diagnostics(story: &Story, config: &WorkspaceConfig) -> Vec<Located> {
    let live = live_story(story);
    let diags = story_diagnostics(&live, config);
    locate_all(&live, diags)
}

/// The claim and key each diagnostic of `live` (from [`live_story`]) points at. Outside any claim, the key is the
/// story file's top-level key (`values`, `story`).
pub fn locate_all(live: &Story, diags: Vec<Diagnostic>) -> Vec<Located> {
    let text = live.disk_text.as_deref().unwrap_or_default();
    let lines = locate::lines(text);
    let spans = locate::claim_spans(&lines, &live.file.claims);
    let whole = locate::ClaimSpan { start: 0, end: lines.len(), indent: 0 };
    let path = live.path();
    diags
        .into_iter()
        .map(|diagnostic| {
            // About another file (the workspace's settings): no claim or key of this story.
            if diagnostic.path != path {
                return Located { diagnostic, claim: None, key: None, item: None };
            }
            let line = diagnostic.line.saturating_sub(1);
            let hit = spans
                .iter()
                .enumerate()
                .find_map(|(i, s)| s.filter(|s| (s.start..s.end).contains(&line)).map(|s| (i, s)));
            let claim = hit.map(|(i, _)| i);
            let span = hit.map_or(whole, |(_, s)| s);
            let key = locate::claim_key_at(&lines, span, line);
            let item = key.as_deref().and_then(|k| {
                locate::list_items(&lines, span, k).iter().position(|&(from, to)| (from..to).contains(&line))
            });
            Located { diagnostic, claim, key, item }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NamedValue;

    fn nv(v: f64) -> NamedValue {
        NamedValue { value: v, ..Default::default() }
    }

    #[test]
    fn readable_numbers_for_reports() {
        assert_eq!(format_readable(1.25e10), "12.5 billion");
        assert_eq!(format_readable(310e6), "310 million");
        assert_eq!(format_readable(-2.4e12), "-2.4 trillion");
        assert_eq!(format_readable(1234.0), "1,234");
        assert_eq!(format_readable(-45_000.0), "-45,000");
        assert_eq!(format_readable(100_000.0), "100,000");
        assert_eq!(format_readable(0.3931), "0.3931");
        assert_eq!(format_readable(999.0), "999");
    }

    #[test]
    fn comparisons_bound_the_computed_value() {
        use Comparison::*;
        assert!(holds(Equal, 0.5, 0.5, 0.0) && !holds(Equal, 0.6, 0.5, 0.05));
        assert!(holds(AtLeast, 0.4, 0.4, 0.0) && holds(AtLeast, 0.45, 0.4, 0.0) && !holds(AtLeast, 0.39, 0.4, 0.0));
        assert!(holds(AtLeast, 0.39, 0.4, 0.01), "the tolerance widens the bound in the claim's favour");
        assert!(holds(AtMost, 10.0, 10.0, 0.0) && !holds(AtMost, 10.5, 10.0, 0.0));
        assert!(holds(Above, 1001.0, 1000.0, 0.0) && !holds(Above, 1000.0, 1000.0, 0.0));
        assert!(holds(Below, 999.0, 1000.0, 0.0) && !holds(Below, 1000.0, 1000.0, 0.0));
        let check = Check { expr: "1000".into(), claimed: 1000.0, comparison: Above, ..Default::default() };
        assert!(Outcome { check: &check, result: Ok(1000.0) }.is_mismatch());
    }

    #[test]
    fn claim_values_shadow_story_values() {
        let mut story = StoryFile::default();
        story.values.insert("gdp".into(), nv(41.9e9));
        story.values.insert("revenue".into(), nv(12.5e9));
        let mut claim = Claim::new("c", "half of GDP");
        claim.values.insert("gdp".into(), nv(25e9));
        claim.checks.push(Check {
            label: "share".into(),
            expr: "revenue / gdp".into(),
            claimed: 0.5,
            tolerance: 0.01,
            ..Default::default()
        });
        let out = evaluate_claim(&claim, &story);
        assert_eq!(out[0].result, Ok(0.5));
        assert!(!out[0].is_mismatch());
        claim.values.clear();
        let out = evaluate_claim(&claim, &story);
        assert!(out[0].is_mismatch());
        assert_eq!(out[0].status(), "mismatch");
        assert_eq!(out[0].computed_text(), "0.2983");
    }

    #[test]
    fn tolerance_is_absolute_and_forgives_rounding() {
        assert!(within(0.1 + 0.2, 0.3, 0.0));
        assert!(within(0.46, 0.5, 0.05));
        assert!(!within(0.44, 0.5, 0.05));
        assert!(!within(0.2983, 0.5, 0.05));
    }

    #[test]
    fn live_diagnostics_see_unsaved_edits_read_no_file_and_name_claim_key_and_item() {
        use crate::store::tests::{GOOD, story_in};
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), GOOD, "It is half of GDP.");
        let ws = crate::load::load_workspace(t.path()).unwrap();
        let mut story = ws.stories[0].clone();
        assert!(story_diagnostics(&story, &ws.config).is_empty());
        // Unsaved edits: a second check that fails, and a value whose name no expression can use.
        let fine = Check { label: "fine".into(), expr: "1".into(), claimed: 1.0, ..Default::default() };
        let bad = Check { label: "half".into(), expr: "1 / 3".into(), claimed: 0.5, ..Default::default() };
        story.file.claims[0].checks = vec![fine, bad];
        story.file.values.insert("not a name".into(), NamedValue { value: 1.0, ..Default::default() });
        // The file is gone: nothing may be read from disk.
        std::fs::remove_file(dir.join(crate::store::STORY_FILE)).unwrap();
        let live = live_diagnostics(&story, &ws.config);
        let mismatch = live.iter().find(|l| l.diagnostic.message.contains("`half` mismatch")).unwrap();
        assert_eq!((mismatch.claim, mismatch.key.as_deref(), mismatch.item), (Some(0), Some("checks"), Some(1)));
        let name = live.iter().find(|l| l.diagnostic.message.contains("`not a name`")).unwrap();
        assert_eq!((name.claim, name.key.as_deref()), (None, Some("values")));
        assert!(name.diagnostic.line > 1, "positions come from the rendered story, not 1:1");
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(format_number(0.29832935560859186), "0.2983");
        assert_eq!(format_number(0.5), "0.5");
        assert_eq!(format_number(41.9e9), "4.19e10");
        assert_eq!(format_number(12.5e9), "1.25e10");
        assert_eq!(format_number(336.0), "336");
        assert_eq!(format_number(1234.5678), "1235");
        assert_eq!(format_number(-0.05), "-0.05");
        assert_eq!(format_number(0.0), "0");
    }
}
