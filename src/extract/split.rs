//! Sentence splitting for news text: paragraphs, headings, list items, datelines, bylines and credits, then sentences.
//!
//! Offsets are characters (not bytes) into the article, like the rest of factdesk.

use serde::Serialize;

mod furniture;
mod language;
mod notices;
mod voice;

/// What a piece of the article is. Only body sentences and list items can be claims; the rest is the page's
/// headings and furniture, which is never proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Body,
    ListItem,
    Heading,
    /// "WASHINGTON (AP) —", wherever the first body paragraph starts.
    Dateline,
    /// "By Jane Doe", a reporter's name or sign-off, an outlet's "about" line.
    Byline,
    /// "Photo: Getty Images", "(AP Photo/Jane Doe)", "Reporting by...".
    Credit,
    /// A photo caption: "FILE - ...", a paragraph the page repeats, one ending "(Name, Agency)".
    Caption,
    /// "12:45 a.m.", "Jan 20, 2022, 4:05 PM | Updated: 4:14 pm".
    Timestamp,
    /// A live blog's standing head: "The Latest on Congress ... (all times local):".
    LiveHead,
    /// "Key takeaways" bullets, or list items that repeat a body sentence.
    Summary,
    /// Newsletter, social, "Read more", cookie and subscription lines.
    Promo,
    /// Menus, links and page chrome: "Skip to content", "Breaking News", "Title: | ... |", tags, galleries.
    Navigation,
    /// A note about the article itself: "Correction: ...", "Editor's note: ...", "This story has been updated ...".
    Note,
    /// A line in another language than the article's (a site's template text in its home language).
    OtherLanguage,
}

impl Role {
    /// Whether sentences of this role may be proposed as claims.
    pub fn can_be_claim(self) -> bool {
        matches!(self, Role::Body | Role::ListItem)
    }

    /// Page furniture: neither the text nor its headings.
    pub fn is_furniture(self) -> bool {
        !matches!(self, Role::Body | Role::ListItem | Role::Heading)
    }

    /// The role's name, as JSON spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Body => "body",
            Role::ListItem => "list-item",
            Role::Heading => "heading",
            Role::Dateline => "dateline",
            Role::Byline => "byline",
            Role::Credit => "credit",
            Role::Caption => "caption",
            Role::Timestamp => "timestamp",
            Role::LiveHead => "live-head",
            Role::Summary => "summary",
            Role::Promo => "promo",
            Role::Navigation => "navigation",
            Role::Note => "note",
            Role::OtherLanguage => "other-language",
        }
    }
}

/// One sentence (or heading, byline...) of an article, by character offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    /// Index of the paragraph (block) the sentence is in.
    pub block: usize,
}

/// Titles and other abbreviations that are never the end of a sentence.
const NEVER_END: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
    "rev", "hon", "pres", "supt", "insp", "det", "st", "mt", "ft", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "fig", "figs", "vol", "ch", "art", "sec", "p",
    "pp", "e.g", "i.e", "cf", "al", "ave", "blvd", "rd", "dept", "univ", "assn", "est",
];

/// Abbreviations that end a sentence only when a typical sentence opener follows.
const MAYBE_END: &[&str] = &["inc", "corp", "co", "ltd", "llc", "jr", "sr", "etc", "bros", "plc", "a.m", "p.m"];

/// Words that typically open a sentence; after "U.S." and the like they mark a new sentence.
const OPENERS: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "As",
    "A",
    "An",
    "There",
    "However",
    "Meanwhile",
    "After",
    "Before",
    "When",
    "While",
    "Some",
    "Many",
    "Most",
    "According",
    "If",
    "Although",
    "Since",
    "Still",
    "Officials",
    "Now",
    "Last",
    "Earlier",
    "Later",
    "Then",
    "Also",
    "Such",
    "Both",
    "Each",
    "Other",
    "Critics",
];

const CREDIT_PREFIXES: &[&str] = &[
    "photo:",
    "photo by",
    "photos:",
    "photograph:",
    "photograph by",
    "image:",
    "image by",
    "image source",
    "source image",
    "video source",
    "credit:",
    "credits:",
    "reporting by",
    "additional reporting",
    "editing by",
    "edited by",
    "written by",
    "©",
    "(c) ",
    "all rights reserved",
    "contact:",
    "email:",
    "e-mail:",
    "follow us",
    "read more",
    "related:",
    "getty images",
    "(ap photo",
    "(reuters",
    "file photo",
    "source:",
    "translated by",
    "(reporting by",
    "(editing by",
    "(writing by",
];

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '»')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '」' | '』' | '）')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…') || is_script_terminal(c)
}

/// Full stops of scripts written without spaces between sentences: Chinese and Japanese `。！？`, Khmer `។ ៕`.
/// A sentence ends right after one, whatever follows.
fn is_script_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '។' | '៕' | '｡')
}

/// Splits an article into sentences and non-claim pieces (headings, datelines, bylines, credits, captions...).
pub fn split(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let blocks: Vec<(usize, usize)> =
        blocks(&chars).into_iter().map(|(s, e)| trim(&chars, s, e)).filter(|(s, e)| s < e).collect();
    let texts: Vec<String> = blocks.iter().map(|&(s, e)| chars[s..e].iter().collect()).collect();
    let furniture = furniture::classify(&texts);
    let data = data_lines(&texts);
    let mut out: Vec<Sentence> = Vec::new();
    let mut seen_body = false;
    let mut seen_dateline = false;
    let mut summary_list = false;
    for (bi, (&(s, e), block)) in blocks.iter().zip(&texts).enumerate() {
        let from = out.len();
        let mut role = furniture[bi].or_else(|| classify_block(block, seen_body));
        // A line of a data box is data, not a heading: it reads as a list item without a marker.
        if data[bi] && furniture[bi].is_none() && role == Some(Role::Heading) {
            role = Some(Role::ListItem);
        }
        if role != Some(Role::ListItem) {
            summary_list = role == Some(Role::Heading) && furniture::is_summary_head(block);
        }
        match role {
            Some(Role::ListItem) => {
                let body = s + list_marker_len(&chars[s..e]);
                let role = if summary_list { Role::Summary } else { Role::ListItem };
                if role == Role::Summary {
                    out.push(Sentence { start: body, end: e, role, block: 0 });
                } else {
                    sentences(&chars, body, e, role, &mut out);
                }
            }
            Some(role) => {
                out.push(Sentence { start: s, end: e, role, block: 0 });
                seen_dateline |= role == Role::Dateline;
            }
            None => {
                let mut body = s;
                // Tenth session: the page's headline pasted again at the start of the first paragraph, glued to its
                // first sentence ("Council Passes BudgetLast year the council ..."): the copy is a heading.
                if !seen_body
                    && bi > 0
                    && let Some(n) = headline_copy(&texts[0], block)
                {
                    out.push(Sentence { start: s, end: s + n, role: Role::Heading, block: 0 });
                    body = s + n;
                    while body < e && chars[body].is_whitespace() {
                        body += 1;
                    }
                }
                if !seen_dateline
                    && let Some(d) = dateline_len(&chars[s..e])
                    && (!seen_body || d.2)
                {
                    let (ds, de) = trim(&chars, body, body + d.0);
                    out.push(Sentence { start: ds, end: de, role: Role::Dateline, block: 0 });
                    body += d.1;
                    seen_dateline = true;
                    // A wire date given twice ("Aug. 08-- Aug. 8--A wildfire ...").
                    if let Some(d) = dateline_len(&chars[body..e]).filter(|d| {
                        let p: String = chars[body..body + d.0].iter().collect();
                        furniture::is_timestamp(p.trim())
                    }) {
                        let (ds, de) = trim(&chars, body, body + d.0);
                        out.push(Sentence { start: ds, end: de, role: Role::Dateline, block: 0 });
                        body += d.1;
                    }
                }
                // Tenth session: an agency's sign-off glued to the paragraph's last sentence ("...the virus.(RSS)",
                // "... the ministry said. – Bernama") is a credit of its own.
                let end = match sign_off(&chars[body..e]) {
                    Some(at) => {
                        let (cs, ce) = trim(&chars, body + at, e);
                        let (bs, be) = trim(&chars, body, body + at);
                        sentences(&chars, bs, be, Role::Body, &mut out);
                        out.push(Sentence { start: cs, end: ce, role: Role::Credit, block: 0 });
                        None
                    }
                    None => Some(e),
                };
                if let Some(e) = end {
                    sentences(&chars, body, e, Role::Body, &mut out);
                }
                seen_body = true;
            }
        }
        for x in &mut out[from..] {
            x.block = bi;
        }
    }
    furniture::mark_sentences(&chars, &mut out);
    voice::cut_glued_bylines(&chars, &mut out);
    voice::mark_credited_captions(&chars, &mut out);
    voice::mark(&chars, &mut out);
    furniture::close_boxes(&mut out);
    language::mark(&chars, &mut out);
    out
}

fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

/// Paragraphs: a blank line ends one; so does a line break after a finished line.
/// A line that does not end a sentence, followed by one starting in lower case, is a wrapped line.
fn blocks(chars: &[char]) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut s = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            lines.push((s, i));
            s = i + 1;
        }
    }
    lines.push((s, chars.len()));
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut open = false;
    for (ls, le) in lines {
        let (ts, te) = trim(chars, ls, le);
        if ts >= te {
            open = false;
            continue;
        }
        let first = chars[ts];
        let wraps =
            open && out.last().is_some_and(|&(ps, pe)| {
                let (_, pe) = trim(chars, ps, pe);
                let last = chars[pe - 1];
                !is_terminal(last) && !is_closer(last) && last != ':'
            }) && first.is_lowercase();
        if wraps {
            if let Some(b) = out.last_mut() {
                b.1 = le;
            }
        } else {
            out.push((ls, le));
        }
        open = true;
    }
    out
}

fn words(block: &str) -> usize {
    block.split_whitespace().count()
}

fn classify_block(block: &str, seen_body: bool) -> Option<Role> {
    let lower = block.to_lowercase();
    if CREDIT_PREFIXES.iter().any(|p| lower.starts_with(p)) || lower.contains("all rights reserved") {
        return Some(Role::Credit);
    }
    let n = words(block);
    let last = block.chars().last().unwrap_or(' ');
    // A sentence signed off by its agency ("... the office said. (AFP)") ends a sentence too.
    let signed_off = block.ends_with(')')
        && block.rfind('(').is_some_and(|o| {
            words(&block[o..]) <= 3
                && block[..o].trim_end().chars().last().is_some_and(|c| is_terminal(c) || is_closer(c))
        });
    let signed_off = signed_off
        || sign_off(&block.chars().collect::<Vec<_>>()).is_some()
        || furniture::ends_with_bracketed_link(block);
    let ends_sentence =
        is_terminal(last) || (is_closer(last) && block.chars().rev().nth(1).is_some_and(is_terminal)) || signed_off;
    let letters = block.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = letters >= 2 && !block.chars().any(char::is_lowercase);
    if all_caps && n <= 8 && !ends_sentence {
        return Some(if seen_body { Role::Byline } else { Role::Heading });
    }
    if all_caps && n <= 16 && !ends_sentence {
        return Some(Role::Heading);
    }
    if list_marker_len(&block.chars().collect::<Vec<_>>()) > 0 {
        return Some(Role::ListItem);
    }
    // A headline may run long (up to 40 words) before the body starts; after it, a long line is text.
    if (n <= 16 || (!seen_body && n <= 40)) && !ends_sentence && last != ':' && last != ',' {
        return Some(Role::Heading);
    }
    None
}

/// The length in characters of a copy of the page's first line (its headline, three words or more) that opens
/// `block` and has more text after it, or `None`.
fn headline_copy(first: &str, block: &str) -> Option<usize> {
    let first = first.trim();
    let n = first.chars().count();
    (words(first) >= 3 && block.starts_with(first) && block.chars().count() > n + 10 && !ends_sentence_str(first))
        .then_some(n)
}

fn ends_sentence_str(s: &str) -> bool {
    s.chars().last().is_some_and(is_terminal)
}

/// News agencies that sign a text off after its last sentence, in any case ("– Bernama", "(RSS)").
const SIGN_OFF_AGENCIES: &[&str] = &[
    "bernama", "xinhua", "reuters", "afp", "ap", "pti", "ians", "ani", "uni", "rss", "tass", "kyodo", "yonhap", "efe",
    "ansa", "dpa", "anadolu", "wam", "spa", "kuna", "qna", "mena", "bss", "unb", "gna", "nan", "kna", "pna", "app",
    "apa", "ina", "irna", "antara", "vna", "cna", "agencies",
];

/// Where an agency's sign-off starts at the end of a paragraph, glued to its last sentence: a closing full stop (or
/// quote), then "(RSS)", "– Bernama", "— AFP", "- PTI": one or two words, an agency's name or in capitals (two to
/// six letters). A dash before a name in mixed case ("... – Jane Roe") is a quotation's attribution, not this.
fn sign_off(chars: &[char]) -> Option<usize> {
    let text: String = chars.iter().collect();
    let t = text.trim_end();
    let agency = |w: &str| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
        SIGN_OFF_AGENCIES.contains(&bare.to_lowercase().as_str())
            || ((2..=6).contains(&letters)
                && !bare.chars().any(char::is_lowercase)
                && bare.chars().all(char::is_alphanumeric))
    };
    let (start_byte, inner) = if t.ends_with(')') {
        let o = t.rfind('(')?;
        (o, &t[o + 1..t.len() - 1])
    } else {
        let o = t.rfind(['–', '—', '-'])?;
        let before = t[..o].chars().last()?;
        if before != ' ' && !is_terminal(before) {
            return None;
        }
        (o, &t[o + t[o..].chars().next()?.len_utf8()..])
    };
    let ws: Vec<&str> = inner.split_whitespace().collect();
    if !(1..=2).contains(&ws.len()) || !ws.iter().all(|w| agency(w)) {
        return None;
    }
    let before = t[..start_byte].trim_end();
    let last = before.chars().last()?;
    if !(is_terminal(last) || (is_closer(last) && before.chars().rev().nth(1).is_some_and(is_terminal))) {
        return None;
    }
    // At least a sentence before it.
    if before.split_whitespace().count() < 4 {
        return None;
    }
    Some(t[..start_byte].chars().count())
}

/// The blocks that are lines of a data box: at least three data lines in a row (see [`is_data_line`]).
fn data_lines(texts: &[String]) -> Vec<bool> {
    let line: Vec<bool> = texts.iter().map(|t| is_data_line(t)).collect();
    let mut out = vec![false; texts.len()];
    let mut i = 0;
    while i < line.len() {
        let mut j = i;
        while j < line.len() && line[j] {
            j += 1;
        }
        if j - i >= 3 {
            out[i..j].fill(true);
        }
        i = j.max(i + 1);
    }
    out
}

/// Whether a short line reads as one row of data rather than a heading: "Unemployment rate: 7.3 per cent (7.2)",
/// "Number working: 18,002,900", "Nova Scotia 9.1 (8.5)" — a label, then a figure after a colon, or a figure
/// followed by another in brackets. It must not end a sentence and carries no more than 12 words.
fn is_data_line(block: &str) -> bool {
    let block = block.trim();
    if block.contains('\n') || words(block) > 12 || block.ends_with(['.', '!', '?', ':', ',']) {
        return false;
    }
    let figure = |w: &str| {
        let w = w.trim_start_matches(['(', '$', '€', '£', '¥', '+', '-', '−']);
        w.chars().next().is_some_and(|c| c.is_ascii_digit())
    };
    // "label: figure ...": the label is words, the part after the colon starts with a figure. Ninth session: a
    // spaced dash does the colon's work too ("Dengue cases on Tuesday - 19", "Total deaths – 1").
    let split = block.split_once(": ").or_else(|| [" - ", " – ", " — "].iter().find_map(|d| block.split_once(d)));
    if let Some((label, rest)) = split {
        let label_words = words(label);
        if (1..=8).contains(&label_words)
            && label.chars().any(char::is_alphabetic)
            && rest.split_whitespace().next().is_some_and(figure)
        {
            return true;
        }
    }
    // "Place figure (figure)": a figure, then a figure in brackets ending the line.
    let toks: Vec<&str> = block.split_whitespace().collect();
    if let Some((last, before)) = toks.split_last()
        && last.starts_with('(')
        && last.ends_with(')')
        && figure(last)
        && before.first().is_some_and(|w| w.chars().next().is_some_and(char::is_alphabetic))
        && before.iter().any(|w| figure(w))
    {
        return true;
    }
    false
}

/// Length of a list marker ("- ", "• ", "1. ", "2) ", "a) ") at the start of a block, or 0.
fn list_marker_len(chars: &[char]) -> usize {
    let mut i = 0;
    match chars.first() {
        Some('-' | '*' | '•' | '–' | '·' | '▪') => i = 1,
        Some(c) if c.is_ascii_digit() => {
            while i < chars.len() && chars[i].is_ascii_digit() && i < 3 {
                i += 1;
            }
            if !matches!(chars.get(i), Some('.' | ')')) {
                return 0;
            }
            i += 1;
        }
        Some(c) if c.is_ascii_lowercase() && chars.get(1) == Some(&')') => i = 2,
        _ => return 0,
    }
    if !chars.get(i).is_some_and(|c| *c == ' ' || *c == '\t') {
        return 0;
    }
    while i < chars.len() && chars[i].is_whitespace() {
        i += 1;
    }
    i
}

/// A dateline at the start of a first paragraph: "PHNOM PENH, Cambodia (Reuters) — ", "PORT HARDY, B.C. — ",
/// "Friday, November 11, 2022 – ", "RAMANATHAPURAM: ". Returns (dateline end, body start, whether it names an agency
/// in brackets: such a dateline is one wherever it comes).
fn dateline_len(chars: &[char]) -> Option<(usize, usize, bool)> {
    let limit = chars.len().min(80);
    let body_from = |i: usize| {
        let mut j = i + 1;
        while j < chars.len() && (chars[j].is_whitespace() || matches!(chars[j], '—' | '–' | '-' | '/')) {
            j += 1;
        }
        j
    };
    for i in 0..limit {
        let c = chars[i];
        // "CITY: text" (the Indian and Pakistani press): a place in capitals, then a colon.
        if c == ':' && chars.get(i + 1) == Some(&' ') {
            let prefix: String = chars[..i].iter().collect();
            let letters = prefix.chars().filter(|c| c.is_alphabetic()).count();
            let caps = letters >= 3 && !prefix.chars().any(char::is_lowercase);
            let plain = prefix.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | ','));
            let sentence_next = chars.get(i + 2).is_some_and(|c| c.is_uppercase() || is_open_quote(*c) || *c == '"');
            return ((caps && plain && words(&prefix) <= 4) || (sentence_next && is_titled_place(&prefix)))
                .then(|| (i, body_from(i), false));
        }
        // Tenth session: "Aug. 8--A wildfire ...": a wire service's date and a double hyphen, spaced or not.
        if c == '-' && chars.get(i + 1) == Some(&'-') && i > 0 {
            let prefix: String = chars[..i].iter().collect();
            let prefix = prefix.trim();
            if words(prefix) <= 4 && furniture::is_timestamp(prefix) {
                return Some((i, body_from(i), false));
            }
        }
        // Ninth session: "TRACY -- text", "WEST PALM BEACH, Fla. -- text": a double hyphen for the dash.
        if c == '-' && i > 0 && chars[i - 1] == ' ' && chars.get(i + 1) == Some(&'-') && chars.get(i + 2) == Some(&' ')
        {
            let prefix: String = chars[..i].iter().collect();
            let prefix = prefix.trim();
            let first = prefix.split_whitespace().next().unwrap_or("");
            let first_caps =
                first.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !first.chars().any(char::is_lowercase);
            return (first_caps && words(prefix) <= 6).then(|| (i, body_from(i), false));
        }
        // Eighth session: "LONDON // text", a double slash after the place (The National's layout).
        let slashes = c == '/' && i > 0 && chars[i - 1] == ' ' && chars.get(i + 1) == Some(&'/');
        let dash = slashes
            || matches!(c, '—' | '–')
            || (c == '-' && i > 0 && chars[i - 1] == ' ' && chars.get(i + 1) == Some(&' '));
        if !dash {
            continue;
        }
        let prefix: String = chars[..i].iter().collect();
        let prefix = prefix.trim();
        let first = prefix.split_whitespace().next().unwrap_or("");
        let first_caps =
            first.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !first.chars().any(char::is_lowercase);
        let agency = prefix.starts_with('(') && prefix.ends_with(')');
        // A full stop ends a sentence, unless it ends a state's abbreviation after the city: "PORT HARDY, B.C.".
        let abbreviated = first_caps && prefix.contains(',') && prefix.rsplit(' ').next().is_some_and(|w| w.len() <= 5);
        let place = (first_caps || agency) && words(prefix) <= 8 && (!prefix.ends_with('.') || abbreviated);
        if place || (furniture::is_timestamp(prefix) && words(prefix) <= 8) {
            return Some((i, body_from(i), prefix.ends_with(')')));
        }
        return None;
    }
    None
}

/// Ninth session: a place written in title case before a dateline's colon, as the Indian and US press lay it out:
/// "New York", "Indore (Madhya Pradesh)", "New Delhi [India], Dec. 9", "New Delhi, Aug. 8". Every word is
/// capitalised, a number (the day), or inside brackets; at most seven words; no title ("Gov. Jane Roe: ..." is a
/// speaker's cue, not a place).
fn is_titled_place(prefix: &str) -> bool {
    let ws: Vec<&str> = prefix.split_whitespace().collect();
    let mut in_brackets = false;
    let ok = ws.iter().all(|w| {
        let opens = w.starts_with(['(', '[']);
        let inside = in_brackets || opens;
        in_brackets = inside && !w.ends_with([')', ']']);
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        let day = !bare.is_empty() && bare.len() <= 2 && bare.chars().all(|c| c.is_ascii_digit());
        !bare.is_empty()
            && (capital || day || inside)
            && w.chars().all(|c| c.is_alphanumeric() || "()[].,-'’".contains(c))
    });
    let title = ws.first().is_some_and(|w| {
        let l = w.trim_end_matches('.').to_lowercase();
        NEVER_END.contains(&l.as_str())
            && !["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "mt", "ft"]
                .contains(&l.as_str())
    });
    // "From HRPD: ...", "In Paris: ...": a source or a phrase, not a place.
    let function_word = ws.first().is_some_and(|w| {
        let l = w.to_lowercase();
        ["from", "in", "at", "on", "by", "for", "with", "the", "a", "an", "this", "that", "update", "watch", "read"]
            .contains(&l.as_str())
    });
    (1..=7).contains(&ws.len())
        && ok
        && !title
        && !function_word
        && prefix.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

/// The word (letters and inner dots) that ends just before `i`.
fn word_before(chars: &[char], start: usize, i: usize) -> String {
    let mut k = i;
    while k > start && (chars[k - 1].is_alphanumeric() || chars[k - 1] == '.') {
        k -= 1;
    }
    chars[k..i].iter().collect()
}

fn word_at(chars: &[char], k: usize, end: usize) -> String {
    chars[k..end].iter().take_while(|c| c.is_alphanumeric()).collect()
}

/// Whether a double quote opened before `i` closes later in the block with attribution after it
/// (`,” she said` or `” said X`): then the quoted sentences stay one unit with their speaker.
fn quote_closes_with_attribution(chars: &[char], i: usize, end: usize) -> bool {
    let mut q = i;
    while q < end && q < i + 600 {
        let c = chars[q];
        if is_close_quote(c) || c == '"' {
            let before = if q > 0 { chars[q - 1] } else { ' ' };
            if before == ',' {
                return true;
            }
            let mut k = q + 1;
            while k < end && chars[k] == ' ' {
                k += 1;
            }
            return k < end && chars[k].is_lowercase();
        }
        q += 1;
    }
    false
}

/// Splits `chars[start..end]` (one paragraph) into sentences.
fn sentences(chars: &[char], start: usize, end: usize, role: Role, out: &mut Vec<Sentence>) {
    let mut sent_start = start;
    let mut in_quote = false;
    let mut i = start;
    while i < end {
        let c = chars[i];
        if is_open_quote(c) {
            in_quote = true;
        } else if is_close_quote(c) {
            in_quote = false;
        } else if c == '"' {
            let prev = if i > start { chars[i - 1] } else { ' ' };
            in_quote = prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '-');
        }
        if !is_terminal(c) {
            i += 1;
            continue;
        }
        // The run of terminal punctuation and closing quotes/brackets.
        let mut j = i;
        while j < end && is_terminal(chars[j]) {
            j += 1;
        }
        let run = j - i;
        let ellipsis = c == '…' || run >= 3;
        while j < end && is_closer(chars[j]) {
            if is_close_quote(chars[j]) || chars[j] == '"' {
                in_quote = false;
            }
            j += 1;
        }
        if is_script_terminal(c) {
            let mut k = j;
            while k < end && chars[k].is_whitespace() {
                k += 1;
            }
            if k >= end {
                break;
            }
            let (s, e) = trim(chars, sent_start, j);
            if s < e {
                out.push(Sentence { start: s, end: e, role, block: 0 });
            }
            sent_start = k;
            i = k;
            in_quote = false;
            continue;
        }
        if j < end && !chars[j].is_whitespace() {
            // "12.5", "U.S.-led", "Yahoo!'s": not an end.
            i = j.max(i + 1);
            continue;
        }
        let mut k = j;
        while k < end && chars[k].is_whitespace() {
            k += 1;
        }
        if k >= end {
            break;
        }
        let next = chars[k];
        let opener = next.is_uppercase()
            || next.is_ascii_digit()
            || is_open_quote(next)
            || matches!(next, '"' | '‘' | '(' | '[');
        let mut boundary = opener;
        if boundary && c == '.' && !ellipsis && run == 1 {
            let w = word_before(chars, start, i);
            let lw = w.to_lowercase();
            let next_word = word_at(chars, k, end);
            let opens = OPENERS.contains(&next_word.as_str());
            if NEVER_END.contains(&lw.as_str()) {
                boundary = false;
            } else if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
                // An initial: "John F. Kennedy".
                boundary = false;
            } else if MAYBE_END.contains(&lw.as_str()) || (w.contains('.') && w.len() <= 6) {
                // "U.S.", "U.N.", "Inc.": an end only before a typical opener.
                boundary = opens;
            }
        }
        if boundary && in_quote && quote_closes_with_attribution(chars, j, end) {
            boundary = false;
        }
        if boundary {
            let (s, e) = trim(chars, sent_start, j);
            if s < e {
                out.push(Sentence { start: s, end: e, role, block: 0 });
            }
            sent_start = k;
            i = k;
        } else {
            i = j.max(i + 1);
        }
    }
    let (s, e) = trim(chars, sent_start, end);
    if s < e {
        out.push(Sentence { start: s, end: e, role, block: 0 });
    }
}

/// The text of a sentence.
pub fn text_of(chars: &[char], s: &Sentence) -> String {
    chars[s.start..s.end].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<(String, Role)> {
        let chars: Vec<char> = t.chars().collect();
        split(t).iter().map(|s| (text_of(&chars, s), s.role)).collect()
    }

    fn body(t: &str) -> Vec<String> {
        texts(t).into_iter().filter(|(_, r)| r.can_be_claim()).map(|(s, _)| s).collect()
    }

    #[test]
    fn us_and_un_inside_sentences() {
        let t = "Some analysts say so. The U.S. think tank U.S. Peace Research Institute estimated that the \
                 industry generates 12.5 billion dollars a year, or half of the country’s GDP.\nThe latest report \
                 is in line with the existing U.N. warnings. The U.N. High Commissioner for Human Rights (OHCHR) \
                 said last month that crime is thriving.";
        assert_eq!(
            body(t),
            [
                "Some analysts say so.",
                "The U.S. think tank U.S. Peace Research Institute estimated that the industry generates 12.5 \
                 billion dollars a year, or half of the country’s GDP.",
                "The latest report is in line with the existing U.N. warnings.",
                "The U.N. High Commissioner for Human Rights (OHCHR) said last month that crime is thriving.",
            ]
        );
    }

    #[test]
    fn abbreviation_at_the_end_of_a_sentence() {
        assert_eq!(
            body("Aid was sent to the U.S. The shipment was late."),
            ["Aid was sent to the U.S.", "The shipment was late."]
        );
        assert_eq!(
            body("Dr. Jane Smith met Gen. Lee on Jan. 5. John F. Kennedy was not there."),
            ["Dr. Jane Smith met Gen. Lee on Jan. 5.", "John F. Kennedy was not there."]
        );
    }

    #[test]
    fn decimals_and_money() {
        assert_eq!(
            body("Revenue was $12.5 billion. It grew 3.2 percent to 1,200.5 units."),
            ["Revenue was $12.5 billion.", "It grew 3.2 percent to 1,200.5 units."]
        );
    }

    #[test]
    fn quotes_straight_and_curly() {
        assert_eq!(
            body("“The report was exaggerated.” He left. \"We will appeal.\" She agreed."),
            ["“The report was exaggerated.”", "He left.", "\"We will appeal.\"", "She agreed."]
        );
    }

    #[test]
    fn a_quote_spanning_sentences_stays_with_its_speaker() {
        assert_eq!(
            body("“We acted fast. Nobody was hurt,” the mayor said. Critics disagreed."),
            ["“We acted fast. Nobody was hurt,” the mayor said.", "Critics disagreed."]
        );
        assert_eq!(
            body("\"It is over. We won,\" said Ana Ruiz. The count went on."),
            ["\"It is over. We won,\" said Ana Ruiz.", "The count went on."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            body("They were definitely... not there. Then… Silence fell."),
            ["They were definitely... not there.", "Then…", "Silence fell."]
        );
    }

    #[test]
    fn headings_lists_datelines_and_bylines() {
        let t = "Scam compounds thrive in Cambodia\nBy Sam Kim\n\nPHNOM PENH, Cambodia (Reuters) — Amnesty found 53 sites. \
                 It said so.\nKey findings:\n- 58 people were interviewed.\n2. Nine were minors.\nSAM KIM\nUS ASIA JOURNAL\n\
                 Photo: Getty Images";
        let got = texts(t);
        let want = [
            ("Scam compounds thrive in Cambodia", Role::Heading),
            ("By Sam Kim", Role::Byline),
            ("PHNOM PENH, Cambodia (Reuters)", Role::Dateline),
            ("Amnesty found 53 sites.", Role::Body),
            ("It said so.", Role::Body),
            ("Key findings:", Role::Body),
            ("58 people were interviewed.", Role::ListItem),
            ("Nine were minors.", Role::ListItem),
            ("SAM KIM", Role::Byline),
            ("US ASIA JOURNAL", Role::Byline),
            ("Photo: Getty Images", Role::Credit),
        ];
        let got: Vec<(&str, Role)> = got.iter().map(|(s, r)| (s.as_str(), *r)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn page_furniture_gets_its_own_role() {
        let t = "Flood waters rise in the valley\n\n\
                 Sherry Andrews, right, holds a 13-month-old's hand at a shelter. (Annie Rice, Reuters via CNN )\n\n\
                 Sherry Andrews, right, holds a 13-month-old's hand at a shelter. (Annie Rice, Reuters via CNN )\n\n\
                 HOUSTON (AP) — Officials said 40 people died in the floods.\n\n\
                 KEY TAKEAWAYS\n\
                 - Officials said 40 people died in the floods.\n\n\
                 12:45 a.m.\n\n\
                 WASHINGTON (AP) — The Latest on Congress and the flood bill (all times local):\n\n\
                 Sign up for our newsletter to get 5 top stories every morning.\n\n\
                 (AP Photo/Jane Doe)\n\n\
                 The river rose 3 metres overnight, the agency said.\n\n\
                 Read more: How floods are measured\n\n\
                 Jane Doe";
        let got = texts(t);
        let role_of =
            |needle: &str| got.iter().filter(|(s, _)| s.contains(needle)).map(|(_, r)| *r).collect::<Vec<_>>();
        assert_eq!(role_of("Sherry Andrews"), [Role::Caption, Role::Caption]);
        assert_eq!(role_of("HOUSTON"), [Role::Dateline], "the dateline after a caption is still a dateline");
        assert_eq!(role_of("40 people died"), [Role::Body, Role::Summary]);
        assert_eq!(role_of("12:45"), [Role::Timestamp]);
        assert_eq!(role_of("The Latest on"), [Role::LiveHead]);
        assert_eq!(role_of("newsletter"), [Role::Promo]);
        assert_eq!(role_of("AP Photo"), [Role::Credit]);
        assert_eq!(role_of("Read more"), [Role::Promo]);
        assert_eq!(role_of("Jane Doe"), [Role::Credit, Role::Byline]);
        assert!(
            got.iter()
                .all(|(s, r)| r.can_be_claim() == (s.contains("died") && *r == Role::Body || s.contains("river")))
        );
    }

    #[test]
    fn key_takeaways_without_bullet_marks() {
        let t = "Floods hit the valley\n\nKEY TAKEAWAYS\nOfficials said 40 people died in the floods.\n\
                 The river rose 3 metres overnight.\n\n\
                 HOUSTON (AP) — Officials said 40 people died in the floods on Sunday. The river rose 3 metres \
                 overnight, the weather service said.";
        let got = texts(t);
        let roles: Vec<Role> = got.iter().map(|(_, r)| *r).collect();
        assert_eq!(
            roles,
            [Role::Heading, Role::Heading, Role::Summary, Role::Summary, Role::Dateline, Role::Body, Role::Body],
            "{got:?}"
        );
    }

    #[test]
    fn live_blog_heads_and_link_lines() {
        let t = "Trump campaigns in Michigan on Thursday.\n\
                 Follow the AP's Election 2024 coverage at: https://apnews.com/hub/election-2024.\n\
                 Here's the Latest:\n\
                 The interview lasted 27 minutes.";
        let got = texts(t);
        let roles: Vec<Role> = got.iter().map(|(_, r)| *r).collect();
        assert_eq!(roles, [Role::Body, Role::Promo, Role::LiveHead, Role::Body], "{got:?}");
        let t = "Image source, Getty Images\nImage caption, Nurses on strike outside a hospital in Leeds\n\
                 Some 20,000 nurses walked out on Tuesday.";
        let roles: Vec<Role> = texts(t).iter().map(|(_, r)| *r).collect();
        assert_eq!(roles, [Role::Credit, Role::Caption, Role::Body]);
    }

    #[test]
    fn a_dateline_laid_out_one_line_a_piece() {
        let t = "China delays its data\n\nHong Kong\nCNN Business\n — \n\nChina has delayed key economic data, one day early.";
        let got = texts(t);
        assert_eq!(got[1..4].iter().map(|(_, r)| *r).collect::<Vec<_>>(), [Role::Dateline; 3]);
        assert_eq!(got[4].1, Role::Body);
    }

    fn roles(t: &str) -> Vec<Role> {
        texts(t).into_iter().map(|(_, r)| r).collect()
    }

    /// Seventh session: the head of a page read by structure (invented pages).
    #[test]
    fn a_long_headline_a_repeated_standfirst_and_a_captions_credit() {
        let t = "Skip to main content\n\n\
                 Researchers find that the oldest trees in the northern forest are growing faster than at any time in \
                 the last century\n\n\
                 A study of 500 trees found growth rates doubled since 1950, the university said.\n\n\
                 A study of 500 trees found growth rates doubled since 1950, the university said. (Image credit: Jane \
                 Roe/University)\n\n\
                 A study of 500 trees found growth rates doubled since 1950, the university said.\n\n\
                 The trees were measured in 2021.";
        // Fourteenth session: the first copy, right above its copy with the picture's credit, is read as the
        // picture's alt text (a caption) before the head of the page can call it a standfirst; furniture either way.
        assert_eq!(
            roles(t),
            [Role::Navigation, Role::Heading, Role::Caption, Role::Caption, Role::Body, Role::Body],
            "{:?}",
            texts(t)
        );
    }

    #[test]
    fn a_sentence_repeated_in_the_text_is_text() {
        let s = "The ministry said 4,500 people were rescued from the compounds in 2024.";
        let t = format!("Rescues.\n\n{s}\n\nLater.\n\n{s}");
        assert!(texts(&t).iter().all(|(_, r)| *r == Role::Body), "{:?}", texts(&t));
    }

    #[test]
    fn a_paragraph_before_a_photo_credit_line_is_its_caption() {
        let t = "Floods hit the county\n\nFri, 07/24/2015 - 3:14pm\n\n\
                 A farmer walks through a flooded field near the river, where the water rose overnight.\n\n\
                 Maria Lopez/Getty Images\n\n\
                 Floods destroyed 300 homes in the county on Sunday, the fire service said.";
        assert_eq!(
            roles(t),
            [Role::Heading, Role::Timestamp, Role::Caption, Role::Credit, Role::Body],
            "{:?}",
            texts(t)
        );
        // The page's first line stays its headline when the lead picture's credit follows it.
        let t = "Half of the tests fail, study finds\n\nImage: Getty\n\nNearly half of the 200 tests failed in 2020.";
        assert_eq!(roles(t), [Role::Heading, Role::Credit, Role::Body]);
        assert_eq!(crate::extract::first_heading(t).as_deref(), Some("Half of the tests fail, study finds"));
    }

    #[test]
    fn a_standfirst_before_the_byline_is_not_the_lede() {
        let t = "Council budget vote\n\n\
                 The council will vote on the budget next week after months of debate.\n\n\
                 By Jane Doe\n\n\
                 The council approved 3 million pounds for roads on Tuesday.";
        assert_eq!(roles(t), [Role::Heading, Role::Summary, Role::Byline, Role::Body], "{:?}", texts(t));
        // A lede followed by a sub-heading and then the body is the lede.
        let t = "Council budget vote\n\n\
                 The council approved 3 million pounds for roads on Tuesday.\n\n\
                 What happens next\n\n\
                 The roads will be repaired in the spring, the council said.";
        assert_eq!(roles(t), [Role::Heading, Role::Body, Role::Heading, Role::Body], "{:?}", texts(t));
        // A second heading with a picture after it: the paragraph before it stood under the headline.
        let t = "Homeowners say the company wronged them\n\n\
                 Several homeowners were told to sell. Now the company says it can go ahead without them.\n\n\
                 Residents seek compensation after the company backtracks\n\n\
                 The town has a population of 2,370. (Jane Roe/Radio Star)\n\n\
                 In 2013, nine homeowners were approached by the company and told to sell.";
        let r = roles(t);
        assert_eq!(r[..3], [Role::Heading, Role::Summary, Role::Heading], "{:?}", texts(t));
        assert_eq!(r[r.len() - 1], Role::Body);
    }

    #[test]
    fn a_long_line_without_a_full_stop_under_the_headline_is_a_caption() {
        let t = "Roof collapses at the mill\n\nPublished: 1:36 PM January 20, 2022\n\n\
                 Two workers were hurt when part of the old mill roof collapsed during repairs in the town centre on \
                 Monday morning\n\n\
                 A view of the mill from the river. - Credit: County Fire Service\n\n\
                 Two workers were taken to hospital on Monday, the fire service said.";
        assert_eq!(
            roles(t),
            [Role::Heading, Role::Timestamp, Role::Caption, Role::Caption, Role::Body],
            "{:?}",
            texts(t)
        );
    }

    #[test]
    fn datelines_with_a_state_a_date_or_a_colon() {
        for (t, dateline) in [
            ("PORT HARDY, B.C. — The owner said 600 litres of fuel spilled.", "PORT HARDY, B.C."),
            ("Friday, November 11, 2022 – The governor met the police chief on Friday.", "Friday, November 11, 2022"),
            ("RAMANATHAPURAM: The district received Rs 132 crore in drought relief.", "RAMANATHAPURAM"),
        ] {
            let got = texts(t);
            assert_eq!(got[0], (dateline.to_string(), Role::Dateline), "{got:?}");
            assert_eq!(got[1].1, Role::Body, "{got:?}");
        }
        // A sentence that only starts with capitals, or ends a sentence before a dash, keeps its words.
        for t in ["The U.S. — and Canada — agreed to the deal.", "NASA said: the launch slipped to May."] {
            assert!(texts(t).iter().all(|(_, r)| *r == Role::Body), "{:?}", texts(t));
        }
    }

    /// Ninth session (invented sentences): a double hyphen for the dash, and a place in title case before a colon
    /// (with its region in brackets or a date), as the Indian and US press write datelines. A speaker's cue with a
    /// title, or a colon before a lower-case word, is no dateline.
    /// Ninth session (invented box): a data box whose rows set the figure after a spaced dash.
    #[test]
    fn a_data_box_with_dashes_is_data() {
        let t = "Flu in the county\n\nNew cases on Monday - 14\n\nIn hospital - 6\n\nTotal cases this year - 1,212\n\n\
                 The county reported 14 new cases on Monday, its health office said.";
        assert_eq!(
            roles(t),
            [Role::Heading, Role::ListItem, Role::ListItem, Role::ListItem, Role::Body],
            "{:?}",
            texts(t)
        );
        // A headline with a dash, alone, stays a heading.
        let t = "Council - 3 members quit\n\nThree members of the council quit on Monday, the clerk said.";
        assert_eq!(roles(t), [Role::Heading, Role::Body]);
    }

    #[test]
    fn datelines_with_a_double_hyphen_or_a_place_in_title_case() {
        for (t, dateline) in [
            ("LAKEVILLE -- Crews contained a fire that burned 300 acres on Monday.", "LAKEVILLE"),
            ("PORT ELM, Ore. -- The county reported 40 new flu cases this week.", "PORT ELM, Ore."),
            ("Riverton (North Province): Nine new dengue cases were found on Monday.", "Riverton (North Province)"),
            (
                "Port Elm [Freedonia], Jan. 5: The minister said exports rose 4 per cent.",
                "Port Elm [Freedonia], Jan. 5",
            ),
            ("New Amsterdam: An earthquake of magnitude 5.1 struck the coast.", "New Amsterdam"),
        ] {
            let got = texts(t);
            assert_eq!(got[0], (dateline.to_string(), Role::Dateline), "{got:?}");
            assert_eq!(got[1].1, Role::Body, "{got:?}");
        }
        for t in [
            "Gov. Jane Roe: The budget passed with 3 votes to spare.",
            "The plan: cut costs by 10 percent before May.",
            "Jobs -- not prices -- were the main worry, the poll found.",
            "From HRPD: A man faces two charges after an arrest in the town.",
        ] {
            assert!(texts(t).iter().all(|(_, r)| *r == Role::Body), "{:?}", texts(t));
        }
    }

    #[test]
    fn an_agencys_sign_off_and_a_bracketed_line_are_credits() {
        assert_eq!(
            texts("Prices rose 5 percent in May, the office said. (AFP)"),
            [
                ("Prices rose 5 percent in May, the office said.".to_string(), Role::Body),
                ("(AFP)".to_string(), Role::Credit)
            ]
        );
        assert_eq!(roles("The mill closed in 2020 after 90 years.\n\n(NSS)"), [Role::Body, Role::Credit]);
        // Before the body, a sentence with a name in brackets is a picture's caption and its credit.
        let t = "Mill to close\n\nThe town has a population of 2,370. (Radio Star)\n\n\
                 The mill will close in May after 90 years, its owner said on Monday.";
        assert_eq!(roles(t), [Role::Heading, Role::Caption, Role::Body], "{:?}", texts(t));
    }

    /// Tenth session (invented pages): a wire date with a double hyphen, given twice; the headline pasted again at
    /// the start of the first paragraph.
    #[test]
    fn a_wire_date_and_a_headline_copy_glued_to_the_text() {
        let got = texts("Jun. 04-- Jun. 4--A grass fire north of the town burned 300 acres on Tuesday, crews said.");
        assert_eq!(got[0], ("Jun. 04".to_string(), Role::Dateline), "{got:?}");
        assert_eq!(got[1], ("Jun. 4".to_string(), Role::Dateline), "{got:?}");
        assert_eq!(got[2].1, Role::Body, "{got:?}");
        let t = "Council Passes Its Budget\n\nCouncil Passes Its BudgetLast year the council rejected the budget by 20 \
                 votes to 2. This year it passed by 30 votes.";
        let got = texts(t);
        assert_eq!(got[1], ("Council Passes Its Budget".to_string(), Role::Heading), "{got:?}");
        assert!(got[2].0.starts_with("Last year") && got[2].1 == Role::Body, "{got:?}");
        // A first paragraph that only starts with the headline's words is text.
        let t = "Council budget\n\nCouncil budget talks ended on Monday after 3 weeks, the clerk said.";
        assert!(texts(t)[1..].iter().all(|(_, r)| *r == Role::Body), "{:?}", texts(t));
    }

    /// Tenth session (invented sentences): an agency's sign-off glued to the last sentence is a credit of its own; a
    /// quotation's attribution after a dash, or a dash inside the text, is not.
    #[test]
    fn a_glued_sign_off_is_a_credit() {
        for (t, credit) in [
            ("Dengue cases rose to 40 this week, the ministry said.(RSS)", "(RSS)"),
            ("The minister denied the fee rise on Monday. – Bernama", "– Bernama"),
            ("Exports fell 4 per cent in May, the bureau said. —AFP", "—AFP"),
        ] {
            let got = texts(t);
            assert_eq!(got.last(), Some(&(credit.to_string(), Role::Credit)), "{got:?}");
            assert_eq!(got[0].1, Role::Body, "{got:?}");
        }
        for t in [
            "\"We will rebuild the bridge.\" – Jane Roe",
            "Exports fell 4 per cent in May – the worst month since 2020.",
            "The figures were released on Monday, the office said (PDF).",
        ] {
            assert!(texts(t).iter().all(|(_, r)| *r != Role::Credit), "{:?}", texts(t));
        }
    }

    #[test]
    fn chinese_and_japanese_sentence_ends() {
        assert_eq!(
            texts("中国国家统计局推迟发布数据。官员没有说明原因！这是为什么？"),
            [
                ("中国国家统计局推迟发布数据。".to_string(), Role::Body),
                ("官员没有说明原因！".to_string(), Role::Body),
                ("这是为什么？".to_string(), Role::Body),
            ]
        );
        assert_eq!(body("物価は3%上昇した。政府が発表した。"), ["物価は3%上昇した。", "政府が発表した。"]);
    }

    #[test]
    fn khmer_sentence_ends() {
        assert_eq!(body("ក្រសួងបានរកឃើញទីតាំងចំនួន ៥៣។ ពួកគេបាននិយាយដូច្នេះ៕"), ["ក្រសួងបានរកឃើញទីតាំងចំនួន ៥៣។", "ពួកគេបាននិយាយដូច្នេះ៕"]);
    }

    #[test]
    fn wrapped_lines_join() {
        assert_eq!(
            body("The council approved the budget\nafter a long debate. It passed."),
            ["The council approved the budget\nafter a long debate.", "It passed."]
        );
    }

    #[test]
    fn offsets_are_characters() {
        let t = "ខ្មែរ said “hi.” Next one.";
        let chars: Vec<char> = t.chars().collect();
        let s = split(t);
        assert_eq!(text_of(&chars, &s[1]), "Next one.");
        assert_eq!(s[1].start, t.chars().count() - 9);
    }

    #[test]
    fn lines_of_a_data_box_are_list_items_not_headings() {
        // Invented: a report with a box of figures, one "label: figure" row a line, then places with the last
        // figure in brackets; the body repeats the first figure.
        let t = "Harbour traffic falls again\n\nThe port handled 4.1 million tonnes last month, its statistics office said.\n\nThe month in figures\n\nTonnes handled: 4.1 million (4.4)\n\nShips docked: 312 (298)\n\nCrew changes: 1,204 (1,190)\n\nAround the port\n\nNorth Quay 41.2 per cent (39.0)\n\nEast Basin 30.5 (31.1)\n\nOld Dock 28.3 (29.9)";
        let r = roles(t);
        assert_eq!(r[0], Role::Heading, "{:?}", texts(t));
        assert_eq!(r[2], Role::Heading, "{:?}", texts(t));
        assert_eq!(r[3..6], [Role::ListItem; 3], "{:?}", texts(t));
        assert_eq!(r[6], Role::Heading, "{:?}", texts(t));
        assert_eq!(r[7..], [Role::ListItem; 3], "{:?}", texts(t));
        // Two such lines are not yet a box, and a heading with a number is still a heading.
        let t = "Talks resume: 3 days left\n\nThe two sides met on Monday, officials said.\n\nScore: 2 (1)\n\nTime: 90 (45)\n\nThe rest of the report follows here.";
        let r = roles(t);
        assert_eq!(r[0], Role::Heading, "{:?}", texts(t));
        assert!(!r.contains(&Role::ListItem), "{:?}", texts(t));
        assert!(is_data_line("Unemployment rate: 7.3 per cent (7.2)"));
        assert!(is_data_line("Nova Scotia 9.1 (8.5)"));
        assert!(!is_data_line("Storm warning: 3 killed as rivers burst their banks."));
        assert!(!is_data_line("Inside the 2024 budget"));
    }
}
