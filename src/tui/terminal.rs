//! Terminal setup and teardown: raw mode, alternate screen, mouse capture, bracketed paste, the panic hook,
//! Ctrl-Z suspension and handing the terminal to `$EDITOR`.

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use std::io::{self, IsTerminal, Stdout, stdout};
use std::path::Path;
use std::sync::Once;

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// A clear error when stdin or stdout is not a terminal, instead of a garbled screen.
pub fn require_tty() -> Result<(), String> {
    let which = match (io::stdin().is_terminal(), io::stdout().is_terminal()) {
        (true, true) => return Ok(()),
        (false, true) => "standard input is",
        (true, false) => "standard output is",
        (false, false) => "standard input and output are",
    };
    Err(format!(
        "{which} not a terminal, so the review UI cannot start; run it in a terminal, \
         or use `factdesk list` / `factdesk check` in scripts and pipes"
    ))
}

/// Puts the terminal into the UI's state.
pub fn enter(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    let mut out = stdout();
    execute!(out, EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    Ok(())
}

/// Gives the terminal back: everything `enter` turned on is turned off. Safe to call twice.
pub fn leave() {
    let mut out = stdout();
    let _ = execute!(out, DisableMouseCapture, DisableBracketedPaste, LeaveAlternateScreen);
    let _ = disable_raw_mode();
    let _ = execute!(out, ratatui::crossterm::cursor::Show);
}

/// Enters the UI's terminal state and installs a panic hook that restores the terminal before the
/// panic message is printed.
pub fn init(mouse: bool) -> io::Result<Term> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // The UI's helper threads (loader, input, index) report their failures on screen; printing over
            // the UI, or giving the terminal back under it, would leave the journalist with a broken screen.
            if std::thread::current().name().is_some_and(|n| n.starts_with("factdesk-")) {
                return;
            }
            leave();
            previous(info);
        }));
    });
    enter(mouse)?;
    let mut term = Terminal::new(CrosstermBackend::new(stdout()))?;
    clear(&mut term)?;
    Ok(term)
}

/// Clears the screen and makes the next draw repaint every cell, without asking the terminal anything.
///
/// ratatui's `Terminal::clear` saves and restores the cursor, which sends a cursor-position query (`ESC[6n`) and
/// waits up to 2 s for the answer; a terminal, multiplexer or serial line that never answers would then fail
/// start-up. A full-screen UI in the alternate screen has no cursor position worth keeping, so this clears
/// through `resize` instead, which for `Viewport::Fullscreen` clears everything and resets the back buffer
/// without a query (ratatui 0.30; `Terminal::new` itself does not query either).
pub fn clear(term: &mut Term) -> io::Result<()> {
    let size = term.size()?;
    term.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
}

/// Drops keys typed before now that no one has read yet, so a question about to be shown cannot be answered
/// by keys meant for something else.
pub fn discard_typed_ahead() {
    #[cfg(unix)]
    // SAFETY: tcflush on standard input only discards queued input bytes; it touches no memory of ours.
    unsafe {
        libc::tcflush(libc::STDIN_FILENO, libc::TCIFLUSH);
    }
}

/// Runs `f` with the terminal handed back to the shell, then takes it again and redraws everything.
pub fn suspended<T>(term: &mut Term, mouse: bool, f: impl FnOnce() -> T) -> io::Result<T> {
    leave();
    let out = f();
    enter(mouse)?;
    clear(term)?;
    Ok(out)
}

/// Ctrl-Z: stops the process like any shell job; `fg` brings the UI back.
pub fn suspend_process(term: &mut Term, mouse: bool) -> io::Result<()> {
    suspended(term, mouse, || {
        #[cfg(unix)]
        // SAFETY: raise only sends a signal to this process; SIGTSTP stops it until SIGCONT.
        unsafe {
            libc::raise(libc::SIGTSTP);
        }
    })
}

/// The editor command: `$VISUAL`, then `$EDITOR`, then `vi`.
pub fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".into())
}

/// Opens `text` in the editor (through `sh`, so `EDITOR="code --wait"` works) and returns the edited text.
pub fn edit_in_editor(term: &mut Term, mouse: bool, text: &str) -> Result<String, String> {
    let file = tempfile::Builder::new()
        .prefix("factdesk-notes-")
        .suffix(".md")
        .tempfile()
        .map_err(|e| format!("could not create a temporary file for the editor: {e}"))?;
    std::fs::write(file.path(), text).map_err(|e| format!("could not write {}: {e}", file.path().display()))?;
    let editor = editor_command();
    let status = suspended(term, mouse, || run_editor(&editor, file.path()))
        .map_err(|e| format!("could not take the terminal back: {e}"))?;
    match status {
        Ok(s) if s.success() => std::fs::read_to_string(file.path())
            .map_err(|e| format!("could not read the edited notes back: {e}; the notes are unchanged")),
        Ok(s) => Err(format!("`{editor}` exited with {s}; the notes are unchanged")),
        Err(e) => Err(format!("could not run `{editor}`: {e}; set $VISUAL or $EDITOR")),
    }
}

fn run_editor(editor: &str, path: &Path) -> io::Result<std::process::ExitStatus> {
    std::process::Command::new("sh").arg("-c").arg(format!("{editor} \"$1\"")).arg("sh").arg(path).status()
}
