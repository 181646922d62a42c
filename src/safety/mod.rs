//! Never losing a journalist's work: three-way merges, the workspace watcher, locks, recovery journals.
//!
//! Each submodule is a library piece the terminal UI drives; none of them draws anything.

pub mod journal;
pub mod lock;
pub mod merge;
pub mod sync;
pub mod watch;
