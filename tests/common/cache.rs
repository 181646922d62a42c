//! The factdesk binary as tests start it outside a pseudo-terminal: its caches in one folder under the build's
//! temporary directory (`CARGO_TARGET_TMPDIR/xdg-cache`), never the user's `~/.cache/factdesk`. Included by path
//! (`#[path = "common/cache.rs"] mod test_cache;`) by every test that runs a command; the pseudo-terminal harness
//! (`pty.rs`) gives the binary a temporary HOME instead, and tests that set `XDG_CACHE_HOME` themselves keep theirs.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// Where the binary run by [`factdesk`] keeps its caches.
pub fn cache_home() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("xdg-cache")
}

/// `factdesk`, with `XDG_CACHE_HOME` set to [`cache_home`].
pub fn factdesk() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_factdesk"));
    c.env("XDG_CACHE_HOME", cache_home());
    c
}
