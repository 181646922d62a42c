//! Git, as factdesk uses it: finding the repository, its merge-driver settings, and (for the UI) status, diff and
//! log. factdesk never commits: it runs the `git` program the journalist has, as lazygit does, and says nothing
//! when there is no git or no repository.

pub mod driver;
pub mod init;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The merge driver's name in `.gitattributes` and `.git/config` (`merge.factdesk.*`).
pub const DRIVER_NAME: &str = "factdesk";
/// What git runs for a `claims.yaml` merge: `%O` base, `%A` ours (the result is written here), `%B` theirs,
/// `%P` the path in the repository.
pub const DRIVER_COMMAND: &str = "factdesk merge-driver %O %A %B %P";
/// The driver's human name (`merge.factdesk.name`).
pub const DRIVER_DESCRIPTION: &str = "factdesk: three-way merge of claims.yaml, claim by claim and field by field";

/// Why a git command could not be run or failed.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("cannot run git: {0} (install git, or use factdesk without it)")]
    Spawn(#[from] std::io::Error),
    #[error("`git {args}` failed: {stderr}")]
    Failed { args: String, stderr: String },
}

/// Runs `git -C dir args…` with no terminal prompts and returns its standard output.
pub fn run(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .stdin(Stdio::null())
        .output()?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(GitError::Failed { args: args.join(" "), stderr: String::from_utf8_lossy(&out.stderr).trim().to_string() })
    }
}

/// The top folder of the git repository holding `dir`, or `None` (no repository, or no git).
pub fn toplevel(dir: &Path) -> Option<PathBuf> {
    let out = run(dir, &["rev-parse", "--show-toplevel"]).ok()?;
    let s = String::from_utf8(out).ok()?;
    let s = s.trim_end_matches(['\n', '\r']);
    (!s.is_empty()).then(|| PathBuf::from(s))
}

/// A setting of the repository holding `dir` (`None` when unset, or no repository).
pub fn config_get(dir: &Path, key: &str) -> Option<String> {
    let out = run(dir, &["config", "--get", key]).ok()?;
    Some(String::from_utf8_lossy(&out).trim_end_matches(['\n', '\r']).to_string())
}

/// Sets a setting in the repository's own `.git/config`.
pub fn config_set(dir: &Path, key: &str, value: &str) -> Result<(), GitError> {
    run(dir, &["config", "--local", key, value]).map(|_| ())
}

/// A story folder's state in git, as `git status` shows it (several may hold at once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoryGit {
    /// Changed in the work tree since the index (`git add` would stage it).
    pub modified: bool,
    /// Changed in the index since the last commit.
    pub staged: bool,
    /// Files git does not track yet (a new story).
    pub untracked: bool,
    /// A merge left conflicts in it.
    pub conflicted: bool,
}

impl StoryGit {
    /// Short marks, as lazygit and `git status -s` use letters: `U` conflicted, `S` staged, `M` modified,
    /// `?` untracked; empty when clean.
    pub fn marks(&self) -> String {
        let mut s = String::new();
        for (on, c) in [(self.conflicted, 'U'), (self.staged, 'S'), (self.modified, 'M'), (self.untracked, '?')] {
            if on {
                s.push(c);
            }
        }
        s
    }

    /// In words, for the header: "conflicted, staged, modified, untracked".
    pub fn words(&self) -> String {
        let all = [
            (self.conflicted, "conflicted"),
            (self.staged, "staged"),
            (self.modified, "modified"),
            (self.untracked, "untracked"),
        ];
        all.iter().filter(|(on, _)| *on).map(|(_, w)| *w).collect::<Vec<_>>().join(", ")
    }
}

/// Each story folder's git state under the workspace `root` (by slug; clean stories are left out). `None` when
/// `root` is in no repository or git cannot run.
pub fn status(root: &Path) -> Option<std::collections::HashMap<String, StoryGit>> {
    let top = std::fs::canonicalize(toplevel(root)?).ok()?;
    let root = std::fs::canonicalize(root).ok()?;
    let out = run(&root, &["status", "--porcelain=v2", "-z", "--untracked-files=all", "--", "."]).ok()?;
    Some(parse_status(&out, &top, &root))
}

/// Reads `git status --porcelain=v2 -z` output (paths relative to `top`) into each story's state under `root`.
pub fn parse_status(out: &[u8], top: &Path, root: &Path) -> std::collections::HashMap<String, StoryGit> {
    let mut map: std::collections::HashMap<String, StoryGit> = std::collections::HashMap::new();
    let mut fields = out.split(|b| *b == 0).peekable();
    while let Some(entry) = fields.next() {
        let entry = String::from_utf8_lossy(entry);
        let (kind, rest) = entry.split_at(entry.find(' ').unwrap_or(entry.len()));
        let rest = rest.trim_start();
        // (fields before the path, what it is)
        let (skip, path) = match kind {
            "1" => (7, rest),
            "2" => {
                // A rename: the original path follows as its own field.
                fields.next();
                (8, rest)
            }
            "u" => (9, rest),
            "?" => (0, rest),
            _ => continue,
        };
        let mut parts = path.splitn(skip + 1, ' ');
        let xy = if skip > 0 { parts.next().unwrap_or("..") } else { "" };
        let Some(path) = parts.nth(skip.saturating_sub(1)) else { continue };
        let path = if skip == 0 { rest } else { path };
        let Ok(rel) = top.join(path).strip_prefix(root).map(Path::to_path_buf) else { continue };
        let mut comps = rel.components();
        let (Some(slug), Some(_)) = (comps.next(), comps.next()) else { continue };
        let slug = slug.as_os_str().to_string_lossy().into_owned();
        let st = map.entry(slug).or_default();
        let mut xy = xy.chars();
        match kind {
            "?" => st.untracked = true,
            "u" => st.conflicted = true,
            _ => {
                st.staged |= xy.next().is_some_and(|c| c != '.');
                st.modified |= xy.next().is_some_and(|c| c != '.');
            }
        }
    }
    map
}

/// `git diff` of a story folder against the last commit (staged and unstaged changes together), without colour
/// codes (the UI colours it); in a repository with no commit yet, against the index.
pub fn diff(dir: &Path) -> Result<String, GitError> {
    let path = dir.as_os_str().to_string_lossy().into_owned();
    let args = |head: bool| {
        let mut a = vec!["diff", "--no-color", "--no-ext-diff"];
        if head {
            a.push("HEAD");
        }
        a
    };
    let with = |mut a: Vec<&str>| -> Result<Vec<u8>, GitError> {
        a.push("--");
        a.push(".");
        run(Path::new(&path), &a)
    };
    let out = with(args(true)).or_else(|_| with(args(false)))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The commits that touched one claim: `git log -L` over the lines the claim holds in the committed story file
/// (so edits to any of its fields count, not only commits that add or remove its id, as `-S` would find).
/// `Ok(None)` when the claim is not in the last commit (new, not committed yet).
pub fn claim_log(story_file: &Path, claim_id: &str) -> Result<Option<String>, GitError> {
    let dir = story_file.parent().unwrap_or(Path::new("."));
    let name = story_file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let committed = run(dir, &["show", &format!("HEAD:./{name}")])?;
    let text = String::from_utf8_lossy(&committed);
    let Some((first, last)) = claim_lines(&text, claim_id) else { return Ok(None) };
    let range = format!("{first},{last}:{name}");
    let out = run(
        dir,
        &["log", "--no-color", "--no-ext-diff", "--date=short", "--format=commit %h %ad %an%n    %s", "-L", &range],
    )?;
    Ok(Some(String::from_utf8_lossy(&out).into_owned()))
}

/// The 1-based first and last line of the claim `id` in a story file's text: from its list item's `- ` to the
/// line before the next item (or the end of the list).
pub fn claim_lines(text: &str, id: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let claims = lines.iter().position(|l| l.trim_end() == "claims:")?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let item_indent = lines[claims + 1..].iter().find(|l| l.trim_start().starts_with("- ")).map(|l| indent(l))?;
    let mut start = None;
    for (i, l) in lines.iter().enumerate().skip(claims + 1) {
        let t = l.trim_start();
        if !t.is_empty() && !t.starts_with('#') && indent(l) < item_indent
            || (indent(l) == item_indent && !t.starts_with("- ") && !t.is_empty() && !t.starts_with('#'))
        {
            // The list ended (a top-level key follows).
            if let Some(s) = start {
                return Some((s + 1, last_content(&lines, s, i)));
            }
            return None;
        }
        if indent(l) == item_indent && t.starts_with("- ") {
            if let Some(s) = start {
                return Some((s + 1, last_content(&lines, s, i)));
            }
            let body = t.trim_start_matches("- ");
            if is_id_line(body, id) || item_has_id(&lines[i + 1..], item_indent, id) {
                start = Some(i);
            }
        }
    }
    start.map(|s| (s + 1, last_content(&lines, s, lines.len())))
}

fn last_content(lines: &[&str], start: usize, end: usize) -> usize {
    (start..end).rev().find(|&i| !lines[i].trim().is_empty()).unwrap_or(start) + 1
}

fn is_id_line(body: &str, id: &str) -> bool {
    let Some(v) = body.strip_prefix("id:") else { return false };
    let v = v.split(" #").next().unwrap_or("").trim();
    let v = v.trim_matches(|c| c == '\'' || c == '"');
    v == id
}

/// Whether the item whose following lines are `rest` has `id: ID` among its own keys (before the next item).
fn item_has_id(rest: &[&str], item_indent: usize, id: &str) -> bool {
    for l in rest {
        let ind = l.len() - l.trim_start().len();
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if ind <= item_indent {
            return false;
        }
        if ind == item_indent + 2 && is_id_line(t, id) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_lines_span_one_list_item() {
        let text = "story:\n  title: T\nclaims:\n- id: a\n  text: A\n\n- text: B\n  id: b\n  notes: |\n    x\nrejected:\n- exact: r\n";
        assert_eq!(claim_lines(text, "a"), Some((4, 5)));
        assert_eq!(claim_lines(text, "b"), Some((7, 10)));
        assert_eq!(claim_lines(text, "r"), None);
        assert_eq!(claim_lines("claims:\n  - id: 'q'\n    text: Q\n", "q"), Some((2, 3)));
    }

    #[test]
    fn porcelain_v2_status_is_read_per_story() {
        let out = b"1 .M N... 100644 100644 100644 a a s1/claims.yaml\0\
1 M. N... 100644 100644 100644 a a s2/claims.yaml\0\
? s3/article.txt\0\
u UU N... 100644 100644 100644 100644 a b c s4/claims.yaml\0\
2 R. N... 100644 100644 100644 a a R100 s5/new name.txt\0s5/old.txt\0\
? factdesk.yaml\0";
        let m = parse_status(out, Path::new("/r"), Path::new("/r"));
        assert_eq!(m["s1"], StoryGit { modified: true, ..Default::default() });
        assert_eq!(m["s2"], StoryGit { staged: true, ..Default::default() });
        assert_eq!(m["s3"].marks(), "?");
        assert_eq!(m["s4"].marks(), "U");
        assert_eq!(m["s5"].words(), "staged");
        assert!(!m.contains_key("factdesk.yaml"), "a file at the top is no story");
        let nested =
            parse_status(b"1 .M N... 1 1 1 a a claims/s1/claims.yaml\0", Path::new("/r"), Path::new("/r/claims"));
        assert!(nested["s1"].modified);
    }
}
