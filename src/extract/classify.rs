//! Guessing a sentence's claim kind (statistic, quote, ...) and its claimant ("X said", "according to X").

use super::features::{TokKind, Token, tokenize};
use super::numbers::{Number, has_quantity};
use crate::model::Kind;

/// Verbs that attribute a statement to someone.
const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "testified",
    "estimated",
    "estimates",
    "explained",
    "reported",
    "reports",
    "stated",
    "states",
    "announced",
    "claimed",
    "claims",
    "warned",
    "analyzed",
    "analysed",
    "noted",
    "added",
    "argued",
    "insisted",
    "denied",
    "confirmed",
    "revealed",
    "wrote",
    "writes",
    "found",
    "concluded",
    "believes",
    "alleged",
    "asked",
    "acknowledged",
    "admitted",
    "asserted",
    "suggested",
    "predicted",
    "urged",
    "tweeted",
    "posted",
    "stressed",
    "remarked",
    "promised",
    "pledged",
    "vowed",
    "recalled",
    "cautioned",
    "emphasized",
    "emphasised",
    "observed",
    "conceded",
    "declared",
    "maintained",
    "maintains",
    "contended",
    "countered",
    "replied",
    "responded",
    "indicated",
    "disclosed",
    "agreed",
    "complained",
    "predicts",
    "projected",
    "forecast",
    "adds",
    "notes",
    "argues",
    "warns",
    "believe",
    "insists",
    "tells",
    "told",
    "announces",
    "explains",
    "recommends",
    "recommended",
    "informed",
    // Seventh session: the same verbs in every tense news uses ("experts argue", "the minister assured"); base
    // forms only where the word is never a noun ("state", "report", "note" are not here).
    "argue",
    "insist",
    "warn",
    "admit",
    "admits",
    "acknowledge",
    "acknowledges",
    "testify",
    "testifies",
    "explain",
    "assure",
    "assures",
    "assured",
    "stress",
    "stresses",
    "maintain",
    "contend",
    "contends",
    "predict",
    "allege",
    "alleges",
    "suggest",
    "urge",
    "urges",
    "caution",
    "cautions",
    "concede",
    "concedes",
    "declare",
    "declares",
    "complain",
    "complains",
    "emphasize",
    "emphasizes",
    "emphasise",
    "emphasises",
    "recommend",
    "recall",
    "recalls",
    "confirm",
    "confirms",
    "announce",
    "write",
    "wrote",
    "reveals",
    "concludes",
    "indicates",
    "discloses",
    "responds",
    "replies",
    "denies",
    "deny",
    "agrees",
    "asks",
    "remarks",
    "observes",
    "informs",
    "tweets",
    "tell",
];

/// Verbs a document does: "the Labor Department report showed ..." (the claimant is who made the document).
const DOC_VERBS: &[&str] = &["showed", "shows", "show", "found", "finds", "revealed", "suggests", "suggested"];
/// What a claimant's document is called: "the Reason report" stands for Reason.
const DOC_WORDS: &[&str] = &[
    "report",
    "study",
    "statement",
    "survey",
    "data",
    "figures",
    "analysis",
    "release",
    "filing",
    "poll",
    "note",
    "document",
    "paper",
    "review",
    "audit",
    "estimate",
    "estimates",
];
const CONJUNCTIONS: &[&str] =
    &["but", "and", "yet", "so", "still", "meanwhile", "however", "also", "now", "then", "instead", "or"];
const WEEKDAY_POSSESSIVES: &[&str] = &[
    "monday's",
    "tuesday's",
    "wednesday's",
    "thursday's",
    "friday's",
    "saturday's",
    "sunday's",
    "today's",
    "yesterday's",
    "monday’s",
    "tuesday’s",
    "wednesday’s",
    "thursday’s",
    "friday’s",
    "saturday’s",
    "sunday’s",
];
const PREDICTION: &[&str] = &[
    "will",
    "won't",
    "won’t",
    "shall",
    "forecast",
    "forecasts",
    "predicted",
    "predicts",
    "projected",
    "expect",
    "expects",
    "predict",
    "expected",
    "anticipated",
    "likely",
    "going",
    "'ll",
    "’ll",
];
const OPINION: &[&str] = &[
    "should",
    "must",
    "think",
    "thinks",
    "believe",
    "believes",
    "feel",
    "argue",
    "argues",
    "opinion",
    "best",
    "worst",
    "great",
    "terrible",
    "wrong",
    "unacceptable",
    "shameful",
    "outrageous",
    "deserve",
    "deserves",
];
/// Words of feeling and judgement: a sentence built on one, with no quantity, reports a view rather than a fact.
const EVALUATIVE: &[&str] = &[
    "disappointed",
    "disappointing",
    "pleased",
    "delighted",
    "happy",
    "sad",
    "angry",
    "furious",
    "outraged",
    "shocked",
    "surprised",
    "worried",
    "concerned",
    "hopeful",
    "proud",
    "frustrated",
    "frustrating",
    "infuriating",
    "heartbreaking",
    "devastating",
    "dramatic",
    "striking",
    "remarkable",
    "enormous",
    "tremendous",
    "terrible",
    "horrible",
    "wonderful",
    "amazing",
    "profoundly",
    "deeply",
    "understandable",
    "unfortunately",
    "fortunately",
    "ironically",
    "irony",
    "hardship",
    "struggle",
    "pressure",
    "too late",
    "widely seen",
    "mean little",
    "closely",
];
/// Words that look forward or wish: what will happen cannot be checked yet.
const FORWARD: &[&str] = &[
    "will", "won't", "won’t", "shall", "predict", "predicts", "hope", "hopes", "hoped", "wish", "wishes", "'ll", "’ll",
];
/// Verbs that forecast or hope: what follows them is not yet a fact, figure or no figure.
const FORECAST_VERBS: &[&str] = &[
    "hope",
    "hopes",
    "hoped",
    "predict",
    "predicts",
    "predicted",
    "expect",
    "expects",
    "expected",
    "forecast",
    "forecasts",
    "anticipate",
    "anticipates",
    "anticipated",
    "likely",
    "wish",
    "would",
];

/// Whether a sentence reports something already done: "has been referred", "have cut", "had risen".
fn reports_done(toks: &[Token]) -> bool {
    toks.windows(2).any(|w| {
        matches!(w[0].lower.as_str(), "has" | "have" | "had")
            && w[1].kind == TokKind::Word
            && (w[1].lower == "been" || w[1].lower.ends_with("ed") || w[1].lower.ends_with("en"))
    })
}

/// Verbs that report a topic was talked about: "addressed the claims", "discussed the budget".
const TOPIC_VERBS: &[&str] =
    &["addressed", "discussed", "acknowledged", "mentioned", "outlined", "touched", "commented", "spoke"];

/// Words of intention: a plan is not yet a fact.
const INTENTION: &[&str] = &["considering", "intends", "intend", "intended", "weighing", "contemplating"];
/// Words that open a reported question: "asked why", "asked whether".
const QUESTION_WORDS: &[&str] = &["why", "whether", "if", "how", "what", "when", "who"];
/// Verbs that only say a statement was issued: "the statement came", "gave an update", "released a report".
const ISSUE_VERBS: &[&str] = &["came", "gave", "issued", "released", "published", "sent", "posted"];
/// Acts of the justice system: what they report is on record (a charge sheet, a court list, a warrant).
const RECORD_WORDS: &[&str] = &[
    "arrested",
    "arrest",
    "charged",
    "accused",
    "indicted",
    "convicted",
    "acquitted",
    "sentenced",
    "jailed",
    "imprisoned",
    "pleaded",
    "warrant",
    "extradited",
    "extradition",
    "prosecuted",
    "sued",
    "fined",
];
const WEEKDAY_NAMES: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether a sentence dates what it says: a clock time ("2 p.m.", "9:30"), a weekday, "tomorrow", or a month
/// with its day ("February 14", "Oct. 28").
fn dated(toks: &[Token], text: &str) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        let next = toks.get(k + 1);
        let w = t.lower.as_str();
        WEEKDAY_NAMES.contains(&w)
            || w == "tomorrow"
            || (crate::words::is_month(w.trim_end_matches('.'))
                && t.capital
                && next.is_some_and(|n| n.kind == TokKind::Number))
            || (t.kind == TokKind::Number
                && next.is_some_and(|n| {
                    let after = text[n.start..].to_lowercase();
                    after.starts_with("a.m") || after.starts_with("p.m") || n.lower == "am" || n.lower == "pm"
                }))
            || (t.kind == TokKind::Number && text[t.end..].starts_with(':'))
    })
}

/// Whether a sentence reports an act of the justice system (an arrest, a charge, a sentence, a warrant): the
/// debate-trained model rates such news facts low, but they are on record and worth checking.
pub fn event_of_record(text: &str) -> bool {
    tokenize(text).iter().any(|t| RECORD_WORDS.contains(&t.lower.as_str()))
}

/// Job titles: "Mark Wolfe is executive director of ..." only introduces a speaker.
const TITLES: &[&str] = &[
    "director",
    "chief",
    "head",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "professor",
    "economist",
    "analyst",
    "founder",
    "ceo",
    "manager",
    "secretary",
    "minister",
    "editor",
    "researcher",
    "author",
    "coordinator",
    "officer",
];
const OPINION_SUBJECTS: &[&str] = &["analysts", "critics", "experts", "observers", "commentators", "some", "many"];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "his", "her", "their"];
const CONNECTORS: &[&str] = &["of", "for", "and", "the", "de", "on", "&"];

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»')
}

/// Share of the sentence's characters that sit inside double quotes; `inside`: the sentence starts inside a
/// quotation an earlier sentence of its paragraph opened.
fn quoted_share(text: &str, inside: bool) -> f64 {
    let (mut inside, mut quoted, mut total) = (inside, 0usize, 0usize);
    for c in text.chars() {
        if is_quote_char(c) {
            inside = match c {
                '“' | '«' => true,
                '”' | '»' => false,
                _ => !inside,
            };
            continue;
        }
        total += 1;
        if inside {
            quoted += 1;
        }
    }
    if total == 0 { 0.0 } else { quoted as f64 / total as f64 }
}

/// Guesses what kind of claim a sentence makes.
pub fn kind(text: &str, numbers: &[Number]) -> Kind {
    kind_in(text, numbers, false)
}

/// `kind` for a sentence that may start inside a quotation opened earlier in its paragraph
/// (`He said: "Prices rose. We saw it."`: the second sentence is a quote too).
pub fn kind_in(text: &str, numbers: &[Number], starts_in_quote: bool) -> Kind {
    if quoted_share(text, starts_in_quote) >= 0.5 {
        return Kind::Quote;
    }
    if has_quantity(numbers) {
        return Kind::Statistic;
    }
    let toks = tokenize(text);
    let has = |list: &[&str]| toks.iter().any(|t| list.contains(&t.lower.as_str()));
    if has(PREDICTION) {
        return Kind::Prediction;
    }
    let opinion_subject =
        toks.first().is_some_and(|t| OPINION_SUBJECTS.contains(&t.lower.as_str())) && has(&["say", "says", "argue"]);
    if opinion_subject || has(OPINION) {
        return Kind::Opinion;
    }
    if has(SAY_VERBS) || text.to_lowercase().contains("according to") {
        return Kind::Attribution;
    }
    Kind::Event
}

/// Why a sentence the model likes is still held back unless it scores very high: it looks forward, it is a quote
/// with no quantity in it, it only introduces a speaker, or it rests on words of feeling. `None` when nothing holds it.
/// The hold-back for a short sentence with no quantity ("In 1990 he moved."): the news rule keeps its own, stricter
/// bar for it (`Decision::News::short`).
pub const TOO_SHORT: &str = "too short to say much";

/// The hold-back for advice and appeals (eighth session): "The department urges residents to ...".
pub const GIVES_ADVICE: &str = "gives advice or urges";

/// Verbs of advice and appeal: what someone should do.
const ADVICE_VERBS: &[&str] = &[
    "urge",
    "urges",
    "urged",
    "urging",
    "advise",
    "advises",
    "advised",
    "advising",
    "recommend",
    "recommends",
    "recommended",
    "encourage",
    "encourages",
    "encouraged",
    "encouraging",
];

pub fn held_back(text: &str, kind: Kind, numbers: &[Number]) -> Option<&'static str> {
    let toks = tokenize(text);
    let lower = text.to_lowercase();
    let quantity = has_quantity(numbers);
    // What will happen cannot be checked yet, unless it is an arrangement with its date or hour ("will appear in
    // court at 2 p.m.", "will take place on February 14"): a court list or an agenda records that.
    let dated = dated(&toks, text);
    // A future with a figure and no forecasting verb is a plan or an allocation ("$76 million will go on health"),
    // and one beside something already done reports that too ("has been referred, and will also be referred");
    // a hope, a prediction or a condition ("if confirmed, ... will take about 52 seats") stays a forecast.
    let forecasts =
        toks.iter().any(|t| FORECAST_VERBS.contains(&t.lower.as_str()) || t.lower == "if" || t.lower == "unless");
    let settled = !forecasts && (quantity || reports_done(&toks));
    if toks.iter().any(|t| FORWARD.contains(&t.lower.as_str())) && !dated && !settled {
        return Some("looks forward");
    }
    // A forecast or an intention with no figure: "is not likely to delay", "was considering tax cuts" ("more
    // likely to die" compares; it does not forecast).
    let hedged = toks.iter().enumerate().any(|(k, t)| {
        matches!(t.lower.as_str(), "unlikely" | "probably" | "expects" | "expect" | "forecast" | "forecasts")
            || (t.lower == "likely"
                && !k.checked_sub(1).is_some_and(|p| {
                    matches!(toks[p].lower.as_str(), "more" | "less" | "most" | "least" | "as" | "times")
                }))
    });
    let intends = toks.iter().any(|t| INTENTION.contains(&t.lower.as_str()))
        || lower.contains("plans to")
        || lower.contains("planning to");
    if !quantity && !dated && (hedged || intends) {
        return Some("looks forward");
    }
    // "may no longer be needed", "might rise": a possibility, not a fact ("May" the month is capitalised).
    if !quantity && toks.iter().any(|t| matches!(&text[t.start..t.end], "may" | "might")) {
        return Some("a possibility");
    }
    // "Giddens also addressed the claims", "TransCanada acknowledged the division": what was talked about, not what
    // was said (with "that ..." the content follows, and it is kept).
    if !quantity
        && toks.iter().any(|t| TOPIC_VERBS.contains(&t.lower.as_str()))
        && !toks.iter().any(|t| t.lower == "that")
    {
        return Some("says what was talked about, not what was said");
    }
    // "Included in the budget for the region:": a lead-in to what follows, not a claim of its own.
    if !quantity && text.trim_end().ends_with(':') {
        return Some("introduces what follows");
    }
    // "asked him why...", "asked whether...": a question reported, with nothing in it to check.
    if let Some(k) = toks.iter().position(|t| t.lower == "asked")
        && toks[k + 1..].iter().take(10).any(|t| QUESTION_WORDS.contains(&t.lower.as_str()))
    {
        return Some("reports a question");
    }
    // "The statement came from the police.", "The CDC gave an update on Monday.": that a statement was made, not
    // what it says.
    if !quantity
        && toks.iter().any(|t| ISSUE_VERBS.contains(&t.lower.as_str()))
        && toks.iter().any(|t| DOC_WORDS.contains(&t.lower.as_str()) || t.lower == "update")
        && !toks.iter().any(|t| matches!(t.lower.as_str(), "that" | "showing" | "saying" | "shows" | "showed"))
    {
        return Some("only says a statement was made");
    }
    // Eighth session: advice ("The department urges residents to keep their distance", "Residents were advised to
    // leave"): what someone should do, not what is so. A figure in it ("urged 4,000 residents to leave") reports the
    // scale of an act, and stays. ("Called on the government to raise fees", a public demand, is not held: the dev
    // labels count a named person's demand as worth checking, and it was measured both ways in BENCHMARKS.md.)
    if !quantity && toks.iter().any(|t| ADVICE_VERBS.contains(&t.lower.as_str())) {
        return Some(GIVES_ADVICE);
    }
    // A quotation the reporter frames as indirect speech ("said in a statement that it had \"conducted a strike\"")
    // reports what was said; a bare quote with no figure is usually a view.
    let framed = text
        .find(['"', '“'])
        .is_some_and(|q| text[..q].contains(" that ") && text[..q].split_whitespace().count() >= 4);
    if kind == Kind::Quote && !quantity && !framed {
        return Some("a quote with no quantity");
    }
    if kind == Kind::Opinion && !quantity {
        return Some("states a view");
    }
    // "<Name> is (the) executive director of ...": two to four capitalised words, then "is".
    let names = toks
        .iter()
        .take_while(|t| t.kind == TokKind::Word && text[t.start..t.end].starts_with(char::is_uppercase))
        .count();
    if (2..=4).contains(&names)
        && toks.get(names).is_some_and(|t| t.lower == "is")
        && toks[names..].iter().take(6).any(|t| TITLES.contains(&t.lower.as_str()))
        && !quantity
    {
        return Some("introduces a speaker");
    }
    if !quantity && toks.iter().filter(|t| t.kind == TokKind::Word).count() < 6 {
        return Some(TOO_SHORT);
    }
    if !quantity
        && EVALUATIVE.iter().any(
            |w| {
                if w.contains(' ') { lower.contains(w) } else { toks.iter().any(|t| t.lower == *w) }
            },
        )
    {
        return Some("words of feeling");
    }
    None
}

fn is_name_word(t: &Token, raw: &str) -> bool {
    let first = raw.chars().next().unwrap_or(' ');
    t.kind == TokKind::Word && (first.is_uppercase() || raw.starts_with('('))
}

/// Whether the period at byte `i` of `s` ends an abbreviation ("U.S.", "J.", "Gov.") rather than a sentence.
fn abbreviation_dot(s: &str, i: usize) -> bool {
    let rev: String = s[..i].chars().rev().take_while(|c| c.is_alphanumeric() || *c == '.').collect();
    let word: String = rev.chars().rev().collect::<String>().to_lowercase();
    word.contains('.')
        || word.chars().count() <= 1
        || matches!(
            word.as_str(),
            "gov" | "sen" | "rep" | "dr" | "mr" | "mrs" | "ms" | "sgt" | "gen" | "lt" | "st" | "jr" | "sr"
        )
}

/// Cuts a noun phrase at the first comma, period or " that".
fn cut_phrase(s: &str) -> &str {
    let mut end = s.len();
    for pat in [",", ";", ".”", ". ", " that ", " on ", " in ", " last ", " who ", " as ", " to ", " about "] {
        let mut from = 0;
        while let Some(i) = s[from..].find(pat).map(|i| i + from) {
            if pat == ". " && abbreviation_dot(s, i) {
                from = i + 1;
                continue;
            }
            end = end.min(i);
            break;
        }
    }
    if s[..end].ends_with('.') && !s[..end].trim_end_matches('.').contains('.') {
        end -= 1;
    }
    let mut out = s[..end].trim();
    if out.len() > 80 {
        out = "";
    }
    out
}

/// Words between a subject and its say-verb: "The agency had earlier said", "Police initially said".
const BEFORE_VERB: &[&str] =
    &["had", "has", "have", "also", "earlier", "later", "first", "then", "again", "previously", "would", "will"];

/// Best name in a subject phrase: the whole phrase when short, else its trailing run of capitalised words.
fn subject_name(phrase: &str) -> String {
    let phrase = phrase.trim().trim_start_matches(['“', '"', '”']).trim();
    // "Mary Cole with Harbour Energy": a name, then where the person works.
    let phrase = match phrase.split_once(" with ") {
        Some((who, _))
            if (2..=4).contains(&who.split_whitespace().count())
                && who.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) =>
        {
            who
        }
        _ => phrase,
    };
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    // "The Gaza civil defence agency had earlier": the subject ends before the auxiliary and the adverb.
    while words.len() > 1
        && words.last().is_some_and(|w| {
            let l = w.to_lowercase();
            BEFORE_VERB.contains(&l.as_str()) || (l.ends_with("ly") && l.len() > 4 && w.starts_with(char::is_lowercase))
        })
    {
        words.pop();
    }
    // "Collector Vishnu Chandran on Wednesday", "The council today": when it was said is no part of who said it.
    while words.len() > 1 && words.last().is_some_and(|w| is_time_word(w)) {
        words.pop();
        if words.len() > 1
            && words.last().is_some_and(|w| matches!(w.to_lowercase().as_str(), "on" | "last" | "this" | "earlier"))
        {
            words.pop();
        }
    }
    if words.is_empty() {
        return String::new();
    }
    // "Some homeowners in the town", "A senior official from the agriculture department", "The leader of a nearby
    // First Nation": a common noun phrase ends before its first preposition; what follows says where or of what.
    // A spokesperson or an official "for SCAS", "of the Red Cross" speaks for the organisation named.
    if words.len() >= 3
        && DETERMINERS.contains(&words[0].to_lowercase().as_str())
        && words[1].starts_with(char::is_lowercase)
        && !words.iter().any(|w| matches!(*w, "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been" | "by"))
        && let Some(p) = words.iter().position(|w| matches!(*w, "in" | "of" | "from" | "at" | "for" | "with" | "on"))
        && (2..=4).contains(&p)
        && words[1..p].iter().all(|w| w.starts_with(char::is_lowercase) && !looks_like_a_verb(w))
    {
        let head = words[p - 1].to_lowercase();
        let org = words[p + 1..].iter().copied().skip_while(|w| *w == "the").collect::<Vec<_>>();
        if SPEAKS_FOR.contains(&head.as_str())
            && matches!(words[p], "for" | "of" | "from" | "at")
            && org.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            return org.join(" ");
        }
        return words[..p].join(" ");
    }
    // "The Gaza civil defence agency": the whole phrase names an organisation.
    if words.len() <= 5
        && words[0].eq_ignore_ascii_case("the")
        && words.last().is_some_and(|w| super::names::ORG_NOUNS.contains(&w.to_lowercase().as_str()))
    {
        return words.join(" ");
    }
    // "The health ministry in Hamas-run Gaza": an organisation's common name, then where it is.
    if words[0].eq_ignore_ascii_case("the")
        && words.get(1).is_some_and(|w| w.starts_with(char::is_lowercase))
        && let Some(p) = words.iter().position(|w| matches!(*w, "in" | "of" | "for" | "at" | "on"))
        && (2..=4).contains(&p)
        && super::names::ORG_NOUNS.contains(&words[p - 1].to_lowercase().as_str())
    {
        return words[..p].join(" ");
    }
    let phrase = words.join(" ");
    if words.len() <= 4 {
        return phrase;
    }
    // Trailing run of capitalised words (with "of", "for"... inside).
    let mut k = words.len();
    while k > 0 {
        let w = words[k - 1];
        let cap = w.chars().next().is_some_and(|c| c.is_uppercase() || c == '(');
        if cap || (CONNECTORS.contains(&w.to_lowercase().as_str()) && k < words.len()) {
            k -= 1;
        } else {
            break;
        }
    }
    while k < words.len() && CONNECTORS.contains(&words[k].to_lowercase().as_str()) && words[k] != "The" {
        k += 1;
    }
    if k < words.len() {
        return words[k..].join(" ");
    }
    // "Inspector Ruth Oduya of the county police": the phrase ends in lower case; the name is the run of
    // capitalised words it opens with (two words at least, so "The" alone is no name).
    let run: Vec<&str> =
        words.iter().copied().take_while(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
    if run.len() >= 2 { run.join(" ") } else { String::new() }
}

/// Words that open a common noun phrase: "Some homeowners", "A senior official", "Two officials".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "many", "most", "several", "two", "three", "four", "one", "all", "both", "other", "few",
];

/// A past tense ("continued", "came"): the words before it are a clause's subject, not a whole noun phrase.
fn looks_like_a_verb(w: &str) -> bool {
    let l = w.to_lowercase();
    (l.ends_with("ed") && l.len() > 4)
        || matches!(
            l.as_str(),
            "came"
                | "went"
                | "took"
                | "gave"
                | "made"
                | "held"
                | "left"
                | "met"
                | "ran"
                | "saw"
                | "got"
                | "put"
                | "sent"
                | "spent"
                | "brought"
                | "began"
                | "fell"
                | "rose"
                | "grew"
                | "won"
                | "lost"
                | "kept"
                | "is"
                | "was"
        )
}

/// Who speaks for an organisation rather than for themselves: "a spokesman for SCAS" is SCAS.
const SPEAKS_FOR: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "representative", "official", "officials"];

/// A day or a moment: "Wednesday", "today", "yesterday" (after "on", "last" or "earlier" in a time phrase).
fn is_time_word(w: &str) -> bool {
    let l = w.to_lowercase();
    WEEKDAY_NAMES.contains(&l.as_str()) || matches!(l.as_str(), "today" | "yesterday" | "tonight" | "week" | "month")
}

/// Tidies a claimant: no leading conjunction ("But Shadow Chancellor Mel Stride"), article or auxiliary, no
/// "a statement from", and a document stands for who made it ("Wednesday's Labor Department report" → "Labor Department").
fn tidy(name: &str) -> String {
    let mut n = name.trim().trim_matches(|c: char| matches!(c, ',' | ':' | ';' | '"' | '“' | '”')).trim().to_string();
    loop {
        let first = n.split_whitespace().next().unwrap_or("").to_lowercase();
        let first = first.trim_end_matches(',');
        if CONJUNCTIONS.contains(&first) || WEEKDAY_POSSESSIVES.contains(&first) || first == "a" || first == "an" {
            n = n.split_once(' ').map(|x| x.1.trim().to_string()).unwrap_or_default();
        } else {
            break;
        }
    }
    for prep in [" from ", " by ", " published in ", " released by ", " issued by "] {
        if let Some(i) = n.rfind(prep)
            && n[i + prep.len()..].chars().next().is_some_and(|c| c.is_uppercase() || c == 't')
        {
            n = n[i + prep.len()..].to_string();
        }
    }
    if n.ends_with('.') && !n.rsplit(' ').next().is_some_and(|w| w.trim_end_matches('.').contains('.') || w.len() <= 3)
    {
        n.pop();
    }
    // "Kate Shannon with Canaport": a name, then where the person works.
    if let Some((who, _)) = n.split_once(" with ")
        && (2..=4).contains(&who.split_whitespace().count())
        && who.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
    {
        n = who.to_string();
    }
    // "Mane Tandilyan (Lusavor Hayastan Party)" → "Mane Tandilyan": an affiliation in brackets after a name of two
    // or more capitalised words is no part of it ("the CDC (Atlanta)" keeps nothing less than the name either).
    if let Some(open) = n.find(" (")
        && n.ends_with(')')
        && n[..open].split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count() >= 2
    {
        n.truncate(open);
    }
    // "Rachel Brand QC" → "Rachel Brand".
    while let Some((rest, last)) = n.rsplit_once(' ')
        && POST_NOMINALS.contains(&last.trim_end_matches([',', '.']))
        && rest.split_whitespace().count() >= 2
    {
        n = rest.trim_end_matches(',').to_string();
    }
    for aux in [" have", " has", " had", " also", " would", " will", " again"] {
        if let Some(x) = n.strip_suffix(aux) {
            n = x.to_string();
        }
    }
    if DOC_WORDS.contains(&n.to_lowercase().as_str()) {
        // "Wednesday's report" → "the report".
        n = format!("the {n}");
    }
    let words: Vec<&str> = n.split_whitespace().collect();
    if words.len() >= 2 && DOC_WORDS.contains(&words[words.len() - 1].to_lowercase().as_str()) {
        let rest = &words[..words.len() - 1];
        let rest: Vec<&str> = rest
            .iter()
            .copied()
            .skip_while(|w| {
                w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("new")
            })
            .collect();
        if !rest.is_empty() && rest.iter().any(|w| w.starts_with(char::is_uppercase)) {
            n = rest.join(" ");
        }
    }
    n
}

/// Whether a comma segment is a party and state tag: "R-Texas", "D-N.Y.", "Ind.-Vt.".
fn party_tag(seg: &str) -> bool {
    let s = seg.trim();
    let mut parts = s.splitn(2, '-');
    let (Some(p), Some(st)) = (parts.next(), parts.next()) else { return false };
    matches!(p.trim_end_matches('.'), "R" | "D" | "I" | "Ind" | "Rep" | "Dem" | "L" | "G")
        && st.starts_with(char::is_uppercase)
        && st.split_whitespace().count() <= 3
}

/// Guesses who makes the claim: "X said", "said X", "according to X", "predicted by X", "X estimated that...".
/// Returns the empty string when there is no sign of a claimant.
pub fn claimant(text: &str) -> String {
    tidy(&raw_claimant(text))
}

fn raw_claimant(text: &str) -> String {
    let toks = tokenize(text);
    // "the magazine quoted Pew Research as saying"
    if let Some(q) = text.find(" quoted ")
        && let Some(a) = text[q..].find(" as saying").map(|a| a + q)
        && a > q + 8
    {
        return text[q + 8..a].to_string();
    }
    // "..." said X / "..." X said
    for (qi, c) in text.char_indices() {
        if !(c == '”' || c == '"') || qi == 0 {
            continue;
        }
        let before = text[..qi].chars().last().unwrap_or(' ');
        if !matches!(before, ',' | '.' | '!' | '?') {
            continue;
        }
        let after = &text[qi + c.len_utf8()..];
        let after_trim = after.trim_start();
        let first = after_trim.split_whitespace().next().unwrap_or("");
        if SAY_VERBS.contains(&first.trim_end_matches(',')) {
            let name = cut_phrase(after_trim[first.len()..].trim_start());
            if !name.is_empty() {
                return name.to_string();
            }
        }
        // "..." government spokesman Poulinbona said.
        let seg = cut_phrase(after_trim);
        let ws: Vec<&str> = seg.split_whitespace().collect();
        if ws.len() >= 2 && SAY_VERBS.contains(&ws[ws.len() - 1]) {
            return ws[..ws.len() - 1].join(" ");
        }
        if let Some(pos) = after_trim.find(" said") {
            let subj = &after_trim[..pos];
            if !subj.contains(',') && subj.split_whitespace().count() <= 6 && !subj.is_empty() {
                return subj.to_string();
            }
        }
    }
    if let Some(c) = closing_attribution(text) {
        return c;
    }
    // Subject + attribution verb.
    let verb = toks.iter().enumerate().find(|(k, t)| {
        let w = t.lower.as_str();
        // "United States", "Reports": a capitalised word is part of a name, not a verb.
        if text[t.start..t.end].starts_with(char::is_uppercase) && *k > 0 {
            return false;
        }
        // "was initially reported to be a collision": a passive say-verb names no speaker (unless "by" follows).
        let passive = toks[k.saturating_sub(2)..*k]
            .iter()
            .any(|p| matches!(p.lower.as_str(), "was" | "were" | "is" | "are" | "been" | "be" | "being"))
            && toks.get(k + 1).is_none_or(|n| n.lower != "by");
        // "to accurately predict", "will insist": an infinitive or a modal's verb reports no statement made.
        let infinitive = toks[k.saturating_sub(2)..*k].iter().any(|p| {
            matches!(p.lower.as_str(), "to" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must")
        }) && !w.ends_with('d');
        // "\"We've had 2006 cases confirmed.": a say-verb inside an open quotation is part of what was said; the
        // speaker is the quotation's (found from its paragraph), never the quote's own opening words.
        let quoted = text[..t.start].matches(['"', '“', '”']).count() % 2 == 1;
        // "the private sector added 67,000 jobs", "added a net total of...": adding something, not saying it.
        let adds_a_thing = matches!(w, "added" | "adds" | "add")
            && toks.get(k + 1).is_some_and(|n| {
                n.lower.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(n.lower.as_str(), "a" | "an" | "more" | "another" | "nearly" | "about" | "almost")
            });
        if quoted || adds_a_thing {
            return false;
        }
        // "the claims of", "its reports": after a determiner the word is a noun.
        let noun = *k > 0
            && matches!(
                toks[k - 1].lower.as_str(),
                "the" | "a" | "an" | "these" | "those" | "its" | "his" | "her" | "their" | "our" | "of" | "such"
            );
        (SAY_VERBS.contains(&w) && !passive && !infinitive && !noun)
            || (DOC_VERBS.contains(&w) && *k > 0 && DOC_WORDS.contains(&toks[k - 1].lower.as_str()))
            || (w == "pointed" && toks.get(k + 1).is_some_and(|n| n.lower == "out"))
            || (w == "according" && toks.get(k + 1).is_some_and(|n| n.lower == "to"))
    });
    let Some((vk, v)) = verb else {
        return String::new();
    };
    if v.lower == "according" {
        let after = &text[toks[vk + 1].end..];
        // Prefer a later "X said" in the same sentence.
        let rest = raw_claimant(after);
        if rest.starts_with(char::is_uppercase) && !is_pronoun(&rest) {
            return rest;
        }
        let mut after = after.trim_start();
        // "according to a new study published in The Lancet": the source is the journal.
        let clause = &after[..after.find(',').unwrap_or(after.len())];
        for prep in [" published in ", " released by ", " from ", " by "] {
            if let Some(i) = clause.find(prep) {
                after = &after[i + prep.len()..];
                break;
            }
        }
        return cut_phrase(after).split(" and other").next().unwrap_or("").trim().to_string();
    }
    // "predicted by the City", "as estimated by the IMF".
    if let Some(n) = toks.get(vk + 1)
        && n.lower == "by"
    {
        return cut_phrase(text[n.end..].trim_start()).to_string();
    }
    // "Paul Thompson [told Mediawatch ...]": a bracket (a link's text) before the verb is no part of the subject.
    let head = text[..v.start].trim_end_matches(['[', '(']);
    // "... told Space.com": the one told is the listener, never the speaker.
    let listener_after = matches!(v.lower.as_str(), "told" | "tells" | "tell" | "informed" | "informs");
    // ", reported Reason on May 16": the verb opens the clause and the claimant follows it.
    let before =
        head.trim_end().trim_end_matches(',').rsplit(',').map(str::trim).find(|g| !g.is_empty() && !party_tag(g));
    // Not when a colon or a quotation follows the verb: that is what was said (", prosecuting, said: \"It is...").
    let opens_quote = text[v.end..].trim_start().starts_with([':', '"', '“', '«']);
    // Nor when a name opens the sentence and the lower-case segment is its appositive: "Councillor Tim Bale,
    // speaking later, said the council ...".
    let name_first = {
        let segs: Vec<&str> = head.trim_end().trim_end_matches(',').split(',').map(str::trim).collect();
        segs.len() == 2
            && (1..=5).contains(&segs[0].split_whitespace().count())
            && segs[0]
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || CONNECTORS.contains(&w.to_lowercase().as_str()))
    };
    if head.trim_end().ends_with(',')
        && !opens_quote
        && !name_first
        && !listener_after
        && before.is_some_and(|g| g.starts_with(char::is_lowercase) || g.split_whitespace().count() > 6)
        && let Some(n) = toks.get(vk + 1)
        && (text[n.start..].starts_with(char::is_uppercase) || n.lower == "the" || titled_name_after(&text[n.start..]))
    {
        return cut_phrase(text[v.end..].trim_start()).to_string();
    }
    // "the government of Sweden who said": the claimant is what "who" stands for.
    let head = strip_relative(head);
    // Walk back over comma segments, skipping an empty one (", said"), a time (", last week said"), letters after
    // a name (", MD,"), a party tag and appositives (", a rights group,", ", prosecuting,").
    let segs: Vec<&str> = head.split(',').collect();
    let mut k = segs.len();
    let mut skipped_empty = false;
    while k > 0 {
        let s = segs[k - 1].trim();
        if (s.is_empty() || is_time_phrase(s)) && !skipped_empty {
            skipped_empty = true;
            k -= 1;
            continue;
        }
        let lw = s.to_lowercase();
        if (party_tag(s) || is_post_nominal(s)) && k > 1 {
            k -= 1;
            continue;
        }
        // An appositive sits between commas after a name: "the county's health officer", "prosecuting"; a name
        // is capitalised, so a lower-case segment is never the speaker.
        // "Phil Rooney, Spokesman for the County Health Department, says": a capitalised title opening the segment
        // is an appositive too.
        let appositive = skipped_empty
            && (lw.starts_with("a ")
                || lw.starts_with("an ")
                || lw.starts_with("the ")
                || s.starts_with(char::is_lowercase)
                || lw
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| TITLES.contains(&w) && (s.contains(" for ") || s.contains(" of "))));
        if appositive && k > 1 {
            k -= 1;
            skipped_empty = false;
            continue;
        }
        // "Mohamed El-Erian, chief executive of Pimco told Reuters": the closing comma left out; the speaker is
        // the name before the title, not the organisation after it.
        if k > 1
            && s.split_whitespace().next().is_some_and(|w| TITLES.contains(&w) && w.starts_with(char::is_lowercase))
            && segs[k - 2].split_whitespace().last().is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            k -= 1;
        }
        break;
    }
    if k == 0 {
        return String::new();
    }
    let seg = segs[k - 1].trim();
    let seg = seg.strip_prefix("and ").unwrap_or(seg);
    // "... generates X, the report said" → "the report"; "X estimated" → X.
    let name = subject_name(seg);
    let words = name.split_whitespace().count();
    if name.is_empty() || words > 10 || !toks.iter().any(|t| is_name_word(t, &text[t.start..t.end])) && words > 4 {
        return String::new();
    }
    name
}

/// Lower-case words that name a speaker's role before the name: "says author Moira Szilagyi", "said police chief
/// Ana Ruiz".
const ROLE_BEFORE_NAME: &[&str] = &[
    "author",
    "co-author",
    "lead",
    "senior",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "police",
    "chief",
    "director",
    "professor",
    "official",
    "minister",
    "president",
    "analyst",
    "economist",
    "researcher",
    "executive",
    "manager",
    "lawyer",
    "attorney",
    "detective",
    "inspector",
    "study",
    "survey",
    "head",
    "teacher",
    "principal",
    "coach",
    "councillor",
    "councilor",
    "mayor",
    "governor",
    "senator",
    "commissioner",
    "superintendent",
    "officer",
    "doctor",
    "nurse",
    "judge",
    "prosecutor",
    "scientist",
    "meteorologist",
    "deputy",
    "state",
    "county",
    "city",
    "general",
    "secretary",
];

/// Whether the words after an inverted say-verb are a role, then a name: "author Moira Szilagyi, a professor".
fn titled_name_after(rest: &str) -> bool {
    let ws: Vec<&str> = rest.split_whitespace().take(4).collect();
    let Some(first_cap) = ws.iter().position(|w| w.starts_with(char::is_uppercase)) else { return false };
    first_cap > 0 && ws[..first_cap].iter().all(|w| ROLE_BEFORE_NAME.contains(&w.to_lowercase().as_str()))
}

/// The attribution clause that closes a sentence: "..., says the Broadcasting Minister.", "..., the ministry said
/// in a statement.". It names who said the whole sentence, so it comes before any "by X" or verb inside it.
fn closing_attribution(text: &str) -> Option<String> {
    let t = text.trim_end().trim_end_matches(['.', '"', '”', '\'']);
    let (before, clause) = t.rsplit_once(", ")?;
    // Not a comma inside a quotation, nor a clause holding one.
    let open = before.matches('"').count() % 2 == 1 || before.matches('“').count() > before.matches('”').count();
    if open || clause.contains(['"', '“', '”', ':']) {
        return None;
    }
    let ws: Vec<&str> = clause.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 12 {
        return None;
    }
    let verb_at = ws.iter().position(|w| SAY_VERBS.contains(&w.trim_end_matches(',')))?;
    let verb = ws[verb_at];
    if matches!(verb, "told" | "tells" | "tell" | "informed") && verb_at == 0 {
        return None;
    }
    if verb_at == 0 {
        // ", says the Broadcasting Minister": the speaker follows.
        let rest = ws[1..].join(" ");
        let first = ws.get(1)?;
        // ", said the border was closed": a clause follows the verb, not its speaker.
        if ws[1..].iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "was" | "were" | "is" | "are" | "had" | "has" | "have" | "would" | "will" | "that" | "to"
            )
        }) {
            return None;
        }
        let named = first.starts_with(char::is_uppercase) || *first == "the" || titled_name_after(&rest);
        return named.then(|| cut_phrase(&rest).to_string()).filter(|n| !n.is_empty());
    }
    // ", the ministry said in a statement": the speaker comes first, in at most six words, and only where, when or
    // to whom follows the verb (", while the army said it had..." is a second statement, not the attribution).
    if verb_at > 6 || ws[verb_at - 1].ends_with(',') {
        return None;
    }
    let tail_ok = ws.get(verb_at + 1).is_none_or(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "in" | "on"
                | "at"
                | "to"
                | "during"
                | "last"
                | "this"
                | "earlier"
                | "later"
                | "yesterday"
                | "today"
                | "after"
                | "before"
                | "when"
                | "while"
                | "from"
                | "via"
                | "through"
        )
    }) && ws.len() - verb_at <= 7;
    let opener = ws[0].to_lowercase();
    if !tail_ok
        || matches!(
            opener.as_str(),
            "while" | "as" | "because" | "when" | "although" | "though" | "if" | "and" | "but" | "which" | "who"
        )
    {
        return None;
    }
    let subj = ws[..verb_at].join(" ");
    let lower = subj.to_lowercase();
    if lower.split_whitespace().any(|w| matches!(w, "that" | "which" | "it" | "this" | "was" | "is" | "were")) {
        return None;
    }
    Some(subject_name(&subj)).filter(|n| !n.is_empty())
}

/// A head ending in a relative pronoun ("... by the government of Sweden who "), without it.
fn strip_relative(head: &str) -> &str {
    let t = head.trim_end();
    for rel in [" who", " which"] {
        if let Some(x) = t.strip_suffix(rel) {
            return x;
        }
    }
    head
}

/// "last week", "yesterday", "on Tuesday", "this morning": when something was said, not who said it.
fn is_time_phrase(s: &str) -> bool {
    let ws: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    !ws.is_empty()
        && ws.len() <= 3
        && ws.iter().all(|w| {
            let w = w.trim_end_matches('.');
            matches!(
                w,
                "last"
                    | "this"
                    | "next"
                    | "on"
                    | "earlier"
                    | "later"
                    | "week"
                    | "month"
                    | "year"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "yesterday"
                    | "today"
                    | "tonight"
                    | "recently"
            ) || WEEKDAY_NAMES.contains(&w)
        })
}

/// Letters after a name: "MD", "QC", "PhD" (", MD, the county's health officer").
fn is_post_nominal(s: &str) -> bool {
    POST_NOMINALS.contains(&s.trim().trim_end_matches('.'))
}

/// Degrees, ranks and honours written after a name; they are no part of it.
pub const POST_NOMINALS: &[&str] =
    &["MD", "M.D", "PhD", "Ph.D", "QC", "KC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "RN", "Esq"];

/// Whether a sentence is only an attribution: one to four names or a pronoun, then a say-verb ("Bachrach asked.",
/// "he said.").
pub fn is_attribution_tail(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some((verb, who)) = words.split_last() else { return false };
    (1..=4).contains(&who.len())
        && SAY_VERBS.contains(&verb.trim_end_matches(['.', ',']))
        && who.iter().all(|w| w.starts_with(char::is_uppercase) || PRONOUNS.contains(&w.to_lowercase().as_str()))
}

/// Whether a claimant is just a pronoun ("he", "they"), to be resolved from context.
pub fn is_pronoun(claimant: &str) -> bool {
    PRONOUNS.contains(&claimant.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers;

    fn k(t: &str) -> Kind {
        kind(t, &numbers::find(t))
    }

    #[test]
    fn kinds() {
        assert_eq!(k("It generates 12.5 billion dollars a year."), Kind::Statistic);
        assert_eq!(k("“The report was exaggerated.”"), Kind::Quote);
        assert_eq!(k("Prices will fall next year, the bank predicts."), Kind::Prediction);
        assert_eq!(k("Some analysts say the response is related to its benefits."), Kind::Opinion);
        assert_eq!(k("The report said the government is aware of the crime."), Kind::Attribution);
        assert_eq!(k("The facility was surrounded by barbed wire."), Kind::Event);
    }

    fn held(t: &str) -> Option<&'static str> {
        let n = numbers::find(t);
        held_back(t, kind(t, &n), &n)
    }

    /// Eighth session: advice is held back; a figure or a public demand is not (invented sentences).
    #[test]
    fn advice_is_held_back() {
        assert_eq!(held("The clinic urges parents to keep sick children at home this week."), Some(GIVES_ADVICE));
        assert_eq!(held("Drivers were advised to avoid the bridge after the storm."), Some(GIVES_ADVICE));
        assert_eq!(held("The board recommends that members vote against the merger."), Some(GIVES_ADVICE));
        assert_eq!(held("Police urged 4,000 residents to leave their homes on Monday."), None);
        assert_eq!(held("The union called on the council to reverse the closure of the depot."), None);
    }

    #[test]
    fn an_arrangement_with_its_date_is_not_a_forecast() {
        assert_eq!(held("The mayor will sign the order soon, her office said."), Some("looks forward"));
        assert_eq!(held("The mayor will sign the order at 3 p.m. in the town hall, her office said."), None);
        assert_eq!(held("The trial will open on March 3 at the crown court in the city."), None);
        assert_eq!(held("The inquiry will report on Thursday, the council said."), None);
    }

    #[test]
    fn forecasts_and_intentions_look_forward_but_comparisons_do_not() {
        assert_eq!(held("Economists at the bank say the slowdown is unlikely to last."), Some("looks forward"));
        assert_eq!(held("The council is considering a ban on plastic bags in parks."), Some("looks forward"));
        assert_eq!(held("The company plans to open a factory in the north."), Some("looks forward"));
        assert_ne!(held("Older drivers were more likely to crash at night in the region."), Some("looks forward"));
    }

    #[test]
    fn a_future_with_a_figure_or_beside_a_done_thing_is_settled_unless_forecast() {
        assert_eq!(held("The new clinic will cost 4 million pounds to build in the town."), None);
        assert_eq!(held("The case has been sent to the regulator and will also go to the ombudsman."), None);
        assert_eq!(
            held("Economists expect prices will rise 3 percent next year in the region."),
            Some("looks forward")
        );
        assert_eq!(held("If the deal is approved, the firm will cut 200 jobs at the plant."), Some("looks forward"));
        assert_eq!(held("Snow is forecast to reach the coast by the weekend in the north."), Some("looks forward"));
    }

    #[test]
    fn a_lead_in_and_a_bare_quote_are_held_but_a_framed_quote_is_not() {
        assert_eq!(held("Among the measures announced by the council:"), Some("introduces what follows"));
        assert_eq!(
            held("\"We are very proud of our team and our fans,\" the coach said."),
            Some("a quote with no quantity")
        );
        assert_eq!(held("The army said in a statement that it had \"struck a weapons depot near the border\"."), None);
    }

    #[test]
    fn a_topic_talked_about_is_held_but_what_was_said_about_it_is_not() {
        assert_eq!(
            held("The mayor also addressed the complaints about the new parking rules."),
            Some("says what was talked about, not what was said")
        );
        assert_eq!(held("The mayor acknowledged that the parking rules had been changed without notice."), None);
    }

    #[test]
    fn a_possibility_is_held_but_the_month_of_may_is_not() {
        assert_eq!(held("The new rules may slow down the approval of building permits."), Some("a possibility"));
        assert_eq!(held("In May the council approved new permits for the builders."), None);
    }

    #[test]
    fn a_reported_question_is_held_but_a_request_is_not() {
        assert_eq!(
            held("The judge asked the lawyer why the witness had not come to court."),
            Some("reports a question")
        );
        assert_eq!(held("The lawyer asked for the hearing to be moved to the following week."), None);
    }

    #[test]
    fn that_a_statement_was_issued_is_held_but_what_it_says_is_not() {
        assert_eq!(
            held("The ministry released a statement about the floods this morning."),
            Some("only says a statement was made")
        );
        assert_eq!(held("The ministry's statement said that 40 homes were flooded in the valley."), None);
    }

    #[test]
    fn acts_of_the_justice_system_are_on_record() {
        assert!(event_of_record("Police arrested a man in the town centre on Sunday."));
        assert!(event_of_record("She was sentenced to four years for fraud."));
        assert!(!event_of_record("The council approved the budget for the new library."));
    }

    #[test]
    fn a_sentence_that_starts_inside_a_quote_is_a_quote() {
        let t = "The roads were closed all week.\"";
        assert_eq!(kind_in(t, &[], true), Kind::Quote);
        assert_ne!(kind_in(t, &[], false), Kind::Quote);
    }

    #[test]
    fn claimants() {
        let cases = [
            (
                "According to Reuters and other sources on the 29th, Amnesty International, a human rights organization, said in a recent report that it has identified 53 sites.",
                "Amnesty International",
            ),
            ("Lewis, an 18-year-old Thai boy, testified that he was offered a job.", "Lewis"),
            ("The facility was surrounded by armed guards, the report said.", "the report"),
            (
                "The U.S. think tank U.S. Peace Research Institute estimated that the industry generates 12.5 billion dollars a year.",
                "U.S. Peace Research Institute",
            ),
            (
                "“The authorities were aware of it, but they tolerated it,” said Monse Ferrer, Amnesty International’s head of research.",
                "Monse Ferrer",
            ),
            (
                "“The government is not letting go,” government spokesman Poulinbona said.",
                "government spokesman Poulinbona",
            ),
            ("According to the ministry, 40 people died.", "the ministry"),
            ("The report pointed out that the government is aware of the crime.", "The report"),
            ("Nine minors were included among the victims.", ""),
            // Issue 15: the passive, party tags, a leading conjunction, more say-verbs, inverted attribution.
            ("It was higher than predicted by the City.", "the City"),
            ("Gov. Greg Abbott, R-Texas, said the border was closed.", "Gov. Greg Abbott"),
            ("But Shadow Chancellor Mel Stride said taxes rose.", "Shadow Chancellor Mel Stride"),
            ("Inflation is at its highest in 40 years, nibbling at savings, reported Reason on May 16.", "Reason"),
            ("The minister stressed that 40 schools closed.", "The minister"),
            ("Ana Ruiz remarked that 12 people left.", "Ana Ruiz"),
            // Second round: an affiliation in brackets after a name, and a capitalised title as an appositive.
            (
                "Schools will reopen on Monday, deputy minister Aram Petrosyan (Bright Future Party) told a news conference.",
                "Aram Petrosyan",
            ),
            ("Jo Marsh, Director of the County Water Board, says 30 wells ran dry.", "Jo Marsh"),
            // A say-verb inside an open quotation names no speaker: the quotation's is found from its paragraph.
            ("\"We've had 40 cases confirmed.", ""),
            // "added" with a quantity or an object is adding, not saying; with a clause it is saying.
            ("The retail sector added 12,000 jobs in May, according to Labour Office figures.", "Labour Office"),
            ("The firm added a night shift in March.", ""),
            ("Mr Ode added that 12,000 jobs were lost.", "Mr Ode"),
            ("The mayor promised 300 new homes.", "The mayor"),
            ("Wednesday's Labor Department report showed prices rose 0.1 percent.", "Labor Department"),
            (
                "The rate fell, according to a statement from the U.S. attorney's office in Boston.",
                "the U.S. attorney's office",
            ),
            ("A total of $250,000 was embezzled, federal authorities have said.", "federal authorities"),
            ("\"Prices are falling,\" the magazine quoted a Pew Research as saying.", "Pew Research"),
            // Issue 15, second session: a time before the verb, letters after a name, a role between commas, a
            // colon opening the quote, a title with the closing comma left out, a relative pronoun.
            (
                "Maria Lopez, MD, the city's chief medical officer, last month said the clinic treated 30 patients.",
                "Maria Lopez",
            ),
            ("Tom Hale KC, defending, said: \"My client was at home that night.", "Tom Hale"),
            ("\"Growth is slowing,\" Anna Berg, chief economist at Nordbank told reporters.", "Anna Berg"),
            ("The order came from the government of Chile who said 12 mines would close.", "Chile"),
            ("Inspector Ruth Oduya of the county police said 12 bags were found.", "Inspector Ruth Oduya"),
            ("Councillor Tim Bale, speaking later, said the council would review its rules.", "Councillor Tim Bale"),
            // A passive say-verb is no attribution; the subject noun phrase ends before its auxiliary, and an
            // organisation's common name ends before where it is.
            ("The fire was initially reported to be small, firefighters say.", "firefighters"),
            ("The Kent county council had earlier said 12 homes were evacuated.", "The Kent county council"),
            ("The regional health ministry in Kerala said 40 people were treated.", "The regional health ministry"),
            // Third round: a name, then where the person works; "informed" reports speech.
            ("Mary Cole with Harbour Energy tells reporters 40 workers were sent home.", "Mary Cole"),
            ("The officials informed that 200 acres were flooded.", "The officials"),
            // Seventh session: every tense, a closing attribution first, a role before an inverted name, the
            // listener after "told", a common noun phrase before its preposition, a time inside the subject.
            ("Road engineers argue that the bridge needs 40 new piles.", "Road engineers"),
            (
                "Rents rose 9 percent, promised by the mayor before the vote, says the housing minister.",
                "the housing minister",
            ),
            (
                "Almost all of the pupils passed their exams, says head teacher Ana Ruiz, who ran the school for 20 years.",
                "head teacher Ana Ruiz",
            ),
            (
                "\"Costs doubled,\" lead author Tom Hale, a chemist at the institute, told Science Weekly.",
                "lead author Tom Hale",
            ),
            ("Some farmers in the northern valley say 300 hectares were lost.", "Some farmers"),
            ("A senior official from the water board claimed the dam was safe.", "senior official"),
            (
                "District Collector Ravi Kumar on Wednesday said Rs 40 crore was sanctioned.",
                "District Collector Ravi Kumar",
            ),
            ("The army said 20 soldiers died, while the rebels said they had lost 50 men.", "The army"),
            ("Scientists hope to predict floods 12 days ahead.", ""),
            ("A spokesman for SCAS said they took the man to hospital.", "SCAS"),
            ("The order was issued by the government of Chile who said 12 mines would close.", "Chile"),
        ];
        for (t, want) in cases {
            assert_eq!(claimant(t), want, "{t}");
        }
    }
}
