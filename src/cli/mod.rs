//! The command line: clap definitions and one function per subcommand.

use crate::model::{Status, StoryFile};
use crate::store::{self, Workspace};
use crate::words::plural;
use crate::{anchor, sanitize};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// factdesk: review a news story's claims, with verdicts, sources and notes kept as YAML.
#[derive(Debug, Parser)]
#[command(name = "factdesk", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// The workspace to open in the terminal UI.
    #[arg(default_value = "claims")]
    pub workspace: PathBuf,
    /// Turn the mouse off in the terminal UI (also `mouse: false` in the config file).
    #[arg(long)]
    pub no_mouse: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate every story: YAML, values, duplicate ids, articles, anchors.
    Check {
        /// The workspace folder.
        #[arg(default_value = "claims")]
        workspace: PathBuf,
    },
    /// List claims, optionally filtered.
    List {
        /// The workspace folder.
        #[arg(default_value = "claims")]
        workspace: PathBuf,
        /// Only this story (its slug).
        #[arg(long)]
        story: Option<String>,
        /// Only claims with this status.
        #[arg(long)]
        status: Option<String>,
        /// Only claims with this verdict (`none` for claims without one).
        #[arg(long)]
        verdict: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Export a story: ClaimReview JSON-LD, a Markdown report, CSV or JSON.
    Export(crate::export::ExportArgs),
    /// Create a story folder from an article.
    NewStory {
        /// The story's slug: lowercase letters, digits and dashes.
        slug: String,
        /// The article text file (UTF-8).
        #[arg(long)]
        article: PathBuf,
        /// The story's title (default: the article's first line).
        #[arg(long)]
        title: Option<String>,
        /// The workspace folder.
        #[arg(long, default_value = "claims")]
        workspace: PathBuf,
    },
    /// Show unsaved edits left in recovery journals (after a crash), or restore or discard them.
    Recover {
        /// The workspace folder.
        #[arg(default_value = "claims")]
        workspace: PathBuf,
        /// Restore this story's unsaved edits into its claims.yaml.
        #[arg(long, value_name = "SLUG", conflicts_with = "discard")]
        restore: Option<String>,
        /// Delete this story's unsaved edits.
        #[arg(long, value_name = "SLUG")]
        discard: Option<String>,
    },
    /// Write a deterministic synthetic workspace (for benchmarks and tests).
    GenWorkspace {
        /// The folder to create; it must be new or empty.
        dir: PathBuf,
        /// How many stories to write.
        #[arg(long)]
        stories: usize,
        /// How many claims each story gets.
        #[arg(long)]
        claims_per_story: usize,
        /// The same seed writes the same bytes.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Print the claims that best match a fuzzy query.
    Search {
        /// Words to find, fuzzily, in each claim's text, claimant, tags, id and notes; every word must match.
        query: String,
        /// The workspace folder.
        #[arg(default_value = "claims")]
        workspace: PathBuf,
        /// How many matches to print, best first.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print earlier claims anywhere in the workspace that say nearly the same thing as STORY/ID.
    Similar {
        /// The claim, as `story-slug/claim-id`.
        claim: String,
        /// The workspace folder.
        #[arg(default_value = "claims")]
        workspace: PathBuf,
        /// How many similar claims to print, most similar first.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Measure load, filter, similar and save at archive scale (writes workspaces under DIR).
    #[command(hide = true)]
    BenchScale {
        /// Where to generate the benchmark workspaces.
        dir: PathBuf,
        /// Claim counts to measure, comma-separated.
        #[arg(long, default_value = "1000,10000,100000")]
        sizes: String,
        /// Internal: load DIR once (`cold` or `warm`) and print the peak memory.
        #[arg(long, hide = true)]
        probe: Option<String>,
    },
    /// Rewrite story files in factdesk's canonical layout (stable key order, block scalars).
    Fmt {
        /// The workspace folder.
        #[arg(default_value = "claims")]
        workspace: PathBuf,
        /// Rewrite files even when that drops hand-written comments (they are listed first otherwise).
        #[arg(long)]
        force: bool,
    },
    /// Propose an article's check-worthy sentences as candidate claims (or preview them with --format json).
    Extract(crate::extract::cmd::ExtractArgs),
    /// Score sentences for check-worthiness: one per line on stdin, one score (0..1) per line on stdout.
    Score(crate::extract::cmd::ScoreArgs),
    /// Retrain the check-worthiness model from the training files (reproducible).
    Train(crate::extract::cmd::TrainArgs),
    /// Measure claim detection: CLEF-2019 MAP, ClaimBuster F1, scoring throughput.
    BenchCheckworthy(crate::extract::cmd::BenchArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

/// `factdesk list | head` must end quietly when `head` stops reading, as other command-line tools do, not
/// panic in `println!`: the commands (never the UI, which draws to a terminal) take the default SIGPIPE action.
/// Files are only ever replaced atomically, so ending mid-output leaves none half-written.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called once at start-up, before any thread exists; it only restores the default action.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Runs the command line and returns the process's exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_some() {
        quiet_on_closed_pipe();
    }
    match cli.command {
        None => crate::tui::run(&cli.workspace, cli.no_mouse),
        Some(Command::Check { workspace }) => check(&workspace),
        Some(Command::List { workspace, story, status, verdict, format }) => {
            list(&workspace, story.as_deref(), status.as_deref(), verdict.as_deref(), format)
        }
        Some(Command::GenWorkspace { dir, stories, claims_per_story, seed }) => {
            crate::generate::run(&dir, stories, claims_per_story, seed)
        }
        Some(Command::Search { query, workspace, limit, format }) => {
            crate::search::run(&query, &workspace, limit, format)
        }
        Some(Command::Similar { claim, workspace, limit, format }) => {
            crate::similar::run(&claim, &workspace, limit, format)
        }
        Some(Command::BenchScale { dir, sizes, probe }) => crate::search::bench::run(&dir, &sizes, probe.as_deref()),
        Some(Command::Export(args)) => crate::export::run(&args),
        Some(Command::Fmt { workspace, force }) => fmt(&workspace, force),
        Some(Command::Recover { workspace, restore, discard }) => {
            crate::safety::recover::run(&workspace, crate::safety::recover::Action::from_flags(restore, discard))
        }
        Some(Command::NewStory { slug, article, title, workspace }) => {
            match store::new_story(&workspace, &slug, &article, title.as_deref()) {
                Ok(dir) => {
                    println!("created {}", sanitize::line(&dir.display().to_string()));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        Some(Command::Extract(a)) => crate::extract::cmd::extract(a),
        Some(Command::Score(a)) => crate::extract::cmd::score(a),
        Some(Command::Train(a)) => crate::extract::cmd::train(a),
        Some(Command::BenchCheckworthy(a)) => crate::extract::cmd::bench_checkworthy(a),
    }
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("factdesk: {}", sanitize::line(msg));
    ExitCode::FAILURE
}

fn load(workspace: &Path) -> Result<Workspace, ExitCode> {
    store::load_workspace(workspace).map_err(|d| {
        eprintln!("{d}");
        ExitCode::FAILURE
    })
}

fn check(workspace: &Path) -> ExitCode {
    let ws = match load(workspace) {
        Ok(ws) => ws,
        Err(code) => return code,
    };
    let mut diags = ws.diagnostics.clone();
    diags.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    for d in &diags {
        println!("{d}");
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let claims: usize = ws.stories.iter().map(|s| s.file.claims.len()).sum();
    eprintln!(
        "checked {}, {}: {}, {}",
        plural(ws.stories.len(), "story", "stories"),
        plural(claims, "claim", "claims"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    );
    if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn fmt(workspace: &Path, force: bool) -> ExitCode {
    use crate::safety::lock;
    // Hold the workspace lock while rewriting, so an open review UI is never written under.
    let _lock = match lock::acquire(workspace) {
        Ok(lock::LockOutcome::Acquired(l)) | Ok(lock::LockOutcome::TookOverStale { lock: l, .. }) => Some(l),
        Ok(lock::LockOutcome::HeldBy(info)) => {
            return fail(&format!(
                "{}: another factdesk has this workspace open ({info}); save and quit it first, then run fmt again; \
                 nothing was rewritten",
                workspace.display()
            ));
        }
        // A read-only or missing folder: the load below says what is wrong.
        Err(_) => None,
    };
    let ws = match load(workspace) {
        Ok(ws) => ws,
        Err(code) => return code,
    };
    if let Some(d) = ws.diagnostics.iter().find(|d| d.is_error()) {
        eprintln!("{d}");
        return fail("fix the errors above first; nothing was rewritten");
    }
    let mut kept = Vec::new();
    for story in &ws.stories {
        // Checked: the text must read back as the same story, or the file is left alone.
        let text = match crate::safety::splice::plan("", &story.file) {
            Ok(plan) => plan.text,
            Err(why) => return fail(&format!("{}: {why}; nothing was rewritten", story.path().display())),
        };
        let old = story.text();
        if text == old {
            continue;
        }
        let lost =
            crate::safety::splice::comment_lines(&old).saturating_sub(crate::safety::splice::comment_lines(&text));
        if lost > 0 && !force {
            // The canonical layout has no place for comments: a journalist's `# Bora is on it` would go silently.
            kept.push(format!(
                "{}: left alone: rewriting it would drop {}; move them into notes, or run `factdesk fmt --force`",
                sanitize::line(&story.path().display().to_string()),
                plural(lost, "comment", "comments")
            ));
            continue;
        }
        // Like every save: refused if the file changed since it was read.
        if store::read_limited(&story.path(), store::MAX_YAML_BYTES).map(|b| store::hash(&b)).ok().as_deref()
            != Some(story.disk_hash.as_str())
        {
            return fail(&format!(
                "{}: changed on disk while fmt ran; it was left alone. Run fmt again",
                story.path().display()
            ));
        }
        if let Err(e) = store::write_atomic(&story.path(), text.as_bytes()) {
            return fail(&format!("{}: {e}", story.path().display()));
        }
        println!("rewrote {}", sanitize::line(&story.path().display().to_string()));
    }
    for k in &kept {
        eprintln!("{k}");
    }
    if kept.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn list(
    workspace: &Path,
    story: Option<&str>,
    status: Option<&str>,
    verdict: Option<&str>,
    format: Format,
) -> ExitCode {
    if let Some(s) = status
        && Status::parse(s).is_none()
    {
        let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        return fail(&format!("unknown status `{s}`; use one of: {}", all.join(", ")));
    }
    let ws = match load(workspace) {
        Ok(ws) => ws,
        Err(code) => return code,
    };
    if let Some(v) = verdict
        && v != "none"
        && ws.config.verdict(v).is_none()
    {
        let names: Vec<&str> = ws.config.verdicts.iter().map(|v| v.name.as_str()).collect();
        return fail(&format!("unknown verdict `{v}`; use one of: {}, none", names.join(", ")));
    }
    if let Some(s) = story
        && ws.story(s).is_none()
    {
        return fail(&format!("no story `{s}` in {}", workspace.display()));
    }
    let rows: Vec<(&store::Story, usize)> = ws
        .stories
        .iter()
        .filter(|st| story.is_none_or(|s| st.slug == s))
        .flat_map(|st| (0..st.file.claims.len()).map(move |i| (st, i)))
        .filter(|(st, i)| {
            let c = &st.file.claims[*i];
            status.is_none_or(|s| c.status.as_str() == s)
                && verdict.is_none_or(|v| c.verdict == v || (v == "none" && c.verdict.is_empty()))
        })
        .collect();
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = rows.iter().map(|(st, i)| claim_json(st, *i)).collect();
            // Escapes C1, bidi and zero-width characters too, so the JSON is safe to print to a terminal.
            print!("{}", crate::export::json_text(&serde_json::to_value(&items).unwrap_or_default()));
        }
        Format::Table => {
            let mut table = crate::words::Table::new(&["STORY", "ID", "VERDICT", "STATUS", "CLAIM"]);
            for (st, i) in &rows {
                let c = &st.file.claims[*i];
                let verdict = if c.verdict.is_empty() { "-" } else { &c.verdict };
                table.row(vec![
                    sanitize::line(&st.slug),
                    sanitize::line(&c.id),
                    sanitize::line(verdict),
                    c.status.as_str().to_string(),
                    sanitize::line(&c.text).chars().take(70).collect(),
                ]);
            }
            print!("{}", table.render());
            eprintln!("{}", plural(rows.len(), "claim", "claims"));
        }
    }
    left_out(&ws)
}

/// A listing leaves out stories that could not be read (a refused link or FIFO, a broken file): says so on standard
/// error and fails, so a script does not take the output as whole. `SUCCESS` when every story was read.
/// A settings file that could not be read (a link, a FIFO, bad YAML) is said too: the listing then used the
/// default verdict scale.
pub fn left_out(ws: &Workspace) -> ExitCode {
    let unreadable = ws.unreadable();
    for d in &unreadable {
        eprintln!("{d}");
    }
    let config = ws.root.join(store::CONFIG_FILE);
    let settings: Vec<_> = ws.errors_in(&config).collect();
    for d in &settings {
        eprintln!("{d}");
    }
    if !settings.is_empty() {
        eprintln!("the settings file could not be read: the default verdicts were used (see `factdesk check`)");
    }
    if !unreadable.is_empty() {
        eprintln!("{} left out: fix the file (see `factdesk check`)", plural(unreadable.len(), "story", "stories"));
    }
    if unreadable.is_empty() && settings.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// A claim as JSON, with its story's slug and its anchor.
pub fn claim_json(story: &store::Story, i: usize) -> serde_json::Value {
    let c = &story.file.claims[i];
    let mut v = serde_json::to_value(c).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("story".into(), story.slug.clone().into());
        let orphaned = story.anchors.get(i).is_none_or(anchor::Anchor::is_orphaned);
        obj.insert("orphaned".into(), orphaned.into());
    }
    v
}

/// Exposed for tests: a story file rendered the canonical way.
pub fn render_story(file: &StoryFile) -> String {
    store::render(file)
}
