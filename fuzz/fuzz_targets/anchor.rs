//! Fuzzes anchoring: any article and quote resolve without panicking, inside the article, and a quote made
//! from the article resolves to where it was made.
#![no_main]

use factdesk::anchor;
use factdesk::model::Quote;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Layout: two hint bytes, then article, exact, prefix, suffix separated by 0xff bytes.
    if data.len() < 2 {
        return;
    }
    let (hint, rest) = data.split_at(2);
    let mut parts = rest.split(|b| *b == 0xff).map(|p| String::from_utf8_lossy(p).into_owned());
    let article = parts.next().unwrap_or_default();
    let exact = parts.next().unwrap_or_default();
    let prefix = parts.next().unwrap_or_default();
    let suffix = parts.next().unwrap_or_default();
    let n = article.chars().count();
    let start = Some(hint[0] as usize);
    let end = Some(hint[0] as usize + hint[1] as usize);
    let a = anchor::resolve(&article, &Quote { exact, prefix, suffix, start, end });
    if !a.is_orphaned() {
        assert!(a.start <= a.end && a.end <= n, "{a:?} outside an article of {n} chars");
    }
    if n > 0 {
        let s = hint[0] as usize % n;
        let e = (s + 1 + hint[1] as usize).min(n);
        let q = anchor::make_quote(&article, s, e);
        let got = anchor::resolve(&article, &q);
        assert_eq!((got.start, got.end), (s, e), "a fresh quote moved");
    }
});
