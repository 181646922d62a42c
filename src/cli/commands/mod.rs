//! One file per subcommand: each reads its arguments, calls the domain modules, and prints.

#[cfg(feature = "dev")]
pub mod bench_checkworthy;
#[cfg(feature = "dev")]
pub mod bench_cli;
#[cfg(feature = "dev")]
pub mod bench_news;
#[cfg(feature = "dev")]
pub mod bench_scale;
#[cfg(feature = "dev")]
pub mod bench_similar;
pub mod check;
pub mod export;
pub mod extract;
pub mod fmt;
pub mod gen_workspace;
pub mod import_claimreview;
pub mod init;
pub mod list;
pub mod merge_driver;
pub mod new_story;
pub mod recover;
pub mod score;
pub mod search;
pub mod similar;
#[cfg(feature = "dev")]
pub mod train;
