//! The head of an attribution's subject noun phrase when appositions are strung after it with commas: "Another
//! employee Ben Jones, 32, of Joeys Lane, Bilbrook, said" is Ben Jones, "The Chairman, Academic Staff Union of
//! Universities (ASUU), University of Ibadan (UI) Chapter, Dr. Deji Omole, has said" is Dr. Deji Omole.
//!
//! Hand-written over `features::tokenize` because no English noun-phrase chunker fits the binary: on crates.io
//! (checked with the docs search, December 2026) `crftag` tags and chunks Persian, `pos-tagger` is GPL-3.0 (this
//! project is MIT), `harper-brill`'s chunker comes with harper's neural-network stack, and `layered-part-of-speech`
//! ships a Wiktionary transducer of its own; none is small and all would need a tagger's lexicon for a job that
//! only has to tell a name, an organisation, an age, an address and a role apart in a comma-separated subject.

use super::features::{TokKind, Token, tokenize};
use super::names::{ORG_WORDS, TITLES};

/// What one comma-separated piece of a subject is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Piece {
    /// A person's name (with any title before it, as written): "Dr. Deji Omole", "Ben Jones".
    Person(String),
    /// A run of capitalised words that names an organisation or a place: "University of Ibadan (UI) Chapter".
    Named(String),
    /// An age: "32".
    Age,
    /// Where someone lives or works: "of Joeys Lane", "from Leeds"; the piece after it is its town.
    Address,
    /// A role or a description: "the county's health officer", "vice-chancellor of the University of Sunderland".
    Role,
    /// Anything with a verb in it, or a preposition opening it: a clause, not part of the noun phrase.
    Clause,
}

/// Courtesy titles that open a person's name after a long title ("... (ACP) Mr Tom Eze").
const COURTESY_OPENS: &[&str] = &["mr", "mrs", "ms", "dr", "prof", "sir", "dame", "hon"];
/// Courtesy titles and ranks that can open a person's name ("Mr. Kunle Akogun", "Sir David Bell").
const COURTESY: &[&str] = &["sir", "dame", "mp", "rev", "lord", "lady", "cllr", "insp", "supt", "det", "prof"];
/// Words that open an adverbial piece between a subject and its verb: ", yesterday in a statement issued in X, said".
const ADVERBIAL: &[&str] = &[
    "has",
    "had",
    "have",
    "also",
    "yesterday",
    "today",
    "earlier",
    "later",
    "on",
    "in",
    "at",
    "during",
    "last",
    "this",
    "recently",
    "however",
    "meanwhile",
];
/// Prepositions that open an address or an affiliation piece.
const ADDRESS: &[&str] = &["of", "from", "in", "at"];
/// Words that may sit inside a run of capitalised words ("Union of Universities", "Centers for Disease Control and
/// Prevention").
const INSIDE_NAME: &[&str] = &["of", "for", "and", "&", "de", "da", "van", "von", "on"];
/// Words that never stand before a name in its own noun phrase: a preposition or a subordinator opens a clause.
const NOT_BEFORE_NAME: &[&str] = &[
    "after", "before", "in", "on", "at", "with", "by", "to", "from", "when", "while", "if", "as", "since", "during",
    "despite", "like", "than", "that", "which", "who", "said", "says",
];

fn raw<'a>(s: &'a str, t: &Token) -> &'a str {
    &s[t.start..t.end]
}

/// A past tense, a participle or a form of "be": a piece with one is a clause.
fn verb_like(w: &str) -> bool {
    let l = w.to_lowercase();
    (l.len() > 4 && (l.ends_with("ed") || l.ends_with("ing")))
        || matches!(l.as_str(), "is" | "was" | "were" | "are" | "be" | "been" | "has" | "had" | "have" | "did" | "does")
}

fn is_title(w: &str) -> bool {
    let l = w.to_lowercase();
    TITLES.contains(&l.as_str()) || COURTESY.contains(&l.as_str())
}

fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Splits at commas outside brackets.
fn pieces(subject: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0i32, 0);
    for (i, c) in subject.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth <= 0 => {
                out.push(subject[from..i].trim());
                from = i + 1;
            }
            _ => {}
        }
    }
    out.push(subject[from..].trim());
    out
}

/// The trailing run of capitalised words of a piece (with "of", "and"... inside), as token indices.
fn trailing_run(s: &str, toks: &[Token]) -> usize {
    let mut k = toks.len();
    while k > 0 {
        let t = &toks[k - 1];
        let inside = INSIDE_NAME.contains(&t.lower.as_str()) && k < toks.len() && toks[k].capital;
        if (t.kind == TokKind::Word && t.capital) || inside {
            k -= 1;
        } else {
            break;
        }
    }
    while k < toks.len() && !toks[k].capital {
        k += 1;
    }
    let _ = s;
    k
}

/// A person's name in `toks[from..]` (the whole of it): titles first, then two to four capitalised words, none of
/// which names an organisation.
fn person(s: &str, toks: &[Token], from: usize) -> Option<String> {
    let lead = toks[from..].iter().take_while(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "another")).count();
    let run = &toks[from + lead..];
    let name_at = run.iter().position(|t| !is_title(raw(s, t))).unwrap_or(run.len());
    let name = &run[name_at..];
    let ok = (2..=4).contains(&name.len())
        && name.iter().all(|t| t.kind == TokKind::Word && t.capital)
        && !name.iter().any(|t| ORG_WORDS.contains(&t.lower.as_str()) || is_acronym(raw(s, t)))
        // "Foreign Affairs Minister": a name never ends in its role.
        && !name.last().is_some_and(|t| is_title(raw(s, t)));
    if ok {
        return Some(s[run[0].start..run[run.len() - 1].end].to_string());
    }
    // "Assistant Commissioner of Police (ACP) Mr Tom Eze": a courtesy title later in the run opens the name.
    let at = run.iter().rposition(|t| COURTESY_OPENS.contains(&t.lower.as_str()))?;
    (at > 0).then(|| person(s, run, at)).flatten()
}

/// What a piece is; `first`: the piece the subject opens with, whose name may follow a description ("Another
/// employee Ben Jones"); `after_address`: the piece before was an address, so a name here is its town.
pub(super) fn classify(s: &str, first: bool, after_address: bool) -> Piece {
    // "Mr. Ade Bello in Akure yesterday": a person's name, then where and when they spoke.
    for prep in [" in ", " at ", " on "] {
        if let Some(i) = s.find(prep)
            && !after_address
            && let Piece::Person(p) = classify(&s[..i], first, false)
        {
            return Piece::Person(p);
        }
    }
    let toks = tokenize(s);
    if toks.is_empty() {
        return Piece::Clause;
    }
    if toks.iter().all(|t| t.kind == TokKind::Number) && toks.len() == 1 {
        return Piece::Age;
    }
    let words: Vec<&str> = toks.iter().map(|t| raw(s, t)).collect();
    if ADDRESS.contains(&toks[0].lower.as_str()) && !toks[0].capital && toks.get(1).is_some_and(|t| t.capital) {
        return Piece::Address;
    }
    // A capitalised "-ing" or "-ed" word is a name or opens the sentence ("Redding", "Re-treading worker").
    if words.iter().any(|w| w.starts_with(char::is_lowercase) && verb_like(w))
        || NOT_BEFORE_NAME.contains(&toks[0].lower.as_str())
    {
        return Piece::Clause;
    }
    let k = trailing_run(s, &toks);
    if k < toks.len() && (k == 0 || first) {
        // The words before a name may describe the person ("Another employee", "Unite Wales secretary"), but not
        // say where or when.
        if toks[..k].iter().any(|t| NOT_BEFORE_NAME.contains(&t.lower.as_str())) {
            return Piece::Clause;
        }
        if !after_address && let Some(p) = person(s, &toks, k) {
            return Piece::Person(p);
        }
        if k == 0 {
            return Piece::Named(s.to_string());
        }
    }
    if toks.len() <= 12 { Piece::Role } else { Piece::Clause }
}

/// The person a subject with appositions names: the person's name that opens or closes its comma-separated pieces,
/// when it has more than one piece and they are all parts of one noun phrase (names, ages, addresses, roles). `None`
/// leaves the subject to the caller's rules.
pub(super) fn apposition_head(subject: &str) -> Option<String> {
    let mut ps = pieces(subject);
    // ", has said", ", yesterday in a statement issued in Ilorin, said": what sits between the subject and its verb.
    while ps.len() > 1
        && ps.last().is_some_and(|p| {
            p.is_empty() || p.split_whitespace().next().is_some_and(|w| ADVERBIAL.contains(&w.to_lowercase().as_str()))
        })
    {
        ps.pop();
    }
    // The pieces of the noun phrase: from the verb back to the first piece that is a clause.
    let kinds: Vec<Piece> = ps
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let after_address = i > 0 && ps[i - 1].split_whitespace().next().is_some_and(|w| ADDRESS.contains(&w));
            classify(p, i == 0, after_address)
        })
        .collect();
    let start = kinds.iter().rposition(|k| *k == Piece::Clause).map_or(0, |c| c + 1);
    let chain = &kinds[start..];
    if chain.len() < 2 {
        return None;
    }
    // The name opens the noun phrase ("Jo Marsh, Director of ..., said") or closes it ("The Chairman, ..., Dr. Deji
    // Omole, said"); the pieces between are roles, organisations and places ("Nakuru Branch").
    [&chain[0], &chain[chain.len() - 1]].into_iter().find_map(|k| match k {
        Piece::Person(p) => Some(p.clone()),
        _ => None,
    })
}

/// The person's name that opens a subject with no comma before the role after it: "Sen. Ann Fox co-chair of the
/// Finance Committee" is Sen. Ann Fox, not the committee its trailing capitals name.
pub(super) fn leading_name(phrase: &str) -> Option<String> {
    let toks = tokenize(phrase);
    let run = toks.iter().take_while(|t| t.kind == TokKind::Word && t.capital).count();
    let role = toks.get(run)?;
    let bare = role.lower.trim_start_matches("co-").trim_start_matches("vice-");
    if role.capital || !TITLES.contains(&bare) {
        return None;
    }
    // The role must be followed by what it is of or for: "co-chair of the Finance Committee".
    if !toks.get(run + 1).is_some_and(|t| matches!(t.lower.as_str(), "of" | "for" | "at")) {
        return None;
    }
    person(phrase, &toks[..run], 0)
}

/// The person's name that closes a subject of comma-separated pieces, before the verb: "Trade Minister, Kofi Mensah,"
/// and "the District Commander, Chief Inspector (CI) Mr Tom Eze," end in a name; the pieces before it are titles,
/// organisations or places.
pub(super) fn closing_person(head: &str) -> Option<String> {
    let mut ps = pieces(head.trim_end().strip_suffix(',')?);
    let last = ps.pop()?;
    let before = ps.last()?;
    if before.is_empty() || before.contains(['"', '“', '”']) {
        return None;
    }
    // The piece before the name is a title or a name: capitalised words (what it is of or for inside).
    let toks = tokenize(before);
    let titled = toks.iter().any(|t| is_title(raw(before, t)))
        && toks.last().is_some_and(|t| t.capital && t.kind == TokKind::Word);
    if !titled {
        return None;
    }
    match classify(last, false, false) {
        Piece::Person(p) => Some(p),
        _ => None,
    }
}

/// The person's name that opens a subject of two comma-separated pieces, the appositive after it left open: "Dame
/// Ann Bell, head of the Leeds Trust and a former civil servant" (the comma before the verb left out).
pub(super) fn opening_person(head: &str) -> Option<String> {
    let ps = pieces(head.trim_end());
    let [first, role] = ps.as_slice() else { return None };
    if !role.starts_with(char::is_lowercase) || role.contains(['"', '“', '”']) || role.split_whitespace().count() > 20
    {
        return None;
    }
    match classify(first, true, false) {
        Piece::Person(p) => Some(p),
        _ => None,
    }
}

/// A person's name without where they work or live after it: "geologist Ann Fox of Pomona College in California" is
/// "geologist Ann Fox", "attorney Jo Marsh at Marsh Law" is "attorney Jo Marsh". Only when the words before "of",
/// "from" or "at" end in a person's name (titles, then two to four capitalised words: "Deputy Governor of the
/// Central Bank" and "Bank of England" stay whole).
pub(super) fn drop_affiliation(s: &str) -> &str {
    for prep in [" of ", " from ", " at "] {
        let Some(i) = s.find(prep) else { continue };
        let before = &s[..i];
        if !s[i + prep.len()..].starts_with(char::is_uppercase) && !s[i + prep.len()..].starts_with("the ") {
            continue;
        }
        let toks = tokenize(before);
        let run = toks.iter().rev().take_while(|t| t.kind == TokKind::Word && t.capital).count();
        if run < 2 {
            continue;
        }
        let from = toks.len() - run;
        if person(before, &toks, from).is_some() {
            return before.trim_end();
        }
    }
    s
}

/// The speaker a cue line names before the quotation it introduces: "Gov. Ann Fox:", "Sen. Tom Hale, budget
/// bill:", "AUDIO: Mayor Jo Marsh:". Only a short line that ends in a colon and opens with a person's name.
pub fn speaker_cue(line: &str) -> Option<String> {
    let t = line.trim();
    let t = t.strip_suffix(':')?;
    // "AUDIO: ", "VIDEO: ", "WATCH: ": a media label before the speaker.
    let t = match t.split_once(": ") {
        Some((label, rest)) if label.chars().all(|c| c.is_ascii_uppercase()) && label.len() >= 3 => rest,
        Some(_) => return None,
        None => t,
    };
    if t.split_whitespace().count() > 10 || t.contains(['"', '“', '”']) {
        return None;
    }
    let first = t.split(',').next().unwrap_or("").trim();
    match classify(first, true, false) {
        Piece::Person(p) => Some(p),
        _ => None,
    }
}

/// The person a sentence introduces with appositions, though it reports no speech: "Night nurse Ann Hill, 41, of
/// Mill Road, Castleford, has worked at the ward for 20 years." A quotation paragraph right after it is hers.
pub fn introduced_person(sentence: &str) -> Option<String> {
    apposition_head(sentence.trim_end().trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_is_found_past_ages_addresses_and_roles() {
        assert_eq!(apposition_head("Night nurse Ann Hill, 41, of Mill Road, Castleford,").as_deref(), Some("Ann Hill"));
        assert_eq!(
            apposition_head("The Secretary, Farmers Union of Kenya (FUK), Nakuru Branch, Dr. Joy Mwangi, has")
                .as_deref(),
            Some("Dr. Joy Mwangi")
        );
        assert_eq!(
            apposition_head("Head of Press, Office of the Mayor, Mr. Tom Eze, yesterday in a letter sent to staff")
                .as_deref(),
            Some("Mr. Tom Eze")
        );
        assert_eq!(
            apposition_head("the agency's director, Jane Roe,").as_deref(),
            Some("Jane Roe"),
            "a proper name before a role"
        );
        assert_eq!(apposition_head("Sam Lee, chief engineer at Dockyard Ltd,").as_deref(), Some("Sam Lee"));
    }

    #[test]
    fn a_clause_or_a_single_piece_is_left_to_the_caller() {
        // One piece: nothing to choose between.
        assert_eq!(apposition_head("Ann Hill "), None);
        // The piece before the subject is a clause: "After meeting Joe Biden" names someone else.
        assert_eq!(apposition_head("After meeting Joe Biden, the senator"), None);
        assert_eq!(apposition_head("The roads were closed for weeks, the council"), None);
        // A town after an address is no person; with no name at all the caller decides.
        assert_eq!(apposition_head("A neighbour, 60, of Elm Street, West Hatley,"), None);
    }

    #[test]
    fn a_name_before_its_role_without_a_comma() {
        assert_eq!(leading_name("Sen. Ann Fox co-chair of the Finance Committee").as_deref(), Some("Sen. Ann Fox"));
        assert_eq!(leading_name("The Kent county council"), None);
        assert_eq!(leading_name("Ann Fox director"), None, "no 'of' after the role: not sure it is one");
    }

    #[test]
    fn speaker_cues_and_introductions() {
        assert_eq!(speaker_cue("Gov. Ann Fox:").as_deref(), Some("Gov. Ann Fox"));
        assert_eq!(speaker_cue("Sen. Tom Hale, budget bill:").as_deref(), Some("Sen. Tom Hale"));
        assert_eq!(speaker_cue("AUDIO: Mayor Jo Marsh:").as_deref(), Some("Mayor Jo Marsh"));
        assert_eq!(speaker_cue("Among the measures the council approved:"), None);
        assert_eq!(speaker_cue("Gov. Ann Fox said"), None, "no colon: not a cue");
        assert_eq!(
            introduced_person(
                "Night nurse Ann Hill, 41, of Mill Road, Castleford, has worked at the ward for 20 years."
            )
            .as_deref(),
            Some("Ann Hill")
        );
        assert_eq!(introduced_person("The ward has 20 beds and two nurses."), None);
    }

    #[test]
    fn the_name_closing_a_title_with_commas() {
        assert_eq!(closing_person("Trade Minister, Kofi Mensah,").as_deref(), Some("Kofi Mensah"));
        assert_eq!(
            closing_person("the District Commander, Chief Inspector (CI) Mr Tom Eze,").as_deref(),
            Some("Mr Tom Eze")
        );
        assert_eq!(closing_person("After the vote, Kofi Mensah,"), None, "no title before the name");
        assert_eq!(closing_person("Trade Minister, the port authority,"), None, "no name");
        assert_eq!(classify("Foreign Affairs Minister", true, false), Piece::Named("Foreign Affairs Minister".into()));
    }

    #[test]
    fn where_a_person_works_is_dropped() {
        assert_eq!(drop_affiliation("geologist Ann Fox of Pomona College in California"), "geologist Ann Fox");
        assert_eq!(drop_affiliation("attorney Jo Marsh at Marsh Law"), "attorney Jo Marsh");
        assert_eq!(drop_affiliation("Deputy Governor of the Central Bank"), "Deputy Governor of the Central Bank");
        assert_eq!(drop_affiliation("Bank of England"), "Bank of England");
        assert_eq!(drop_affiliation("the head of the city police"), "the head of the city police");
    }

    #[test]
    fn pieces_are_told_apart() {
        assert_eq!(classify("32", false, false), Piece::Age);
        assert_eq!(classify("of Joeys Lane", false, false), Piece::Address);
        assert_eq!(classify("West Hatley", false, true), Piece::Named("West Hatley".into()));
        assert_eq!(
            classify("University of Ibadan (UI) Chapter", false, false),
            Piece::Named("University of Ibadan (UI) Chapter".into())
        );
        assert_eq!(classify("a spokesman for the firm", false, false), Piece::Role);
        assert_eq!(classify("speaking after the hearing", false, false), Piece::Clause);
        assert_eq!(classify("Re-dyeing worker Al Redding", true, false), Piece::Person("Al Redding".into()));
        assert_eq!(classify("Unite Wales secretary Andy Rees", true, false), Piece::Person("Andy Rees".into()));
        assert_eq!(classify("Mr. Ade Bello in Akure yesterday", false, false), Piece::Person("Mr. Ade Bello".into()));
        assert_eq!(
            classify("Office on Drugs and Crime", false, false),
            Piece::Named("Office on Drugs and Crime".into())
        );
    }
}
