//! Sentence boundaries in an article, as character ranges, for the article view's selection.

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "inc", "ltd", "co", "corp", "no", "gen", "gov",
    "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
    "u.n", "e.g", "i.e", "approx",
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
            if (cjk || at_space) && !(c == '.' && is_abbreviation(text, i) && j < n && !next_is_upper(text, j)) {
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

/// Whether the word ending at the `.` at `i` is an abbreviation or a single initial.
fn is_abbreviation(text: &[char], i: usize) -> bool {
    let mut s = i;
    while s > 0 && !text[s - 1].is_whitespace() && !matches!(text[s - 1], '(' | '"' | '“') {
        s -= 1;
    }
    let word: String = text[s..i].iter().collect::<String>().to_lowercase();
    word.chars().count() == 1 || ABBREVIATIONS.contains(&word.as_str())
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
