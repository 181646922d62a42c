//! Fuzzes both sentence splitters (claim extraction's and the article view's): any text splits without
//! panicking into ranges that lie inside the text, in order, without overlapping.
#![no_main]

use factdesk::extract::split;
use factdesk::tui::sentences;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut last = 0;
    for s in split::split(&text) {
        assert!(s.start <= s.end && s.end <= n, "extract sentence {}..{} outside {n} chars", s.start, s.end);
        assert!(s.start >= last, "extract sentences overlap at {}", s.start);
        last = s.end;
    }
    let mut last = 0;
    for (s, e) in sentences::split(&chars) {
        assert!(s <= e && e <= n, "article-view sentence {s}..{e} outside {n} chars");
        assert!(s >= last, "article-view sentences overlap at {s}");
        last = e;
    }
});
