//! The page's own voice, read by grammar and structure rather than by any site's wording: the outlet addressing its
//! reader ("you") or speaking of itself ("we", "our"), outside quotation and attribution, and a sentence that a
//! photo credit closes.
//!
//! Twelfth session. A news report speaks in the third person and attributes what it quotes. A sentence that speaks
//! to the reader in the second person, or has the outlet speak of its own things in the first person plural, with
//! no quotation marks in its paragraph (nor a quotation left open by the paragraph before) and no one it is
//! attributed to, is the page talking to its visitor: a promotion, a notice, a comment policy. A check-worthy
//! claim that looks alike ("If you look at the figures, ..." inside a quote, "..., the minister says.",
//! "The sheriff confirmed to us that ...") is quoted, attributed or about something else, and stays text.

use super::{Role, Sentence};

/// The second person.
const YOU: &[&str] = &["you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd"];

/// The first person plural: an outlet speaks of itself so.
const WE: &[&str] = &["we", "our", "ours", "us", "ourselves", "we're", "we've", "we'll", "we'd"];

/// The first person singular: a speaker, not an outlet (an outlet says "we").
/// Pronouns of the third person (a sentence's subject that is never the outlet).
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "this", "that"];

const I: &[&str] = &["i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"];

/// Verbs and words that attribute a sentence to someone: then it is the story, whoever it addresses.
const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "according",
    "asked",
    "asks",
    "added",
    "adds",
    "stated",
    "explained",
    "explains",
    "noted",
    "notes",
    "wrote",
    "writes",
    "urged",
    "urges",
    "warned",
    "warns",
    "advised",
    "advises",
    "recommended",
    "recommends",
    "announced",
    "insisted",
    "argued",
    "argues",
    "stressed",
    "claimed",
    "claims",
    "believes",
    "reportedly",
];

/// What a news outlet has and offers its readers: its editions and channels, its shop and archive, its stories,
/// comments and readers. Nouns of the medium itself, not of any one site's layout. Not "news" or "updates", which a
/// consumer story tells its reader about ("Good news for you if you rent: rents fell 2 percent").
const HOUSE: &[&str] = &[
    "newsletter",
    "newsletters",
    "e-paper",
    "epaper",
    "e-edition",
    "edition",
    "editions",
    "app",
    "apps",
    "website",
    "websites",
    "site",
    "comments",
    "comment",
    "commenting",
    "story",
    "stories",
    "article",
    "articles",
    "journalism",
    "journalists",
    "reporters",
    "coverage",
    "newsroom",
    "readers",
    "reader",
    "listeners",
    "viewers",
    "subscribers",
    "subscriber",
    "subscription",
    "subscribe",
    "inbox",
    "podcast",
    "podcasts",
    "station",
    "channel",
    "broadcast",
    "shop",
    "store",
    "archive",
    "archives",
    "headlines",
    "newspaper",
    "magazine",
    "paper",
    "feed",
    "page",
];

/// The narrower part of [`HOUSE`] that names only the medium (no "site", "shop" or "station", which a speaker's
/// "we" may own too): "We publish news from ...", "We want comments to be ...".
const MEDIUM: &[&str] = &[
    "newsletter",
    "newsletters",
    "e-paper",
    "epaper",
    "e-edition",
    "website",
    "comments",
    "stories",
    "articles",
    "news",
    "journalism",
    "coverage",
    "newsroom",
    "readers",
    "subscribers",
    "podcast",
    "headlines",
];

fn tokens(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .map(|w| w.trim_matches(['\'', '’', '-']))
        .filter(|w| !w.is_empty())
        .collect()
}

fn is(w: &str, list: &[&str]) -> bool {
    let w = w.replace('’', "'");
    list.contains(&w.as_str())
}

fn quoted(s: &str) -> bool {
    s.contains(['"', '“', '”', '«', '»'])
}

/// Whether a sentence, read alone, speaks in the outlet's own voice: no quotation marks, nothing attributed, no
/// "I"; then either the second person with the first person plural or a word of the medium ("We welcome your
/// comments", "Get the day's headlines delivered to you"), or the first person plural owning a thing of the medium
/// within three words ("Stay with our station for updates", "Order gifts from our online shop", "This article is
/// from our archive"), or "we" with a word that names only the medium ("We publish news from trusted websites").
pub fn is_own_voice(sentence: &str) -> bool {
    if quoted(sentence) {
        return false;
    }
    let lower = sentence.to_lowercase();
    let ws = tokens(&lower);
    if ws.len() < 3 || ws.iter().any(|w| is(w, I) || is(w, ATTRIBUTION)) {
        return false;
    }
    let you = ws.iter().any(|w| is(w, YOU));
    let we = ws.iter().any(|w| is(w, WE));
    let house = ws.iter().any(|w| is(w, HOUSE));
    // "our" (or "us", "we") with a thing of the medium among the next three words: "our e-paper", "our online
    // shop", "our comments section", "with us on our app".
    let owns = ws
        .iter()
        .enumerate()
        .any(|(k, w)| matches!(*w, "our" | "ours") && ws[k + 1..ws.len().min(k + 4)].iter().any(|x| is(x, HOUSE)));
    // "we" with a word that names only the medium, anywhere: "We publish news from trusted sources".
    let we_publish = we && ws.iter().any(|w| is(w, MEDIUM));
    (you && (we || house)) || owns || we_publish
}

/// A sentence about the page's own live coverage ("The Gazette was at City Hall providing live blow-by-blow
/// coverage.", "The Courier liveblogged Tuesday's developments as they unfolded."): the outlet reporting on its
/// reporting. "Live" within three words before "coverage" or "blog", a word of live-blogging, or events followed "as
/// they unfold"; nothing quoted or attributed.
pub fn is_own_coverage(sentence: &str) -> bool {
    if quoted(sentence) {
        return false;
    }
    let lower = sentence.to_lowercase();
    let ws = tokens(&lower);
    if ws.iter().any(|w| is(w, ATTRIBUTION)) || ws.len() > 30 {
        return false;
    }
    let live = ws.iter().enumerate().any(|(k, w)| {
        *w == "live" && ws[k + 1..ws.len().min(k + 4)].iter().any(|x| matches!(*x, "coverage" | "blog" | "blogging"))
    });
    let blogged = ws.iter().any(|w| w.starts_with("liveblog") || w.starts_with("live-blog"));
    let unfolding = ["as they unfold", "as it unfold", "as events unfold"].iter().any(|p| lower.contains(p));
    live || blogged || unfolding
}

/// Fifteenth session: the names the page gives its outlet. Fix of review 15: only the lines that speak for the
/// outlet (bylines and credits: "By Kim Lee, The Valley Wire"); a caption names the picture's subjects, and whoever a
/// source "told" may be the police or a court as often as the outlet, so neither counts.
fn outlet_names(chars: &[char], out: &[Sentence]) -> Vec<String> {
    out.iter().filter(|s| matches!(s.role, Role::Byline | Role::Credit)).map(|s| super::text_of(chars, s)).collect()
}

/// Whether `name` stands in `line` as whole words ("Valley Wire" in "By Kim Lee, The Valley Wire", not "She" in
/// "Sheriff's").
fn names_whole(line: &str, name: &str) -> bool {
    let ws: Vec<&str> = line.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let want: Vec<&str> = name.split_whitespace().collect();
    !want.is_empty() && ws.windows(want.len()).any(|w| w == want.as_slice())
}

/// Fifteenth session: the outlet saying what its reporting could not do ("The Valley Wire could not independently
/// verify the reports.", "We have not been able to confirm the figures."): the subject is "we" or a capitalised name
/// the page gives its outlet ([`outlet_names`]), the verb a failed check. A named agency that could not confirm a
/// claim ("The Health Ministry could not confirm the figures.") is not the outlet and stays text.
fn is_unverified_by_outlet(sentence: &str, names: &[String]) -> bool {
    const FAILED: &[&str] = &[
        " could not ",
        " couldn't ",
        " couldn’t ",
        " cannot ",
        " was unable to ",
        " were unable to ",
        " is unable to ",
        " has been unable to ",
        " has not been able to ",
        " have not been able to ",
        " had not been able to ",
    ];
    if quoted(sentence) || sentence.split_whitespace().count() > 30 {
        return false;
    }
    let t = sentence.trim();
    let lower = t.to_lowercase();
    if tokens(&lower).iter().any(|w| is(w, ATTRIBUTION)) {
        return false;
    }
    // Mid-sentence, the verb is in lower case: found in the sentence itself, so its offset is the sentence's.
    let Some((at, len)) = FAILED.iter().filter_map(|f| t.find(f).map(|a| (a, f.len()))).min() else {
        return false;
    };
    let rest = t.get(at + len..).unwrap_or_default().to_lowercase();
    let after: Vec<&str> = tokens(&rest).into_iter().take(2).collect();
    let checks = |w: &str| matches!(w, "verify" | "confirm" | "corroborate" | "authenticate");
    let check = after.first().is_some_and(|w| checks(w))
        || (after.first() == Some(&"independently") && after.get(1).is_some_and(|w| checks(w)));
    let Some(subject) = t.get(..at) else {
        return false;
    };
    let subject = subject.trim();
    let n = subject.split_whitespace().count();
    let we = subject == "We";
    let named = (1..=5).contains(&n)
        && subject.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && {
            let bare = subject.strip_prefix("The ").unwrap_or(subject);
            // A pronoun other than "we" is never the outlet ("She could not confirm ...").
            let pronoun = n == 1 && is(&bare.to_lowercase(), PRONOUNS);
            bare.len() >= 3 && !pronoun && names.iter().any(|x| names_whole(x, bare))
        };
    check && (we || named)
}

/// Verbs a page orders its reader with: what one does with a page, a paper, an app or a shop.
const READER_VERBS: &[&str] = &[
    "read",
    "watch",
    "listen",
    "subscribe",
    "sign",
    "click",
    "tap",
    "visit",
    "download",
    "follow",
    "join",
    "share",
    "send",
    "tell",
    "email",
    "stay",
    "order",
    "shop",
    "buy",
    "get",
    "check",
    "find",
    "see",
    "learn",
    "discover",
    "explore",
    "register",
    "log",
    "install",
    "enjoy",
    "try",
    "comment",
    "submit",
    "support",
    "donate",
    "tune",
    "keep",
    "view",
    "browse",
    "unlock",
    "continue",
    "please",
    "go",
    "look",
    "scroll",
];

/// Words that follow an imperative verb, not a noun: an object, a particle or a preposition of place ("Read the
/// ...", "Sign up", "Stay with ...", "Click here"). Not "for" or "of", which follow nouns ("Support for the bill").
const AFTER_ORDER: &[&str] = &[
    "the", "a", "an", "our", "your", "this", "these", "those", "us", "me", "it", "them", "out", "up", "more", "here",
    "in", "on", "to", "with", "back", "tuned", "informed", "safe", "all", "every", "now",
];

/// An instruction to the reader: an imperative (a reader's verb opening the sentence, followed by an object or a
/// particle, or "Please ..."), unquoted and attributed to no one. An order is neither true nor false, so it is never
/// a claim to check: "Read the latest edition for free.", "Check the district's list for today's closures.",
/// "Please sign in to print this article." A noun that opens a sentence is followed by other words ("Order books
/// fell 3 percent", "Support for the bill grew").
pub fn is_instruction(sentence: &str) -> bool {
    if quoted(sentence) {
        return false;
    }
    let t = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !t.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let lower = t.to_lowercase();
    let ws = tokens(&lower);
    if ws.len() < 2 || ws.iter().any(|w| is(w, ATTRIBUTION)) {
        return false;
    }
    is(ws[0], READER_VERBS) && (ws[0] == "please" || is(ws[1], AFTER_ORDER))
}

/// Whether a paragraph holds quotation marks, and whether it leaves a quotation open (an opening mark without its
/// closing one): the paragraph after it may go on with the quote, unmarked.
fn quote_state(text: &str) -> (bool, bool) {
    let straight = text.matches('"').count();
    let open = text.matches(['“', '«']).count();
    let close = text.matches(['”', '»']).count();
    (straight + open + close > 0, straight % 2 == 1 || open > close)
}

/// Marks the sentences of body paragraphs and list items that speak in the outlet's own voice ([`is_own_voice`]), of its own
/// coverage ([`is_own_coverage`]) or give the reader an order ([`is_instruction`]) as promotions, and those that
/// speak of the article itself ("This article is from the archive ...", "This story was first published ...") as
/// notes. A paragraph with
/// quotation marks, or after one that leaves a quotation open, is someone's speech: left as it is.
pub fn mark(chars: &[char], out: &mut [Sentence]) {
    let Some(last) = out.iter().map(|s| s.block).max() else {
        return;
    };
    // Each block's text, from its first sentence's start to its last one's end.
    let mut span: Vec<Option<(usize, usize)>> = vec![None; last + 1];
    for s in out.iter() {
        let e = span[s.block].get_or_insert((s.start, s.end));
        e.0 = e.0.min(s.start);
        e.1 = e.1.max(s.end);
    }
    let state: Vec<(bool, bool)> = span
        .iter()
        .map(|x| x.map_or((false, false), |(a, b)| quote_state(&chars[a..b].iter().collect::<String>())))
        .collect();
    let names = outlet_names(chars, out);
    for s in out.iter_mut() {
        // Body sentences and list items: a bulleted promo ("• Order prints from our online shop") is a promo too.
        if !matches!(s.role, Role::Body | Role::ListItem) {
            continue;
        }
        let b = s.block;
        let open_before = (0..b).rev().find(|&k| span[k].is_some()).is_some_and(|k| state[k].1);
        if state[b].0 || open_before {
            continue;
        }
        let t = super::text_of(chars, s);
        let lower = t.to_lowercase();
        // The document speaking of itself: "This article is from our archive ...", "This story was first published
        // in 2019." (not "This report", which is often a study the story is about).
        let of_itself = ["this article ", "this story ", "this page ", "this post ", "this piece "]
            .iter()
            .any(|p| lower.trim_start().starts_with(p))
            && !tokens(&lower).iter().any(|w| is(w, ATTRIBUTION));
        if of_itself || is_unverified_by_outlet(&t, &names) {
            s.role = Role::Note;
        } else if is_own_voice(&t) || is_own_coverage(&t) || is_instruction(&t) || is_instruction(after_stamp(&t)) {
            s.role = Role::Promo;
        }
    }
    mark_notice_paragraphs(chars, out, &state);
}

/// Thirteenth session: a live blog's entry opens with its time ("10:31pm – Check the district's list ..."): the
/// sentence after the stamp and its dash.
fn after_stamp(t: &str) -> &str {
    let t = t.trim_start();
    let Some((stamp, rest)) = t.split_once(['–', '—', '-']) else {
        return t;
    };
    let s = stamp.trim().to_lowercase();
    let s = s.trim_end_matches("am").trim_end_matches("pm").trim_end_matches("a.m.").trim_end_matches("p.m.").trim();
    let clock = s.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.chars().all(|c| c.is_ascii_digit())
            && m.chars().all(|c| c.is_ascii_digit())
    });
    if clock { rest.trim_start() } else { t }
}

/// Whether a sentence opens with a reader's verb ("Order ...", "Also see ..."), whatever follows it.
fn opens_with_order(sentence: &str) -> bool {
    let lower = sentence.trim_start_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let ws = tokens(&lower);
    let ws = if ws.first() == Some(&"also") { &ws[1..] } else { &ws[..] };
    ws.len() >= 2 && is(ws[0], READER_VERBS) && !ws.iter().any(|w| is(w, ATTRIBUTION))
}

/// Thirteenth session: notices that take their whole paragraph. Unquoted paragraphs only:
/// - a paragraph of orders to the reader, two sentences or more, each opening with a reader's verb ("Order gifts
///   online. Also see our shop's services."): one such sentence alone may open with a noun ("Order books fell");
/// - a paragraph that opens with a notice (a promo or a note) and goes on about the story itself ("... the story
///   in its archived form ..."): the notice's words;
/// - two paragraphs in a row, each ending with a promo and at most three sentences long, with a head between them:
///   the outlet's appeal box ("Quality news matters more than ever. Subscribe to help us." / "Your support"
///   / "We have kept our coverage free. Please consider subscribing."). A paragraph of the story with one promo
///   after it is not two.
fn mark_notice_paragraphs(chars: &[char], out: &mut [Sentence], state: &[(bool, bool)]) {
    let Some(last) = out.iter().map(|s| s.block).max() else {
        return;
    };
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); last + 1];
    for (i, s) in out.iter().enumerate() {
        members[s.block].push(i);
    }
    let text = |s: &Sentence| super::text_of(chars, s);
    let free = |b: usize| !members[b].is_empty() && !state[b].0;
    for (b, m) in members.iter().enumerate() {
        if !free(b) || m.len() < 2 || !m.iter().all(|&i| matches!(out[i].role, Role::Body | Role::Promo)) {
            continue;
        }
        if m.iter().all(|&i| opens_with_order(&text(&out[i]))) {
            for &i in m {
                out[i].role = Role::Promo;
            }
        }
    }
    for (b, m) in members.iter().enumerate() {
        if !free(b) || m.len() < 2 || !matches!(out[m[0]].role, Role::Promo | Role::Note) {
            continue;
        }
        let role = out[m[0]].role;
        for &i in &m[1..] {
            let lower = text(&out[i]).to_lowercase();
            let about_story =
                ["the story", "this story", "the article", "this article"].iter().any(|p| lower.contains(p))
                    && !tokens(&lower).iter().any(|w| is(w, ATTRIBUTION));
            if out[i].role == Role::Body && about_story {
                out[i].role = role;
            }
        }
    }
    let appeal = |b: usize, out: &[Sentence]| {
        let m = &members[b];
        free(b)
            && (1..=3).contains(&m.len())
            && m.last().is_some_and(|&i| out[i].role == Role::Promo)
            && m.iter().all(|&i| matches!(out[i].role, Role::Body | Role::Promo))
    };
    // The box shows itself by a head of its own between the two ("Your support counts"); two paragraphs of the story
    // that each end with a pointer ("Read the full report here.") are not one.
    let mut prev: Option<usize> = None;
    let mut headed = false;
    let mut runs: Vec<usize> = Vec::new();
    for (b, m) in members.iter().enumerate() {
        if m.is_empty() {
            continue;
        }
        if m.iter().all(|&i| out[i].role == Role::Heading) {
            headed = true;
            continue;
        }
        if let Some(p) = prev.filter(|&p| appeal(p, out) && appeal(b, out))
            && headed
        {
            runs.extend([p, b]);
        }
        prev = Some(b);
        headed = false;
    }
    for b in runs {
        for &i in &members[b] {
            if out[i].role == Role::Body {
                out[i].role = Role::Promo;
            }
        }
    }
}

/// A photo credit written as a sentence of its own after a caption, in the caption's paragraph: "Picture: Andy
/// Gibson.", "Photos: Jane Roe, John Doe.", "Photo: Jane Roe/AFP". A picture's label, a colon, and a few words of
/// names (capitalised, with "and", "of", "via" between), the full stop allowed.
pub fn is_labelled_credit(sentence: &str) -> bool {
    let t = sentence.trim().trim_end_matches('.');
    let Some((label, names)) = t.split_once(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    let labels = [
        "photo",
        "photos",
        "picture",
        "pictures",
        "pic",
        "pics",
        "image",
        "images",
        "photograph",
        "photo credit",
        "image credit",
        "credit",
        "foto",
        "fotos",
    ];
    let ws: Vec<&str> = names.split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '|')).collect();
    let ws: Vec<&str> = ws.into_iter().filter(|w| !w.is_empty()).collect();
    labels.contains(&label.as_str())
        && (1..=8).contains(&ws.len())
        && ws.iter().all(|w| {
            matches!(*w, "and" | "of" | "via" | "for" | "the" | "de" | "van" | "von" | "&")
                || (w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
        })
}

/// A body paragraph whose last sentence is a photo credit ([`is_labelled_credit`]) is a picture's caption: the
/// credit is a credit, the one to three sentences before it the caption.
pub fn mark_credited_captions(chars: &[char], out: &mut [Sentence]) {
    let mut i = 0;
    while i < out.len() {
        let b = out[i].block;
        let mut j = i;
        while j < out.len() && out[j].block == b {
            j += 1;
        }
        // Sentences i..j are one paragraph; the last one a credit, one to three body sentences before it.
        let last = j - 1;
        let before = i..last;
        if j - i >= 2
            && j - i <= 4
            && out[last].role == Role::Body
            && is_labelled_credit(&super::text_of(chars, &out[last]))
            && before.clone().all(|k| out[k].role == Role::Body)
        {
            out[last].role = Role::Credit;
            for k in before {
                out[k].role = Role::Caption;
            }
        }
        i = j;
    }
}

/// A byline's shape glued to the start of a sentence: "By Jane Roe Posted - 3 hours ago The council ...", "Jane
/// Roe | Updated: March 3, 2031 The council ...", "Posted - Mar 3, 2031 10:05 AM The council ...". A stamp word
/// ("Posted", "Updated", "Published") within the first six words, only a name before it ("By", capitalised words,
/// a bar), a date or time after it ([`super::furniture::is_timestamp`] reads the longest such run), then a sentence
/// of four words or more starting with a capital. Returns the byte offset where the sentence starts: the sentence's
/// length when the byline and its stamp are all there is.
pub fn glued_byline(sentence: &str) -> Option<usize> {
    let ws: Vec<(usize, &str)> =
        sentence.split_whitespace().map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w)).collect();
    let stamp = |w: &str| {
        let w = w.trim_matches(|c: char| matches!(c, ':' | '-' | '–' | '|')).to_lowercase();
        matches!(w.as_str(), "posted" | "updated" | "published")
    };
    let k = ws.iter().take(6).position(|(_, w)| stamp(w))?;
    let name_like = |w: &str| {
        matches!(w, "By" | "by" | "BY" | "|" | "-" | "–" | "and" | "&")
            || (w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’' | ',' | '|')))
    };
    if !ws[..k].iter().all(|(_, w)| name_like(w)) {
        return None;
    }
    let until = (k + 2..=ws.len().min(k + 14)).rev().find(|&m| {
        let from = ws[k].0;
        let (at, last) = ws[m - 1];
        super::furniture::is_timestamp(&sentence[from..at + last.len()])
    })?;
    let rest = &ws[until..];
    // The whole sentence is the byline and its stamp ("... the council said. By Jane Roe | Posted - 3 hours ago").
    if rest.is_empty() {
        return Some(sentence.len());
    }
    let opens =
        rest.first().and_then(|(_, w)| w.chars().next()).is_some_and(|c| c.is_uppercase() || c == '"' || c == '“');
    (rest.len() >= 4 && opens).then(|| rest[0].0)
}

/// Cuts a byline glued to a body sentence's start ("By Jane Roe Posted - 3 hours ago The council ...", read by
/// [`glued_byline`]) off as a byline of its own; a body sentence that is a byline and its stamp and nothing else
/// becomes a byline (a timestamp when it opens with the stamp word).
pub fn cut_glued_bylines(chars: &[char], out: &mut Vec<Sentence>) {
    let mut k = 0;
    while k < out.len() {
        let s = out[k];
        if s.role == Role::Body {
            let t = super::text_of(chars, &s);
            match glued_byline(&t) {
                Some(at) if at >= t.len() => {
                    let l = t.trim_start().to_lowercase();
                    let stamp_only = ["posted", "updated", "published"].iter().any(|w| l.starts_with(w));
                    out[k].role = if stamp_only { Role::Timestamp } else { Role::Byline };
                }
                Some(at) => {
                    let cut = s.start + t[..at].chars().count();
                    let (bs, be) = super::trim(chars, s.start, cut);
                    out[k] = Sentence { start: bs, end: be, role: Role::Byline, block: s.block };
                    out.insert(k + 1, Sentence { start: cut, end: s.end, role: Role::Body, block: s.block });
                    k += 1;
                }
                None => {}
            }
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Thirteenth session (invented text): a live blog's stamp before an order, and sentences opening with a reader's
    /// verb whatever follows it (trusted only for a paragraph made of them).
    #[test]
    fn a_stamp_before_an_order_and_orders_whatever_follows() {
        assert_eq!(after_stamp("10:31pm – Check the district's list."), "Check the district's list.");
        assert_eq!(after_stamp("7:29 p.m. - The county reported a death."), "The county reported a death.");
        assert_eq!(after_stamp("Mid-March – the county reported a death."), "Mid-March – the county reported a death.");
        assert!(is_instruction(after_stamp("10:31pm – Check the district's list for closures.")));
        assert!(!is_instruction(after_stamp("7:29pm – The county reported its first death.")));
        assert!(opens_with_order("Order flowers to the coast."));
        assert!(opens_with_order("Also see our shop's gift services."));
        assert!(!opens_with_order("Prices rose 4 percent in May."));
    }

    /// Fifteenth session (invented pages): the outlet saying it could not verify what it reports is a note; a named
    /// agency that could not confirm a claim, or an outlet the page does not name as its own, is the story.
    #[test]
    fn the_outlet_that_could_not_verify_is_a_note() {
        let roles = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            super::super::split(text).iter().map(|s| (super::super::text_of(&chars, s), s.role)).collect::<Vec<_>>()
        };
        let role_of = |text: &str, sentence: &str| roles(text).into_iter().find(|(t, _)| t == sentence).map(|(_, r)| r);
        let page = "Fire Destroys Market Stalls\n\nBy Kim Lee, The Valley Wire\n\nA fire destroyed 40 stalls at the \
                    central market on Sunday night, traders said.\n\nOne trader told The Valley Wire she lost goods \
                    worth $5,000.\n\nThe Valley Wire could not independently verify the figures.\n\nThe Fire \
                    Service could not confirm the cause of the blaze on Monday.\n\nWe have not been able to confirm \
                    the number of traders affected.";
        let verify = "The Valley Wire could not independently verify the figures.";
        assert_eq!(role_of(page, verify), Some(Role::Note));
        assert_eq!(role_of(page, "We have not been able to confirm the number of traders affected."), Some(Role::Note));
        assert_eq!(
            role_of(page, "The Fire Service could not confirm the cause of the blaze on Monday."),
            Some(Role::Body)
        );
        // The same sentence when nothing on the page names the outlet.
        let other = "Fire Destroys Market Stalls\n\nA fire destroyed 40 stalls at the central market on Sunday \
                     night, traders said.\n\nThe Valley Wire could not independently verify the figures.";
        assert_eq!(role_of(other, verify), Some(Role::Body));
        let names = vec!["By Kim Lee, The Valley Wire".to_string()];
        assert!(!is_unverified_by_outlet("The Valley Wire said it could not verify the figures.", &names));
        assert!(!is_unverified_by_outlet("The Valley Wire could not reach the mayor for comment.", &names));
        assert!(!is_unverified_by_outlet("Wire", &names));
        assert!(!is_unverified_by_outlet("could not verify", &names));
        assert!(!is_unverified_by_outlet("She could not confirm whether the men had been targeted.", &names));
        assert!(!is_unverified_by_outlet("Wire could not confirm the figures.", &["By Kim Lee, The Wirebox".into()]));
        // Review 15: a caption names the picture's subjects, and a witness "told" the police: neither is the outlet.
        for (caption, sentence) in [
            (
                "Police officers at the central market in Riverton. Photo: Kim Lee",
                "Police could not confirm whether the gunman was known to the victim.",
            ),
            (
                "Sheriff's deputies search the riverbank near Ashby. Photo: Kim Lee",
                "She could not confirm whether the two men had been targeted.",
            ),
            (
                "Fire Service crews at the central market in Riverton. Photo: Kim Lee",
                "The Fire Service could not confirm the cause of the blaze on Monday.",
            ),
        ] {
            let page = format!(
                "Gunman Still at Large After Market Shooting\n\n{caption}\n\nA man was shot dead at the central \
                 market in Riverton on Sunday evening, and a second man was taken to hospital.\n\n{sentence}"
            );
            assert_eq!(role_of(&page, sentence), Some(Role::Body), "{page}");
        }
        let told = "Flood Warning in Riverton\n\nBy Kim Lee\n\nRescue teams searched the flooded streets of \
                    Riverton on Tuesday after the river burst its banks overnight.\n\nA witness told Police \
                    Scotland that two children had been swept away near the old bridge.\n\nPolice Scotland could not \
                    confirm the report.";
        assert_eq!(role_of(told, "Police Scotland could not confirm the report."), Some(Role::Body));
    }

    #[test]
    fn the_outlet_speaking_to_its_reader_is_its_own_voice() {
        for t in [
            "Read today's e-paper and get the full story delivered to your inbox every morning.",
            "Stay with our station for updates on this developing story.",
            "We welcome your comments, but please keep them civil.",
            "Order gifts for the whole family from our online shop.",
            "This article is from our archive and may contain outdated information.",
            "Get the day's top headlines delivered to you every evening.",
            "We've got news for you.",
            "We publish news from the most trusted websites in the world.",
        ] {
            assert!(is_own_voice(t), "{t}");
        }
    }

    /// Sentences that look alike but are the story: quoted, attributed, in the first person singular, or naming a
    /// newspaper as the source of a fact.
    #[test]
    fn the_outlet_reporting_on_its_own_coverage() {
        assert!(is_own_coverage("The Gazette was at City Hall providing live blow-by-blow coverage."));
        assert!(is_own_coverage("The Courier liveblogged Tuesday's developments as they unfolded."));
        // Insurance coverage, and a quote about live television, are the story.
        assert!(!is_own_coverage("The strike was over a dispute about their health care coverage."));
        assert!(!is_own_coverage("The station's live coverage drew 2 million viewers, the network said."));
    }

    #[test]
    fn quoted_attributed_or_sourced_sentences_are_not() {
        for t in [
            "\"If you look at our numbers, unemployment fell by 2 percent,\" the minister said.",
            "If you catch the flu after the shot, it is less severe, the health officer says.",
            "The sheriff's office confirmed to us that the suspect was released on $5,000 bail.",
            "The Daily Courier reported that the council spent $2 million on the new stadium.",
            "I can tell you that our ambassador met the president-elect on Monday.",
            "Inflation rose to 5.3 percent in September, the statistics office reported.",
            "We are excited about getting started on site next month.",
            "Our community raised $40,000 for the shelter last year.",
            "Good news for you if you rent: rents fell 2 percent in March.",
            "You",
        ] {
            assert!(!is_own_voice(t), "{t}");
        }
    }

    fn roles(article: &str) -> Vec<(String, Role)> {
        let chars: Vec<char> = article.chars().collect();
        super::super::split(article).iter().map(|s| (super::super::text_of(&chars, s), s.role)).collect()
    }

    fn role_of(article: &str, start: &str) -> Role {
        roles(article).into_iter().find(|(t, _)| t.starts_with(start)).map(|(_, r)| r).unwrap_or(Role::OtherLanguage)
    }

    #[test]
    fn a_promo_in_the_body_is_a_promo_and_a_quote_that_goes_on_is_not() {
        let page = "Council passes the budget\n\n\
            The council approved a $12 million budget on Tuesday, raising road spending by 15 percent.\n\n\
            Stay with our station for updates on this story as it develops.\n\n\
            This article is from our archive and may contain outdated information.\n\n\
            \"The budget is balanced,\" the mayor said. \"It cuts the deficit by $2 million.\n\n\
            If you look at our accounts, the deficit falls by $2 million next year.\n\n\
            The vote was 7 to 2.";
        assert_eq!(role_of(page, "Stay with our station"), Role::Promo);
        assert_eq!(role_of(page, "This article is from"), Role::Note);
        assert_eq!(role_of(page, "If you look at our accounts"), Role::Body);
        assert_eq!(role_of(page, "The council approved"), Role::Body);
        let bullets = "Council passes the budget\n\n\
            The council approved a $12 million budget on Tuesday.\n\n\
            - Road spending rises by 15 percent to $4 million.\n\
            - Order prints of this week's council photos from our online shop.";
        assert_eq!(role_of(bullets, "Order prints"), Role::Promo);
        assert_eq!(role_of(bullets, "Road spending rises"), Role::ListItem);
    }

    #[test]
    fn a_paragraph_closed_by_a_photo_credit_is_a_caption() {
        for credit in ["Picture: Andy Roe.", "Photos: Jane Roe, John Doe.", "Photo: Jane Roe/AFP"] {
            assert!(is_labelled_credit(credit), "{credit}");
        }
        for not in ["Picture: the council says it will cut 200 jobs.", "Photo: 12", "Mayor: We will cut taxes."] {
            assert!(!is_labelled_credit(not), "{not}");
        }
        let page = "Hospital overcrowding at a record\n\n\
            The hospital is one of the worst for overcrowding, with 12,487 patients without a bed. Picture: Andy Roe.\n\n\
            More than 121,500 patients went without a bed this year, the union said.";
        assert_eq!(role_of(page, "The hospital is one"), Role::Caption);
        assert_eq!(role_of(page, "Picture: Andy Roe"), Role::Credit);
        assert_eq!(role_of(page, "More than 121,500"), Role::Body);
    }
    #[test]
    fn a_byline_glued_to_a_sentence_is_cut_off_it() {
        let t = "By Jane Roe Posted - 3 hours ago The mayor said the budget would cut the deficit by $2 million.";
        assert_eq!(
            glued_byline(t).map(|at| &t[at..]),
            Some("The mayor said the budget would cut the deficit by $2 million.")
        );
        let t = "Jane Roe | Updated: March 3, 2031 10:05 AM Crews cleared the road on Monday.";
        assert_eq!(glued_byline(t).map(|at| &t[at..]), Some("Crews cleared the road on Monday."));
        for not in [
            "The council posted a $2 million surplus on March 3, 2031 after the vote.",
            "Police updated the figures on Monday, saying 12 people were hurt.",
        ] {
            assert_eq!(glued_byline(not), None, "{not}");
        }
        let t = "By Jane Roe | Posted - March 3, 2031";
        assert_eq!(glued_byline(t), Some(t.len()));
        let page = "Council passes the budget\n\n\
            The council approved a $12 million budget on Tuesday, raising road spending by 15 percent.\n\n\
            By Jane Roe Posted - 3 hours ago The vote was 7 to 2, with two members against the cuts.";
        assert_eq!(role_of(page, "By Jane Roe"), Role::Byline);
        assert_eq!(role_of(page, "The vote was 7 to 2"), Role::Body);
    }
    #[test]
    fn an_order_to_the_reader_is_an_instruction_and_a_noun_that_opens_a_claim_is_not() {
        for t in [
            "Read the latest edition for free.",
            "Check the district's list for today's school closures.",
            "Please sign in to print this article.",
            "Sign up for the morning briefing.",
            "• Stay with us for updates.",
        ] {
            assert!(is_instruction(t), "{t}");
        }
        for t in [
            "Order books fell 3 percent in March.",
            "Support for the bill grew to 61 percent.",
            "Like the year before, prices rose by 5 percent.",
            "\"Read the report and you will see the deficit doubled,\" the senator said.",
            "Check fraud rose by a third last year, the bank said.",
        ] {
            assert!(!is_instruction(t), "{t}");
        }
    }

    #[test]
    fn the_article_speaking_of_itself_is_a_note_but_a_report_it_cites_is_not() {
        let page = "Council passes the budget\n\n\
            The council approved a $12 million budget on Tuesday, raising road spending by 15 percent.\n\n\
            This story was first published in 2019 and may be out of date.\n\n\
            This report found that road deaths rose by 12 percent in 2030.";
        assert_eq!(role_of(page, "This story was first"), Role::Note);
        assert_eq!(role_of(page, "This report found"), Role::Body);
    }
}
