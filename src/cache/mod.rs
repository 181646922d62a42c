//! The parsed-workspace cache: a warm start reads a compact binary file instead of parsing YAML.
//!
//! The cache lives in `$XDG_CACHE_HOME/factdesk` (or `~/.cache/factdesk`), one file per workspace,
//! named by a hash of the workspace's canonical path; never among tracked files.
//! Each story's entry is keyed by its `claims.yaml` and article: size and mtime first, and the
//! SHA-256 when those differ (or when the mtime is too recent to trust). A missing, corrupt,
//! stale or foreign cache is rebuilt without a word; only the YAML is ever the truth.
//!
//! The format is hand-rolled (length-prefixed fields) rather than bincode or postcard: the model
//! has `#[serde(flatten)]` maps of `serde_yaml::Value`, which need a self-describing format, and
//! JSON was several times slower to decode. Unknown keys (`extra`) are kept as YAML text.
//! Encoding and decoding destructure every struct in full, so a new model field fails to
//! compile here instead of being silently dropped.

use crate::diag::Diagnostic;
use crate::model::*;
use crate::store::{self, STORY_FILE, Story, Workspace};
use std::collections::HashMap;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub mod check;
mod codec;
pub mod stream;

use codec::{Dec, Enc, decode_entry, decode_stamp, encode_entry, encode_stamp};

/// Format 4: an anchor may be "not anchored" (a claim without a quote), which format 3 stored as orphaned.
const MAGIC: &[u8; 8] = b"FDCACHE\x04";
/// Files modified this close to the moment they were looked at are checked by hash.
const RACY: Duration = Duration::from_secs(2);

/// What a load did, for benchmarks and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Stories taken from the cache.
    pub reused: usize,
    /// Stories of which a hash had to be computed to trust the cache.
    pub hashed: usize,
    /// Stories parsed from YAML.
    pub parsed: usize,
    /// Whether the cache file was (re)written.
    pub written: bool,
}

/// The folder that holds factdesk's caches.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME").filter(|x| !x.is_empty()) {
        return Some(PathBuf::from(x).join("factdesk"));
    }
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".cache").join("factdesk"))
}

/// The cache file of the workspace at `root`.
pub fn cache_file(root: &Path) -> Option<PathBuf> {
    let canon = fs::canonicalize(root).ok()?;
    let h = store::hash(canon.to_string_lossy().as_bytes());
    Some(cache_dir()?.join(format!("workspace-{}.bin", &h[..20])))
}

/// Like [`crate::load::load_workspace`], the same result (the same diagnostics too), but through the cache.
pub fn load_workspace_cached(root: &Path) -> Result<Workspace, Diagnostic> {
    load_with_stats(root, cache_file(root).as_deref()).map(|(ws, _)| ws)
}

/// Loads through the cache file `cache` (`None`: no cache, parse every story on every core),
/// saying what was reused.
pub fn load_with_stats(root: &Path, cache: Option<&Path>) -> Result<(Workspace, CacheStats), Diagnostic> {
    // One node budget for the whole load (settings and every story parsed, on every thread).
    let budget = crate::yaml::NodeBudget::new(crate::yaml::MAX_NODES_TOTAL);
    let _scope = crate::yaml::NodeBudget::enter(&budget);
    let Scan { scan_time, dirs, config, mut diagnostics, config_hash, canon } = Scan::of(root)?;
    let mut old = cache.and_then(|c| read_cache(c, &canon, root, &config_hash)).unwrap_or_default();
    let mut stats = CacheStats::default();
    let mut slots: Vec<Option<Entry>> = Vec::with_capacity(dirs.len());
    for dir in &dirs {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let hit = old.remove(&name).and_then(|e| {
            let (fresh, hashed) = e.still_fresh(dir, scan_time)?;
            stats.hashed += usize::from(hashed);
            Some(Entry { yaml: fresh.0, article: fresh.1, ..e })
        });
        stats.reused += usize::from(hit.is_some());
        slots.push(hit);
    }
    // Parse what the cache could not give, on every core.
    let todo: Vec<usize> = (0..dirs.len()).filter(|&i| slots[i].is_none()).collect();
    stats.parsed = todo.len();
    let parsed = crate::load::parse_many(
        &todo.iter().map(|&i| dirs[i].clone()).collect::<Vec<_>>(),
        &config,
        crate::search::threads(),
    );
    let mut fresh_failures: Vec<(usize, Vec<Diagnostic>)> = Vec::new();
    for (i, (story, diags)) in todo.into_iter().zip(parsed) {
        match story {
            Some(story) => match stamps_of(&story, scan_time) {
                Some((yaml, article)) => slots[i] = Some(Entry { yaml, article, story, diags }),
                None => fresh_failures.push((i, diags)),
            },
            None => fresh_failures.push((i, diags)),
        }
    }
    let changed = stats.parsed > 0
        || stats.hashed > 0
        || !old.is_empty()
        || cache.is_some_and(|c| !search_table_current(c) || !similar_table_file(c).exists());
    // Assemble in name order, as crate::load::load_workspace does.
    let mut failures = fresh_failures.into_iter().peekable();
    let mut kept: Vec<Entry> = Vec::with_capacity(slots.len());
    for (i, slot) in slots.into_iter().enumerate() {
        while let Some((_, d)) = failures.next_if(|(j, _)| *j == i) {
            diagnostics.extend(d);
        }
        if let Some(e) = slot {
            diagnostics.extend(e.diags.iter().cloned());
            kept.push(e);
        }
    }
    if changed && let Some(c) = cache {
        stats.written = write_cache(c, &canon, root, &config_hash, scan_time, &kept).is_ok();
    }
    diagnostics.extend(crate::load::workspace_diagnostics(root));
    let stories = kept.into_iter().map(|e| e.story).collect();
    Ok((Workspace { root: root.to_path_buf(), config, stories, diagnostics }, stats))
}

/// What a load knows before reading any story: when it looked, the story folders, the settings (with any
/// problem reading them) and what the cache is keyed by.
struct Scan {
    scan_time: SystemTime,
    dirs: Vec<PathBuf>,
    config: WorkspaceConfig,
    diagnostics: Vec<Diagnostic>,
    config_hash: String,
    canon: PathBuf,
}

impl Scan {
    fn of(root: &Path) -> Result<Scan, Diagnostic> {
        Scan::with_dirs(root, store::story_dirs(root)?)
    }

    /// Like [`Scan::of`], but the folders are every subfolder (and link) of `root` as its listing names them,
    /// without looking into one: the streaming loader checks each for a story file when it reaches it, so the
    /// first story is on screen before ten thousand folders are looked into.
    fn quick(root: &Path) -> Result<Scan, Diagnostic> {
        let entries = fs::read_dir(root).map_err(|e| {
            Diagnostic::error(
                root,
                0,
                0,
                format!("cannot open the workspace: {e}; pass the folder that holds your stories"),
            )
        })?;
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            // The listing's file type (no stat); a type it does not know is looked at by the loader too.
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir() || t.is_symlink()) || e.file_type().is_err())
            .map(|e| e.path())
            .collect();
        dirs.sort();
        Scan::with_dirs(root, dirs)
    }

    fn with_dirs(root: &Path, dirs: Vec<PathBuf>) -> Result<Scan, Diagnostic> {
        let scan_time = SystemTime::now();
        let mut diagnostics = Vec::new();
        let config = store::load_config(root).unwrap_or_else(|d| {
            diagnostics.push(d);
            WorkspaceConfig::default()
        });
        // Through the path policy, like every workspace read: a FIFO or a link here is never read.
        let config_hash = store::read_limited(&root.join(store::CONFIG_FILE), store::MAX_YAML_BYTES)
            .map(|b| store::hash(&b))
            .unwrap_or_default();
        let canon = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        Ok(Scan { scan_time, dirs, config, diagnostics, config_hash, canon })
    }
}

/// The stamps of a story just parsed; `None` when its file cannot be looked at any more.
fn stamps_of(story: &Story, scan_time: SystemTime) -> Option<(Stamp, Option<Stamp>)> {
    let yaml = Stamp::of(&story.path(), scan_time).map(|s| Stamp { hash: story.disk_hash.clone(), ..s })?;
    // Only an article the path policy allows is stamped (a refused one is never looked into, and the story is
    // parsed again next time, so its error is found afresh).
    let article = story
        .checked_article_path()
        .ok()
        .and_then(|p| Stamp::of(&p, scan_time))
        .map(|s| Stamp { hash: store::hash(story.article.as_bytes()), ..s });
    Some((yaml, article))
}

/// What a file looked like: size, mtime and content hash.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Stamp {
    size: u64,
    mtime_ns: u64,
    /// Whether the mtime was too close to the moment it was read to be trusted alone.
    racy: bool,
    hash: String,
}

impl Stamp {
    /// `None` unless `path` is a regular file (a link, FIFO or device is never trusted from the cache).
    fn of(path: &Path, scan_time: SystemTime) -> Option<Stamp> {
        let meta = fs::symlink_metadata(path).ok().filter(fs::Metadata::is_file)?;
        let mtime = meta.modified().ok()?;
        let racy = mtime + RACY >= scan_time;
        let mtime_ns = mtime.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
        Some(Stamp { size: meta.len(), mtime_ns, racy, hash: String::new() })
    }

    /// Whether `now` vouches for this stamp without a hash: same size and mtime, neither too recent to trust.
    fn same_as(&self, now: &Stamp) -> bool {
        now.size == self.size && now.mtime_ns == self.mtime_ns && !self.racy && !now.racy
    }

    /// Whether `path` still holds what this stamp describes: `Some(new stamp, hashed?)`.
    fn check(&self, path: &Path, scan_time: SystemTime) -> Option<(Stamp, bool)> {
        let now = Stamp::of(path, scan_time)?;
        if self.same_as(&now) {
            return Some((Stamp { hash: self.hash.clone(), ..now }, false));
        }
        if now.size != self.size {
            return None;
        }
        let h = store::hash(&store::read_limited(path, store::MAX_YAML_BYTES.max(store::MAX_ARTICLE_BYTES)).ok()?);
        (h == self.hash).then_some((Stamp { hash: h, ..now }, true))
    }
}

/// One story in the cache, with the diagnostics its load and validation produced.
struct Entry {
    yaml: Stamp,
    article: Option<Stamp>,
    story: Story,
    diags: Vec<Diagnostic>,
}

impl Entry {
    /// New stamps if both files are unchanged, and whether hashing was needed.
    #[allow(clippy::type_complexity)]
    fn still_fresh(&self, dir: &Path, scan_time: SystemTime) -> Option<((Stamp, Option<Stamp>), bool)> {
        // The path policy first: a story folder or an article path that became a link is parsed (and refused)
        // again, never vouched for by a stamp taken through the link.
        crate::boundary::real_dir(dir).ok()?;
        let (yaml, h1) = self.yaml.check(&dir.join(STORY_FILE), scan_time)?;
        let (article, h2) = match (&self.article, self.story.checked_article_path()) {
            (Some(a), Ok(apath)) => {
                let (s, h) = a.check(&apath, scan_time)?;
                (Some(s), h)
            }
            (Some(_), Err(_)) => return None,
            (None, _) if fs::symlink_metadata(self.story.article_path()).is_ok() => return None,
            (None, _) => (None, false),
        };
        Some(((yaml, article), h1 || h2))
    }
}

// ---------------------------------------------------------------------------------------------
// The file: MAGIC, root, config hash, story count, then per story a length-prefixed record.

fn write_cache(
    path: &Path,
    canon: &Path,
    root: &Path,
    config_hash: &str,
    scan_time: SystemTime,
    entries: &[Entry],
) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let tmp = tempfile::Builder::new().prefix(".factdesk-cache-").tempfile_in(dir)?;
    {
        let mut w = BufWriter::with_capacity(1 << 20, tmp.as_file());
        let mut head = Enc::default();
        head.bytes(MAGIC);
        head.str(&canon.to_string_lossy());
        head.str(config_hash);
        head.u64(scan_time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()));
        head.u64(entries.len() as u64);
        w.write_all(&head.0)?;
        let mut rec = Enc::default();
        for e in entries {
            rec.0.clear();
            encode_entry(&mut rec, e, root);
            w.write_all(&(rec.0.len() as u64).to_le_bytes())?;
            w.write_all(&rec.0)?;
        }
        w.flush()?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    write_search_table(&search_table_file(path), canon, entries)?;
    write_similar_table(&similar_table_file(path), canon, entries)
}

// ---------------------------------------------------------------------------------------------
// The search table: beside the cache, only what `factdesk search` reads, so a search process
// reads a fraction of the cache. Trusted only when every story's size and mtime still match.

/// Version 4: a haystack's fields are separated by `search::FIELD_SEP` (version 1 joined them with two spaces), each
/// claim's haystack is followed by its fields' lengths and masks (`search::field_heads`), which the query's
/// prefilter reads first (since version 3), and each story's records by their length in bytes (since version 4).
const SEARCH_MAGIC: &[u8; 8] = b"FDSEARC4";

fn search_table_file(cache: &Path) -> PathBuf {
    cache.with_extension("search.bin")
}

/// Whether the cache `cache` has a search table of this version beside it (an older one is rewritten).
fn search_table_current(cache: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 8];
    fs::File::open(search_table_file(cache)).and_then(|mut f| f.read_exact(&mut head)).is_ok() && &head == SEARCH_MAGIC
}

fn write_search_table(path: &Path, canon: &Path, entries: &[Entry]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new().prefix(".factdesk-search-").tempfile_in(dir)?;
    // Written a story at a time: the table of a big workspace is tens of megabytes.
    let mut w = BufWriter::with_capacity(1 << 20, tmp.as_file());
    let mut e = Enc::default();
    let mut block = Enc::default();
    e.bytes(SEARCH_MAGIC);
    e.str(&canon.to_string_lossy());
    e.usize(entries.len());
    for entry in entries {
        w.write_all(&e.0)?;
        e.0.clear();
        let s = &entry.story;
        encode_story_stamps(&mut e, entry);
        e.usize(s.file.claims.len());
        // The story's records, after their length in bytes: a reader finds every story's records without reading
        // them, and reads them on every core.
        block.0.clear();
        for c in &s.file.claims {
            block.str(&c.id);
            block.str(&c.verdict);
            block.str(c.status.as_str());
            block.str(&c.text);
            let haystack = crate::search::haystack(c);
            block.str(&haystack);
            let heads = crate::search::field_heads(&haystack);
            block.usize(heads.len());
            block.bytes(&heads);
        }
        e.usize(block.0.len());
        e.bytes(&block.0);
    }
    w.write_all(&e.0)?;
    w.flush()?;
    drop(w);
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The search table of the workspace at `root`, if the cache holds one and no story changed
/// (same story folders, same sizes and mtimes, none too recent to trust). Otherwise `None`:
/// load the workspace instead.
pub fn load_search_table(root: &Path) -> Option<crate::search::SearchTable> {
    load_search_table_from(root, &search_table_file(&cache_file(root)?), Haystacks::All)
}

/// [`load_search_table`] for one query: only the claims `keep` passes are read into the corpus (the others are
/// counted in `claims`, never decoded).
pub fn load_search_table_for(
    root: &Path,
    keep: &(dyn Fn(&[u8], &[u8]) -> bool + Sync),
) -> Option<crate::search::SearchTable> {
    load_search_table_from(root, &search_table_file(&cache_file(root)?), Haystacks::Matching(keep))
}

/// Every claim's row of the search table of the workspace at `root` (trusted on [`load_search_table`]'s terms),
/// read from the mapped file when asked for; no haystack is decoded. What `list WS` prints.
pub fn load_table_rows(root: &Path) -> Option<MappedRows> {
    map_search_table(root, &search_table_file(&cache_file(root)?), Haystacks::None).map(|(rows, _, _)| rows)
}

/// One claim's row, borrowed from the mapped search table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowRef<'a> {
    pub story: &'a str,
    pub id: &'a str,
    pub verdict: &'a str,
    pub status: &'a str,
    pub text: &'a str,
}

impl RowRef<'_> {
    pub fn to_row(self) -> crate::search::Row {
        crate::search::Row {
            story: self.story.to_string(),
            id: self.id.to_string(),
            verdict: self.verdict.to_string(),
            status: self.status.to_string(),
            text: self.text.to_string(),
        }
    }
}

/// Rows of the mapped search table, decoded when asked for.
pub struct MappedRows {
    map: std::sync::Arc<memmap2::Mmap>,
    slugs: Vec<String>,
    /// Each row's story (an index into `slugs`) and where its record starts in the map.
    starts: Vec<(u32, usize)>,
}

impl MappedRows {
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Row `i`; `None` past the end or for a record that cannot be read.
    pub fn get(&self, i: usize) -> Option<RowRef<'_>> {
        let &(si, at) = self.starts.get(i)?;
        let mut d = Dec { b: &self.map, at };
        Some(RowRef {
            story: self.slugs.get(si as usize)?,
            id: d.str_ref()?,
            verdict: d.str_ref()?,
            status: d.str_ref()?,
            text: d.str_ref()?,
        })
    }
}

/// Which haystacks a read of the search table decodes into the corpus.
#[derive(Clone, Copy)]
enum Haystacks<'a> {
    /// Every claim's.
    All,
    /// Those of the claims this test of their bytes and their fields' heads (`search::field_heads`) passes (the
    /// others are only counted, and never validated).
    Matching(&'a (dyn Fn(&[u8], &[u8]) -> bool + Sync)),
    /// None: every claim's row is kept, for reading rows only.
    None,
}

fn load_search_table_from(root: &Path, path: &Path, keep: Haystacks) -> Option<crate::search::SearchTable> {
    let (rows, entries, claims) = map_search_table(root, path, keep)?;
    let corpus = crate::search::Corpus { entries };
    Some(crate::search::SearchTable::reading(corpus, claims, move |i| rows.get(i).map(RowRef::to_row)))
}

/// Maps the search table and checks it is still the workspace's: the rows of the claims `keep` decodes (every
/// claim's for [`Haystacks::None`]), their corpus entries, and how many claims the workspace has.
///
/// A table that is not stale but damaged (it cannot be decoded) is removed, so the load that takes its place writes
/// a new one: a load rewrites the tables only when a story changed or a table is missing.
fn map_search_table(
    root: &Path,
    path: &Path,
    keep: Haystacks,
) -> Option<(MappedRows, Vec<crate::search::Entry>, usize)> {
    let stale = std::sync::atomic::AtomicBool::new(false);
    let read = read_search_table(root, path, keep, &stale);
    if read.is_none() && !stale.load(std::sync::atomic::Ordering::Relaxed) && path.exists() {
        let _ = fs::remove_file(path);
    }
    read
}

/// [`map_search_table`]'s read; `stale` is set when the table is for another workspace, another set of stories, or
/// a story whose files changed.
fn read_search_table(
    root: &Path,
    path: &Path,
    keep: Haystacks,
    stale: &std::sync::atomic::AtomicBool,
) -> Option<(MappedRows, Vec<crate::search::Entry>, usize)> {
    use crate::search::Entry as SearchEntry;
    fn marked<T>(stale: &std::sync::atomic::AtomicBool) -> Option<T> {
        stale.store(true, std::sync::atomic::Ordering::Relaxed);
        None
    }
    let scan_time = SystemTime::now();
    let Ok(canon) = fs::canonicalize(root) else { return marked(stale) };
    let Ok(file) = fs::File::open(path) else { return marked(stale) };
    // SAFETY: the map is only read, as bytes, and every read is bounds-checked (`Dec`). The file lives in
    // factdesk's own cache folder and is only ever replaced whole (written to a temporary file, then renamed over
    // it), never written in place, so the mapped file keeps its bytes while it is mapped. A program that truncated
    // it in place meanwhile could end the process with SIGBUS; nothing in factdesk does.
    let map = std::sync::Arc::new(unsafe { memmap2::Mmap::map(&file) }.ok()?);
    let bytes: &[u8] = &map;
    let mut d = Dec { b: bytes, at: 0 };
    let Some(dirs) = table_dirs(&mut d, SEARCH_MAGIC, root, &canon) else { return marked(stale) };
    // Each story's head and where its records are, read on this thread without reading the records.
    struct Block {
        story: u32,
        head: StoryHead,
        claims: usize,
        records: std::ops::Range<usize>,
    }
    let mut blocks: Vec<Block> = Vec::with_capacity(dirs.len());
    for si in 0..dirs.len() {
        let head = StoryHead::decode(&mut d)?;
        let claims = d.count()?;
        let len = d.usize()?;
        let records = d.at..d.at.checked_add(len)?;
        d.take(len)?;
        blocks.push(Block { story: si as u32, head, claims, records });
    }
    if d.at != bytes.len() {
        return None;
    }
    // On every core, a few stories at a time, in order: each story's files checked against its stamps, its records
    // walked, and (unless only rows are wanted) the haystacks tested and the kept ones decoded. Only the haystacks
    // are decoded, and where each claim's row starts: a row is read when it is printed.
    let keep = match keep {
        Haystacks::None => None,
        Haystacks::All => Some(None),
        Haystacks::Matching(k) => Some(Some(k)),
    };
    let jobs: Vec<&[Block]> = blocks.chunks(16).collect();
    let done = crate::load::on_threads(jobs, crate::search::threads(), |job| {
        let mut starts: Vec<(u32, usize)> = Vec::new();
        let mut entries = Vec::new();
        for b in job {
            if !b.head.unchanged(&dirs[b.story as usize], scan_time) {
                return marked(stale);
            }
            let mut d = Dec { b: &bytes[..b.records.end], at: b.records.start };
            for ci in 0..b.claims {
                let start = d.at;
                // id, verdict and status skipped; the text only counted, for the claims kept.
                for _ in 0..3 {
                    let len = d.usize()?;
                    d.take(len)?;
                }
                let field = |d: &mut Dec, len: usize| {
                    let at = d.at;
                    d.take(len).map(|_| &bytes[at..at + len])
                };
                let len = d.usize()?;
                let text = field(&mut d, len)?;
                let len = d.usize()?;
                let hay = field(&mut d, len)?;
                let len = d.usize().filter(|n| n % crate::search::FIELD_HEAD == 0)?;
                let heads = field(&mut d, len)?;
                let Some(keep) = keep else {
                    starts.push((b.story, start));
                    continue;
                };
                if keep.is_some_and(|k| !k(hay, heads)) {
                    continue;
                }
                let haystack = std::str::from_utf8(hay).ok()?.to_owned();
                let text_chars = std::str::from_utf8(text).ok()?.chars().count() as u32;
                starts.push((b.story, start));
                entries.push(SearchEntry { story: b.story, claim: ci as u32, haystack, text_chars });
            }
            if d.at != b.records.end {
                return None;
            }
        }
        Some((starts, entries))
    });
    let claims = blocks.iter().map(|b| b.claims).sum();
    let mut starts: Vec<(u32, usize)> = Vec::new();
    let mut entries = Vec::new();
    for part in done {
        let (s, e) = part?;
        starts.extend(s);
        entries.extend(e);
    }
    let slugs = blocks.into_iter().map(|b| b.head.slug).collect();
    Some((MappedRows { map, slugs, starts }, entries, claims))
}

/// The head of one story in the search and similar tables: its folder's name, its article's name, and the stamps of
/// its `claims.yaml` and article (a flag byte, then the stamp, when it has one).
fn encode_story_stamps(e: &mut Enc, entry: &Entry) {
    let s = &entry.story;
    e.str(&s.slug);
    e.str(if s.file.story.article.is_empty() { "article.txt" } else { &s.file.story.article });
    encode_stamp(e, &entry.yaml);
    match &entry.article {
        Some(a) => {
            e.u8(1);
            encode_stamp(e, a);
        }
        None => e.u8(0),
    }
}

/// Reads a story's head written by [`encode_story_stamps`]: its slug when the story in `dir` is that story and its
/// files still match their stamps (size and mtime, none too recent to trust; an article that had none still has
/// none); `None` otherwise, and the table is not trusted.
/// A story's head as [`encode_story_stamps`] wrote it.
struct StoryHead {
    slug: String,
    article: String,
    yaml: Stamp,
    article_stamp: Option<Stamp>,
}

impl StoryHead {
    fn decode(d: &mut Dec) -> Option<StoryHead> {
        let slug = d.str()?;
        let article = d.str()?;
        let yaml = decode_stamp(d)?;
        let article_stamp = match d.u8()? {
            1 => Some(decode_stamp(d)?),
            0 => None,
            _ => return None,
        };
        Some(StoryHead { slug, article, yaml, article_stamp })
    }

    /// Whether the story in `dir` is this story and its files still match their stamps (size and mtime, none too
    /// recent to trust; an article that had none still has none).
    fn unchanged(&self, dir: &Path, scan_time: SystemTime) -> bool {
        let unchanged = |stamp: &Stamp, path: &Path| Stamp::of(path, scan_time).is_some_and(|now| stamp.same_as(&now));
        dir.file_name().is_some_and(|n| n == self.slug.as_str())
            && unchanged(&self.yaml, &dir.join(STORY_FILE))
            && match &self.article_stamp {
                Some(a) => unchanged(a, &dir.join(&self.article)),
                None => fs::symlink_metadata(dir.join(&self.article)).is_err(),
            }
    }
}

/// Reads a table's head (its `magic`, the workspace's canonical path and its story count) and gives the workspace's
/// story folders when the head is for this workspace as it is now; `None` otherwise.
fn table_dirs(d: &mut Dec, magic: &[u8; 8], root: &Path, canon: &Path) -> Option<Vec<PathBuf>> {
    if d.take(8)? != magic || d.str()? != canon.to_string_lossy() {
        return None;
    }
    let dirs = store::story_dirs(root).ok()?;
    (d.count()? == dirs.len()).then_some(dirs)
}

// ---------------------------------------------------------------------------------------------
// The similar-claims table: beside the cache, the built similar-claims index and the rows `factdesk similar`
// prints, so a `similar` process neither loads nor indexes the workspace. Written with the search table, and
// trusted on the same terms: every story's size and mtime still match.

const SIMILAR_MAGIC: &[u8; 8] = b"FDSIMIL1";

pub(crate) fn similar_table_file(cache: &Path) -> PathBuf {
    cache.with_extension("similar.bin")
}

fn write_similar_table(path: &Path, canon: &Path, entries: &[Entry]) -> std::io::Result<()> {
    use crate::similar::DocRef;
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new().prefix(".factdesk-similar-").tempfile_in(dir)?;
    let mut e = Enc::default();
    e.bytes(SIMILAR_MAGIC);
    e.str(&canon.to_string_lossy());
    e.usize(entries.len());
    for entry in entries {
        encode_story_stamps(&mut e, entry);
    }
    let claims = entries.iter().enumerate().flat_map(|(si, entry)| {
        let slug = entry.story.slug.as_str();
        entry
            .story
            .file
            .claims
            .iter()
            .enumerate()
            .map(move |(ci, c)| (DocRef { story: si as u32, claim: ci as u32 }, slug, c))
    });
    crate::similar::table::SimilarTable::encode(claims, &mut e.0);
    let mut w = BufWriter::new(tmp.as_file());
    w.write_all(&e.0)?;
    w.flush()?;
    drop(w);
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The similar-claims table of the workspace at `root`, if the cache holds one and no story changed (same story
/// folders, same sizes and mtimes, none too recent to trust). Otherwise `None`: load the workspace instead.
pub fn load_similar_table(root: &Path) -> Option<crate::similar::table::SimilarTable> {
    load_similar_table_from(root, &similar_table_file(&cache_file(root)?))
}

///
/// As with the search table, a table that is not stale but damaged (another format, cut short, undecodable) is
/// removed, so the next load, which rewrites the tables when one is missing, writes it anew; one whose story files
/// changed is left for the load that sees the change.
fn load_similar_table_from(root: &Path, path: &Path) -> Option<crate::similar::table::SimilarTable> {
    let scan_time = SystemTime::now();
    let canon = fs::canonicalize(root).ok()?;
    let bytes = fs::read(path).ok()?;
    let damaged = || {
        let _ = fs::remove_file(path);
        None
    };
    if !bytes.starts_with(SIMILAR_MAGIC) {
        return damaged();
    }
    let mut d = Dec { b: &bytes, at: 0 };
    // Another workspace's head or another number of stories: removed too (a load that sees stories come or go
    // rewrites the tables anyway).
    let Some(dirs) = table_dirs(&mut d, SIMILAR_MAGIC, root, &canon) else { return damaged() };
    for dir in &dirs {
        let Some(head) = StoryHead::decode(&mut d) else { return damaged() };
        if !head.unchanged(dir, scan_time) {
            return None;
        }
    }
    crate::similar::table::SimilarTable::decode(&bytes, d.at).or_else(damaged)
}

/// Reads the cache; `None` for anything unexpected (missing, corrupt, another workspace, another config).
fn read_cache(path: &Path, canon: &Path, root: &Path, config_hash: &str) -> Option<HashMap<String, Entry>> {
    let mut old = stream::OldCache::open(path, canon, config_hash)?;
    let count = old.announced();
    // One thread reads records, every core decodes them.
    let threads = crate::search::threads().max(1);
    let decoded: Option<Vec<Entry>> = std::thread::scope(|s| {
        let mut senders = Vec::new();
        let mut handles = Vec::new();
        for _ in 0..threads {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(8);
            senders.push(tx);
            handles.push(s.spawn(move || {
                let mut out = Vec::new();
                let mut ok = true;
                for buf in rx {
                    let mut d = Dec { b: &buf, at: 0 };
                    match decode_entry(&mut d, root) {
                        Some(e) if ok && d.at == buf.len() => out.push(e),
                        _ => ok = false,
                    }
                }
                ok.then_some(out)
            }));
        }
        let mut read_all = || -> Option<()> {
            for (i, rec) in old.by_ref().enumerate() {
                senders[i % threads].send(rec.raw).ok()?;
            }
            old.read_whole().then_some(())
        };
        let read = read_all();
        drop(senders);
        let parts: Vec<Option<Vec<Entry>>> = handles.into_iter().map(|h| h.join().ok().flatten()).collect();
        read?;
        let mut all = Vec::with_capacity(count);
        for p in parts {
            all.extend(p?);
        }
        Some(all)
    });
    Some(decoded?.into_iter().map(|e| (e.story.slug.clone(), e)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &Workspace, b: &Workspace) {
        assert_eq!(a.root, b.root);
        assert_eq!(a.config, b.config);
        assert_eq!(a.diagnostics, b.diagnostics);
        assert_eq!(a.stories.len(), b.stories.len());
        for (x, y) in a.stories.iter().zip(&b.stories) {
            assert_eq!(
                (&x.slug, &x.dir, &x.file, &x.article, &x.disk_hash, &x.disk_text, &x.anchors),
                (&y.slug, &y.dir, &y.file, &y.article, &y.disk_hash, &y.disk_text, &y.anchors)
            );
        }
    }

    /// A small generated workspace, with one hand-made story holding unknown keys, values,
    /// checks, a rejected candidate, an orphaned claim and a duplicate id.
    fn workspace() -> tempfile::TempDir {
        let t = tempfile::tempdir().unwrap();
        crate::generate::generate(&t.path().join("ws"), 3, 5, 11).unwrap();
        let odd = t.path().join("ws").join("zz-odd");
        fs::create_dir_all(&odd).unwrap();
        fs::write(odd.join("article.txt"), "It is half of GDP, they said.\n").unwrap();
        fs::write(
            odd.join(STORY_FILE),
            "story:\n  title: Odd\n  article: article.txt\n  x-desk: {priority: 2, who: [a, b]}\nvalues:\n  gdp: {value: 12.5, source: IMF}\n\
             claims:\n- id: a\n  text: Half of GDP\n  quote: {exact: half of GDP, start: 6, end: 17}\n  score: 0.25\n  x-flag: ~\n  \
             checks:\n  - {label: share, expr: gdp / 2, claimed: 6.25, tolerance: 0.1}\n\
             - id: a\n  text: gone\n  quote: {exact: not in the article}\n  verdict: accurate\n\
             rejected:\n- exact: they said\nnewer: 3\n",
        )
        .unwrap();
        fs::create_dir_all(t.path().join("ws").join("broken")).unwrap();
        fs::write(t.path().join("ws").join("broken").join(STORY_FILE), "story: [\n").unwrap();
        t
    }

    #[test]
    fn warm_load_equals_cold_load() {
        let t = workspace();
        let root = t.path().join("ws");
        let cache = t.path().join("cache").join("c.bin");
        let plain = crate::load::load_workspace(&root).unwrap();
        assert!(plain.diagnostics.iter().any(|d| d.message.contains("duplicate id")));
        let (cold, s1) = load_with_stats(&root, Some(&cache)).unwrap();
        assert_eq!((s1.parsed, s1.reused, s1.written), (5, 0, true)); // the broken story is never cached
        same(&plain, &cold);
        // Freshly written files are "racy": the first warm load trusts them only after hashing.
        let (warm, s2) = load_with_stats(&root, Some(&cache)).unwrap();
        assert_eq!((s2.parsed, s2.reused), (1, 4));
        same(&plain, &warm);
        assert_eq!(warm.stories[3].file.extra.get("newer"), plain.stories[3].file.extra.get("newer"));
    }

    #[test]
    fn corrupt_cache_is_rebuilt_silently() {
        let t = workspace();
        let root = t.path().join("ws");
        let cache = t.path().join("c.bin");
        let plain = crate::load::load_workspace(&root).unwrap();
        load_with_stats(&root, Some(&cache)).unwrap();
        let good = fs::read(&cache).unwrap();
        for bad in [b"garbage".to_vec(), good[..good.len() / 2].to_vec(), {
            let mut b = good.clone();
            let n = b.len();
            b[n - 40..].iter_mut().for_each(|x| *x = 0xff);
            b
        }] {
            fs::write(&cache, &bad).unwrap();
            let (ws, s) = load_with_stats(&root, Some(&cache)).unwrap();
            same(&plain, &ws);
            assert!(s.written && s.parsed >= 1, "{s:?}");
            assert_ne!(fs::read(&cache).unwrap(), bad);
        }
    }

    #[test]
    fn a_changed_story_invalidates_its_entry_only() {
        let t = workspace();
        let root = t.path().join("ws");
        let cache = t.path().join("c.bin");
        load_with_stats(&root, Some(&cache)).unwrap();
        let first = crate::load::load_workspace(&root).unwrap().stories[0].dir.clone();
        let text = fs::read_to_string(first.join(STORY_FILE)).unwrap().replace("outlet: ", "outlet: Changed ");
        fs::write(first.join(STORY_FILE), text).unwrap();
        let (ws, s) = load_with_stats(&root, Some(&cache)).unwrap();
        assert_eq!((s.parsed, s.reused), (2, 3), "{s:?}"); // the changed one and the broken one
        assert!(ws.stories[0].file.story.outlet.starts_with("Changed"));
        same(&crate::load::load_workspace(&root).unwrap(), &ws);
        // Same size, same mtime, other bytes: caught by the hash, since the mtime is recent.
        let path = first.join(STORY_FILE);
        let before = fs::metadata(&path).unwrap().modified().unwrap();
        let text = fs::read_to_string(&path).unwrap().replacen("Changed", "Chang3d", 1);
        fs::write(&path, text).unwrap();
        fs::File::options().write(true).open(&path).unwrap().set_modified(before).unwrap();
        let (ws, _) = load_with_stats(&root, Some(&cache)).unwrap();
        assert!(ws.stories[0].file.story.outlet.starts_with("Chang3d"));
        // A removed story disappears from the cached load too.
        fs::remove_dir_all(&first).unwrap();
        let (ws, _) = load_with_stats(&root, Some(&cache)).unwrap();
        same(&crate::load::load_workspace(&root).unwrap(), &ws);
    }

    #[test]
    fn search_table_matches_the_workspace_until_a_story_changes() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().join("ws");
        crate::generate::generate(&root, 3, 4, 2).unwrap();
        let cache = t.path().join("c.bin");
        let table = t.path().join("c.search.bin");
        load_with_stats(&root, Some(&cache)).unwrap();
        // Just written: too recent to trust by mtime alone.
        assert!(load_search_table_from(&root, &table, Haystacks::All).is_none());
        // Age the files, as if they were written a minute ago, then let the cache re-stamp them.
        let old = SystemTime::now() - Duration::from_secs(60);
        for e in fs::read_dir(&root).unwrap() {
            for f in ["article.txt", STORY_FILE] {
                fs::File::options()
                    .write(true)
                    .open(e.as_ref().unwrap().path().join(f))
                    .unwrap()
                    .set_modified(old)
                    .unwrap();
            }
        }
        let (ws, s) = load_with_stats(&root, Some(&cache)).unwrap();
        assert_eq!((s.hashed, s.written), (3, true));
        let got = load_search_table_from(&root, &table, Haystacks::All).expect("fresh table");
        let want = crate::search::SearchTable::from_workspace(&ws);
        let rows = |t: &crate::search::SearchTable| (0..=t.corpus.len()).map(|i| t.row(i)).collect::<Vec<_>>();
        assert_eq!(rows(&got), rows(&want));
        assert_eq!(rows(&got).iter().flatten().count(), 12);
        let chars = |t: &crate::search::SearchTable| t.corpus.entries.iter().map(|e| e.text_chars).collect::<Vec<_>>();
        assert_eq!(chars(&got), chars(&want));
        // Read for one query: only the claims it could match are decoded; every claim is still counted.
        let keep = |h: &[u8], heads: &[u8]| {
            let want = &want.corpus.entries[5].haystack;
            h == want.as_bytes() && heads == crate::search::field_heads(want)
        };
        let one = load_search_table_from(&root, &table, Haystacks::Matching(&keep)).expect("fresh table");
        assert_eq!((one.corpus.len(), one.claims, got.claims), (1, 12, 12));
        assert_eq!(one.row(0), want.row(5));
        assert_eq!(one.corpus.entries[0].haystack, want.corpus.entries[5].haystack);
        // Rows alone, borrowed from the map: every claim's, no haystack decoded.
        let (mapped, entries, claims) = map_search_table(&root, &table, Haystacks::None).expect("fresh table");
        assert_eq!((mapped.len(), entries.len(), claims), (12, 0, 12));
        let borrowed: Vec<_> = (0..=mapped.len()).map(|i| mapped.get(i).map(RowRef::to_row)).collect();
        assert_eq!(borrowed, rows(&want));
        let hay =
            |t: &crate::search::SearchTable| t.corpus.entries.iter().map(|e| e.haystack.clone()).collect::<Vec<_>>();
        assert_eq!(hay(&got), hay(&want));
        // The similar-claims table beside it: the same index and rows as built from the loaded workspace.
        let similar = t.path().join("c.similar.bin");
        let got = load_similar_table_from(&root, &similar).expect("fresh similar-claims table");
        let built = crate::similar::SimilarIndex::build(&ws);
        assert_eq!(got.index.len(), built.len());
        let c = &ws.stories[2].file.claims[1];
        let doc = crate::similar::DocRef { story: 2, claim: 1 };
        let fields = crate::similar::Fields::of(c);
        assert_eq!(got.index.similar_to(doc, &fields, 5).0, built.similar_to(doc, &fields, 5).0);
        let (found, row) = got.find(&ws.stories[2].slug, &c.id).expect("found by slug and id");
        assert_eq!((found, row.text.as_str()), (doc, c.text.as_str()));
        assert!(got.find(&ws.stories[2].slug, "no-such-id").is_none());
        // Bytes cut short are not a table.
        let bytes = fs::read(&similar).unwrap();
        fs::write(&similar, &bytes[..bytes.len() - 3]).unwrap();
        assert!(load_similar_table_from(&root, &similar).is_none());
        fs::write(&similar, &bytes).unwrap();
        // An edited story: the tables are no longer trusted.
        let path = ws.stories[1].path();
        fs::write(&path, fs::read_to_string(&path).unwrap() + "# edited\n").unwrap();
        assert!(load_search_table_from(&root, &table, Haystacks::All).is_none());
        assert!(load_similar_table_from(&root, &similar).is_none());
    }

    /// A generated workspace in `t` whose files are a minute old (old enough for their stamps to be trusted), loaded
    /// once through the cache `c.bin` beside it, so the search and similar tables are written: its root and cache.
    fn workspace_with_tables(t: &tempfile::TempDir) -> (PathBuf, PathBuf) {
        let root = t.path().join("ws");
        crate::generate::generate(&root, 2, 3, 4).unwrap();
        let old = SystemTime::now() - Duration::from_secs(60);
        for dir in store::story_dirs(&root).unwrap() {
            for f in fs::read_dir(dir).unwrap().flatten() {
                fs::File::options().write(true).open(f.path()).unwrap().set_modified(old).unwrap();
            }
        }
        let cache = t.path().join("c.bin");
        load_with_stats(&root, Some(&cache)).unwrap();
        (root, cache)
    }

    #[test]
    fn a_search_table_of_another_version_is_rewritten() {
        let t = tempfile::tempdir().unwrap();
        let (root, cache) = workspace_with_tables(&t);
        let table = t.path().join("c.search.bin");
        let current = fs::read(&table).unwrap();
        assert!(load_search_table_from(&root, &table, Haystacks::All).is_some());
        // A table as an older factdesk wrote it (its own magic): not read, and the next load writes it anew, though
        // every story is unchanged.
        let mut older = current.clone();
        older[..8].copy_from_slice(b"FDSEARC3");
        fs::write(&table, &older).unwrap();
        assert!(load_search_table_from(&root, &table, Haystacks::All).is_none());
        let (_, s) = load_with_stats(&root, Some(&cache)).unwrap();
        assert_eq!((s.parsed, s.written), (0, true));
        assert_eq!(fs::read(&table).unwrap(), current);
        assert!(load_search_table_from(&root, &table, Haystacks::All).is_some());
        // Unchanged and current: not written again.
        let (_, s) = load_with_stats(&root, Some(&cache)).unwrap();
        assert!(!s.written);
        // A damaged table (cut short, or with bytes after its end): not read, removed, and written anew by the next
        // load.
        for damaged in [current[..current.len() - 3].to_vec(), [&current[..], b"\0"].concat()] {
            fs::write(&table, &damaged).unwrap();
            assert!(load_search_table_from(&root, &table, Haystacks::All).is_none());
            assert!(!table.exists());
            let (_, s) = load_with_stats(&root, Some(&cache)).unwrap();
            assert_eq!((s.parsed, s.written), (0, true));
            assert_eq!(fs::read(&table).unwrap(), current);
        }
        // A stale one (a story edited) is left for the load to replace.
        let story = store::story_dirs(&root).unwrap()[0].join(STORY_FILE);
        fs::write(&story, fs::read_to_string(&story).unwrap() + "# edited\n").unwrap();
        assert!(load_search_table_from(&root, &table, Haystacks::All).is_none());
        assert!(table.exists());
    }

    #[test]
    fn a_damaged_similar_table_is_removed_and_rewritten() {
        let t = tempfile::tempdir().unwrap();
        let (root, cache) = workspace_with_tables(&t);
        let similar = t.path().join("c.similar.bin");
        let current = fs::read(&similar).unwrap();
        assert!(load_similar_table_from(&root, &similar).is_some());
        // Another format's magic, or cut short in the stamps or in the index: not read, removed, and written anew
        // by the next load, though every story is unchanged.
        let mut older = current.clone();
        older[..8].copy_from_slice(b"FDSIMIL0");
        for damaged in [older, current[..current.len() - 3].to_vec(), current[..20].to_vec()] {
            fs::write(&similar, &damaged).unwrap();
            assert!(load_similar_table_from(&root, &similar).is_none());
            assert!(!similar.exists());
            let (_, s) = load_with_stats(&root, Some(&cache)).unwrap();
            assert_eq!((s.parsed, s.written), (0, true));
            assert_eq!(fs::read(&similar).unwrap(), current);
        }
        // A stale one (a story edited) is left for the load that sees the edit.
        let story = store::story_dirs(&root).unwrap()[0].join(STORY_FILE);
        fs::write(&story, fs::read_to_string(&story).unwrap() + "# edited\n").unwrap();
        assert!(load_similar_table_from(&root, &similar).is_none());
        assert!(similar.exists());
    }

    #[test]
    fn cache_file_lives_in_the_cache_dir_by_canonical_path() {
        let t = tempfile::tempdir().unwrap();
        let a = cache_file(t.path()).unwrap();
        let b = cache_file(&t.path().join(".")).unwrap();
        assert_eq!(a, b);
        assert!(a.starts_with(cache_dir().unwrap()));
        assert!(!a.starts_with(t.path()));
    }
}
