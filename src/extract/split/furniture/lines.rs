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

/// Words that open a sentence and never go on a proper name: determiners and pronouns ("This article contains",
/// "Every figure", "We checked").
const SENTENCE_OPENERS: &[&str] = &[
    "a", "all", "an", "any", "each", "every", "he", "her", "here", "his", "i", "it", "its", "no", "our", "she", "some",
    "that", "the", "their", "these", "they", "this", "those", "we", "you", "your",
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
/// Review 18: some outlets write the key points of the story in title case too, so the line is a heading only where a
/// headline stands: alone (no list line next to it) over the paragraph it heads, or in a list that no text of the
/// story follows (a list of stories at the foot of the page). Lines in a row with the text going on after them are
/// the article's own list.
pub(super) fn title_case_items(blocks: &[String], out: &mut [Option<Role>]) {
    let marked = |k: usize| list_marker_len(&blocks[k].trim().chars().collect::<Vec<_>>()) > 0;
    let text_like = |k: usize, out: &[Option<Role>]| {
        out[k].is_none() && !marked(k) && ends_sentence(&blocks[k]) && words(&blocks[k]) > 6
    };
    for (i, b) in blocks.iter().enumerate() {
        let chars: Vec<char> = b.trim().chars().collect();
        let m = list_marker_len(&chars);
        if out[i].is_some() || m == 0 || !is_title_case(&chars[m..].iter().collect::<String>()) {
            continue;
        }
        let in_a_run = (i > 0 && marked(i - 1)) || (i + 1 < blocks.len() && marked(i + 1));
        let heads_a_paragraph = !in_a_run && i + 1 < blocks.len() && text_like(i + 1, out);
        let end = (i + 1..blocks.len()).find(|&k| !marked(k)).unwrap_or(blocks.len());
        let no_text_after = !(end..blocks.len()).any(|k| text_like(k, out));
        if heads_a_paragraph || no_text_after {
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
/// Review 18: the new sentence opens with a word that starts a sentence, a determiner or a pronoun ("This", "Every",
/// "We"): a capitalised noun after the label's words ("West Midlands" over "West Midlands Police said ...") is the
/// rest of a longer proper name, the label being a sub-heading or kicker that names a region or a body.
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
                        && ws.first().is_some_and(|w| SENTENCE_OPENERS.contains(&w.to_lowercase().as_str()))
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
/// Review 18: a person's name has the same shape ("Jane Roe, 4 March 2025:"), so the line is a dateline only as a
/// dateline stands: once on the page (lines of this shape in a series lead in to quotations, or are a timeline's
/// entries), over a paragraph that does not speak for it (a quotation or a sentence whose subject is a pronoun, "He
/// told reporters ...", gives the words of the person the line names).
pub(super) fn lone_datelines(blocks: &[String], out: &mut [Option<Role>]) {
    let shaped = |t: &str| {
        let Some(head) = t.strip_suffix(':').or_else(|| t.strip_suffix(['—', '–'])) else {
            return false;
        };
        let Some((place, date)) = head.split_once(',') else {
            return false;
        };
        let place_words: Vec<&str> = place.split_whitespace().collect();
        (1..=3).contains(&place_words.len())
            && place_words.iter().all(|w| capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '.'))
            && is_timestamp(date.trim())
            && date.chars().any(char::is_alphabetic)
    };
    let lines: Vec<usize> = (0..blocks.len()).filter(|&i| shaped(blocks[i].trim())).collect();
    let [i] = lines[..] else {
        return;
    };
    let speaks_for_it = |n: &str| {
        let n = n.trim_start();
        n.starts_with(['"', '“', '‘', '\'', '«'])
            || n.split_whitespace()
                .next()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "he" | "she" | "they" | "i" | "we"))
    };
    let next_is_text = blocks.get(i + 1).is_some_and(|n| ends_sentence(n) && words(n) > 6 && !speaks_for_it(n));
    if out[i].is_none() && next_is_text {
        out[i] = Some(Role::Dateline);
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
    fn a_title_case_list_is_headings_at_the_foot_of_the_page_and_the_articles_list_in_the_body() {
        let body = "The changes were approved by 31 votes to 20 on Tuesday night.";
        let items =
            ["1. Bin Collections Move to Every Two Weeks From April", "2. Garden Waste Charge Rises to £60 a Year"];
        let out = roles(&[items[0], items[1], body], title_case_items);
        assert_eq!(out, vec![None, None, None]);
        let out = roles(&[body, items[0], items[1], "Read more: the council's budget"], title_case_items);
        assert_eq!(out, vec![None, Some(Role::Heading), Some(Role::Heading), None]);
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
    fn a_subhead_that_is_the_first_words_of_a_longer_name_glosses_nothing() {
        let out = roles(
            &[
                "West Midlands",
                "West Midlands Police said a 24-year-old man had been charged with attempted murder.",
                "Supreme Court",
                "Supreme Court Justices ruled 6-3 on Friday that the state law was unconstitutional.",
            ],
            label_glossary,
        );
        assert_eq!(out, vec![None, None, None, None]);
    }

    #[test]
    fn a_dateline_alone_on_its_line_and_a_lead_in_that_stays() {
        let body = "The regional council voted to open a second clinic in the town next year.";
        let out = roles(&["Valletta, 4 March 2031:", body, "In March, the mayor said:", body], lone_datelines);
        assert_eq!(out, vec![Some(Role::Dateline), None, None, None]);
    }

    #[test]
    fn lead_ins_of_a_name_and_a_date_are_no_datelines() {
        let quote = "\"The new hospital will open in 2028 and it will have 400 beds, more than the old one.\"";
        let said = "He told reporters the country could turn the tide within the next twelve weeks.";
        let out = roles(&["Jane Roe, 4 March 2025:", quote], lone_datelines);
        assert_eq!(out, vec![None, None]);
        let out = roles(&["Jane Roe, 4 March 2025:", said], lone_datelines);
        assert_eq!(out, vec![None, None]);
        let body = "The regional council voted to open a second clinic in the town next year.";
        let out = roles(&["Jane Roe, 4 March 2025:", body, "John Doe, 9 June 2025 —", body], lone_datelines);
        assert_eq!(out, vec![None, None, None, None]);
    }
}
