//! `factdesk init`: create or complete a workspace for sharing through git, asking for the organisation on a
//! terminal when the flags leave it out.

use crate::cli::output::fail;
use crate::git::init::{InitReport, init};
use crate::model::Organization;
use crate::sanitize;
use clap::Args;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `factdesk init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The workspace folder to create or complete.
    #[arg(default_value = "claims")]
    pub dir: PathBuf,
    /// The organisation that publishes the fact-checks (ClaimReview's author).
    #[arg(long, value_name = "NAME")]
    pub org_name: Option<String>,
    /// The organisation's web site.
    #[arg(long, value_name = "URL")]
    pub org_url: Option<String>,
    /// Where each fact-check is published, with `{story}` and `{id}`, e.g. https://example.org/checks/{story}/{id}.
    #[arg(long, value_name = "PATTERN")]
    pub review_url: Option<String>,
    /// Ask nothing, even on a terminal: what the flags leave out stays empty in factdesk.yaml.
    #[arg(long)]
    pub no_input: bool,
}

/// Asks one question on the terminal; an empty answer (or end of input) leaves the field empty.
fn ask(question: &str) -> String {
    eprint!("{question}: ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    line.trim().to_string()
}

/// Runs `factdesk init`.
pub fn run(a: InitArgs) -> ExitCode {
    let new_config = std::fs::symlink_metadata(a.dir.join(crate::boundary::CONFIG_FILE)).is_err();
    // Questions only when a person can answer: never block a script or CI whose stdin is not a terminal.
    let interactive = new_config && !a.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let field = |given: Option<String>, question: &str| match given {
        Some(v) => v,
        None if interactive => ask(question),
        None => String::new(),
    };
    let org = Organization {
        name: field(a.org_name, "Organisation publishing the fact-checks (e.g. Example Fact Check)"),
        url: field(a.org_url, "Its web site (e.g. https://example.org/)"),
        review_url: field(
            a.review_url,
            "Each fact-check's url, with {story} and {id} (e.g. https://example.org/checks/{story}/{id})",
        ),
    };
    match init(&a.dir, &org) {
        Ok(mut report) => {
            if report.added.iter().chain(&report.kept).any(|l| l.contains("merge.factdesk.driver"))
                && !on_path("factdesk")
            {
                report.notes.push(
                    "`factdesk` is not on your PATH, so git cannot run the merge driver yet (it then leaves \
                     claims.yaml conflicted): install it with `cargo install --locked --path .`"
                        .into(),
                );
            }
            print_report(&a.dir, &report);
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = fail(&e.to_string());
            ExitCode::from(2)
        }
    }
}

/// Whether an executable of this name is in one of PATH's folders.
fn on_path(name: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(name).is_file()))
}

fn print_report(dir: &std::path::Path, r: &InitReport) {
    for n in &r.notes {
        eprintln!("note: {}", sanitize::line(n));
    }
    if crate::cli::output::quiet() {
        return;
    }
    for a in &r.added {
        println!("added {}", sanitize::line(a));
    }
    for k in &r.kept {
        println!("kept {} (already there, unchanged)", sanitize::line(k));
    }
    if r.added.is_empty() {
        println!("{} is already a complete workspace: nothing changed", sanitize::line(&dir.display().to_string()));
    }
}
