//! Sentence boundaries in an article, as character ranges, for the article view's selection.

/// Titles before a name: never the end of a sentence.
const TITLES: &[&str] =
    &["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "lt", "col", "capt"];

/// Abbreviations that end a sentence only when a capital letter follows.
const ABBREVIATIONS: &[&str] = &[
    "vs", "etc", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "approx",
];

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '។' | '。' | '！' | '？' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

/// Splits `text` into sentences: character ranges without the surrounding whitespace.
/// A sentence ends at `.`, `!`, `?` (and CJK / Khmer stops) followed by space, or at a blank line or newline.
pub fn split(text: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = text.len();
    let mut start = 0;
    let mut i = 0;
    let push = |out: &mut Vec<(usize, usize)>, s: usize, e: usize| {
        let mut s = s;
        let mut e = e;
        while s < e && text[s].is_whitespace() {
            s += 1;
        }
        while e > s && text[e - 1].is_whitespace() {
            e -= 1;
        }
        if s < e {
            out.push((s, e));
        }
    };
    while i < n {
        let c = text[i];
        if c == '\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if is_terminal(c) {
            let mut j = i + 1;
            while j < n && (is_terminal(text[j]) || is_closer(text[j])) {
                j += 1;
            }
            let cjk = matches!(c, '។' | '。' | '！' | '？');
            let at_space = j >= n || text[j].is_whitespace();
            let abbrev = c == '.' && j < n && {
                let word = word_before(text, i);
                TITLES.contains(&word.as_str())
                    || ((word.chars().count() == 1 || ABBREVIATIONS.contains(&word.as_str()))
                        && !next_is_upper(text, j))
            };
            if (cjk || at_space) && !abbrev {
                push(&mut out, start, j);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, n);
    out
}

fn next_is_upper(text: &[char], mut j: usize) -> bool {
    while j < text.len() && text[j] == ' ' {
        j += 1;
    }
    j < text.len() && text[j].is_uppercase()
}

/// The lower-cased word ending at the `.` at `i`.
fn word_before(text: &[char], i: usize) -> String {
    let mut s = i;
    while s > 0 && !text[s - 1].is_whitespace() && !matches!(text[s - 1], '(' | '"' | '“') {
        s -= 1;
    }
    text[s..i].iter().collect::<String>().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<String> {
        let c: Vec<char> = t.chars().collect();
        split(&c).into_iter().map(|(s, e)| c[s..e].iter().collect()).collect()
    }

    #[test]
    fn splits_on_stops_and_newlines() {
        assert_eq!(
            sents("The U.S. think tank said so. It is \"big.\" Really?\n\nNext para"),
            ["The U.S. think tank said so.", "It is \"big.\"", "Really?", "Next para"]
        );
        assert_eq!(sents("Dr. Sok spoke. Mr. Chan left."), ["Dr. Sok spoke.", "Mr. Chan left."]);
        assert_eq!(sents("中文句子。第二句。"), ["中文句子。", "第二句。"]);
        assert_eq!(sents("   "), Vec::<String>::new());
        assert_eq!(sents("It cost 12.5 billion dollars."), ["It cost 12.5 billion dollars."]);
    }
}
