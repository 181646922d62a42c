//! The command line: clap definitions, and `main`, which hands each subcommand to its file under `commands/`.

pub mod commands;
pub mod output;

use crate::model::StoryFile;
use crate::store;
use clap::{CommandFactory, Parser, Subcommand};
use commands::*;
pub use output::{Format, claim_json, left_out};
use std::path::PathBuf;
use std::process::ExitCode;

/// factdesk: review a news story's claims, with verdicts, sources and notes kept as YAML.
#[derive(Debug, Parser)]
#[command(name = "factdesk", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    /// The workspace to open in the terminal UI (kept for compatibility; `-w DIR` says the same).
    #[arg(id = "dir", value_name = "WORKSPACE")]
    pub workspace: Option<PathBuf>,
    #[command(flatten)]
    pub global: Global,
    /// Turn the mouse off in the terminal UI (also `mouse: false` in the config file).
    #[arg(long)]
    pub no_mouse: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Exit codes, shown at the end of `--help` and in the README.
pub const EXIT_CODES: &str = "Exit codes: 0 ok; 1 findings (`check` found errors, or warnings with --strict; a merge \
left conflicts; a listing left stories out); 2 usage or I/O (a bad argument, a file that cannot be read or written).";

/// Options every command takes.
#[derive(Debug, Clone, clap::Args)]
pub struct Global {
    /// The workspace folder. Default: the nearest folder, from the current one upward, that holds factdesk.yaml
    /// or a `claims/` folder (as git finds its repository); else `claims`.
    #[arg(short = 'w', long = "workspace", global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
    /// Print less: only results and errors (no summaries or notes on standard error).
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more: which workspace was used, and how it was found.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Colour in the output: auto (a terminal, and NO_COLOR unset), always or never.
    #[arg(long, global = true, value_enum, default_value_t = output::ColorWhen::Auto, value_name = "WHEN")]
    pub color: output::ColorWhen,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a shell completion script: `factdesk completions bash > ~/.local/share/bash-completion/completions/factdesk`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `factdesk man > factdesk.1; man ./factdesk.1`.
    Man,
    /// Create a workspace, or add what an existing one lacks: factdesk.yaml, .gitignore, .gitattributes, and the
    /// merge driver in .git/config (inside a git repository). Nothing present is changed.
    Init(commands::init::InitArgs),
    /// Import other newsrooms' fact-checks (ClaimReview JSON-LD, or a saved page holding it) into the
    /// workspace's read-only archive/, where `similar` and the UI's similar panel find them.
    ImportClaimreview(commands::import_claimreview::ImportArgs),
    /// Git's merge driver for claims.yaml (registered by `factdesk init`): merges claim by claim and field by
    /// field; exits 1 and leaves conflict markers on the fields both sides changed differently.
    MergeDriver(commands::merge_driver::MergeDriverArgs),
    /// Validate every story: YAML, values, duplicate ids, articles, anchors.
    Check {
        /// The workspace folder (same as `-w`).
        #[arg(id = "dir", value_name = "WORKSPACE")]
        workspace: Option<PathBuf>,
        /// Only these story folders, as pre-commit hooks pass staged files: a story folder or a file in one
        /// (`claims.yaml`, the article). The settings file, `factdesk.yaml`, checks every story; other files are
        /// passed over.
        paths: Vec<PathBuf>,
        /// Only this story (its slug); may be given more than once.
        #[arg(long)]
        story: Vec<String>,
        /// `text` (path:line:column: severity: message), `json`, or `sarif` (SARIF 2.1.0, for code-scanning services).
        #[arg(long, value_enum, default_value_t = check::CheckFormat::Text)]
        format: check::CheckFormat,
        /// Warnings fail too (exit 1), not only errors.
        #[arg(long)]
        strict: bool,
    },
    /// List claims, optionally filtered.
    List {
        /// The workspace folder (same as `-w`).
        #[arg(id = "dir", value_name = "WORKSPACE")]
        workspace: Option<PathBuf>,
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
        /// The article text file (UTF-8); `-` reads it from standard input.
        #[arg(long)]
        article: PathBuf,
        /// The story's title (default: the article's first line).
        #[arg(long)]
        title: Option<String>,
    },
    /// Show unsaved edits left in recovery journals (after a crash), or restore or discard them.
    Recover {
        /// The workspace folder (same as `-w`).
        #[arg(id = "dir", value_name = "WORKSPACE")]
        workspace: Option<PathBuf>,
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
        /// The workspace folder (same as `-w`).
        #[arg(id = "dir", value_name = "WORKSPACE")]
        workspace: Option<PathBuf>,
        /// How many matches to print, best first.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Have we checked this before? The claims most like STORY/ID, or like a claim not in the workspace yet
    /// (--text), best first, each labelled "same claim", "related" or "weak".
    Similar {
        /// The claim, as `story-slug/claim-id` (with --text, leave it out).
        claim: Option<String>,
        /// The workspace folder (same as `-w`).
        #[arg(id = "dir", value_name = "WORKSPACE")]
        workspace: Option<PathBuf>,
        /// A claim that is not in the workspace yet, as text; `-` reads it from standard input.
        #[arg(long)]
        text: Option<String>,
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
        /// An existing workspace to measure instead of generated ones (read-only: caches and fzf's files go in DIR).
        #[arg(long)]
        workspace: Option<PathBuf>,
        /// Runs a cell (the median is printed).
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Cold runs a cell, when fewer than --runs (a cold run at 1,000,000 claims takes half a minute).
        #[arg(long)]
        cold_runs: Option<usize>,
        /// Internal: only generate the workspaces and fzf's input files, then stop.
        #[arg(long, hide = true)]
        prepare: bool,
    },
    /// Rewrite story files in factdesk's canonical layout (stable key order, block scalars).
    Fmt {
        /// The workspace folder (same as `-w`).
        #[arg(id = "dir", value_name = "WORKSPACE")]
        workspace: Option<PathBuf>,
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
    /// Measure `extract` on the labelled news set: precision, recall, furniture proposed, claimant accuracy.
    #[cfg(feature = "dev")]
    BenchNews(commands::bench_news::BenchNewsArgs),
    /// Learn the news decision from the news set's dev split (leave-one-article-out CV; held-out splits refused).
    #[cfg(feature = "dev")]
    TrainNews(commands::train_news::TrainNewsArgs),
    /// Measure "checked before?" on CLEF-2020 CheckThat! Task 2: MAP@1, MAP@5, recall@10.
    #[cfg(feature = "dev")]
    BenchSimilar(commands::bench_similar::BenchSimilarArgs),
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
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(code) = mistyped_subcommand(first_word(&args).as_deref()) {
        return code;
    }
    let cli = Cli::parse_from(args);
    output::set_options(&cli.global);
    if cli.command.is_some() {
        quiet_on_closed_pipe();
    }
    let g = cli.global.clone();
    // `factdesk WS list` names the workspace before the subcommand: it counts like `-w WS`.
    let before = cli.workspace.clone();
    let ws =
        |positional: Option<PathBuf>| output::workspace(positional.or_else(|| before.clone()), g.workspace.as_deref());
    match cli.command {
        None => {
            let color = match g.color {
                output::ColorWhen::Always => Some(true),
                output::ColorWhen::Never => Some(false),
                output::ColorWhen::Auto => None,
            };
            crate::tui::run(&ws(cli.workspace), cli.no_mouse, color)
        }
        Some(Command::Check { workspace, paths, story, format, strict }) => {
            check::check(&ws(workspace), &story, &paths, format, strict)
        }
        Some(Command::List { workspace, story, status, verdict, format }) => {
            list::list(&ws(workspace), story.as_deref(), status.as_deref(), verdict.as_deref(), format)
        }
        Some(Command::GenWorkspace { dir, stories, claims_per_story, seed }) => {
            gen_workspace::run(&dir, stories, claims_per_story, seed)
        }
        Some(Command::Search { query, workspace, limit, format }) => search::run(&query, &ws(workspace), limit, format),
        Some(Command::Similar { claim, workspace, text, limit, format }) => {
            similar::main(claim, workspace, text, limit, format, ws)
        }
        #[cfg(feature = "dev")]
        Some(Command::BenchScale { dir, sizes, probe }) => bench_scale::run(&dir, &sizes, probe.as_deref()),
        #[cfg(feature = "dev")]
        Some(Command::BenchCli { dir, sizes, workspace, runs, cold_runs, prepare }) => {
            bench_cli::run(&bench_cli::Options { dir, sizes, workspace, runs, cold_runs, prepare })
        }
        Some(Command::Export(mut args)) => {
            args.workspace = Some(ws(args.workspace.take()));
            export::run(&args)
        }
        Some(Command::Fmt { workspace, force }) => fmt::fmt(&ws(workspace), force),
        Some(Command::Recover { workspace, restore, discard }) => {
            recover::run(&ws(workspace), crate::recover::Action::from_flags(restore, discard))
        }
        Some(Command::NewStory { slug, article, title }) => {
            new_story::run(&slug, &article, title.as_deref(), &ws(None))
        }
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "factdesk", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Some(Command::Man) => match clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => output::fail(&format!("cannot write the manual page: {e}")),
        },
        Some(Command::Init(a)) => init::run(a),
        Some(Command::ImportClaimreview(a)) => import_claimreview::run(a, &ws(None)),
        Some(Command::MergeDriver(a)) => merge_driver::run(a),
        Some(Command::Extract(a)) => extract::extract(a, &ws(None)),
        Some(Command::Score(a)) => score::score(a),
        #[cfg(feature = "dev")]
        Some(Command::Train(a)) => train::train(a),
        #[cfg(feature = "dev")]
        Some(Command::BenchCheckworthy(a)) => bench_checkworthy::bench_checkworthy(a),
        #[cfg(feature = "dev")]
        Some(Command::BenchNews(a)) => bench_news::bench_news(a),
        #[cfg(feature = "dev")]
        Some(Command::TrainNews(a)) => train_news::train_news(a),
        #[cfg(feature = "dev")]
        Some(Command::BenchSimilar(a)) => bench_similar::run(a),
    }
}

/// The first argument that is not an option (or an option's value): a subcommand, or the bare workspace.
fn first_word(args: &[std::ffi::OsString]) -> Option<std::path::PathBuf> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let s = a.to_string_lossy();
        if s == "--" {
            return it.next().map(PathBuf::from);
        }
        if matches!(s.as_ref(), "-w" | "--workspace" | "--color") {
            it.next();
        } else if !s.starts_with('-') || s == "-" {
            return Some(PathBuf::from(a));
        }
    }
    None
}

/// `factdesk lsit`: a bare word that is no folder but is close to a subcommand's name is a typo, reported as clap
/// reports an unknown subcommand ("a similar subcommand exists"), with exit code 2.
fn mistyped_subcommand(positional: Option<&std::path::Path>) -> Option<ExitCode> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let word = positional?.to_str()?;
    let cmd = Cli::command();
    if std::fs::symlink_metadata(word).is_ok()
        || word.contains(['/', '\\', '.'])
        || cmd.get_subcommands().any(|c| c.get_name() == word || c.get_all_aliases().any(|a| a == word))
        || word == "help"
    {
        return None;
    }
    let names: Vec<String> =
        cmd.get_subcommands().filter(|c| !c.is_hide_set()).map(|c| c.get_name().to_string()).collect();
    let best = names
        .iter()
        .map(|n| (output::edit_distance(word, n), n))
        .filter(|(d, n)| *d <= 2.max(n.len() / 3) || n.starts_with(word))
        .min_by_key(|(d, _)| *d)?
        .1
        .clone();
    let mut err = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(&cmd);
    err.insert(ContextKind::InvalidSubcommand, ContextValue::String(word.to_string()));
    err.insert(ContextKind::SuggestedSubcommand, ContextValue::Strings(vec![best]));
    err.insert(ContextKind::Usage, ContextValue::StyledStr(cmd.clone().render_usage()));
    let _ = err.print();
    Some(ExitCode::from(2))
}

/// Exposed for tests: a story file rendered the canonical way.
pub fn render_story(file: &StoryFile) -> String {
    store::render(file)
}
