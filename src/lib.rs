//! factdesk: a fact-checking workspace for the terminal. The library holds everything; `main.rs` only parses arguments.

pub mod anchor;
pub mod boundary;
pub mod cache;
pub mod checks;
pub mod cli;
pub mod diag;
pub mod evidence;
pub mod export;
pub mod extract;
pub mod generate;
pub mod locate;
pub mod model;
pub mod rng;
pub mod safety;
pub mod sanitize;
pub mod search;
pub mod similar;
pub mod stats;
pub mod store;
pub mod tui;
pub mod words;
