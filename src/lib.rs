//! factdesk: a fact-checking workspace for the terminal. The library holds everything; `main.rs` only parses arguments.

pub mod anchor;
pub mod cli;
pub mod diag;
pub mod model;
pub mod safety;
pub mod sanitize;
pub mod store;
