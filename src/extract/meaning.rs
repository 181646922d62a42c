//! A scorer that reads meaning (issue 15, eleventh session): BERT's WordPiece tokenizer as all-MiniLM-L6-v2 uses it
//! (lower-cased, accents stripped, punctuation split, greedy longest match), hand-written so that no tokenizer crate
//! is needed, and a static table of token vectors (`tools/meaning/distill.py`) pooled into a sentence vector. The
//! study of whether a meaning scorer earns its cost on news is `tools/meaning/` and BENCHMARKS.md. Not wired into
//! `extract` yet: no command uses it.

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

/// A static table of token vectors: one int8 row of `dim` values per vocabulary id, one f32 scale per dimension.
/// Bytes: `FDMEAN01`, rows (u32 LE), dim (u32 LE), `dim` scales (f32 LE), then `rows * dim` int8 values.
#[derive(Debug, Clone)]
pub struct Table<'a> {
    pub dim: usize,
    scale: Vec<f32>,
    /// The int8 values, as stored (read with `as i8`).
    rows: &'a [u8],
}

/// Why a token table cannot be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum TableError {
    #[error("not a token table: it must start with `FDMEAN01` (write it with tools/meaning/distill.py --rust-out)")]
    Magic,
    #[error("the token table is cut short: {rows} rows of {dim} need {want} bytes, it has {have}; write it again")]
    Short { rows: usize, dim: usize, want: usize, have: usize },
}

const MAGIC: &[u8; 8] = b"FDMEAN01";

impl<'a> Table<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Table<'a>, TableError> {
        if bytes.len() < 16 || &bytes[..8] != MAGIC {
            return Err(TableError::Magic);
        }
        let u = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]) as usize;
        let (rows, dim) = (u(8), u(12));
        let want = 16usize.saturating_add(dim.saturating_mul(4)).saturating_add(rows.saturating_mul(dim));
        if bytes.len() != want {
            return Err(TableError::Short { rows, dim, want, have: bytes.len() });
        }
        let scale = (0..dim).map(|j| f32::from_le_bytes(std::array::from_fn(|k| bytes[16 + 4 * j + k]))).collect();
        Ok(Table { dim, scale, rows: &bytes[16 + 4 * dim..] })
    }

    /// How many token rows the table has.
    pub fn len(&self) -> usize {
        self.rows.len().checked_div(self.dim).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A sentence's vector: the mean of its tokens' rows (ids outside the table are skipped), L2-normalised; all
    /// zeros when no token is in the table.
    pub fn sentence(&self, ids: &[u32]) -> Vec<f32> {
        let mut v = vec![0.0f32; self.dim];
        let mut n = 0usize;
        for &id in ids {
            let Some(row) = self.rows.get(id as usize * self.dim..(id as usize + 1) * self.dim) else { continue };
            for ((x, &q), s) in v.iter_mut().zip(row).zip(&self.scale) {
                *x += f32::from(q as i8) * s;
            }
            n += 1;
        }
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        if n > 0 && norm > 1e-12 {
            v.iter_mut().for_each(|x| *x /= norm);
        }
        v
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

    fn table_bytes(rows: &[[i8; 3]], scale: [f32; 3]) -> Vec<u8> {
        let mut b = MAGIC.to_vec();
        b.extend((rows.len() as u32).to_le_bytes());
        b.extend(3u32.to_le_bytes());
        scale.iter().for_each(|s| b.extend(s.to_le_bytes()));
        rows.iter().flatten().for_each(|q| b.push(*q as u8));
        b
    }

    #[test]
    fn a_sentence_vector_is_the_unit_mean_of_its_token_rows() {
        let bytes = table_bytes(&[[0, 0, 0], [127, 0, 0], [0, -127, 0], [10, 20, 30]], [1.0, 0.5, 2.0]);
        let t = Table::parse(&bytes).unwrap();
        assert_eq!((t.dim, t.len()), (3, 4));
        // Rows 1 and 2 dequantised: (127, 0, 0) and (0, -63.5, 0); their mean normalised.
        let v = t.sentence(&[1, 2]);
        assert_eq!(v.len(), 3);
        let norm: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-6, "{v:?}");
        assert!((v[0] / v[1] + 2.0).abs() < 1e-5 && v[2] == 0.0, "{v:?}");
        // An id outside the table is skipped; no known token: zeros.
        assert_eq!(t.sentence(&[1, 99]), t.sentence(&[1]));
        assert_eq!(t.sentence(&[99]), vec![0.0; 3]);
        assert_eq!(Table::parse(b"FDMEAN02xxxxxxxx").unwrap_err(), TableError::Magic);
        let cut = &bytes[..bytes.len() - 1];
        assert!(matches!(Table::parse(cut), Err(TableError::Short { rows: 4, dim: 3, .. })));
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
