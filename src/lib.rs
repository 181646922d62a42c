//! factdesk: a fact-checking workspace for the terminal. The library holds everything; `main.rs` only parses arguments.
//!
//! # Layers
//!
//! Modules sit in layers, and a module imports only from its own layer or those below it, never upward and
//! never in a cycle (`tests/layers.rs` reads every `crate::` and `super::` path and enforces this):
//!
//! | layer | modules | what it holds |
//! | --- | --- | --- |
//! | 0 base | `sanitize`, `diag`, `words`, `rng`, `dates`, `boundary` | text safety, diagnostics, dates, the file trust policy: no domain types |
//! | 10 model | `model`, `anchor`, `locate`, `safety::merge` | plain data, and pure algorithms on it |
//! | 20 format | `yaml`, `splice`, `markers` | story YAML as text: parsing with budgets, rendering, lossless splicing, git's conflict markers |
//! | 30 store | `store`, `safety::{lock, journal, sync, watch}`, `git` | files on disk: stories, the side files beside them, and git (init, the merge driver, status) |
//! | 40 rules | `evidence`, `checks` | what a loaded story must satisfy, as diagnostics |
//! | 50 services | `load`, `search`, `similar`, `cache`, `export`, `extract`, `generate`, `stats`, `recover`, `archive` | what the front ends ask for, built from the layers below |
//! | 60–67 UI | `tui::{theme, config, input, terminal, sentences, geometry}` → `tui::{action, similar}` → `tui::keymap` → `tui::app` → `tui::view` → `tui::effects` → `tui::guard` → `tui` | data, then state, then what draws it, then what does I/O |
//! | 70 CLI | `cli` (`cli::output`, `cli::commands::*`) | argument parsing, the output every command shares, and one file per command (`train`, `train-news`, `bench-checkworthy`, `bench-news`, `bench-scale`, `bench-similar`, `bench-cli` only with `--features dev`) |
//!
//! `safety/` holds the pieces that never lose work; the merge inside it is pure (model layer), the rest are files
//! (store layer). The lossless save (`splice`, format) and `recover` (services) sit outside it, so the top-level
//! modules form no cycle either. Terminal crates (ratatui, crossterm) belong to the UI layers and clap to the CLI.

// Outside tests, a failure is handled or reported, never a panic: no `unwrap`/`expect` (item 8 of issue 13).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod anchor;
pub mod archive;
pub mod boundary;
pub mod cache;
pub mod checks;
pub mod cli;
pub mod dates;
pub mod diag;
pub mod evidence;
pub mod export;
pub mod extract;
pub mod generate;
pub mod git;
pub mod load;
pub mod locate;
pub mod markers;
pub mod model;
pub mod recover;
pub mod rng;
pub mod safety;
pub mod sanitize;
pub mod search;
pub mod similar;
pub mod splice;
pub mod stats;
pub mod store;
pub mod tui;
pub mod words;
pub mod yaml;
