//! Loading a workspace: the story folders parsed and checked under one node budget, with the diagnostics every
//! loader reports (the plain load here, the cached and streaming loads in `cache` share [`parse_many`]).

use crate::diag::Diagnostic;
use crate::model::WorkspaceConfig;
use crate::store::{MAX_NODES_TOTAL, NodeBudget, Story, Workspace, load_config, load_story, story_dirs};
use std::path::{Path, PathBuf};

/// Loads every story under `root` (each subfolder holding a `claims.yaml`), in name order, on this thread.
pub fn load_workspace(root: &Path) -> Result<Workspace, Diagnostic> {
    Ok(load_dirs(root, &story_dirs(root)?, 1, || workspace_diagnostics(root)))
}

/// The settings and the stories in `dirs`, parsed on `threads` threads under one node budget, with the
/// diagnostics of both and the caller's journal warnings (`journals`: for the whole workspace, or for these
/// folders), which are read under the same budget.
fn load_dirs(root: &Path, dirs: &[PathBuf], threads: usize, journals: impl FnOnce() -> Vec<Diagnostic>) -> Workspace {
    let budget = NodeBudget::new(MAX_NODES_TOTAL);
    let _scope = NodeBudget::enter(&budget);
    let mut diagnostics = Vec::new();
    let config = load_config(root).unwrap_or_else(|d| {
        diagnostics.push(d);
        WorkspaceConfig::default()
    });
    let mut stories = Vec::with_capacity(dirs.len());
    for (story, diags) in parse_many(dirs, &config, threads) {
        diagnostics.extend(diags);
        stories.extend(story);
    }
    diagnostics.extend(journals());
    Workspace { root: root.to_path_buf(), config, stories, diagnostics }
}

/// Loads the settings and the story folders named `slugs` under `root`, and nothing else: no other story's
/// file is opened, so another story's broken file changes nothing here. The same stories, diagnostics and
/// journal warnings as [`load_workspace`] gives for these folders. A slug that names no story folder (or is not
/// one plain folder name) is simply absent from the result; the caller says so.
pub fn load_stories(root: &Path, slugs: &[String]) -> Result<Workspace, Diagnostic> {
    let dirs = story_dirs_named(root, slugs)?;
    Ok(load_dirs(root, &dirs, crate::search::threads(), || crate::safety::journal::diagnostics_in(root, &dirs)))
}

/// The story folders `slugs` name under `root`, in name order, without looking at any other folder: a slug that
/// is not one plain folder name, or names no story folder, is left out. The same error as [`story_dirs`] when
/// the workspace cannot be opened.
pub fn story_dirs_named(root: &Path, slugs: &[String]) -> Result<Vec<PathBuf>, Diagnostic> {
    std::fs::read_dir(root).map_err(|e| {
        Diagnostic::error(
            root,
            0,
            0,
            format!("cannot open the workspace: {e}; pass the folder that holds your stories"),
        )
    })?;
    let mut dirs: Vec<PathBuf> = slugs
        .iter()
        .filter(|s| is_folder_name(s))
        .map(|s| root.join(s))
        .filter(|d| crate::store::is_story_candidate(d))
        .collect();
    dirs.sort();
    dirs.dedup();
    Ok(dirs)
}

/// Whether `name` is one plain folder name (no separator, not `.` or `..`, not hidden): what a story slug on the
/// command line may be.
pub fn is_folder_name(name: &str) -> bool {
    let mut parts = Path::new(name).components();
    matches!((parts.next(), parts.next()), (Some(std::path::Component::Normal(n)), None) if n == name)
        && !name.starts_with('.')
}

/// Loads one story folder and checks it (the format's rules, numeric checks, evidence rules), as every loader
/// does: the whole workspace, the cache, and `R` for a story that could not be read before. Problems go to `diags`.
pub fn load_checked(dir: &Path, config: &WorkspaceConfig, diags: &mut Vec<Diagnostic>) -> Option<Story> {
    let mut story = load_story(dir, diags)?;
    diags.extend(crate::checks::story_diagnostics(&story, config));
    // Checked: the text is read again only when wanted (see `Story::text`).
    story.disk_text = None;
    Some(story)
}

/// Loads and checks one story folder: the story (`None` when it could not be read) and its diagnostics.
pub fn parse_one(dir: &Path, config: &WorkspaceConfig) -> (Option<Story>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let story = load_checked(dir, config, &mut diags);
    (story, diags)
}

/// Parses and checks these story folders on up to `threads` threads, each under the node budget the calling
/// thread is under (see [`NodeBudget::enter`]); one result per folder, in the folders' order. Every loader parses
/// through this (the cached and streaming loads through [`on_threads`] with their own per-folder step).
pub fn parse_many(dirs: &[PathBuf], config: &WorkspaceConfig, threads: usize) -> Vec<(Option<Story>, Vec<Diagnostic>)> {
    on_threads(dirs.iter().map(PathBuf::as_path).collect(), threads, |dir| parse_one(dir, config))
}

/// Runs `each` over `jobs` on up to `threads` threads, each thread under the caller's node budget; the results in
/// the jobs' order. The threads take the next job from one queue as they finish the last, so a big story on one
/// thread never leaves the others idle. A panic on a helper thread is resumed here, so no story is dropped quietly.
pub fn on_threads<J: Send, T: Send>(jobs: Vec<J>, threads: usize, each: impl Fn(J) -> T + Sync) -> Vec<T> {
    let threads = threads.min(jobs.len()).max(1);
    if threads == 1 {
        return jobs.into_iter().map(each).collect();
    }
    let n = jobs.len();
    let queue = std::sync::Mutex::new(jobs.into_iter().enumerate());
    // The next job, or `None` when the queue is empty (a poisoned lock means a thread panicked: stop taking).
    let next = || queue.lock().ok().and_then(|mut q| q.next());
    let mut out: Vec<Option<T>> = Vec::new();
    out.resize_with(n, || None);
    let each = &each;
    let next = &next;
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                let budget = NodeBudget::current();
                s.spawn(move || {
                    let _scope = budget.as_ref().map(NodeBudget::enter);
                    std::iter::from_fn(next).map(|(k, job)| (k, each(job))).collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (k, done) in h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)) {
                out[k] = Some(done);
            }
        }
    });
    out.into_iter().flatten().collect()
}

/// What a load reports about the workspace as a whole, after its stories' diagnostics: leftover recovery
/// journals.
pub fn workspace_diagnostics(root: &Path) -> Vec<Diagnostic> {
    crate::safety::journal::diagnostics(root)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::STORY_FILE;
    use std::fs;

    const YAML: &str = "story:\n  title: T\n  article: article.txt\nclaims:\n- id: a\n  text: Half of GDP\n  quote:\n    exact: half of GDP\n";

    /// A good story with a leftover journal, a broken story, and a story folder that is a link.
    fn awkward_workspace() -> tempfile::TempDir {
        let t = tempfile::tempdir().unwrap();
        let good = t.path().join("a-good");
        fs::create_dir_all(&good).unwrap();
        fs::write(good.join(STORY_FILE), YAML).unwrap();
        fs::write(good.join("article.txt"), "It is half of GDP.").unwrap();
        let broken = t.path().join("b-broken");
        fs::create_dir_all(&broken).unwrap();
        fs::write(broken.join(STORY_FILE), "story:\n  title: T\n<<<<<<< HEAD\nclaims: []\n").unwrap();
        let mut story = load_workspace(t.path()).unwrap().stories.remove(0);
        let base = story.file.clone();
        story.file.claims[0].verdict = "misleading".into();
        crate::safety::journal::write(&story, &base).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(&good, t.path().join("c-linked")).unwrap();
        t
    }

    #[test]
    fn the_plain_cached_and_streaming_loads_give_the_same_diagnostics() {
        let t = awkward_workspace();
        let plain = load_workspace(t.path()).unwrap();
        let has = |what: &str| plain.diagnostics.iter().any(|d| d.message.contains(what));
        assert!(has("factdesk recover"), "{:?}", plain.diagnostics);
        assert!(has("git conflict marker"), "{:?}", plain.diagnostics);
        #[cfg(unix)]
        assert!(has("the story folder"), "{:?}", plain.diagnostics);
        let cache_dir = tempfile::tempdir().unwrap();
        let cache = cache_dir.path().join("cache.bin");
        // Cold and warm, with and without a cache file.
        for c in [None, Some(cache.as_path()), Some(cache.as_path())] {
            let (cached, _) = crate::cache::load_with_stats(t.path(), c).unwrap();
            assert_eq!(cached.diagnostics, plain.diagnostics);
            let (mut streamed, loader) = crate::cache::stream::open(t.path(), c).unwrap();
            loader.run(|_, diags| {
                streamed.diagnostics.extend(diags);
                true
            });
            assert_eq!(streamed.diagnostics, plain.diagnostics);
        }
    }

    #[test]
    fn an_empty_workspace_streams_the_same_diagnostics() {
        let t = tempfile::tempdir().unwrap();
        fs::write(t.path().join(crate::store::CONFIG_FILE), "verdicts: []\n").unwrap();
        let plain = load_workspace(t.path()).unwrap();
        let (streamed, loader) = crate::cache::stream::open(t.path(), None).unwrap();
        loader.run(|_, _| true);
        assert_eq!(streamed.diagnostics, plain.diagnostics);
    }

    #[test]
    fn parse_many_keeps_the_folders_order_on_any_number_of_threads() {
        let t = awkward_workspace();
        let dirs = story_dirs(t.path()).unwrap();
        let config = WorkspaceConfig::default();
        let key = |r: Vec<(Option<Story>, Vec<Diagnostic>)>| {
            r.into_iter().map(|(s, d)| (s.map(|s| s.slug), d)).collect::<Vec<_>>()
        };
        let one = key(parse_many(&dirs, &config, 1));
        assert_eq!(one.len(), dirs.len());
        assert_eq!(key(parse_many(&dirs, &config, 3)), one);
    }
}
