//! The tail of the page and the boxes inside it, read by structure: author bios after the body, runs of other
//! stories' headlines, heads of links, sponsored boxes and the terms of use.

use super::*;

/// Tenth session: the tail of the page, read by structure. After the body's last paragraphs, an author's bio
/// ("Jane Roe is a staff writer ... covering health.") is a byline; and anywhere after the body starts, two or more
/// other stories' headlines in a row (title case, "Section: headline" or cut short with "..."), or such headlines
/// after a head naming them ("Related", "Read also", "You may also like"), are links. A single sub-head in title
/// case between paragraphs stays a heading.
pub(super) fn tail_of_page(blocks: &[String], out: &mut [Option<Role>]) {
    use super::super::notices::{is_bio_paragraph, is_link_line};
    let body_like = |i: usize, out: &[Option<Role>]| {
        out[i].is_none() && ends_sentence(&blocks[i]) && words(&blocks[i]) > 6 && !is_link_line(&blocks[i])
    };
    let Some(first) = (0..blocks.len()).find(|&i| body_like(i, out)) else {
        return;
    };
    // Fix of review 15: the headline (the first line of three words or more above the text, under any section
    // label); a bio's name that the headline gives is the story's subject ("Ana Ruiz Arrested After Rally"), not its
    // writer.
    let headline = (0..first).find(|&k| words(&blocks[k]) >= 3);
    for i in first + 1..blocks.len() {
        if out[i].is_some() {
            continue;
        }
        let name = opening_name(&blocks[i]);
        let subject = headline.zip(name.as_deref()).is_some_and(|(h, n)| blocks[h].contains(n))
            || named_in_the_lede(blocks, out, first, i);
        let after = (i + 1..blocks.len()).filter(|&k| body_like(k, out)).count();
        let under_byline = || name.as_deref().is_some_and(|n| bylined(blocks, out, headline, i, n));
        if !subject && (after <= 2 || under_byline()) && is_bio_paragraph(&blocks[i]) {
            out[i] = Some(Role::Byline);
        }
    }
    let mut i = first + 1;
    while i < blocks.len() {
        let headed = out[i - 1] == Some(Role::Navigation) && is_links_head(&blocks[i - 1]);
        let mut j = i;
        while j < blocks.len()
            && out[j].is_none()
            && is_link_line(&blocks[j])
            && !super::super::is_data_line(&blocks[j])
        {
            j += 1;
        }
        if j - i >= 2 || (headed && j > i) {
            for r in &mut out[i..j] {
                *r = Some(Role::Navigation);
            }
        }
        i = j.max(i + 1);
    }
}

/// The name that opens a paragraph (two to four capitalised words of letters), without its list marker.
pub(super) fn opening_name(block: &str) -> Option<String> {
    let t = block.trim();
    let chars: Vec<char> = t.chars().collect();
    let t: String = chars[list_marker_len(&chars)..].iter().collect();
    let name: Vec<&str> =
        t.split_whitespace().take_while(|w| w.chars().next().is_some_and(char::is_uppercase)).take(5).collect();
    if !(2..=4).contains(&name.len())
        || name.iter().any(|w| !w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)))
    {
        return None;
    }
    Some(name.join(" "))
}

/// Review 17: whether a word of the name that opens paragraph `i` (its capitalised words before the first word in
/// lower case: "Hart was ...", "Kim Lee is ...") stands in the story's first two paragraphs of text, from `first`:
/// then the paragraph goes on about the story's subject ("Don Hart ... died on Sunday" above "Hart was a reporter,
/// an editor and a host at KRVT for 40 years."), not about its writer, whom the byline names above the text.
fn named_in_the_lede(blocks: &[String], out: &[Option<Role>], first: usize, i: usize) -> bool {
    let opening: Vec<&str> = blocks[i]
        .split_whitespace()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .take(4)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() > 2)
        .collect();
    let lede = (first..i).filter(|&k| out[k].is_none() && ends_sentence(&blocks[k])).take(2);
    lede.into_iter().any(|k| blocks[k].split(|c: char| !c.is_alphabetic() && c != '-').any(|w| opening.contains(&w)))
}

/// Fifteenth session: whether `name`, which opens paragraph `i` (`opening_name`), stands in a byline
/// above it ("By Jane Roe", "Jane Roe 9 Oct 2031The Valley Wire"). An author's bio may stand under the byline,
/// before the text. Fix of review 15: the line must have a byline's role or shape (a byline found already, "By
/// ...", or the name with only capitalised words, figures and punctuation after it), and not be the headline; a
/// caption ("Kim Lee at an awards ceremony in 2029") or a headline that names a reporter is not a byline.
pub(super) fn bylined(blocks: &[String], out: &[Option<Role>], headline: Option<usize>, i: usize, name: &str) -> bool {
    (0..i).any(|k| {
        let b = blocks[k].trim();
        if Some(k) == headline || words(b) > 10 || ends_sentence(b) || !b.contains(name) {
            return false;
        }
        let by = b.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("by"));
        let shaped = b.strip_prefix(name).is_some_and(|rest| {
            rest.split_whitespace().all(|w| {
                w.chars().next().is_some_and(|c| !c.is_alphabetic() || c.is_uppercase())
                    || matches!(w, "and" | "by" | "|")
            })
        });
        out[k] == Some(Role::Byline) || by || shaped
    })
}

/// Eleventh session: a head of links in the site's own language ("Related", "More To Read", "Story continues
/// below:", "Relacionados", "Lea también", "Mehr zum Thema") and the run of headlines under it, bulleted or not, in
/// sentence case or title case, with a date line between them or not: the head and the run are navigation. The run
/// ends at the first line that is not a headline (a paragraph with a full stop, a label ending with a colon).
/// Anywhere on the page: sites put such boxes above, inside and after the text.
pub(super) fn headed_links(blocks: &[String], out: &mut [Option<Role>]) {
    let mut i = 0;
    while i + 1 < blocks.len() {
        let head_free = matches!(out[i], None | Some(Role::Navigation | Role::Promo));
        if !(head_free && is_links_head(&blocks[i])) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut last = None;
        while j < blocks.len() {
            // Fifteenth session: a bulleted link the sub-head rule above took for a heading is still a link.
            let free = out[j].is_none() || (out[j] == Some(Role::Heading) && bulleted(&blocks[j]));
            if free && is_headed_link(&blocks[j]) && !super::super::is_data_line(&blocks[j]) {
                last = Some(j);
            } else if !(last.is_some() && matches!(out[j], Some(Role::Timestamp | Role::Navigation))) {
                break;
            }
            j += 1;
        }
        if let Some(last) = last {
            // A link's date is part of the link.
            for r in &mut out[i..=last] {
                if matches!(r, None | Some(Role::Promo | Role::Timestamp | Role::Heading)) {
                    *r = Some(Role::Navigation);
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Whether a paragraph opens with a list marker ("• ", "- ").
pub(super) fn bulleted(block: &str) -> bool {
    list_marker_len(&block.trim().chars().collect::<Vec<_>>()) > 0
}

/// Heads of a list of links, in English and in the languages news sites publish in: "Related", "More from ...",
/// "Relacionados", "Lea también", "Leia também", "Lire aussi", "Mehr zum Thema", "Leggi anche", "Baca juga".
/// Compared in lower case, without the punctuation, bullets or emoji around them.
#[rustfmt::skip]
pub(super) const LINKS_HEADS: &[&str] = &[
    // English
    "related", "related stories", "related articles", "related content", "related news", "related coverage",
    "related reading", "related links", "related topics", "further reading", "read also", "also read", "read more",
    "more", "more news", "more stories", "more to read", "more like this", "more headlines", "you may also like",
    "you might also like", "you may be interested in", "you might be interested in", "recommended",
    "recommended for you", "recommended stories", "recommended reading", "trending", "trending now", "don't miss",
    "do not miss", "must read", "editor's picks", "popular", "popular now", "popular stories", "most viewed",
    "most shared", "most read", "most popular", "latest", "latest news", "latest stories", "up next", "read next",
    "what to read next", "keep reading", "see also", "in other news", "top stories", "more on this story",
    "in case you missed it", "story continues below",
    // Spanish
    "relacionados", "relacionadas", "noticias relacionadas", "notas relacionadas", "artículos relacionados",
    "contenido relacionado", "lea también", "lee también", "leer también", "lea además", "te puede interesar",
    "le puede interesar", "también te puede interesar", "puede interesarte", "te recomendamos", "ver más",
    "más noticias", "lo más leído", "lo último", "más leídas", "más leídos", "también lee", "mira también",
    // Portuguese
    "leia também", "leia mais", "veja também", "veja mais", "saiba mais", "notícias relacionadas",
    "matérias relacionadas", "mais lidas", "mais lidos", "relacionadas", "você pode gostar",
    // French
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "les plus lus", "à lire",
    "articles liés", "dans la même rubrique", "lire la suite", "à voir aussi",
    // German
    "mehr zum thema", "auch interessant", "das könnte sie auch interessieren", "meistgelesen", "weitere artikel",
    "lesen sie auch", "mehr dazu",
    // Italian
    "leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti", "notizie correlate",
    // Dutch, Romanian, Indonesian and Malay, Swahili, Tagalog, Turkish
    "lees ook", "meer nieuws", "lees meer", "citește și", "citeste si", "citește mai mult", "baca juga",
    "berita terkait", "artikel terkait", "baca juga artikel", "terpopuler", "berita lainnya", "soma pia",
    "habari zaidi", "basahin din", "basahin", "ilginizi çekebilir", "i̇lgili haberler", "ilgili haberler",
];

/// The head of a list of links: "Related", "Read also", "More stories", "You may also like", "More from the
/// Gazette", and the same in the languages of [`LINKS_HEADS`]. A short line, no full stop.
pub(super) fn is_links_head(block: &str) -> bool {
    let l = lower_trim(block);
    let l = l.trim_matches(|c: char| !c.is_alphanumeric());
    let l = l.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    let more_from = ["more from ", "more on ", "more in ", "more about ", "more stories from ", "more news from "]
        .iter()
        .any(|p| l.starts_with(p));
    words(l) <= 7 && !ends_sentence(block.trim()) && (LINKS_HEADS.contains(&l) || more_from)
}

/// Eleventh session: a line that reads as another story's headline in a list of links under a head: a list
/// marker or none, three to twenty-five words, no end punctuation (a question mark is allowed), starting with a
/// capital, a digit or a quote. Looser than [`super::super::notices::is_link_line`] (sentence case is allowed, in any
/// language), so only trusted under a head of links.
pub(super) fn is_headed_link(block: &str) -> bool {
    let chars: Vec<char> = block.trim().chars().collect();
    let t: String = chars[list_marker_len(&chars)..].iter().collect();
    let t = t.trim();
    let n = words(t);
    let end_ok = !ends_sentence(t) || t.ends_with('?');
    (3..=25).contains(&n)
        && end_ok
        && !t.ends_with([':', ',', ';'])
        && t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "'‘\"“¿¡".contains(c))
}

/// Ninth session: a list of the outlet's other stories after the article ("MOST READ", "THE LATEST", "MORE STORIES
/// FROM THE STAR", "MORE National ARTICLES"): from such a head on, headlines and their teasers are links, not text.
/// Only near the end of the page and only when what follows the head is a few short paragraphs (each a teaser
/// under a headline), so a "Related" line between two paragraphs of the body leaves the body alone.
pub(super) fn other_stories(blocks: &[String], out: &mut [Option<Role>]) {
    let body_like =
        |i: usize, out: &[Option<Role>]| out[i].is_none() && ends_sentence(&blocks[i]) && words(&blocks[i]) > 6;
    let Some(first) = (0..blocks.len()).find(|&i| body_like(i, out)) else {
        return;
    };
    let Some(h) = (first + 1..blocks.len()).find(|&i| is_other_stories_head(&blocks[i])) else {
        return;
    };
    let after: Vec<usize> = (h + 1..blocks.len()).filter(|&k| out[k].is_none()).collect();
    let texts: Vec<usize> = after.iter().copied().filter(|&k| ends_sentence(&blocks[k])).collect();
    let short = texts.iter().all(|&k| words(&blocks[k]) <= 60);
    // Each teaser stands under a headline (a line with no end punctuation), not after another paragraph of text; a
    // headline may itself end with a question mark ("Who benefits from the push?").
    let under_headlines = texts.iter().filter(|&&k| words(&blocks[k]) > 12).all(|&k| {
        (h + 1..k)
            .rev()
            .find(|&m| matches!(out[m], None | Some(Role::Navigation)))
            .is_some_and(|m| !ends_sentence(&blocks[m]) || !body_like(m, out))
    });
    if texts.len() <= 3 && short && under_headlines && blocks.len() - h <= 16 {
        for r in &mut out[h..] {
            if r.is_none() {
                *r = Some(Role::Navigation);
            }
        }
    }
}

/// The head of a list of other stories: a short line without end punctuation naming them.
pub(super) fn is_other_stories_head(block: &str) -> bool {
    let l = lower_trim(block);
    let l = l.trim_end_matches("view all").trim_end_matches("see all").trim();
    words(block) <= 8
        && !ends_sentence(block)
        && (["most read", "most popular", "the latest", "latest news", "latest stories", "top stories", "related"]
            .iter()
            .any(|p| l == *p || l.starts_with(&format!("{p} ")))
            || (l.starts_with("more ") && ["stories", "articles", "news"].iter().any(|w| l.contains(w))))
}

/// Thirteenth session: a sponsored box inside the page ("(Sponsored)" / a headline / its teaser cut short / another
/// headline / its teaser ...): from the label on, headlines (a line with no end punctuation, or a short title with a
/// colon) and teasers cut off mid-sentence are the box's, up to the first whole paragraph, where the text resumes.
/// Only after such a label: a sub-head or a line broken in the body stays text.
pub(super) fn sponsored_box(blocks: &[String], out: &mut [Option<Role>]) {
    const LABELS: &[&str] = &[
        "sponsored",
        "sponsored content",
        "sponsored post",
        "sponsored story",
        "paid content",
        "paid post",
        "partner content",
        "promoted",
        "promoted content",
        "advertorial",
        "brand content",
    ];
    let mut i = 0;
    while i < blocks.len() {
        let l = lower_trim(&blocks[i]);
        let l = l.trim_matches(|c: char| !c.is_alphanumeric());
        if !LABELS.contains(&l) {
            i += 1;
            continue;
        }
        if out[i].is_none() {
            out[i] = Some(Role::Promo);
        }
        let mut j = i + 1;
        while j < blocks.len() {
            let b = blocks[j].trim();
            let n = words(b);
            let title = !ends_sentence(b) && (1..=20).contains(&n);
            let colon_title = ends_sentence(b) && n <= 15 && b.split_once(": ").is_some_and(|(h, _)| words(h) <= 4);
            let clipped = !ends_sentence(b) && n > 8;
            if out[j].is_some() && !matches!(out[j], Some(Role::Heading | Role::Caption | Role::Summary)) {
                j += 1;
                continue;
            }
            if !(title || colon_title || clipped) {
                break;
            }
            out[j] = Some(Role::Promo);
            j += 1;
        }
        i = j.max(i + 1);
    }
}

/// Thirteenth session: the site's terms of use right above its copyright line ("While citing materials, a link to
/// gazette.example is mandatory. ..." / "© 2031 Gazette. All rights reserved."): a paragraph just before the
/// copyright line that names the holder's own web address is about the site, not the world. A last paragraph that
/// names the outlet as a source ("Gazette reported earlier that ...") gives no address and stays text.
pub(super) fn terms_of_use(blocks: &[String], out: &mut [Option<Role>]) {
    for i in 1..blocks.len() {
        let lower = blocks[i].to_lowercase();
        if out[i] != Some(Role::Credit) || !(lower.contains('©') || lower.contains("all rights reserved")) {
            continue;
        }
        let holders: Vec<String> = blocks[i]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3 && w.chars().next().is_some_and(char::is_uppercase))
            .filter(|w| !matches!(w.to_lowercase().as_str(), "all" | "rights" | "reserved" | "copyright"))
            .map(str::to_lowercase)
            .collect();
        let k = i - 1;
        let text = blocks[k].to_lowercase();
        let names_site = holders.iter().any(|h| {
            text.match_indices(&format!("{h}.")).any(|(at, m)| {
                text[at + m.len()..].chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && (at == 0 || !text[..at].ends_with(|c: char| c.is_alphanumeric()))
            })
        });
        if out[k].is_none() && names_site && (0..k).any(|m| out[m].is_none()) {
            out[k] = Some(Role::Note);
        }
    }
}
