//! Finds where a claim's checks, sources and verdict sit in a story file's text, for `path:line:column` warnings.
//!
//! It reads the YAML as lines: a position hint for messages, never a parser.
//! When a position cannot be found it falls back to the claim's `id` line, then to line 1.

use crate::model::Claim;

/// Where one claim's keys live: 0-based line range and the indentation of its keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimSpan {
    /// 0-based index of the claim's `id:` line.
    pub start: usize,
    /// 0-based index one past the claim's last line.
    pub end: usize,
    /// Column (0-based, in bytes) where the claim's keys start.
    pub indent: usize,
}

/// A 1-based line and column.
pub type Pos = (usize, usize);

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

/// The value of `key:` on a line, unquoted, when the line holds that key (after an optional `- `).
fn value_of<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let t = line.trim_start().trim_start_matches("- ").trim_start();
    let rest = t.strip_prefix(key)?.strip_prefix(':')?;
    Some(rest.trim().trim_matches('"').trim_matches('\''))
}

/// Whether the text of a one-line YAML value (quotes already trimmed) is `value`: as written, or once its escapes
/// are read (`"evil\x1b[31m"` is the id `evil␛[31m`, and `'it''s'` is `it's`).
fn same_scalar(raw: &str, value: &str) -> bool {
    if raw == value {
        return true;
    }
    if !raw.contains('\\') && !raw.contains("''") {
        return false;
    }
    [format!("\"{raw}\""), format!("'{raw}'")]
        .iter()
        .any(|quoted| serde_yaml::from_str::<String>(quoted).is_ok_and(|v| v == value))
}

/// The lines of a text, for the lookups below. Build it once per file: every lookup is then linear.
pub fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// A story file's lines and its claims' spans, worked out on first use: a rule that finds nothing to report never
/// splits the file, and the rules that do share one split.
pub struct Layout<'a> {
    text: &'a str,
    claims: &'a [Claim],
    lines: std::cell::OnceCell<Vec<&'a str>>,
    spans: std::cell::OnceCell<Vec<Option<ClaimSpan>>>,
}

impl<'a> Layout<'a> {
    pub fn new(text: &'a str, claims: &'a [Claim]) -> Self {
        Layout { text, claims, lines: std::cell::OnceCell::new(), spans: std::cell::OnceCell::new() }
    }

    /// The text's lines ([`lines`]).
    pub fn lines(&self) -> &[&'a str] {
        self.lines.get_or_init(|| lines(self.text))
    }

    /// One span per claim ([`claim_spans`]).
    pub fn spans(&self) -> &[Option<ClaimSpan>] {
        self.spans.get_or_init(|| claim_spans(self.lines(), self.claims))
    }

    /// The span of claim `i`, if its `id` line was found.
    pub fn span(&self, i: usize) -> Option<ClaimSpan> {
        self.spans().get(i).copied().flatten()
    }
}

/// One span per claim, in order; `None` when a claim's `id` line was not found.
/// Claims are looked for in file order, so the whole scan reads each line about once.
pub fn claim_spans(lines: &[&str], claims: &[Claim]) -> Vec<Option<ClaimSpan>> {
    let mut from = 0;
    let mut out = Vec::with_capacity(claims.len());
    for claim in claims {
        let found = (from..lines.len()).find(|&i| value_of(lines[i], "id").is_some_and(|v| same_scalar(v, &claim.id)));
        let Some(start) = found else {
            out.push(None);
            continue;
        };
        from = start + 1;
        let indent = lines[start].find(|c: char| c != ' ' && c != '-').unwrap_or(0);
        let end = (start + 1..lines.len())
            .find(|&i| !is_blank(lines[i]) && indent_of(lines[i]) < indent)
            .unwrap_or(lines.len());
        out.push(Some(ClaimSpan { start, end, indent }));
    }
    out
}

/// 1-based column of the value of `key:` on a line that holds it as its first key (after an optional `- `).
fn key_on_line(line: &str, key: &str) -> Option<usize> {
    let ind = indent_of(line);
    let rest = &line[ind..];
    let (rest, dash) = match rest.strip_prefix("- ") {
        Some(r) => {
            let extra = r.len() - r.trim_start_matches(' ').len();
            (&r[extra..], 2 + extra)
        }
        None => (rest, 0),
    };
    let after = rest.strip_prefix(key)?.strip_prefix(':')?;
    let spaces = after.len() - after.trim_start_matches(' ').len();
    let byte = ind + dash + key.len() + 1 + spaces;
    Some(line[..byte].chars().count() + 1)
}

/// 1-based line and column of the value of `key:` directly inside the claim.
pub fn claim_key(lines: &[&str], span: ClaimSpan, key: &str) -> Option<Pos> {
    (span.start..span.end.min(lines.len())).find_map(|i| {
        let l = lines[i];
        let direct = indent_of(l) == span.indent || i == span.start;
        if direct { key_on_line(l, key).map(|c| (i + 1, c)) } else { None }
    })
}

/// The 0-based line ranges of each item of the list under `key:` directly inside the claim.
pub fn list_items(lines: &[&str], span: ClaimSpan, key: &str) -> Vec<(usize, usize)> {
    let Some((kline, _)) = claim_key(lines, span, key) else { return Vec::new() };
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut dash_indent = None;
    // `kline` is 1-based, so this starts on the line after the key.
    for (i, l) in lines.iter().enumerate().take(span.end).skip(kline) {
        if is_blank(l) {
            continue;
        }
        let ind = indent_of(l);
        let is_item = l[ind..].starts_with("- ") || l[ind..] == *"-";
        match dash_indent {
            None if is_item && ind >= span.indent => dash_indent = Some(ind),
            None => break,
            Some(d) if ind < d || (ind == d && !is_item) => break,
            _ => {}
        }
        if Some(ind) == dash_indent && is_item {
            if let Some(last) = items.last_mut() {
                last.1 = i;
            }
            items.push((i, i + 1));
        } else if let Some(last) = items.last_mut() {
            last.1 = i + 1;
        }
    }
    items
}

/// 1-based line and column of the value of `key:` inside a list item's line range.
pub fn item_key(lines: &[&str], item: (usize, usize), key: &str) -> Option<Pos> {
    (item.0..item.1.min(lines.len())).find_map(|i| key_on_line(lines[i], key).map(|c| (i + 1, c)))
}

/// The key directly inside the claim whose value holds 0-based line `line` (`checks`, `sources`, `text`, …): the
/// last key line at the claim's own indentation at or before it. `None` outside the span.
pub fn claim_key_at(lines: &[&str], span: ClaimSpan, line: usize) -> Option<String> {
    if line < span.start || line >= span.end.min(lines.len()) {
        return None;
    }
    (span.start..=line).rev().find_map(|i| {
        let l = lines[i];
        // A key of the claim itself: at its indentation, and not an item of a list written at that indentation.
        let item = l[indent_of(l)..].starts_with('-');
        if is_blank(l) || (i != span.start && (indent_of(l) != span.indent || item)) {
            return None;
        }
        let t = l.trim_start().trim_start_matches("- ").trim_start();
        let key = t.split_once(':')?.0;
        (!key.is_empty() && !key.contains(' ')).then(|| key.trim_matches(['\'', '"']).to_string())
    })
}

/// Where an error at character `pos` (1-based) of `value` sits, when `value` is written on one line at `at`.
pub fn inside_value(lines: &[&str], at: Pos, value: &str, pos: usize) -> Pos {
    let Some(line) = lines.get(at.0 - 1) else { return at };
    let rest: String = line.chars().skip(at.1 - 1).collect();
    let quote = usize::from(rest.starts_with('\'') || rest.starts_with('"'));
    let body: String = rest.chars().skip(quote).collect();
    if body.starts_with(value) && !value.contains(['\'', '"', '\\']) { (at.0, at.1 + quote + pos - 1) } else { at }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_whose_id_is_written_with_escapes_is_found() {
        let text = "claims:\n- id: ok\n  text: a\n- id: \"evil\\e[31m\"\n  text: b\n- id: 'it''s'\n  text: c\n";
        let mk = |id: &str| Claim { id: id.into(), ..Claim::default() };
        let claims = [mk("ok"), mk("evil\u{1b}[31m"), mk("it's")];
        let spans = claim_spans(&lines(text), &claims);
        let starts: Vec<Option<usize>> = spans.iter().map(|s| s.map(|s| s.start)).collect();
        assert_eq!(starts, [Some(1), Some(3), Some(5)]);
    }

    const TEXT: &str = "\
story:
  title: T
claims:
- id: a
  text: first
  sources:
  - title: One
    url: https://a.example/1
  - title: Two
    url: https://b.example/2
  checks:
  - label: share
    expr: 12.5e9 / gdp
    claimed: 0.5
  verdict: misleading
- id: b
  text: second
  checks:
    - label: other
      expr: '1 / 0'
rejected:
- exact: x
";

    fn claims() -> Vec<Claim> {
        vec![Claim::new("a", "first"), Claim::new("b", "second")]
    }

    #[test]
    fn spans_stop_at_the_next_claim() {
        let spans = claim_spans(&lines(TEXT), &claims());
        assert_eq!(spans[0], Some(ClaimSpan { start: 3, end: 15, indent: 2 }));
        assert_eq!(spans[1], Some(ClaimSpan { start: 15, end: 20, indent: 2 }));
    }

    #[test]
    fn finds_items_and_their_keys() {
        let l = lines(TEXT);
        let spans = claim_spans(&l, &claims());
        let a = spans[0].unwrap();
        let src = list_items(&l, a, "sources");
        assert_eq!(src.len(), 2);
        assert_eq!(item_key(&l, src[1], "url"), Some((10, 10)));
        let checks = list_items(&l, a, "checks");
        assert_eq!(item_key(&l, checks[0], "expr"), Some((13, 11)));
        assert_eq!(claim_key(&l, a, "verdict"), Some((15, 12)));
        let b = spans[1].unwrap();
        let checks = list_items(&l, b, "checks");
        assert_eq!(checks.len(), 1);
        let at = item_key(&l, checks[0], "expr").unwrap();
        assert_eq!(at, (20, 13));
        assert_eq!(inside_value(&l, at, "1 / 0", 3), (20, 16));
        assert!(list_items(&l, b, "sources").is_empty());
    }
}
