//! Loading a workspace a few stories at a time, so the review UI shows the first stories while the rest load.
//!
//! The result is what [`super::load_with_stats`] gives, in the same name order, handed over in chunks: the
//! first chunk is one story, so it reaches the screen at once. Cache records are read one by one (they are
//! stored in name order) and decoded on every core; stories the cache cannot vouch for are parsed. The cache
//! file is rewritten, as the load goes, only when something changed: records kept from before the first
//! change are copied from the old file. The search table beside it is then removed, and `factdesk search`
//! writes it again the next time it loads the workspace.
//!
//! A load stopped mid-way (the UI quit) never leaves a cache the next start cannot use: while nothing changed the
//! old file stays as it is; once the file was being rewritten, the records not reached yet are copied on from the
//! old file as they are (each is checked again when it is next read), or, with no old file to copy from, the
//! stories read so far are kept, so a cold start that is quit still leaves the next one less to parse. The file
//! is always written to a temporary file and renamed over the old one.

use super::codec::{Dec, Enc, decode_entry, encode_entry};
use super::{Entry, MAGIC, search_table_file, stamps_of};
use crate::diag::Diagnostic;
use crate::model::WorkspaceConfig;
use crate::store::{self, Story, Workspace};
use std::fs;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Stories per chunk after the first (which is one story).
const CHUNK: usize = 48;

/// A load in progress: everything known before any story is read.
pub struct Loader {
    root: PathBuf,
    canon: PathBuf,
    dirs: Vec<PathBuf>,
    config: WorkspaceConfig,
    config_hash: String,
    cache: Option<PathBuf>,
    scan_time: SystemTime,
    /// Stories per chunk after the first.
    chunk: usize,
    /// How many of `dirs` the load has gone through (stories, and folders that hold none), set before each chunk
    /// is handed over: the progress to show against [`Loader::total`].
    reached: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

/// Finds the story folders and reads the settings: the workspace without its stories, and the loader that
/// brings them. Errors as [`crate::load::load_workspace`] (a folder that cannot be read).
pub fn open(root: &Path, cache: Option<&Path>) -> Result<(Workspace, Loader), Diagnostic> {
    let super::Scan { scan_time, dirs, config, mut diagnostics, config_hash, canon } = super::Scan::quick(root)?;
    // The workspace's own diagnostics come with the last chunk, or here when there are no stories to bring.
    if dirs.is_empty() {
        diagnostics.extend(crate::load::workspace_diagnostics(root));
    }
    let shell = Workspace { root: root.to_path_buf(), config: config.clone(), stories: Vec::new(), diagnostics };
    let loader = Loader {
        root: root.to_path_buf(),
        canon,
        dirs,
        config,
        config_hash,
        cache: cache.map(Path::to_path_buf),
        scan_time,
        chunk: CHUNK,
        reached: Default::default(),
    };
    Ok((shell, loader))
}

/// One cache record as read from the old file.
pub(super) struct Record {
    slug: String,
    pub(super) raw: Vec<u8>,
    /// Where its length prefix starts in the old file.
    offset: u64,
}

/// The old cache file, read a record at a time (also by `read_cache`, the whole-workspace loader).
pub(super) struct OldCache {
    r: BufReader<fs::File>,
    count: u64,
    left: u64,
    total: u64,
    at: u64,
    damaged: bool,
}

impl OldCache {
    /// Opens the cache and checks its header: `None` when it is missing, damaged, or describes another
    /// workspace or other settings.
    pub(super) fn open(path: &Path, canon: &Path, config_hash: &str) -> Option<OldCache> {
        let file = fs::File::open(path).ok()?;
        let total = file.metadata().ok()?.len();
        let mut r = BufReader::with_capacity(1 << 20, file);
        let mut magic = [0u8; 8];
        r.read_exact(&mut magic).ok()?;
        if &magic != MAGIC {
            return None;
        }
        let mut at = 8;
        let mut field = |max: u64| -> Option<Vec<u8>> {
            let mut len = [0u8; 8];
            r.read_exact(&mut len).ok()?;
            let len = u64::from_le_bytes(len);
            if len > max {
                return None;
            }
            let mut buf = vec![0; len as usize];
            r.read_exact(&mut buf).ok()?;
            at += 8 + len;
            Some(buf)
        };
        if field(1 << 16)? != canon.to_string_lossy().as_bytes() || field(1 << 10)? != config_hash.as_bytes() {
            return None;
        }
        let mut nums = [0u8; 16];
        r.read_exact(&mut nums).ok()?;
        let left = u64::from_le_bytes(nums[8..].try_into().ok()?);
        (left <= total).then_some(OldCache { r, count: left, left, total, at: at + 16, damaged: false })
    }

    /// How many records the header announces.
    pub(super) fn announced(&self) -> usize {
        self.count as usize
    }

    /// Whether every announced record was read whole and nothing follows them.
    pub(super) fn read_whole(&mut self) -> bool {
        let mut rest = [0u8; 1];
        !self.damaged && self.left == 0 && self.r.read(&mut rest).is_ok_and(|n| n == 0)
    }

    fn stop<T>(&mut self) -> Option<T> {
        self.left = 0;
        self.damaged = true;
        None
    }
}

impl Iterator for OldCache {
    type Item = Record;

    /// The next record; `None` at the end, and from the first damaged record on (the rest is parsed).
    fn next(&mut self) -> Option<Record> {
        if self.left == 0 {
            return None;
        }
        let mut len = [0u8; 8];
        self.r.read_exact(&mut len).ok().or_else(|| self.stop())?;
        let len = u64::from_le_bytes(len);
        if len > self.total {
            return self.stop();
        }
        let mut raw = vec![0; len as usize];
        self.r.read_exact(&mut raw).ok().or_else(|| self.stop())?;
        let offset = self.at;
        self.at += 8 + len;
        self.left -= 1;
        let slug = peek_slug(&raw).or_else(|| self.stop())?;
        Some(Record { slug, raw, offset })
    }
}

/// The slug of an encoded entry, without decoding the rest (see `encode_entry`: stamps, then the slug).
fn peek_slug(raw: &[u8]) -> Option<String> {
    let mut d = Dec { b: raw, at: 0 };
    super::decode_stamp(&mut d)?;
    if d.u8()? == 1 {
        super::decode_stamp(&mut d)?;
    }
    d.str()
}

/// Reads `buf.len()` bytes at `offset` without moving the file's position (the old cache is being read on).
#[cfg(unix)]
fn read_at(f: &fs::File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(f, buf, offset)
}

#[cfg(not(unix))]
fn read_at(f: &fs::File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    let mut f = f.try_clone()?;
    let back = f.stream_position()?;
    f.seek(SeekFrom::Start(offset))?;
    let r = f.read_exact(buf);
    f.seek(SeekFrom::Start(back))?;
    r
}

/// The new cache file, written as the load goes.
struct NewCache {
    tmp: tempfile::NamedTempFile,
    w: BufWriter<fs::File>,
    count: u64,
    count_at: u64,
}

impl NewCache {
    fn start(path: &Path, canon: &Path, config_hash: &str, scan_time: SystemTime) -> std::io::Result<NewCache> {
        let dir = path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        sweep_leftovers(dir);
        let tmp = tempfile::Builder::new().prefix(".factdesk-cache-").tempfile_in(dir)?;
        let mut w = BufWriter::with_capacity(1 << 20, tmp.as_file().try_clone()?);
        let mut head = Enc::default();
        head.bytes(MAGIC);
        head.str(&canon.to_string_lossy());
        head.str(config_hash);
        head.u64(scan_time.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()));
        let count_at = head.0.len() as u64;
        head.u64(0);
        w.write_all(&head.0)?;
        Ok(NewCache { tmp, w, count: 0, count_at })
    }

    fn record(&mut self, raw: &[u8]) -> std::io::Result<()> {
        self.w.write_all(&(raw.len() as u64).to_le_bytes())?;
        self.w.write_all(raw)?;
        self.count += 1;
        Ok(())
    }

    /// Copies records, as they are, from the old file: the one being read, never the path again, which
    /// another process may have replaced meanwhile.
    fn copy(&mut self, old: Option<&fs::File>, records: &[(u64, u64)]) -> std::io::Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let Some(old) = old else { return Err(std::io::Error::other("no old cache to copy from")) };
        let mut buf = Vec::new();
        for &(offset, len) in records {
            buf.resize(len as usize, 0);
            read_at(old, &mut buf, offset)?;
            self.w.write_all(&buf)?;
            self.count += 1;
        }
        Ok(())
    }

    /// Copies every record of the old file from `next` (already read) on, as they are: a load stopped mid-way
    /// keeps the records it did not reach. `old` is the file being read, never the path again.
    fn copy_rest(&mut self, next: Option<Record>, old: &mut OldCache) -> std::io::Result<()> {
        if let Some(r) = next {
            self.record(&r.raw)?;
        }
        for r in old.by_ref() {
            self.record(&r.raw)?;
        }
        Ok(())
    }

    fn finish(self, path: &Path) -> std::io::Result<()> {
        let mut f = self.w.into_inner().map_err(|e| e.into_error())?;
        f.seek(SeekFrom::Start(self.count_at))?;
        f.write_all(&self.count.to_le_bytes())?;
        f.flush()?;
        self.tmp.persist(path).map_err(|e| e.error)?;
        // The search table describes the old cache: `factdesk search` writes a new one when it next loads.
        let _ = fs::remove_file(search_table_file(path));
        let _ = fs::remove_file(super::similar_table_file(path));
        Ok(())
    }
}

/// The new cache file's state during a load.
enum Out {
    /// Nothing changed so far: where the records kept unchanged sit in the old file.
    Waiting(Vec<(u64, u64)>),
    Writing(NewCache),
    /// No cache, or it could not be written (it is only a shortcut: the next start parses again).
    Off,
}

/// Removes unfinished cache files left by a process that was killed while writing one (an hour old or more,
/// so another copy's write in progress is never touched).
fn sweep_leftovers(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let old = |e: &fs::DirEntry| {
        e.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok())
            >= Some(std::time::Duration::from_secs(3600))
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if (name.starts_with(".factdesk-cache-") || name.starts_with(".factdesk-search-")) && old(&e) {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// One story's outcome.
struct Done {
    story: Option<Story>,
    diags: Vec<Diagnostic>,
    /// The story's cache record (`None`: not cached, e.g. it failed to load).
    record: Option<Vec<u8>>,
    /// `Some((offset, length))` of the old record when it was reused unchanged.
    reused: Option<(u64, u64)>,
    hashed: bool,
    /// The folder holds no story, and held none when the cache was written: nothing changed.
    no_story: bool,
}

impl Loader {
    /// Stories per chunk after the first (tests use small chunks to stop a load between them).
    #[cfg(test)]
    fn with_chunk(self, chunk: usize) -> Loader {
        Loader { chunk: chunk.max(1), ..self }
    }

    /// How many folders may hold a story (every subfolder of the workspace: those without a story file are
    /// found out as the load reaches them).
    pub fn total(&self) -> usize {
        self.dirs.len()
    }

    /// How many of the [`Loader::total`] folders the load has gone through so far, stories or not (read it in the
    /// sink of [`Loader::run_with`]: it counts the chunk being handed over).
    pub fn reached(&self) -> std::sync::Arc<std::sync::atomic::AtomicUsize> {
        std::sync::Arc::clone(&self.reached)
    }

    /// Loads every story, in name order, handing them to `sink` in chunks with their diagnostics; `sink`
    /// returns `false` to stop (nothing is written to the cache then). Returns what the cache did.
    pub fn run(self, mut sink: impl FnMut(Vec<Story>, Vec<Diagnostic>) -> bool) -> super::CacheStats {
        self.run_with(|_| (), |stories, _, diags| sink(stories, diags))
    }

    /// Like [`Loader::run`], and `each` works something out from every story as it is read, on the thread that
    /// read it (so on every core, off the caller's path): the results come with their chunk, one per story, in
    /// the same order.
    pub fn run_with<T: Send>(
        self,
        each: impl Fn(&Story) -> T + Sync,
        mut sink: impl FnMut(Vec<Story>, Vec<T>, Vec<Diagnostic>) -> bool,
    ) -> super::CacheStats {
        // One node budget for every story this load parses, on every thread (`yaml::NodeBudget`).
        let budget = crate::yaml::NodeBudget::new(crate::yaml::MAX_NODES_TOTAL);
        let _scope = crate::yaml::NodeBudget::enter(&budget);
        let mut stats = super::CacheStats::default();
        let mut old = self.cache.as_deref().and_then(|c| OldCache::open(c, &self.canon, &self.config_hash));
        let mut out = if self.cache.is_some() { Out::Waiting(Vec::new()) } else { Out::Off };
        // Whether the cache must be rewritten.
        let mut changed = self.cache.is_some() && old.is_none();
        let mut next = old.as_mut().and_then(OldCache::next);
        let mut i = 0;
        while i < self.dirs.len() {
            let end = if i == 0 { 1 } else { (i + self.chunk).min(self.dirs.len()) };
            let mut jobs = Vec::with_capacity(end - i);
            for dir in &self.dirs[i..end] {
                let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                // Records of stories that are gone.
                while next.as_ref().is_some_and(|r| r.slug < name) {
                    changed = true;
                    next = old.as_mut().and_then(OldCache::next);
                }
                let rec = if next.as_ref().is_some_and(|r| r.slug == name) {
                    let r = next.take();
                    next = old.as_mut().and_then(OldCache::next);
                    r
                } else {
                    None
                };
                jobs.push((dir.as_path(), rec));
            }
            let results = self.process(jobs, &each);
            let (mut stories, mut diags) = (Vec::with_capacity(results.len()), Vec::new());
            let mut worked = Vec::with_capacity(results.len());
            for (done, got) in results {
                worked.extend(got);
                stats.reused += usize::from(done.reused.is_some());
                stats.hashed += usize::from(done.hashed);
                stats.parsed += usize::from(done.reused.is_none() && !done.hashed && !done.no_story);
                changed |= done.reused.is_none() && !done.no_story;
                self.keep(&mut out, changed, &done, old.as_ref().map(|o| o.r.get_ref()));
                diags.extend(done.diags);
                stories.extend(done.story);
            }
            if end == self.dirs.len() {
                diags.extend(crate::load::workspace_diagnostics(&self.root));
            }
            self.reached.store(end, std::sync::atomic::Ordering::SeqCst);
            if !sink(stories, worked, diags) {
                // Stopped mid-way: a cache being rewritten is finished with what it has, so the next start uses it.
                if let (Out::Writing(mut w), Some(path)) = (out, &self.cache) {
                    let kept = match old.as_mut() {
                        Some(old) => w.copy_rest(next, old),
                        None => Ok(()),
                    };
                    stats.written = kept.and_then(|()| w.finish(path)).is_ok();
                }
                return stats;
            }
            i = end;
        }
        changed |= next.is_some();
        if changed {
            self.keep(&mut out, true, &Done::none(), old.as_ref().map(|o| o.r.get_ref()));
        }
        if let (Out::Writing(w), Some(path)) = (out, &self.cache) {
            stats.written = w.finish(path).is_ok();
        }
        stats
    }

    /// Puts one story's record into the new cache file once one is needed (starting it with the old records
    /// kept so far), or remembers where the record sits in the old file until then.
    fn keep(&self, out: &mut Out, changed: bool, done: &Done, old: Option<&fs::File>) {
        let Some(path) = &self.cache else { return };
        if let Out::Waiting(kept) = out {
            if !changed {
                kept.extend(done.reused);
                return;
            }
            *out = match NewCache::start(path, &self.canon, &self.config_hash, self.scan_time)
                .and_then(|mut w| w.copy(old, kept).map(|()| w))
            {
                Ok(w) => Out::Writing(w),
                Err(_) => Out::Off,
            };
        }
        if let (Out::Writing(w), Some(raw)) = (&mut *out, &done.record)
            && w.record(raw).is_err()
        {
            *out = Out::Off;
        }
    }

    /// Decodes or parses a chunk of stories on every core, keeping their order, with what `each` makes of each.
    fn process<T: Send>(
        &self,
        jobs: Vec<(&Path, Option<Record>)>,
        each: &(impl Fn(&Story) -> T + Sync),
    ) -> Vec<(Done, Option<T>)> {
        crate::load::on_threads(jobs, crate::search::threads(), |(dir, rec)| {
            let done = self.one(dir, rec);
            let got = done.story.as_ref().map(each);
            (done, got)
        })
    }

    /// One story: from its cache record when the files are unchanged, else parsed. A folder that is no story
    /// (no story file in it: `store::is_story_candidate`) gives nothing, as `store::story_dirs` would leave it out.
    fn one(&self, dir: &Path, rec: Option<Record>) -> Done {
        if !store::is_story_candidate(dir) {
            // Not a change to the cache, unless a story stood here before.
            return Done { no_story: rec.is_none(), ..Done::none() };
        }
        if let Some(rec) = rec {
            let mut d = Dec { b: &rec.raw, at: 0 };
            if let Some(e) = decode_entry(&mut d, &self.root).filter(|_| d.at == rec.raw.len())
                && let Some(((yaml, article), hashed)) = e.still_fresh(dir, self.scan_time)
            {
                if !hashed {
                    let reused = Some((rec.offset, 8 + rec.raw.len() as u64));
                    return Done {
                        story: Some(e.story),
                        diags: e.diags,
                        record: Some(rec.raw),
                        reused,
                        hashed,
                        no_story: false,
                    };
                }
                let e = Entry { yaml, article, ..e };
                let record = self.encode(&e);
                return Done { story: Some(e.story), diags: e.diags, record, reused: None, hashed, no_story: false };
            }
        }
        let (story, diags) = crate::load::parse_one(dir, &self.config);
        let Some(story) = story else { return Done { diags, ..Done::none() } };
        match stamps_of(&story, self.scan_time) {
            Some((yaml, article)) => {
                let e = Entry { yaml, article, story, diags };
                let record = self.encode(&e);
                // Keep the story as decoded from its record rather than as parsed: the same values, in
                // allocations of exactly their size, made after the parser's scratch memory is freed. A cold
                // start then holds no more memory than a warm one.
                let e = match record.as_deref().and_then(|r| decode_entry(&mut Dec { b: r, at: 0 }, &self.root)) {
                    Some(decoded) if decoded.story.file == e.story.file => Entry { story: decoded.story, ..e },
                    _ => e,
                };
                Done { story: Some(e.story), diags: e.diags, record, ..Done::none() }
            }
            None => Done { story: Some(story), diags, ..Done::none() },
        }
    }

    fn encode(&self, e: &Entry) -> Option<Vec<u8>> {
        self.cache.as_ref()?;
        let mut enc = Enc::default();
        encode_entry(&mut enc, e, &self.root);
        Some(enc.0)
    }
}

impl Done {
    fn none() -> Done {
        Done { story: None, diags: Vec::new(), record: None, reused: None, hashed: false, no_story: false }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::load_with_stats;
    use crate::store;

    /// Loads through the stream, collecting every chunk.
    fn streamed(root: &Path, cache: Option<&Path>) -> (Workspace, super::super::CacheStats, Vec<usize>) {
        let (mut ws, loader) = open(root, cache).unwrap();
        let mut chunks = Vec::new();
        let stats = loader.run(|stories, diags| {
            chunks.push(stories.len());
            ws.stories.extend(stories);
            ws.diagnostics.extend(diags);
            true
        });
        (ws, stats, chunks)
    }

    fn same(a: &Workspace, b: &Workspace) {
        assert_eq!(a.config, b.config);
        assert_eq!(a.diagnostics, b.diagnostics);
        let key = |w: &Workspace| {
            w.stories.iter().map(|s| (s.slug.clone(), s.file.clone(), s.anchors.clone())).collect::<Vec<_>>()
        };
        assert_eq!(key(a), key(b));
    }

    fn touch(path: &Path, text: &str) {
        fs::write(path, text).unwrap();
        // An mtime old enough to trust, so the cache is trusted on size and mtime alone.
        let old = SystemTime::now() - std::time::Duration::from_secs(60);
        fs::File::options().write(true).open(path).unwrap().set_modified(old).unwrap();
    }

    fn workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().join("ws");
        crate::generate::generate(&root, 12, 5, 7).unwrap();
        for e in fs::read_dir(&root).unwrap().flatten() {
            for f in fs::read_dir(e.path()).into_iter().flatten().flatten() {
                let text = fs::read_to_string(f.path()).unwrap();
                touch(&f.path(), &text);
            }
        }
        let cache = t.path().join("cache/ws.bin");
        (t, root, cache)
    }

    #[test]
    fn streaming_gives_what_a_whole_load_gives_cold_warm_and_after_changes() {
        let (_t, root, cache) = workspace();
        let (whole, _) = load_with_stats(&root, None).unwrap();
        // Cold: everything parsed, the first chunk is one story, the cache is written.
        let (ws, stats, chunks) = streamed(&root, Some(&cache));
        same(&ws, &whole);
        assert_eq!(chunks[0], 1);
        assert_eq!(chunks.iter().sum::<usize>(), 12);
        assert_eq!((stats.parsed, stats.reused, stats.written), (12, 0, true));
        // Warm: everything from the cache, nothing written.
        let (ws, stats, _) = streamed(&root, Some(&cache));
        same(&ws, &whole);
        assert_eq!((stats.parsed, stats.reused, stats.written), (0, 12, false));
        // The whole-workspace loader trusts what the stream wrote.
        assert_eq!(load_with_stats(&root, Some(&cache)).unwrap().1.reused, 12);

        // One story changed, one removed, one added: the rest come from the cache, and it is rewritten.
        let mut dirs = store::story_dirs(&root).unwrap();
        let changed = dirs[3].join(store::STORY_FILE);
        let text = fs::read_to_string(&changed).unwrap() + "# changed by hand\n";
        touch(&changed, &text);
        fs::remove_dir_all(dirs.remove(0)).unwrap();
        let added = root.join("zz-added");
        fs::create_dir_all(&added).unwrap();
        for f in fs::read_dir(&dirs[1]).unwrap().flatten() {
            touch(&added.join(f.file_name()), &fs::read_to_string(f.path()).unwrap());
        }
        let whole = load_with_stats(&root, None).unwrap().0;
        let (ws, stats, _) = streamed(&root, Some(&cache));
        same(&ws, &whole);
        assert_eq!((stats.parsed, stats.reused, stats.written), (2, 10, true));
        let (ws, stats, _) = streamed(&root, Some(&cache));
        same(&ws, &whole);
        assert_eq!((stats.parsed, stats.reused, stats.written), (0, 12, false));
    }

    #[test]
    fn reached_counts_every_folder_story_or_not_and_ends_at_the_total() {
        let (_t, root, cache) = workspace();
        // Folders that hold no story: a shared workspace's `.git`, an exports folder.
        fs::create_dir_all(root.join(".git")).unwrap();
        fs::create_dir_all(root.join("exports")).unwrap();
        let (_, loader) = open(&root, Some(&cache)).unwrap();
        let (total, reached) = (loader.total(), loader.reached());
        assert_eq!(total, 14, "12 stories and 2 other folders");
        let (mut seen, mut stories) = (Vec::new(), 0);
        loader.with_chunk(5).run(|got, _| {
            stories += got.len();
            seen.push(reached.load(std::sync::atomic::Ordering::SeqCst));
            true
        });
        assert_eq!(stories, 12);
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
        assert_eq!(seen.last(), Some(&total), "the count reaches every folder: {seen:?}");
    }

    #[test]
    fn run_with_hands_what_each_story_gave_with_its_chunk_in_order() {
        let (_t, root, cache) = workspace();
        let (_, loader) = open(&root, Some(&cache)).unwrap();
        let mut pairs = Vec::new();
        loader.with_chunk(5).run_with(
            |s| s.slug.clone(),
            |stories, slugs, _| {
                assert_eq!(stories.len(), slugs.len());
                pairs.extend(stories.into_iter().map(|s| s.slug).zip(slugs));
                true
            },
        );
        assert_eq!(pairs.len(), 12);
        assert!(pairs.iter().all(|(a, b)| a == b), "{pairs:?}");
    }

    #[test]
    fn folders_without_a_story_are_left_out_without_rewriting_the_cache() {
        let (_t, root, cache) = workspace();
        fs::create_dir_all(root.join("exports")).unwrap();
        fs::write(root.join("exports").join("a.md"), "an export").unwrap();
        fs::write(root.join("notes.txt"), "a file beside the stories").unwrap();
        let (whole, _) = load_with_stats(&root, None).unwrap();
        let (ws, stats, _) = streamed(&root, Some(&cache));
        same(&ws, &whole);
        assert_eq!((stats.parsed, stats.written), (12, true));
        let (ws, stats, _) = streamed(&root, Some(&cache));
        same(&ws, &whole);
        assert_eq!((stats.parsed, stats.reused, stats.written), (0, 12, false));
    }

    #[test]
    fn unfinished_cache_files_of_killed_processes_are_swept_but_fresh_ones_kept() {
        let (_t, root, cache) = workspace();
        let dir = cache.parent().unwrap();
        fs::create_dir_all(dir).unwrap();
        let stale = dir.join(".factdesk-cache-killed");
        let fresh = dir.join(".factdesk-cache-writing");
        fs::write(&stale, b"half a cache").unwrap();
        fs::write(&fresh, b"another copy, writing now").unwrap();
        let two_hours_ago = SystemTime::now() - std::time::Duration::from_secs(7200);
        fs::File::options().write(true).open(&stale).unwrap().set_modified(two_hours_ago).unwrap();
        let (_, stats, _) = streamed(&root, Some(&cache));
        assert!(stats.written);
        assert!(!stale.exists(), "left by a killed process: removed");
        assert!(fresh.exists(), "maybe another copy's write in progress: kept");
    }

    #[test]
    fn a_damaged_cache_is_parsed_around_and_a_stopped_cold_load_keeps_what_it_read() {
        let (_t, root, cache) = workspace();
        let (whole, _) = load_with_stats(&root, None).unwrap();
        let (mut ws, loader) = open(&root, Some(&cache)).unwrap();
        let stats = loader.run(|stories, _| {
            ws.stories.extend(stories);
            false
        });
        assert_eq!(ws.stories.len(), 1, "stopped after the first chunk");
        assert!(stats.written && cache.exists(), "the one story read is kept for the next start");
        assert_eq!(load_with_stats(&root, Some(&cache)).unwrap().1.reused, 1);
        streamed(&root, Some(&cache));
        // Cut the file in the middle of a record: the stories from there on are parsed again.
        let bytes = fs::read(&cache).unwrap();
        fs::write(&cache, &bytes[..bytes.len() * 2 / 3]).unwrap();
        let (ws, stats, _) = streamed(&root, Some(&cache));
        same(&ws, &whole);
        assert!(stats.reused > 0 && stats.parsed > 0 && stats.written, "{stats:?}");
        let (_, stats, _) = streamed(&root, Some(&cache));
        assert_eq!(stats.reused, 12);
    }

    /// Loads through the stream in chunks of `chunk`, stopping after `stop` chunks (the UI quitting mid-way).
    fn stopped(root: &Path, cache: &Path, chunk: usize, stop: usize) -> (usize, super::super::CacheStats) {
        let (_, loader) = open(root, Some(cache)).unwrap();
        let (mut chunks, mut stories) = (0, 0);
        let stats = loader.with_chunk(chunk).run(|got, _| {
            chunks += 1;
            stories += got.len();
            chunks < stop
        });
        (stories, stats)
    }

    #[test]
    fn a_load_stopped_while_the_cache_is_rewritten_leaves_one_the_next_start_uses() {
        let (_t, root, cache) = workspace();
        streamed(&root, Some(&cache));
        // The first story changed: the cache is being rewritten from the first chunk on when the UI quits.
        let first = store::story_dirs(&root).unwrap()[0].join(store::STORY_FILE);
        touch(&first, &(fs::read_to_string(&first).unwrap() + "# changed by hand\n"));
        let (read, stats) = stopped(&root, &cache, 2, 2);
        assert_eq!((read, stats.parsed, stats.written), (3, 1, true), "{stats:?}");
        // The records it did not reach were copied on: the next start parses nothing.
        let (ws, stats, _) = streamed(&root, Some(&cache));
        same(&ws, &load_with_stats(&root, None).unwrap().0);
        assert_eq!((stats.parsed, stats.reused, stats.written), (0, 12, false));
    }

    #[test]
    fn a_cold_load_stopped_mid_way_keeps_what_it_read() {
        let (_t, root, cache) = workspace();
        let (read, stats) = stopped(&root, &cache, 2, 2);
        assert_eq!((read, stats.parsed, stats.written), (3, 3, true), "{stats:?}");
        let (ws, stats, _) = streamed(&root, Some(&cache));
        same(&ws, &load_with_stats(&root, None).unwrap().0);
        assert_eq!((stats.parsed, stats.reused, stats.written), (9, 3, true));
        let (_, stats, _) = streamed(&root, Some(&cache));
        assert_eq!((stats.parsed, stats.reused, stats.written), (0, 12, false));
    }

    /// What happens to the workspace or the cache between two starts.
    #[derive(Debug, Clone)]
    enum Edit {
        Change(usize),
        Remove(usize),
        Add(usize),
        Settings(u8),
        CutCache(u8),
    }

    fn edit() -> impl proptest::strategy::Strategy<Value = Edit> {
        use proptest::prelude::*;
        prop_oneof![
            (0..12usize).prop_map(Edit::Change),
            (0..12usize).prop_map(Edit::Remove),
            (0..12usize).prop_map(Edit::Add),
            any::<u8>().prop_map(Edit::Settings),
            (1..100u8).prop_map(Edit::CutCache),
        ]
    }

    fn apply(root: &Path, cache: &Path, e: &Edit, n: usize) {
        let dirs = store::story_dirs(root).unwrap();
        let pick = |k: usize| dirs.get(k % dirs.len().max(1));
        match e {
            Edit::Change(k) => {
                if let Some(d) = pick(*k) {
                    let f = d.join(store::STORY_FILE);
                    touch(&f, &(fs::read_to_string(&f).unwrap() + &format!("# edit {n}\n")));
                }
            }
            Edit::Remove(k) => {
                if let Some(d) = pick(*k) {
                    fs::remove_dir_all(d).unwrap();
                }
            }
            Edit::Add(k) => {
                if let Some(d) = pick(*k) {
                    let new = root.join(format!("{}-copy{n}", d.file_name().unwrap().to_string_lossy()));
                    fs::create_dir_all(&new).unwrap();
                    for f in fs::read_dir(d).unwrap().flatten() {
                        touch(&new.join(f.file_name()), &fs::read_to_string(f.path()).unwrap());
                    }
                }
            }
            Edit::Settings(v) => touch(&root.join(store::CONFIG_FILE), &format!("# settings {v}\n")),
            Edit::CutCache(pct) => {
                if let Ok(bytes) = fs::read(cache) {
                    fs::write(cache, &bytes[..bytes.len() * usize::from(*pct) / 100]).unwrap();
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 16, ..Default::default() })]

        /// Whatever changed between starts and wherever a start was quit, the next start that runs to its end
        /// gives what a fresh parse gives, and so does the one after it (from the cache it left).
        #[test]
        fn a_load_after_starts_quit_mid_way_equals_a_fresh_parse(
            steps in proptest::collection::vec((edit(), 0..6usize), 1..6),
        ) {
            let (_t, root, cache) = workspace();
            for (n, (e, stop)) in steps.iter().enumerate() {
                apply(&root, &cache, e, n);
                if *stop > 0 {
                    stopped(&root, &cache, 2, *stop);
                }
            }
            let fresh = load_with_stats(&root, None).unwrap().0;
            let (ws, _, _) = streamed(&root, Some(&cache));
            same(&ws, &fresh);
            let (ws, stats, _) = streamed(&root, Some(&cache));
            same(&ws, &fresh);
            proptest::prop_assert_eq!(stats.parsed, 0);
        }
    }
}
