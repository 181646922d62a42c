//! A property test over hostile workspace trees (issue 12): random symbolic links out of the workspace (to a secret
//! and to a victim file), FIFOs, links to devices, dangling links, `..` and absolute `story.article` paths,
//! unreadable files. The real binary runs `check`, `list --format json`, `export` and `extract --replace-article` on
//! each tree. Invariants: no command hangs (20 s), the secret never appears in any output, nothing outside the
//! workspace changes, and a command that reports an error exits non-zero.
#![cfg(unix)]

use proptest::prelude::*;
use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const MARKER: &str = "HOSTILE-SECRET-91c2";
const VICTIM: &str = "the victim's own words, never to be replaced\n";
const ARTICLE: &str = "The scam economy is half of GDP, they said.\n";

fn story(article: &str) -> String {
    format!(
        "story:\n  title: Budget\n  article: {article}\nclaims:\n- id: half\n  text: Half of GDP\n  quote:\n    exact: \
         half of GDP\n  kind: statistic\n  status: open\n"
    )
}

/// What stands where a file should be.
#[derive(Debug, Clone, Copy)]
enum Node {
    Regular,
    LinkToSecret,
    LinkToVictim,
    Fifo,
    Dangling,
    LinkToStdin,
    LinkToZero,
    Unreadable,
}

fn node() -> impl Strategy<Value = Node> {
    prop_oneof![
        3 => Just(Node::Regular),
        1 => Just(Node::LinkToSecret),
        1 => Just(Node::LinkToVictim),
        1 => Just(Node::Fifo),
        1 => Just(Node::Dangling),
        1 => Just(Node::LinkToStdin),
        1 => Just(Node::LinkToZero),
        1 => Just(Node::Unreadable),
    ]
}

/// What `story.article` says.
fn article_field() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        4 => Just("article.txt"),
        1 => Just("../../secret.txt"),
        1 => Just("../../victim.txt"),
        1 => Just("@ABS_SECRET"),
        1 => Just("sub/../../../victim.txt"),
        1 => Just("up/secret.txt"),
        1 => Just("/dev/stdin"),
    ]
}

#[derive(Debug, Clone)]
struct StorySpec {
    /// The story folder itself is a link to a folder outside holding a story that quotes the secret.
    dir_link: bool,
    claims: Node,
    article_field: &'static str,
    article: Node,
}

fn story_spec() -> impl Strategy<Value = StorySpec> {
    (prop::bool::weighted(0.15), node(), article_field(), node())
        .prop_map(|(dir_link, claims, article_field, article)| StorySpec { dir_link, claims, article_field, article })
}

fn mkfifo(p: &Path) {
    let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

struct Tree {
    _t: tempfile::TempDir,
    top: PathBuf,
    ws: PathBuf,
    unreadable: Vec<PathBuf>,
}

impl Drop for Tree {
    fn drop(&mut self) {
        for p in &self.unreadable {
            let _ = fs::set_permissions(p, fs::Permissions::from_mode(0o644));
        }
    }
}

/// Puts `node` at `path`; `content` is what a regular file holds.
fn place(tree: &mut Tree, path: &Path, node: Node, content: &str) {
    let top = tree.top.clone();
    match node {
        Node::Regular => fs::write(path, content).unwrap(),
        Node::LinkToSecret => symlink(top.join("secret.txt"), path).unwrap(),
        Node::LinkToVictim => symlink(top.join("victim.txt"), path).unwrap(),
        Node::Fifo => mkfifo(path),
        Node::Dangling => symlink(top.join("nowhere").join("gone"), path).unwrap(),
        Node::LinkToStdin => symlink("/dev/stdin", path).unwrap(),
        Node::LinkToZero => symlink("/dev/zero", path).unwrap(),
        Node::Unreadable => {
            fs::write(path, content).unwrap();
            fs::set_permissions(path, fs::Permissions::from_mode(0o000)).unwrap();
            tree.unreadable.push(path.to_path_buf());
        }
    }
}

fn build(specs: &[StorySpec], config: Node, exports_link: bool) -> Tree {
    let t = tempfile::tempdir().unwrap();
    let top = t.path().to_path_buf();
    let ws = top.join("ws");
    fs::create_dir_all(&ws).unwrap();
    fs::write(top.join("secret.txt"), format!("{MARKER}\nstory:\n  title: {MARKER}\nclaims: []\n")).unwrap();
    fs::write(top.join("victim.txt"), VICTIM).unwrap();
    fs::create_dir_all(top.join("elsewhere")).unwrap();
    fs::write(top.join("elsewhere/claims.yaml"), story("article.txt").replace("Half of GDP", MARKER)).unwrap();
    fs::write(top.join("elsewhere/article.txt"), format!("{MARKER} half of GDP\n")).unwrap();
    let mut tree = Tree { _t: t, top: top.clone(), ws: ws.clone(), unreadable: Vec::new() };
    for (i, s) in specs.iter().enumerate() {
        let dir = ws.join(format!("s{i}"));
        if s.dir_link {
            symlink(top.join("elsewhere"), &dir).unwrap();
            continue;
        }
        fs::create_dir_all(dir.join("sub")).unwrap();
        symlink(&top, dir.join("up")).unwrap();
        let field = s.article_field.replace("@ABS_SECRET", top.join("secret.txt").to_str().unwrap());
        place(&mut tree, &dir.join("claims.yaml"), s.claims, &story(&field));
        place(&mut tree, &dir.join("article.txt"), s.article, ARTICLE);
    }
    if !matches!(config, Node::Regular) {
        place(&mut tree, &ws.join("factdesk.yaml"), config, "verdicts:\n- name: accurate\n");
    }
    if exports_link {
        fs::create_dir_all(top.join("outside-exports")).unwrap();
        symlink(top.join("outside-exports"), top.join("exports")).unwrap();
    }
    tree
}

/// Every file outside the workspace, by path, with its bytes (links as their target).
fn outside(dir: &Path, ws: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.starts_with(ws) || p.file_name().is_some_and(|n| n == ".cache-test") {
            continue;
        }
        let ft = e.file_type().unwrap();
        if ft.is_symlink() {
            out.push((p.clone(), fs::read_link(&p).unwrap().into_os_string().into_encoded_bytes()));
        } else if ft.is_dir() {
            out.extend(outside(&p, ws));
        } else {
            out.push((p.clone(), fs::read(&p).unwrap_or_default()));
        }
    }
    out.sort();
    out
}

fn run(top: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .args(args)
        .current_dir(top)
        .env("XDG_CACHE_HOME", top.join(".cache-test"))
        .env("HOME", top)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _stdin = child.stdin.take(); // open and silent: a read of /dev/stdin would block
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("factdesk {args:?} hung (still running after 20 s)");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn hostile_trees_never_leak_write_outside_or_hang(
        specs in prop::collection::vec(story_spec(), 1..4),
        config in prop_oneof![3 => Just(Node::Regular), 1 => Just(Node::LinkToSecret), 1 => Just(Node::Fifo),
                              1 => Just(Node::LinkToStdin), 1 => Just(Node::Unreadable)],
        exports_link in prop::bool::ANY,
    ) {
        let tree = build(&specs, config, exports_link);
        let before = outside(&tree.top, &tree.ws);
        let new_article = tree.top.join("new-article.txt");
        fs::write(&new_article, "A new article: half of GDP.\n").unwrap();
        let before_with_new = outside(&tree.top, &tree.ws);
        let ws = tree.ws.to_str().unwrap();
        let mut runs: Vec<Vec<String>> = vec![
            vec!["check".into(), ws.into()],
            vec!["list".into(), ws.into(), "--format".into(), "json".into()],
            vec!["search".into(), "half".into(), ws.into()],
        ];
        for i in 0..specs.len() {
            let slug = format!("s{i}");
            runs.push(vec!["export".into(), ws.into(), "--story".into(), slug.clone(), "--format".into(), "markdown".into()]);
            runs.push(vec!["extract".into(), new_article.to_str().unwrap().into(), "--workspace".into(), ws.into(),
                           "--story".into(), slug, "--replace-article".into()]);
        }
        for args in &runs {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let o = run(&tree.top, &args);
            let out = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
            prop_assert!(!out.contains(MARKER), "{:?} leaked the secret for {:?}:\n{}", args, specs, out);
            if out.contains(": error: ") {
                prop_assert!(!o.status.success(), "{:?} reported an error but exited 0 for {:?}:\n{}", args, specs, out);
            }
        }
        if exports_link {
            // The UI's export (`x`) on every story that loads: never through the `exports` link.
            let root = tree.ws.clone();
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let ws = factdesk::load::load_workspace(&root).unwrap();
                let results: Vec<Result<String, String>> = (0..ws.stories.len())
                    .map(|i| factdesk::tui::export_story(&ws, i, factdesk::export::Format::Markdown))
                    .collect();
                let _ = tx.send(results);
            });
            let results = rx.recv_timeout(Duration::from_secs(20)).expect("loading and exporting hung");
            for r in results {
                let err = r.expect_err("an export through a link must be refused");
                prop_assert!(err.contains("symbolic link") && !err.contains(MARKER), "{}", err);
            }
        }
        prop_assert_eq!(&before_with_new, &outside(&tree.top, &tree.ws), "something outside changed for {:?}", specs);
        prop_assert_eq!(fs::read_to_string(tree.top.join("victim.txt")).unwrap(), VICTIM);
        prop_assert!(before.len() + 1 == before_with_new.len());
    }
}
