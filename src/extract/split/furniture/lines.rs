//! Lines that name a part of the page by their shape alone: a label run into its definition, a dateline on a line of
//! its own, a numbered headline in title case.

use super::*;

/// A word that opens in upper case (or a figure): "Original", "On", "2024".
fn capitalised(w: &str) -> bool {
    w.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Small words a title leaves in lower case ("Road to Nowhere", "Millions in Property").
const TITLE_SMALL: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to", "with",
    "vs",
];

/// A line in title case: five words or more, every word but the small ones capitalised, no end punctuation, one
/// comma at most (a list of names or of portfolios, "Jane Roe – Health, Housing, Youth and Sports", is no title).
fn is_title_case(line: &str) -> bool {
    let ws: Vec<&str> = line.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
    ws.len() >= 5
        && !ends_sentence(line)
        && line.matches(',').count() <= 1
        && ws.iter().skip(1).filter(|w| !capitalised(w)).all(|w| {
            let bare: String = w.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
            TITLE_SMALL.contains(&bare.as_str())
        })
        && ws.iter().filter(|w| capitalised(w)).count() * 3 >= ws.len() * 2
        && ws.first().is_some_and(|w| capitalised(w))
}

/// Eighteenth session: a numbered or bulleted line in title case with no full stop ("1. Port Strike Ends After Nine
/// Days") is another story's headline in a list of stories (or a sub-heading), never a claim: a list in the text
/// is written in sentence case ("1. The port reopened after nine days").
pub(super) fn title_case_items(blocks: &[String], out: &mut [Option<Role>]) {
    for (i, b) in blocks.iter().enumerate() {
        let chars: Vec<char> = b.trim().chars().collect();
        let m = list_marker_len(&chars);
        if out[i].is_none() && m > 0 && is_title_case(&chars[m..].iter().collect::<String>()) {
            out[i] = Some(Role::Heading);
        }
    }
}

/// Eighteenth session: a label run into its own definition ("Original Reporting This article contains firsthand
/// information ..."): a paragraph that opens with the words of a short title-case line given earlier on the page on
/// a line of its own (a bullet, a heading of two to four words), then starts a new sentence at once, with no stop
/// between them. It glosses the page's label (a trust badge, a key to symbols), so it is about the page. A paragraph
/// whose sentence merely starts with the sub-heading's words ("Rising Costs" over "Rising costs hit farmers.") reads
/// on in lower case, and stays text.
pub(super) fn label_glossary(blocks: &[String], out: &mut [Option<Role>]) {
    let labels: Vec<(usize, String)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(k, b)| {
            let chars: Vec<char> = b.trim().chars().collect();
            let t: String = chars[list_marker_len(&chars)..].iter().collect();
            let t = t.trim().to_string();
            let ws: Vec<&str> = t.split_whitespace().collect();
            ((2..=4).contains(&ws.len())
                && !ends_sentence(&t)
                && !t.ends_with([':', ','])
                && ws.first().is_some_and(|w| capitalised(w))
                && ws.last().is_some_and(|w| capitalised(w)))
            .then_some((k, t))
        })
        .collect();
    for i in 0..blocks.len() {
        if out[i].is_some() || !ends_sentence(&blocks[i]) {
            continue;
        }
        let b = blocks[i].trim();
        let glossed = labels.iter().any(|(k, label)| {
            *k < i
                && b.strip_prefix(label.as_str()).and_then(|rest| rest.strip_prefix(' ')).is_some_and(|rest| {
                    let ws: Vec<&str> = rest.split_whitespace().take(2).collect();
                    words(rest) >= 4
                        && ws.first().is_some_and(|w| capitalised(w))
                        && ws.get(1).is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
                })
        });
        if glossed {
            out[i] = Some(Role::Note);
        }
    }
}

/// Eighteenth session: a dateline on a line of its own, the text starting on the next ("Tunis, 3 December 2015:"): a
/// place in one to three capitalised words, a comma, a date, and a colon or a dash to end the line.
pub(super) fn lone_datelines(blocks: &[String], out: &mut [Option<Role>]) {
    for (i, b) in blocks.iter().enumerate() {
        let t = b.trim();
        let Some(head) = t.strip_suffix(':').or_else(|| t.strip_suffix(['—', '–'])) else {
            continue;
        };
        let Some((place, date)) = head.split_once(',') else {
            continue;
        };
        let place_words: Vec<&str> = place.split_whitespace().collect();
        let next_is_text = blocks.get(i + 1).is_some_and(|n| ends_sentence(n) && words(n) > 6);
        if out[i].is_none()
            && (1..=3).contains(&place_words.len())
            && place_words.iter().all(|w| capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '.'))
            && is_timestamp(date.trim())
            && date.chars().any(char::is_alphabetic)
            && next_is_text
        {
            out[i] = Some(Role::Dateline);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(blocks: &[&str], f: fn(&[String], &mut [Option<Role>])) -> Vec<Option<Role>> {
        let blocks: Vec<String> = blocks.iter().map(|s| s.to_string()).collect();
        let mut out = vec![None; blocks.len()];
        f(&blocks, &mut out);
        out
    }

    #[test]
    fn numbered_headlines_in_title_case_are_headings_and_a_list_in_sentence_case_stays() {
        let out = roles(
            &[
                "1. Port Strike Ends After Nine Days of Talks With the Union",
                "The port reopened on Monday after a deal was struck.",
                "2. The council raised the rates by 4 per cent",
                "3. Ferry fares rise",
                "4. Jane Roe – Health, Housing, Youth and Sports",
            ],
            title_case_items,
        );
        assert_eq!(out, vec![Some(Role::Heading), None, None, None, None]);
    }

    #[test]
    fn a_label_run_into_its_definition_is_a_note_and_a_sentence_after_a_subhead_stays() {
        let out = roles(
            &[
                "• Verified Sources",
                "Rising Costs",
                "Verified Sources Every figure here was checked against the original documents.",
                "Rising costs hit farmers across the region last year.",
                "Rising Costs Hit Farmers Across the Region.",
            ],
            label_glossary,
        );
        assert_eq!(out, vec![None, None, Some(Role::Note), None, None]);
    }

    #[test]
    fn a_dateline_alone_on_its_line_and_a_lead_in_that_stays() {
        let body = "The regional council voted to open a second clinic in the town next year.";
        let out = roles(&["Valletta, 4 March 2031:", body, "In March, the mayor said:", body], lone_datelines);
        assert_eq!(out, vec![Some(Role::Dateline), None, None, None]);
    }
}
