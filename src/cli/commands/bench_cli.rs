//! `factdesk bench-cli DIR`: every command of issue 16's table as a whole process, cold and warm, with its peak
//! memory, at each archive size; and `search` against `fzf --filter` two ways, in the same run.
//!
//! Run it from a release build: `cargo build --release --features dev`, then
//! `XDG_CACHE_HOME=/tmp/fd-bench/xdg target/release/factdesk bench-cli /tmp/fd-bench`. It generates (or reuses)
//! the `w1000/`, `w10000/`, `w100000/` workspaces of `bench-scale` (seed 1, 100 claims per story), or measures an
//! existing workspace read-only (`--workspace WS`: its caches and fzf's input files go in `DIR`, nothing is written
//! into `WS`). Nothing here is part of `cargo test`.

use super::bench_scale::ensure_workspace;
use crate::store;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

/// One measured run of a process: wall time and peak resident memory.
#[derive(Debug, Clone, Copy)]
struct Run {
    ms: f64,
    /// User and system CPU time: what the work costs, whatever else the machine is doing.
    cpu_ms: f64,
    peak_mb: f64,
}

/// Runs `c` to its end with its output thrown away; its wall time and peak memory (`ru_maxrss`, from `wait4`).
fn run_once(mut c: Command, stdin: Option<&Path>) -> Option<Run> {
    c.stdout(Stdio::null()).stderr(Stdio::null());
    match stdin {
        Some(p) => c.stdin(std::fs::File::open(p).ok()?),
        None => c.stdin(Stdio::null()),
    };
    let t = Instant::now();
    let child = c.spawn().ok()?;
    let pid = libc::pid_t::try_from(child.id()).ok()?;
    let mut status = 0;
    // SAFETY: `rusage` is a plain C struct of integers, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet waited for (`Child` is never waited on below: dropping it does not
    // wait), and both pointers are to live locals of the right types.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    drop(child);
    // ru_maxrss is in kilobytes on Linux.
    let cpu = |t: libc::timeval| t.tv_sec as f64 * 1000.0 + t.tv_usec as f64 / 1000.0;
    let cpu_ms = cpu(usage.ru_utime) + cpu(usage.ru_stime);
    (r == pid).then_some(Run { ms, cpu_ms, peak_mb: usage.ru_maxrss as f64 / 1024.0 })
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// The median wall time, the median CPU time and the largest peak of `runs` runs.
fn measure(make: &dyn Fn() -> Command, before_each: &dyn Fn(), runs: usize, stdin: Option<&Path>) -> (f64, f64, f64) {
    let (mut times, mut cpus) = (Vec::new(), Vec::new());
    let mut peak: f64 = 0.0;
    for _ in 0..runs {
        before_each();
        if let Some(r) = run_once(make(), stdin) {
            times.push(r.ms);
            cpus.push(r.cpu_ms);
            peak = peak.max(r.peak_mb);
        }
    }
    (median(times), median(cpus), peak)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// How `bench-cli` runs: where, on which workspaces, how many times.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where the generated workspaces, the caches and fzf's input files are.
    pub dir: PathBuf,
    /// Claim counts of the generated workspaces, comma-separated.
    pub sizes: String,
    /// An existing workspace to measure instead, read-only.
    pub workspace: Option<PathBuf>,
    /// Warm runs a cell.
    pub runs: usize,
    /// Cold runs a cell (`None`: as many as `runs`).
    pub cold_runs: Option<usize>,
    /// Internal: only make the workspaces and fzf's input files.
    pub prepare: bool,
}

/// The workspaces to measure: (label, folder).
fn targets(o: &Options) -> Vec<(String, PathBuf)> {
    match &o.workspace {
        Some(ws) => {
            let name = ws.file_name().map_or_else(|| "ws".to_string(), |n| n.to_string_lossy().into_owned());
            vec![(name, ws.clone())]
        }
        None => o
            .sizes
            .split(',')
            .filter_map(|s| s.trim().parse::<usize>().ok())
            .map(|claims| (format!("w{claims}"), o.dir.join(format!("w{claims}"))))
            .collect(),
    }
}

/// `factdesk bench-cli DIR [--sizes …] [--workspace WS] [--runs N] [--cold-runs N]`.
///
/// The workspaces and fzf's input files are made by a child process (`--prepare`): on Linux a child's peak memory
/// (`ru_maxrss`) starts at its parent's, so this process stays small for the children's figures to be theirs.
pub fn run(o: &Options) -> ExitCode {
    let Ok(exe) = std::env::current_exe() else {
        eprintln!("factdesk: cannot find the running program to measure");
        return ExitCode::FAILURE;
    };
    let dir = o.dir.as_path();
    if o.prepare {
        for (label, root) in targets(o) {
            let made = match &o.workspace {
                Some(_) => Ok(root),
                None => label
                    .trim_start_matches('w')
                    .parse()
                    .map_err(|_| label.clone())
                    .and_then(|n| ensure_workspace(dir, n)),
            };
            if let Err(e) = made.and_then(|root| fzf_inputs(dir, &root, &label).map(|_| ())) {
                eprintln!("factdesk: {e}");
                return ExitCode::FAILURE;
            }
        }
        return ExitCode::SUCCESS;
    }
    let mut prepare = Command::new(&exe);
    prepare.arg("bench-cli").arg(dir).args(["--sizes", &o.sizes, "--prepare"]);
    if let Some(ws) = &o.workspace {
        prepare.arg("--workspace").arg(ws);
    }
    if !prepare.status().is_ok_and(|s| s.success()) {
        eprintln!("factdesk: could not prepare the benchmark workspaces in {}", dir.display());
        return ExitCode::FAILURE;
    }
    let fzf = Command::new("fzf").arg("--version").output().is_ok_and(|o| o.status.success());
    let cold_runs = o.cold_runs.unwrap_or(o.runs);
    println!(
        "# bench-cli: {} warm and {cold_runs} cold runs a cell, medians; load average at start {}",
        o.runs,
        load_average()
    );
    for (label, root) in targets(o) {
        if let Err(e) = one_size(&exe, dir, &root, &label, (o.runs, cold_runs), fzf) {
            eprintln!("factdesk: {e}");
            return ExitCode::FAILURE;
        }
    }
    println!("\nload average at end {}", load_average());
    ExitCode::SUCCESS
}

/// Every row for the workspace at `root` (`label` names its caches and fzf files in `dir`): `runs` warm and cold.
fn one_size(
    exe: &Path,
    dir: &Path,
    root: &Path,
    label: &str,
    (runs, cold_runs): (usize, usize),
    fzf: bool,
) -> Result<(), String> {
    let dirs = store::story_dirs(root).map_err(|d| d.to_string())?;
    let first = dirs.first().ok_or("the workspace has no stories")?;
    let slug = first.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let one = crate::load::load_stories(root, std::slice::from_ref(&slug)).map_err(|d| d.to_string())?;
    let id = one.stories.first().and_then(|s| s.file.claims.first()).map(|c| c.id.clone()).ok_or("no claim")?;
    let yaml: u64 = dirs.iter().map(|d| std::fs::metadata(d.join(store::STORY_FILE)).map_or(0, |m| m.len())).sum();
    let ws = root.to_string_lossy().into_owned();
    let target = format!("{slug}/{id}");
    let rows: Vec<(String, Vec<String>)> = [
        ("list WS", vec!["list", &ws]),
        ("list WS --story S", vec!["list", &ws, "--story", &slug]),
        ("list WS --format json", vec!["list", &ws, "--format", "json"]),
        ("list WS --format jsonl", vec!["list", &ws, "--format", "jsonl"]),
        ("check WS", vec!["check", &ws]),
        ("check WS --story S", vec!["check", &ws, "--story", &slug]),
        ("export WS --story S --format claimreview", vec!["export", &ws, "--story", &slug, "--format", "claimreview"]),
        ("similar S/ID WS", vec!["similar", &target, &ws]),
        ("search \"gdp half\" WS", vec!["search", "gdp half", &ws]),
    ]
    .into_iter()
    .map(|(n, a)| (n.to_string(), a.into_iter().map(String::from).collect()))
    .collect();
    let claims: usize = one_claims(&dirs);
    let cold_cache = dir.join(format!("xdg-cold-{label}"));
    let warm_cache = dir.join(format!("xdg-warm-{label}"));
    println!(
        "\n## {claims} claims ({} stories, {:.1} MB of YAML: {}), story S = {slug}",
        dirs.len(),
        yaml as f64 / 1e6,
        root.display()
    );
    println!(
        "\n| command | cold: ms (CPU ms) | cold: peak MiB | warm: ms (CPU ms) | warm: peak MiB | warm peak / YAML |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    let mut warm_search = f64::NAN;
    for (name, args) in &rows {
        let make = |cache: &Path| {
            let mut c = Command::new(exe);
            c.args(args).env("XDG_CACHE_HOME", cache);
            c
        };
        let (cold, cold_cpu, cold_peak) = measure(
            &|| make(&cold_cache),
            &|| {
                let _ = std::fs::remove_dir_all(&cold_cache);
            },
            cold_runs,
            None,
        );
        // Warm: one run first, so the caches are written.
        let _ = run_once(make(&warm_cache), None);
        let _ = run_once(make(&warm_cache), None);
        let (warm, warm_cpu, warm_peak) = measure(&|| make(&warm_cache), &|| {}, runs, None);
        if name.starts_with("search") {
            warm_search = warm;
        }
        println!(
            "| `{name}` | {cold:.0} ({cold_cpu:.0}) | {cold_peak:.0} | {warm:.0} ({warm_cpu:.0}) | {warm_peak:.0} | {:.2}× |",
            warm_peak * 1024.0 * 1024.0 / yaml as f64
        );
    }
    let _ = std::fs::remove_dir_all(&cold_cache);
    if fzf {
        let (fields, texts) = (dir.join(format!("{label}.fields.txt")), dir.join(format!("{label}.texts.txt")));
        let (fzf_fields, fzf_fields_cpu, fzf_fields_peak) =
            measure(&|| fzf_filter("gdp half"), &|| {}, runs, Some(&fields));
        let (fzf_texts, fzf_texts_cpu, fzf_texts_peak) =
            measure(&|| fzf_filter("gdp half"), &|| {}, runs, Some(&texts));
        // factdesk once more, between the two, so the ratios come from one stretch of the run.
        let (ours, ours_cpu, ours_peak) = measure(
            &|| {
                let mut c = Command::new(exe);
                c.args(["search", "gdp half", &ws]).env("XDG_CACHE_HOME", &warm_cache);
                c
            },
            &|| {},
            runs,
            None,
        );
        println!(
            "\nsearch \"gdp half\", warm, wall (CPU): factdesk {ours:.0} ms ({ours_cpu:.0}; {ours_peak:.0} MiB; {warm_search:.0} ms \
             above); fzf --filter over the same fields {fzf_fields:.0} ms ({fzf_fields_cpu:.0}; {fzf_fields_peak:.0} MiB) = \
             **{:.2}×** ({:.2}× in CPU); over the claim texts alone {fzf_texts:.0} ms ({fzf_texts_cpu:.0}; {fzf_texts_peak:.0} \
             MiB) = **{:.2}×** ({:.2}× in CPU)",
            ours / fzf_fields,
            ours_cpu / fzf_fields_cpu,
            ours / fzf_texts,
            ours_cpu / fzf_texts_cpu
        );
    } else {
        println!("\nfzf is not installed: search is measured alone");
    }
    Ok(())
}

fn fzf_filter(query: &str) -> Command {
    let mut c = Command::new("fzf");
    c.args(["--filter", query]);
    c
}

/// How many claims the workspace holds, counted from the story files' `- id:` lines (a read, not a parse: the
/// benchmark process stays small).
fn one_claims(dirs: &[PathBuf]) -> usize {
    dirs.iter()
        .filter_map(|d| std::fs::read_to_string(d.join(store::STORY_FILE)).ok())
        .map(|t| t.lines().filter(|l| l.starts_with("- id:")).count())
        .sum()
}

/// Two files for fzf: each claim's haystack (exactly the fields factdesk matches), and each claim's text alone.
fn fzf_inputs(dir: &Path, root: &Path, label: &str) -> Result<(PathBuf, PathBuf), String> {
    let fields = dir.join(format!("{label}.fields.txt"));
    let texts = dir.join(format!("{label}.texts.txt"));
    if !fields.exists() || !texts.exists() {
        let ws = crate::load::load_workspace(root).map_err(|d| d.to_string())?;
        let (mut f, mut t) = (String::new(), String::new());
        for s in &ws.stories {
            for c in &s.file.claims {
                f.push_str(&crate::search::haystack_line(&crate::search::haystack(c)));
                f.push('\n');
                t.extend(c.text.chars().map(|ch| if ch.is_control() { ' ' } else { ch }));
                t.push('\n');
            }
        }
        // The folder is the benchmark's own (DIR): made when missing, and named when a write fails.
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: {e}; give a folder factdesk may create", dir.display()))?;
        std::fs::write(&fields, f).map_err(|e| format!("{}: {e}", fields.display()))?;
        std::fs::write(&texts, t).map_err(|e| format!("{}: {e}", texts.display()))?;
    }
    Ok((fields, texts))
}
