//! The similar-claims index's terms: words normalised so a reworded claim meets its original (numbers and
//! their units, abbreviations, plurals), and the word pairs (bigrams) between them.
//!
//! - Links (`https://…`, `pic.twitter.com/…`, `www.…`) say nothing about a claim and are dropped, and so is
//!   the signature a pasted tweet ends with (`— Name (@handle) March 3, 2020`).
//! - Numbers keep their decimals and drop thousands separators, and number words are numbers ("nine" = `9`;
//!   "one" stays a word); a magnitude written after them, as a word or
//!   a letter, is multiplied in: `12.5 billion`, `12.5bn` and `$12.5B` are all `12500000000`. Currency
//!   signs and words become one token (`$`, `dollars`, `USD` → `usd`), and so do `%`, `percent` and `per cent`.
//! - Dotted abbreviations lose their dots (`U.N.` → `un`), and a few names every newsroom writes three ways
//!   become one (`U.S.`, `US`, `USA`, `United States` → `usa`; the pronoun "us" is a stop word).
//! - Plurals are cut to their singular (a light English "s" stemmer).
//! - Scripts written without spaces (Thai, Khmer, Lao, Myanmar, CJK) are cut into overlapping character pairs.

use crate::words::number_word;

/// Words too common to say anything about a claim.
const STOP: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but", "by",
    "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if",
    "in", "into", "is", "it", "its", "just", "me", "more", "my", "no", "not", "now", "of", "on", "one", "or", "our",
    "out", "over", "s", "said", "says", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "to", "up", "us", "was", "we", "were", "what", "when", "which", "who", "why",
    "will", "with", "would", "you", "your",
];

/// Phrases that name one thing, replaced by one token (matched on normalised words).
const PHRASES: &[(&str, &str, &str)] = &[
    ("united", "states", "usa"),
    ("united", "kingdom", "uk"),
    ("united", "nations", "un"),
    ("european", "union", "eu"),
    ("per", "cent", "pct"),
];

/// Single words written several ways.
fn alias(w: &str) -> &str {
    match w {
        "u.s" | "u.s.a" | "usa" | "america" => "usa",
        "u.k" | "britain" => "uk",
        "u.n" => "un",
        "e.u" => "eu",
        "percent" | "pct" => "pct",
        "dollar" | "dollars" | "usd" => "usd",
        "euro" | "euros" | "eur" => "eur",
        "pound" | "pounds" | "gbp" => "gbp",
        _ => w,
    }
}

/// A magnitude word or suffix written after a number.
fn magnitude(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "k" => 1e3,
        "million" | "millions" | "m" | "mn" | "mln" => 1e6,
        "billion" | "billions" | "b" | "bn" | "bln" => 1e9,
        "trillion" | "trillions" | "t" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// The terms of a run of characters from a script written without spaces: its character pairs, or the character
/// itself when the run is one character long.
pub(super) fn unspaced_terms(run: &[char]) -> impl Iterator<Item = String> + '_ {
    let single = (run.len() == 1).then(|| run[0].to_string());
    single.into_iter().chain(run.windows(2).map(|w| w.iter().collect()))
}

pub(super) fn unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0e00}'..='\u{0eff}'   // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
        | '\u{3040}'..='\u{30ff}' // Kana
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// The text without links and without a pasted tweet's closing signature.
fn strip_noise(text: &str) -> String {
    let mut t = text;
    // "… — Name (@handle) March 3, 2020" at the end of an embedded tweet.
    // The name stays (who said it helps find what was said); the handle and the date go.
    if let Some(dash) = t.rfind('—')
        && let Some(at) = t[dash..].find("(@")
        && t.len() - dash < 160
    {
        t = &t[..dash + at];
    }
    t.split_whitespace()
        .filter(|w| {
            let l = w.to_ascii_lowercase();
            !(l.starts_with("http://")
                || l.starts_with("https://")
                || l.starts_with("www.")
                || l.starts_with("pic.twitter.com")
                || l.contains(".com/"))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One raw token before aliases and stemming.
#[derive(Debug, Clone, PartialEq)]
enum Raw {
    Word { text: String, caps: bool },
    Number(f64),
    Symbol(&'static str),
}

fn raw_tokens(text: &str) -> Vec<Raw> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if unspaced_script(c) {
            let start = i;
            while i < chars.len() && unspaced_script(chars[i]) {
                i += 1;
            }
            out.extend(unspaced_terms(&chars[start..i]).map(|text| Raw::Word { text, caps: false }));
        } else if c.is_ascii_digit() {
            let mut num = String::new();
            while i < chars.len() {
                let c = chars[i];
                let between_digits =
                    i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if c.is_ascii_digit() {
                    num.push(c);
                } else if (c == ',' || c == '.') && between_digits {
                    if c == '.' {
                        num.push('.');
                    }
                } else {
                    break;
                }
                i += 1;
            }
            // A magnitude or unit written onto the number: "12.5bn", "40k", "2020s".
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let suffix: String = chars[start..i].iter().collect::<String>().to_lowercase();
            let Ok(mut value) = num.parse::<f64>() else {
                // Not one number ("192.168.1.1", a version): kept as written.
                out.push(Raw::Word { text: format!("{num}{suffix}"), caps: false });
                continue;
            };
            if let Some(m) = magnitude(&suffix) {
                value *= m;
                out.push(Raw::Number(value));
            } else if suffix.is_empty() || suffix == "s" || suffix == "th" || suffix == "st" || suffix == "nd" {
                out.push(Raw::Number(value));
            } else {
                // "5g", "covid19": a name, not a quantity.
                out.push(Raw::Word { text: format!("{num}{suffix}"), caps: false });
            }
        } else if c.is_alphabetic() {
            let start = i;
            let mut word = String::new();
            while i < chars.len() {
                let c = chars[i];
                let next_alpha = chars.get(i + 1).is_some_and(|n| n.is_alphabetic() && !unspaced_script(*n));
                if c.is_alphanumeric() && !unspaced_script(c) {
                    word.extend(c.to_lowercase());
                } else if (c == '\'' || c == '’') && next_alpha {
                    // "don't" → "dont"; "Trump's" → "trumps" → "trump"
                } else if c == '.' && next_alpha && chars.get(i + 2).is_some_and(|n| *n == '.') {
                    // an abbreviation's dot: "U.N." (a letter follows, then a dot)
                    word.push('.');
                } else if c == '.' && word.len() > 1 && word.chars().rev().nth(1) == Some('.') {
                    // the last dot of "U.S." is not part of the word, but ends it
                    i += 1;
                    break;
                } else {
                    break;
                }
                i += 1;
            }
            let word = word.trim_end_matches('.').to_string();
            let orig = &chars[start..i];
            let caps = orig.iter().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
            // A handle or hashtag written in camel case ("realDonaldTrump") is its words.
            let humps = orig.windows(2).filter(|w| w[0].is_lowercase() && w[1].is_uppercase()).count();
            if humps > 0 && word.chars().count() == orig.len() {
                let mut part = String::new();
                for (k, ch) in orig.iter().enumerate() {
                    if k > 0 && orig[k - 1].is_lowercase() && ch.is_uppercase() {
                        out.push(Raw::Word { text: std::mem::take(&mut part), caps: false });
                    }
                    part.extend(ch.to_lowercase());
                }
                out.push(Raw::Word { text: part, caps: false });
            } else {
                out.push(Raw::Word { text: word, caps });
            }
        } else {
            match c {
                '$' => out.push(Raw::Symbol("usd")),
                '€' => out.push(Raw::Symbol("eur")),
                '£' => out.push(Raw::Symbol("gbp")),
                '%' => out.push(Raw::Symbol("pct")),
                _ => {}
            }
            i += 1;
        }
    }
    out
}

/// Harman's "S" stemmer: plurals to singular ("vaccines" → "vaccine", "policies" → "policy").
fn stem(w: &str) -> String {
    let n = w.len();
    if n <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    if let Some(base) = w.strip_suffix("ies")
        && !w.ends_with("eies")
        && !w.ends_with("aies")
    {
        return format!("{base}y");
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

fn number_token(v: f64) -> String {
    // "2.01 million" is 2009999.9999999998 in floating point: a magnitude's product is rounded to a whole number,
    // so it meets "2,010,000"; small decimals keep six places.
    let v = if v.abs() >= 1000.0 { v.round() } else { (v * 1e6).round() / 1e6 };
    if v.fract() == 0.0 && v.abs() < 1e18 { format!("{}", v as i64) } else { format!("{v}") }
}

/// Splits text into normalised words (stop words removed, in order).
pub fn words(text: &str) -> Vec<String> {
    let mut raw = raw_tokens(&strip_noise(text));
    for r in &mut raw {
        // A number written as a word ("nine", "forty") is the same quantity as its digits; "one" stays a word:
        // "one of the", "no one" say no quantity.
        if let Raw::Word { text, .. } = r
            && text != "one"
            && let Some(v) = number_word(text)
        {
            *r = Raw::Number(v);
        }
    }
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match &raw[i] {
            Raw::Number(v) => {
                let mut v = *v;
                // "12.5 billion": the magnitude as a word after the number.
                if let Some(Raw::Word { text, .. }) = raw.get(i + 1)
                    && let Some(m) = magnitude(text)
                    && text.len() > 1
                {
                    v *= m;
                    i += 1;
                }
                out.push(number_token(v));
            }
            Raw::Symbol(s) => out.push((*s).to_string()),
            Raw::Word { text, caps } => {
                if let Some(Raw::Word { text: next, .. }) = raw.get(i + 1)
                    && let Some(&(_, _, one)) = PHRASES.iter().find(|(a, b, _)| a == text && b == next)
                {
                    out.push(one.to_string());
                    i += 2;
                    continue;
                }
                // "US" in capitals is the country; "us" is the pronoun.
                let w = if *caps && text == "us" { "usa" } else { alias(text) };
                if w != text.as_str() {
                    out.push(w.to_string());
                } else if !STOP.contains(&w) && !w.is_empty() {
                    out.push(alias(&stem(w)).to_string());
                }
            }
        }
        i += 1;
    }
    out
}

/// Index terms of a text, with weights: every word, and every pair of neighbouring words (`bigram`
/// weighs each pair).
pub fn terms(text: &str, bigram: f32, out: &mut Vec<(u64, f32)>) {
    let ws = words(text);
    for w in &ws {
        out.push((hash(w.as_bytes(), 0), 1.0));
    }
    if bigram > 0.0 {
        for p in ws.windows(2) {
            out.push((hash(p[1].as_bytes(), hash(p[0].as_bytes(), 0x9e37_79b9_7f4a_7c15)), bigram));
        }
    }
}

/// FNV-1a over the bytes, from `seed` (64 bits: a collision among a workspace's terms is not a concern).
fn hash(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_written_three_ways_are_one_token() {
        assert_eq!(words("12.5 billion dollars"), ["12500000000", "usd"]);
        assert_eq!(words("$12.5B"), ["usd", "12500000000"]);
        assert_eq!(words("$12.5bn"), ["usd", "12500000000"]);
        assert_eq!(words("40,000 tonnes"), ["40000", "tonne"]);
        assert_eq!(words("70 per cent"), ["70", "pct"]);
        assert_eq!(words("70%"), ["70", "pct"]);
        assert_eq!(words("70 percent"), ["70", "pct"]);
        assert_eq!(words("2.01 million"), words("2,010,000"));
        assert_eq!(words("Nine minors"), words("9 minors"));
        assert_eq!(words("forty million dollars"), ["40000000", "usd"]);
        assert_eq!(words("$1.07bn"), words("1,070,000,000 dollars").into_iter().rev().collect::<Vec<_>>());
        assert_eq!(words("server 192.168.1.1"), ["server", "192.168.1.1"]);
    }

    #[test]
    fn abbreviations_and_names_are_one_token() {
        assert_eq!(words("the U.N. said"), ["un"]);
        assert_eq!(words("the UN said"), ["un"]);
        assert_eq!(words("the United Nations"), ["un"]);
        assert_eq!(words("U.S. troops"), ["usa", "troop"]);
        assert_eq!(words("US troops"), ["usa", "troop"]);
        assert_eq!(words("United States troops"), ["usa", "troop"]);
        assert_eq!(words("give us troops"), ["give", "troop"]);
    }

    #[test]
    fn links_signatures_and_plurals() {
        assert_eq!(
            words("Vaccines cause autism https://t.co/x pic.twitter.com/abc — Jane Doe (@jdoe) March 3, 2020"),
            ["vaccine", "cause", "autism", "jane", "doe"]
        );
        assert_eq!(words("policies"), ["policy"]);
        assert_eq!(words("Trump's claims don't"), ["trump", "claim", "dont"]);
        assert_eq!(words("ភ្នំពេញ"), ["ភ្", "្ន", "នំ", "ំព", "ពេ", "េញ"]);
        assert_eq!(words("東京 rice"), ["東京", "rice"]);
        assert_eq!(words("東 rice"), ["東", "rice"]);
    }
}
