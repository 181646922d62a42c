//! The user's own settings: reviewer name, key overrides, theme and mouse, read from the XDG config file.

use crate::diag::Diagnostic;
use crate::store;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `config.yaml` under `$XDG_CONFIG_HOME/factdesk/`, or wherever `$FACTDESK_CONFIG` points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UserConfig {
    /// Name written into every history entry; empty means git's `user.name`, then `$USER`.
    pub reviewer: String,
    /// Key overrides: action name (as in the help overlay) to a key such as `V`, `ctrl-s` or `f2`.
    pub keys: BTreeMap<String, String>,
    /// `default`, or `mono` for no colours at all (as with `NO_COLOR`).
    pub theme: String,
    /// Whether the mouse scrolls and clicks (`--no-mouse` turns it off for one run).
    pub mouse: bool,
}

impl Default for UserConfig {
    fn default() -> Self {
        UserConfig { reviewer: String::new(), keys: BTreeMap::new(), theme: "default".into(), mouse: true }
    }
}

/// Where the config file is looked for.
pub fn config_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("FACTDESK_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("factdesk").join("config.yaml"))
}

/// Loads the config file; a missing file means the defaults.
pub fn load(path: Option<&Path>) -> Result<UserConfig, Diagnostic> {
    let Some(path) = path else { return Ok(UserConfig::default()) };
    if !path.exists() {
        return Ok(UserConfig::default());
    }
    // The user's own file: a link (dotfiles) is followed, but only a regular file is read.
    let bytes = store::read_user_file(path, 1024 * 1024)?;
    let text = store::decode_utf8(path, bytes, "the config file")?;
    if text.trim().is_empty() {
        return Ok(UserConfig::default());
    }
    let cfg: UserConfig = store::parse_yaml(path, &text, "delete it to use the defaults")?;
    if !matches!(cfg.theme.as_str(), "default" | "mono") {
        let (line, col) = store::find_value(&text, "theme", &cfg.theme, 0).unwrap_or((1, 1));
        return Err(Diagnostic::error(
            path,
            line,
            col,
            format!("unknown theme `{}`; use `default` or `mono`", cfg.theme),
        ));
    }
    Ok(cfg)
}

/// The reviewer's name: the config, else `git config user.name`, else `$USER`, else `unknown`.
pub fn reviewer(cfg: &UserConfig) -> String {
    if !cfg.reviewer.trim().is_empty() {
        return cfg.reviewer.trim().to_string();
    }
    let git = std::process::Command::new("git")
        .args(["config", "user.name"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|s| !s.is_empty());
    git.or_else(|| std::env::var("USER").ok().filter(|s| !s.is_empty())).unwrap_or_else(|| "unknown".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_settings_and_refuses_unknown_keys() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join("config.yaml");
        std::fs::write(&p, "reviewer: Dara\nkeys:\n  verdict: V\nmouse: false\n").unwrap();
        let c = load(Some(&p)).unwrap();
        assert_eq!(c.reviewer, "Dara");
        assert_eq!(c.keys["verdict"], "V");
        assert!(!c.mouse);
        assert_eq!(reviewer(&c), "Dara");
        std::fs::write(&p, "reviewer: Dara\nmouze: false\n").unwrap();
        let e = load(Some(&p)).unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        std::fs::write(&p, "theme: neon\n").unwrap();
        let e = load(Some(&p)).unwrap_err();
        assert!(e.message.contains("unknown theme"), "{e}");
    }

    #[test]
    fn missing_file_means_defaults() {
        let c = load(Some(Path::new("/nonexistent/factdesk.yaml"))).unwrap();
        assert_eq!(c, UserConfig::default());
        assert!(c.mouse);
    }
}
