//! Benchmark of the review UI (not a test): the first frame on a workspace, and keystroke-to-frame on a generated
//! workspace of 10,000 claims. Run: `cargo bench --bench tui -- [WORKSPACE]` (default `claims`);
//! `cargo bench --bench tui -- archive DIR` opens a big generated workspace cold and warm (issue 7);
//! `cargo bench --bench tui -- archive-warm DIR CACHE_HOME [ROUNDS]` opens it warm only, with the cache in
//! `CACHE_HOME` (kept between runs), including starts right after a quit mid-way, `/phnom` and peak memory (issue 16);
//! `FACTDESK_BENCH_EXE=A:B` measures two builds of factdesk the same way, alternating.
//! Results go into BENCHMARKS.md by hand, with the machine and the date.

use factdesk::model::{Claim, Status, StoryFile};
use factdesk::tui::app::{Action, App, Reply, update};
use factdesk::tui::keymap::Keymap;
use factdesk::tui::theme::Theme;
use factdesk::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let pick = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name:<46} n={:<5} median {:>9.3} ms   p95 {:>9.3} ms   max {:>9.3} ms",
        samples.len(),
        pick(0.5).as_secs_f64() * 1e3,
        pick(0.95).as_secs_f64() * 1e3,
        samples[samples.len() - 1].as_secs_f64() * 1e3
    );
}

fn new_app(root: &Path) -> App {
    let ws = factdesk::load::load_workspace(root).expect("workspace loads");
    let mut app = App::new(ws, Keymap::default(), Theme::COLOR, "bench".into());
    update(&mut app, Action::Resize(120, 35));
    app
}

/// In-process: load the workspace, build the app, draw one frame.
fn first_frame_in_process(root: &Path) {
    let mut samples = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        let app = new_app(root);
        let mut term = Terminal::new(TestBackend::new(120, 35)).unwrap();
        term.draw(|f| view::draw(f, &app)).unwrap();
        samples.push(t.elapsed());
    }
    stats("first frame, in process (load + draw)", samples);
}

/// The real binary in a pseudo-terminal: from spawn until the list is on screen.
fn first_frame_binary(root: &Path) {
    let exe = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/factdesk");
    if !exe.exists() {
        println!("first frame, real binary: skipped (run `cargo build --release` first)");
        return;
    }
    let mut samples = Vec::new();
    for _ in 0..15 {
        let run = PtyRun::spawn(&exe, root, None);
        match run.until(Duration::from_secs(10), |s| s.contains("Claims (")) {
            Some(t) => samples.push(t),
            None => println!("first frame, real binary: no frame within 10 s"),
        }
        run.quit();
    }
    if !samples.is_empty() {
        stats("first frame, release binary in a pty (spawn->list)", samples);
    }
}

/// The release binary in a pseudo-terminal, with its screen read back.
struct PtyRun {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    parser: Arc<Mutex<vt100::Parser>>,
    started: Instant,
}

impl PtyRun {
    fn spawn(exe: &Path, root: &Path, cache_home: Option<&Path>) -> PtyRun {
        use portable_pty::{CommandBuilder, PtySize, native_pty_system};
        let pair =
            native_pty_system().openpty(PtySize { rows: 35, cols: 120, pixel_width: 0, pixel_height: 0 }).unwrap();
        let mut cmd = CommandBuilder::new(exe);
        cmd.arg(root.canonicalize().unwrap());
        cmd.env("TERM", "xterm-256color");
        cmd.env("FACTDESK_CONFIG", "/nonexistent/factdesk-bench.yaml");
        if let Some(c) = cache_home {
            cmd.env("XDG_CACHE_HOME", c);
        }
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = Arc::new(Mutex::new(pair.master.take_writer().unwrap()));
        let parser = Arc::new(Mutex::new(vt100::Parser::new(35, 120, 0)));
        let (p2, w2) = (Arc::clone(&parser), Arc::clone(&writer));
        let started = Instant::now();
        let child = pair.slave.spawn_command(cmd).unwrap();
        std::thread::spawn(move || {
            let _master = pair.master;
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut p = p2.lock().unwrap();
                p.process(&buf[..n]);
                if buf[..n].windows(4).any(|w| w == b"\x1b[6n") {
                    let _ = w2.lock().unwrap().write_all(b"\x1b[1;1R");
                }
            }
        });
        PtyRun { child, writer, parser, started }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Time since spawn until `pred` holds for the screen (`None` after `limit`).
    fn until(&self, limit: Duration, pred: impl Fn(&str) -> bool) -> Option<Duration> {
        loop {
            if pred(&self.screen()) {
                return Some(self.started.elapsed());
            }
            if self.started.elapsed() > limit {
                return None;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
    }

    fn send(&self, bytes: &[u8]) {
        let mut w = self.writer.lock().unwrap();
        let _ = w.write_all(bytes);
        let _ = w.flush();
    }

    /// Peak resident memory of the process so far, in bytes (Linux).
    fn peak_memory(&self) -> Option<u64> {
        peak_of(self.child.process_id()?)
    }

    fn quit(mut self) {
        self.send(b"q");
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.child.try_wait().ok().flatten().is_none() {
            if Instant::now() > deadline {
                let _ = self.child.kill();
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// A claim row is on screen: the list shows at least one verdict or status column.
fn claims_listed(screen: &str) -> bool {
    screen.contains("Claims (") && !screen.contains("Claims (0)") && !screen.contains("Loading the workspace")
}

/// The bytes of every story's `claims.yaml` under `root`: what peak memory is compared with.
fn claims_yaml_bytes(root: &Path) -> u64 {
    std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .filter_map(|e| std::fs::metadata(e.path().join("claims.yaml")).ok())
        .map(|m| m.len())
        .sum()
}

/// `cargo bench --bench tui -- archive DIR`: a big workspace (e.g. `factdesk gen-workspace DIR --stories 1000
/// --claims-per-story 100 --seed 1`) opened by the release binary in a pty, cold (empty cache) and warm.
fn archive(root: &Path) {
    let exe = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/factdesk");
    assert!(exe.exists(), "run `cargo build --release` first");
    let yaml = claims_yaml_bytes(root);
    println!("== archive {}: {:.1} MB of claims.yaml", root.display(), yaml as f64 / 1e6);
    let limit = Duration::from_secs(120);
    let loaded = |s: &str| claims_listed(s) && !s.contains("loading ");
    // Cold: a new, empty cache folder every run.
    let (mut first, mut whole) = (Vec::new(), Vec::new());
    for i in 0..5 {
        let cache = tempfile::tempdir().unwrap();
        let run = PtyRun::spawn(&exe, root, Some(cache.path()));
        first.extend(run.until(limit, claims_listed));
        // The whole load only in some runs: it takes seconds.
        if i < 2 {
            whole.extend(run.until(limit, loaded));
        }
        run.quit();
    }
    stats("archive cold: spawn -> first claims on screen", first);
    stats("archive cold: spawn -> every story loaded", whole);
    // Warm: one run fills the cache, then every run reads it.
    let cache = tempfile::tempdir().unwrap();
    let run = PtyRun::spawn(&exe, root, Some(cache.path()));
    run.until(limit, loaded).expect("the workspace loads");
    run.quit();
    let (mut first, mut whole) = (Vec::new(), Vec::new());
    for _ in 0..10 {
        let run = PtyRun::spawn(&exe, root, Some(cache.path()));
        first.extend(run.until(limit, claims_listed));
        whole.extend(run.until(limit, loaded));
        run.quit();
    }
    stats("archive warm: spawn -> first claims on screen", first);
    stats("archive warm: spawn -> every story loaded", whole);
    // Peak memory of a whole session: every story loaded, the similar-claims index, a filter run.
    let cold_cache = tempfile::tempdir().unwrap();
    for (name, cache_home) in [("warm", cache.path()), ("cold", cold_cache.path())] {
        let run = PtyRun::spawn(&exe, root, Some(cache_home));
        run.until(limit, loaded).expect("the workspace loads");
        std::thread::sleep(Duration::from_secs(3)); // the similar-claims index builds in the background
        run.send(b"/phnom penh");
        run.until(limit, |s| s.contains("/phnom penh") && s.contains(" matches") && !s.contains("searching"));
        let peak = run.peak_memory().unwrap_or(0);
        println!(
            "archive {name} + similar index + filter: peak memory {:.0} MB = {:.2}x the YAML",
            peak as f64 / 1e6,
            peak as f64 / yaml as f64
        );
        run.quit();
    }
    println!("== archive in process: keystroke -> frame");
    keystrokes(root);
}

/// Writes a workspace of `stories` × `per_story` claims, each anchored on a sentence of its article.
fn generate(root: &Path, stories: usize, per_story: usize) {
    let sentences: Vec<String> = (0..200)
        .map(|i| {
            format!(
                "Sentence number {i} says that {} people earned {} dollars in year {}.",
                i * 7,
                i * 1000 + 17,
                1990 + i % 35
            )
        })
        .collect();
    let article = sentences.join(" ");
    for s in 0..stories {
        let dir = root.join(format!("story-{s:03}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("article.txt"), &article).unwrap();
        let mut file = StoryFile::default();
        file.story.title = format!("Generated story {s}");
        file.story.article = "article.txt".into();
        for c in 0..per_story {
            let sent = &sentences[c % sentences.len()];
            let start = article.find(sent.as_str()).unwrap();
            let cs = article[..start].chars().count();
            let mut claim = Claim::new(&format!("claim-{s}-{c}"), &format!("Claim {c}: {sent}"));
            claim.quote = factdesk::anchor::make_quote(&article, cs, cs + sent.chars().count());
            claim.status = if c % 10 == 0 { Status::Candidate } else { Status::Open };
            claim.score = (c % 10 == 0).then_some((c % 97) as f64 / 97.0);
            claim.notes = format!("Notes for claim {c}: checked against source {}.", c % 13);
            claim.tags = vec![format!("tag{}", c % 5)];
            file.claims.push(claim);
        }
        std::fs::write(dir.join("claims.yaml"), factdesk::store::render(&file)).unwrap();
    }
}

fn keystrokes(root: &Path) {
    let t = Instant::now();
    let mut app = new_app(root);
    let claims: usize = app.ws.stories.iter().map(|s| s.file.claims.len()).sum();
    println!("loaded {claims} claims in {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let mut term = Terminal::new(TestBackend::new(120, 35)).unwrap();
    term.draw(|f| view::draw(f, &app)).unwrap();
    let mut run = |name: &str, n: usize, app: &mut App, actions: &dyn Fn(usize) -> Vec<Action>| {
        let mut samples = Vec::with_capacity(n);
        for i in 0..n {
            let acts = actions(i);
            let t = Instant::now();
            for a in acts {
                update(app, a);
            }
            term.draw(|f| view::draw(f, app)).unwrap();
            samples.push(t.elapsed());
        }
        stats(name, samples);
    };
    run("key j (move down) -> frame", 500, &mut app, &|_| vec![Action::Down]);
    run("key G / g (jump to end / start) -> frame", 100, &mut app, &|i| {
        vec![if i % 2 == 0 { Action::Bottom } else { Action::Top }]
    });
    run("key PgDn -> frame", 200, &mut app, &|_| vec![Action::PageDown]);
    update(&mut app, Action::Top);
    update(&mut app, Action::ToggleArticle);
    update(&mut app, Action::NextPane);
    run("key j with the article open -> frame", 300, &mut app, &|_| vec![Action::Down]);
    update(&mut app, Action::ToggleArticle);
    run("key v + Enter (set a verdict, with undo) -> frame", 30, &mut app, &|i| {
        vec![Action::VerdictPicker, if i % 2 == 0 { Action::Down } else { Action::Up }, Action::Confirm]
    });
    update(&mut app, Action::StartFilter);
    let filter_keys: Vec<char> = "claim 42 year".chars().collect();
    run("filter (in the UI thread): one typed character -> frame", filter_keys.len(), &mut app, &|i| {
        use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
        vec![Action::Input(KeyEvent::new(KeyCode::Char(filter_keys[i]), KeyModifiers::NONE))]
    });
    update(&mut app, Action::Cancel);
    worker_filter(&mut app, &mut term, &filter_keys);
}

/// The filter as the runner drives it from 5,000 claims on: typing hands the query to the background
/// worker and draws at once; results are drawn as they stream in.
fn worker_filter(app: &mut App, term: &mut Terminal<TestBackend>, keys: &[char]) {
    use factdesk::search::DEFAULT_ENGINE;
    use factdesk::search::worker::{FilterWorker, Results};
    use factdesk::tui::app::Effect;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    app.async_filter = true;
    let corpus = app.corpus();
    let worker = FilterWorker::spawn(std::sync::Arc::clone(&corpus), DEFAULT_ENGINE);
    update(app, Action::StartFilter);
    let (mut typed, mut first, mut full) = (Vec::new(), Vec::new(), Vec::new());
    for &c in keys {
        let t = Instant::now();
        let mut results = Results::default();
        if let Some(Effect::Filter(q)) = update(app, Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
        {
            results.reset(worker.query(&q), &q);
        }
        term.draw(|f| view::draw(f, app)).unwrap();
        typed.push(t.elapsed());
        let mut shown_first = false;
        while !results.is_done() {
            let Some(batch) = worker.recv_timeout(Duration::from_secs(30)) else { break };
            results.apply(batch);
            let hits = corpus.claims_of(results.ranked());
            let done = results.is_done();
            update(app, Reply::FilterResults { query: app.filter.clone(), hits, done });
            term.draw(|f| view::draw(f, app)).unwrap();
            if !shown_first {
                first.push(t.elapsed());
                shown_first = true;
            }
        }
        full.push(t.elapsed());
    }
    stats("filter (worker): one typed character -> frame", typed);
    stats("filter (worker): typed character -> first results drawn", first);
    stats("filter (worker): typed character -> all results drawn", full);
}

/// Peak resident memory of process `pid` so far, in bytes (Linux).
fn peak_of(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kb| kb * 1024)
}

/// CPU time (user + system) of process `pid` so far, in clock ticks (Linux).
fn cpu_of(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
}

/// Waits until process `pid` has used under 50 ms of CPU in half a second (its background work, such as the
/// similar-claims index, is done), at most `limit`; returns how long that took.
fn until_idle(pid: u32, limit: Duration) -> Duration {
    let start = Instant::now();
    let tick = 1000 / 100; // ms per clock tick (USER_HZ is 100 on Linux)
    let mut last = cpu_of(pid).unwrap_or(0);
    while start.elapsed() < limit {
        std::thread::sleep(Duration::from_millis(500));
        let now = cpu_of(pid).unwrap_or(0);
        if (now - last) * tick < 50 {
            break;
        }
        last = now;
    }
    start.elapsed()
}

/// The number of matches the status line shows for the `/` filter `query` (`/phnom█  (12 matches, searching…)`).
fn matches_shown(screen: &str, query: &str) -> Option<usize> {
    let line = screen.lines().find(|l| l.contains(&format!("/{query}")))?;
    let rest = &line[line.find(" (")? + 2..];
    let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
    n.parse().ok()
}

/// What one build gave in `archive_warm`.
#[derive(Default)]
struct WarmSamples {
    first: Vec<Duration>,
    after_quit_first: Vec<Duration>,
    whole: Vec<Duration>,
    settle: Vec<Duration>,
    echo: Vec<Duration>,
    first_match: Vec<Duration>,
    all_match: Vec<Duration>,
    before_filter: Vec<u64>,
    peaks: Vec<u64>,
    not_mid_way: usize,
}

/// `cargo bench --bench tui -- archive-warm DIR CACHE_HOME [ROUNDS]` (issue 16): the release binary in a pty on a
/// big workspace whose cache sits in `CACHE_HOME` (filled first if need be), warm. Each round is two starts:
/// - a start after a whole session: spawn -> first claims on screen; quit 1 s later, mid-way through loading;
/// - a start right after that quit: spawn -> first claims, -> every story loaded, -> idle (the similar-claims
///   index built); then `/` and `phnom` typed: -> `/phnom` on screen, -> first matches drawn (a count that is not
///   every claim's), -> every match; and the process's peak memory (VmHWM) before the filter and at the end.
///
/// `FACTDESK_BENCH_EXE=A:B` measures builds A and B (say before and after a change), alternating round by round,
/// so both see the same machine; `FACTDESK_BENCH_CACHES=C1:C2` gives each its own cache folder.
fn archive_warm(root: &Path, cache_home: &Path, rounds: usize) {
    let exes: Vec<std::path::PathBuf> = match std::env::var("FACTDESK_BENCH_EXE") {
        Ok(list) => list.split(':').map(std::path::PathBuf::from).collect(),
        Err(_) => vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/factdesk")],
    };
    for exe in &exes {
        assert!(exe.exists(), "{}: run `cargo build --release` first", exe.display());
    }
    let yaml = claims_yaml_bytes(root);
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "== archive-warm {}: {:.1} MB of claims.yaml; load average {}",
        root.display(),
        yaml as f64 / 1e6,
        load.trim()
    );
    // Builds whose cache formats differ would each find the other's cache stale and start cold: then
    // `FACTDESK_BENCH_CACHES=C1:C2` gives each build its own cache folder (else all share `cache_home`).
    let caches: Vec<std::path::PathBuf> = match std::env::var("FACTDESK_BENCH_CACHES") {
        Ok(list) => list.split(':').map(std::path::PathBuf::from).collect(),
        Err(_) => exes.iter().map(|_| cache_home.to_path_buf()).collect(),
    };
    assert_eq!(caches.len(), exes.len(), "FACTDESK_BENCH_CACHES names one cache folder per build");
    let limit = Duration::from_secs(300);
    let loaded = |s: &str| claims_listed(s) && !s.contains("loading ");
    for (exe, cache_home) in exes.iter().zip(&caches) {
        let t = Instant::now();
        let run = PtyRun::spawn(exe, root, Some(cache_home));
        run.until(limit, loaded).expect("the workspace loads");
        run.quit();
        println!("filling / checking the cache: {:.1} s", t.elapsed().as_secs_f64());
    }
    let mut samples: Vec<WarmSamples> = exes.iter().map(|_| WarmSamples::default()).collect();
    for _ in 0..rounds {
        for ((exe, got), cache_home) in exes.iter().zip(&mut samples).zip(&caches) {
            let cache_home = cache_home.as_path();
            let run = PtyRun::spawn(exe, root, Some(cache_home));
            got.first.extend(run.until(limit, claims_listed));
            std::thread::sleep(Duration::from_secs(1));
            got.not_mid_way += usize::from(!run.screen().contains("loading "));
            run.quit();
            let run = PtyRun::spawn(exe, root, Some(cache_home));
            got.after_quit_first.extend(run.until(limit, claims_listed));
            got.whole.extend(run.until(limit, loaded));
            // Typed once the UI is idle: the similar-claims index built, nothing else running.
            let pid = run.child.process_id().unwrap_or(0);
            got.settle.push(until_idle(pid, Duration::from_secs(120)));
            got.before_filter.push(peak_of(pid).unwrap_or(0));
            run.send(b"/");
            run.until(limit, |s| s.contains("/█") || s.contains("/ "));
            std::thread::sleep(Duration::from_millis(300));
            // What the status line counts before the query: every claim. A count for `phnom` is its first matches
            // only once it is another one (builds before the ninth session echoed the query with this count while
            // it was searching, and an earlier version of this benchmark took that for the first matches).
            let listed = matches_shown(&run.screen(), "█");
            let t = Instant::now();
            run.send(b"phnom");
            if run.until(limit, |s| s.contains("/phnom")).is_some() {
                got.echo.push(t.elapsed());
            }
            if run.until(limit, |s| matches_shown(s, "phnom").is_some_and(|n| n > 0 && Some(n) != listed)).is_some() {
                got.first_match.push(t.elapsed());
            }
            if run.until(limit, |s| matches_shown(s, "phnom").is_some() && !s.contains("searching")).is_some() {
                got.all_match.push(t.elapsed());
            }
            // Anything still building: wait until the peak stops growing (3 s).
            let (mut peak, mut since) = (0, Instant::now());
            let waited = Instant::now();
            while since.elapsed() < Duration::from_secs(3) && waited.elapsed() < Duration::from_secs(120) {
                let now = peak_of(pid).unwrap_or(0);
                if now > peak {
                    (peak, since) = (now, Instant::now());
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            got.peaks.push(peak);
            run.send(b"\r"); // out of the filter line, so `q` quits
            run.quit();
        }
    }
    let mb = |b: u64| b as f64 / 1e6;
    for (exe, got) in exes.iter().zip(samples) {
        println!("== binary {} ({rounds} rounds)", exe.display());
        if got.not_mid_way > 0 {
            println!("({} of the quit starts had loaded every story within 1 s: not quit mid-way)", got.not_mid_way);
        }
        stats("warm: spawn -> first claims on screen", got.first);
        stats("right after a quit mid-way: spawn -> first claims", got.after_quit_first);
        stats("right after a quit mid-way: spawn -> every story", got.whole);
        stats("every story loaded -> idle (similar index built)", got.settle);
        stats("filter: `phnom` typed -> `/phnom` on screen", got.echo);
        stats("filter: `phnom` typed -> first matches drawn", got.first_match);
        stats("filter: `phnom` typed -> every match drawn", got.all_match);
        let median = |mut v: Vec<u64>| {
            v.sort();
            v[v.len() / 2]
        };
        let (before, peak) = (median(got.before_filter), median(got.peaks.clone()));
        println!(
            "peak memory (VmHWM), medians: {:.0} MB before the filter, {:.0} MB at the end = {:.2}x the YAML (max {:.0} MB)",
            mb(before),
            mb(peak),
            peak as f64 / yaml as f64,
            mb(*got.peaks.iter().max().unwrap_or(&0))
        );
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("== done; load average {}", load.trim());
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if args.first().map(String::as_str) == Some("archive-warm") {
        let starts = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(5);
        archive_warm(
            Path::new(args.get(1).expect("archive-warm DIR CACHE_HOME")),
            Path::new(args.get(2).expect("CACHE_HOME")),
            starts,
        );
        return;
    }
    if args.first().map(String::as_str) == Some("archive") {
        archive(Path::new(args.get(1).expect("archive DIR")));
        return;
    }
    let root = args.first().cloned().unwrap_or_else(|| "claims".into());
    let root = Path::new(&root);
    if root.exists() {
        println!("== first frame on {}", root.display());
        first_frame_in_process(root);
        first_frame_binary(root);
    } else {
        println!("== {} not found: first-frame benchmark skipped", root.display());
    }
    println!("== 10,000 generated claims (10 stories × 1,000)");
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path(), 10, 1000);
    keystrokes(dir.path());
}
