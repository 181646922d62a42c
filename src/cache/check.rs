//! Incremental `check`: each story's diagnostics kept in a small file beside the workspace cache, keyed by the
//! stamps (size, mtime, SHA-256) of its `claims.yaml` and article, by the hash of `factdesk.yaml` and by the
//! factdesk version. A check of an unchanged archive reads no YAML; a story whose files changed is parsed again,
//! on every core. A missing, corrupt, stale or foreign file is rebuilt without a word: the answer is always the
//! one a full load gives ([`crate::load::load_workspace`]'s diagnostics, stories and claims).

use super::codec::{Dec, Enc, decode_diags, decode_stamp, encode_diags, encode_stamp};
use super::{Stamp, cache_file, stamps_of};
use crate::diag::Diagnostic;
use crate::model::WorkspaceConfig;
use crate::store::{self, STORY_FILE};
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

const MAGIC: &[u8; 8] = b"FDCHECK2";

/// Which stories a check reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every story folder of the workspace.
    All,
    /// These story folders (their slugs) alone; a slug that names no story folder is left out.
    Stories(Vec<String>),
}

/// What a check found: the diagnostics in load order (the settings', each story's in name order, then leftover
/// journals), and how many stories and claims were read. Output formats consume this.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    pub stories: usize,
    pub claims: usize,
}

/// What a check did, for benchmarks and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckStats {
    /// Stories whose diagnostics came from the cache.
    pub reused: usize,
    /// Stories of which a hash had to be computed to trust the cache.
    pub hashed: usize,
    /// Stories parsed from YAML.
    pub parsed: usize,
    /// Whether the cache file was (re)written.
    pub written: bool,
}

/// The version the cached diagnostics are keyed by: factdesk's version and the running program's size and
/// mtime, so a rebuilt binary (whose rules may differ) never trusts another build's diagnostics.
pub fn version_key() -> String {
    let exe = std::env::current_exe().ok().and_then(|p| fs::metadata(p).ok());
    let stamp = exe.map(|m| {
        let mtime = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
        format!("{}:{}", m.len(), mtime.map_or(0, |d| d.as_nanos()))
    });
    format!("{} {}", env!("CARGO_PKG_VERSION"), stamp.unwrap_or_default())
}

/// The check cache of the workspace at `root`.
pub fn check_cache_file(root: &Path) -> Option<PathBuf> {
    cache_file(root).map(|c| c.with_extension("check.bin"))
}

/// Checks the stories in `scope` through the check cache (the same answer as a full load).
pub fn check(root: &Path, scope: &Scope) -> Result<Report, Diagnostic> {
    check_with(root, scope, check_cache_file(root).as_deref(), &version_key()).map(|(r, _)| r)
}

/// The story folders a scope names, in name order.
pub fn scope_dirs(root: &Path, scope: &Scope) -> Result<Vec<PathBuf>, Diagnostic> {
    match scope {
        Scope::All => store::story_dirs(root),
        Scope::Stories(slugs) => crate::load::story_dirs_named(root, slugs),
    }
}

/// One story's cached result.
struct Cached {
    yaml: Stamp,
    /// The article's path as the story names it, and its stamp.
    article: (String, Stamp),
    claims: usize,
    diags: Vec<Diagnostic>,
}

impl Cached {
    /// New stamps if neither file changed, and whether hashing was needed; `None` when the story must be read.
    fn still_fresh(&self, dir: &Path, scan_time: SystemTime) -> Option<(Stamp, Stamp, bool)> {
        // The path policy first, as the workspace cache does: a folder or article that became a link is read (and
        // refused) again.
        crate::boundary::real_dir(dir).ok()?;
        let (yaml, h1) = self.yaml.check(&dir.join(STORY_FILE), scan_time)?;
        let apath = crate::boundary::data_path(dir, &self.article.0).ok()?;
        let (article, h2) = self.article.1.check(&apath, scan_time)?;
        Some((yaml, article, h1 || h2))
    }
}

/// [`check`] with the cache file and version given (`cache: None`: no cache, every story parsed).
pub fn check_with(
    root: &Path,
    scope: &Scope,
    cache: Option<&Path>,
    version: &str,
) -> Result<(Report, CheckStats), Diagnostic> {
    check_on(root, scope, cache, version, crate::search::threads())
}

/// What parsing one story left for the check: its result to cache, or what to report without caching it.
enum Parsed {
    Fresh(Cached),
    /// A story that did not load (`loaded: false`) or whose files could not be stamped: read every time.
    Uncached {
        loaded: bool,
        claims: usize,
        diags: Vec<Diagnostic>,
    },
}

/// Parses and checks one story folder and stamps its files, keeping only what the check reports and caches (the
/// story itself is dropped here, on the thread that parsed it).
fn parse_for_check(dir: &Path, config: &WorkspaceConfig, scan_time: SystemTime) -> Parsed {
    let (story, diags) = crate::load::parse_one(dir, config);
    let Some(story) = story else { return Parsed::Uncached { loaded: false, claims: 0, diags } };
    let claims = story.file.claims.len();
    match stamps_of(&story, scan_time) {
        Some((yaml, Some(article))) => {
            let name = if story.file.story.article.is_empty() { "article.txt" } else { &story.file.story.article };
            Parsed::Fresh(Cached { yaml, article: (name.to_string(), article), claims, diags })
        }
        _ => Parsed::Uncached { loaded: true, claims, diags },
    }
}

/// [`check_with`] parsing on `threads` threads: the same report, in the same order, on any number.
pub fn check_on(
    root: &Path,
    scope: &Scope,
    cache: Option<&Path>,
    version: &str,
    threads: usize,
) -> Result<(Report, CheckStats), Diagnostic> {
    let budget = crate::yaml::NodeBudget::new(crate::yaml::MAX_NODES_TOTAL);
    let _scope = crate::yaml::NodeBudget::enter(&budget);
    let scan_time = SystemTime::now();
    let dirs = scope_dirs(root, scope)?;
    let mut report = Report::default();
    let config = store::load_config(root).unwrap_or_else(|d| {
        report.diagnostics.push(d);
        WorkspaceConfig::default()
    });
    let config_hash = store::read_limited(&root.join(store::CONFIG_FILE), store::MAX_YAML_BYTES)
        .map(|b| store::hash(&b))
        .unwrap_or_default();
    let canon = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut old = cache.and_then(|c| read(c, &canon, root, &config_hash, version)).unwrap_or_default();
    let mut stats = CheckStats::default();
    let mut slots: Vec<Option<Cached>> = Vec::with_capacity(dirs.len());
    for dir in &dirs {
        let hit = old.remove(&slug_of(dir)).and_then(|c| {
            let (yaml, article, hashed) = c.still_fresh(dir, scan_time)?;
            stats.hashed += usize::from(hashed);
            Some(Cached { yaml, article: (c.article.0.clone(), article), ..c })
        });
        stats.reused += usize::from(hit.is_some());
        slots.push(hit);
    }
    // Parse what the cache could not vouch for, on every core.
    let todo: Vec<usize> = (0..dirs.len()).filter(|&i| slots[i].is_none()).collect();
    stats.parsed = todo.len();
    let jobs: Vec<&Path> = todo.iter().map(|&i| dirs[i].as_path()).collect();
    let parsed = crate::load::on_threads(jobs, threads, |dir| parse_for_check(dir, &config, scan_time));
    // Stories that did not load (or whose article could not be stamped) are never cached: read every time.
    let mut uncached: HashMap<usize, (bool, usize, Vec<Diagnostic>)> = HashMap::new();
    for (i, done) in todo.into_iter().zip(parsed) {
        match done {
            Parsed::Fresh(c) => slots[i] = Some(c),
            Parsed::Uncached { loaded, claims, diags } => {
                uncached.insert(i, (loaded, claims, diags));
            }
        }
    }
    for (i, slot) in slots.iter().enumerate() {
        if let Some(c) = slot {
            report.stories += 1;
            report.claims += c.claims;
            report.diagnostics.extend(c.diags.iter().cloned());
        } else if let Some((loaded, claims, diags)) = uncached.remove(&i) {
            report.stories += usize::from(loaded);
            report.claims += claims;
            report.diagnostics.extend(diags);
        }
    }
    report.diagnostics.extend(match scope {
        Scope::All => crate::load::workspace_diagnostics(root),
        Scope::Stories(_) => crate::safety::journal::diagnostics_in(root, &dirs),
    });
    // Stories outside the scope keep their entries; in a whole check, entries of folders gone are dropped.
    let dropped = matches!(scope, Scope::All) && !old.is_empty();
    if let Some(c) = cache
        && (stats.parsed > 0 || stats.hashed > 0 || dropped)
    {
        let mut entries: Vec<(String, &Cached)> =
            dirs.iter().zip(&slots).filter_map(|(d, s)| Some((slug_of(d), s.as_ref()?))).collect();
        if let Scope::Stories(_) = scope {
            entries.extend(old.iter().map(|(k, v)| (k.clone(), v)));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        stats.written = write(c, &canon, root, &config_hash, version, &entries).is_ok();
    }
    Ok((report, stats))
}

fn slug_of(dir: &Path) -> String {
    dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

// The file: MAGIC, the canonical root and the root as the command line spelled it (a message may quote a path), the
// config hash, the version, the count, then per story: slug, article name, stamps, claims, diagnostics. Written whole to a temporary file and renamed over the old one.

fn write(
    path: &Path,
    canon: &Path,
    root: &Path,
    config_hash: &str,
    version: &str,
    entries: &[(String, &Cached)],
) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut e = Enc::default();
    e.bytes(MAGIC);
    e.str(&canon.to_string_lossy());
    e.str(&root.to_string_lossy());
    e.str(config_hash);
    e.str(version);
    e.usize(entries.len());
    for (slug, c) in entries {
        e.str(slug);
        e.str(&c.article.0);
        encode_stamp(&mut e, &c.yaml);
        encode_stamp(&mut e, &c.article.1);
        e.usize(c.claims);
        encode_diags(&mut e, &c.diags, root);
    }
    let tmp = tempfile::Builder::new().prefix(".factdesk-check-").tempfile_in(dir)?;
    tmp.as_file().write_all(&e.0)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The cached entries by slug; `None` for anything unexpected (missing, corrupt, another workspace, other
/// settings, another version).
fn read(path: &Path, canon: &Path, root: &Path, config_hash: &str, version: &str) -> Option<HashMap<String, Cached>> {
    let bytes = fs::read(path).ok()?;
    let mut d = Dec { b: &bytes, at: 0 };
    if d.take(8)? != MAGIC
        || d.str()? != canon.to_string_lossy()
        || d.str()? != root.to_string_lossy()
        || d.str()? != config_hash
        || d.str()? != version
    {
        return None;
    }
    let n = d.count()?;
    let mut out = HashMap::with_capacity(n);
    for _ in 0..n {
        let slug = d.str()?;
        let name = d.str()?;
        let yaml = decode_stamp(&mut d)?;
        let article = decode_stamp(&mut d)?;
        let claims = d.usize()?;
        let diags = decode_diags(&mut d, root)?;
        out.insert(slug, Cached { yaml, article: (name, article), claims, diags });
    }
    (d.at == bytes.len()).then_some(out)
}
