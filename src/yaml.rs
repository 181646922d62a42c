//! Story YAML as text: parsing with every guard (conflict markers, nesting, node budgets), the diagnostics of a
//! YAML error, canonical rendering, and finding a key's position in the text.

use crate::diag::{Diagnostic, line_col_of_byte};
use crate::model::StoryFile;
use std::collections::HashMap;
use std::path::Path;

/// Deepest nesting of YAML collections accepted.
pub const MAX_DEPTH: usize = 64;

/// Finds git conflict markers left by an unfinished merge: the 0-based index of the first line that starts with
/// `<<<<<<<`, `>>>>>>>` or `|||||||`, or is `=======` (lines as [`str::lines`] splits them). Four substring
/// searches, not a walk over every line.
pub fn conflict_marker(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut first: Option<usize> = None;
    for marker in ["<<<<<<<", ">>>>>>>", "|||||||", "======="] {
        let mut from = 0;
        while let Some(at) = text[from..].find(marker).map(|p| p + from) {
            if first.is_some_and(|f| at >= f) {
                break;
            }
            let line_start = at == 0 || bytes[at - 1] == b'\n';
            // `=======` is a marker only as the whole line (its `\r\n` ending aside).
            let rest = &bytes[at + marker.len()..];
            let whole = rest.is_empty() || rest[0] == b'\n' || rest.starts_with(b"\r\n");
            if line_start && (marker != "=======" || whole) {
                first = Some(at);
                break;
            }
            from = at + 1;
        }
    }
    first.map(|at| bytes[..at].iter().filter(|&&b| b == b'\n').count())
}

/// Most YAML nodes (scalars, mappings, sequences) one file may hold, as [`count_nodes`] estimates them before
/// parsing. A real story file holds about 1,000–50,000 (a generated 100-claim story about 6,000). Parsing costs
/// a few hundred bytes per node while it runs (the parser's events, serde's buffering for `#[serde(flatten)]`,
/// then the values), so 250,000 keeps one file's parse near 100 MB with 5× headroom over the biggest real story.
pub const MAX_NODES_PER_FILE: u64 = 250_000;
/// Most nodes one load of a workspace may keep across all its files (the settings file and every story), in
/// units of one typed node; a node under an unknown key costs [`EXTRA_NODE_COST`] units. The synthetic
/// 1,000,000-claim archive (`gen-workspace --stories 10000 --claims-per-story 100`) counts about 60 million
/// (some 50 bytes held per node, about 3 GB); 100 million leaves it 1.6× headroom and bounds what padding can
/// make a load hold to about what such an archive holds.
pub const MAX_NODES_TOTAL: u64 = 100_000_000;
/// What one node under an unknown key costs against [`MAX_NODES_TOTAL`], in typed nodes. Unknown keys are kept
/// whole as `serde_yaml::Value` trees (`model::Extra`), which hold about 220 bytes per node against about 50 for
/// the typed fields (measured with `benches/budgets.sh` and a generated workspace; see BENCHMARKS.md). At 20,
/// padding under unknown keys can make a load hold at most 5 million such nodes (about 1.1 GB), while an archive
/// that keeps a small unknown key on each of 1,000,000 claims (2 million nodes, 40 million units) still loads.
pub const EXTRA_NODE_COST: u64 = 20;

/// What one load of a workspace may still parse, shared by the threads that parse it (see [`NodeBudget::enter`]).
#[derive(Debug)]
pub struct NodeBudget {
    left: std::sync::atomic::AtomicU64,
    total: u64,
}

thread_local! {
    static BUDGET: std::cell::RefCell<Option<std::sync::Arc<NodeBudget>>> = const { std::cell::RefCell::new(None) };
}

/// While alive, the budget applies to every [`parse_yaml`] on this thread.
pub struct BudgetScope {
    previous: Option<std::sync::Arc<NodeBudget>>,
}

impl Drop for BudgetScope {
    fn drop(&mut self) {
        let previous = self.previous.take();
        BUDGET.with(|b| *b.borrow_mut() = previous);
    }
}

impl NodeBudget {
    /// A budget of `total` nodes for one load.
    pub fn new(total: u64) -> std::sync::Arc<NodeBudget> {
        std::sync::Arc::new(NodeBudget { left: std::sync::atomic::AtomicU64::new(total), total })
    }

    /// Applies `budget` to this thread's parses until the returned scope is dropped. A loader that parses on
    /// several threads enters the same budget on each.
    pub fn enter(budget: &std::sync::Arc<NodeBudget>) -> BudgetScope {
        let previous = BUDGET.with(|b| b.borrow_mut().replace(std::sync::Arc::clone(budget)));
        BudgetScope { previous }
    }

    /// The budget this thread's parses are under, to enter on a helper thread.
    pub fn current() -> Option<std::sync::Arc<NodeBudget>> {
        BUDGET.with(|b| b.borrow().clone())
    }

    /// Takes `n` nodes; `Err(left)` (what was left, untouched) when fewer than `n` remain.
    fn take(&self, n: u64) -> Result<(), u64> {
        use std::sync::atomic::Ordering;
        self.left.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| left.checked_sub(n)).map(|_| ())
    }
}

/// What [`count_nodes`] found: the estimate, or the byte offset where the budget ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeCount {
    Within(u64),
    Over { at: usize },
}

/// Estimates, in one pass before the parser runs, how many YAML nodes `text` holds, stopping at the byte where the
/// count passes `limit`. Outside quoted scalars and comments it counts one node per `[`, `{` (a collection), `,`
/// (a next flow item), mapping `:` (a value), `- ` or `? ` indicator, and per line that holds anything. It is an
/// estimate, not a bound: exact on flow padding but for one item (each `{a: b}, ` counts 3 of 3), within about 20% of
/// the parser's count on real and generated story files (a block scalar counts each of its lines), and the caps
/// leave several times that as headroom.
///
/// An alias (`*name`) counts what its anchor (`&name`) counted, since the parser copies the anchored node at every
/// alias: a flow anchor up to its closing bracket, a block anchor up to the next line indented no deeper than the
/// anchor's own (a `- ` item at that indent still belongs to it), a scalar anchor one; an alias of no anchor seen
/// counts one (the parser refuses it, or it is text such as `*emphasis*`). So fan-out (`[*big, *big, …]`) and nested "billion laughs" grow the
/// count as they would grow the parse, and are refused where the count passes the limit.
pub fn count_nodes(text: &str, limit: u64) -> NodeCount {
    count_nodes_skipping(text, limit, &QUIET)
}

/// [`count_nodes`], passing over the runs of bytes `quiet` marks in one go where no rule can look at them: [`QUIET`]
/// in use; the tests pass a table that marks none, which walks every byte, and pin the same answers.
fn count_nodes_skipping(text: &str, limit: u64, quiet: &[bool; 256]) -> NodeCount {
    let bytes = text.as_bytes();
    let mut n: u64 = 0;
    let mut quote: Option<u8> = None;
    let mut comment = false;
    let mut line_has_content = false;
    let mut line_start = 0usize;
    let mut line_indent = 0usize;
    let mut flow = 0usize;
    let mut anchors = Anchors::default();
    let name_end = |from: usize| {
        (from..bytes.len())
            .find(|&j| matches!(bytes[j], b' ' | b'\t' | b'\r' | b'\n' | b',' | b'[' | b']' | b'{' | b'}'))
            .unwrap_or(bytes.len())
    };
    // Whether the next content starts a scalar (the first thing on a line, after `: `, `- `, `? `, `[`, `{` or
    // `,`): only there does a quote open a quoted scalar. Inside a plain scalar (`a 'b`) a quote is text, and
    // taking it for an opening quote would skip everything up to the next one uncounted.
    let mut scalar_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Fast path: inside a comment, a quoted scalar, or a line's content, a run of bytes that no rule below looks
        // at (letters, digits, spaces, other text) changes nothing but `scalar_start`, which any of them but a space
        // or tab clears. Skipped in one go, this is most of a story file.
        if quiet[usize::from(b)] && (comment || quote.is_some() || line_has_content) {
            let end = bytes[i..].iter().position(|&c| !quiet[usize::from(c)]).map_or(bytes.len(), |p| i + p);
            if !comment && quote.is_none() && bytes[i..end].iter().any(|&c| c != b' ' && c != b'\t') {
                scalar_start = false;
            }
            i = end;
            continue;
        }
        // YAML breaks lines at `\n`, `\r\n` and a lone `\r`: all three end a line here.
        let as_newline = |c: u8, after: Option<u8>| c == b'\n' || (c == b'\r' && after != Some(b'\n'));
        let prev = if i == 0 || as_newline(bytes[i - 1], Some(b)) { b'\n' } else { bytes[i - 1] };
        let next = match bytes.get(i + 1).copied() {
            None => b'\n',
            Some(c) if as_newline(c, bytes.get(i + 2).copied()) => b'\n',
            Some(c) => c,
        };
        let mut counted: u64 = 0;
        if as_newline(b, bytes.get(i + 1).copied()) {
            comment = false;
            if quote.is_none() {
                line_has_content = false;
                line_start = i + 1;
                scalar_start = true;
            }
        } else if comment {
        } else if let Some(q) = quote {
            if q == b'"' && b == b'\\' {
                i += 2;
                continue;
            }
            if b == q {
                quote = None;
            }
        } else {
            if !line_has_content && b != b' ' && b != b'\t' && b != b'#' {
                line_has_content = true;
                counted += 1;
                // A line no deeper than a block anchor's ends it (a `- ` item at its indent still belongs to it).
                let indent = i - line_start;
                line_indent = indent;
                let item = b == b'-' && matches!(next, b' ' | b'\n');
                anchors.close_block(n, indent, item);
            }
            // An anchor or alias starts a node: after a space, a line start or a flow indicator, never mid-word.
            let node_start = matches!(prev, b' ' | b'\t' | b'[' | b'{' | b',' | b'\n');
            match b {
                b'"' | b'\'' if scalar_start => quote = Some(b),
                b'#' if matches!(prev, b' ' | b'\t' | b'\n') => comment = true,
                b'&' if node_start && name_end(i + 1) > i + 1 => {
                    let end = name_end(i + 1);
                    let after = (end..bytes.len()).find(|&j| !matches!(bytes[j], b' ' | b'\t')).unwrap_or(bytes.len());
                    anchors.open(&bytes[i + 1..end], bytes.get(after).copied(), n, flow, line_indent);
                    i = end;
                    continue;
                }
                b'*' if node_start && name_end(i + 1) > i + 1 => {
                    let end = name_end(i + 1);
                    // An alias of no anchor seen is an error for the parser (nothing is copied), or not an alias at
                    // all (`*emphasis*` in a block of text): one item.
                    counted += anchors.size_of(&bytes[i + 1..end]);
                    n = n.saturating_add(counted);
                    if n > limit {
                        return NodeCount::Over { at: i };
                    }
                    i = end;
                    continue;
                }
                b'[' | b'{' => {
                    flow += 1;
                    counted += 1;
                }
                b']' | b'}' => {
                    flow = flow.saturating_sub(1);
                    anchors.close_flow(n, flow);
                }
                b',' if flow > 0 => counted += 1,
                b':' if matches!(next, b' ' | b'\t' | b'\n' | b'\r')
                    || (flow > 0 && matches!(next, b',' | b']' | b'}')) =>
                {
                    counted += 1
                }
                b'-' | b'?' if matches!(prev, b' ' | b'\t' | b'\n') && matches!(next, b' ' | b'\t' | b'\n') => {
                    counted += 1
                }
                _ => {}
            }
            if !matches!(b, b' ' | b'\t') {
                scalar_start = scalar_start_after(b, next, flow, scalar_start);
            }
        }
        n = n.saturating_add(counted);
        if n > limit {
            return NodeCount::Over { at: i };
        }
        i += 1;
    }
    NodeCount::Within(n)
}

/// The bytes [`count_nodes`] passes over without a look inside a comment, a quoted scalar or a line's content: all
/// but line breaks, quotes, the escape `\\`, and YAML's indicators (`#&*[]{},:-?`).
const QUIET: [bool; 256] = quiet_bytes(b"\n\r\"'\\#&*[]{},:-?");

/// Every byte but those in `loud`.
const fn quiet_bytes(loud: &[u8]) -> [bool; 256] {
    let mut table = [true; 256];
    let mut k = 0;
    while k < loud.len() {
        table[loud[k] as usize] = false;
        k += 1;
    }
    table
}

/// Where an open anchor's node ends, for [`count_nodes`]: at the close of the flow collection at this depth, or at a
/// line indented no deeper than this.
enum Ends {
    Flow(usize),
    Block(usize),
}

/// The anchors [`count_nodes`] has seen: the node count each closed one stands for, and those still open (name,
/// count where it began, where it ends).
#[derive(Default)]
struct Anchors<'a> {
    sizes: HashMap<&'a [u8], u64>,
    open: Vec<(&'a [u8], u64, Ends)>,
}

impl<'a> Anchors<'a> {
    /// Records anchor `name` seen at count `n`, by what follows it (`after`): a flow collection stays open to its
    /// close, a line end or comment opens a block node, anything else is a scalar of one node.
    fn open(&mut self, name: &'a [u8], after: Option<u8>, n: u64, flow: usize, line_indent: usize) {
        match after {
            Some(b'[' | b'{') => self.open.push((name, n, Ends::Flow(flow))),
            None | Some(b'\n' | b'\r' | b'#') => self.open.push((name, n, Ends::Block(line_indent))),
            Some(_) => {
                self.sizes.insert(name, 1);
            }
        }
    }

    /// Closes, at count `n`, the block anchors that a line at `indent` ends (an `item` at an anchor's indent does not).
    fn close_block(&mut self, n: u64, indent: usize, item: bool) {
        while let Some((name, start, Ends::Block(at))) = self.open.last() {
            if indent > *at || (indent == *at && item) {
                break;
            }
            self.sizes.insert(name, n.saturating_sub(*start).max(1));
            self.open.pop();
        }
    }

    /// Closes, at count `n`, the flow anchors that a closing bracket leaving depth `flow` ends.
    fn close_flow(&mut self, n: u64, flow: usize) {
        while let Some((name, start, Ends::Flow(at))) = self.open.last() {
            if *at < flow {
                break;
            }
            self.sizes.insert(name, n.saturating_sub(*start).max(1));
            self.open.pop();
        }
    }

    /// What an alias of `name` counts: its anchor's size, or one for an anchor not seen.
    fn size_of(&self, name: &[u8]) -> u64 {
        self.sizes.get(name).copied().unwrap_or(1)
    }
}

/// Whether, in [`count_nodes`], the content after byte `b` (neither space nor tab, followed by `next`, at flow depth
/// `flow`) starts a scalar, given whether `b` itself stood where one starts (`scalar_start`).
fn scalar_start_after(b: u8, next: u8, flow: usize, scalar_start: bool) -> bool {
    match b {
        b'[' | b'{' => true,
        b',' => flow > 0,
        b':' => matches!(next, b' ' | b'\t' | b'\n'),
        // `- ` and `? ` are indicators only where a node starts; inside plain text they are text.
        b'-' | b'?' => scalar_start && matches!(next, b' ' | b'\t' | b'\n'),
        _ => false,
    }
}

/// Refuses a file whose node estimate passes [`MAX_NODES_PER_FILE`] or what the current load has left (see
/// [`NodeBudget`]), at the line and column where the count ran out, before any parsing.
fn check_node_budget(path: &Path, text: &str) -> Result<(), Diagnostic> {
    let shared = BUDGET.with(|b| b.borrow().clone());
    let left = shared.as_ref().map_or(u64::MAX, |b| b.left.load(std::sync::atomic::Ordering::SeqCst));
    let limit = MAX_NODES_PER_FILE.min(left);
    let over = |at: usize, why: String| {
        let (line, col) = line_col_of_byte(text, at.min(text.len()));
        Err(Diagnostic::error(path, line, col, why))
    };
    match count_nodes(text, limit) {
        NodeCount::Over { at } if text.as_bytes().get(at) == Some(&b'*') => over(
            at,
            format!(
                "more than {} YAML items in one file once its aliases are expanded (counted up to this alias; each \
                 `*name` copies what its `&name` holds): an alias bomb, refused before parsing; write the items out, \
                 or remove the aliases",
                limit
            ),
        ),
        NodeCount::Over { at } if left >= MAX_NODES_PER_FILE => over(
            at,
            format!(
                "more than {MAX_NODES_PER_FILE} YAML items in one file (counted up to here); a story file never needs \
                 this many, so it was refused before parsing: remove the bulk (often padding under an unknown key), \
                 or split the story"
            ),
        ),
        NodeCount::Over { at } => over(
            at,
            format!(
                "the workspace holds more than {} YAML items in all (counted up to here, in this file); it was \
                 refused before parsing so memory stays bounded: remove padding from the stories, or split the \
                 workspace",
                shared.as_ref().map_or(0, |b| b.total)
            ),
        ),
        NodeCount::Within(n) => match &shared {
            Some(b) => b.take(n).or_else(|_| over(text.len(), "the workspace's YAML item budget ran out at this file; remove padding from the stories, or split the workspace".into())),
            None => Ok(()),
        },
    }
}

/// The bytes [`nesting_over_limit`] looks at: quotes, comments, brackets and line breaks.
const NESTING_LOUD: [bool; 256] = {
    let quiet = quiet_bytes(b"\"'#[]{}\n");
    let mut loud = [false; 256];
    let mut k = 0;
    while k < 256 {
        loud[k] = !quiet[k];
        k += 1;
    }
    loud
};

/// Deepest flow/block nesting, found cheaply before the parser runs; returns (depth, byte offset).
fn nesting_over_limit(text: &str) -> Option<usize> {
    nesting_over_limit_looking_at(text, &NESTING_LOUD)
}

/// [`nesting_over_limit`], looking only at the bytes `loud` marks: [`NESTING_LOUD`] in use; the tests pass a table
/// that marks every byte, and pin the same answers.
fn nesting_over_limit_looking_at(text: &str, loud: &[bool; 256]) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut comment = false;
    for (i, b) in text.bytes().enumerate() {
        // Nothing below looks at any other byte, in any state.
        if !loud[usize::from(b)] {
            continue;
        }
        if comment {
            comment = b != b'\n';
            continue;
        }
        match (quote, b) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"') | (None, b'\'') => {
                // A quote starts a scalar only at a token boundary.
                let prev = if i == 0 { b' ' } else { text.as_bytes()[i - 1] };
                if matches!(prev, b' ' | b'[' | b'{' | b',' | b':' | b'\n' | b'-') {
                    quote = Some(b);
                }
            }
            (None, b'#') => comment = true,
            (None, b'[') | (None, b'{') => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            (None, b']') | (None, b'}') => depth = depth.saturating_sub(1),
            (None, b'\n') => quote = None,
            _ => {}
        }
    }
    // Block nesting: indentation deeper than two spaces per level, counting compact `- - -` and `? ? ?`
    // indicators as indentation too.
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let mut rest = line.trim_start_matches(' ');
        while let Some(r) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("? ")) {
            rest = r.trim_start_matches(' ');
        }
        let indent = line.len() - rest.len();
        if indent > MAX_DEPTH * 4 && !line.trim().is_empty() {
            return Some(offset + MAX_DEPTH * 4);
        }
        offset += line.len();
    }
    None
}

/// Parses a story file's text, with every guard: empty, conflict markers, nesting, node budgets, YAML errors.
pub fn parse_story(path: &Path, text: &str) -> Result<StoryFile, Diagnostic> {
    let only_comments = !text.trim().is_empty()
        && text.lines().map(str::trim).all(|l| l.is_empty() || l.starts_with('#') || l == "---" || l == "...");
    if only_comments {
        return Err(Diagnostic::error(
            path,
            1,
            1,
            "holds no YAML, only comments; a story file needs `story:` and `claims:` (see claims/README.md)",
        ));
    }
    if let Some(line) = conflict_marker(text) {
        return Err(marker_diag(path, text, line));
    }
    // Markers were looked for above, with the story's own message.
    let hint = "a story file needs `story:` and `claims:` (see claims/README.md)";
    let file: StoryFile = parse_guarded(path, text, hint, false)?;
    charge_unknown_keys(path, text, &file)?;
    Ok(file)
}

/// The claims and fields that the conflict markers of a story file leave to settle, found by merging the sides
/// the markers hold (`None` when the markers are malformed or a side is not a story).
pub fn marker_conflicts(path: &Path, text: &str) -> Option<Vec<crate::safety::merge::Conflict>> {
    let sides = crate::markers::sides(text)?;
    let ours = parse_story(path, &sides.ours).ok()?;
    let theirs = parse_story(path, &sides.theirs).ok()?;
    // Without diff3 sections, the lines outside the hunks stand for the base: both sides "added" each field.
    let base = parse_story(path, &sides.base).unwrap_or_default();
    let merge = crate::safety::merge::merge(&base, &ours, &theirs).ok()?;
    Some(merge.conflicts)
}

/// A story file a merge left with conflict markers, opened for settling: ours as text and parsed, with the
/// three-way merge of the sides whose conflicts are the fields to settle. `None` when the markers do not split as
/// git writes them, ours or theirs does not parse, the sides cannot be merged, or nothing collides.
pub fn marked_story(path: &Path, text: &str) -> Option<(String, StoryFile, crate::safety::merge::Merge)> {
    let sides = crate::markers::sides(text)?;
    let ours = parse_story(path, &sides.ours).ok()?;
    let theirs = parse_story(path, &sides.theirs).ok()?;
    // Without diff3 sections, the lines outside the hunks stand for the base (as in `marker_conflicts`).
    let base = parse_story(path, &sides.base).unwrap_or_default();
    let merge = crate::safety::merge::merge(&base, &ours, &theirs).ok()?;
    (!merge.is_clean()).then_some((sides.ours, ours, merge))
}

/// The diagnostic for a story file a merge left with conflict markers: names the claims and fields to settle.
fn marker_diag(path: &Path, text: &str, line: usize) -> Diagnostic {
    let fix = "keep the side you want, delete the <<<<<<< ||||||| ======= >>>>>>> lines, then run `factdesk check`";
    let message = match marker_conflicts(path, text) {
        Some(conflicts) if !conflicts.is_empty() => {
            let places: Vec<String> = conflicts
                .iter()
                .map(|c| {
                    format!(
                        "{} (ours {:?}, theirs {:?})",
                        c.place(),
                        crate::safety::merge::Conflict::show(&c.mine),
                        crate::safety::merge::Conflict::show(&c.theirs)
                    )
                })
                .collect();
            format!("git conflict marker: a merge left {} to settle; {fix}", places.join("; "))
        }
        _ => format!("git conflict marker: this file is in the middle of a merge; {fix}"),
    };
    Diagnostic::error(path, line + 1, 1, message)
}

/// Nodes held under unknown keys (`model::Extra`) anywhere in a story file.
pub fn unknown_key_nodes(file: &StoryFile) -> (u64, Option<&str>) {
    fn count<'a>(extra: &'a crate::model::Extra, first: &mut Option<&'a str>) -> u64 {
        extra
            .iter()
            .map(|(k, v)| {
                first.get_or_insert(k.as_str());
                1 + nodes(v)
            })
            .sum::<u64>()
    }
    fn nodes(v: &serde_yaml::Value) -> u64 {
        match v {
            serde_yaml::Value::Sequence(s) => 1 + s.iter().map(nodes).sum::<u64>(),
            serde_yaml::Value::Mapping(m) => 1 + m.iter().map(|(k, v)| nodes(k) + nodes(v)).sum::<u64>(),
            serde_yaml::Value::Tagged(t) => 1 + nodes(&t.value),
            _ => 1,
        }
    }
    let mut first: Option<&str> = None;
    let mut n = count(&file.extra, &mut first) + count(&file.story.extra, &mut first);
    for c in &file.claims {
        n += count(&c.extra, &mut first);
        for s in &c.sources {
            n += count(&s.extra, &mut first);
        }
    }
    (n, first)
}

/// Charges the load's budget for what a story keeps under unknown keys beyond a typed node's cost (the pre-scan
/// already counted each node once); refuses the file, at its first unknown key, when the budget runs out.
fn charge_unknown_keys(path: &Path, text: &str, file: &StoryFile) -> Result<(), Diagnostic> {
    let Some(budget) = NodeBudget::current() else { return Ok(()) };
    let (n, first) = unknown_key_nodes(file);
    if n == 0 || budget.take(n.saturating_mul(EXTRA_NODE_COST - 1)).is_ok() {
        return Ok(());
    }
    let (line, col) = first
        .and_then(|k| {
            text.lines().enumerate().find_map(|(i, l)| {
                let t = l.trim_start().trim_start_matches("- ");
                let key = t.strip_prefix(k)?;
                key.trim_start().starts_with(':').then(|| (i + 1, l.len() - t.len() + 1))
            })
        })
        .unwrap_or((1, 1));
    Err(Diagnostic::error(
        path,
        line,
        col,
        format!(
            "the workspace holds more than it may keep in all ({MAX_NODES_TOTAL} items, each item under a key \
             factdesk does not know counting {EXTRA_NODE_COST}); this file's {n} items under unknown keys (the first \
             here) were refused so memory stays bounded: remove that padding, or split the workspace"
        ),
    ))
}

/// Parses any factdesk YAML file with the guards shared by all of them.
pub fn parse_yaml<T: serde::de::DeserializeOwned>(path: &Path, text: &str, empty_hint: &str) -> Result<T, Diagnostic> {
    parse_guarded(path, text, empty_hint, true)
}

/// [`parse_yaml`], looking for conflict markers only when `markers` (a caller that already looked says not).
fn parse_guarded<T: serde::de::DeserializeOwned>(
    path: &Path,
    text: &str,
    empty_hint: &str,
    markers: bool,
) -> Result<T, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error(path, 1, 1, format!("file is empty; {empty_hint}")));
    }
    if markers && let Some(line) = conflict_marker(text) {
        return Err(Diagnostic::error(
            path,
            line + 1,
            1,
            "git conflict marker: this file is in the middle of a merge; keep the side you want, \
             delete the <<<<<<< ======= >>>>>>> lines, then run `factdesk check`",
        ));
    }
    if let Some(at) = nesting_over_limit(text) {
        let (line, col) = line_col_of_byte(text, at);
        return Err(Diagnostic::error(
            path,
            line,
            col,
            format!(
                "nesting deeper than {MAX_DEPTH} levels; factdesk files are never this deep, so this file is damaged"
            ),
        ));
    }
    check_node_budget(path, text)?;
    serde_yaml::from_str(text).map_err(|e| placed(yaml_diag(path, &e), text))
}

/// Turns a serde_yaml error into a diagnostic with its position and a hint.
pub fn yaml_diag(path: &Path, e: &serde_yaml::Error) -> Diagnostic {
    let (line, col) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
    let mut msg = e.to_string();
    if let Some(i) = msg.find(" at line ") {
        msg.truncate(i);
    }
    // A plain value of several words where one word was expected: YAML folds a line indented under a value into
    // that value, so `kind: statistic` over an indented `status: open` reads as the kind "statistic status".
    let folded = msg
        .split_once("unknown variant `")
        .and_then(|(_, rest)| rest.split_once('`'))
        .and_then(|(value, _)| value.split_whitespace().nth(1).map(str::to_string));
    if let Some(next) = folded {
        let hint = format!(
            "; the line after this one (`{next}`…) looks indented too far, so it was read as part of this value: \
             line it up with the key above it"
        );
        return Diagnostic::error(path, line, col, format!("{msg}{hint}"));
    }
    let hint = if msg.contains("repetition limit") {
        "; the file expands too far (an alias bomb?) and was refused"
    } else if msg.contains("recursion limit") {
        "; the file nests too deeply and was refused"
    } else if msg.contains("unknown variant") {
        "; use one of the listed values"
    } else if msg.contains("expected f64") {
        "; write a plain number no bigger than about 1.8e308, like `41.9e9` (no commas, no units)"
    } else if msg.contains("invalid type") {
        "; check the value's type against claims/README.md"
    } else if msg.contains("could not find expected ':'") {
        "; a key on this line has no `:` after it (or is longer than the 1,024 characters YAML allows): check the line"
    } else if msg.contains("did not find expected") || msg.contains("mapping values are not allowed") {
        "; check the indentation and quoting on this line"
    } else {
        ""
    };
    Diagnostic::error(path, line, col, format!("{msg}{hint}"))
}

/// Gives a parser error the parser could not place a position and a fix, from the text: a second document, a
/// control character, a key given twice, a YAML tag. Other errors are returned as they are.
fn placed(mut d: Diagnostic, text: &str) -> Diagnostic {
    let at = |byte: usize| line_col_of_byte(text, byte);
    let line_start = |pred: &dyn Fn(&str) -> bool| {
        let mut offset = 0;
        let mut found = Vec::new();
        for l in text.split_inclusive('\n') {
            if pred(l.trim_end_matches(['\n', '\r'])) {
                found.push(offset);
            }
            offset += l.len();
        }
        found
    };
    if d.message.contains("more than one document") {
        // The second `---`, a `---` after content, or a byte order mark past the first byte.
        let starts = line_start(&|l: &str| l.starts_with("---") || l.starts_with("..."));
        let content_before =
            |o: usize| text[..o].lines().any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
        let second = starts.into_iter().find(|&o| content_before(o)).or_else(|| text.find('\u{feff}'));
        if let Some(o) = second {
            (d.line, d.column) = at(o);
        }
        d.message = "a second YAML document starts here; a factdesk file is one document: delete this `---` line and \
                     whatever follows that does not belong (two files pasted together?), or a second byte order mark"
            .into();
    } else if d.message.contains("control characters are not allowed") {
        if let Some((o, c)) = text.char_indices().find(|(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
            (d.line, d.column) = at(o);
            d.message = format!(
                "a control character (U+{:04X}) is not allowed in YAML: delete it, or re-save the file as plain text",
                c as u32
            );
        }
    } else if let Some(field) = d.message.strip_prefix("duplicate field `").and_then(|r| r.split('`').next()) {
        let field = field.to_string();
        let hits = line_start(&|l: &str| l.trim_start().trim_start_matches("- ").starts_with(&format!("{field}:")));
        let same_indent: Vec<usize> = hits
            .iter()
            .copied()
            .filter(|&o| {
                let indent = |o: usize| text[o..].len() - text[o..].trim_start().len();
                hits.first().is_some_and(|&f| indent(f) == indent(o))
            })
            .collect();
        if let Some(&o) = same_indent.get(1) {
            (d.line, d.column) = at(o + text[o..].len() - text[o..].trim_start().len());
        }
        d.message = format!("`{field}` is given twice; keep one (merge what each holds) and delete the other");
    } else if d.message.contains("do not support enum input") || d.message.contains("tag") && d.message.contains('!') {
        let tag = text.match_indices('!').map(|(o, _)| o).find(|&o| {
            let before = text[..o].chars().last().unwrap_or('\n');
            let after = text[o + 1..].chars().next().unwrap_or(' ');
            matches!(before, ' ' | '\n' | '[' | '{' | ',') && !after.is_whitespace()
        });
        if let Some(o) = tag {
            (d.line, d.column) = at(o);
        }
        d.message = "a YAML tag (`!name`) is not something factdesk reads: delete the tag and keep the value".into();
    }
    d
}

/// Writes a story file's canonical text: stable key order, multi-line text as block scalars.
pub fn render(file: &StoryFile) -> String {
    serde_yaml::to_string(file).unwrap_or_else(|e| format!("# factdesk could not serialize this story: {e}\n"))
}

/// Finds `key: value` (value possibly quoted) at or after line `from` (0-based); returns 1-based line and column of the value.
pub fn find_value(text: &str, key: &str, value: &str, from: usize) -> Option<(usize, usize)> {
    for (i, line) in text.lines().enumerate().skip(from) {
        let t = line.trim_start().trim_start_matches("- ");
        if let Some(rest) = t.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            let v = rest.trim().trim_matches('"').trim_matches('\'');
            if v == value {
                let col = line.len() - line.trim_start().len() + line.trim_start().find(':').unwrap_or(0) + 3;
                return Some((i + 1, line[..col.min(line.len())].chars().count().max(1)));
            }
        }
    }
    None
}

/// Finds the first `key:` line and returns the 1-based line and column where its value starts.
pub fn find_key(text: &str, key: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(i, line)| {
        let indent = line.len() - line.trim_start().len();
        let rest = line.trim_start().strip_prefix(key)?.strip_prefix(':')?;
        let col = indent + key.len() + 1 + (rest.len() - rest.trim_start().len());
        Some((i + 1, line[..col.min(line.len())].chars().count() + 1))
    })
}

/// The pre-scans without their fast paths (one byte at a time, every line walked), kept to test that
/// the fast ones give the same answer on any text.
#[cfg(test)]
mod reference {
    use super::*;

    pub fn conflict_marker(text: &str) -> Option<usize> {
        text.lines().position(|l| {
            l.starts_with("<<<<<<<") || l.starts_with(">>>>>>>") || l.starts_with("|||||||") || l == "======="
        })
    }

    /// Every byte walked: the same rules with nothing skipped.
    pub fn count_nodes(text: &str, limit: u64) -> NodeCount {
        count_nodes_skipping(text, limit, &[false; 256])
    }

    /// Every byte looked at.
    pub fn nesting_over_limit(text: &str) -> Option<usize> {
        nesting_over_limit_looking_at(text, &[true; 256])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "story:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP\n  quote:\n    exact: half of GDP\n  kind: statistic\n  status: open\n";

    /// Text made of what the pre-scans look at (quotes, escapes, indicators, every kind of line break, anchors)
    /// and of what they skip (words, spaces, non-ASCII).
    fn yamlish() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("\n"),
            Just("\r\n"),
            Just("\r"),
            Just(" "),
            Just("  "),
            Just("\t"),
            Just("'"),
            Just("\""),
            Just("\\"),
            Just("#"),
            Just("&a"),
            Just("*a"),
            Just("&b "),
            Just("*b"),
            Just("["),
            Just("]"),
            Just("{"),
            Just("}"),
            Just(","),
            Just(":"),
            Just(": "),
            Just("- "),
            Just("-"),
            Just("? "),
            Just("?"),
            Just("word"),
            Just("臺北"),
            Just("<<<<<<< HEAD"),
            Just("======="),
            Just(">>>>>>> x"),
            Just("||||||| base"),
            Just("===="),
        ];
        proptest::collection::vec(piece, 0..120).prop_map(|p| p.concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2_000))]

        #[test]
        fn the_fast_pre_scans_give_the_answers_of_the_byte_by_byte_ones(text in yamlish(), limit in 0u64..200) {
            proptest::prop_assert_eq!(count_nodes(&text, u64::MAX), reference::count_nodes(&text, u64::MAX));
            proptest::prop_assert_eq!(count_nodes(&text, limit), reference::count_nodes(&text, limit));
            proptest::prop_assert_eq!(nesting_over_limit(&text), reference::nesting_over_limit(&text));
            proptest::prop_assert_eq!(conflict_marker(&text), reference::conflict_marker(&text));
        }
    }

    #[test]
    fn the_fast_pre_scans_agree_on_generated_stories_and_deep_nesting() {
        let t = tempfile::tempdir().unwrap();
        crate::generate::generate(t.path(), 1, 60, 5).unwrap();
        let dir = std::fs::read_dir(t.path()).unwrap().flatten().find(|e| e.path().is_dir()).unwrap().path();
        let story = std::fs::read_to_string(dir.join("claims.yaml")).unwrap();
        assert_eq!(count_nodes(&story, u64::MAX), reference::count_nodes(&story, u64::MAX));
        let NodeCount::Within(n) = count_nodes(&story, u64::MAX) else { panic!("a story fits") };
        assert!(n > 100, "{n}");
        assert_eq!(count_nodes(&story, n / 2), reference::count_nodes(&story, n / 2));
        let deep = format!("a: {}\n", "[".repeat(70));
        assert_eq!(nesting_over_limit(&deep), reference::nesting_over_limit(&deep));
        assert!(nesting_over_limit(&deep).is_some());
        let block = format!("a:\n{}b: c\n", " ".repeat(300));
        assert_eq!(nesting_over_limit(&block), reference::nesting_over_limit(&block));
        // A line break ends a comment: the flow after it still counts. (Random texts almost never nest this deep,
        // so the property test alone would not see a fast path that skipped `\n`.)
        let after = format!("# a comment [\nb: {}\n", "[".repeat(70));
        assert_eq!(nesting_over_limit(&after), reference::nesting_over_limit(&after));
        assert!(nesting_over_limit(&after).is_some());
    }

    #[test]
    fn only_comments_is_an_error() {
        let d = parse_story(Path::new("c.yaml"), "# todo\n\n  # later\n").unwrap_err();
        assert_eq!((d.line, d.column), (1, 1));
        assert!(d.message.contains("only comments"), "{d}");
        assert!(parse_story(Path::new("c.yaml"), "# c\nstory: {title: T}\nclaims: []\n").is_ok());
    }

    #[test]
    fn conflict_markers_are_named() {
        let text = "story:\n<<<<<<< HEAD\n  title: A\n=======\n  title: B\n>>>>>>> theirs\n";
        let d = parse_story(Path::new("c.yaml"), text).unwrap_err();
        assert_eq!(d.line, 2);
        assert!(d.message.contains("conflict marker"));
    }

    #[test]
    fn a_line_indented_into_the_value_above_is_named() {
        let yaml = "story:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: A\n  kind: statistic\n     status: open\n";
        let e = serde_yaml::from_str::<StoryFile>(yaml).unwrap_err();
        let d = yaml_diag(Path::new("c.yaml"), &e);
        assert_eq!(d.line, 7, "{d}");
        assert!(d.message.contains("(`status`…) looks indented too far"), "{d}");
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = format!("story: {}{}", "[".repeat(100_000), "]".repeat(100_000));
        let d = parse_story(Path::new("d.yaml"), &text).unwrap_err();
        assert!(d.message.contains("nesting"), "{}", d.message);
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut text = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for i in 1..10 {
            let prev = format!("*a{}", i - 1);
            text.push_str(&format!("a{i}: &a{i} [{}]\n", vec![prev; 9].join(", ")));
        }
        text.push_str("story:\n  title: boom\nclaims: []\n");
        let d = parse_story(Path::new("b.yaml"), &text).unwrap_err();
        assert!(d.message.contains("alias bomb") || d.message.contains("limit"), "{}", d.message);
    }

    #[test]
    fn node_estimates_match_flow_padding_and_stop_where_the_budget_runs_out() {
        // 9 nodes (a mapping, x, a sequence, two mappings of a: b): the estimate misses only the last item's key.
        assert_eq!(count_nodes("x: [{a: b}, {a: b}]\n", u64::MAX), NodeCount::Within(8));
        assert_eq!(count_nodes("- id: a\n  text: 'b, c: d'  # e, f: g\n", u64::MAX), NodeCount::Within(5));
        let text = format!("x-pad: [{}]\n", "{a: b}, ".repeat(1000));
        let NodeCount::Over { at } = count_nodes(&text, 100) else { panic!("over 100 nodes") };
        assert!(at > 0 && at < 300, "stops near the 100th node, not at the end: {at}");
    }

    #[test]
    fn aliases_count_what_their_anchor_counted() {
        let count = |t: &str| match count_nodes(t, u64::MAX) {
            NodeCount::Within(n) => n,
            NodeCount::Over { .. } => unreachable!(),
        };
        let anchor = format!("x-base: &b [{}]\n", vec!["{a: b}"; 100].join(", "));
        let one = count(&anchor);
        // Ten aliases of a 300-node anchor count about 3,000 more, as the parser would copy them.
        let fanned = count(&format!("{anchor}x-pad: [{}]\n", ["*b"; 10].join(", ")));
        assert!(fanned >= one + 10 * 290 && fanned <= one + 10 * 320, "{one} {fanned}");
        // A block anchor ends at the next line no deeper than itself.
        let block = "x-base: &b\n  - a: b\n  - a: b\nx-pad: [*b, *b, *b]\n";
        let plain = "x-base:\n  - a: b\n  - a: b\nx-pad: [c, c, c]\n";
        assert!(count(block) >= count(plain) + 3 * 4, "{} {}", count(block), count(plain));
        // A scalar anchor counts one, and `&`/`*` inside words or text are not anchors.
        // (a plain scalar in a flow list is reached through its comma; an alias is counted itself, one each)
        assert_eq!(count("a: &n 5\nb: [*n, *n]\n"), count("a: 5\nb: [m, m]\n") + 2);
        assert_eq!(count("text: R&D at 3*4 & more * less\n"), count("text: RD at 34 and more or less\n"));
        // Nested fan-out (a "billion laughs") passes any limit quickly, where it passes it.
        let mut laughs = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for k in 1..10 {
            laughs.push_str(&format!("a{k}: &a{k} [{}]\n", vec![format!("*a{}", k - 1); 9].join(", ")));
        }
        let NodeCount::Over { at } = count_nodes(&laughs, MAX_NODES_PER_FILE) else { panic!("not refused") };
        assert!(at > laughs.find("a5:").unwrap(), "{at}");
    }

    #[test]
    fn a_load_budget_is_shared_by_its_files_and_names_where_it_ran_out() {
        let t = tempfile::tempdir().unwrap();
        let pad = |n: usize| format!("{GOOD}x-pad: [{}]\n", vec!["{a: b}"; n].join(", "));
        let budget = NodeBudget::new(10_000);
        let _scope = NodeBudget::enter(&budget);
        // The first file fits; its unknown key costs EXTRA_NODE_COST per node in all.
        parse_story(&t.path().join("one.yaml"), &pad(100)).unwrap();
        let left = budget.left.load(std::sync::atomic::Ordering::SeqCst);
        assert!(left < 10_000 - 300 * EXTRA_NODE_COST + 100, "{left}");
        // The second does not: refused before parsing, at the line of the padding.
        let d = parse_story(&t.path().join("two.yaml"), &pad(1_500)).unwrap_err();
        assert_eq!(d.line, 11, "{d}");
        assert!(d.message.contains("the workspace holds more than 10000"), "{d}");
        // Outside the scope, only the per-file cap applies.
        drop(_scope);
        parse_story(&t.path().join("two.yaml"), &pad(1_500)).unwrap();
    }

    #[test]
    fn find_value_handles_quotes() {
        let text = "claims:\n- id: 'x'\n  text: t\n- id: \"y\"\n";
        assert_eq!(find_value(text, "id", "y", 0), Some((4, 7)));
    }

    #[test]
    fn a_quote_inside_plain_text_or_a_lone_carriage_return_hides_nothing() {
        let items = vec!["{a: b}"; 1_000].join(",");
        // YAML reads `a '` as plain text: the quote opens nothing, so the padding after it counts.
        let quote = format!("story:\n  title: B\nclaims: []\nx-a: a '\nx-pad: [{items}]\nx-z: z'\n");
        // A lone CR ends a line (and so a comment) for YAML.
        let cr = format!("story:\n  title: B\nclaims: []\n# c\rx-pad: [{items}]\n");
        // After `- ` inside a plain scalar, a quote is text too.
        let dash = format!("story:\n  title: a - 'b\nclaims: []\nx-pad: [{items}]\nx-z: z'\n");
        for text in [quote, cr, dash] {
            let NodeCount::Within(n) = count_nodes(&text, u64::MAX) else { panic!() };
            assert!(n >= 3_000, "{n} for {:?}", &text[..60]);
        }
        // A real quoted scalar still hides its brackets: `'[a, b]'` is one string.
        let NodeCount::Within(n) = count_nodes("t: '[a, b, c, d]'\n", u64::MAX) else { panic!() };
        assert!(n <= 3, "{n}");
    }

    #[test]
    fn errors_the_parser_cannot_place_get_a_position_and_a_fix() {
        let path = Path::new("claims.yaml");
        let parse = |text: &str| parse_story(path, text).unwrap_err();
        let d = parse("story:\n  title: A\nclaims: []\n---\nstory:\n  title: B\n");
        assert_eq!((d.line, d.column), (4, 1), "{d}");
        assert!(d.message.contains("second YAML document") && d.message.contains("delete"), "{d}");
        let d = parse("story:\n  title: A\n  outlet: x\u{1}y\nclaims: []\n");
        assert_eq!((d.line, d.column), (3, 12), "{d}");
        assert!(d.message.contains("U+0001"), "{d}");
        let d = parse("story:\n  title: A\nclaims: []\nstory:\n  title: B\n");
        assert_eq!((d.line, d.column), (4, 1), "{d}");
        assert!(d.message.contains("`story` is given twice"), "{d}");
        let d = parse("story:\n  title: A\nclaims: []\nx-t: !custom {a: 1}\n");
        assert_eq!((d.line, d.column), (4, 6), "{d}");
        assert!(d.message.contains("YAML tag"), "{d}");
    }
}
