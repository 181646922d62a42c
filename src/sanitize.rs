//! The one function that makes untrusted text (articles, notes, sources, file names) safe to draw or print.

/// Width a tab expands to.
pub const TAB_WIDTH: usize = 4;

/// What one character of untrusted text becomes on an output surface (see [`shown`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Shown as it is.
    Keep,
    /// Replaced by a visible stand-in of width 1.
    StandIn(char),
    /// Shown after a dotted circle `◌`: a combining mark with nothing to combine with.
    OnCircle,
    /// A tab: this many spaces.
    Spaces(usize),
    /// Dropped (a carriage return).
    Drop,
}

/// Stand-in for an invisible character: a format control, a zero-width or filler character.
pub const INVISIBLE: char = '·';
/// Stand-in for a bidi control.
pub const BIDI: char = '¦';
/// Stand-in for a C1 control, an unassigned code point or a noncharacter.
pub const UNKNOWN: char = '�';

/// The sanitising policy for one character, given its neighbours in the text. This is the one place that
/// decides; [`sanitize`] applies it to a whole text, and the article view to each character it draws. The
/// policy, written out for every surface, is in `docs/sanitizing.md`:
///
/// - C0 controls become their "control picture" (`ESC` → `␛`, `BEL` → `␇`); a newline is kept where the caller
///   keeps newlines (`␤` otherwise), a tab becomes spaces, a carriage return is dropped; DEL is `␡`.
/// - C1 controls, unassigned code points and noncharacters become `�` (a terminal cannot be trusted with them,
///   nor with the width of a character it has no glyph for).
/// - Bidi embeddings, overrides, isolates and marks become `¦`.
/// - Every other invisible character becomes `·`: format controls (general category Cf: zero-width space,
///   word joiner, soft hyphen, invisible operators like U+2062, tag characters U+E0000–E007F, interlinear
///   annotations, the byte order mark), line and paragraph separators, and the rest of Unicode's
///   Default_Ignorable_Code_Point set (Hangul fillers such as U+115F, variation selectors, the combining
///   grapheme joiner, Mongolian variation selectors).
/// - Three exceptions keep text in real scripts and emoji intact: a zero-width joiner or non-joiner between
///   two visible non-Latin characters (emoji sequences like 👩‍💻, Indic conjuncts, Persian words); and the
///   text/emoji presentation selectors U+FE0E/U+FE0F straight after a visible character.
/// - A combining mark with nothing before it to combine with (the text's start, a space, a control) is drawn
///   on a dotted circle, so it cannot merge into a border or the character drawn before it.
/// - Everything else (letters, marks, numbers, punctuation, symbols, spaces, private use) is kept.
pub fn shown(prev: Option<char>, c: char, next: Option<char>) -> Shown {
    use unicode_general_category::GeneralCategory as G;
    if c.is_ascii() {
        return match c {
            '\t' => Shown::Spaces(TAB_WIDTH),
            '\r' => Shown::Drop,
            '\u{0}'..='\u{1f}' => Shown::StandIn(char::from_u32(0x2400 + c as u32).unwrap_or(UNKNOWN)),
            '\u{7f}' => Shown::StandIn('␡'),
            _ => Shown::Keep,
        };
    }
    match c {
        '\u{80}'..='\u{9f}' => return Shown::StandIn(UNKNOWN),
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            return Shown::StandIn(BIDI);
        }
        '\u{200c}' | '\u{200d}' => {
            let joins = prev.is_some_and(joinable) && next.is_some_and(joinable);
            return if joins { Shown::Keep } else { Shown::StandIn(INVISIBLE) };
        }
        '\u{fe0e}' | '\u{fe0f}' => {
            return if prev.is_some_and(visible_base) { Shown::Keep } else { Shown::StandIn(INVISIBLE) };
        }
        _ if is_noncharacter(c) => return Shown::StandIn(UNKNOWN),
        _ if default_ignorable(c) => return Shown::StandIn(INVISIBLE),
        _ => {}
    }
    match unicode_general_category::get_general_category(c) {
        G::Format | G::LineSeparator | G::ParagraphSeparator => Shown::StandIn(INVISIBLE),
        G::Unassigned | G::Surrogate => Shown::StandIn(UNKNOWN),
        G::NonspacingMark | G::EnclosingMark | G::SpacingMark if !prev.is_some_and(can_carry_mark) => Shown::OnCircle,
        _ => Shown::Keep,
    }
}

/// Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt, Unicode 16): characters a
/// renderer draws as nothing. Bidi controls and the joiners are decided before this is asked.
fn default_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x00ad | 0x034f | 0x061c | 0x115f..=0x1160 | 0x17b4..=0x17b5 | 0x180b..=0x180f | 0x200b..=0x200f
        | 0x202a..=0x202e | 0x2060..=0x206f | 0x3164 | 0xfe00..=0xfe0f | 0xfeff | 0xffa0 | 0xfff0..=0xfff8
        | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a | 0xe0000..=0xe0fff)
}

/// U+FDD0..U+FDEF and the last two code points of every plane.
fn is_noncharacter(c: char) -> bool {
    let u = c as u32;
    (0xfdd0..=0xfdef).contains(&u) || u & 0xfffe == 0xfffe
}

/// A character that is drawn: not a control, a format character, a separator, a mark or unassigned.
fn visible_base(c: char) -> bool {
    use unicode_general_category::GeneralCategory as G;
    if c.is_ascii() {
        return c.is_ascii_graphic();
    }
    !default_ignorable(c)
        && !matches!(
            unicode_general_category::get_general_category(c),
            G::Control
                | G::Format
                | G::LineSeparator
                | G::ParagraphSeparator
                | G::SpaceSeparator
                | G::Unassigned
                | G::Surrogate
                | G::NonspacingMark
                | G::EnclosingMark
                | G::SpacingMark
        )
}

/// A neighbour that makes a zero-width (non-)joiner meaningful: a visible character outside Basic Latin and the
/// Latin blocks (emoji, Indic and Arabic letters), or a mark on one (a virama before a ZWJ).
fn joinable(c: char) -> bool {
    use unicode_general_category::GeneralCategory as G;
    let latin = matches!(c as u32, 0..=0x24f | 0x1e00..=0x1eff);
    let mark = matches!(
        unicode_general_category::get_general_category(c),
        G::NonspacingMark | G::SpacingMark | G::EnclosingMark
    );
    !latin && (visible_base(c) || (mark && !default_ignorable(c))) || is_emoji_modifier(c)
}

/// The five skin-tone modifiers, which sit between an emoji and a joiner.
fn is_emoji_modifier(c: char) -> bool {
    ('\u{1f3fb}'..='\u{1f3ff}').contains(&c)
}

/// A character a combining mark may follow: a visible character, or another mark (stacked accents).
fn can_carry_mark(c: char) -> bool {
    use unicode_general_category::GeneralCategory as G;
    visible_base(c)
        || matches!(
            unicode_general_category::get_general_category(c),
            G::NonspacingMark | G::SpacingMark | G::EnclosingMark
        ) && !default_ignorable(c)
        || matches!(c, '\u{fe0e}' | '\u{fe0f}')
}

/// Renders untrusted text for a terminal, on one line or many, by the policy of [`shown`]. Newlines are kept
/// only when `keep_newlines` is set, and become `␤` otherwise.
///
/// The data itself is never changed: this is for display only.
pub fn sanitize(text: &str, keep_newlines: bool) -> String {
    // Printable ASCII is kept whatever its neighbours (the policy's answer for ASCII never depends on them): a text
    // of nothing else is copied whole, and a longer one is copied a run at a time.
    let plain = |b: &u8| (0x20..=0x7e).contains(b);
    if text.bytes().all(|b| plain(&b)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut prev = None;
    let mut rest = text;
    loop {
        let run = rest.bytes().take_while(plain).count();
        if run > 0 {
            out.push_str(&rest[..run]);
            prev = rest[..run].chars().next_back();
            rest = &rest[run..];
        }
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        if c == '\n' {
            out.push(if keep_newlines { '\n' } else { '␤' });
        } else {
            push_shown(&mut out, c, shown(prev, c, rest.chars().next()));
        }
        prev = Some(c);
    }
    out
}

/// [`sanitize`] one character at a time, as it was before its fast path: what the tests hold it to.
#[cfg(test)]
fn sanitize_each(text: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            out.push(if keep_newlines { '\n' } else { '␤' });
            prev = Some(c);
            continue;
        }
        push_shown(&mut out, c, shown(prev, c, chars.peek().copied()));
        prev = Some(c);
    }
    out
}

/// Appends what `c` becomes.
pub fn push_shown(out: &mut String, c: char, s: Shown) {
    match s {
        Shown::Keep => out.push(c),
        Shown::StandIn(x) => out.push(x),
        Shown::OnCircle => {
            out.push('◌');
            out.push(c);
        }
        Shown::Spaces(n) => out.extend(std::iter::repeat_n(' ', n)),
        Shown::Drop => {}
    }
}

/// JSON text safe for a terminal and for a web page: every character [`line`] would change (DEL, C1 controls
/// such as CSI, bidi and zero-width marks, which serde_json leaves raw), and `<`, `>`, `&`, is written as a JSON
/// `\uXXXX` escape instead. Lossless: the JSON means the same.
pub fn json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut prev = None;
    let mut i = 0;
    while i < json.len() {
        // A run of ASCII kept whatever its neighbours (printable, not `<`, `>` or `&`; newlines): copied whole.
        let run = json.as_bytes()[i..].iter().take_while(|&&b| plain_ascii(b)).count();
        if run > 0 {
            out.push_str(&json[i..i + run]);
            i += run;
            prev = Some(char::from(json.as_bytes()[i - 1]));
            continue;
        }
        let Some(c) = json[i..].chars().next() else { break };
        i += c.len_utf8();
        // `<`, `>` and `&` never occur in JSON outside strings; escaped, a claim's `</script>` cannot close the
        // `<script type="application/ld+json">` a ClaimReview is published in.
        let html = matches!(c, '<' | '>' | '&');
        // Joiners and presentation selectors are escaped even where the screen keeps them: whether they are
        // safe depends on their neighbours, and a neighbour may itself be written as an escape.
        let contextual = matches!(c, '\u{200c}' | '\u{200d}' | '\u{fe0e}' | '\u{fe0f}');
        if !html && !contextual && (c == '\n' || shown(prev, c, json[i..].chars().next()) == Shown::Keep) {
            out.push(c);
        } else {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
        prev = Some(c);
    }
    out
}

/// An ASCII byte [`json`] keeps whatever comes before or after it: what [`shown`] keeps of ASCII (its answer for
/// ASCII never depends on the neighbours), and the newlines of pretty-printed JSON, less `<`, `>` and `&`.
fn plain_ascii(b: u8) -> bool {
    matches!(b, b'\n' | 0x20..=0x7e) && !matches!(b, b'<' | b'>' | b'&')
}

/// Sanitizes one line for the screen (newlines become `␤`).
pub fn line(text: &str) -> String {
    sanitize(text, false)
}

/// Decodes bytes that may not be UTF-8, replacing invalid sequences with `�`.
pub fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    #[test]
    fn json_escapes_what_a_terminal_would_obey() {
        let raw = serde_json::to_string(&"a\u{9b}31m\u{202e}b\u{7f}c é").unwrap();
        let safe = json(&raw);
        assert_eq!(safe, "\"a\\u009b31m\\u202eb\\u007fc é\"");
        assert_eq!(serde_json::from_str::<String>(&safe).unwrap(), "a\u{9b}31m\u{202e}b\u{7f}c é");
        let page = json(&serde_json::to_string(&"</script><b>&").unwrap());
        assert!(!page.contains('<') && !page.contains('>') && !page.contains('&'), "{page}");
        assert_eq!(serde_json::from_str::<String>(&page).unwrap(), "</script><b>&");
    }

    #[test]
    fn escape_sequences_become_visible() {
        let s = line("a\u{1b}]0;pwned\u{7}b\u{1b}[31mred");
        assert!(!s.contains('\u{1b}'));
        assert!(!s.contains('\u{7}'));
        assert_eq!(s, "a␛]0;pwned␇b␛[31mred");
    }

    #[test]
    fn hidden_text_is_shown() {
        // Tag characters spell "hi" invisibly; then a joiner between Latin letters, a soft hyphen, an invisible
        // times, a Hangul filler (width 2 by the tables, drawn as nothing: it shifted borders).
        let s = line("a\u{e0068}\u{e0069}b\u{200d}c\u{ad}d\u{2062}e\u{115f}f\u{3164}g\u{feff}");
        assert_eq!(s, "a··b·c·d·e·f·g·");
        // A variation selector that is not a presentation selector, and one with nothing before it.
        assert_eq!(line("x\u{fe01}y \u{fe0f}z\u{e0100}"), "x·y ·z·");
        // Interlinear annotation can carry text a reader never sees.
        assert_eq!(line("\u{fff9}secret\u{fffa}x\u{fffb}"), "·secret·x·");
        // Unassigned and noncharacters.
        assert_eq!(line("\u{378}\u{fdd0}\u{fffe}\u{10ffff}"), "����");
    }

    #[test]
    fn scripts_and_emoji_keep_their_joiners() {
        for t in ["👩\u{200d}💻", "👍🏽", "❤\u{fe0f}", "1\u{fe0f}\u{20e3}", "क्\u{200d}ष", "می\u{200c}خواهم", "e\u{301}"]
        {
            assert_eq!(line(t), t);
        }
        // A run of joiners is not a joiner: the second one is shown.
        assert_eq!(line("👩\u{200d}\u{200d}💻"), "👩··💻");
    }

    #[test]
    fn a_mark_with_nothing_to_sit_on_gets_a_circle() {
        assert_eq!(line("\u{301}x"), "◌\u{301}x");
        assert_eq!(line("a \u{336}b"), "a ◌\u{336}b");
        assert_eq!(line("a\u{301}\u{302}"), "a\u{301}\u{302}");
    }

    #[test]
    fn c1_bidi_and_zero_width_are_replaced() {
        let s = line("x\u{9b}31m\u{202e}evil\u{200b}y\u{7f}");
        assert_eq!(s, "x�31m¦evil·y␡");
    }

    #[test]
    fn tabs_and_newlines() {
        assert_eq!(line("a\tb\nc\r"), "a    b␤c");
        assert_eq!(sanitize("a\nb", true), "a\nb");
    }

    #[test]
    fn ordinary_scripts_pass_through() {
        let t = "ខ្មែរ ไทย 中文 👩‍💻 café";
        assert_eq!(line(t), t);
    }

    use unicode_general_category::{GeneralCategory as G, get_general_category};

    /// Default_Ignorable_Code_Point from Unicode 16's DerivedCoreProperties.txt, typed apart from the policy.
    const IGNORABLE: &[(u32, u32)] = &[
        (0x00ad, 0x00ad),
        (0x034f, 0x034f),
        (0x061c, 0x061c),
        (0x115f, 0x1160),
        (0x17b4, 0x17b5),
        (0x180b, 0x180f),
        (0x200b, 0x200f),
        (0x202a, 0x202e),
        (0x2060, 0x206f),
        (0x3164, 0x3164),
        (0xfe00, 0xfe0f),
        (0xfeff, 0xfeff),
        (0xffa0, 0xffa0),
        (0xfff0, 0xfff8),
        (0x1bca0, 0x1bca3),
        (0x1d173, 0x1d17a),
        (0xe0000, 0xe0fff),
    ];

    fn ignorable(c: char) -> bool {
        IGNORABLE.iter().any(|(a, b)| (*a..=*b).contains(&(c as u32)))
    }

    fn is_mark(c: char) -> bool {
        matches!(get_general_category(c), G::NonspacingMark | G::SpacingMark | G::EnclosingMark)
    }

    fn invisible_category(c: char) -> bool {
        matches!(
            get_general_category(c),
            G::Control | G::Format | G::LineSeparator | G::ParagraphSeparator | G::Unassigned | G::Surrogate
        )
    }

    /// Every code point, between two Latin letters: the rule its general category promises.
    #[test]
    fn every_code_point_follows_its_categorys_rule() {
        let mut kept_by_category: HashMap<&str, usize> = HashMap::new();
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            let s = shown(Some('a'), c, Some('b'));
            let cat = get_general_category(c);
            // A presentation selector straight after a letter is kept by design (one code point, no text).
            let selector = matches!(c, '\u{fe0e}' | '\u{fe0f}');
            let hidden = (invisible_category(c) || ignorable(c) || (c as u32) & 0xfffe == 0xfffe) && !selector;
            if hidden {
                assert_ne!(
                    s,
                    Shown::Keep,
                    "U+{:04X} ({}) is invisible and must not pass",
                    c as u32,
                    cat.abbreviation()
                );
            } else {
                assert!(
                    matches!(s, Shown::Keep) || (0xfdd0..=0xfdef).contains(&(c as u32)),
                    "U+{:04X} ({}) is visible and must be kept, got {s:?}",
                    c as u32,
                    cat.abbreviation()
                );
                *kept_by_category.entry(cat.abbreviation()).or_default() += 1;
            }
        }
        // Every visible category is represented (the loop did see them all).
        for cat in ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi"] {
            assert!(kept_by_category.get(cat).copied().unwrap_or(0) > 0, "{cat}");
        }
        for cat in ["Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Co"] {
            assert!(kept_by_category.get(cat).copied().unwrap_or(0) > 0, "{cat}");
        }
    }

    /// Characters of every general category, about evenly: most random strings would be all letters.
    fn any_category_char() -> impl Strategy<Value = char> {
        static BY_CATEGORY: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
        let table = BY_CATEGORY.get_or_init(|| {
            let mut map: HashMap<&str, Vec<char>> = HashMap::new();
            for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
                map.entry(get_general_category(c).abbreviation()).or_default().push(c);
            }
            // Joiners, selectors and emoji are rare in their categories but are what the policy is about.
            map.insert("joiners", vec!['\u{200d}', '\u{200c}', '\u{fe0f}', '\u{fe0e}', '👩', '💻', '🏽', 'क', '्']);
            let mut v: Vec<Vec<char>> = map.into_values().collect();
            v.sort();
            v
        });
        (0..table.len()).prop_flat_map(move |i| {
            let chars = &table[i];
            (0..chars.len()).prop_map(move |j| table[i][j])
        })
    }

    /// [`json`] as it was written first, a character at a time: the reference its ASCII fast path must equal.
    fn json_reference(json: &str) -> String {
        let mut out = String::with_capacity(json.len());
        let mut prev = None;
        let mut chars = json.chars().peekable();
        while let Some(c) = chars.next() {
            let html = matches!(c, '<' | '>' | '&');
            let contextual = matches!(c, '\u{200c}' | '\u{200d}' | '\u{fe0e}' | '\u{fe0f}');
            if !html && !contextual && (c == '\n' || shown(prev, c, chars.peek().copied()) == Shown::Keep) {
                out.push(c);
            } else {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            prev = Some(c);
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// Text mixing ASCII (controls, `<>&`, newlines) with marks, joiners, selectors, bidi controls and letters
        /// of several scripts, in any order: the fast path escapes exactly what the reference escapes.
        #[test]
        fn json_fast_path_equals_the_reference(parts in proptest::collection::vec(prop_oneof![
            "[ -~]{0,6}",
            Just("\n".to_string()), Just("\t".to_string()), Just("\r".to_string()), Just("\u{7f}".to_string()),
            Just("<".to_string()), Just("&".to_string()),
            Just("\u{301}".to_string()), Just("\u{200d}".to_string()), Just("\u{200c}".to_string()),
            Just("\u{fe0f}".to_string()), Just("\u{202e}".to_string()), Just("\u{85}".to_string()),
            Just("\u{17d2}".to_string()), Just("ភ្នំ".to_string()), Just("臺北".to_string()), Just("é".to_string()),
            Just("\u{1f600}".to_string()), Just("\u{fdd0}".to_string()), Just("\u{e0001}".to_string()),
        ], 0..24)) {
            let text: String = parts.concat();
            prop_assert_eq!(json(&text), json_reference(&text));
        }

        /// The same texts: copying runs of printable ASCII whole gives what one character at a time gives.
        #[test]
        fn sanitize_fast_path_equals_the_reference(parts in proptest::collection::vec(prop_oneof![
            "[ -~]{0,6}",
            Just("\n".to_string()), Just("\t".to_string()), Just("\r".to_string()), Just("\u{7f}".to_string()),
            Just("\u{1b}[31m".to_string()), Just("\u{301}".to_string()), Just("\u{200d}".to_string()),
            Just("\u{200c}".to_string()), Just("\u{fe0f}".to_string()), Just("\u{202e}".to_string()),
            Just("\u{85}".to_string()), Just("\u{17d2}".to_string()), Just("ភ្នំ".to_string()),
            Just("臺北".to_string()), Just("é".to_string()), Just("\u{1f600}".to_string()),
        ], 0..24), keep in any::<bool>()) {
            let text: String = parts.concat();
            prop_assert_eq!(sanitize(&text, keep), sanitize_each(&text, keep));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Whatever the input: nothing invisible comes out except joiners between joinable neighbours and
        /// presentation selectors after a visible character; no mark starts a line or follows a space; the
        /// result is stable under a second pass; and JSON escaping is lossless.
        #[test]
        fn output_holds_no_invisible_text(v in prop::collection::vec(any_category_char(), 0..40), keep in any::<bool>()) {
            let input: String = v.iter().collect();
            let out = sanitize(&input, keep);
            let chars: Vec<char> = out.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                let prev = i.checked_sub(1).map(|p| chars[p]);
                let next = chars.get(i + 1).copied();
                if c == '\n' {
                    prop_assert!(keep);
                    continue;
                }
                if matches!(c, '\u{200c}' | '\u{200d}') {
                    prop_assert!(prev.is_some_and(joinable) && next.is_some_and(joinable), "{out:?}");
                    continue;
                }
                if matches!(c, '\u{fe0e}' | '\u{fe0f}') {
                    prop_assert!(prev.is_some_and(visible_base), "{out:?}");
                    continue;
                }
                prop_assert!(!invisible_category(c) && !ignorable(c), "U+{:04X} in {out:?}", c as u32);
                if is_mark(c) {
                    prop_assert!(prev.is_some_and(|p| p != ' ' && p != '\n'), "mark at the start or after a space: {out:?}");
                }
            }
            prop_assert_eq!(sanitize(&out, keep), out.clone());
            let j = json(&serde_json::to_string(&input).unwrap());
            prop_assert_eq!(serde_json::from_str::<String>(&j).unwrap(), input);
            prop_assert_eq!(line(&j), j.clone(), "JSON output is itself safe to print");
        }
    }
}
