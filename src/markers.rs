//! Git conflict markers as text: splitting a file a merge left with `<<<<<<<`/`|||||||`/`=======`/`>>>>>>>`
//! lines back into its sides (ours, the common base, theirs), and writing such markers.

/// The three versions a file with conflict markers holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sides {
    pub ours: String,
    /// The common version, from diff3-style `|||||||` sections; a hunk without one adds nothing here.
    pub base: String,
    pub theirs: String,
    /// Whether every hunk had a `|||||||` section (the base is then the true base).
    pub has_base: bool,
    /// 1-based line of each `<<<<<<<`.
    pub hunks: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    All,
    Ours,
    Base,
    Theirs,
}

/// Splits a file with conflict markers into its sides; `None` when the markers do not nest as git writes them.
pub fn sides(text: &str) -> Option<Sides> {
    let mut s =
        Sides { ours: String::new(), base: String::new(), theirs: String::new(), has_base: true, hunks: Vec::new() };
    let mut at = In::All;
    let mut saw_base = false;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let bare = line.trim_end_matches(['\n', '\r']);
        let marker = |m: &str| bare.starts_with(m) && (bare.len() == 7 || bare.as_bytes().get(7) == Some(&b' '));
        match at {
            In::All if marker("<<<<<<<") => {
                at = In::Ours;
                saw_base = false;
                s.hunks.push(i + 1);
            }
            In::Ours if marker("|||||||") => {
                at = In::Base;
                saw_base = true;
            }
            In::Ours | In::Base if bare == "=======" => {
                at = In::Theirs;
                s.has_base &= saw_base;
            }
            In::Theirs if marker(">>>>>>>") => at = In::All,
            In::All => {
                if marker(">>>>>>>") || marker("|||||||") || bare == "=======" {
                    return None;
                }
                s.ours.push_str(line);
                s.base.push_str(line);
                s.theirs.push_str(line);
            }
            In::Ours => s.ours.push_str(line),
            In::Base => s.base.push_str(line),
            In::Theirs => s.theirs.push_str(line),
        }
    }
    (at == In::All && !s.hunks.is_empty()).then_some(s)
}

/// Marks the lines where `ours` and `theirs` differ as one conflict hunk (diff3 style, with `base`'s lines for
/// the same stretch): used when a line merge would join lines of a value that must be settled whole.
pub fn whole_hunk(base: &str, ours: &str, theirs: &str) -> String {
    let (o, t): (Vec<&str>, Vec<&str>) = (ours.split_inclusive('\n').collect(), theirs.split_inclusive('\n').collect());
    let b: Vec<&str> = base.split_inclusive('\n').collect();
    let pre = o.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let max_suf = o.len().min(t.len()) - pre;
    let suf = o.iter().rev().zip(t.iter().rev()).take(max_suf).take_while(|(a, b)| a == b).count();
    let pre_b = pre.min(b.len());
    let suf_b = suf.min(b.len() - pre_b);
    let mut out: String = o[..pre].concat();
    let body = |lines: &[&str], out: &mut String| {
        for l in lines {
            out.push_str(l);
            if !l.ends_with('\n') {
                out.push('\n');
            }
        }
    };
    out.push_str("<<<<<<< ours\n");
    body(&o[pre..o.len() - suf], &mut out);
    out.push_str("||||||| original\n");
    body(&b[pre_b..b.len() - suf_b], &mut out);
    out.push_str("=======\n");
    body(&t[pre..t.len() - suf], &mut out);
    out.push_str(">>>>>>> theirs\n");
    out.push_str(&o[o.len() - suf..].concat());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_diff3_and_merge_style_hunks() {
        let text = "a\n<<<<<<< ours\nb1\n||||||| original\nb0\n=======\nb2\n>>>>>>> theirs\nc\n";
        let s = sides(text).unwrap();
        assert_eq!((s.ours.as_str(), s.base.as_str(), s.theirs.as_str()), ("a\nb1\nc\n", "a\nb0\nc\n", "a\nb2\nc\n"));
        assert!(s.has_base);
        assert_eq!(s.hunks, [2]);
        let s = sides("<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> other\n").unwrap();
        assert!(!s.has_base);
        assert_eq!((s.ours.as_str(), s.base.as_str(), s.theirs.as_str()), ("x\n", "", "y\n"));
        assert_eq!(sides("a\n=======\nb\n"), None);
        assert_eq!(sides("<<<<<<< ours\na\n"), None);
        assert_eq!(sides("plain\n"), None);
    }

    #[test]
    fn whole_hunk_wraps_only_the_differing_lines_and_splits_back() {
        let text = whole_hunk("k\nq: 0\nz\n", "k\nq: 1\nz\n", "k\nq: 2\nz\n");
        assert_eq!(text, "k\n<<<<<<< ours\nq: 1\n||||||| original\nq: 0\n=======\nq: 2\n>>>>>>> theirs\nz\n");
        let s = sides(&text).unwrap();
        assert_eq!(s.theirs, "k\nq: 2\nz\n");
    }
}
