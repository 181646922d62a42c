//! The command line: clap definitions, and `main`, which hands each subcommand to its file under `commands/`.

pub mod commands;
pub mod output;

use crate::model::StoryFile;
use crate::store;
use clap::{Parser, Subcommand};
use commands::*;
pub use output::{Format, claim_json, left_out};
use std::path::PathBuf;
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
        /// Only these story folders, as pre-commit hooks pass staged files: a story folder or a file in one
        /// (`claims.yaml`, the article). The settings file, `factdesk.yaml`, checks every story; other files are
        /// passed over.
        paths: Vec<PathBuf>,
        /// Only this story (its slug); may be given more than once.
        #[arg(long)]
        story: Vec<String>,
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
        /// `json` is one array, `jsonl` one claim per line; both are written as the stories load.
        #[arg(long, value_enum, default_value_t = list::ListFormat::Table)]
        format: list::ListFormat,
    },
    /// Export a story: ClaimReview JSON-LD, a Markdown report, CSV or JSON.
    Export(commands::export::ExportArgs),
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
    #[cfg(feature = "dev")]
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
    /// Measure every command as a whole process, cold and warm, with peak memory, and search against fzf.
    #[cfg(feature = "dev")]
    #[command(hide = true)]
    BenchCli {
        /// Where the benchmark workspaces are (or are generated).
        dir: PathBuf,
        /// Claim counts to measure, comma-separated.
        #[arg(long, default_value = "1000,10000,100000")]
        sizes: String,
        /// Runs a cell (the median is printed).
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Internal: only generate the workspaces and fzf's input files, then stop.
        #[arg(long, hide = true)]
        prepare: bool,
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
    Extract(commands::extract::ExtractArgs),
    /// Score sentences for check-worthiness: one per line on stdin, one score (0..1) per line on stdout.
    Score(commands::score::ScoreArgs),
    /// Retrain the check-worthiness model from the training files (reproducible).
    #[cfg(feature = "dev")]
    Train(commands::train::TrainArgs),
    /// Measure claim detection: CLEF-2019 MAP, ClaimBuster F1, scoring throughput.
    #[cfg(feature = "dev")]
    BenchCheckworthy(commands::bench_checkworthy::BenchArgs),
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
        Some(Command::Check { workspace, paths, story }) => check::check(&workspace, &story, &paths),
        Some(Command::List { workspace, story, status, verdict, format }) => {
            list::list(&workspace, story.as_deref(), status.as_deref(), verdict.as_deref(), format)
        }
        Some(Command::GenWorkspace { dir, stories, claims_per_story, seed }) => {
            gen_workspace::run(&dir, stories, claims_per_story, seed)
        }
        Some(Command::Search { query, workspace, limit, format }) => search::run(&query, &workspace, limit, format),
        Some(Command::Similar { claim, workspace, limit, format }) => similar::run(&claim, &workspace, limit, format),
        #[cfg(feature = "dev")]
        Some(Command::BenchScale { dir, sizes, probe }) => bench_scale::run(&dir, &sizes, probe.as_deref()),
        #[cfg(feature = "dev")]
        Some(Command::BenchCli { dir, sizes, runs, prepare }) => bench_cli::run(&dir, &sizes, runs, prepare),
        Some(Command::Export(args)) => export::run(&args),
        Some(Command::Fmt { workspace, force }) => fmt::fmt(&workspace, force),
        Some(Command::Recover { workspace, restore, discard }) => {
            recover::run(&workspace, crate::recover::Action::from_flags(restore, discard))
        }
        Some(Command::NewStory { slug, article, title, workspace }) => {
            new_story::run(&slug, &article, title.as_deref(), &workspace)
        }
        Some(Command::Extract(a)) => extract::extract(a),
        Some(Command::Score(a)) => score::score(a),
        #[cfg(feature = "dev")]
        Some(Command::Train(a)) => train::train(a),
        #[cfg(feature = "dev")]
        Some(Command::BenchCheckworthy(a)) => bench_checkworthy::bench_checkworthy(a),
    }
}

/// Exposed for tests: a story file rendered the canonical way.
pub fn render_story(file: &StoryFile) -> String {
    store::render(file)
}
