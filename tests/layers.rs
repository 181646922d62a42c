//! The layer order of `src/lib.rs`, enforced: every `crate::`/`super::` path outside tests is read, and an import
//! that runs upward, a cycle between modules, or a terminal/CLI crate used below its layer fails with its place.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each module's layer: the longest entry that is the module or a prefix of it (followed by `::`) applies.
/// Lower layers never import higher ones. The order is explained at the top of `src/lib.rs`.
const LAYERS: &[(&str, u32)] = &[
    // 0 base: no domain types.
    ("sanitize", 0),
    ("diag", 0),
    ("words", 0),
    ("rng", 0),
    ("dates", 0),
    ("boundary", 0),
    // 10 model: plain data and pure algorithms on it.
    ("model", 10),
    ("anchor", 10),
    ("locate", 10),
    ("safety::merge", 10),
    // 20 format: story YAML as text.
    ("yaml", 20),
    ("splice", 20),
    ("markers", 20),
    // 30 store: files on disk, and the side files beside them.
    ("store", 30),
    ("safety", 30),
    ("safety::lock", 30),
    ("safety::journal", 30),
    ("safety::sync", 30),
    ("safety::watch", 30),
    ("git", 30),
    // 40 rules: read a loaded story, return diagnostics.
    ("evidence", 40),
    ("checks", 40),
    // 50 services: combine the layers below.
    ("load", 50),
    ("search", 50),
    ("similar", 50),
    ("cache", 50),
    ("export", 50),
    ("extract", 50),
    ("generate", 50),
    ("stats", 50),
    ("recover", 50),
    ("archive", 50),
    // 60–67 the terminal UI: data, then state, then what draws it, then what does I/O.
    ("tui::theme", 60),
    ("tui::config", 60),
    ("tui::input", 60),
    ("tui::terminal", 60),
    ("tui::sentences", 60),
    ("tui::geometry", 60),
    ("tui::action", 61),
    ("tui::similar", 61),
    ("tui::keymap", 62),
    ("tui::app", 63),
    ("tui::view", 64),
    ("tui::effects", 65),
    ("tui::guard", 66),
    ("tui", 67),
    // 70 the command line, which calls everything.
    ("cli", 70),
];

/// Wrong-way imports not fixed yet (from, to). A line here that no longer occurs fails: delete it.
const KNOWN: &[(&str, &str)] = &[];

/// Outside crates that belong to one band of layers: the terminal to the UI, argument parsing to the CLI.
const EXTERNAL: &[(&str, u32, u32)] =
    &[("ratatui", 60, 67), ("ratatui_textarea", 60, 67), ("crossterm", 60, 67), ("clap", 70, 70)];

/// Uses of those crates outside their band not fixed yet (unit, crate).
const KNOWN_EXTERNAL: &[(&str, &str)] = &[];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `a/b.rs` → `a::b`, `a/mod.rs` → `a`; `lib.rs` and `main.rs` are the crate root.
fn module_of(rel: &Path) -> Option<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop()?;
    let stem = last.strip_suffix(".rs")?;
    if parts.is_empty() && (stem == "lib" || stem == "main") {
        return None;
    }
    if stem != "mod" {
        parts.push(stem.to_string());
    }
    Some(parts.join("::"))
}

/// The file's code without its test module and without comments (doc links are not imports).
fn code(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let test_module = |n: &&str| {
            let n = n.trim_start();
            ["mod ", "pub mod ", "pub(crate) mod "].iter().any(|p| n.starts_with(p))
        };
        if line.trim() == "#[cfg(test)]" && lines.get(i + 1).is_some_and(test_module) {
            break;
        }
        out.push(match line.find("//") {
            Some(c) => line[..c].to_string(),
            None => line.to_string(),
        });
    }
    out
}

/// Paths starting at `root::` in `text`, as segment lists, with `{a, b::c}` groups expanded.
fn paths(text: &str, root: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let pat = format!("{root}::");
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text[from..].find(&pat).map(|i| i + from) {
        from = i + pat.len();
        let before = if i == 0 { b' ' } else { bytes[i - 1] };
        if before.is_ascii_alphanumeric() || before == b'_' || before == b':' {
            continue;
        }
        tree(&text[from..], vec![root.to_string()], &mut found);
    }
    found
}

/// Parses `ident(::ident)*(::{…})?` after a prefix.
fn tree(rest: &str, prefix: Vec<String>, found: &mut Vec<Vec<String>>) {
    let ident: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    if rest.starts_with('{') {
        let mut depth = 0;
        let mut start = 1;
        for (i, c) in rest.char_indices() {
            match c {
                '{' => depth += 1,
                '}' | ',' if depth == 1 => {
                    let item = rest[start..i].trim();
                    if !item.is_empty() {
                        tree(item, prefix.clone(), found);
                    }
                    start = i + 1;
                    if c == '}' {
                        return;
                    }
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
        return;
    }
    if ident.is_empty() || ident == "self" {
        found.push(prefix);
        return;
    }
    let mut next = prefix;
    next.push(ident.clone());
    match rest[ident.len()..].strip_prefix("::") {
        Some(more) => tree(more, next, found),
        None => found.push(next),
    }
}

fn unit(module: &str) -> Option<(&'static str, u32)> {
    LAYERS
        .iter()
        .filter(|(name, _)| module == *name || module.starts_with(&format!("{name}::")))
        .max_by_key(|(name, _)| name.len())
        .copied()
}

struct Edge {
    from: &'static str,
    to: &'static str,
    place: String,
}

fn edges() -> (Vec<Edge>, Vec<(&'static str, &'static str, String)>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let modules: BTreeSet<String> = files.iter().filter_map(|f| module_of(f.strip_prefix(&src).unwrap())).collect();
    let mut edges = Vec::new();
    let mut external = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let Some(me) = module_of(rel) else { continue };
        let (my_unit, my_layer) = unit(&me).unwrap_or_else(|| panic!("{}: add module `{me}` to LAYERS", rel.display()));
        let text = fs::read_to_string(f).unwrap();
        for (n, line) in code(&text).iter().enumerate() {
            let place = format!("src/{}:{}", rel.display(), n + 1);
            for root in ["crate", "super"] {
                for segs in paths(line, root) {
                    let mut base: Vec<&str> = if root == "crate" { vec![] } else { me.split("::").collect() };
                    if root == "super" {
                        base.pop();
                    }
                    let mut rest = &segs[1..];
                    while rest.first().is_some_and(|s| s == "super") {
                        base.pop();
                        rest = &rest[1..];
                    }
                    let mut full: Vec<String> = base.iter().map(|s| s.to_string()).collect();
                    full.extend(rest.iter().cloned());
                    // The longest prefix that names a module.
                    let target = (1..=full.len()).rev().map(|k| full[..k].join("::")).find(|m| modules.contains(m));
                    let Some(target) = target else { continue };
                    let (to_unit, _) =
                        unit(&target).unwrap_or_else(|| panic!("{place}: add module `{target}` to LAYERS"));
                    if to_unit != my_unit {
                        edges.push(Edge { from: my_unit, to: to_unit, place: place.clone() });
                    }
                }
            }
            for (krate, low, high) in EXTERNAL {
                if !paths(line, krate).is_empty() && !(*low..=*high).contains(&my_layer) {
                    external.push((my_unit, *krate, place.clone()));
                }
            }
        }
    }
    (edges, external)
}

fn layer(u: &str) -> u32 {
    unit(u).map(|(_, l)| l).unwrap()
}

#[test]
fn no_import_runs_upward() {
    let (edges, _) = edges();
    let wrong: BTreeSet<String> = edges
        .iter()
        .filter(|e| layer(e.to) > layer(e.from) && !KNOWN.contains(&(e.from, e.to)))
        .map(|e| {
            format!("{}: `{}` (layer {}) imports `{}` (layer {})", e.place, e.from, layer(e.from), e.to, layer(e.to))
        })
        .collect();
    assert!(wrong.is_empty(), "imports that run upward:\n{}", wrong.into_iter().collect::<Vec<_>>().join("\n"));
}

#[test]
fn terminal_and_cli_crates_stay_in_their_layers() {
    let (_, external) = edges();
    let wrong: BTreeSet<String> = external
        .iter()
        .filter(|(u, k, _)| !KNOWN_EXTERNAL.contains(&(*u, *k)))
        .map(|(u, k, place)| format!("{place}: `{u}` uses `{k}`"))
        .collect();
    assert!(
        wrong.is_empty(),
        "outside crates used below their layer:\n{}",
        wrong.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn no_cycles_between_modules() {
    let (edges, _) = edges();
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for e in &edges {
        if !KNOWN.contains(&(e.from, e.to)) {
            graph.entry(e.from).or_default().insert(e.to);
        }
    }
    // Depth-first search; a node met again on the stack closes a cycle.
    fn visit<'a>(
        n: &'a str,
        graph: &BTreeMap<&'a str, BTreeSet<&'a str>>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<&'a str>> {
        if let Some(at) = stack.iter().position(|s| *s == n) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(n);
            return Some(cycle);
        }
        if !done.insert(n) {
            return None;
        }
        stack.push(n);
        for next in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(next, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    for n in graph.keys() {
        if let Some(cycle) = visit(n, &graph, &mut Vec::new(), &mut done) {
            let places: Vec<&str> = cycle
                .windows(2)
                .filter_map(|w| edges.iter().find(|e| e.from == w[0] && e.to == w[1]).map(|e| e.place.as_str()))
                .collect();
            panic!("import cycle: {} (at {})", cycle.join(" → "), places.join(", "));
        }
    }
}

#[test]
fn every_known_exception_still_occurs() {
    let (edges, external) = edges();
    for (from, to) in KNOWN {
        assert!(edges.iter().any(|e| e.from == *from && e.to == *to), "KNOWN ({from}, {to}) is fixed: delete it");
    }
    for (u, k) in KNOWN_EXTERNAL {
        assert!(external.iter().any(|(a, b, _)| a == u && b == k), "KNOWN_EXTERNAL ({u}, {k}) is fixed: delete it");
    }
}

#[test]
fn the_scanner_reads_groups_and_super() {
    let p = paths("use crate::{a::b, c::{d, e}}; let x = crate::f::g(1); notcrate::h", "crate");
    let joined: Vec<String> = p.iter().map(|s| s.join("::")).collect();
    assert_eq!(joined, ["crate::a::b", "crate::c::d", "crate::c::e", "crate::f::g"]);
    assert_eq!(module_of(Path::new("tui/app/mod.rs")).as_deref(), Some("tui::app"));
    assert_eq!(unit("tui::view::article"), Some(("tui::view", 64)));
    assert_eq!(unit("splice"), Some(("splice", 20)));
}
