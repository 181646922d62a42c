//! The review workspace in the terminal: loads the workspace, runs the event loop and carries out effects.

pub mod action;
pub mod app;
pub mod config;
pub mod effects;
pub mod geometry;
pub mod guard;
pub mod input;
pub mod keymap;
pub mod sentences;
pub mod similar;
pub mod terminal;
pub mod theme;
pub mod trace;
pub mod view;

use crate::search::live::LiveFilter;
pub use effects::{export_story, read_story_file, read_story_files, stories_now_readable};

use app::{Action, App, Effect, Msg, Reply, key_action, update};
use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use std::collections::VecDeque;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::{Arc, mpsc};
use std::time::Duration;

/// Builds the app for a workspace with the user's config: what `run` does before touching the terminal.
/// The app starts without stories; the loader brings them (see `load_in_background`).
pub fn prepare(workspace: &Path, no_mouse: bool) -> Result<(App, crate::cache::stream::Loader, bool), String> {
    let cfg = config::load(config::config_path().as_deref()).map_err(|d| d.to_string())?;
    let keymap = keymap::Keymap::with_overrides(&cfg.keys).map_err(|e| {
        // Point at the offending `name: key` line of the config file.
        let path = config::config_path().unwrap_or_default();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let (line, col) = cfg
            .keys
            .iter()
            .find(|(name, _)| name.as_str() == e.name())
            .and_then(|(name, spec)| crate::store::find_value(&text, name, spec, 0))
            .unwrap_or((1, 1));
        format!("{}:{line}:{col}: error: {e}", path.display())
    })?;
    // Through the parsed-workspace cache: a warm start skips the YAML parsing.
    let cache = crate::cache::cache_file(workspace);
    let (ws, loader) = crate::cache::stream::open(workspace, cache.as_deref()).map_err(|d| d.to_string())?;
    let theme = theme::Theme::from_env(&cfg.theme);
    let mut app = App::new(ws, keymap, theme, config::reviewer(&cfg));
    app.list_width = cfg.list();
    app.loading = Some((0, loader.total()));
    Ok((app, loader, cfg.mouse && !no_mouse))
}

/// What the loader thread sends the UI.
enum Loaded {
    Chunk(app::LoadedChunk),
    Done,
    /// The loader panicked: why.
    Failed(String),
}

/// Reads the stories on a thread, a chunk at a time, so the first ones are on screen at once. It stops at
/// the next chunk once the receiver is gone (the UI quit); join it then, so a cache file it was rewriting is
/// finished.
///
/// The similar-claims index is built on a thread of its own once every story is in, so it takes nothing from the
/// load: the runner copies the stories' fields for it a few stories at a time ([`Feed`]), and each copy is dropped
/// once its terms are taken, so no copy of every claim's text is held. The index comes on the second receiver.
fn load_in_background(loader: crate::cache::stream::Loader, root: &Path) -> std::io::Result<Background> {
    let (tx, rx) = mpsc::channel();
    // A few stories ahead at most: their copies wait here until their terms are taken.
    let (parts_tx, parts_rx) = mpsc::sync_channel::<app::SimilarInput>(Feed::AHEAD);
    let (similar_tx, similar) = mpsc::channel();
    let root = root.to_path_buf();
    std::thread::Builder::new().name("factdesk-similar".into()).spawn(move || {
        // The index's terms are given back block by block as its postings fill, so the two never take twice the room.
        let index = app::SimilarClaims::build_parts_releasing(parts_rx, release_free_memory);
        let _ = similar_tx.send(index.with_externals(effects::archive(&root)));
    })?;
    let handle = std::thread::Builder::new().name("factdesk-load".into()).spawn(move || {
        let sink = tx.clone();
        let reached = loader.reached();
        let run = std::panic::AssertUnwindSafe(move || {
            // No filter entries: the `/` filter reads the claims where they are (`search::live`).
            loader.run(|stories, diagnostics| {
                let folders = reached.load(std::sync::atomic::Ordering::SeqCst);
                let chunk = app::LoadedChunk { stories, diagnostics, folders };
                sink.send(Loaded::Chunk(chunk)).is_ok()
            })
        });
        let _ = tx.send(match std::panic::catch_unwind(run) {
            Ok(_) => Loaded::Done,
            Err(panic) => Loaded::Failed(
                panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "an internal error".into()),
            ),
        });
    })?;
    Ok(Background { loaded: rx, similar, handle, feed: Feed { parts: parts_tx, next: 0, waiting: None } })
}

/// The loader thread, what it sends, the similar-claims index built once it is done, and the copies for that index.
struct Background {
    loaded: mpsc::Receiver<Loaded>,
    similar: mpsc::Receiver<app::SimilarClaims>,
    handle: std::thread::JoinHandle<()>,
    feed: Feed,
}

/// Hands the similar-claims thread its copies of the stories' fields, a few stories at a time, from the UI thread
/// once every story is in (the load waits for none of it, and only [`Feed::AHEAD`] stories' copies are held at
/// once). Closing the channel at the end tells the thread to finish the index.
struct Feed {
    parts: mpsc::SyncSender<app::SimilarInput>,
    /// The next story to copy.
    next: usize,
    /// A copy made but not yet taken (the channel was full).
    waiting: Option<app::SimilarInput>,
}

impl Feed {
    /// How many stories' copies may wait for the index's thread.
    const AHEAD: usize = 64;

    /// Copies stories for the index until the channel is full (at most `AHEAD` of them per call, so a frame is
    /// never held up). `false` once every story is handed over, or the thread is gone: drop the feed then.
    fn step(&mut self, app: &App) -> bool {
        for _ in 0..Self::AHEAD {
            let part = match self.waiting.take() {
                Some(part) => part,
                None => {
                    let Some(story) = app.ws.stories.get(self.next) else { return false };
                    let part = app::SimilarClaims::input_of(0, std::slice::from_ref(story));
                    self.next += 1;
                    app::SimilarClaims::numbered(part, self.next - 1)
                }
            };
            match self.parts.try_send(part) {
                Ok(()) => {}
                Err(mpsc::TrySendError::Full(part)) => {
                    self.waiting = Some(part);
                    return true;
                }
                Err(mpsc::TrySendError::Disconnected(_)) => return false,
            }
        }
        true
    }
}

/// `factdesk [WORKSPACE]`: opens the review UI. `color` is `--color` (`Some(false)`: never, `Some(true)`:
/// always, `None`: the config's theme and `NO_COLOR` decide).
pub fn run(workspace: &Path, no_mouse: bool, color: Option<bool>) -> ExitCode {
    if let Err(e) = terminal::require_tty() {
        eprintln!("factdesk: {e}");
        return ExitCode::from(2);
    }
    let (mut app, loader, mouse) = match prepare(workspace, no_mouse) {
        Ok(x) => {
            let (mut app, loader, mouse) = x;
            if let Some(color) = color {
                app.theme = theme::Theme { color };
                // crossterm drops colours by itself under NO_COLOR; `--color always` overrides that too.
                ratatui::crossterm::style::force_color_output(color);
            }
            (app, loader, mouse)
        }
        Err(e) => {
            eprintln!("{}", crate::sanitize::line(&e));
            return ExitCode::FAILURE;
        }
    };
    let mut term = match terminal::init(mouse) {
        Ok(t) => t,
        Err(e) => {
            terminal::leave();
            eprintln!("factdesk: could not set up the terminal: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut loader_thread = None;
    let result = load_in_background(loader, &app.ws.root).and_then(|bg| {
        loader_thread = Some(bg.handle);
        event_loop(&mut term, &mut app, mouse, bg.loaded, (bg.similar, bg.feed))
    });
    // Keep unsaved edits first: when the terminal is gone, even printing can fail.
    let journals = match &result {
        Err(_) if app.is_modified() || matches!(app.mode, app::Mode::Notes(_) | app::Mode::Form(_)) => {
            Some(guard::write_journals(&app))
        }
        _ => None,
    };
    terminal::leave();
    for note in &app.exit_notes {
        let _ = writeln!(std::io::stderr(), "factdesk: {}", crate::sanitize::line(note));
    }
    // The loader stops at its next chunk, and finishes a cache file it was rewriting, so the next start can use
    // it (see `cache::stream`); the terminal is already back to the shell meanwhile.
    if let Some(handle) = loader_thread {
        let _ = handle.join();
    }
    let Err(e) = result else { return ExitCode::SUCCESS };
    // Written with `writeln!`, not `eprintln!`, which panics when standard error is a closed terminal.
    let mut err = std::io::stderr();
    let _ = writeln!(err, "factdesk: {}", crate::sanitize::line(&e.to_string()));
    match journals {
        Some(Ok(())) => {
            let _ = writeln!(
                err,
                "factdesk: unsaved changes are in the recovery journal; the next start offers to restore them"
            );
        }
        Some(Err(j)) => {
            let _ = writeln!(err, "factdesk: {}", crate::sanitize::line(&j));
        }
        None => {}
    }
    ExitCode::FAILURE
}

/// Maps a terminal event to an action.
pub fn event_action(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind == KeyEventKind::Press => key_action(app, k),
        Event::Paste(s) => Some(Action::Paste(s)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll(m.column, m.row, true)),
            MouseEventKind::ScrollUp => Some(Action::Scroll(m.column, m.row, false)),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            _ => None,
        },
        _ => None,
    }
}

/// What the event loop carries between iterations besides the app: the terminal and the filter worker.
struct Runner<'t> {
    term: &'t mut terminal::Term,
    input: input::Input,
    mouse: bool,
    filter: Option<Filtering>,
    /// The similar-claims index being built on another thread.
    similar: Option<mpsc::Receiver<app::SimilarClaims>>,
    /// The copies of the stories that thread still waits for (once every story is in).
    feed: Option<Feed>,
    /// The stories still loading; `None` once every one is here.
    loading: Option<mpsc::Receiver<Loaded>>,
    /// Replies of jobs running on their own threads (git status, diff, log).
    background: Vec<mpsc::Receiver<Reply>>,
    /// `FACTDESK_TRACE`'s event trace (off without it).
    trace: trace::Trace,
    /// The claims' version whose prepared haystacks the trace last reported complete.
    prepared_traced: Option<u64>,
}

impl Runner<'_> {
    /// Starts a job off the UI thread; its reply is dispatched when it arrives.
    fn spawn(&mut self, name: &str, job: impl FnOnce() -> Reply + Send + 'static) {
        self.background.extend(effects::in_background(name, job));
    }

    /// Asks git for every story's state again (after a load, a save or a reload).
    fn refresh_git(&mut self, app: &App) {
        let root = app.ws.root.clone();
        self.spawn("git-status", move || effects::git_status(root));
    }
}

/// The similar-claims index of the claims as they are now, off the UI thread: read from the cache when it holds
/// one built from exactly these claims, built otherwise.
fn build_similar(app: &App) -> Option<mpsc::Receiver<app::SimilarClaims>> {
    let input = app::SimilarClaims::input(&app.ws);
    let root = app.ws.root.clone();
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("factdesk-similar".into())
        .spawn(move || {
            let _ = tx.send(effects::similar_index(&root, input).with_externals(effects::archive(&root)));
        })
        .ok()?;
    Some(rx)
}

/// The `/` filter of a big workspace: scored a step at a time between two looks at the keyboard, reading the
/// claims where they are.
struct Filtering {
    live: LiveFilter,
    /// Results the app has not been given yet (a remembered query's, shown at once).
    fresh: bool,
    /// When the app is next given a running query's results.
    pace: Pace,
}

impl Filtering {
    fn new(engine: crate::search::Engine) -> Filtering {
        Filtering { live: LiveFilter::new(engine, crate::search::threads()), fresh: false, pace: Pace::default() }
    }
}

/// How often the app is given a running query's results: each time it ranks every match so far and lists them
/// again, and a frame is drawn, which at a million claims takes 50–70 ms on a busy machine. The first matches and
/// the last go at once; in between, the filter scores for at least [`Pace::EVERY`] and at least [`Pace::RATIO`] times
/// as long as the last hand-over and its frame took, so drawing never takes most of the loop's time (with short
/// steps and a wall-clock pace it took ~90 % of it at a million claims, and the scan 6× longer).
#[derive(Debug, Default)]
struct Pace {
    /// Whether the app was given this query's results yet.
    given: bool,
    /// Time spent scoring since the last hand-over.
    scored: Duration,
    /// What the last hand-over and the frame after it took.
    cost: Duration,
    /// A hand-over whose frame is not drawn yet (its time is added to `cost` when it is).
    drawing: bool,
}

impl Pace {
    /// Scoring time between two hand-overs, at least.
    const EVERY: Duration = Duration::from_millis(60);
    /// Scoring time between two hand-overs, at least this many times what the last one cost.
    const RATIO: u32 = 3;

    /// A new query: its first results go at once.
    fn restart(&mut self) {
        *self = Pace { cost: self.cost, ..Pace::default() };
    }

    /// A step scored for `took`.
    fn scored(&mut self, took: Duration) {
        self.scored += took;
    }

    /// Whether fresh results go to the app now (always when the query is `done`).
    fn due(&self, done: bool) -> bool {
        done || !self.given || self.scored >= Self::EVERY.max(self.cost * Self::RATIO)
    }

    /// Results were handed over, which took `took`; the frame after it is still to come.
    fn handed(&mut self, took: Duration) {
        (self.given, self.scored, self.cost, self.drawing) = (true, Duration::ZERO, took, true);
    }

    /// A frame was drawn in `took`: part of the last hand-over's cost when it showed its results.
    fn drawn(&mut self, took: Duration) {
        if std::mem::take(&mut self.drawing) {
            self.cost += took;
        }
    }
}

fn event_loop(
    term: &mut terminal::Term,
    app: &mut App,
    mouse: bool,
    loading: mpsc::Receiver<Loaded>,
    (loaded_similar, feed): (mpsc::Receiver<app::SimilarClaims>, Feed),
) -> std::io::Result<()> {
    // Until the guard starts nothing can be edited, so SIGHUP or SIGTERM simply ends the load cleanly (the loader
    // stops and finishes a cache file it was rewriting, the terminal is restored) rather than killing the process in
    // the alternate screen. Registered first, so no wait below runs without it.
    let signals = crate::safety::journal::signal_flag().ok();
    let signalled = || signals.as_ref().is_some_and(|f| f.load(std::sync::atomic::Ordering::SeqCst));
    let size = term.size()?;
    dispatch(app, Action::Resize(size.width, size.height), &mut no_runner)?;
    // What takes time in proportion to the archive (a watch on every story folder, a look for recovery journals
    // in every one) runs on threads of its own: the first claims go on screen without waiting for it. The watch
    // starts as the stories load, as it always did (what changes on disk meanwhile is reloaded once they are in).
    let orphans = orphans_in_background(&app.ws.root);
    let mut watcher = Some(watch_in_background(&app.ws.root));
    let first = first_messages(&loading);
    // No effect is carried out yet (the only one a load can ask for is a `/` filter, and none is typed).
    let (loaded, _) = absorb(app, first.into_iter(), &loading, &mut |app, a| dispatch(app, a, &mut no_runner))?;
    if !loaded {
        // A big workspace: its first claims now, with "loading" in the header. A small one that is already whole
        // is drawn once the watcher and the guard are on (below), so a screen without "loading" always means
        // changes on disk are watched and edits are journaled.
        draw(term, app)?;
    }
    // The lock, the watcher and recovery journals start once every story is here (editing waits till then).
    let mut guard: Option<guard::Guard> = None;
    let mut loading = (!loaded).then_some(loading);
    // Every story is here, and what waits for that has not started yet.
    let mut just_loaded = loaded;
    let mut similar = None;
    let mut loaded_similar = Some(loaded_similar);
    let mut feed = Some(feed);
    if orphans.recv().unwrap_or(false) {
        // Unsaved edits wait in recovery journals: every story loads before any key is read, so the question
        // about them is the first thing on screen, and nothing typed ahead can answer it.
        if let Some(rx) = loading.take() {
            let mut msgs = Vec::new();
            loop {
                let (done, _) = absorb(app, msgs.drain(..), &rx, &mut |app, a| dispatch(app, a, &mut no_runner))?;
                if done {
                    break;
                }
                if signalled() {
                    return Ok(());
                }
                if app.frames.due() {
                    draw(term, app)?;
                }
                msgs.extend(rx.recv_timeout(Duration::from_millis(50)).ok());
            }
        }
        just_loaded = false;
        release_free_memory();
        similar = loaded_similar.take();
        guard = watcher.take().map(|w| guard::Guard::start(app, watched(w)));
        if signalled() {
            return Ok(());
        }
        terminal::discard_typed_ahead();
    }
    let input = input::Input::start()?;
    // The similar-claims index is fed once every story is here (already, after the recovery question).
    let started = similar.is_some();
    let trace = trace::Trace::from_env();
    let mut r = Runner {
        term,
        input,
        mouse,
        filter: None,
        similar,
        feed: None,
        loading,
        background: Vec::new(),
        trace,
        prepared_traced: None,
    };
    if started {
        r.feed = feed.take();
    }
    r.refresh_git(app);
    loop {
        if let Some(rx) = r.loading.take() {
            let (done, quit) = absorb(app, std::iter::empty(), &rx, &mut |app, a| {
                dispatch(app, a, &mut |app, e| perform(&mut r, app, e))
            })?;
            if quit {
                return Ok(());
            }
            if !done {
                r.loading = Some(rx);
            }
            just_loaded |= done;
        }
        if std::mem::take(&mut just_loaded) {
            release_free_memory();
            // The index built as the stories arrived (checked against the stories when it comes).
            r.similar = match loaded_similar.take() {
                Some(rx) => {
                    r.feed = feed.take();
                    Some(rx)
                }
                None => build_similar(app),
            };
            r.refresh_git(app);
            guard = watcher.take().map(|w| guard::Guard::start(app, watched(w)));
            // A signal that came before the guard listened for one (the first frame is drawn before it starts):
            // nothing could be edited yet, so it ends the UI as it would have while loading.
            if signalled() {
                return Ok(());
            }
        }
        // A frame only when a message changed something since the last one: a wake with nothing new draws nothing.
        if app.frames.due() {
            draw_traced(&mut r, app)?;
        }
        if let Some(f) = r.feed.as_mut()
            && !f.step(app)
        {
            // Every story handed over: closing the channel lets the thread finish the index.
            r.feed = None;
        }
        // Wake for keys, often while stories or filter results are streaming in, and now and then to hand the
        // similar-claims index more stories (`Feed::AHEAD` of them wait for it, far more than it takes in this
        // time); otherwise only for keys and the guard's ticks.
        let filtering = r.filter.as_ref().is_some_and(|f| f.live.is_running() || f.fresh);
        // While no query runs and every story is here, a workspace of up to `live::PREPARED_MAX` claims gets one
        // haystack per claim, a step at a time between two looks at the keyboard, so its `/` filter scores ready
        // haystacks instead of reading every claim's fields (a whole scan about twice as fast).
        let preparing = !filtering && r.loading.is_none() && app.async_filter && {
            let version = app.claims_version();
            let f = r.filter.get_or_insert_with(|| Filtering::new(app.engine()));
            let more = f.live.prepare(&app.ws.stories, version);
            // Said once per version, and written at once (an idle UI draws no frame that would flush it).
            if !more && r.trace.on() && r.prepared_traced != Some(version) && f.live.is_prepared(version) {
                r.prepared_traced = Some(version);
                r.trace.event(format_args!("prepared version={version}"));
                r.trace.flush();
            }
            more
        };
        let wait = if filtering || preparing {
            // The filter's next step (or the next haystacks) as soon as the keys typed meanwhile are handled.
            Duration::ZERO
        } else if app.filter_pending || r.loading.is_some() || !r.background.is_empty() {
            Duration::from_millis(8)
        } else if r.feed.is_some() {
            Duration::from_millis(25)
        } else {
            Duration::from_millis(250)
        };
        let mut next = r.input.next(wait);
        while let Some(ev) = next {
            let ev = ev?;
            if r.trace.on() {
                trace_event(&mut r, &ev);
            }
            if let Some(action) = event_action(app, ev)
                && dispatch(app, action, &mut |app, e| perform(&mut r, app, e))?
            {
                return Ok(());
            }
            // Handle everything already queued (a paste, key repeat) before drawing again.
            next = r.input.try_next();
        }
        if drain_filter(&mut r, app)? {
            return Ok(());
        }
        if guard.is_none() && signalled() {
            return Ok(());
        }
        if let Some(g) = guard.as_mut()
            && tick(g, &mut r, app)?
        {
            return Ok(());
        }
        if drain_background(&mut r, app)? {
            return Ok(());
        }
        if let Some(rx) = &r.similar
            && let Ok(index) = rx.try_recv()
        {
            r.similar = None;
            if index.stories() != app.ws.stories.len() {
                // Built while loading, and stories joined since (a file a merge left with markers): again, whole.
                r.similar = build_similar(app);
                continue;
            }
            if dispatch(app, Reply::SimilarReady(Arc::new(index)), &mut |app, e| perform(&mut r, app, e))? {
                return Ok(());
            }
            release_free_memory();
        }
    }
}

/// Whether recovery journals wait in the workspace, found on a thread of its own (it looks into every story
/// folder). A thread that could not start answers at once by looking here.
fn orphans_in_background(root: &Path) -> mpsc::Receiver<bool> {
    let (tx, rx) = mpsc::channel();
    let look = {
        let root = root.to_path_buf();
        let tx = tx.clone();
        move || {
            let _ = tx.send(!crate::safety::journal::orphans(&root).is_empty());
        }
    };
    if std::thread::Builder::new().name("factdesk-journals".into()).spawn(look).is_err() {
        let _ = tx.send(!crate::safety::journal::orphans(root).is_empty());
    }
    rx
}

/// The workspace watcher, started on a thread of its own: it registers every story folder, which takes a while
/// in a big archive. It starts before the stories load (see [`guard::Guard::watch`]); [`watched`] waits for it.
fn watch_in_background(root: &Path) -> mpsc::Receiver<Result<crate::safety::watch::WorkspaceWatcher, String>> {
    let (tx, rx) = mpsc::channel();
    let root = root.to_path_buf();
    let tx2 = tx.clone();
    let started = std::thread::Builder::new().name("factdesk-watch-start".into()).spawn(move || {
        let _ = tx2.send(guard::Guard::watch(&root));
    });
    if let Err(e) = started {
        let _ = tx.send(Err(format!("could not start a thread to watch the workspace: {e}")));
    }
    rx
}

/// The watcher [`watch_in_background`] started (waiting for it to be ready), or why there is none.
fn watched(
    rx: mpsc::Receiver<Result<crate::safety::watch::WorkspaceWatcher, String>>,
) -> Result<crate::safety::watch::WorkspaceWatcher, String> {
    rx.recv().unwrap_or_else(|_| Err("the thread that starts the watcher stopped".into()))
}

/// The loader's first messages: the first story is usually here within milliseconds, and a small workspace
/// whole, so the first frame is drawn with them rather than empty. Waits up to 100 ms for the first story, then
/// at most 10 ms more for the end of a small workspace.
fn first_messages(loading: &mpsc::Receiver<Loaded>) -> Vec<Loaded> {
    let mut deadline = std::time::Instant::now() + Duration::from_millis(100);
    let mut first = Vec::new();
    while let Ok(msg) = loading.recv_timeout(deadline.saturating_duration_since(std::time::Instant::now())) {
        let done = matches!(msg, Loaded::Done);
        if first.is_empty() {
            deadline = deadline.min(std::time::Instant::now() + Duration::from_millis(10));
        }
        first.push(msg);
        if done {
            break;
        }
    }
    first
}

/// One tick of the guard, its replies through the dispatch loop. `true` means quit (a signal, once the journals
/// are written, or an effect); an error when the journals could not be written.
fn tick(guard: &mut guard::Guard, r: &mut Runner, app: &mut App) -> std::io::Result<bool> {
    let (mut quit, mut failed) = (false, None);
    let ticked = guard.tick(app, &mut |app, a| match dispatch(app, a, &mut |app, e| perform(r, app, e)) {
        Ok(q) => quit |= q,
        Err(e) => failed = Some(e),
    });
    if let Some(e) = failed {
        return Err(e);
    }
    match ticked {
        _ if quit => Ok(true),
        None => Ok(false),
        Some(Ok(())) => Ok(true),
        Some(Err(e)) => Err(std::io::Error::other(e)),
    }
}

/// Records a terminal event in the trace, with the moment the reader thread read it.
fn trace_event(r: &mut Runner, ev: &Event) {
    let read = match (r.input.read_at(), r.trace.began()) {
        (Some(at), Some(began)) => at.saturating_duration_since(began).as_micros(),
        _ => 0,
    };
    match ev {
        Event::Key(k) => r.trace.event(format_args!("key {:?} read={read}", k.code)),
        Event::Paste(s) => r.trace.event(format_args!("paste chars={} read={read}", s.chars().count())),
        _ => r.trace.event(format_args!("event read={read}")),
    }
}

/// [`draw`] in the event loop, recorded in the trace with the bytes the frame wrote; its time counts in the filter's
/// pace when it shows results just handed over.
fn draw_traced(r: &mut Runner, app: &mut App) -> std::io::Result<()> {
    let started = std::time::Instant::now();
    let drawn = draw_recorded(r, app);
    if let Some(f) = r.filter.as_mut() {
        f.pace.drawn(started.elapsed());
    }
    drawn
}

fn draw_recorded(r: &mut Runner, app: &mut App) -> std::io::Result<()> {
    if !r.trace.on() {
        return draw(r.term, app);
    }
    let before = trace::bytes_written();
    r.trace.event(format_args!("draw start"));
    draw(r.term, app)?;
    let bytes = before.zip(trace::bytes_written()).map_or(0, |(a, b)| b.saturating_sub(a));
    r.trace.event(format_args!("draw end bytes={bytes} frames={}", app.frames.count()));
    r.trace.flush();
    Ok(())
}

/// Draws a frame of the app's state, which is then on screen until the next message changes it.
fn draw(term: &mut terminal::Term, app: &mut App) -> std::io::Result<()> {
    term.draw(|f| view::draw(f, app))?;
    app.frames.drawn();
    Ok(())
}

/// Gives memory freed while loading and indexing (the parser's and the index builder's scratch space, spread
/// between what is kept) back to the system, so a cold start ends up as small as a warm one; glibc keeps it
/// otherwise.
fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free heap pages to the kernel; it touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Hands the app `msgs`, then whatever else the loader has sent, each through `send` (the dispatch loop).
/// `(true, _)` once loading is over (also when the loader stopped without finishing: it is said on screen);
/// `(_, true)` when an effect asked to quit.
fn absorb(
    app: &mut App,
    msgs: impl Iterator<Item = Loaded>,
    rx: &mpsc::Receiver<Loaded>,
    send: &mut dyn FnMut(&mut App, Reply) -> std::io::Result<bool>,
) -> std::io::Result<(bool, bool)> {
    let (mut done, mut quit) = (false, false);
    let mut take = |app: &mut App, msg: Loaded| -> std::io::Result<bool> {
        Ok(match msg {
            Loaded::Chunk(chunk) => {
                quit |= send(app, Reply::StoriesLoaded(chunk))?;
                false
            }
            Loaded::Done => {
                quit |= send(app, Reply::LoadFinished)?;
                // Story files a git merge left with markers it can split open with their fields to settle.
                let marked = effects::read_marked(&app.ws);
                if !marked.is_empty() {
                    quit |= send(app, Reply::MarkedLoaded(marked))?;
                }
                true
            }
            Loaded::Failed(why) => {
                let (here, total) = app.loading.unwrap_or_default();
                quit |= send(app, Reply::LoadFinished)?;
                let text = format!(
                    "loading stopped after {here} of {total} folders ({why}); the rest are not shown. \
                     Run `factdesk check` to find the story that stops it"
                );
                quit |= send(app, Reply::Note { text, error: true })?;
                true
            }
        })
    };
    for msg in msgs {
        done |= take(app, msg)?;
    }
    while !done {
        match rx.try_recv() {
            Ok(msg) => done |= take(app, msg)?,
            Err(mpsc::TryRecvError::Empty) => break,
            Err(mpsc::TryRecvError::Disconnected) => done |= take(app, Loaded::Failed("the loader stopped".into()))?,
        }
    }
    Ok((done, quit))
}

/// What carrying out an effect gives: whether to quit, and the replies for the app.
type Performed = std::io::Result<(bool, Vec<Step>)>;

/// What the dispatch loop does next: hand the app an action, or go on with an effect after its first replies.
enum Step {
    Update(Msg),
    /// After a reload's replies: load the story folders that could not be read before (see
    /// [`effects::stories_now_readable`]), with the settings just read.
    RetryUnreadable,
    /// After those are in: open the story files still refused for conflict markers that can be settled here.
    OpenMarked,
}

impl Step {
    fn reply(reply: Reply) -> Step {
        Step::Update(reply.into())
    }
}

/// The one way an action reaches the app: `update`, then `perform` its effect, then the same for every reply,
/// depth first (a reply is handled before anything queued earlier). `true` means quit.
fn dispatch(
    app: &mut App,
    first: impl Into<Msg>,
    perform: &mut dyn FnMut(&mut App, Effect) -> Performed,
) -> std::io::Result<bool> {
    let mut queue = VecDeque::from([Step::Update(first.into())]);
    while let Some(step) = queue.pop_front() {
        let replies = match step {
            Step::Update(msg) => {
                app.clock = Some(effects::clock());
                let Some(effect) = update(app, msg) else { continue };
                let (quit, replies) = perform(app, effect)?;
                if quit {
                    return Ok(true);
                }
                replies
            }
            Step::RetryUnreadable => {
                let retried = stories_now_readable(app);
                if retried.retried.is_empty() {
                    Vec::new()
                } else {
                    vec![Step::reply(Reply::StoriesFixed(retried)), Step::OpenMarked]
                }
            }
            Step::OpenMarked => {
                let marked = effects::read_marked(&app.ws);
                if marked.is_empty() { Vec::new() } else { vec![Step::reply(Reply::MarkedLoaded(marked))] }
            }
        };
        for reply in replies.into_iter().rev() {
            queue.push_front(reply);
        }
    }
    Ok(false)
}

/// The effects of actions handled before the runner exists (the first size, stories loading while recovery
/// journals wait): none is carried out, as none is asked for then but a `/` filter nobody has typed yet.
fn no_runner(_: &mut App, _: Effect) -> Performed {
    Ok((false, Vec::new()))
}

/// Hands the app the replies of background jobs that finished (git status, diff, log). `true` means quit.
fn drain_background(r: &mut Runner, app: &mut App) -> std::io::Result<bool> {
    let mut ready = Vec::new();
    r.background.retain(|rx| match rx.try_recv() {
        Ok(reply) => {
            ready.push(reply);
            false
        }
        Err(mpsc::TryRecvError::Empty) => true,
        Err(mpsc::TryRecvError::Disconnected) => false,
    });
    for reply in ready {
        if dispatch(app, reply, &mut |app, e| perform(r, app, e))? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Scores the `/` filter's next claims (one step) and hands the app its results when they changed. `true` means
/// quit.
fn drain_filter(r: &mut Runner, app: &mut App) -> std::io::Result<bool> {
    let Some(f) = r.filter.as_mut() else { return Ok(false) };
    if f.live.is_running() {
        let prepared = f.live.is_prepared(app.claims_version());
        r.trace.event(format_args!("step start query={:?} prepared={prepared}", f.live.current()));
        let started = std::time::Instant::now();
        f.fresh |= f.live.step(&app.ws.stories);
        f.pace.scored(started.elapsed());
        let (scored, found) = f.live.last_step();
        let running = f.live.is_running();
        r.trace.event(format_args!("step end scored={scored} found={found} running={running}"));
    }
    if f.fresh && f.pace.due(f.live.is_done()) {
        f.fresh = false;
        let started = std::time::Instant::now();
        let hits = f.live.ranked();
        let done = f.live.is_done();
        r.trace.event(format_args!("results query={:?} hits={} done={done}", f.live.current(), hits.len()));
        let results = Reply::FilterResults { query: f.live.current().to_string(), hits, done };
        let quit = dispatch(app, results, &mut |app, e| perform(r, app, e));
        if let Some(f) = r.filter.as_mut() {
            f.pace.handed(started.elapsed());
        }
        r.trace.event(format_args!("results handled"));
        return quit;
    }
    Ok(false)
}

/// Carries out an effect: `true` means quit; the replies go back to the app through `dispatch`.
fn perform(r: &mut Runner, app: &mut App, effect: Effect) -> Performed {
    let (term, mouse) = (&mut *r.term, r.mouse);
    match effect {
        Effect::Quit => {
            if app.discard_on_quit {
                let kept = guard::discard_journals(app);
                app.exit_notes.extend(kept);
            } else {
                // Nothing unsaved: a journal of edits undone since the last tick goes now, not at the next start.
                let _ = guard::write_journals(app);
            }
            return Ok((true, Vec::new()));
        }
        Effect::Interrupt => {
            let typing = matches!(app.mode, app::Mode::Notes(_)) || guard::form_draft(app).is_some();
            if app.session.is_none() && (app.is_modified() || typing) {
                // Nothing could keep the edits: stay, and say why.
                let why = app.journal_trouble.clone().unwrap_or_else(|| "no journal session".into());
                let key = |name| app.keymap.key_for(keymap::Context::Main, name);
                let saved = Reply::Saved(vec![format!(
                    "{} keeps unsaved work in the recovery journal, but this copy is not journaling ({why}): \
                     {} saves, {} quits",
                    key("interrupt"),
                    key("save"),
                    key("quit")
                )]);
                return Ok((false, vec![Step::reply(saved)]));
            }
            if let Err(e) = guard::write_journals(app) {
                // Could not keep the edits: stay, and say why.
                return Ok((false, vec![Step::reply(Reply::Saved(vec![e]))]));
            }
            return Ok((true, Vec::new()));
        }
        Effect::DiscardJournal(path) => {
            if let Err(e) = crate::safety::journal::remove(&path) {
                let text = format!("{}: could not remove the journal: {e}", path.display());
                return Ok((false, vec![Step::reply(Reply::Note { text, error: true })]));
            }
        }
        Effect::Filter(query) => {
            if r.filter.as_ref().is_some_and(|f| f.live.engine() != app.engine()) {
                // The settings chose another matcher.
                r.filter = None;
            }
            let f = r.filter.get_or_insert_with(|| Filtering::new(app.engine()));
            // Scored from the next turn of the loop on, a step at a time; a query remembered for these claims is
            // shown then at once.
            f.live.query(&query, app.claims_version());
            f.fresh = !f.live.is_running();
            f.pace.restart();
            let running = f.live.is_running();
            r.trace.event(format_args!("filter query={query:?} running={running}"));
        }
        Effect::Save => {
            if let Some(ask) = asked_before_lossy_save(app) {
                return Ok((false, vec![Step::reply(ask)]));
            }
            let errors = effects::save_all(app);
            if errors.is_empty() {
                // Saved claims join the similar-claims index (one still being fed is dropped for it).
                r.feed = None;
                r.similar = build_similar(app);
            }
            r.refresh_git(app);
            return Ok((false, vec![Step::reply(Reply::Saved(errors))]));
        }
        Effect::SaveAndQuit => {
            if let Some(ask) = asked_before_lossy_save(app) {
                return Ok((false, vec![Step::reply(ask)]));
            }
            let errors = effects::save_all(app);
            if errors.is_empty() {
                return Ok((true, Vec::new()));
            }
            return Ok((false, vec![Step::reply(Reply::Saved(errors))]));
        }
        Effect::OpenEditor(text) => {
            let _paused = r.input.pause();
            let result = terminal::edit_in_editor(term, mouse, &text);
            // The terminal may have been resized while the editor had it.
            let size = term.size()?;
            let steps = [Action::Resize(size.width, size.height).into(), Reply::EditorDone(result).into()];
            return Ok((false, steps.map(Step::Update).into()));
        }
        Effect::Suspend => {
            {
                let _paused = r.input.pause();
                terminal::suspend_process(term, mouse)?;
            }
            // The window may have been resized while the process was stopped, and the resize event went to the
            // shell: the size is read again, so the panes and the article's wrapping fit the terminal as it is now.
            let size = r.term.size()?;
            return Ok((false, vec![Step::Update(Action::Resize(size.width, size.height).into())]));
        }
        Effect::SaveOrganization(org) => {
            let saved = effects::save_organization(&app.ws.root, &org).map_err(|e| e.to_string());
            return Ok((false, vec![Step::reply(Reply::SettingsSaved(saved))]));
        }
        Effect::RememberListWidth(w) => {
            if let Err(e) = effects::remember_list_width(config::config_path().as_deref(), w) {
                return Ok((false, vec![Step::reply(Reply::Note { text: e.to_string(), error: true })]));
            }
        }
        Effect::Export(story, format) => {
            let result = effects::export_story_pointing(&app.ws, story, format, &app.keymap);
            return Ok((false, vec![Step::reply(Reply::Exported(result))]));
        }
        Effect::GitStatus => r.refresh_git(app),
        Effect::GitDiff { dir, title } => r.spawn("git-diff", move || effects::git_diff(dir, title)),
        Effect::GitLog { file, id, title } => r.spawn("git-log", move || effects::git_log(file, id, title)),
        Effect::Reload => {
            r.refresh_git(app);
            let files = read_story_files(app);
            let config = crate::store::load_config(&app.ws.root).map_err(|d| d.to_string());
            // The folders that did not load are tried once the files and the settings are in.
            let replies = [Reply::Reloaded(files), Reply::ConfigRead(config)].map(Step::reply);
            return Ok((false, replies.into_iter().chain([Step::RetryUnreadable]).collect()));
        }
    }
    Ok((false, Vec::new()))
}

/// Says what a save cannot keep in a hand-edited file before the save, never after: the question to put, when
/// there is one (the save waits for the journalist's answer).
fn asked_before_lossy_save(app: &App) -> Option<Reply> {
    let warnings = if app.lossy_ok { Vec::new() } else { effects::save_warnings(app) };
    (!warnings.is_empty()).then_some(Reply::SaveNeedsConsent(warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty_app() -> App {
        let ws = crate::store::Workspace {
            root: std::path::PathBuf::from("/nonexistent"),
            config: Default::default(),
            stories: Vec::new(),
            diagnostics: Vec::new(),
        };
        let mut app = App::new(ws, keymap::Keymap::default(), theme::Theme::MONO, "T".into());
        app.loading = Some((0, 3));
        app
    }

    /// `absorb` as the recovery phase runs it: through the dispatch loop, effects left for later.
    fn absorb_now(app: &mut App, msgs: impl Iterator<Item = Loaded>, rx: &mpsc::Receiver<Loaded>) -> (bool, bool) {
        absorb(app, msgs, rx, &mut |app, a| dispatch(app, a, &mut no_runner)).unwrap()
    }

    #[test]
    fn a_loader_that_stops_without_finishing_ends_the_load_and_says_so() {
        let mut app = empty_app();
        let (tx, rx) = mpsc::channel::<Loaded>();
        assert!(!absorb_now(&mut app, std::iter::empty(), &rx).0, "nothing yet: still loading");
        drop(tx); // the loader thread died without a word
        let (done, _) = absorb_now(&mut app, std::iter::empty(), &rx);
        assert!(done && app.loading.is_none(), "editing opens on what did load");
        let m = app.message.clone().unwrap();
        assert!(m.error && m.text.contains("loading stopped after 0 of 3 folders"), "{m:?}");
    }

    #[test]
    fn the_filter_hands_results_over_after_scoring_for_longer_than_the_last_hand_over_took() {
        let ms = Duration::from_millis;
        let mut pace = Pace::default();
        assert!(pace.due(false), "the first matches go at once");
        pace.handed(ms(2));
        pace.drawn(ms(3));
        pace.drawn(ms(50));
        assert_eq!(pace.cost, ms(5), "only the frame that showed the results counts");
        pace.scored(ms(59));
        assert!(!pace.due(false), "less than EVERY scored");
        assert!(pace.due(true), "the last results go at once");
        pace.scored(ms(1));
        assert!(pace.due(false), "EVERY scored, and more than RATIO x 5 ms");
        // A hand-over and its frame that took 60 ms (a million claims): 180 ms of scoring before the next.
        pace.handed(ms(5));
        pace.drawn(ms(55));
        pace.scored(ms(179));
        assert!(!pace.due(false));
        pace.scored(ms(1));
        assert!(pace.due(false));
        // A new query's first results go at once, whatever the last one's cost.
        pace.handed(ms(60));
        pace.restart();
        assert!(pace.due(false) && pace.cost == ms(60));
    }

    #[test]
    fn a_loader_panic_is_reported_with_its_reason() {
        let mut app = empty_app();
        let (_tx, rx) = mpsc::channel::<Loaded>();
        let (done, _) = absorb_now(&mut app, [Loaded::Failed("index out of range".into())].into_iter(), &rx);
        assert!(done);
        assert!(app.message.clone().unwrap().text.contains("index out of range"));
    }
}
