//! Lossless saves: splice only the changed keys and claims into the original text of a hand-edited `claims.yaml`.
//!
//! Everything not changed is copied byte for byte: comments, unknown keys, key order, quoting, blank lines.
//! Changed mappings are descended into key by key (the top level, `story:`, each claim, `quote:`); claims are
//! matched by `id` and spliced one item at a time; a changed value that cannot be descended into is re-rendered
//! with serde_yaml at its original indentation. The spliced text is parsed again and must give exactly the new
//! story; if anything is off, the plan falls back to the canonical render and says, before the save, what
//! will not be kept.

use crate::model::StoryFile;
use crate::yaml;
use serde_yaml::{Mapping, Value};
use std::collections::HashMap;
use std::path::Path;

/// The text a save would write, and what (if anything) it cannot keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavePlan {
    pub text: String,
    /// True when every byte of the original that does not belong to a changed value is kept.
    pub lossless: bool,
    /// Shown before the save when something cannot be kept. Plain text; sanitize before drawing.
    pub warning: Option<String>,
}

/// Plans the text for saving `new` over a file whose text on disk is `original`.
///
/// Every plan's text reads back as exactly `new`. When no text can (a key serde_yaml cannot write, such as a
/// mapping used as a key, in a part of the file that changed), the answer is an error that says why, and
/// nothing should be written.
pub fn plan(original: &str, new: &StoryFile) -> Result<SavePlan, String> {
    let path = Path::new(crate::boundary::STORY_FILE);
    let reads_back = |text: &str| yaml::parse_story(path, text).is_ok_and(|back| same(&back, new));
    let canonical = |warning: Option<String>| {
        let text = serde_yaml::to_string(new).map_err(|e| format!("factdesk cannot write this story as YAML: {e}"))?;
        if !reads_back(&text) {
            return Err("factdesk cannot write this story so that it reads back the same".to_string());
        }
        Ok(SavePlan { text, lossless: warning.is_none(), warning })
    };
    if original.trim().is_empty() {
        return canonical(None);
    }
    let Ok(old) = yaml::parse_story(path, original) else {
        return canonical(Some(fallback_warning(original, "the file on disk is not a valid story file")));
    };
    if same(&old, new) {
        // Nothing changed: the file stays exactly as it is.
        return Ok(SavePlan { text: original.to_string(), lossless: true, warning: None });
    }
    if yaml::render(&old) == original {
        // Written by factdesk: the canonical layout is the file's own layout.
        return canonical(None);
    }
    let mut losses = Losses::new();
    let why = match splice(original, &old, new, &mut losses) {
        Ok(text) if reads_back(&text) && losses.is_empty() => {
            return Ok(SavePlan { text, lossless: true, warning: None });
        }
        Ok(text) if reads_back(&text) => {
            let warning = format!(
                "saving keeps the rest of claims.yaml as it is, but rewrites {} in the standard layout, \
                 and the comments written inside {} are lost. Cancel to make this edit by hand instead.",
                losses.join(", "),
                if losses.len() == 1 { "it" } else { "them" }
            );
            return Ok(SavePlan { text, lossless: false, warning: Some(warning) });
        }
        Ok(_) => "splicing the change in did not read back as the same story".to_string(),
        Err(why) => why,
    };
    canonical(Some(fallback_warning(original, &why)))
}

/// Whether two stories hold the same data, as YAML sees it (so a `.nan` equals itself).
///
/// Plain equality decides, except where a number is NaN (unequal to itself); only then are both stories
/// compared as YAML values, which is several times slower on a big story. No field is left out of the YAML
/// (`model` has no `#[serde(skip)]`), so equal stories always write the same YAML.
pub fn same(a: &StoryFile, b: &StoryFile) -> bool {
    if a == b {
        return true;
    }
    if !has_nan(a) && !has_nan(b) {
        return false;
    }
    match (serde_yaml::to_value(a), serde_yaml::to_value(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Whether any number of the story's own fields is NaN (`extra` values compare NaN as equal already).
fn has_nan(f: &StoryFile) -> bool {
    let values =
        |v: &std::collections::BTreeMap<String, crate::model::NamedValue>| v.values().any(|n| n.value.is_nan());
    values(&f.values)
        || f.claims.iter().any(|c| {
            c.score.is_some_and(f64::is_nan)
                || values(&c.values)
                || c.checks.iter().any(|k| k.claimed.is_nan() || k.tolerance.is_nan())
        })
}

fn fallback_warning(original: &str, why: &str) -> String {
    let comments = original.lines().filter(|l| l.trim_start().starts_with('#')).count();
    let mut lost = Vec::new();
    if comments > 0 {
        lost.push(format!("{comments} comment line{}", if comments == 1 { "" } else { "s" }));
    }
    if original.contains("\n\n") {
        lost.push("blank lines".into());
    }
    lost.push("key order and quoting style".into());
    format!(
        "this claims.yaml cannot be saved losslessly ({why}); saving rewrites it in factdesk's standard layout \
         and loses: {}. The data itself is kept. Cancel to make this edit by hand instead.",
        lost.join(", ")
    )
}

type Splice<T> = Result<T, String>;

/// Comments inside values that had to be re-rendered whole: said before saving.
type Losses = Vec<String>;

/// Notes a loss when `content` (about to be replaced by a fresh render) held comments the render drops.
fn note_loss(content: &[String], canonical_old: &str, what: &str, losses: &mut Losses) {
    if content.concat() != canonical_old && content.iter().skip(1).chain(content.first()).any(|l| l.contains('#')) {
        losses.push(what.to_string());
    }
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// How many lines of `text` hold a YAML comment, whole-line or after a value. Block-scalar lines that look like
/// one count too, so compare two texts of the same data: a drop in the count is comments lost.
pub fn comment_lines(text: &str) -> usize {
    text.lines().filter(|l| is_comment(l) || inline_comment(l).is_some()).count()
}

fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// The key of a `key: value` line at exactly `indent`, or `None` if the line is not a key line.
fn key_of(line: &str, indent: usize) -> Splice<Option<String>> {
    if indent_of(line) != indent || is_blank(line) || is_comment(line) {
        return Ok(None);
    }
    let rest = line[indent..].trim_end_matches(['\n', '\r']);
    let first = rest.chars().next().unwrap_or(' ');
    if rest.starts_with("- ") || rest == "-" {
        return Ok(None);
    }
    if matches!(first, '"' | '\'' | '?' | '{' | '[' | '&' | '*' | '!' | '|' | '>' | '%' | '@' | '`') {
        return Err(format!(
            "a key written as `{}` is beyond what can be spliced",
            rest.chars().take(20).collect::<String>()
        ));
    }
    let colon = rest
        .char_indices()
        .find(|&(i, c)| c == ':' && rest[i + 1..].chars().next().is_none_or(|n| n == ' '))
        .map(|(i, _)| i)
        .ok_or_else(|| format!("line `{}` is not a `key: value` line", rest.chars().take(40).collect::<String>()))?;
    Ok(Some(rest[..colon].trim_end().to_string()))
}

/// Whether the value of a key line sits on the following lines (nothing but maybe a comment after the colon).
fn value_is_block(line: &str) -> bool {
    let Some(colon) = line.find(": ").map(|i| i + 1).or_else(|| line.trim_end().strip_suffix(':').map(|k| k.len() + 1))
    else {
        return false;
    };
    let rest = line[colon..].trim();
    rest.is_empty() || rest.starts_with('#')
}

/// The comment at the end of a one-line `key: value` (with the spaces before it), if any.
fn inline_comment(line: &str) -> Option<&str> {
    let line = line.trim_end_matches(['\n', '\r']);
    let colon = line.find(": ")? + 1;
    let bytes = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = colon;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(b'"') if b == b'\\' => i += 1,
            Some(q) if b == q => {
                if q == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                    i += 1;
                } else {
                    quote = None;
                }
            }
            Some(_) => {}
            None if (b == b'"' || b == b'\'') && line[colon..i].trim().is_empty() => quote = Some(b),
            None if b == b'#' && bytes[i - 1] == b' ' => {
                let start = line[..i].trim_end_matches(' ').len();
                return Some(&line[start..]);
            }
            None => {}
        }
        i += 1;
    }
    None
}

/// Renders `key: value` at `indent`.
fn render_entry(key: &str, value: &Value, indent: usize) -> Splice<String> {
    let mut m = Mapping::new();
    m.insert(Value::String(key.to_string()), value.clone());
    let text = serde_yaml::to_string(&m).map_err(|e| e.to_string())?;
    Ok(indent_text(&text, indent))
}

fn indent_text(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    text.split_inclusive('\n').map(|l| if is_blank(l) { l.to_string() } else { format!("{pad}{l}") }).collect()
}

/// An entry of a block mapping or sequence: its leading comments and blank lines, then its own lines.
struct Entry<'a> {
    key: Option<String>,
    lead: &'a [String],
    content: &'a [String],
}

/// Splits `lines` into entries starting at the lines where `starts` says so. Comments and blank lines just
/// before a start (at no deeper indentation) lead the entry they precede; the rest after the last entry is the trailer.
fn entries<'a>(
    lines: &'a [String],
    indent: usize,
    starts: &[(usize, Option<String>)],
) -> Splice<(Vec<Entry<'a>>, &'a [String])> {
    let lead_start = |at: usize, floor: usize| {
        let mut s = at;
        while s > floor
            && (is_blank(&lines[s - 1]) || (is_comment(&lines[s - 1]) && indent_of(&lines[s - 1]) <= indent))
        {
            s -= 1;
        }
        s
    };
    let first = starts.first().map_or(lines.len(), |s| s.0);
    if lines[..first].iter().any(|l| !is_blank(l) && !is_comment(l)) {
        return Err("content before the first key".into());
    }
    let mut out = Vec::new();
    let mut prev_end = 0;
    for (i, (at, key)) in starts.iter().enumerate() {
        let ls = if i == 0 { 0 } else { lead_start(*at, starts[i - 1].0 + 1) };
        let next = starts.get(i + 1).map_or(lines.len(), |n| n.0);
        let end = if i + 1 < starts.len() { lead_start(next, at + 1) } else { lead_start(lines.len(), at + 1) };
        out.push(Entry { key: key.clone(), lead: &lines[ls..*at], content: &lines[*at..end] });
        prev_end = end;
    }
    Ok((out, &lines[prev_end..]))
}

/// Splices a block mapping whose keys sit at `indent`.
fn splice_map(
    lines: &[String],
    indent: usize,
    old: &Mapping,
    new: &Mapping,
    top: bool,
    path: &str,
    losses: &mut Losses,
) -> Splice<String> {
    for l in lines {
        if !is_blank(l) && !is_comment(l) && indent_of(l) < indent {
            return Err("a line is indented less than its mapping".into());
        }
        if l.starts_with('\t') || l.contains("\t#") && !is_comment(l) && indent_of(l) == indent {
            return Err("tabs in indentation".into());
        }
    }
    let mut starts = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if let Some(k) = key_of(l, indent)? {
            starts.push((i, Some(k)));
        } else if indent_of(l) == indent && !is_blank(l) && !is_comment(l) {
            let t = l[indent..].trim_end();
            let seq_item = t.starts_with("- ") || t == "-";
            if !seq_item || (!top && starts.is_empty()) {
                return Err(format!("line `{}` is beyond what can be spliced", t.chars().take(40).collect::<String>()));
            }
        }
    }
    let (ents, trailer) = entries(lines, indent, &starts)?;
    let text_keys: Vec<&str> = ents.iter().filter_map(|e| e.key.as_deref()).collect();
    if old.keys().chain(new.keys()).any(|k| !k.is_string()) {
        return Err("a key that is not a string".into());
    }
    let mut seen = HashMap::new();
    for k in &text_keys {
        if seen.insert(*k, ()).is_some() {
            return Err(format!("key `{k}` appears twice"));
        }
    }
    struct Out {
        key: String,
        lead: String,
        body: String,
    }
    let mut out: Vec<Out> = Vec::new();
    for e in &ents {
        let key = e.key.clone().unwrap_or_default();
        let lead: String = e.lead.concat();
        let (ov, nv) = (old.get(key.as_str()), new.get(key.as_str()));
        let body = if ov == nv {
            e.content.concat()
        } else if let Some(nv) = nv {
            let at = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            changed_value(e.content, indent, &key, ov, nv, top, &at, losses)?
        } else {
            // Removed: its leading comments go with it.
            continue;
        };
        out.push(Out { key, lead, body });
    }
    // Keys new to the file go after the key they follow in the new story.
    let new_keys: Vec<&str> = new.keys().filter_map(Value::as_str).collect();
    for (i, k) in new_keys.iter().enumerate() {
        // Keys the file leaves out have their default value; they are written only when that changes.
        if text_keys.contains(k) || old.get(*k) == new.get(*k) {
            continue;
        }
        let body = render_entry(k, &new[*k], indent)?;
        let after = new_keys[..i].iter().rev().find_map(|p| out.iter().position(|o| o.key == *p));
        match after {
            Some(p) => out.insert(p + 1, Out { key: k.to_string(), lead: String::new(), body }),
            None => {
                let lead = out.first_mut().map(|o| std::mem::take(&mut o.lead)).unwrap_or_default();
                out.insert(0, Out { key: k.to_string(), lead, body });
            }
        }
    }
    let mut text: String = out.iter().map(|o| format!("{}{}", o.lead, o.body)).collect();
    text.push_str(&trailer.concat());
    Ok(text)
}

/// The new text of a changed `key: value` entry whose original lines are `content`.
#[allow(clippy::too_many_arguments)]
fn changed_value(
    content: &[String],
    indent: usize,
    key: &str,
    ov: Option<&Value>,
    nv: &Value,
    top: bool,
    path: &str,
    losses: &mut Losses,
) -> Splice<String> {
    let head = &content[0];
    let body = &content[1..];
    let child_indent = body.iter().find(|l| !is_blank(l) && !is_comment(l)).map(|l| indent_of(l));
    if value_is_block(head)
        && let Some(ci) = child_indent
    {
        let mut inner = Losses::new();
        let attempt = match (ov, nv) {
            (Some(Value::Mapping(om)), Value::Mapping(nm)) if ci > indent => {
                splice_map(body, ci, om, nm, false, path, &mut inner)
            }
            (Some(Value::Sequence(os)), Value::Sequence(ns)) if top && key == "claims" => {
                splice_claims(body, ci, os, ns, &mut inner)
            }
            _ => Err(String::new()),
        };
        if let Ok(text) = attempt {
            losses.extend(inner);
            return Ok(format!("{head}{text}"));
        }
    }
    let fresh = render_entry(key, nv, indent)?;
    // A one-line value keeps the comment at the end of its line.
    if let ([line], 1) = (content, fresh.lines().count())
        && let Some(comment) = inline_comment(line)
    {
        return Ok(format!("{}{comment}\n", fresh.trim_end_matches('\n')));
    }
    if let Some(ov) = ov {
        note_loss(content, &render_entry(key, ov, indent)?, &format!("`{path}`"), losses);
    }
    Ok(fresh)
}

/// Splices the claims list, matching items to claims by position in the old file and by `id` in the new story.
fn splice_claims(lines: &[String], indent: usize, old: &[Value], new: &[Value], losses: &mut Losses) -> Splice<String> {
    let mut starts = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if indent_of(l) == indent && !is_blank(l) && !is_comment(l) {
            let t = l[indent..].trim_end();
            if !(t.starts_with("- ") || t == "-") {
                return Err("the claims list holds something that is not an item".into());
            }
            starts.push((i, None));
        }
    }
    if starts.len() != old.len() {
        return Err("the claims list does not line up with the claims".into());
    }
    let id = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_string);
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, c) in old.iter().enumerate() {
        let k = id(c).filter(|k| !k.is_empty()).ok_or("a claim without an id")?;
        if by_id.insert(k, i).is_some() {
            return Err("two claims share an id".into());
        }
    }
    let (ents, trailer) = entries(lines, indent, &starts)?;
    let mut text = String::new();
    let mut used = vec![false; old.len()];
    for nc in new {
        let old_i = id(nc).and_then(|k| by_id.get(&k).copied());
        match old_i {
            Some(i) if !used[i] => {
                used[i] = true;
                let e = &ents[i];
                text.push_str(&e.lead.concat());
                if old[i] == *nc {
                    text.push_str(&e.content.concat());
                } else {
                    let what = format!("claims[{}]", id(nc).unwrap_or_default());
                    let item = match splice_item(e.content, indent, &old[i], nc, &what, losses) {
                        Ok(item) => item,
                        Err(_) => {
                            note_loss(e.content, &render_item(&old[i], indent)?, &what, losses);
                            render_item(nc, indent)?
                        }
                    };
                    text.push_str(&item);
                }
            }
            _ => text.push_str(&render_item(nc, indent)?),
        }
    }
    text.push_str(&trailer.concat());
    Ok(text)
}

fn render_item(v: &Value, indent: usize) -> Splice<String> {
    let text = serde_yaml::to_string(&vec![v]).map_err(|e| e.to_string())?;
    Ok(indent_text(&text, indent))
}

/// Splices one `- key: value` item: its first line's dash is treated as indentation.
fn splice_item(
    content: &[String],
    indent: usize,
    old: &Value,
    new: &Value,
    what: &str,
    losses: &mut Losses,
) -> Splice<String> {
    let (Value::Mapping(om), Value::Mapping(nm)) = (old, new) else { return Err("not a mapping".into()) };
    let first = &content[0];
    let after_dash = &first[indent + 1..];
    let key_indent = indent + 1 + (after_dash.len() - after_dash.trim_start_matches(' ').len());
    if after_dash.trim().is_empty() || after_dash.trim_start().starts_with('#') {
        return Err("an item that does not start with a key".into());
    }
    let mut lines = content.to_vec();
    lines[0] = format!("{}{}", " ".repeat(indent + 1), after_dash);
    let mut inner = Losses::new();
    let text = splice_map(&lines, key_indent, om, nm, false, what, &mut inner)?;
    losses.extend(inner);
    let (head, rest) = text.split_at(text.find('\n').map_or(text.len(), |i| i + 1));
    if indent_of(head) != key_indent || is_comment(head) {
        return Err("the item's first key moved".into());
    }
    Ok(format!("{}-{}{}", " ".repeat(indent), &head[indent + 1..], rest))
}

/// Splices the whole file. `old` is the story the original text parses to.
fn splice(original: &str, old: &StoryFile, new: &StoryFile, losses: &mut Losses) -> Splice<String> {
    if original.contains('\r') {
        return Err("Windows line endings".into());
    }
    let text = if original.ends_with('\n') { original.to_string() } else { format!("{original}\n") };
    let lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    let body_start = lines
        .iter()
        .position(|l| l.trim_end() == "---")
        .filter(|&i| lines[..i].iter().all(|l| is_blank(l) || is_comment(l) || l.starts_with('%')));
    let extra_doc =
        lines.iter().enumerate().any(|(i, l)| l.trim_end() == "..." || (l.starts_with("---") && Some(i) != body_start));
    if extra_doc {
        return Err("document markers beyond a single leading `---`".into());
    }
    let (head, body) = lines.split_at(body_start.map_or(0, |i| i + 1));
    let to_map = |f: &StoryFile| match serde_yaml::to_value(f) {
        Ok(Value::Mapping(m)) => Ok(m),
        _ => Err("the story is not a mapping".to_string()),
    };
    let spliced = splice_map(body, 0, &to_map(old)?, &to_map(new)?, true, "", losses)?;
    Ok(format!("{}{spliced}", head.concat()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, Source};

    const HAND: &str = "\
# Cambodia story — checked by the desk.
# Do not reorder: the print edition follows this order.

story:
  title: 'Scam compounds'   # working title
  article: article.txt
  x-desk: {priority: 2, owner: \"ann\"}

claims:
# First the big number.
- id: gdp-half
  status: open
  text: \"Half of GDP\"
  quote:
    exact: half of GDP   # as printed
  # kind left as statistic
  kind: statistic

- id: minors
  text: >-
    Nine minors
    were victims
  x-source-desk: foreign
  status: open

# trailing comment
";

    fn old() -> StoryFile {
        yaml::parse_story(Path::new("c.yaml"), HAND).unwrap()
    }

    fn assert_lossless(p: &SavePlan, new: &StoryFile) {
        assert!(p.lossless, "{:?}", p.warning);
        assert!(p.warning.is_none());
        assert_eq!(&yaml::parse_story(Path::new("c.yaml"), &p.text).unwrap(), new);
    }

    #[test]
    fn unchanged_file_is_kept_byte_for_byte() {
        let p = plan(HAND, &old()).unwrap();
        assert_lossless(&p, &old());
        assert_eq!(p.text, HAND);
    }

    #[test]
    fn one_changed_field_changes_one_line() {
        let mut new = old();
        new.claims[0].status = crate::model::Status::Reviewed;
        let p = plan(HAND, &new).unwrap();
        assert_lossless(&p, &new);
        assert_eq!(p.text, HAND.replace("  status: open\n  text: \"Half", "  status: reviewed\n  text: \"Half"));
    }

    #[test]
    fn new_field_goes_in_place_and_everything_else_stays() {
        let mut new = old();
        new.claims[1].verdict = "accurate".into();
        new.claims[1].notes = "Confirmed by\ntwo sources.\n".into();
        new.claims[0].quote.exact = "half of the GDP".into();
        let p = plan(HAND, &new).unwrap();
        assert_lossless(&p, &new);
        for kept in [
            "# Cambodia story — checked by the desk.\n# Do not reorder",
            "  title: 'Scam compounds'   # working title\n",
            "  x-desk: {priority: 2, owner: \"ann\"}\n\nclaims:\n# First the big number.\n",
            "  # kind left as statistic\n  kind: statistic\n\n- id: minors\n",
            "  text: >-\n    Nine minors\n    were victims\n  x-source-desk: foreign\n",
            "\n# trailing comment\n",
        ] {
            assert!(p.text.contains(kept), "lost {kept:?} in:\n{}", p.text);
        }
        assert!(p.text.contains("    exact: half of the GDP   # as printed\n"), "{}", p.text);
        assert!(p.text.contains("  verdict: accurate\n  notes: |\n    Confirmed by\n    two sources.\n"), "{}", p.text);
    }

    #[test]
    fn claims_added_removed_and_story_fields_edited() {
        let mut new = old();
        new.claims.remove(0);
        let mut c = Claim::new("new-one", "A new claim");
        c.sources.push(Source { title: "S".into(), url: "https://s".into(), ..Default::default() });
        new.claims.push(c);
        new.story.title = "Final title".into();
        let p = plan(HAND, &new).unwrap();
        assert_lossless(&p, &new);
        assert!(!p.text.contains("gdp-half") && !p.text.contains("# First the big number"), "{}", p.text);
        assert!(
            p.text.contains("  title: Final title   # working title\n  article: article.txt\n  x-desk: {priority"),
            "{}",
            p.text
        );
        assert!(p.text.contains("- id: minors\n  text: >-\n"));
        assert!(p.text.contains("- id: new-one\n  text: A new claim\n"), "{}", p.text);
        assert!(p.text.starts_with("# Cambodia story"));
    }

    #[test]
    fn factdesk_written_file_stays_canonical() {
        let mut f = old();
        f.claims[0].notes = "n".into();
        let canonical = yaml::render(&f);
        let p = plan(&canonical, &f).unwrap();
        assert_eq!(p.text, canonical);
        f.claims[1].verdict = "accurate".into();
        assert_eq!(plan(&canonical, &f).unwrap().text, yaml::render(&f));
    }

    #[test]
    fn what_cannot_be_kept_is_said_before_saving() {
        // An anchor shared between two claims cannot be spliced once one side changes.
        let yaml = "# desk\nstory:\n  title: T\nclaims:\n- id: a\n  text: &t shared text\n- id: b\n  text: *t\n";
        let mut new = yaml::parse_story(Path::new("c.yaml"), yaml).unwrap();
        assert_eq!(plan(yaml, &new).unwrap().text, yaml, "unchanged still means untouched");
        new.claims[0].text = "changed".into();
        let p = plan(yaml, &new).unwrap();
        assert!(!p.lossless);
        let w = p.warning.unwrap();
        assert!(w.contains("1 comment line") && w.contains("Cancel"), "{w}");
        assert_eq!(yaml::parse_story(Path::new("c.yaml"), &p.text).unwrap(), new, "the data is still right");
    }

    #[test]
    fn comments_inside_a_rewritten_list_are_named_before_saving() {
        let yaml = "# top\nstory:\n  title: T\nclaims:\n- id: a\n  text: x  # keep me\n  sources:\n  # the ministry\n  - title: M\n    url: https://m\n";
        let mut new = yaml::parse_story(Path::new("c.yaml"), yaml).unwrap();
        new.claims[0].sources[0].accessed = "2026-11-28".into();
        let p = plan(yaml, &new).unwrap();
        assert!(!p.lossless);
        let w = p.warning.unwrap();
        assert!(w.contains("`claims[a].sources`") && w.contains("Cancel"), "{w}");
        assert!(p.text.starts_with("# top\n") && p.text.contains("  text: x  # keep me\n"), "{}", p.text);
        assert_eq!(yaml::parse_story(Path::new("c.yaml"), &p.text).unwrap(), new);
    }

    #[test]
    fn what_cannot_be_written_is_refused_not_mangled() {
        // Found by the `yaml_loader` fuzz target: a mapping used as a key (which serde_yaml cannot write) and a
        // repeated key. Unchanged, the file is kept as it is; changed, the key's part of the file is
        // re-rendered, which cannot be done, so the save is refused instead of writing something else.
        let text = "9:\n ? ::\ns:\ns:";
        let f = yaml::parse_story(Path::new("c"), text).unwrap();
        assert_eq!(plan(text, &f).unwrap().text, text);
        let mut edited = f.clone();
        edited.story.title = "x".into();
        let e = plan(text, &edited).unwrap_err();
        assert!(e.contains("cannot write this story"), "{e}");
        // A repeated key alone falls back to the standard layout, with a warning that names it.
        let text = "story:\n  title: T\ns: 1\ns: 2\n";
        let mut f = yaml::parse_story(Path::new("c"), text).unwrap();
        f.story.title = "U".into();
        let p = plan(text, &f).unwrap();
        assert!(p.warning.unwrap().contains("key `s` appears twice"));
        assert_eq!(yaml::parse_story(Path::new("c"), &p.text).unwrap(), f);
    }

    #[test]
    fn not_a_number_is_the_same_as_itself() {
        // Found by the `yaml_loader` fuzz target: `.nan` != `.nan` as f64, so an unchanged story was refused.
        let text = "story:\n  title: T\nclaims:\n- id: a\n  text: x\n  score: .nan  # odd\n";
        let f = yaml::parse_story(Path::new("c"), text).unwrap();
        assert_eq!(plan(text, &f).unwrap().text, text);
        let mut g = f.clone();
        g.claims[0].text = "y".into();
        let p = plan(text, &g).unwrap();
        assert_eq!(p.text, text.replace("text: x", "text: y"));
    }

    #[test]
    fn inline_comments_are_found_outside_quotes() {
        assert_eq!(inline_comment("  title: 'a # b'   # working\n"), Some("   # working"));
        assert_eq!(inline_comment("  t: \"x \\\" # y\" # c"), Some(" # c"));
        // In YAML a space then `#` always starts a comment, even in a plain value.
        assert_eq!(inline_comment("  t: item #3 # real"), Some(" #3 # real"));
        assert_eq!(inline_comment("  t: item#3"), None);
        assert_eq!(inline_comment("  t: 'it''s # not'"), None);
    }

    #[test]
    fn bundled_story_hand_commented_keeps_every_comment_through_each_edit() {
        let bundled = include_str!("../claims/cambodia-scam-compounds/claims.yaml");
        let mut hand = String::new();
        let mut n = 0;
        for line in bundled.split_inclusive('\n') {
            if line.starts_with("- id:") {
                n += 1;
                hand.push_str(&format!("\n# reviewer note {n}\n"));
            }
            hand.push_str(line);
        }
        assert!(n > 10);
        let old = yaml::parse_story(Path::new("c.yaml"), &hand).unwrap();
        for i in (0..old.claims.len()).step_by(4) {
            let mut new = old.clone();
            new.claims[i].notes = format!("edited {i}\nsecond line");
            new.claims[i].verdict = "accurate".into();
            let p = plan(&hand, &new).unwrap();
            assert_lossless(&p, &new);
            for k in 1..=n {
                assert!(p.text.contains(&format!("\n# reviewer note {k}\n")), "claim {i} lost note {k}");
            }
            let changed = p.text.lines().zip(hand.lines()).filter(|(a, b)| a != b).count();
            assert!(changed >= 1 && p.text.len().abs_diff(hand.len()) < 2000, "claim {i}: only that claim changes");
        }
    }

    #[test]
    fn file_without_final_newline_and_document_marker() {
        let yaml = "---\n# c\nstory:\n  title: T\nclaims:\n- id: a\n  text: x  # keep\n- id: b\n  text: y";
        let mut new = yaml::parse_story(Path::new("c.yaml"), yaml).unwrap();
        new.claims[1].text = "z".into();
        let p = plan(yaml, &new).unwrap();
        assert_lossless(&p, &new);
        assert_eq!(p.text, "---\n# c\nstory:\n  title: T\nclaims:\n- id: a\n  text: x  # keep\n- id: b\n  text: z\n");
    }
}

/// Why a top-level setting could not be set in place (see [`set_section`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SectionError {
    /// The text is not a YAML mapping at the top (a list, a scalar, several documents).
    #[error("the file is not a YAML mapping at its top level, so `{key}:` cannot be set in it")]
    NotAMapping { key: String },
    /// The file is laid out so that replacing `key:`'s lines would not give the wanted value (a flow mapping
    /// spanning other keys, an anchor used elsewhere); the message says what to write by hand.
    #[error("`{key}:` could not be set without rewriting the rest of the file; write it by hand as:\n{wanted}")]
    Layout { key: String, wanted: String },
}

/// `text` with the top-level `key` set to `value`: the lines of `key:`'s block (its line, and the indented or
/// blank lines under it) are replaced by `value` rendered by serde_yaml, or the block is added at the end. Every
/// other line, comments included, is kept byte for byte. The result is parsed back and must equal the original
/// with only `key` changed; otherwise nothing is returned but an error saying what to write by hand.
///
/// Hand-written (not serde_yaml's render of the whole file) because the file is the newsroom's: its comments
/// and layout are kept, as [`plan`] keeps them for story files.
pub fn set_section(text: &str, key: &str, value: &Value) -> Result<String, SectionError> {
    let mut wanted = Mapping::new();
    wanted.insert(Value::String(key.to_string()), value.clone());
    let rendered = serde_yaml::to_string(&Value::Mapping(wanted)).unwrap_or_default();
    let layout = || SectionError::Layout { key: key.to_string(), wanted: rendered.clone() };
    let parse = |t: &str| -> Option<Mapping> {
        if t.trim().is_empty() || t.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
            return Some(Mapping::new());
        }
        match serde_yaml::from_str::<Value>(t).ok()? {
            Value::Mapping(m) => Some(m),
            Value::Null => Some(Mapping::new()),
            _ => None,
        }
    };
    let before = parse(text).ok_or_else(|| SectionError::NotAMapping { key: key.to_string() })?;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let is_key_line = |l: &str| {
        l.strip_prefix(key).is_some_and(|rest| rest.starts_with(':') || rest.trim_start().starts_with(':'))
            && !l.starts_with([' ', '\t', '#'])
    };
    let mut out = String::with_capacity(text.len() + rendered.len());
    match lines.iter().position(|l| is_key_line(l)) {
        Some(start) => {
            // The block: indented lines, and blank lines followed by more indented lines.
            let mut end = start + 1;
            let mut last = start + 1;
            while end < lines.len() {
                let l = lines[end];
                if l.trim().is_empty() {
                    end += 1;
                    continue;
                }
                if l.starts_with([' ', '\t']) {
                    end += 1;
                    last = end;
                    continue;
                }
                break;
            }
            lines[..start].iter().for_each(|l| out.push_str(l));
            out.push_str(&rendered);
            lines[last..].iter().for_each(|l| out.push_str(l));
        }
        None => {
            out.push_str(text);
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&rendered);
        }
    }
    let after = parse(&out).ok_or_else(layout)?;
    let mut expected = before;
    expected.insert(Value::String(key.to_string()), value.clone());
    if after != expected {
        return Err(layout());
    }
    Ok(out)
}

#[cfg(test)]
mod section_tests {
    use super::*;

    fn org(name: &str) -> Value {
        let mut m = Mapping::new();
        m.insert("name".into(), name.into());
        m.insert("url".into(), "https://x.org".into());
        Value::Mapping(m)
    }

    #[test]
    fn a_section_is_replaced_in_place_keeping_comments_and_other_keys() {
        let text = "# our settings\nevidence:\n  min_independent_sources: 1 # one is enough here\n\norganization:\n  name: Old\n  # a comment inside\n  url: https://old.org\n\n# the scale\nverdicts: []\n";
        let out = set_section(text, "organization", &org("New")).unwrap();
        assert!(out.starts_with("# our settings\nevidence:\n  min_independent_sources: 1 # one is enough here\n\n"));
        assert!(out.contains("organization:\n  name: New\n  url: https://x.org\n"), "{out}");
        assert!(out.ends_with("\n# the scale\nverdicts: []\n"), "{out}");
        assert!(!out.contains("Old"));
    }

    #[test]
    fn a_missing_section_is_added_at_the_end_and_an_empty_file_gets_it_alone() {
        let out = set_section("search:\n  matcher: nucleo", "organization", &org("A")).unwrap();
        assert_eq!(out, "search:\n  matcher: nucleo\norganization:\n  name: A\n  url: https://x.org\n");
        assert_eq!(
            set_section("", "organization", &org("A")).unwrap(),
            "organization:\n  name: A\n  url: https://x.org\n"
        );
        let commented = set_section("# nothing yet\n", "organization", &org("A")).unwrap();
        assert!(commented.starts_with("# nothing yet\norganization:\n"));
    }

    #[test]
    fn values_that_need_quoting_are_quoted_and_read_back() {
        let v = org("Fact: \"Check\" #1 — ünïcode");
        let out = set_section("organization: {name: x}\n", "organization", &v).unwrap();
        let back: Value = serde_yaml::from_str(&out).unwrap();
        assert_eq!(back["organization"]["name"], Value::from("Fact: \"Check\" #1 — ünïcode"));
    }

    #[test]
    fn a_file_that_is_not_a_mapping_or_would_change_elsewhere_is_refused() {
        assert!(matches!(set_section("- a\n- b\n", "organization", &org("A")), Err(SectionError::NotAMapping { .. })));
        // An anchor defined in the block and used elsewhere: replacing the block would break the other key.
        let text = "organization: &o\n  name: A\nother: *o\n";
        assert!(matches!(set_section(text, "organization", &org("B")), Err(SectionError::Layout { .. })));
    }
}
