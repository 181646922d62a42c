//! Sentence features for the check-worthiness model: tokens, hashed word n-grams and hand-made cues.
//!
//! Unigrams, bigrams and trigrams of words (numbers become one shape), stems, word endings and
//! character 4-grams.
//! Everything is hashed into one table of `DIM` buckets, so the model is a flat array of weights.
//! Hand-made cues (numbers, comparatives, attribution verbs, names, hedges) are hashed by name.

/// log2 of the number of hashed buckets.
pub const DIM_BITS: u32 = 18;
/// Number of hashed buckets (weights) in the model.
pub const DIM: usize = 1 << DIM_BITS;
const MASK: u64 = (DIM as u64) - 1;

/// One active feature: bucket and value.
pub type Feat = (u32, f32);

#[inline]
fn mix(h: u64, b: u64) -> u64 {
    (h.rotate_left(5) ^ b).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Hash of a string (stable across platforms and releases).
pub fn hash_str(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| mix(h, u64::from(b)))
}

#[inline]
/// The bucket of a lowercased word's own (unigram) feature.
pub fn word_bucket(lower: &str) -> u32 {
    finish(hash_str(lower))
}

fn finish(h: u64) -> u32 {
    let h = h ^ (h >> 29);
    let h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    ((h ^ (h >> 32)) & MASK) as u32
}

/// The bucket of a named feature.
pub fn bucket(name: &str) -> u32 {
    finish(hash_str(name))
}

/// A token's broad class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Symbol,
}

/// One token of a sentence: lowercased text (numbers become `0`), byte span, class, capitalisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub lower: String,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub capital: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits a sentence into word, number and symbol (`$ % € £ ?`) tokens. Byte offsets.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, |t| out.push(t.to_token()));
    out
}

/// A borrowed token, produced without allocating.
pub struct RawToken<'a> {
    pub text: &'a str,
    pub start: usize,
    pub kind: TokKind,
}

impl RawToken<'_> {
    fn to_token(&self) -> Token {
        let lower = match self.kind {
            TokKind::Number => "0".to_string(),
            _ => self.text.to_lowercase(),
        };
        Token {
            lower,
            start: self.start,
            end: self.start + self.text.len(),
            kind: self.kind,
            capital: self.text.chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// Calls `f` for each token, without allocating.
pub fn tokenize_into<'a>(text: &'a str, mut f: impl FnMut(RawToken<'a>)) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            let s = i;
            i += 1;
            while i < b.len() {
                if b[i].is_ascii_digit() {
                    i += 1;
                } else if (b[i] == b'.' || b[i] == b',') && i + 1 < b.len() && b[i + 1].is_ascii_digit() {
                    i += 2;
                } else {
                    break;
                }
            }
            f(RawToken { text: &text[s..i], start: s, kind: TokKind::Number });
        } else if c.is_ascii_alphabetic() || c >= 0x80 {
            let s = i;
            let mut end = i;
            let mut it = text[i..].char_indices().peekable();
            let mut prev_alpha = false;
            while let Some((off, ch)) = it.next() {
                if ch.is_alphanumeric() {
                    prev_alpha = true;
                    end = i + off + ch.len_utf8();
                } else if prev_alpha
                    && (is_apostrophe(ch) || ch == '-')
                    && it.peek().is_some_and(|(_, n)| n.is_alphabetic() || (ch == '-' && n.is_ascii_digit()))
                {
                    // "COVID-19", "F-35", "SARS-CoV-2": a name with digits is one word, not a number.
                    prev_alpha = false;
                } else {
                    break;
                }
            }
            if end == s {
                // A non-alphanumeric non-ASCII character: a symbol or punctuation.
                let ch = text[s..].chars().next().unwrap_or(' ');
                i = s + ch.len_utf8();
                if matches!(ch, '€' | '£' | '¥' | '…') {
                    f(RawToken { text: &text[s..i], start: s, kind: TokKind::Symbol });
                }
            } else {
                f(RawToken { text: &text[s..end], start: s, kind: TokKind::Word });
                i = end;
            }
        } else {
            if matches!(c, b'$' | b'%' | b'?') {
                f(RawToken { text: &text[i..i + 1], start: i, kind: TokKind::Symbol });
            }
            i += 1;
        }
    }
}

const COMPARATIVES: &[&str] = &[
    "more",
    "less",
    "fewer",
    "higher",
    "lower",
    "greater",
    "larger",
    "smaller",
    "bigger",
    "better",
    "worse",
    "faster",
    "slower",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "doubled",
    "tripled",
    "rose",
    "fell",
    "grew",
    "cut",
    "than",
    "twice",
    "times",
];
const SUPERLATIVES: &[&str] = &[
    "most", "least", "largest", "biggest", "highest", "lowest", "best", "worst", "fastest", "smallest", "greatest",
    "first", "only", "record", "ever", "never", "every", "all", "none",
];
const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "say",
    "according",
    "reported",
    "reports",
    "claimed",
    "claims",
    "estimated",
    "estimates",
    "testified",
    "announced",
    "told",
    "stated",
    "states",
    "noted",
    "added",
    "explained",
    "warned",
    "found",
    "showed",
    "shows",
    "revealed",
    "confirmed",
    "denied",
    "alleged",
    "insisted",
    "argued",
];
const HEDGES: &[&str] = &[
    "may",
    "might",
    "could",
    "perhaps",
    "probably",
    "possibly",
    "maybe",
    "seems",
    "seem",
    "likely",
    "think",
    "believe",
    "feel",
    "hope",
    "guess",
    "suppose",
    "suggest",
    "appears",
    "apparently",
    "allegedly",
    "reportedly",
];
const OPINION: &[&str] = &[
    "should",
    "must",
    "ought",
    "great",
    "terrible",
    "wonderful",
    "horrible",
    "love",
    "hate",
    "bad",
    "good",
    "wrong",
    "right",
    "disaster",
    "amazing",
    "awful",
    "beautiful",
    "shame",
    "want",
    "wish",
    "thank",
    "thanks",
    "please",
];
const NUMBER_WORDS: &[&str] = &[
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "thousand",
    "thousands",
    "hundred",
    "hundreds",
    "percent",
    "dozen",
    "dozens",
    "half",
    "third",
    "thirds",
    "quarter",
    "double",
    "triple",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twenty",
    "fifty",
    "dollars",
    "jobs",
    "tax",
    "taxes",
];
const FIRST_PERSON: &[&str] = &["i", "i'm", "i’m", "me", "my", "i've", "i’ve", "i'll", "i’ll"];
const SECOND_PERSON: &[&str] = &["you", "your", "you're", "you’re"];

#[inline]
fn in_list(w: &str, list: &[&str]) -> bool {
    list.contains(&w)
}

fn len_bucket(n: usize) -> &'static str {
    match n {
        0..=3 => "#len:0-3",
        4..=6 => "#len:4-6",
        7..=10 => "#len:7-10",
        11..=15 => "#len:11-15",
        16..=25 => "#len:16-25",
        26..=40 => "#len:26-40",
        _ => "#len:41+",
    }
}

fn count_bucket(prefix: &str, n: usize) -> u32 {
    let k = n.min(3) as u8;
    finish(mix(hash_str(prefix), u64::from(k)))
}

/// Character 4-grams of a word padded as `<word>`: spelling-level cues ("-tion", "perc") that
/// generalise past the exact words seen in training.
fn char_grams(b: &[u8], out: &mut Vec<u64>) {
    let n = b.len();
    let at = |j: usize| -> u64 {
        if j == 0 {
            u64::from(b'<')
        } else if j == n + 1 {
            u64::from(b'>')
        } else {
            u64::from(b[j - 1])
        }
    };
    for j in 0..=n - 2 {
        let h = (0..4).fold(0x4444u64, |h, k| mix(h, at(j + k)));
        out.push(h);
    }
}

/// A reusable feature extractor (keeps its buffers between sentences).
#[derive(Default)]
pub struct Extractor {
    words: Vec<u64>,
    lower: String,
    suffixes: Vec<u64>,
    pub feats: Vec<Feat>,
}

const BOS: u64 = 0x1234_5678_9abc_def1;
const EOS: u64 = 0x0fed_cba9_8765_4321;

impl Extractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Computes the features of `text` into `self.feats`. Hand-made cues have value 1;
    /// n-grams share a total weight of about 1 (each is `1/sqrt(n)`).
    pub fn extract(&mut self, text: &str) -> &[Feat] {
        self.words.clear();
        self.feats.clear();
        let mut numbers = 0usize;
        let mut caps = 0usize;
        let (mut comp, mut sup, mut attr, mut hedge, mut opin, mut numw, mut fp, mut sp) =
            (false, false, false, false, false, false, false, false);
        let (mut percent, mut money, mut year, mut question) = (false, false, false, false);
        let mut first_word = true;
        let words = &mut self.words;
        let lower = &mut self.lower;
        let suffixes = &mut self.suffixes;
        suffixes.clear();
        words.push(BOS);
        tokenize_into(text, |t| {
            let h = match t.kind {
                TokKind::Number => {
                    numbers += 1;
                    if t.text.len() == 4 && (t.text.starts_with("19") || t.text.starts_with("20")) {
                        year = true;
                        hash_str("<year>")
                    } else {
                        hash_str("<num>")
                    }
                }
                TokKind::Symbol => {
                    match t.text {
                        "%" => percent = true,
                        "$" | "€" | "£" | "¥" => money = true,
                        "?" => question = true,
                        _ => {}
                    }
                    hash_str(t.text)
                }
                TokKind::Word => {
                    lower.clear();
                    if t.text.is_ascii() {
                        lower.push_str(t.text);
                        lower.make_ascii_lowercase();
                    } else {
                        lower.extend(t.text.chars().flat_map(char::to_lowercase));
                    }
                    let w = lower.as_str();
                    let cap = t.text.as_bytes()[0].is_ascii_uppercase();
                    if cap && !first_word && w != "i" {
                        caps += 1;
                    }
                    first_word = false;
                    comp |= in_list(w, COMPARATIVES);
                    sup |= in_list(w, SUPERLATIVES) || (w.len() > 5 && w.ends_with("est"));
                    attr |= in_list(w, ATTRIBUTION);
                    hedge |= in_list(w, HEDGES);
                    opin |= in_list(w, OPINION);
                    numw |= in_list(w, NUMBER_WORDS);
                    fp |= in_list(w, FIRST_PERSON);
                    sp |= in_list(w, SECOND_PERSON);
                    percent |= w == "percent";
                    money |= w == "dollars" || w == "dollar";
                    word_suffixes(w, suffixes);
                    hash_str(w)
                }
            };
            words.push(h);
        });
        words.push(EOS);
        push_ngrams(words, &self.suffixes, &mut self.feats);
        let tokens = words.len() - 2;
        let mut cue = |name: &str, on: bool| {
            if on {
                self.feats.push((bucket(name), 1.0));
            }
        };
        cue("#bias", true);
        cue(len_bucket(tokens), true);
        cue("#comparative", comp);
        cue("#superlative", sup);
        cue("#attribution", attr);
        cue("#hedge", hedge);
        cue("#opinion", opin);
        cue("#numword", numw);
        cue("#first-person", fp);
        cue("#second-person", sp);
        cue("#percent", percent);
        cue("#money", money);
        cue("#year", year);
        cue("#question", question);
        cue("#number-and-comparative", numbers > 0 && comp);
        cue("#hedge-no-number", hedge && numbers == 0);
        self.feats.push((count_bucket("#numbers", numbers), 1.0));
        self.feats.push((count_bucket("#names", caps), 1.0));
        &self.feats
    }
}

/// Pushes onto `suffixes` the stem and ending features of the lowercased word `w`: for an ASCII word of five letters
/// or more its stem without `-ing`, `-ed`, `-es` or `-s` and its last three letters; for one of four or more its
/// character n-grams.
fn word_suffixes(w: &str, suffixes: &mut Vec<u64>) {
    if w.len() >= 5 && w.is_ascii() {
        for suf in ["ing", "ed", "es", "s"] {
            if let Some(st) = w.strip_suffix(suf) {
                suffixes.push(mix(0x5f60, hash_str(st)));
                break;
            }
        }
    }
    if w.len() >= 5 && w.is_ascii() {
        suffixes.push(mix(0x5f5f, hash_str(&w[w.len() - 3..])));
    }
    if w.is_ascii() && w.len() >= 4 {
        char_grams(w.as_bytes(), suffixes);
    }
}

/// Pushes onto `feats` the n-gram features of the token hashes `words` (framed by `BOS` and `EOS`) and of their
/// `suffixes`, sharing a total weight of about 1 (each `1/sqrt(n)`), then how the sentence opens.
fn push_ngrams(words: &[u64], suffixes: &[u64], feats: &mut Vec<Feat>) {
    let n = words.len();
    let ngrams = (n - 2) + (n - 1) + n.saturating_sub(2) + suffixes.len() + 2;
    let v = 1.0 / (ngrams.max(1) as f32).sqrt();
    for &w in &words[1..n - 1] {
        feats.push((finish(w), v));
    }
    for p in words.windows(2) {
        feats.push((finish(mix(p[0] ^ 0x9e37_79b9, p[1])), v));
    }
    for t in words.windows(3) {
        feats.push((finish(mix(mix(t[0] ^ 0x7f4a_7c15, t[1]), t[2])), v));
    }
    // Stems ("rose"/"rising" aside) and three-letter endings, a cheap stand-in for parts of speech.
    for &s in suffixes.iter() {
        feats.push((finish(s), v));
    }
    // How the sentence opens: "Thank you", "I think", "We have".
    feats.push((finish(mix(0x51_7cc1, words[1.min(n - 1)])), v));
    feats.push((finish(mix(mix(0x51_7cc2, words[1.min(n - 1)]), words[2.min(n - 1)])), v));
}

/// Which features of the neighbouring sentences (the one before and the one after) a sentence
/// also gets, each re-hashed by direction so that its weight is separate from the sentence's own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Context {
    /// `Off`: one sentence at a time. `Cues`: the neighbours' hand-made cues and length.
    /// `Full`: every feature of the neighbours.
    pub mode: ContextMode,
    /// Value multiplier of the neighbours' features.
    pub scale: f32,
}

/// See [`Context`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextMode {
    Off,
    Cues,
    Full,
    /// No neighbour features in training; at scoring time the neighbours' margins (less the
    /// bias), times `scale`, are added to the sentence's own margin.
    Smooth,
}

/// The context the shipped model was trained with (chosen by cross-validation on the training files).
pub const CONTEXT: Context = Context { mode: ContextMode::Off, scale: 1.0 };

/// Direction salts: the sentence before, the sentence after.
pub const PREV: u64 = 0x00c0_ffee_0001;
pub const NEXT: u64 = 0x00c0_ffee_0002;

/// The bucket a neighbour's feature `i` moves to, seen from direction `dir`.
#[inline]
pub fn context_bucket(i: u32, dir: u64) -> u32 {
    finish(mix(dir, u64::from(i)))
}

impl Context {
    /// Whether any neighbour feature is used.
    pub fn is_on(&self) -> bool {
        self.mode != ContextMode::Off
    }

    /// Appends the features a neighbour (`neigh`, its own features) contributes from direction `dir`.
    pub fn push(&self, neigh: &[Feat], dir: u64, out: &mut Vec<Feat>) {
        for &(i, v) in neigh {
            // Cues are the features of value 1; n-grams always have value < 1.
            if self.mode == ContextMode::Full || (self.mode == ContextMode::Cues && v >= 1.0) {
                out.push((context_bucket(i, dir), v * self.scale));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_decimals_and_apostrophes() {
        let t = tokenize("It's $12.5 billion, or 50% of Cambodia’s GDP?");
        let words: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(words, ["it's", "$", "0", "billion", "or", "0", "%", "of", "cambodia’s", "gdp", "?"]);
        assert_eq!(&"It's $12.5 billion"[t[2].start..t[2].end], "12.5");
        assert!(t[8].capital && !t[4].capital);
    }

    #[test]
    fn cues_fire_on_their_words() {
        let mut x = Extractor::new();
        let f: Vec<u32> = x.extract("Officials said unemployment rose to 5 percent.").iter().map(|f| f.0).collect();
        for name in ["#attribution", "#comparative", "#percent", "#number-and-comparative", "#bias"] {
            assert!(f.contains(&bucket(name)), "{name}");
        }
        assert!(!f.contains(&bucket("#hedge")));
        let f: Vec<u32> = x.extract("I think maybe we should go.").iter().map(|f| f.0).collect();
        assert!(
            f.contains(&bucket("#hedge")) && f.contains(&bucket("#opinion")) && f.contains(&bucket("#first-person"))
        );
    }

    #[test]
    fn numbers_share_a_shape() {
        let mut x = Extractor::new();
        let a: Vec<Feat> = x.extract("Taxes rose 5 percent.").to_vec();
        let b: Vec<Feat> = x.extract("Taxes rose 17 percent.").to_vec();
        assert_eq!(a, b);
    }
}
