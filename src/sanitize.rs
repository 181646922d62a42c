//! The one function that makes untrusted text (articles, notes, sources, file names) safe to draw or print.

/// Width a tab expands to.
pub const TAB_WIDTH: usize = 4;

/// Renders untrusted text for a terminal, on one line or many.
///
/// - C0 controls become their Unicode "control picture" (`ESC` → `␛`, `BEL` → `␇`);
///   newlines are kept only when `keep_newlines` is set, and become `␤` otherwise.
/// - DEL becomes `␡`, and C1 controls (U+0080..U+009F) become `�`.
/// - Tabs expand to spaces; carriage returns are dropped.
/// - Bidi overrides and isolates become `¦`; zero-width characters become `·`.
///
/// The data itself is never changed: this is for display only.
pub fn sanitize(text: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\n' => out.push('␤'),
            '\r' => {}
            '\t' => out.push_str(&" ".repeat(TAB_WIDTH)),
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
            '\u{7f}' => out.push('␡'),
            '\u{80}'..='\u{9f}' => out.push('�'),
            // Bidi embeddings, overrides and isolates.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => out.push('¦'),
            // Zero-width and invisible formatting characters (ZWJ is kept for emoji sequences).
            '\u{200b}' | '\u{200c}' | '\u{2060}' | '\u{feff}' | '\u{180e}' | '\u{2028}' | '\u{2029}' => out.push('·'),
            _ => out.push(c),
        }
    }
    out
}

/// JSON text safe for a terminal and for a web page: every character [`line`] would change (DEL, C1 controls
/// such as CSI, bidi and zero-width marks, which serde_json leaves raw), and `<`, `>`, `&`, is written as a JSON
/// `\uXXXX` escape instead. Lossless: the JSON means the same.
pub fn json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        // `<`, `>` and `&` never occur in JSON outside strings; escaped, a claim's `</script>` cannot close the
        // `<script type="application/ld+json">` a ClaimReview is published in.
        let html = matches!(c, '<' | '>' | '&');
        if !html && (c == '\n' || line(c.encode_utf8(&mut [0; 4])) == c.to_string()) {
            out.push(c);
        } else {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    out
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
}
