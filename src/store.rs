//! The store: the only code that reads or writes workspace files. Loading with limits, validation, atomic saves, conflict detection.

use crate::anchor::{self, Anchor};
use crate::diag::{Diagnostic, line_col_of_byte};
use crate::locate;
use crate::model::{StoryFile, WorkspaceConfig, is_slug};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

pub use crate::boundary::{CONFIG_FILE, STORY_FILE};
/// Largest YAML file factdesk reads. Bigger files are refused before parsing, so memory stays bounded.
pub const MAX_YAML_BYTES: u64 = 8 * 1024 * 1024;
/// Largest article factdesk reads.
pub const MAX_ARTICLE_BYTES: u64 = 8 * 1024 * 1024;
/// Deepest nesting of YAML collections accepted.
pub const MAX_DEPTH: usize = 64;

/// A loaded story: its file, its article and where each claim sits.
#[derive(Debug, Clone)]
pub struct Story {
    pub slug: String,
    pub dir: PathBuf,
    pub file: StoryFile,
    /// The article text; empty when it could not be read (see the workspace's diagnostics).
    pub article: String,
    /// Hash of `claims.yaml` as it was loaded or last saved.
    pub disk_hash: String,
    /// The text of `claims.yaml` as loaded or last saved, while it is held in memory. Loading drops it once
    /// the story is checked (a big workspace would otherwise hold every file twice); [`Story::text`] reads
    /// the file again when positions are wanted, and a save re-reads it anyway to check the hash.
    pub disk_text: Option<String>,
    /// One anchor per claim, in order.
    pub anchors: Vec<Anchor>,
}

impl Story {
    pub fn path(&self) -> PathBuf {
        self.dir.join(STORY_FILE)
    }

    pub fn article_path(&self) -> PathBuf {
        self.dir.join(article_name(&self.file))
    }

    /// The text of `claims.yaml` as loaded or last saved: the held copy, else the file read again if its
    /// hash is still `disk_hash`. Empty when neither is possible (the file changed or went away since), so
    /// positions taken from it fall back to line 1. For positions only: a save uses [`Story::base_text`].
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match (&self.disk_text, self.base_text()) {
            (Some(t), _) => Cow::Borrowed(t),
            (None, Ok(t)) => Cow::Owned(t),
            (None, Err(_)) => Cow::Borrowed(""),
        }
    }

    /// The text this story was loaded from (or last saved as), the base a save splices into: the held copy,
    /// else the file on disk, which must still hash to `disk_hash`. A story never saved has the empty text.
    pub fn base_text(&self) -> Result<String, SaveError> {
        if let Some(t) = &self.disk_text {
            return Ok(t.clone());
        }
        let path = self.path();
        match read_story_bytes(&path) {
            Ok(bytes) if hash(&bytes) == self.disk_hash => String::from_utf8(bytes)
                .map_err(|e| SaveError::Io(path, std::io::Error::new(std::io::ErrorKind::InvalidData, e))),
            Ok(_) => Err(SaveError::ChangedOnDisk(path)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && self.disk_hash.is_empty() => Ok(String::new()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(SaveError::ChangedOnDisk(path)),
            Err(e) => Err(SaveError::Io(path, e)),
        }
    }

    /// The article's path, checked by the path policy ([`crate::boundary::data_path`]): relative, inside the
    /// story folder, through real folders, to a regular file. Read or write the article only through this.
    pub fn checked_article_path(&self) -> Result<PathBuf, crate::boundary::BoundaryError> {
        crate::boundary::data_path(&self.dir, article_name(&self.file))
    }

    /// Reads the story's article from disk (within the size limit, as UTF-8), after the path policy allows it.
    /// A refused path is an error at the `article:` value in `claims.yaml`; the file is never opened then.
    pub fn read_article(&self) -> Result<String, Diagnostic> {
        let path = match self.checked_article_path() {
            Ok(p) => p,
            Err(e) if e.is_not_found() => {
                let (line, col) = self.article_value_at();
                return Err(Diagnostic::error(
                    &self.path(),
                    line,
                    col,
                    format!(
                        "article `{}` is missing; put the article text there or fix `story.article`",
                        self.article_path().display()
                    ),
                ));
            }
            Err(e) => {
                let (line, col) = self.article_value_at();
                // The path, never the file: a refused file is not opened, so nothing of it can be quoted.
                let shown = e.path().strip_prefix(&self.dir).map(Path::to_path_buf).unwrap_or_else(|_| e.path());
                return Err(Diagnostic::error(
                    &self.path(),
                    line,
                    col,
                    format!("story.article: `{}` {}", shown.display(), e.reason()),
                ));
            }
        };
        read_limited(&path, MAX_ARTICLE_BYTES).and_then(|b| decode_utf8(&path, b, "the article"))
    }

    /// Line and column of the `article:` value in `claims.yaml` (1:1 when it cannot be found).
    fn article_value_at(&self) -> (usize, usize) {
        let text = self.text();
        find_value(&text, "article", &self.file.story.article, 0)
            .or_else(|| find_key(&text, "article"))
            .unwrap_or((1, 1))
    }

    /// Recomputes every claim's anchor.
    pub fn reanchor(&mut self) {
        self.anchors = self.file.claims.iter().map(|c| anchor::resolve(&self.article, &c.quote)).collect();
    }
}

fn article_name(file: &StoryFile) -> &str {
    if file.story.article.is_empty() { "article.txt" } else { &file.story.article }
}

/// A whole workspace: settings, every story that loaded, and every problem found.
#[derive(Debug, Clone, Default)]
pub struct Workspace {
    pub root: PathBuf,
    pub config: WorkspaceConfig,
    pub stories: Vec<Story>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Workspace {
    /// Problems of story folders that did not load at all (a file that could not be read or parsed): a listing
    /// of the workspace is incomplete while there are any.
    pub fn unreadable(&self) -> Vec<&Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.is_error() && d.path.file_name().is_some_and(|n| n == STORY_FILE))
            .filter(|d| !self.stories.iter().any(|s| d.path.starts_with(&s.dir)))
            .collect()
    }

    /// The errors found in or under `path` (a story folder, or one file).
    pub fn errors_in<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = &'a Diagnostic> + 'a {
        self.diagnostics.iter().filter(move |d| d.is_error() && d.path.starts_with(path))
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    pub fn story(&self, slug: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.slug == slug)
    }

    pub fn story_mut(&mut self, slug: &str) -> Option<&mut Story> {
        self.stories.iter_mut().find(|s| s.slug == slug)
    }
}

/// Hex SHA-256 of some bytes.
pub fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a workspace file, at most `limit` bytes, through the path policy ([`crate::boundary::read_regular`]): a
/// symbolic link, FIFO or device is refused without being opened or read, a bigger file is an error that says how
/// big it is, and a leading UTF-8 byte order mark is dropped.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    crate::boundary::read_regular(path, limit).map_err(|e| boundary_diag(path, &e))
}

/// Reads a file the user named on the command line (links followed, but only a regular file), at most `limit` bytes.
pub fn read_user_file(path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    crate::boundary::read_user_file(path, limit).map_err(|e| boundary_diag(path, &e))
}

/// A refused or failed read as a diagnostic on the file.
fn boundary_diag(path: &Path, e: &crate::boundary::BoundaryError) -> Diagnostic {
    use crate::boundary::BoundaryError;
    match e {
        BoundaryError::TooBig { .. } => Diagnostic::error(path, 1, 1, e.reason()),
        _ => Diagnostic::error(path, 0, 0, e.reason()),
    }
}

/// Reads a story file's bytes for a save's "changed on disk" check, through the path policy, keeping the OS error's
/// kind (a missing file is `NotFound`).
fn read_story_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    crate::boundary::read_regular(path, MAX_YAML_BYTES).map_err(crate::boundary::BoundaryError::into_io)
}

/// Decodes UTF-8, or says on which line and column the first bad byte is.
pub fn decode_utf8(path: &Path, bytes: Vec<u8>, what: &str) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let text = String::from_utf8_lossy(&bytes[..good]);
        let (line, col) = line_col_of_byte(&text, good);
        Diagnostic::error(
            path,
            line,
            col,
            format!("{what} is not valid UTF-8 (byte 0x{:02x}); re-save it as UTF-8", bytes[good]),
        )
    })
}

/// Finds git conflict markers left by an unfinished merge.
pub fn conflict_marker(text: &str) -> Option<usize> {
    text.lines().position(|l| {
        l.starts_with("<<<<<<<") || l.starts_with(">>>>>>>") || l.starts_with("|||||||") || l == "======="
    })
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
/// the typed fields (measured with `benches/budgets.sh` and a generated workspace; see BENCHMARKS.md).
pub const EXTRA_NODE_COST: u64 = 5;

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
    enum Ends {
        Flow(usize),
        Block(usize),
    }
    let bytes = text.as_bytes();
    let mut n: u64 = 0;
    let mut quote: Option<u8> = None;
    let mut comment = false;
    let mut line_has_content = false;
    let mut line_start = 0usize;
    let mut line_indent = 0usize;
    let mut flow = 0usize;
    let mut sizes: HashMap<&[u8], u64> = HashMap::new();
    let mut open: Vec<(&[u8], u64, Ends)> = Vec::new();
    let name_end = |from: usize| {
        (from..bytes.len())
            .find(|&j| matches!(bytes[j], b' ' | b'\t' | b'\r' | b'\n' | b',' | b'[' | b']' | b'{' | b'}'))
            .unwrap_or(bytes.len())
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let prev = if i == 0 { b'\n' } else { bytes[i - 1] };
        let next = bytes.get(i + 1).copied().unwrap_or(b'\n');
        let mut counted: u64 = 0;
        if b == b'\n' {
            comment = false;
            if quote.is_none() {
                line_has_content = false;
                line_start = i + 1;
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
                while let Some((name, start, Ends::Block(at))) = open.last() {
                    if indent > *at || (indent == *at && item) {
                        break;
                    }
                    sizes.insert(name, n.saturating_sub(*start).max(1));
                    open.pop();
                }
            }
            let boundary = matches!(prev, b' ' | b'\t' | b'[' | b'{' | b',' | b':' | b'\n' | b'-' | b'?');
            // An anchor or alias starts a node: after a space, a line start or a flow indicator, never mid-word.
            let node_start = matches!(prev, b' ' | b'\t' | b'[' | b'{' | b',' | b'\n');
            match b {
                b'"' | b'\'' if boundary => quote = Some(b),
                b'#' if matches!(prev, b' ' | b'\t' | b'\n') => comment = true,
                b'&' if node_start && name_end(i + 1) > i + 1 => {
                    let end = name_end(i + 1);
                    let name = &bytes[i + 1..end];
                    let after = (end..bytes.len()).find(|&j| !matches!(bytes[j], b' ' | b'\t')).unwrap_or(bytes.len());
                    match bytes.get(after) {
                        Some(b'[' | b'{') => open.push((name, n, Ends::Flow(flow))),
                        None | Some(b'\n' | b'\r' | b'#') => open.push((name, n, Ends::Block(line_indent))),
                        Some(_) => {
                            sizes.insert(name, 1);
                        }
                    }
                    i = end;
                    continue;
                }
                b'*' if node_start && name_end(i + 1) > i + 1 => {
                    let end = name_end(i + 1);
                    // An alias of no anchor seen is an error for the parser (nothing is copied), or not an alias at
                    // all (`*emphasis*` in a block of text): one item.
                    counted += sizes.get(&bytes[i + 1..end]).copied().unwrap_or(1);
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
                    while let Some((name, start, Ends::Flow(at))) = open.last() {
                        if *at < flow {
                            break;
                        }
                        sizes.insert(name, n.saturating_sub(*start).max(1));
                        open.pop();
                    }
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
        }
        n = n.saturating_add(counted);
        if n > limit {
            return NodeCount::Over { at: i };
        }
        i += 1;
    }
    NodeCount::Within(n)
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

/// Deepest flow/block nesting, found cheaply before the parser runs; returns (depth, byte offset).
fn nesting_over_limit(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut comment = false;
    for (i, b) in text.bytes().enumerate() {
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
    let file: StoryFile = parse_yaml(path, text, "a story file needs `story:` and `claims:` (see claims/README.md)")?;
    charge_unknown_keys(path, text, &file)?;
    Ok(file)
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
    if text.trim().is_empty() {
        return Err(Diagnostic::error(path, 1, 1, format!("file is empty; {empty_hint}")));
    }
    if let Some(line) = conflict_marker(text) {
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
    serde_yaml::from_str(text).map_err(|e| yaml_diag(path, &e))
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
    } else if msg.contains("did not find expected") || msg.contains("mapping values are not allowed") {
        "; check the indentation and quoting on this line"
    } else {
        ""
    };
    Diagnostic::error(path, line, col, format!("{msg}{hint}"))
}

/// Writes a story file's canonical text: stable key order, multi-line text as block scalars.
pub fn render(file: &StoryFile) -> String {
    serde_yaml::to_string(file).unwrap_or_else(|e| format!("# factdesk could not serialize this story: {e}\n"))
}

/// Loads the settings file, falling back to defaults when it is absent.
pub fn load_config(root: &Path) -> Result<WorkspaceConfig, Diagnostic> {
    let path = root.join(CONFIG_FILE);
    if fs::symlink_metadata(&path).is_err() {
        return Ok(WorkspaceConfig::default());
    }
    let bytes = read_limited(&path, MAX_YAML_BYTES)?;
    let text = decode_utf8(&path, bytes, "the settings file")?;
    let config: WorkspaceConfig = parse_yaml(&path, &text, "delete it to use the defaults")?;
    if config.verdicts.is_empty() {
        return Err(Diagnostic::error(
            &path,
            1,
            1,
            "`verdicts:` is empty; list at least one verdict or remove the key",
        ));
    }
    let mut seen = HashMap::new();
    for v in &config.verdicts {
        if seen.insert(v.name.as_str(), ()).is_some() {
            let (line, col) = find_value(&text, "name", &v.name, 0).unwrap_or((1, 1));
            return Err(Diagnostic::error(&path, line, col, format!("verdict `{}` is defined twice", v.name)));
        }
    }
    Ok(config)
}

/// Loads one story folder. Problems go to `diags`; `None` when the story file could not be read.
pub fn load_story(dir: &Path, diags: &mut Vec<Diagnostic>) -> Option<Story> {
    let path = dir.join(STORY_FILE);
    let slug = dir.file_name()?.to_string_lossy().into_owned();
    // A story folder that is a link (or not a folder) is reported on its story file, so `list` counts it as
    // unreadable; nothing behind it is opened.
    if let Err(e) = crate::boundary::real_dir(dir) {
        diags.push(Diagnostic::error(
            &path,
            0,
            0,
            format!("the story folder {}", crate::boundary::BoundaryError::NotRealDir(dir.to_path_buf(), kind_of(&e))),
        ));
        return None;
    }
    let loaded = read_limited(&path, MAX_YAML_BYTES)
        .and_then(|b| decode_utf8(&path, b, "the story file"))
        .and_then(|text| parse_story(&path, &text).map(|f| (text, f)));
    let (text, file) = match loaded {
        Ok(x) => x,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let mut story = Story {
        slug,
        dir: dir.to_path_buf(),
        disk_hash: hash(text.as_bytes()),
        disk_text: Some(text),
        file,
        article: String::new(),
        anchors: Vec::new(),
    };
    let apath = story.article_path();
    match story.read_article() {
        Ok(a) if a.trim().is_empty() => {
            diags.push(Diagnostic::error(&apath, 1, 1, "the article is empty; paste the story's text into it"))
        }
        Ok(a) => story.article = a,
        Err(d) => diags.push(d),
    }
    story.reanchor();
    Some(story)
}

/// The kind of what a boundary error was about (for "the story folder is a symbolic link").
fn kind_of(e: &crate::boundary::BoundaryError) -> crate::boundary::Kind {
    use crate::boundary::{BoundaryError, Kind};
    match e {
        BoundaryError::NotRealDir(_, k) | BoundaryError::NotRegular(_, k) => *k,
        BoundaryError::Symlink(_) => Kind::Symlink,
        _ => Kind::Other,
    }
}

/// Whether a workspace entry is a story folder to load (and report on): a real folder holding a `claims.yaml` of
/// any kind (a link or FIFO there is reported when loading, never skipped), or a link that points at a folder or at
/// nothing (a story folder replaced by a link, or a dangling one). Links to files and other entries are not stories.
pub fn is_story_candidate(path: &Path) -> bool {
    let Ok(meta) = fs::symlink_metadata(path) else { return false };
    if meta.file_type().is_symlink() {
        return fs::metadata(path).map_or(true, |m| m.is_dir());
    }
    meta.is_dir() && fs::symlink_metadata(path.join(STORY_FILE)).is_ok()
}

/// The story folders under `root` (each subfolder holding a `claims.yaml`, and links that stand where one would),
/// in name order. Loading one that is a link, or whose `claims.yaml` is not a regular file, is an error diagnostic.
pub fn story_dirs(root: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let entries = fs::read_dir(root).map_err(|e| {
        Diagnostic::error(
            root,
            0,
            0,
            format!("cannot open the workspace: {e}; pass the folder that holds your stories"),
        )
    })?;
    let mut dirs: Vec<PathBuf> =
        entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| is_story_candidate(p)).collect();
    dirs.sort();
    Ok(dirs)
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

/// Checks a loaded story against the format's rules and the workspace's verdict scale.
/// Positions come from one linear pass over the file's lines (`locate`).
pub fn validate(story: &Story, config: &WorkspaceConfig) -> Vec<Diagnostic> {
    let path = story.path();
    let text = story.text();
    let lines = locate::lines(&text);
    let spans = locate::claim_spans(&lines, &story.file.claims);
    let mut out = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, claim) in story.file.claims.iter().enumerate() {
        let span = spans[i];
        let (line, col) = span.and_then(|s| locate::claim_key(&lines, s, "id")).unwrap_or((1, 1));
        let key = |k: &str| span.and_then(|s| locate::claim_key(&lines, s, k)).unwrap_or((line, col));
        if claim.id.is_empty() {
            out.push(Diagnostic::error(
                &path,
                line,
                col,
                format!("claim #{} has no `id`; give it a short slug", i + 1),
            ));
        } else if let Some(first) = seen.insert(&claim.id, line) {
            out.push(Diagnostic::error(
                &path,
                line,
                col,
                format!("duplicate id `{}` (first used on line {first}); ids must be unique within a story", claim.id),
            ));
        } else if !is_slug(&claim.id) {
            out.push(Diagnostic::warning(
                &path,
                line,
                col,
                format!("id `{}` is not a slug; use lowercase letters, digits and dashes", claim.id),
            ));
        }
        if !claim.verdict.is_empty() && config.verdict(&claim.verdict).is_none() {
            let (l, c) = key("verdict");
            let names: Vec<&str> = config.verdicts.iter().map(|v| v.name.as_str()).collect();
            out.push(Diagnostic::error(
                &path,
                l,
                c,
                format!("unknown verdict `{}`; use one of: {}", claim.verdict, names.join(", ")),
            ));
        }
        if claim.text.trim().is_empty() {
            out.push(Diagnostic::warning(&path, line, col, format!("claim `{}` has no `text`", claim.id)));
        }
        if claim.history.iter().any(|h| h.by.trim().is_empty() || h.change.trim().is_empty() || h.at.trim().is_empty())
        {
            let (l, c) = key("history");
            out.push(Diagnostic::warning(
                &path,
                l,
                c,
                format!(
                    "claim `{}`: a history entry lacks `at`, `by` or `change` (a merge may have cut it); say when, who \
                     and what",
                    claim.id
                ),
            ));
        }
        let quote_at =
            || span.and_then(|s| locate::item_key(&lines, (s.start, s.end), "exact")).unwrap_or_else(|| key("quote"));
        if !story.article.is_empty() && story.anchors.get(i).is_some_and(Anchor::is_orphaned) {
            let (l, c) = quote_at();
            out.push(Diagnostic::warning(
                &path,
                l,
                c,
                format!(
                    "claim `{}` is orphaned: its quote is no longer in the article; set `quote.exact` to the words it checks, or delete the claim",
                    claim.id
                ),
            ));
        } else if let Some(a) = story.anchors.get(i).filter(|a| a.state == crate::anchor::AnchorState::Fuzzy) {
            // The article was edited under the claim: the words it checks may have changed (a number, a name).
            let (l, c) = quote_at();
            let now = crate::anchor::slice_chars(&story.article, a.start, a.end);
            out.push(Diagnostic::warning(
                &path,
                l,
                c,
                format!(
                    "claim `{}`: the article changed under its quote; it now reads \"{}\"; check the claim against \
                     the new words, then set `quote.exact` to them",
                    claim.id,
                    now.chars().take(160).collect::<String>()
                ),
            ));
        }
    }
    out
}

/// Why a save did not happen. The file on disk is untouched in every case.
#[derive(Debug)]
pub enum SaveError {
    /// Someone changed the file since it was loaded.
    ChangedOnDisk(PathBuf),
    /// Someone changed the file since it was loaded, adding claims (these ids) this copy never saw: writing would
    /// drop them.
    WouldDrop(PathBuf, Vec<String>),
    /// Another program has the file open for writing right now.
    BeingWritten(PathBuf),
    /// The file system refused (full disk, read-only folder, permissions), or, with `ErrorKind::InvalidData`,
    /// the story cannot be written so that it reads back the same (see `save_plan`).
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::ChangedOnDisk(p) => write!(
                f,
                "{}: changed on disk since it was loaded; not saved, so their change is kept. Reload to merge, then save again",
                crate::sanitize::line(&p.display().to_string())
            ),
            SaveError::WouldDrop(p, ids) => {
                let shown: Vec<&str> = ids.iter().take(8).map(String::as_str).collect();
                let more = if ids.len() > shown.len() {
                    format!(" and {} more", ids.len() - shown.len())
                } else {
                    String::new()
                };
                write!(
                    f,
                    "{}: not saved: the file on disk has {} claim(s) this copy never read ({}{more}); saving would drop \
                     them. Press R to reload and merge them in, then save again",
                    crate::sanitize::line(&p.display().to_string()),
                    ids.len(),
                    crate::sanitize::line(&shown.join(", ")),
                )
            }
            SaveError::BeingWritten(p) => write!(
                f,
                "{}: not saved: another program has this file open for writing right now, and saving would cut it \
                 off mid-write; wait until it is done (factdesk reloads the finished file), then save again",
                crate::sanitize::line(&p.display().to_string())
            ),
            SaveError::Io(p, e) if e.kind() == std::io::ErrorKind::InvalidData => write!(
                f,
                "{}: not saved: {}; the original file is unchanged. Undo the last edit, or edit the file by hand",
                crate::sanitize::line(&p.display().to_string()),
                crate::sanitize::line(&e.to_string())
            ),
            // Refused by the path policy (a link or device where the story's file or folder was).
            SaveError::Io(p, e) if e.kind() == std::io::ErrorKind::InvalidInput => write!(
                f,
                "{}: not saved: {}; nothing was written",
                crate::sanitize::line(&p.display().to_string()),
                crate::sanitize::line(&e.to_string())
            ),
            SaveError::Io(p, e) => write!(
                f,
                "{}: could not save ({e}); the original file is unchanged. Free some space or fix the folder's permissions, then save again",
                crate::sanitize::line(&p.display().to_string())
            ),
        }
    }
}

impl std::error::Error for SaveError {}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, fsync, rename, fsync the folder.
///
/// The target must be absent or a regular file: a symbolic link, FIFO, device or folder there is refused (the rename
/// would replace a link rather than write through it, but a link where factdesk writes is never expected).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::boundary::check_write_target(path).map_err(crate::boundary::BoundaryError::into_io)?;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".factdesk-").suffix(".tmp").tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if let Ok(meta) = fs::symlink_metadata(path) {
        // Keep the original file's permissions.
        let _ = fs::set_permissions(tmp.path(), meta.permissions());
    } else {
        // A new file gets what any other program would create under the umask, not the temporary file's 0600.
        new_file_permissions(tmp.path());
    }
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = fs::File::open(dir) {
        d.sync_all()?;
    }
    Ok(())
}

#[cfg(unix)]
fn new_file_permissions(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o666 & !process_umask()));
}

/// This process's umask. It cannot be read without changing it (racy in a threaded program), but Linux reports it
/// in `/proc/self/status`; 022 elsewhere.
#[cfg(unix)]
fn process_umask() -> u32 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("Umask:").map(|v| v.trim().to_string())))
        .and_then(|v| u32::from_str_radix(&v, 8).ok())
        .unwrap_or(0o022)
}

#[cfg(not(unix))]
fn new_file_permissions(_path: &Path) {}

/// What saving `story` would write, and what of a hand-edited file it cannot keep (show `warning` before saving).
/// An error means the story cannot be written so that it reads back the same; saving it would be refused.
/// The file is read again when the story does not hold its text; a file changed on disk is an error here too.
pub fn save_plan(story: &Story) -> Result<crate::safety::splice::SavePlan, String> {
    let base = story.base_text().map_err(|e| e.to_string())?;
    crate::safety::splice::plan(&base, &story.file)
}

/// Saves a story: refuses if the file changed on disk since it was loaded, else writes atomically.
/// Only the changed keys and claims are spliced into the file's text, so a hand-edited file keeps its
/// comments and layout (see [`save_plan`]).
pub fn save_story(story: &mut Story) -> Result<(), SaveError> {
    save_story_over(story, None)
}

/// [`save_story`], knowing the story as this copy last read it (`base`), so a refusal can name exactly the claims
/// the file on disk gained since: ids on disk that neither this copy's story nor `base` hold.
///
/// Refused, with the file untouched, when another program has the file open for writing (Linux; see
/// `boundary::being_written`): replacing it would cut that program off mid-write, and the rest of what it
/// writes would go to a file no longer in the folder. Refused as well when the file changed since it was read:
/// [`SaveError::WouldDrop`] when the disk holds claims this copy never saw, else [`SaveError::ChangedOnDisk`].
pub fn save_story_over(story: &mut Story, base: Option<&StoryFile>) -> Result<(), SaveError> {
    let path = story.path();
    // The folder must still be the real one it was loaded from, not a link swapped in since.
    crate::boundary::real_dir(&story.dir).map_err(|e| SaveError::Io(path.clone(), e.into_io()))?;
    if crate::boundary::being_written(&path) {
        return Err(SaveError::BeingWritten(path));
    }
    let current = read_story_bytes(&path);
    match current {
        Ok(bytes) if hash(&bytes) != story.disk_hash => {
            let ids = String::from_utf8(bytes)
                .ok()
                .and_then(|t| parse_story(&path, &t).ok())
                .map(|disk| gained_ids(&disk, &story.file, base))
                .unwrap_or_default();
            return Err(if ids.is_empty() { SaveError::ChangedOnDisk(path) } else { SaveError::WouldDrop(path, ids) });
        }
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(SaveError::Io(path, e)),
        Err(_) if !story.disk_hash.is_empty() => return Err(SaveError::ChangedOnDisk(path)),
        _ => {}
    }
    // The bytes just read hash to `disk_hash`: they are the base to splice into.
    let base = match (&story.disk_text, current) {
        (Some(t), _) => t.clone(),
        (None, Ok(bytes)) => String::from_utf8(bytes)
            .map_err(|e| SaveError::Io(path.clone(), std::io::Error::new(std::io::ErrorKind::InvalidData, e)))?,
        (None, Err(_)) => String::new(),
    };
    let text = crate::safety::splice::plan(&base, &story.file)
        .map_err(|why| SaveError::Io(path.clone(), std::io::Error::new(std::io::ErrorKind::InvalidData, why)))?
        .text;
    write_atomic(&path, text.as_bytes()).map_err(|e| SaveError::Io(path.clone(), e))?;
    story.disk_hash = hash(text.as_bytes());
    story.disk_text = None;
    Ok(())
}

/// Ids of claims in `disk` that neither `mine` nor `base` (the story as last read, when known) hold: what
/// writing `mine` over `disk` would drop without this copy ever having seen it.
pub fn gained_ids(disk: &StoryFile, mine: &StoryFile, base: Option<&StoryFile>) -> Vec<String> {
    let held =
        |id: &str| mine.claims.iter().any(|c| c.id == id) || base.is_some_and(|b| b.claims.iter().any(|c| c.id == id));
    disk.claims.iter().filter(|c| !c.id.is_empty() && !held(&c.id)).map(|c| c.id.clone()).collect()
}

/// A new story's title when none is given: the article's first non-empty line, cut at the last space before
/// 120 characters (with an ellipsis) when longer, or the slug for an article without text.
pub fn default_title(article: &str, slug: &str) -> String {
    const MAX: usize = 120;
    let line = article.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or(slug);
    if line.chars().count() <= MAX {
        return line.to_string();
    }
    let head: String = line.chars().take(MAX).collect();
    let cut = head.rfind(char::is_whitespace).filter(|&i| i > MAX / 2).unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end_matches(|c: char| c.is_whitespace() || c == ','))
}

/// Creates a story folder with its article and an empty claims file.
pub fn new_story(root: &Path, slug: &str, article: &Path, title: Option<&str>) -> Result<PathBuf, String> {
    if !is_slug(slug) {
        return Err(format!(
            "`{slug}` is not a slug; use lowercase letters, digits and dashes, e.g. `city-budget-2026`"
        ));
    }
    let dir = root.join(slug);
    // Looked at without following links: a link (even a dangling one) there is never written through.
    if fs::symlink_metadata(dir.join(STORY_FILE)).is_ok() {
        return Err(format!("{}: story `{slug}` already exists; pick another slug", dir.display()));
    }
    if fs::symlink_metadata(dir.join("article.txt")).is_ok() {
        return Err(format!(
            "{}: the folder already holds an article.txt; move it away or pick another slug (it is never overwritten)",
            dir.display()
        ));
    }
    let bytes = read_user_file(article, MAX_ARTICLE_BYTES).map_err(|d| d.to_string())?;
    let text = decode_utf8(article, bytes, "the article").map_err(|d| d.to_string())?;
    if text.trim().is_empty() {
        return Err(format!("{}: the article is empty", article.display()));
    }
    fs::create_dir_all(&dir).map_err(|e| format!("{}: cannot create the story folder: {e}", dir.display()))?;
    // A link standing where the story folder goes would take the files elsewhere.
    crate::boundary::real_dir(&dir).map_err(|e| e.to_string())?;
    let title = title.map(str::to_string).unwrap_or_else(|| default_title(&text, slug));
    let mut file = StoryFile::default();
    file.story.title = title;
    file.story.article = "article.txt".into();
    write_atomic(&dir.join("article.txt"), text.as_bytes()).map_err(|e| format!("{}: {e}", dir.display()))?;
    write_atomic(&dir.join(STORY_FILE), render(&file).as_bytes()).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_workspace;
    use crate::model::Claim;

    fn story_in(dir: &Path, yaml: &str, article: &str) -> PathBuf {
        let s = dir.join("s");
        fs::create_dir_all(&s).unwrap();
        fs::write(s.join(STORY_FILE), yaml).unwrap();
        fs::write(s.join("article.txt"), article).unwrap();
        s
    }

    const GOOD: &str = "story:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP\n  quote:\n    exact: half of GDP\n  kind: statistic\n  status: open\n";

    #[test]
    fn loaded_story_reads_its_text_again_and_saves_into_it() {
        let t = tempfile::tempdir().unwrap();
        let yaml = format!("# kept by hand\n{GOOD}");
        story_in(t.path(), &yaml, "It is half of GDP, they said.");
        let mut story = load_workspace(t.path()).unwrap().stories.remove(0);
        assert!(story.disk_text.is_none(), "a loaded story does not hold its file's text");
        assert_eq!(story.text(), yaml);
        story.file.claims[0].verdict = "accurate".into();
        save_story(&mut story).unwrap();
        let saved = fs::read_to_string(story.path()).unwrap();
        assert!(saved.starts_with("# kept by hand\n") && saved.contains("verdict: accurate"), "{saved}");
        // Someone else's change: no text to splice into, and the save is refused.
        fs::write(story.path(), GOOD.replace("title: T", "title: Theirs")).unwrap();
        assert_eq!(story.text(), "");
        assert!(matches!(story.base_text(), Err(SaveError::ChangedOnDisk(_))));
        assert!(save_plan(&story).unwrap_err().contains("changed on disk"));
        assert!(matches!(save_story(&mut story), Err(SaveError::ChangedOnDisk(_))));
        assert!(fs::read_to_string(story.path()).unwrap().contains("title: Theirs"));
    }

    #[test]
    fn loads_and_anchors() {
        let t = tempfile::tempdir().unwrap();
        story_in(t.path(), GOOD, "It is half of GDP, they said.");
        let ws = load_workspace(t.path()).unwrap();
        assert!(ws.diagnostics.is_empty(), "{:?}", ws.diagnostics);
        assert_eq!(ws.stories[0].anchors[0].start, 6);
    }

    #[test]
    fn duplicate_id_names_its_line() {
        let t = tempfile::tempdir().unwrap();
        let yaml = format!("{GOOD}- id: a\n  text: again\n");
        story_in(t.path(), &yaml, "It is half of GDP.");
        let ws = load_workspace(t.path()).unwrap();
        let d = ws.diagnostics.iter().find(|d| d.message.contains("duplicate id")).unwrap();
        assert_eq!(d.line, 11);
        assert!(d.is_error());
    }

    #[test]
    fn unknown_verdict_points_at_the_verdict() {
        let t = tempfile::tempdir().unwrap();
        let yaml = GOOD.replace("status: open\n", "status: open\n  verdict: sorta\n");
        story_in(t.path(), &yaml, "It is half of GDP.");
        let ws = load_workspace(t.path()).unwrap();
        let d = &ws.diagnostics[0];
        assert_eq!((d.line, d.column), (11, 12));
        assert!(d.message.contains("unknown verdict `sorta`") && d.message.contains("misleading"));
    }

    #[test]
    fn save_refuses_when_changed_on_disk() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), GOOD, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        fs::write(dir.join(STORY_FILE), format!("{GOOD}# theirs\n")).unwrap();
        let story = &mut ws.stories[0];
        story.file.claims.push(Claim::new("b", "mine"));
        let err = save_story(story).unwrap_err();
        assert!(matches!(err, SaveError::ChangedOnDisk(_)));
        assert!(fs::read_to_string(dir.join(STORY_FILE)).unwrap().ends_with("# theirs\n"));
    }

    #[test]
    fn a_save_that_would_drop_claims_the_disk_gained_names_them() {
        let t = tempfile::tempdir().unwrap();
        let two = format!("{GOOD}- id: b\n  text: Second\n");
        let dir = story_in(t.path(), &two, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        let base = ws.stories[0].file.clone();
        // Mine: `b` deleted, `mine` added. Theirs, on disk since: `c` and `d` added.
        let story = &mut ws.stories[0];
        story.file.claims.retain(|c| c.id != "b");
        story.file.claims.push(Claim::new("mine", "Mine"));
        let theirs = format!("{two}- id: c\n  text: Theirs\n- id: d\n  text: Theirs too\n");
        fs::write(dir.join(STORY_FILE), &theirs).unwrap();
        let err = save_story_over(story, Some(&base)).unwrap_err();
        let SaveError::WouldDrop(_, ids) = &err else { panic!("{err}") };
        assert_eq!(ids, &["c", "d"], "only what this copy never read, not what it deleted");
        assert!(
            err.to_string().contains("2 claim(s) this copy never read (c, d)")
                && err.to_string().contains("R to reload")
        );
        // Without the base, what this copy deleted cannot be told from what the disk gained: named too.
        let SaveError::WouldDrop(_, ids) = save_story(story).unwrap_err() else { panic!() };
        assert_eq!(ids, &["b", "c", "d"]);
        assert_eq!(fs::read_to_string(dir.join(STORY_FILE)).unwrap(), theirs, "nothing written");
        // A change on disk that adds no claim is the plain refusal.
        fs::write(dir.join(STORY_FILE), format!("{two}# a comment\n")).unwrap();
        assert!(matches!(save_story_over(story, Some(&base)), Err(SaveError::ChangedOnDisk(_))));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_save_waits_while_another_program_writes_the_file() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), GOOD, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        ws.stories[0].file.claims[0].verdict = "accurate".into();
        let writer = fs::OpenOptions::new().append(true).open(dir.join(STORY_FILE)).unwrap();
        let err = save_story(&mut ws.stories[0]).unwrap_err();
        assert!(matches!(err, SaveError::BeingWritten(_)), "{err}");
        assert!(err.to_string().contains("open for writing"), "{err}");
        assert_eq!(fs::read_to_string(dir.join(STORY_FILE)).unwrap(), GOOD);
        drop(writer);
        save_story(&mut ws.stories[0]).unwrap();
        assert!(fs::read_to_string(dir.join(STORY_FILE)).unwrap().contains("verdict: accurate"));
    }

    #[test]
    fn save_then_load_is_byte_identical() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), GOOD, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        ws.stories[0].file.claims[0].notes = "line one\nline two\n".into();
        save_story(&mut ws.stories[0]).unwrap();
        let first = fs::read(dir.join(STORY_FILE)).unwrap();
        let mut again = load_workspace(t.path()).unwrap();
        save_story(&mut again.stories[0]).unwrap();
        assert_eq!(first, fs::read(dir.join(STORY_FILE)).unwrap());
        assert!(String::from_utf8(first).unwrap().contains("notes: |"));
    }

    #[test]
    fn unknown_keys_survive_a_save() {
        let t = tempfile::tempdir().unwrap();
        let yaml = GOOD.replace("  status: open\n", "  status: open\n  x-desk: {priority: 2}\n") + "newer: true\n";
        story_in(t.path(), &yaml, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        save_story(&mut ws.stories[0]).unwrap();
        let out = fs::read_to_string(ws.stories[0].path()).unwrap();
        assert!(out.contains("x-desk:") && out.contains("priority: 2") && out.contains("newer: true"), "{out}");
    }

    #[test]
    fn hand_edited_file_keeps_its_comments_through_a_save() {
        let t = tempfile::tempdir().unwrap();
        let yaml = GOOD
            .replace("claims:\n", "# desk notes\nclaims:\n")
            .replace("  kind: statistic\n", "  kind: statistic  # checked\n");
        let dir = story_in(t.path(), &yaml, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        assert!(save_plan(&ws.stories[0]).unwrap().warning.is_none());
        ws.stories[0].file.claims[0].verdict = "accurate".into();
        save_story(&mut ws.stories[0]).unwrap();
        let out = fs::read_to_string(dir.join(STORY_FILE)).unwrap();
        assert_eq!(out, yaml.replace("  status: open\n", "  status: open\n  verdict: accurate\n"));
    }

    #[test]
    fn a_story_that_cannot_be_written_back_is_refused() {
        let t = tempfile::tempdir().unwrap();
        let yaml = format!("{GOOD}x-odd: 1\n");
        let dir = story_in(t.path(), &yaml, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        ws.stories[0].file.extra.insert("x-odd".into(), serde_yaml::Value::Null);
        ws.stories[0].file.extra.insert("x-new".into(), serde_yaml::from_str("? {a: b}\n: c\n").unwrap());
        let err = save_story(&mut ws.stories[0]).unwrap_err();
        assert!(
            err.to_string().contains("not saved") && err.to_string().contains("original file is unchanged"),
            "{err}"
        );
        assert_eq!(fs::read_to_string(dir.join(STORY_FILE)).unwrap(), yaml);
    }

    #[test]
    fn a_byte_order_mark_loads_saves_and_reloads() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), &format!("\u{feff}# kept\n{GOOD}"), "\u{feff}It is half of GDP, they said.");
        let mut ws = load_workspace(t.path()).unwrap();
        assert!(ws.diagnostics.is_empty(), "{:?}", ws.diagnostics);
        let story = &mut ws.stories[0];
        assert_eq!(story.file.story.title, "T");
        assert_eq!(story.anchors[0].start, 6, "anchors count from after the mark");
        assert!(story.base_text().unwrap().starts_with("# kept\n"), "the base is the text after the mark");
        story.file.claims[0].verdict = "accurate".into();
        save_story(story).unwrap();
        let saved = fs::read_to_string(dir.join(STORY_FILE)).unwrap();
        assert!(saved.starts_with("# kept\n") && saved.contains("verdict: accurate"), "{saved}");
        let again = load_workspace(t.path()).unwrap();
        assert!(!again.has_errors(), "{:?}", again.diagnostics);
        assert_eq!(again.stories[0].file.claims[0].verdict, "accurate");
    }

    #[cfg(unix)]
    #[test]
    fn a_save_never_writes_through_a_link_swapped_in_after_loading() {
        let t = tempfile::tempdir().unwrap();
        let dir = story_in(t.path(), GOOD, "It is half of GDP.");
        let mut ws = load_workspace(t.path()).unwrap();
        // The story file becomes a link to a copy elsewhere: same bytes, so only the policy can refuse it.
        let elsewhere = t.path().join("elsewhere.yaml");
        fs::rename(dir.join(STORY_FILE), &elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, dir.join(STORY_FILE)).unwrap();
        ws.stories[0].file.claims[0].verdict = "accurate".into();
        let err = save_story(&mut ws.stories[0]).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert_eq!(fs::read_to_string(&elsewhere).unwrap(), GOOD);
        // The folder itself becomes a link to a copy.
        fs::remove_file(dir.join(STORY_FILE)).unwrap();
        fs::rename(&elsewhere, dir.join(STORY_FILE)).unwrap();
        let moved = t.path().join("moved");
        fs::rename(&dir, &moved).unwrap();
        std::os::unix::fs::symlink(&moved, &dir).unwrap();
        let err = save_story(&mut ws.stories[0]).unwrap_err();
        assert!(err.to_string().contains("not a real folder"), "{err}");
        assert_eq!(fs::read_to_string(moved.join(STORY_FILE)).unwrap(), GOOD);
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

    #[cfg(unix)]
    #[test]
    fn a_new_file_follows_the_umask_and_a_rewritten_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let t = tempfile::tempdir().unwrap();
        let fresh = t.path().join("new.yaml");
        write_atomic(&fresh, b"a").unwrap();
        let mode = fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o666 & !process_umask(), "a new file is created as under the umask, not 0600");
        let kept = t.path().join("kept.yaml");
        fs::write(&kept, "a").unwrap();
        fs::set_permissions(&kept, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&kept, b"b").unwrap();
        assert_eq!(fs::metadata(&kept).unwrap().permissions().mode() & 0o777, 0o640);
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
    fn a_history_entry_cut_by_a_merge_is_flagged_and_not_filled_in_by_a_save() {
        let t = tempfile::tempdir().unwrap();
        let yaml = "story:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: A\n  history:\n  - at: 2026-11-28T08:19:31Z\n";
        let dir = story_in(t.path(), yaml, "A\n");
        let mut diags = Vec::new();
        let mut story = load_story(&dir, &mut diags).unwrap();
        let d = validate(&story, &WorkspaceConfig::default());
        assert!(d.iter().any(|d| d.line == 7 && d.message.contains("history entry lacks")), "{d:?}");
        story.file.claims[0].verdict = "accurate".into();
        save_story(&mut story).unwrap();
        let saved = fs::read_to_string(story.path()).unwrap();
        assert!(!saved.contains("by: ''") && !saved.contains("change: ''"), "{saved}");
    }

    #[test]
    fn a_default_title_is_the_first_line_cut_at_a_word() {
        assert_eq!(default_title("\n\n  Short headline  \nbody", "s"), "Short headline");
        assert_eq!(default_title("   \n", "the-slug"), "the-slug");
        let long = format!("{} tail", "word ".repeat(30));
        let t = default_title(&long, "s");
        assert!(t.ends_with("word…") && t.chars().count() <= 121, "{t}");
        let unbroken = "x".repeat(200);
        assert_eq!(default_title(&unbroken, "s"), format!("{}…", "x".repeat(120)));
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
        let budget = NodeBudget::new(2_000);
        let _scope = NodeBudget::enter(&budget);
        // The first file fits; its unknown key costs EXTRA_NODE_COST per node in all.
        parse_story(&t.path().join("one.yaml"), &pad(100)).unwrap();
        let left = budget.left.load(std::sync::atomic::Ordering::SeqCst);
        assert!(left < 2_000 - 300 * EXTRA_NODE_COST + 100, "{left}");
        // The second does not: refused before parsing, at the line of the padding.
        let d = parse_story(&t.path().join("two.yaml"), &pad(600)).unwrap_err();
        assert_eq!(d.line, 11, "{d}");
        assert!(d.message.contains("the workspace holds more than 2000"), "{d}");
        // Outside the scope, only the per-file cap applies.
        drop(_scope);
        parse_story(&t.path().join("two.yaml"), &pad(600)).unwrap();
    }

    #[test]
    fn find_value_handles_quotes() {
        let text = "claims:\n- id: 'x'\n  text: t\n- id: \"y\"\n";
        assert_eq!(find_value(text, "id", "y", 0), Some((4, 7)));
    }
}
