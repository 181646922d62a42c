//! A scorer that reads meaning (issue 15, eleventh session): BERT's WordPiece tokenizer as all-MiniLM-L6-v2 uses it
//! (lower-cased, accents stripped, punctuation split, greedy longest match), hand-written so that no tokenizer crate
//! is needed, for `meaning_bert`'s forward pass (`meaning_rank` runs both for `extract --meaning-model`). The study of whether a meaning scorer earns its cost on news is
//! `tools/meaning/` and BENCHMARKS.md (a static table of token vectors, `tools/meaning/distill.py`, kept too little
//! of the gain to ship, so no reader for it is kept here).

use std::collections::HashMap;

/// A WordPiece vocabulary: one token per line, its id the line number (`vocab.txt` of a BERT model).
#[derive(Debug, Clone)]
pub struct Vocab {
    ids: HashMap<String, u32>,
    unk: u32,
}

/// Why a vocabulary cannot be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum VocabError {
    #[error("the vocabulary has no `[UNK]` token; give the model's vocab.txt (one WordPiece token per line)")]
    NoUnknown,
}

/// A word longer than this (in characters) is one unknown token, as in BERT.
const MAX_WORD_CHARS: usize = 100;

impl Vocab {
    /// Reads `vocab.txt`: the token on line `n` (from 0) has id `n`.
    pub fn parse(text: &str) -> Result<Vocab, VocabError> {
        let ids: HashMap<String, u32> = text.lines().enumerate().map(|(i, t)| (t.to_string(), i as u32)).collect();
        let unk = *ids.get("[UNK]").ok_or(VocabError::NoUnknown)?;
        Ok(Vocab { ids, unk })
    }

    /// The id of a token (`[CLS]`, `[SEP]`), if the vocabulary has it.
    pub fn id(&self, token: &str) -> Option<u32> {
        self.ids.get(token).copied()
    }

    /// The token ids of a text, without `[CLS]` and `[SEP]`, at most `max` of them.
    pub fn encode(&self, text: &str, max: usize) -> Vec<u32> {
        let mut out = Vec::new();
        for word in basic_words(text) {
            if out.len() >= max {
                break;
            }
            self.word_pieces(&word, &mut out);
        }
        out.truncate(max);
        out
    }

    /// Greedy longest-match-first WordPiece of one word (continuations spelt `##piece`); a word with a part that
    /// matches nothing is one `[UNK]`.
    fn word_pieces(&self, word: &str, out: &mut Vec<u32>) {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() > MAX_WORD_CHARS {
            out.push(self.unk);
            return;
        }
        let mut pieces = Vec::new();
        let mut start = 0;
        while start < chars.len() {
            let mut end = chars.len();
            let mut found = None;
            while start < end {
                let mut piece: String = chars[start..end].iter().collect();
                if start > 0 {
                    piece.insert_str(0, "##");
                }
                if let Some(&id) = self.ids.get(&piece) {
                    found = Some(id);
                    break;
                }
                end -= 1;
            }
            match found {
                Some(id) => {
                    pieces.push(id);
                    start = end;
                }
                None => {
                    out.push(self.unk);
                    return;
                }
            }
        }
        out.extend(pieces);
    }
}

/// BERT's basic tokenizer: control characters dropped, white space as separators, each CJK ideograph and each
/// punctuation mark a word of its own, lower-cased, accents stripped.
pub fn basic_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, words: &mut Vec<String>| {
        if !cur.is_empty() {
            words.push(std::mem::take(cur));
        }
    };
    for c in text.chars() {
        if c == '\0' || c == '\u{fffd}' || (c.is_control() && !c.is_whitespace()) {
            continue;
        }
        if c.is_whitespace() {
            flush(&mut cur, &mut words);
            continue;
        }
        for l in c.to_lowercase() {
            let Some(l) = strip_accent(l) else { continue };
            if is_punctuation(l) || is_cjk(l) {
                flush(&mut cur, &mut words);
                words.push(l.to_string());
            } else {
                cur.push(l);
            }
        }
    }
    flush(&mut cur, &mut words);
    words
}

/// BERT's punctuation: every ASCII non-letter non-digit printable, and Unicode's punctuation categories.
fn is_punctuation(c: char) -> bool {
    use unicode_general_category::GeneralCategory as G;
    if c.is_ascii() {
        return c.is_ascii_punctuation();
    }
    matches!(
        unicode_general_category::get_general_category(c),
        G::ConnectorPunctuation
            | G::DashPunctuation
            | G::OpenPunctuation
            | G::ClosePunctuation
            | G::InitialPunctuation
            | G::FinalPunctuation
            | G::OtherPunctuation
    )
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2A6DF | 0x2A700..=0x2B73F | 0x2B740..=0x2B81F
        | 0x2B820..=0x2CEAF | 0xF900..=0xFAFF | 0x2F800..=0x2FA1F)
}

/// A lower-case letter without its accent (BERT strips accents by canonical decomposition and drops the combining
/// marks); `None` for a combining mark itself. Covers the Latin letters of Latin-1 and Latin Extended-A, where news
/// text has its accents; other letters are kept as they are.
fn strip_accent(c: char) -> Option<char> {
    if ('\u{300}'..='\u{36f}').contains(&c) {
        return None;
    }
    const FROM: &str = "àáâãäåèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž";
    const TO: &str = "aaaaaaeeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzz";
    Some(FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocab {
        Vocab::parse(
            "[PAD]\n[UNK]\n[CLS]\n[SEP]\nthe\nharbour\ntoll\n##s\nrose\n,\n.\n4\n%\ncafe\nun\n##believ\n##able\n",
        )
        .unwrap()
    }

    #[test]
    fn basic_words_split_punctuation_lower_case_and_strip_accents() {
        assert_eq!(basic_words("The Café's tolls, 4%!"), vec!["the", "cafe", "'", "s", "tolls", ",", "4", "%", "!"]);
        assert_eq!(basic_words("a\u{7}b\tc — d"), vec!["ab", "c", "—", "d"]);
    }

    #[test]
    fn wordpiece_takes_the_longest_match_and_unknown_whole_words() {
        let v = vocab();
        // tolls = toll ##s; unbelievable = un ##believ ##able; "zebra" matches nothing: one [UNK].
        assert_eq!(
            v.encode("The harbour tolls rose 4%, unbelievable zebra.", 64),
            vec![4, 5, 6, 7, 8, 11, 12, 9, 14, 15, 16, 1, 10]
        );
        assert_eq!(v.encode("The harbour tolls", 2), vec![4, 5]);
        assert_eq!(Vocab::parse("a\nb\n").unwrap_err(), VocabError::NoUnknown);
    }
}
