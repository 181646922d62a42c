//! The user's own settings: reviewer name, key overrides, theme, mouse and the list's width, read from the XDG
//! config file; and the line splice that writes one setting back without touching the rest of the file.

use crate::diag::Diagnostic;
use crate::store;
use crate::tui::geometry::ListWidth;
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
    /// The claims list's share of the screen, in percent (20 to 80); `<` and `>` change it and write it here.
    pub list_width: u16,
    /// Whether the claims list takes the whole width; `z` changes it and writes it here.
    pub list_zoom: bool,
}

impl Default for UserConfig {
    fn default() -> Self {
        UserConfig {
            reviewer: String::new(),
            keys: BTreeMap::new(),
            theme: "default".into(),
            mouse: true,
            list_width: ListWidth::DEFAULT,
            list_zoom: false,
        }
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
    if !(ListWidth::MIN..=ListWidth::MAX).contains(&cfg.list_width) {
        let (line, col) = store::find_value(&text, "list_width", &cfg.list_width.to_string(), 0).unwrap_or((1, 1));
        return Err(Diagnostic::error(
            path,
            line,
            col,
            format!(
                "list_width {} is out of range; write a percentage from {} to {} (or delete the line)",
                cfg.list_width,
                ListWidth::MIN,
                ListWidth::MAX
            ),
        ));
    }
    Ok(cfg)
}

impl UserConfig {
    /// The list's width and zoom as the layout takes them.
    pub fn list(&self) -> ListWidth {
        ListWidth { percent: self.list_width, zoom: self.list_zoom }.clamped()
    }
}

/// Why one setting could not be written into the config file's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpliceError {
    /// The file is not laid out as one `key: value` line per top-level setting (a flow mapping, a second
    /// document), so changing one line would not change the setting, or would break the file.
    #[error("`{key}` could not be set there without rewriting the file; write `{key}: {value}` on a line of its own")]
    Layout { key: String, value: String },
}

/// The config file's text with the top-level `key` set to `value` (a plain scalar): its line is changed in
/// place (a comment after the value stays), or `key: value` is added at the end. Every other line is kept
/// byte for byte. The result is checked by parsing it back: it must hold `value` under `key` and every other
/// setting as before, else the text is left alone and the error says what to write by hand.
pub fn set_key(text: &str, key: &str, value: &str) -> Result<String, SpliceError> {
    let refused = || SpliceError::Layout { key: key.to_string(), value: value.to_string() };
    let mut out = String::with_capacity(text.len() + key.len() + value.len() + 4);
    let mut found = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = &line[body.len()..];
        let after_key = body.strip_prefix(key).map(str::trim_start).and_then(|r| r.strip_prefix(':'));
        match after_key {
            Some(rest) if !found => {
                found = true;
                // A comment after the value stays where it was.
                let comment = rest.find(" #").map_or("", |i| &rest[i..]);
                out.push_str(&format!("{key}: {value}{comment}{ending}"));
            }
            _ => out.push_str(line),
        }
    }
    if !found {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("{key}: {value}\n"));
    }
    // Parsed back: the setting must now be there, and nothing else may have changed.
    let parse = |t: &str| -> Option<serde_yaml::Value> {
        if t.trim().is_empty() {
            return Some(serde_yaml::Value::Mapping(Default::default()));
        }
        serde_yaml::from_str(t).ok()
    };
    let (Some(before), Some(after)) = (parse(text), parse(&out)) else { return Err(refused()) };
    let mut expected = match before {
        serde_yaml::Value::Mapping(m) => m,
        serde_yaml::Value::Null => Default::default(),
        _ => return Err(refused()),
    };
    let wanted: serde_yaml::Value = serde_yaml::from_str(value).map_err(|_| refused())?;
    expected.insert(serde_yaml::Value::String(key.to_string()), wanted);
    if after != serde_yaml::Value::Mapping(expected) {
        return Err(refused());
    }
    Ok(out)
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
    fn set_key_changes_one_line_and_keeps_the_rest() {
        let text = "# my settings\nreviewer: Dara # me\nlist_width: 50 # the list\nkeys:\n  verdict: V\n";
        let out = set_key(text, "list_width", "65").unwrap();
        assert_eq!(out, "# my settings\nreviewer: Dara # me\nlist_width: 65 # the list\nkeys:\n  verdict: V\n");
        let out = set_key(&out, "list_zoom", "true").unwrap();
        assert!(out.ends_with("  verdict: V\nlist_zoom: true\n"), "{out}");
        assert_eq!(set_key("", "list_zoom", "false").unwrap(), "list_zoom: false\n");
        assert_eq!(set_key("mouse: false", "list_width", "30").unwrap(), "mouse: false\nlist_width: 30\n");
        assert_eq!(set_key("mouse: false\r\n", "mouse", "true").unwrap(), "mouse: true\r\n");
        // Indented under another key is not the top-level setting: left alone, the setting added.
        let out = set_key("keys:\n  list_width: x\n", "list_width", "40").unwrap();
        assert_eq!(out, "keys:\n  list_width: x\nlist_width: 40\n");
    }

    #[test]
    fn set_key_refuses_a_layout_it_cannot_change_by_line() {
        let e = set_key("{reviewer: Dara}\n", "list_width", "40").unwrap_err();
        assert!(e.to_string().contains("`list_width: 40`"), "{e}");
        assert!(set_key("list_width: >\n  50\n", "list_width", "40").is_err());
    }

    #[test]
    fn list_width_out_of_range_is_an_error_on_its_line() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join("config.yaml");
        std::fs::write(&p, "reviewer: Dara\nlist_width: 95\n").unwrap();
        let e = load(Some(&p)).unwrap_err();
        assert_eq!((e.line, e.column), (2, 13), "{e}");
        assert!(e.message.contains("from 20 to 80"), "{e}");
        std::fs::write(&p, "list_width: 35\nlist_zoom: true\n").unwrap();
        assert_eq!(load(Some(&p)).unwrap().list(), ListWidth { percent: 35, zoom: true });
    }

    #[test]
    fn missing_file_means_defaults() {
        let c = load(Some(Path::new("/nonexistent/factdesk.yaml"))).unwrap();
        assert_eq!(c, UserConfig::default());
        assert!(c.mouse);
    }
}
