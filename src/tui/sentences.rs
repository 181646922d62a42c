//! Sentence boundaries in an article, as character ranges, for the article view's selection.
//! The same splitter as claim extraction (`extract::split`), so "U.S." and "U.N." never cut a sentence.

use crate::extract::split::Role;

/// The sentences (and headings, bylines) of `text`, as character ranges.
pub fn split(text: &[char]) -> Vec<(usize, usize)> {
    pieces(text).into_iter().map(|(s, e, _)| (s, e)).collect()
}

/// The sentences and the page's furniture (captions, credits, datelines...) of `text`, as character ranges with
/// their role.
pub fn pieces(text: &[char]) -> Vec<(usize, usize, Role)> {
    let s: String = text.iter().collect();
    crate::extract::split::split(&s).into_iter().map(|x| (x.start, x.end, x.role)).collect()
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
        assert_eq!(sents("   "), Vec::<String>::new());
        assert_eq!(sents("It cost 12.5 billion dollars."), ["It cost 12.5 billion dollars."]);
    }

    #[test]
    fn the_bundled_articles_abbreviations_stay_inside_their_sentences() {
        let t = "Some analysts say so. The U.S. think tank U.S. Peace Research Institute estimated 12.5 billion \
                 dollars. The U.N. High Commissioner for Human Rights (OHCHR) said last month it was bad.";
        let s = sents(t);
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[1].starts_with("The U.S. think tank") && s[1].ends_with("dollars."));
        assert!(s[2].starts_with("The U.N. High Commissioner"));
    }
}
