//! `factdesk bench-scale DIR`: the archive-scale benchmark (load, filter, similar, save, memory, search vs fzf).
//!
//! Run it from a release build: `cargo run --release --features dev -- bench-scale /tmp/fd-bench`.
//! It generates workspaces of 1,000 / 10,000 / 100,000 claims under DIR (seed 1, 100 claims
//! per story), then prints one table per size. Nothing here is part of `cargo test`.

use crate::cache;
use crate::search::worker::{FilterWorker, Results};
use crate::search::{Corpus, Engine};
use crate::similar::SimilarIndex;
use crate::store;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Queries typed one key at a time in the filter benchmark.
pub const TYPED: &[&str] = &["phnom penh casinos", "rice 2019", "scam compounds", "hospital beds lagos", "minister 40"];

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let out = f();
    (out, ms(t.elapsed()))
}

/// CPU time used by this process so far (every thread, live or joined), in ms; 10 ms resolution.
/// On a shared machine this, not the wall clock, says what the work itself costs.
pub fn cpu_ms() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // After the command name (in parentheses) come `state` (field 3) ... `utime` (14), `stime` (15).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    match (f.get(11).and_then(|x| x.parse::<f64>().ok()), f.get(12).and_then(|x| x.parse::<f64>().ok())) {
        (Some(u), Some(s)) => (u + s) * 10.0,
        _ => f64::NAN,
    }
}

/// Wall and CPU time of `f`, in ms.
fn time_cpu<T>(f: impl FnOnce() -> T) -> (T, f64, f64) {
    let c = cpu_ms();
    let (out, wall) = time(f);
    (out, wall, cpu_ms() - c)
}

/// Resident memory of this process now, in bytes (Linux `VmRSS`).
pub fn resident() -> Option<u64> {
    proc_status_kb("VmRSS:").map(|kb| kb * 1024)
}

fn proc_status_kb(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Peak resident memory of this process so far, in bytes (Linux `VmHWM`).
pub fn peak_memory() -> Option<u64> {
    proc_status_kb("VmHWM:").map(|kb| kb * 1024)
}

fn yaml_bytes(root: &Path) -> (u64, u64) {
    let (mut yaml, mut articles) = (0, 0);
    for e in std::fs::read_dir(root).into_iter().flatten().flatten() {
        yaml += std::fs::metadata(e.path().join(store::STORY_FILE)).map_or(0, |m| m.len());
        articles += std::fs::metadata(e.path().join("article.txt")).map_or(0, |m| m.len());
    }
    (yaml, articles)
}

/// One keystroke-by-keystroke typing run; returns (to first batch, to all results) per keystroke, in ms.
fn typing(corpus: &Arc<Corpus>, engine: Engine) -> (Vec<f64>, Vec<f64>) {
    let w = FilterWorker::spawn(Arc::clone(corpus), engine);
    let (mut first, mut full) = (Vec::new(), Vec::new());
    for q in TYPED {
        let chars: Vec<char> = q.chars().collect();
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            let t = Instant::now();
            let g = w.query(&prefix);
            let mut r = Results::default();
            r.reset(g, &prefix);
            let mut got_first = None;
            while !r.is_done() {
                match w.recv_timeout(Duration::from_secs(30)) {
                    Some(b) => {
                        r.apply(b);
                        got_first.get_or_insert_with(|| ms(t.elapsed()));
                    }
                    None => break,
                }
            }
            // What the UI would draw: the top rows, ranked.
            let _ = r.ranked().iter().take(50).count();
            full.push(ms(t.elapsed()));
            first.push(got_first.unwrap_or(f64::NAN));
        }
    }
    (first, full)
}

/// The internal `--probe` mode: one load in a fresh process, then the peak memory.
fn probe(root: &Path, mode: &str) -> ExitCode {
    let cache_path = root.with_extension("bench-cache.bin");
    let ws = match mode {
        "warm" => cache::load_with_stats(root, Some(&cache_path)).map(|r| r.0),
        _ => cache::load_with_stats(root, None).map(|r| r.0),
    };
    let Ok(ws) = ws else { return ExitCode::FAILURE };
    let after_load = resident().unwrap_or(0);
    let corpus = Corpus::from_workspace(&ws);
    let after_corpus = resident().unwrap_or(0);
    let index = SimilarIndex::build(&ws);
    let after_index = resident().unwrap_or(0);
    // First the peak (read by the parent), then where the memory went.
    println!("{} {} {}", peak_memory().unwrap_or(0), corpus.len(), index.len());
    println!("resident after load {after_load}, after haystacks {after_corpus}, after similar index {after_index}");
    ExitCode::SUCCESS
}

fn run_probe(root: &Path, mode: &str) -> Option<u64> {
    let exe = std::env::current_exe().ok()?;
    let out = Command::new(exe).args(["bench-scale"]).arg(root).args(["--probe", mode]).output().ok()?;
    String::from_utf8_lossy(&out.stdout).split_whitespace().next()?.parse().ok()
}

/// Times a whole process, `runs` times; returns the median in ms.
fn time_process(mut make: impl FnMut() -> Command, runs: usize) -> f64 {
    let mut v = Vec::new();
    for _ in 0..runs {
        let mut c = make();
        c.stdout(Stdio::null()).stderr(Stdio::null());
        let t = Instant::now();
        if c.status().is_err() {
            return f64::NAN;
        }
        v.push(ms(t.elapsed()));
    }
    median(v)
}

/// The benchmark workspace of `claims` claims under `dir` (`w{claims}`, seed 1, 100 claims a story), generated
/// when missing.
pub fn ensure_workspace(dir: &Path, claims: usize) -> Result<PathBuf, String> {
    let stories = (claims / 100).max(1);
    let root = dir.join(format!("w{claims}"));
    if !root.join(".complete").exists() {
        if root.exists() {
            std::fs::remove_dir_all(&root).map_err(|e| e.to_string())?;
        }
        eprintln!("generating {claims} claims in {} ...", root.display());
        crate::generate::generate(&root, stories, claims / stories, 1)?;
        std::fs::write(root.join(".complete"), "").map_err(|e| e.to_string())?;
        // Let the files' mtimes age past the cache's "too recent to trust" window.
        std::thread::sleep(Duration::from_millis(2100));
    }
    Ok(root)
}

/// `factdesk bench-scale DIR [--sizes 1000,10000,100000]`.
pub fn run(dir: &Path, sizes: &str, probe_mode: Option<&str>) -> ExitCode {
    if let Some(mode) = probe_mode {
        return probe(dir, mode);
    }
    let sizes: Vec<usize> = sizes.split(',').filter_map(|s| s.trim().parse().ok()).collect();
    println!("# factdesk bench-scale, {} cores, release={}", crate::search::threads(), !cfg!(debug_assertions));
    println!("# load average at start: {}", std::fs::read_to_string("/proc/loadavg").unwrap_or_default().trim());
    for &n in &sizes {
        let root = match ensure_workspace(dir, n) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("factdesk: {e}");
                return ExitCode::FAILURE;
            }
        };
        let (yaml, articles) = yaml_bytes(&root);
        println!("\n## {n} claims ({:.1} MB YAML, {:.1} MB articles)", yaml as f64 / 1e6, articles as f64 / 1e6);
        let reps = if n >= 100_000 { 3 } else { 5 };
        // Load.
        let (_, seq, seq_cpu) = time_cpu(|| crate::load::load_workspace(&root));
        let (mut cold, mut cold_cpu) = (Vec::new(), Vec::new());
        for _ in 0..reps {
            let (_, w, c) = time_cpu(|| cache::load_with_stats(&root, None));
            cold.push(w);
            cold_cpu.push(c);
        }
        let cache_path = root.with_extension("bench-cache.bin");
        let _ = std::fs::remove_file(&cache_path);
        let (_, cold_write) = time(|| cache::load_with_stats(&root, Some(&cache_path)));
        let cache_size = std::fs::metadata(&cache_path).map_or(0, |m| m.len());
        let (mut warm, mut warm_cpu) = (Vec::new(), Vec::new());
        let mut ws = None;
        for _ in 0..reps {
            let (r, t, c) = time_cpu(|| cache::load_with_stats(&root, Some(&cache_path)));
            warm.push(t);
            warm_cpu.push(c);
            if let Ok((w, stats)) = r {
                if stats.parsed > 0 {
                    eprintln!("warning: warm load parsed {} stories", stats.parsed);
                }
                ws = Some(w);
            }
        }
        let Some(mut ws) = ws else { return ExitCode::FAILURE };
        println!("load, crate::load::load_workspace (1 core, no cache): {seq:.0} ms (cpu {seq_cpu:.0} ms)");
        println!(
            "load cold (no cache, {} cores): median {:.0} ms (cpu {:.0} ms)",
            crate::search::threads(),
            median(cold),
            median(cold_cpu)
        );
        println!("load cold + write cache: {cold_write:.0} ms (cache file {:.1} MB)", cache_size as f64 / 1e6);
        println!("load warm (from cache): median {:.0} ms (cpu {:.0} ms)", median(warm), median(warm_cpu));
        // Filter.
        let (corpus, t_corpus) = time(|| Arc::new(Corpus::from_workspace(&ws)));
        println!("build filter haystacks: {t_corpus:.0} ms");
        bench_filter(&corpus);
        // Similar claims.
        let (index, t_index, index_cpu) = time_cpu(|| SimilarIndex::build(&ws));
        let mut rng = crate::generate::Rng::new(7);
        let mut lookups = Vec::new();
        let mut touched = Vec::new();
        for _ in 0..200 {
            let e = &corpus.entries[rng.below(corpus.len())];
            let c = &ws.stories[e.story as usize].file.claims[e.claim as usize];
            let doc = crate::similar::DocRef { story: e.story, claim: e.claim };
            let ((_, stats), t) = time(|| index.similar_to(doc, &crate::similar::Fields::of(c), 10));
            lookups.push(t);
            touched.push(stats.touched as f64);
        }
        println!(
            "similar: index build {t_index:.0} ms (cpu {index_cpu:.0} ms); lookup median {:.3} ms (median {:.0} of {n} claims touched)",
            median(lookups),
            median(touched)
        );
        // Save one story. First flush what the runs above wrote (the cache files: a hundred megabytes at
        // 100,000 claims), or the first fsyncs wait for it and time the disk's backlog, not the save.
        bench_save(&mut ws);
        // Peak memory, each in a fresh process.
        for mode in ["cold", "warm"] {
            if let Some(peak) = run_probe(&root, mode) {
                println!(
                    "peak memory, {mode} load + haystacks + similar index: {:.0} MB = {:.2}x YAML ({:.2}x YAML+articles)",
                    peak as f64 / 1e6,
                    peak as f64 / yaml as f64,
                    peak as f64 / (yaml + articles) as f64
                );
            }
        }
        // Story 0 was just saved: let its mtime age past the racy window, then refresh the
        // user cache once, so the `search` processes below read the search table.
        std::thread::sleep(Duration::from_millis(2100));
        let _ = cache::load_workspace_cached(&root);
        println!("search table fresh for the CLI: {}", cache::load_search_table(&root).is_some());
        search_vs_fzf(&root, &ws, &corpus);
    }
    println!("\n# load average at end: {}", std::fs::read_to_string("/proc/loadavg").unwrap_or_default().trim());
    ExitCode::SUCCESS
}

/// Times the filter for each engine over `corpus`: keystroke by keystroke through [`TYPED`], and a full scan of each
/// whole query.
fn bench_filter(corpus: &Arc<Corpus>) {
    for engine in [Engine::Skim, Engine::Nucleo] {
        let ((first, full), _, typing_cpu) = time_cpu(|| typing(corpus, engine));
        let keys = full.len() as f64;
        let mut scans = Vec::new();
        for q in TYPED {
            scans.push(time(|| crate::search::scan(corpus, q, engine, crate::search::threads())).1);
        }
        println!(
            "filter {:<34} keystroke to first batch median {:.1} ms, to all results median {:.1} ms (max {:.1}; mean cpu per keystroke {:.1} ms); full scan of a whole query median {:.1} ms",
            engine.name(),
            median(first),
            median(full.clone()),
            full.iter().copied().fold(0.0, f64::max),
            typing_cpu / keys,
            median(scans)
        );
    }
}

/// Times saving the first story of `ws` 21 times, each with an edit, after flushing the file system buffers.
fn bench_save(ws: &mut store::Workspace) {
    #[cfg(unix)]
    // SAFETY: sync(2) takes no arguments and only flushes file system buffers.
    unsafe {
        libc::sync();
    }
    let mut saves = Vec::new();
    for i in 0..21 {
        let story = &mut ws.stories[0];
        story.file.claims[0].notes = format!("bench edit {i}\n");
        let (r, t) = time(|| store::save_story(story));
        if r.is_ok() {
            saves.push(t);
        }
    }
    println!("save one story (100 claims, fsync'd): median {:.1} ms", median(saves));
}

fn search_vs_fzf(root: &Path, ws: &store::Workspace, corpus: &Corpus) {
    let Ok(exe) = std::env::current_exe() else { return };
    let lines = root.with_extension("claims.txt");
    let text: String =
        corpus.entries.iter().map(|e| format!("{}\n", crate::search::haystack_line(&e.haystack))).collect();
    if std::fs::write(&lines, text).is_err() {
        return;
    }
    let _ = ws;
    let fzf = Command::new("fzf").arg("--version").output().is_ok();
    for q in ["phnom penh casinos", "rice 2019"] {
        let ours = time_process(
            || {
                let mut c = Command::new(&exe);
                c.args(["search", q]).arg(root);
                c
            },
            10,
        );
        if fzf {
            let theirs = time_process(
                || {
                    let mut c = Command::new("fzf");
                    // Written just above; should it have gone since, fzf reads nothing rather than the run panicking.
                    let input = std::fs::File::open(&lines).map_or_else(|_| std::process::Stdio::null(), Into::into);
                    c.args(["--filter", q]).stdin(input);
                    c
                },
                10,
            );
            println!(
                "search `{q}` as a process: factdesk {ours:.0} ms vs fzf --filter {theirs:.0} ms (factdesk/fzf = {:.2})",
                ours / theirs
            );
        } else {
            println!("search `{q}` as a process: factdesk {ours:.0} ms (fzf not installed)");
        }
    }
}
