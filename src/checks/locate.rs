//! Finds where a claim's checks, sources and verdict sit in a story file's text, for `path:line:column` warnings.
//!
//! This reads the YAML as lines, the way `store::find_value` does: it is a position hint for messages, never a parser.
//! When a position cannot be found it falls back to the claim's `id` line, then to line 1.

use crate::model::Claim;
use crate::store::find_value;

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

/// One span per claim, in order; `None` when a claim's `id` line was not found.
pub fn claim_spans(text: &str, claims: &[Claim]) -> Vec<Option<ClaimSpan>> {
    let lines: Vec<&str> = text.lines().collect();
    let mut from = 0;
    let mut out = Vec::with_capacity(claims.len());
    for claim in claims {
        let Some((line, _)) = find_value(text, "id", &claim.id, from) else {
            out.push(None);
            continue;
        };
        from = line;
        let start = line - 1;
        let id_line = lines[start];
        let indent = id_line.find(|c: char| c != ' ' && c != '-').unwrap_or(0);
        let mut end = lines.len();
        for (i, l) in lines.iter().enumerate().skip(start + 1) {
            if !is_blank(l) && indent_of(l) < indent {
                end = i;
                break;
            }
        }
        out.push(Some(ClaimSpan { start, end, indent }));
    }
    out
}

/// 1-based (line, column) of the value of `key:` on a line that holds it as its first key (after an optional `- `).
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

/// Line (0-based) and column of `key:` directly inside the claim.
pub fn claim_key(text: &str, span: ClaimSpan, key: &str) -> Option<Pos> {
    text.lines().enumerate().take(span.end).skip(span.start).find_map(|(i, l)| {
        let direct = indent_of(l) == span.indent || (i == span.start);
        if direct { key_on_line(l, key).map(|c| (i + 1, c)) } else { None }
    })
}

/// The 0-based line ranges of each item of the list under `key:` directly inside the claim.
pub fn list_items(text: &str, span: ClaimSpan, key: &str) -> Vec<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let Some((kline, _)) = claim_key(text, span, key) else { return Vec::new() };
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut dash_indent = None;
    let mut i = kline; // kline is 1-based, so this is the line after the key.
    while i < span.end.min(lines.len()) {
        let l = lines[i];
        if is_blank(l) {
            i += 1;
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
        i += 1;
    }
    items
}

/// 1-based line and column of the value of `key:` inside a list item's line range.
pub fn item_key(text: &str, item: (usize, usize), key: &str) -> Option<Pos> {
    text.lines().enumerate().take(item.1).skip(item.0).find_map(|(i, l)| key_on_line(l, key).map(|c| (i + 1, c)))
}

/// Where an error at character `pos` (1-based) of `value` sits, when `value` is written on one line at `at`.
pub fn inside_value(text: &str, at: Pos, value: &str, pos: usize) -> Pos {
    let Some(line) = text.lines().nth(at.0 - 1) else { return at };
    let rest: String = line.chars().skip(at.1 - 1).collect();
    let quote = usize::from(rest.starts_with('\'') || rest.starts_with('"'));
    let body: String = rest.chars().skip(quote).collect();
    if body.starts_with(value) && !value.contains(['\'', '"', '\\']) { (at.0, at.1 + quote + pos - 1) } else { at }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let spans = claim_spans(TEXT, &claims());
        assert_eq!(spans[0], Some(ClaimSpan { start: 3, end: 15, indent: 2 }));
        assert_eq!(spans[1], Some(ClaimSpan { start: 15, end: 20, indent: 2 }));
    }

    #[test]
    fn finds_items_and_their_keys() {
        let spans = claim_spans(TEXT, &claims());
        let a = spans[0].unwrap();
        let src = list_items(TEXT, a, "sources");
        assert_eq!(src.len(), 2);
        assert_eq!(item_key(TEXT, src[1], "url"), Some((10, 10)));
        let checks = list_items(TEXT, a, "checks");
        assert_eq!(item_key(TEXT, checks[0], "expr"), Some((13, 11)));
        assert_eq!(claim_key(TEXT, a, "verdict"), Some((15, 12)));
        let b = spans[1].unwrap();
        let checks = list_items(TEXT, b, "checks");
        assert_eq!(checks.len(), 1);
        let at = item_key(TEXT, checks[0], "expr").unwrap();
        assert_eq!(at, (20, 13));
        assert_eq!(inside_value(TEXT, at, "1 / 0", 3), (20, 16));
        assert!(list_items(TEXT, b, "sources").is_empty());
    }
}
