//! Fuzzy search over claims: the `Matcher` trait and its two engines, the claim haystacks and the search table
//! (`factdesk search` prints it from `cli::commands::search`).
//!
//! A query is split on whitespace into terms; a claim matches when every term matches one of its fields (text,
//! claimant, tags, id, notes) fuzzily, and its score is the sum of each term's best score over the fields. A term is
//! never matched across two fields: "gdp" spread over the claimant, the text and the notes is noise, and each field
//! is short, so most fail the prefilter at once. (fzf's rule, applied per field.)
//! The UI filters a big workspace with [`live::LiveFilter`], which reads the claims where they are and makes each
//! haystack as it scores it; a small one, and the CLI, call [`scan`] over a [`Corpus`] (`bench-scale` also measures
//! [`worker::FilterWorker`], the background worker over a corpus). Every path makes the same haystacks and scores
//! them with the same matcher, so they always agree.

pub mod live;
pub mod worker;

use crate::model::Claim;
use crate::store::Workspace;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// A fuzzy matcher, set up for one query at a time. One instance per thread.
pub trait Matcher: Send {
    /// Prepares the query (split into whitespace-separated terms).
    fn set_query(&mut self, query: &str);
    /// The score of `haystack`, or `None` when some term does not match.
    fn score(&mut self, haystack: &str) -> Option<i64>;
    /// The score and the matched character (not byte) indices, sorted and unique.
    fn indices(&mut self, haystack: &str) -> Option<(i64, Vec<usize>)>;
    /// A cheap necessary condition for `score(&haystack(c))` to be `Some`, read from the claim's fields where they
    /// are (no haystack made): `false` only when the haystack cannot match. The in-place filter
    /// ([`live::LiveFilter`]) makes a claim's haystack only when this says it may match.
    fn may_match_claim(&mut self, c: &Claim) -> bool {
        let _ = c;
        true
    }
}

/// Which fuzzy matching engine to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// `fuzzy-matcher`'s SkimMatcherV2 (the design card's choice).
    Skim,
    /// `nucleo-matcher`, the engine of helix's picker.
    Nucleo,
}

/// The engine the UI and `factdesk search` use unless `search.matcher` says otherwise (chosen by the numbers in
/// BENCHMARKS.md; it is what `MatcherChoice::default()` chooses).
pub const DEFAULT_ENGINE: Engine = Engine::Nucleo;

impl Engine {
    /// The engine a workspace's settings choose (`search.matcher` in `factdesk.yaml`).
    pub fn chosen(config: &crate::model::WorkspaceConfig) -> Engine {
        match config.search.matcher {
            crate::model::MatcherChoice::Nucleo => Engine::Nucleo,
            crate::model::MatcherChoice::FuzzyMatcher => Engine::Skim,
        }
    }

    pub fn matcher(self) -> Box<dyn Matcher> {
        match self {
            Engine::Skim => Box::new(SkimEngine { m: SkimMatcherV2::default().smart_case(), terms: Vec::new() }),
            Engine::Nucleo => Box::new(NucleoEngine::new(true)),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Skim => "fuzzy-matcher 0.3 (SkimMatcherV2)",
            Engine::Nucleo => "nucleo-matcher 0.3",
        }
    }
}

struct SkimEngine {
    m: SkimMatcherV2,
    terms: Vec<String>,
}

impl Matcher for SkimEngine {
    fn set_query(&mut self, query: &str) {
        self.terms = query.split_whitespace().map(str::to_string).collect();
    }

    fn score(&mut self, haystack: &str) -> Option<i64> {
        let mut total = 0;
        for t in &self.terms {
            total += fields(haystack).filter_map(|f| self.m.fuzzy_match(f, t)).max()?;
        }
        Some(total)
    }

    fn indices(&mut self, haystack: &str) -> Option<(i64, Vec<usize>)> {
        let mut total = 0;
        let mut all = Vec::new();
        for t in &self.terms {
            // The best field (the first of equals), its matched characters counted from the haystack's start.
            let mut best: Option<(i64, usize, Vec<usize>)> = None;
            let mut offset = 0;
            for f in fields(haystack) {
                if let Some((s, idx)) = self.m.fuzzy_indices(f, t)
                    && best.as_ref().is_none_or(|b| s > b.0)
                {
                    best = Some((s, offset, idx));
                }
                offset += f.chars().count() + 1;
            }
            let (s, offset, idx) = best?;
            total += s;
            all.extend(idx.into_iter().map(|i| i + offset));
        }
        all.sort_unstable();
        all.dedup();
        Some((total, all))
    }
}

struct NucleoEngine {
    m: nucleo_matcher::Matcher,
    pattern: nucleo_matcher::pattern::Pattern,
    /// The characters of the haystack's fields outside ASCII that nucleo was given, one after another.
    buf: Vec<char>,
    /// Each atom's prefilter term ([`term_may_match`]), or `None` (not ASCII, or holding an escaped space): nucleo
    /// then tries it on every field.
    terms: Vec<Option<Term>>,
    /// Whether the prefilter runs (off only to test that it never changes a score).
    use_prefilter: bool,
    /// The fields of the haystack being scored.
    fields: Vec<Field>,
    /// A claim's tags joined by spaces, for [`Matcher::may_match_claim`].
    tags: String,
}

/// One field of a haystack being scored: its bytes, whether they are all ASCII, whether they may hold a character
/// that folds to ASCII ([`may_hold_foldable`]), and its characters in `buf` once nucleo has needed them.
struct Field {
    bytes: std::ops::Range<usize>,
    ascii: bool,
    foldable: bool,
    chars: Option<std::ops::Range<usize>>,
}

impl NucleoEngine {
    fn new(use_prefilter: bool) -> Self {
        NucleoEngine {
            m: nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT),
            pattern: nucleo_matcher::pattern::Pattern::default(),
            buf: Vec::new(),
            terms: Vec::new(),
            use_prefilter,
            fields: Vec::new(),
            tags: String::new(),
        }
    }

    /// Splits `haystack` into `self.fields` (no characters converted yet).
    fn split(&mut self, haystack: &str) {
        self.fields.clear();
        self.buf.clear();
        let mut at = 0;
        for f in fields(haystack) {
            let ascii = f.is_ascii();
            let foldable = !ascii && may_hold_foldable(f.as_bytes());
            self.fields.push(Field { bytes: at..at + f.len(), ascii, foldable, chars: None });
            at += f.len() + FIELD_SEP.len_utf8();
        }
    }

    /// Atom `k`'s score in field `i` of `haystack` (split by [`NucleoEngine::split`]), with its matched characters
    /// (counted from the field's start) added to `indices` when asked for.
    fn atom_in(&mut self, haystack: &str, k: usize, i: usize, indices: Option<&mut Vec<u32>>) -> Option<u16> {
        let f = &self.fields[i];
        let text = &haystack[f.bytes.clone()];
        if let (true, Some(t)) = (self.use_prefilter, &self.terms[k])
            && !term_may_match(t, text.as_bytes(), (!f.ascii && f.foldable).then_some(text))
        {
            return None;
        }
        let h = if f.ascii {
            nucleo_matcher::Utf32Str::Ascii(text.as_bytes())
        } else {
            let chars = match &f.chars {
                Some(r) => r.clone(),
                None => {
                    let from = self.buf.len();
                    self.buf.extend(text.chars());
                    let r = from..self.buf.len();
                    self.fields[i].chars = Some(r.clone());
                    r
                }
            };
            nucleo_matcher::Utf32Str::Unicode(&self.buf[chars])
        };
        let atom = &self.pattern.atoms[k];
        match indices {
            Some(idx) => atom.indices(h, &mut self.m, idx),
            None => atom.score(h, &mut self.m),
        }
    }

    /// Atom `k`'s best score over the fields, and the first field that gives it.
    fn best(&mut self, haystack: &str, k: usize) -> Option<(u16, usize)> {
        let mut best: Option<(u16, usize)> = None;
        for i in 0..self.fields.len() {
            if let Some(s) = self.atom_in(haystack, k, i, None)
                && best.is_none_or(|b| s > b.0)
            {
                best = Some((s, i));
            }
        }
        best
    }
}

/// One ASCII query term for the prefilter: its bytes (lowercased unless case-sensitive), and the bits of
/// [`field_mask`] a field needs to hold it.
struct Term {
    needle: Vec<u8>,
    case_sensitive: bool,
    mask: u64,
}

impl Term {
    /// The term of an ASCII needle, case-sensitive when it holds an upper-case letter (smart case, as nucleo).
    fn of(needle: &[u8]) -> Term {
        let case_sensitive = needle.iter().any(u8::is_ascii_uppercase);
        let mask = needle.iter().fold(0, |m, &b| m | byte_bit(b));
        let needle = if case_sensitive { needle.to_vec() } else { needle.to_ascii_lowercase() };
        Term { needle, case_sensitive, mask }
    }
}

/// The bit of an ASCII byte in a [`field_mask`], in either case: letters 0–25, digits 26–35, the other bytes shared
/// among bits 36–62. Bytes outside ASCII have none.
const fn byte_bit(b: u8) -> u64 {
    match b.to_ascii_lowercase() {
        l @ b'a'..=b'z' => 1 << (l - b'a'),
        d @ b'0'..=b'9' => 1 << (26 + d - b'0'),
        0x80..=0xff => 0,
        o => 1 << (36 + o % 27),
    }
}

/// [`field_mask`]'s bit for a field that may hold a character outside ASCII that folds to an ASCII one: every bit is
/// then set, and the field is walked a character at a time.
const FOLDABLE: u64 = 1 << 63;

/// A field's mask, kept in the search table beside it: the [`byte_bit`] of every ASCII byte it holds, or every bit
/// (with [`FOLDABLE`]) when it may hold a character that folds to ASCII. A term can match in the field only if the
/// field has every bit of the term's mask.
pub fn field_mask(field: &str) -> u64 {
    let bytes = field.as_bytes();
    if !bytes.is_ascii() && may_hold_foldable(bytes) {
        return u64::MAX;
    }
    bytes.iter().fold(0, |m, &b| m | byte_bit(b))
}

/// What the search table keeps of a haystack's fields beside its bytes, [`FIELD_HEAD`] bytes a field: its length in
/// bytes (u32) and its [`field_mask`] (u64), little-endian.
pub fn field_heads(haystack: &str) -> Vec<u8> {
    let mut heads = Vec::with_capacity(5 * FIELD_HEAD);
    for f in fields(haystack) {
        heads.extend_from_slice(&(f.len() as u32).to_le_bytes());
        heads.extend_from_slice(&field_mask(f).to_le_bytes());
    }
    heads
}

/// The size of one field's head in [`field_heads`].
pub const FIELD_HEAD: usize = 12;

/// Whether `c` might match an ASCII query character under nucleo's case folding and Latin
/// normalization (`é` matches `e`, the Kelvin sign matches `k`). Generous on purpose: letters
/// with diacritics, combining marks, letter-like symbols, super/subscripts, ligatures and
/// full-width forms all count. Scripts such as CJK, Thai, Khmer or emoji never match an ASCII
/// character, and that is what the prefilter skips over.
fn may_fold_to_ascii(c: char) -> bool {
    matches!(c,
        '\u{80}'..='\u{24f}' | '\u{300}'..='\u{36f}' | '\u{1d00}'..='\u{1dbf}' | '\u{1e00}'..='\u{1eff}'
        | '\u{2070}'..='\u{209f}' | '\u{2100}'..='\u{214f}' | '\u{fb00}'..='\u{fb06}' | '\u{ff00}'..='\u{ffef}')
}

/// The ASCII terms of `query` that [`may_match`] checks (none when the query escapes a space: nucleo then reads
/// `\ ` as part of one term, and the terms differ). At most 64: a test of some of the terms is still a necessary
/// condition.
fn prefilter_terms(query: &str) -> Vec<Term> {
    if query.contains('\\') {
        return Vec::new();
    }
    query.split_whitespace().filter(|t| t.is_ascii()).take(64).map(|t| Term::of(t.as_bytes())).collect()
}

/// A test of one haystack's bytes and its [`field_heads`], shared by the threads that read the table.
pub type HaystackTest = Box<dyn Fn(&[u8], &[u8]) -> bool + Send + Sync>;

/// A cheap test that every haystack `engine` could match for `query` passes, given its bytes and its
/// [`field_heads`], so a search can leave the others unread; `None` when there is no such test (keep every claim).
/// It reads the haystack's bytes as far as it needs them and passes a haystack whose heads do not fit it or a field
/// that is not UTF-8, so the caller validates what passes, and only that.
pub fn could_match(engine: Engine, query: &str) -> Option<HaystackTest> {
    let terms = match engine {
        Engine::Nucleo => prefilter_terms(query),
        Engine::Skim => Vec::new(),
    };
    if terms.is_empty() { None } else { Some(Box::new(move |h: &[u8], heads: &[u8]| may_match_in(&terms, h, heads))) }
}

/// [`may_match`] with the fields' lengths and masks at hand ([`field_heads`]): a field is searched for a term only
/// when its mask holds the term's, and no separator is searched for.
fn may_match_in(terms: &[Term], haystack: &[u8], heads: &[u8]) -> bool {
    let Some(all) = u64::MAX.checked_shr(64 - terms.len().min(64) as u32).filter(|_| !terms.is_empty()) else {
        return true;
    };
    let mut open = all;
    let mut at = 0;
    for head in heads.chunks_exact(FIELD_HEAD) {
        let (len, mask) = head.split_at(4);
        let len = u32::from_le_bytes(len.try_into().unwrap_or_default()) as usize;
        let mask = u64::from_le_bytes(mask.try_into().unwrap_or_default());
        let Some(field) = haystack.get(at..at + len) else { return true };
        at += len + 1;
        if terms.iter().all(|t| t.mask & !mask != 0) {
            continue;
        }
        let walk = if mask & FOLDABLE == 0 {
            None
        } else {
            match std::str::from_utf8(field) {
                Ok(s) => Some(s),
                Err(_) => return true,
            }
        };
        for (k, t) in terms.iter().enumerate() {
            if open & (1 << k) != 0 && t.mask & !mask == 0 && term_may_match(t, field, walk) {
                open &= !(1 << k);
            }
        }
        if open == 0 {
            return true;
        }
    }
    false
}

/// A cheap necessary condition for a fuzzy match: each ASCII term's characters occur in order within one field
/// (at most 64 terms, see [`prefilter_terms`]). Never false when nucleo would match (tested against nucleo
/// itself), often false when it would not. The haystack is read once, a field at a time. The tests' reference for
/// [`may_match_in`], which the table's reader runs.
#[cfg(test)]
fn may_match(terms: &[Term], haystack: &[u8]) -> bool {
    let Some(all) = u64::MAX.checked_shr(64 - terms.len().min(64) as u32).filter(|_| !terms.is_empty()) else {
        return true;
    };
    let mut open = all;
    for field in field_bytes(haystack) {
        let walk = if field.is_ascii() || !may_hold_foldable(field) {
            None
        } else {
            match std::str::from_utf8(field) {
                Ok(s) => Some(s),
                Err(_) => return true,
            }
        };
        for (k, t) in terms.iter().enumerate() {
            if open & (1 << k) != 0 && term_may_match(t, field, walk) {
                open &= !(1 << k);
            }
        }
        if open == 0 {
            return true;
        }
    }
    false
}

/// Whether term `t`'s characters occur in order in `field`. `walk` is the field as text when it may hold a
/// character outside ASCII that folds to an ASCII one ([`may_hold_foldable`]): it is then walked a character at a
/// time; otherwise its bytes are searched as they are.
fn term_may_match(t: &Term, field: &[u8], walk: Option<&str>) -> bool {
    if let Some(text) = walk {
        return may_match_walk(std::slice::from_ref(t), text);
    }
    // Each needle byte found after the last (in either case unless the term is case-sensitive) by memchr: the same
    // first occurrences the walk finds, since no character outside ASCII can stand for a needle byte here (and none
    // of its bytes equals one).
    let mut at = 0;
    t.needle.iter().all(|&b| {
        let rest = &field[at..];
        let found = if t.case_sensitive || !b.is_ascii_lowercase() {
            memchr::memchr(b, rest)
        } else {
            memchr::memchr2(b, b.to_ascii_uppercase(), rest)
        };
        found.map(|k| at += k + 1).is_some()
    })
}

/// Whether `bytes` (UTF-8) may hold a character [`may_fold_to_ascii`] accepts, judged by the first two bytes of each
/// character outside ASCII: the ranges it accepts start with these (a superset, so `false` is sure).
fn may_hold_foldable(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(p) = bytes[i..].iter().position(|&b| b >= 0xc2) {
        let at = i + p;
        let next = bytes.get(at + 1).copied().unwrap_or(0);
        let foldable = match bytes[at] {
            0xc2..=0xc9 | 0xcc | 0xcd => true,
            0xe1 => matches!(next, 0xb4..=0xb6 | 0xb8..=0xbb),
            0xe2 => matches!(next, 0x81 | 0x82 | 0x84 | 0x85),
            0xef => matches!(next, 0xac | 0xbc..=0xbf),
            _ => false,
        };
        if foldable {
            return true;
        }
        i = at + 1;
    }
    false
}

/// [`may_match`] as a walk over the haystack, a byte at a time: an ASCII character is its byte; only a character
/// outside ASCII is decoded.
fn may_match_walk(terms: &[Term], haystack: &str) -> bool {
    let bytes = haystack.as_bytes();
    'terms: for t in terms {
        let mut k = 0;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let hit = if b < 0x80 {
                i += 1;
                t.needle[k] == if t.case_sensitive { b } else { b.to_ascii_lowercase() }
            } else {
                let Some(c) = haystack.get(i..).and_then(|rest| rest.chars().next()) else { break };
                i += c.len_utf8();
                may_fold_to_ascii(c)
            };
            if hit {
                k += 1;
                if k == t.needle.len() {
                    continue 'terms;
                }
            }
        }
        return false;
    }
    true
}

impl Matcher for NucleoEngine {
    /// Each atom's prefilter term ([`term_may_match`]) must occur in one of the claim's fields as the haystack holds
    /// them (the tags joined by spaces). The raw fields may still hold control characters the haystack makes spaces:
    /// no term holds a space, so a raw field passes wherever its haystack field does (a superset, never fewer).
    fn may_match_claim(&mut self, c: &Claim) -> bool {
        if !self.use_prefilter || self.terms.is_empty() || self.terms.iter().any(Option::is_none) {
            return true;
        }
        let tags = match c.tags.as_slice() {
            [] => "",
            [one] => one.as_str(),
            many => {
                self.tags.clear();
                for (i, t) in many.iter().enumerate() {
                    if i > 0 {
                        self.tags.push(' ');
                    }
                    self.tags.push_str(t);
                }
                self.tags.as_str()
            }
        };
        let fields = [c.text.as_str(), c.claimant.as_str(), tags, c.id.as_str(), c.notes.as_str()];
        // The bytes searched as they are first: found there, the walk would find them too (it takes any character
        // folding to ASCII for a needle byte). Only a field that may hold such a character is walked when they are
        // not.
        let may = |t: &Term, f: &str| {
            term_may_match(t, f.as_bytes(), None)
                || (!f.is_ascii() && may_hold_foldable(f.as_bytes()) && term_may_match(t, f.as_bytes(), Some(f)))
        };
        self.terms.iter().flatten().all(|t| fields.iter().any(|f| may(t, f)))
    }

    fn set_query(&mut self, query: &str) {
        use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
        self.pattern = Pattern::new(query, CaseMatching::Smart, Normalization::Smart, AtomKind::Fuzzy);
        // A term per atom, as nucleo split and unescaped it; an escaped space has no prefilter (whether a space
        // outside ASCII may stand for it is nucleo's business).
        self.terms = self
            .pattern
            .atoms
            .iter()
            .map(|a| match a.needle_text() {
                nucleo_matcher::Utf32Str::Ascii(b) if !b.contains(&b' ') => Some(Term::of(b)),
                _ => None,
            })
            .collect();
    }

    fn score(&mut self, haystack: &str) -> Option<i64> {
        self.split(haystack);
        let mut total = 0;
        for k in 0..self.pattern.atoms.len() {
            total += i64::from(self.best(haystack, k)?.0);
        }
        Some(total)
    }

    fn indices(&mut self, haystack: &str) -> Option<(i64, Vec<usize>)> {
        self.split(haystack);
        // Where each field's characters start in the haystack (a separator is one character).
        let mut starts = Vec::with_capacity(self.fields.len());
        let mut at = 0;
        for f in &self.fields {
            starts.push(at);
            at += if f.ascii { f.bytes.len() } else { haystack[f.bytes.clone()].chars().count() } + 1;
        }
        let mut total = 0;
        let mut all = Vec::new();
        let mut idx = Vec::new();
        for k in 0..self.pattern.atoms.len() {
            let (s, i) = self.best(haystack, k)?;
            idx.clear();
            self.atom_in(haystack, k, i, Some(&mut idx));
            total += i64::from(s);
            all.extend(idx.iter().map(|&c| c as usize + starts[i]));
        }
        all.sort_unstable();
        all.dedup();
        Some((total, all))
    }
}

/// The separator between two fields of a haystack: a control character, which [`haystack`] turns into a space inside
/// a field, so it never appears in one.
pub const FIELD_SEP: char = '\u{1f}';

/// The fields of a haystack (text first).
pub fn fields(haystack: &str) -> impl Iterator<Item = &str> {
    // The separator is ASCII, so every cut is on a character boundary.
    field_bytes(haystack.as_bytes()).map(|f| std::str::from_utf8(f).unwrap_or_default())
}

/// The fields of a haystack's bytes, cut at each separator byte (found with memchr).
fn field_bytes(haystack: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut from = 0;
    let mut cuts = memchr::memchr_iter(FIELD_SEP as u8, haystack);
    std::iter::from_fn(move || {
        if from > haystack.len() {
            return None;
        }
        let end = cuts.next().unwrap_or(haystack.len());
        let field = &haystack[from..end];
        from = end + 1;
        Some(field)
    })
}

/// A haystack as one line of text for other tools (fzf): its fields separated by two spaces.
pub fn haystack_line(haystack: &str) -> String {
    haystack.replace(FIELD_SEP, "  ")
}

/// One claim as the matcher sees it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Index of the story in `Workspace::stories`.
    pub story: u32,
    /// Index of the claim in the story's `claims`.
    pub claim: u32,
    /// The fields `text`, `claimant`, `tags`, `id`, `notes` (those not empty; the text always), separated by
    /// [`FIELD_SEP`]; the claim text comes first, so a matched character index below `text_chars` falls inside the
    /// claim's text.
    pub haystack: String,
    /// Length of the claim's text in characters.
    pub text_chars: u32,
}

/// Every claim of a workspace, ready for matching. Cheap to share between threads in an `Arc`.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub entries: Vec<Entry>,
}

/// The haystack of one claim: its fields (see [`Entry::haystack`]), control characters made spaces.
pub fn haystack(c: &Claim) -> String {
    let mut h = String::with_capacity(c.text.len() + c.notes.len() + c.id.len() + c.claimant.len() + 32);
    haystack_into(&mut h, c);
    // A big workspace holds a hundred thousand of these while filtering: no spare capacity.
    h.shrink_to_fit();
    h
}

/// [`haystack`] written into `h` (cleared first): a scan that reads the claims where they are
/// ([`live::LiveFilter`]) makes each one's haystack in the same buffer instead of keeping one per claim.
pub fn haystack_into(h: &mut String, c: &Claim) {
    h.clear();
    push_field(h, &c.text);
    if !c.claimant.is_empty() {
        h.push(FIELD_SEP);
        push_field(h, &c.claimant);
    }
    // The tags joined by spaces, when that is not empty.
    if c.tags.len() > 1 || c.tags.first().is_some_and(|t| !t.is_empty()) {
        h.push(FIELD_SEP);
        for (i, t) in c.tags.iter().enumerate() {
            if i > 0 {
                h.push(' ');
            }
            push_field(h, t);
        }
    }
    for part in [c.id.as_str(), c.notes.as_str()] {
        if !part.is_empty() {
            h.push(FIELD_SEP);
            push_field(h, part);
        }
    }
}

/// Appends `text` with its control characters made spaces; text with no byte that could start one is copied whole.
fn push_field(h: &mut String, text: &str) {
    // A control character is below 0x20, 0x7f, or U+0080–U+009F (0xc2 then 0x80–0x9f).
    if text.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xc2) {
        h.extend(text.chars().map(|ch| if ch.is_control() { ' ' } else { ch }));
    } else {
        h.push_str(text);
    }
}

impl Entry {
    /// The entry of claim `c`, the `claim`th of story `story`.
    pub fn new(story: u32, claim: u32, c: &Claim) -> Self {
        Entry { story, claim, haystack: haystack(c), text_chars: c.text.chars().count() as u32 }
    }
}

impl Corpus {
    pub fn from_workspace(ws: &Workspace) -> Self {
        let mut entries = Vec::with_capacity(ws.stories.iter().map(|s| s.file.claims.len()).sum());
        for (si, s) in ws.stories.iter().enumerate() {
            for (ci, c) in s.file.claims.iter().enumerate() {
                entries.push(Entry::new(si as u32, ci as u32, c));
            }
        }
        Corpus { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Where each hit's claim is: (story index, claim index, score), in the hits' order.
    pub fn claims_of(&self, hits: &[Hit]) -> Vec<(usize, usize, i64)> {
        hits.iter()
            .map(|h| {
                let e = &self.entries[h.entry as usize];
                (e.story as usize, e.claim as usize, h.score)
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A match of a query of three or more characters must score at least this much per character.
/// Without it, a few letters scattered over a long note match almost anything; whole words and
/// close typos score well above it (nucleo gives 16 per matched character, plus bonuses).
pub const MIN_SCORE_PER_CHAR: i64 = 16;

/// The lowest score a match of `query` needs to be shown.
pub fn min_score(query: &str) -> i64 {
    let n = query.chars().filter(|c| !c.is_whitespace()).count() as i64;
    if n < 3 { i64::MIN } else { MIN_SCORE_PER_CHAR * n }
}

/// One match: the entry's index in the corpus and its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: u32,
    pub score: i64,
}

/// Best first; equal scores keep corpus order, so results are stable.
pub fn rank(hits: &mut [Hit]) {
    hits.sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.entry.cmp(&b.entry)));
}

/// Scores `candidates` (or every entry) on one thread, in order.
pub fn scan_part(corpus: &Corpus, candidates: Option<&[u32]>, query: &str, engine: Engine) -> Vec<Hit> {
    let mut m = engine.matcher();
    m.set_query(query);
    let mut out = Vec::new();
    let mut visit = |i: u32| {
        if let Some(score) = m.score(&corpus.entries[i as usize].haystack) {
            out.push(Hit { entry: i, score });
        }
    };
    match candidates {
        Some(c) => c.iter().copied().for_each(&mut visit),
        None => (0..corpus.len() as u32).for_each(&mut visit),
    }
    out
}

/// Number of threads the filter uses: every core.
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Scores every entry on `threads` threads and returns the hits ranked best first.
pub fn scan(corpus: &Corpus, query: &str, engine: Engine, threads: usize) -> Vec<Hit> {
    // The threads take blocks of entries from one counter as they finish the last, so a stretch of long or
    // matching haystacks on one side never leaves the other thread idle.
    const BLOCK: usize = 1024;
    let n = corpus.len();
    let threads = threads.clamp(1, 16).min(n.div_ceil(BLOCK).max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let part = || {
        let mut m = engine.matcher();
        m.set_query(query);
        let mut out = Vec::new();
        loop {
            let from = next.fetch_add(BLOCK, std::sync::atomic::Ordering::Relaxed);
            if from >= n {
                break out;
            }
            for i in from..(from + BLOCK).min(n) {
                if let Some(score) = m.score(&corpus.entries[i].haystack) {
                    out.push(Hit { entry: i as u32, score });
                }
            }
        }
    };
    let mut hits: Vec<Hit> = if threads == 1 {
        part()
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads).map(|_| s.spawn(part)).collect();
            handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
        })
    };
    let min = min_score(query);
    hits.retain(|h| h.score >= min);
    rank(&mut hits);
    hits
}

/// The matched character indices that fall in the claim's text (for highlighting it).
pub fn text_indices(engine: Engine, query: &str, entry: &Entry) -> Vec<usize> {
    let mut m = engine.matcher();
    m.set_query(query);
    m.indices(&entry.haystack)
        .map(|(_, idx)| idx.into_iter().filter(|&i| i < entry.text_chars as usize).collect())
        .unwrap_or_default()
}

/// What `factdesk search` prints of a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub story: String,
    pub id: String,
    pub verdict: String,
    pub status: String,
    pub text: String,
}

/// Every claim's row and matcher entry, in workspace order: what `factdesk search` needs. The rows are either held
/// (built from a workspace) or read when asked for (from the cache's mapped search table), so a search decodes only
/// the rows it prints.
#[derive(Clone, Default)]
pub struct SearchTable {
    /// The claims a query could match (every claim, unless the table was read for one query).
    pub corpus: Corpus,
    /// How many claims the workspace has.
    pub claims: usize,
    rows: Rows,
}

/// Where a table's rows come from.
#[derive(Clone)]
enum Rows {
    Held(Vec<Row>),
    Read(std::sync::Arc<dyn Fn(usize) -> Option<Row> + Send + Sync>),
}

impl Default for Rows {
    fn default() -> Rows {
        Rows::Held(Vec::new())
    }
}

impl std::fmt::Debug for SearchTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchTable").field("claims", &self.corpus.len()).finish()
    }
}

impl SearchTable {
    pub fn from_workspace(ws: &Workspace) -> Self {
        let corpus = Corpus::from_workspace(ws);
        let rows = corpus
            .entries
            .iter()
            .map(|e| {
                let st = &ws.stories[e.story as usize];
                let c = &st.file.claims[e.claim as usize];
                Row {
                    story: st.slug.clone(),
                    id: c.id.clone(),
                    verdict: c.verdict.clone(),
                    status: c.status.as_str().to_string(),
                    text: c.text.clone(),
                }
            })
            .collect();
        SearchTable { rows: Rows::Held(rows), claims: corpus.len(), corpus }
    }

    /// A table of `claims` claims whose corpus entry `i` has its row read by `row` when asked for.
    pub fn reading(corpus: Corpus, claims: usize, row: impl Fn(usize) -> Option<Row> + Send + Sync + 'static) -> Self {
        SearchTable { corpus, claims, rows: Rows::Read(std::sync::Arc::new(row)) }
    }

    /// The row of corpus entry `i`; `None` past the end (or, for a table read from a file, a record that cannot
    /// be read any more).
    pub fn row(&self, i: usize) -> Option<Row> {
        match &self.rows {
            Rows::Held(rows) => rows.get(i).cloned(),
            Rows::Read(read) => read(i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_settings_choose_the_matcher() {
        let t = tempfile::tempdir().unwrap();
        let file = t.path().join(crate::store::CONFIG_FILE);
        let chosen = |yaml: &str| {
            std::fs::write(&file, yaml).unwrap();
            crate::store::load_config(t.path()).map(|c| Engine::chosen(&c))
        };
        assert_eq!(chosen("search:\n  matcher: fuzzy-matcher\n").unwrap(), Engine::Skim);
        assert_eq!(chosen("search:\n  matcher: nucleo\n").unwrap(), Engine::Nucleo);
        assert_eq!(chosen("organization:\n  name: Desk\n").unwrap(), DEFAULT_ENGINE);
        let d = chosen("search:\n  matcher: fzf\n").unwrap_err();
        assert!(d.message.contains("unknown variant") && d.message.contains("fuzzy-matcher"), "{d}");
        assert_eq!(Engine::chosen(&crate::model::WorkspaceConfig::default()), DEFAULT_ENGINE);
    }

    fn corpus(texts: &[&str]) -> Corpus {
        Corpus {
            entries: texts
                .iter()
                .enumerate()
                .map(|(i, t)| Entry {
                    story: 0,
                    claim: i as u32,
                    haystack: t.to_string(),
                    text_chars: t.chars().count() as u32,
                })
                .collect(),
        }
    }

    #[test]
    fn both_engines_need_every_term() {
        let c = corpus(&["rice exports in Bangkok", "rice in Phnom Penh", "Phnom Penh casinos"]);
        for engine in [Engine::Skim, Engine::Nucleo] {
            let hits = scan(&c, "rice phnom", engine, 2);
            assert_eq!(hits.iter().map(|h| h.entry).collect::<Vec<_>>(), [1], "{engine:?}");
            assert_eq!(scan(&c, "", engine, 2).len(), 3);
        }
    }

    #[test]
    fn a_term_matches_within_one_field() {
        let sep = FIELD_SEP;
        let text = "GDP rose, ភ្នំពេញ said";
        let c = corpus(&[
            &format!("gd{sep}p half"),
            &format!("{text}{sep}Hun Manet{sep}half-truth"),
            &format!("half{sep}gdp"),
        ]);
        for engine in [Engine::Skim, Engine::Nucleo] {
            // "gdp" spread over two fields is no match; each term may sit in its own field.
            let mut hits: Vec<u32> = scan(&c, "gdp half", engine, 1).iter().map(|h| h.entry).collect();
            hits.sort_unstable();
            assert_eq!(hits, [1, 2], "{engine:?}");
            // The score is each term's best field's, summed: the same as the fields scored alone.
            let mut m = engine.matcher();
            m.set_query("gdp");
            let gdp = m.score("gdp").unwrap();
            m.set_query("half");
            let half = m.score("half").unwrap();
            m.set_query("gdp half");
            assert_eq!(m.score(&format!("half{sep}gdp")), Some(gdp + half), "{engine:?}");
            assert_eq!(m.score(&format!("zz{sep}gdp half{sep}q")), m.score("gdp half"), "{engine:?}");
            // Highlighting: matched characters counted over the whole haystack (a separator is one character); in
            // the text only for the terms whose best field is the text.
            let e = &Entry { text_chars: text.chars().count() as u32, ..c.entries[1].clone() };
            assert_eq!(text_indices(engine, "manet", e), Vec::<usize>::new(), "{engine:?}");
            assert_eq!(text_indices(engine, "gdp", e), [0, 1, 2], "{engine:?}");
            let (_, idx) = {
                m.set_query("manet");
                m.indices(&e.haystack).unwrap()
            };
            let at = text.chars().count() + 1 + 4;
            assert_eq!(idx, (at..at + 5).collect::<Vec<_>>(), "{engine:?}");
        }
    }

    #[test]
    fn indices_are_characters_not_bytes() {
        let e = Entry { story: 0, claim: 0, haystack: "ភ្នំពេញ casinos".into(), text_chars: 14 };
        for engine in [Engine::Skim, Engine::Nucleo] {
            assert_eq!(text_indices(engine, "cas", &e), [8, 9, 10], "{engine:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3_000))]

        /// The memchr search finds what the walk finds, for any terms and case, on ASCII haystacks and on
        /// haystacks with characters of every kind outside it (some that fold to ASCII, most that do not).
        #[test]
        fn the_prefilters_memchr_search_agrees_with_the_walk(
            parts in proptest::collection::vec(proptest::prop_oneof![
                "[ -~]{0,8}",
                proptest::strategy::Just("臺北".to_string()), proptest::strategy::Just("ភ្នំពេញ".to_string()),
                proptest::strategy::Just("é".to_string()), proptest::strategy::Just("\u{301}".to_string()),
                proptest::strategy::Just("\u{212a}".to_string()), proptest::strategy::Just("ﬁ".to_string()),
                proptest::strategy::Just("Ａ".to_string()), proptest::strategy::Just("ẞ".to_string()),
                proptest::strategy::Just("ᴀ".to_string()), proptest::strategy::Just("⁰".to_string()),
                proptest::strategy::Just("🔥".to_string()), proptest::strategy::Just("€".to_string()),
            ], 0..12),
            query in "[a-dA-D0-2 .-]{0,8}",
        ) {
            let hay: String = parts.concat();
            let terms = prefilter_terms(&query);
            let heads = field_heads(&hay);
            proptest::prop_assert_eq!(may_match_in(&terms, hay.as_bytes(), &heads), may_match(&terms, hay.as_bytes()));
            proptest::prop_assert_eq!(may_match(&terms, hay.as_bytes()), may_match_walk(&terms, &hay), "{:?} in {:?}", query, hay);
        }
    }

    #[test]
    fn the_prefilter_never_drops_a_nucleo_match() {
        let mut hay: Vec<String> = [
            "São Paulo rice exports",
            "ZÜRICH budget 2019",
            "Kraków flood shelters",
            "The \u{212a}elvin sign",
            "ﬁnance ministry",
            "ＦＵＬＬ width",
            "ភ្នំពេញ casinos 東京",
            "Phnom Penh (ភ្នំពេញ) rice",
            "e\u{301}cole",
            "Ægir and Œuvre",
            "straße",
            "İstanbul",
            "🔥 viral claim 40%",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let t = tempfile::tempdir().unwrap();
        crate::generate::generate(t.path(), 2, 30, 9).unwrap();
        let ws = crate::load::load_workspace(t.path()).unwrap();
        hay.extend(Corpus::from_workspace(&ws).entries.into_iter().map(|e| e.haystack));
        let queries = [
            "sao",
            "zur",
            "krakow",
            "kelvin",
            "fin",
            "full",
            "casinos",
            "ph ri",
            "ecole",
            "aegir",
            "oeuvre",
            "strasse",
            "istanbul",
            "40",
            "Zur",
            "SAO",
            "p",
            "rice 2019",
            "Phnom",
            "ministry budget",
            "x y z",
            "a\\ b",
            "ភ្នំ",
        ];
        let (mut fast, mut slow) = (NucleoEngine::new(true), NucleoEngine::new(false));
        for q in queries {
            fast.set_query(q);
            slow.set_query(q);
            let table = prefilter_terms(q);
            for h in &hay {
                assert_eq!(fast.score(h), slow.score(h), "{q:?} on {h:?}");
                // The table's test (whole haystack, bytes) keeps every claim nucleo matches, and the fields' masks
                // change none of its answers.
                assert!(slow.score(h).is_none() || may_match(&table, h.as_bytes()), "{q:?} on {h:?}");
                assert_eq!(may_match_in(&table, h.as_bytes(), &field_heads(h)), may_match(&table, h.as_bytes()));
            }
        }
        // Every character the fold accepts is seen by the byte test, and CJK, Khmer and emoji are not.
        for c in (0x80..0x30000u32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            if may_fold_to_ascii(c) {
                assert!(may_hold_foldable(c.encode_utf8(&mut buf).as_bytes()), "U+{:04X}", c as u32);
            }
        }
        assert!(!may_hold_foldable("臺北 ភ្នំពេញ 🔥 — “q”".as_bytes()));
        // And it does skip work: Khmer and CJK cannot hold "rice".
        let rice = prefilter_terms("rice");
        assert!(!may_match(&rice, "ភ្នំពេញ 東京 casinos".as_bytes()) && may_match(&rice, "Rīce".as_bytes()));
        // Within one field: "rice" spread over two fields is not a match, and the prefilter says so.
        assert!(
            !may_match(&rice, b"ri\x1fce") && may_match(&rice, b"ri\x1frice") && may_match(&rice, b"x\x1f\x1frice")
        );
        assert_eq!(fields("a\u{1f}\u{1f}b\u{1f}").collect::<Vec<_>>(), ["a", "", "b", ""]);
        assert_eq!(fields("").collect::<Vec<_>>(), [""]);
        // Heads that do not fit the haystack (a damaged table) keep it: the reader's checks decide.
        assert!(may_match_in(&rice, b"ri", &field_heads("rice rice")));
        assert!(!may_match_in(&rice, b"ri\x1fce", &field_heads("ri\u{1f}ce")));
        // Masks: either case, digits apart from letters, nothing for characters outside ASCII unless they may fold.
        assert_eq!(field_mask("Ab"), field_mask("aB"));
        assert_eq!(field_mask("臺北") & !FOLDABLE, 0);
        assert_eq!(field_mask("é"), u64::MAX);
        assert_eq!(field_mask("0123456789") & field_mask("abcdefghijklmnopqrstuvwxyz"), 0);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2_000))]

        /// The haystack made in a reused buffer is the one made from scratch by the first definition (fields joined,
        /// tags by spaces, empty fields left out, control characters made spaces).
        #[test]
        fn a_haystack_made_in_a_buffer_is_the_haystack(
            text in "[a-c \n\t\u{7f}\u{85}\u{a0}é東]{0,6}",
            claimant in "[a-c \n\u{9f}]{0,3}",
            tags in proptest::collection::vec("[a-c\u{1}]{0,2}", 0..3),
            id in "[a-c-]{0,3}",
            notes in "[a-c\r\n\u{c2}]{0,4}",
            before in "[a-z]{0,40}",
        ) {
            let c = Claim { text, claimant, tags, id, notes, ..Claim::default() };
            let mut want = String::new();
            want.extend(c.text.chars().map(|ch| if ch.is_control() { ' ' } else { ch }));
            for part in [c.claimant.as_str(), &c.tags.join(" "), c.id.as_str(), c.notes.as_str()] {
                if !part.is_empty() {
                    want.push(FIELD_SEP);
                    want.extend(part.chars().map(|ch| if ch.is_control() { ' ' } else { ch }));
                }
            }
            let mut buf = before;
            haystack_into(&mut buf, &c);
            proptest::prop_assert_eq!(&buf, &want);
            proptest::prop_assert_eq!(haystack(&c), want);
        }
    }

    #[test]
    fn threads_do_not_change_results() {
        let texts: Vec<String> = (0..500).map(|i| format!("claim {i} about budget {}", i * 7 % 13)).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let c = corpus(&refs);
        assert_eq!(scan(&c, "bud 12", Engine::Nucleo, 1), scan(&c, "bud 12", Engine::Nucleo, 3));
    }
}
