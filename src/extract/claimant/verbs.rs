//! The verbs of attribution by class, not by the words one page used: the stance and report verbs a style guide
//! lists ("condemn", "refute", "lament", "clarify", "urge", "think"), recognised in every inflection news uses
//! ("condemns", "condemned", "is condemning"), and the light verbs with a noun of speech ("made the remarks", "issued
//! a warning", "left a comment"). The say-verbs of `classify::SAY_VERBS` also decide whether a sentence is attributed
//! at all (a feature of the decision), so these are used by the claimant finder alone.

/// Stance and report verbs, by lemma. `true`: the lemma is also a common noun ("fear", "hope", "demand"), so its base
/// and "-s" forms are read as a verb only when "that" follows them.
const LEMMAS: &[(&str, bool)] = &[
    // Positions taken on something said or done.
    ("dismiss", false),
    ("defend", false),
    ("reject", false),
    ("remind", false),
    ("dispute", true),
    ("criticise", false),
    ("criticize", false),
    ("advise", false),
    ("counter", true),
    ("express", false),
    ("underscore", false),
    ("highlight", true),
    ("request", true),
    ("mention", true),
    ("outline", true),
    ("welcome", true),
    ("praise", true),
    ("condemn", false),
    ("slam", true),
    ("question", true),
    ("refute", false),
    ("rebut", false),
    ("deny", false),
    ("demand", true),
    ("lament", true),
    ("clarify", false),
    ("accuse", false),
    ("blame", true),
    ("thank", false),
    ("applaud", false),
    ("commend", false),
    ("decry", false),
    ("denounce", false),
    ("reassure", false),
    ("assure", false),
    // Statements, opinions and forecasts.
    ("think", false),
    ("believe", false),
    ("hope", true),
    ("fear", true),
    ("doubt", true),
    ("expect", false),
    ("reiterate", false),
    ("hint", true),
    ("caution", true),
    ("contend", false),
    ("urge", true),
    ("insist", false),
    ("warn", false),
    ("argue", false),
    ("stress", true),
    ("emphasise", false),
    ("emphasize", false),
    ("acknowledge", false),
    ("admit", false),
    ("concede", false),
    ("assert", false),
    ("allege", false),
    ("complain", false),
    ("explain", false),
    ("observe", false),
    ("predict", false),
    ("promise", true),
    ("pledge", true),
    ("vow", true),
    ("recall", true),
    ("recommend", false),
    ("reveal", false),
    ("suggest", false),
    ("disclose", false),
    ("declare", false),
    ("announce", false),
    ("confirm", false),
    ("estimate", true),
    ("forecast", true),
    ("signal", true),
    ("wonder", true),
    ("disagree", false),
    // Thirteenth session (test12's pages): style guides' verbs of telling, objecting, agreeing and working out.
    ("recount", false),
    ("object", true),
    ("echo", false),
    ("calculate", false),
];

/// Irregular forms (past and participle) of the lemmas above.
const IRREGULAR: &[(&str, &[&str])] = &[("think", &["thought"]), ("forecast", &["forecast"])];

/// The forms of a regular English verb: base, third person, past, present participle ("clarify": "clarifies",
/// "clarified", "clarifying"; "slam": "slams", "slammed", "slamming").
fn forms(lemma: &str) -> [String; 4] {
    let consonant_y =
        lemma.ends_with('y') && lemma.chars().rev().nth(1).is_some_and(|c| !matches!(c, 'a' | 'e' | 'o' | 'u'));
    let third = if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
        format!("{lemma}es")
    } else if consonant_y {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}s")
    };
    // One syllable ending consonant-vowel-consonant doubles its last letter: "slam", "vow" (not w), "rebut".
    let b = lemma.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    let doubles = b.len() >= 3
        && !vowel(b[b.len() - 1])
        && !matches!(b[b.len() - 1], b'w' | b'x' | b'y')
        && vowel(b[b.len() - 2])
        && !vowel(b[b.len() - 3])
        && (lemma.chars().filter(|c| "aeiou".contains(*c)).count() == 1 || matches!(lemma, "rebut" | "admit"));
    let stem = if doubles { format!("{lemma}{}", b[b.len() - 1] as char) } else { lemma.to_string() };
    let past = if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if consonant_y {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else {
        format!("{stem}ed")
    };
    let ing = if lemma.ends_with('e') && !lemma.ends_with("ee") {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else {
        format!("{stem}ing")
    };
    [lemma.to_string(), third, past, ing]
}

/// How a word is a stance or report verb, if it is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// "condemns", "condemned", "thought": a finite verb.
    Finite,
    /// "fears", "hope": a finite verb only when "that" follows (the word is also a noun).
    FiniteBeforeThat,
    /// "condemning": a verb after "is", "are", "was" or "were".
    Participle,
}

/// Whether `w` (lower case) is an inflection of a stance or report verb, and which.
pub(super) fn stance_form(w: &str) -> Option<Form> {
    for (lemma, noun) in LEMMAS {
        if IRREGULAR.iter().any(|(l, f)| l == lemma && f.contains(&w)) {
            return Some(Form::Finite);
        }
        let [base, third, past, ing] = forms(lemma);
        if w == past {
            return Some(Form::Finite);
        }
        if w == ing {
            return Some(Form::Participle);
        }
        if w == base || w == third {
            return Some(if *noun { Form::FiniteBeforeThat } else { Form::Finite });
        }
    }
    None
}

/// Light verbs that make a statement with a noun of speech: "made the remarks", "issued hints", "left a comment".
const LIGHT_VERBS: &[&str] = &[
    "made",
    "makes",
    "making",
    "issued",
    "issues",
    "issuing",
    "gave",
    "gives",
    "giving",
    "offered",
    "offers",
    "left",
    "provided",
    "provides",
    "providing",
    "released",
    "releases",
];
/// Nouns of speech after a light verb.
const SPEECH_NOUNS: &[&str] = &[
    "remark",
    "remarks",
    "claim",
    "claims",
    "comment",
    "comments",
    "statement",
    "hint",
    "hints",
    "warning",
    "warnings",
    "assurance",
    "assurances",
    "names",
    "details",
    "information",
    "endorsement",
    "endorsements",
    "appeal",
    "plea",
    "announcement",
    "clarification",
    "case",
];

/// Whether the words from `ws[0]` on are a light verb with a noun of speech ("made the remarks", "is providing more
/// information", "left a comment saying"): at most two words (a determiner, an adjective) between them.
pub(super) fn light_verb_of_speech(ws: &[&str]) -> bool {
    let Some(v) = ws.first() else { return false };
    LIGHT_VERBS.contains(v)
        && ws[1..]
            .iter()
            .take(3)
            .position(|n| SPEECH_NOUNS.contains(&n.trim_end_matches([',', '.', ':', ';'])))
            .is_some_and(|p| ws[1..=p].iter().all(|w| w.starts_with(char::is_lowercase) && !w.contains(['"', '“'])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_of_regular_verbs() {
        assert_eq!(forms("clarify"), ["clarify", "clarifies", "clarified", "clarifying"].map(String::from));
        assert_eq!(forms("slam"), ["slam", "slams", "slammed", "slamming"].map(String::from));
        assert_eq!(forms("urge"), ["urge", "urges", "urged", "urging"].map(String::from));
        assert_eq!(forms("dismiss"), ["dismiss", "dismisses", "dismissed", "dismissing"].map(String::from));
        assert_eq!(forms("vow"), ["vow", "vows", "vowed", "vowing"].map(String::from));
        assert_eq!(forms("refute"), ["refute", "refutes", "refuted", "refuting"].map(String::from));
        assert_eq!(forms("rebut"), ["rebut", "rebuts", "rebutted", "rebutting"].map(String::from));
    }

    #[test]
    fn stance_forms_are_told_apart() {
        assert_eq!(stance_form("condemned"), Some(Form::Finite));
        assert_eq!(stance_form("thought"), Some(Form::Finite));
        assert_eq!(stance_form("laments"), Some(Form::FiniteBeforeThat), "'laments' is also a noun");
        assert_eq!(stance_form("refutes"), Some(Form::Finite));
        assert_eq!(stance_form("urging"), Some(Form::Participle));
        assert_eq!(stance_form("ran"), None);
        assert_eq!(stance_form("report"), None, "a say-verb's noun is left to the say-verb rules");
    }

    #[test]
    fn light_verbs_with_a_noun_of_speech() {
        assert!(light_verb_of_speech(&["made", "the", "remarks", "while"]));
        assert!(light_verb_of_speech(&["left", "a", "comment", "saying:"]));
        assert!(light_verb_of_speech(&["providing", "more", "information", "about"]));
        assert!(!light_verb_of_speech(&["made", "a", "profit"]));
        assert!(!light_verb_of_speech(&["left", "the", "building", "after", "the", "remarks"]));
    }
}
