//! The head of the page, read by structure: what stands between the headline and the body (standfirsts, a lead
//! picture's caption and credit).

use super::*;

/// Fifteenth session: a paragraph given twice in a row right above the body's first paragraph, which both copies
/// would leave a picture's caption: when it tells the headline's story (two of its words, or more, are the
/// headline's) in a lede's length and grammar (twelve words or more, no caption's verb or file name), it is the
/// standfirst and then the lede, so the second copy is the body's. A picture's text given twice ("Smoke billows over
/// the port.", "FILE - ...", a short line) stays two captions.
pub(super) fn standfirst_given_twice(blocks: &[String], bare: &[String], first_body: usize, out: &mut [Option<Role>]) {
    let Some(i) = first_body.checked_sub(2) else {
        return;
    };
    let Some(head) = (0..i).rev().find(|&k| out[k].is_none() && !ends_sentence(&blocks[k]) && words(&blocks[k]) >= 3)
    else {
        return;
    };
    let stems = |t: &str| -> Vec<String> {
        t.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4 && !matches!(*w, "with" | "from" | "that" | "this" | "over" | "after"))
            .map(|w| w.chars().take(5).collect())
            .collect()
    };
    let headline = stems(&blocks[head]);
    let mut shared = stems(&blocks[i]);
    shared.sort();
    shared.dedup();
    let shared = shared.iter().filter(|w| headline.contains(w)).count();
    let lower = bare[i].as_str();
    let captioned = super::super::notices::is_caption_sentence(blocks[i].trim(), lower)
        || lower.starts_with("file")
        || opens_with_file_name(lower)
        || trailing_credit(lower).is_some();
    if out[i] == Some(Role::Caption)
        && out[i + 1] == Some(Role::Caption)
        && bare[i] == bare[i + 1]
        && ends_sentence(&blocks[i])
        && words(&blocks[i]) >= 12
        && shared >= 2
        && !captioned
    {
        out[i] = Some(Role::Summary);
        out[i + 1] = None;
    }
}

/// A paragraph's text without a credit at its end, for finding the same text again on the page.
fn without_credit(norm: &str) -> &str {
    match trailing_credit(norm) {
        Some(at) if at > 0 => norm[..at].trim_end(),
        _ => norm,
    }
}

/// The head of the page, before its first paragraph of running text: a headline, what stands under it (a
/// standfirst, a caption, their credits) and the page's metadata. Read by structure, since every layout words it
/// differently:
/// - a line with no end punctuation, too long for a heading, before the body: the headline when nothing came
///   before it (left to the heading rule), else a caption or a standfirst laid out without a full stop;
/// - a paragraph followed by a photo credit on its own line ("Aaron P. Bernstein/Getty Images") is its caption;
/// - a paragraph right under the headline that the page gives again further down (with or without a credit) is a
///   standfirst or a picture's text: the body is the last copy (a sentence merely repeated in the text is text);
/// - a paragraph between the headline and a second heading, a byline or a timestamp, with the body after them, is
///   a standfirst: the byline, the date or the sub-heading closes the head of the page.
pub(super) fn head_of_page(blocks: &[String], norm: &[String], out: &mut [Option<Role>]) {
    let body_like =
        |i: usize, out: &[Option<Role>]| out[i].is_none() && ends_sentence(&blocks[i]) && words(&blocks[i]) > 6;
    let heading_like = |i: usize, out: &[Option<Role>]| {
        let b = blocks[i].trim();
        out[i].is_none() && !ends_sentence(b) && !b.ends_with([':', ',']) && letters(b) > 0 && words(b) <= 40
    };
    let stripped: Vec<&str> = norm.iter().map(|n| without_credit(n)).collect();
    let mut seen_text = false;
    for i in 0..blocks.len() {
        if out[i].is_some() {
            continue;
        }
        let n = words(&blocks[i]);
        let before = (0..i).any(|k| out[k].is_none());
        if !ends_sentence(&blocks[i]) && !ends_with_bracketed_link(&blocks[i]) {
            let long = n > 16 && n <= 40 && before && !blocks[i].trim_end().ends_with([':', ',']);
            // "The town has 2,370 people. (Radio Star)" before the body: a picture's credit, not an agency's
            // sign-off, which comes after the last paragraph.
            let credited = bracket_after_sentence(&blocks[i]) && (i + 1..blocks.len()).any(|m| body_like(m, out));
            // Fourteenth session: the page's first text, nothing above it, holding whole sentences but ending with
            // none (a caption with its credit glued on: "... on April 27, 2031. Jane Roe, Gazette News"), right above
            // the paragraph that opens with the dateline: the story starts at the dateline, so this is a picture's.
            let glued_credit = !before
                && n <= 90
                && blocks[i].contains(". ")
                && names_after_last_sentence(&blocks[i])
                && (i + 1..blocks.len()).find(|&k| body_like(k, out)).is_some_and(|k| {
                    k <= i + 3 && super::super::dateline_len(&blocks[k].chars().collect::<Vec<_>>()).is_some()
                });
            if !seen_text && (long || credited || glued_credit) {
                out[i] = Some(Role::Caption);
            }
            continue;
        }
        if seen_text {
            break;
        }
        let next = (i + 1..blocks.len()).find(|&k| out[k] != Some(Role::Navigation));
        // A photo's credit (not an agency's sign-off after the last paragraph): the body goes on after it.
        let credit_next = next.is_some_and(|k| {
            out[k] == Some(Role::Credit) && words(&blocks[k]) >= 2 && (k + 1..blocks.len()).any(|m| body_like(m, out))
        });
        // Tenth session: pictures in a row at the head of the page, each with a one-sentence caption, and the credit
        // after the last ("A wildfire rages north of the town." / "A helicopter drops water on it." / "Credit: ...").
        let short_caption = |m: usize| {
            out[m].is_none()
                && ends_sentence(&blocks[m])
                && words(&blocks[m]) <= 25
                && !blocks[m].trim_end_matches(['.', '!', '?']).contains(". ")
                && !blocks[m].contains(['"', '“', '”'])
        };
        let credit_next = credit_next
            || (short_caption(i)
                && (i + 1..blocks.len().min(i + 3)).find(|&k| !short_caption(k)).is_some_and(|k| {
                    k > i + 1
                        && out[k] == Some(Role::Credit)
                        && words(&blocks[k]) >= 2
                        && (k + 1..blocks.len()).any(|m| body_like(m, out))
                }));
        let again = stripped[i].len() >= 20 && (i + 1..blocks.len()).any(|k| stripped[k] == stripped[i]);
        // Tenth session: or given again nearly word for word by the lede a few paragraphs down (a standfirst the
        // page drew from its first paragraph, then edited): four in five of its content words in one later paragraph.
        let again = again || near_copy_later(blocks, i, out);
        // Eleventh session: the page's first text given again at the start of a later paragraph, glued to what
        // follows or not ("... develop the country.In a 15-minute speech ..."): a standfirst the lede repeats.
        let opens_later = n >= 8
            && stripped[i].len() >= 40
            && (i + 1..blocks.len().min(i + 4)).any(|k| norm[k].len() > norm[i].len() && norm[k].starts_with(&norm[i]));
        // A byline or a date after the paragraph closes the head of the page; so does a second heading when the
        // head goes on after it (a picture, a credit, a byline), not the body ("Headline / lede / sub-heading /
        // body" keeps its lede).
        let head_goes_on = |k: usize| {
            (k + 1..blocks.len()).find(|&m| out[m] != Some(Role::Navigation)).is_some_and(|m| {
                matches!(out[m], Some(Role::Caption | Role::Credit | Role::Byline | Role::Timestamp))
                    || heading_like(m, out)
            })
        };
        // Ninth session: the picture under the standfirst (its caption, credit, a "Copy link" line) does not close
        // the head; the byline or date after it does. Fourteenth session: nor does a link under it ("Read more...").
        let next = (i + 1..blocks.len())
            .find(|&k| !matches!(out[k], Some(Role::Navigation | Role::Caption | Role::Credit | Role::Promo)))
            .filter(|&k| (i + 1..k).any(|m| matches!(out[m], Some(Role::Caption | Role::Promo))))
            .or(next);

        let closes_head = next.is_some_and(|k| {
            (matches!(out[k], Some(Role::Byline | Role::Timestamp)) || (heading_like(k, out) && head_goes_on(k)))
                && (k + 1..blocks.len()).any(|m| body_like(m, out))
        });
        let dated = super::super::dateline_len(&blocks[i].chars().collect::<Vec<_>>()).is_some();
        let prev_heading = (0..i).rev().find(|&k| out[k].is_none()).is_some_and(|k| heading_like(k, out));
        // Eighth session: a paragraph that ends by handing over to a reporter ("... dies in the Senate. Jane Roe has
        // more in today's report.") is the standfirst over the report. (Not one that ends "VOA's Jane Roe reports.":
        // the dev labels count that intro as the text, VOA's pages having no other lede.)
        let hands_over = blocks[i].rsplit_once(". ").is_some_and(|(_, last)| is_hand_over(last));
        // A first body paragraph that opens with a dateline ("LONDON // ...", "PARIS (AFP) — ...") starts the text,
        // so a paragraph between the headline and it is a standfirst.
        let dated_body_next = (i + 1..blocks.len()).find(|&k| body_like(k, out)).is_some_and(|k| {
            super::super::dateline_len(&blocks[k].chars().collect::<Vec<_>>()).is_some() && k <= i + 3
        });
        // Thirteenth session: the next paragraph opens with the same six words (articles aside): a standfirst that
        // states the lede's news in its own words ("Congress on Monday elects its leaders; ..." over "Congress on
        // Monday elects the leaders of both chambers, ..."). A lede that shares words with the headline is not this.
        // One sentence only: a lede of two sentences whose first the next paragraph gives again is text.
        let one_sentence = !blocks[i].trim().trim_end_matches(['.', '!', '?']).contains(". ");
        // Fourteenth session: a standfirst is short (forty words at most), and the six words are more than a long
        // name the lede's next paragraph gives again ("The Valley Regional Water Quality Board said ..."): two of
        // them at least start in lower case.
        let lower_opening = blocks[i]
            .split_whitespace()
            .filter(|w| !matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
            .take(6)
            .filter(|w| w.chars().next().is_some_and(|c| !c.is_uppercase()))
            .count()
            >= 2;
        let opens_alike = one_sentence
            && n <= 40
            && lower_opening
            && (i + 1..blocks.len())
                .find(|&k| out[k].is_none())
                .is_some_and(|k| body_like(k, out) && same_opening(&norm[i], &norm[k], 6));
        // Sixteenth session: the page gives its headline again right after the paragraph (a sticky title, a
        // picture's text that repeats it), with the body after the copy: the paragraph stands inside the head of the
        // page, between two copies of its headline, so it is the standfirst.
        // Review 16: not a paragraph after the byline, the date or the dateline, nor one that opens with its own
        // dateline: a standfirst stands above them, and the lede after them is the text.
        let headline_again = !dated
            && (0..i).rev().find(|&k| out[k].is_none()).filter(|&k| heading_like(k, out)).is_some_and(|h| {
                !(h + 1..i).any(|m| matches!(out[m], Some(Role::Byline | Role::Timestamp | Role::Dateline)))
                    && (i + 1..blocks.len())
                        .find(|&k| !matches!(out[k], Some(Role::Navigation | Role::Caption | Role::Credit)))
                        .is_some_and(|k| norm[k] == norm[h] && (k + 1..blocks.len()).any(|m| body_like(m, out)))
            });
        if credit_next && n <= 45 {
            out[i] = Some(Role::Caption);
        } else if (prev_heading
            && (again
                || hands_over
                || opens_alike
                || (headline_again && n <= 60)
                || ((closes_head || dated_body_next) && !dated && n <= 60)))
            || (!before && opens_later && n <= 60)
        {
            out[i] = Some(Role::Summary);
        } else if !before && dated_body_next && !dated && n <= 60 {
            // Tenth session: the page's first text, with no headline above it, before the paragraph that opens with
            // the dateline: the story starts at the dateline, so this stood above it (a standfirst).
            out[i] = Some(Role::Summary);
        } else if body_like(i, out) {
            seen_text = true;
        }
    }
}
