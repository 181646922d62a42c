//! Lines in another language than the article's: a site's template text in its home language beside an English
//! article ("Todos los derechos reservados", "Suivez-nous sur les réseaux sociaux", a menu in Bengali). A sentence
//! whose words are mostly not English, in an article that is, is not a claim the article makes: it gets the role
//! `other-language` and is never proposed. Rough by design: common function words, letters English does not use, and
//! scripts other than Latin; an article that is not mostly English is left alone.

use super::{Role, Sentence};

/// English function words: frequent in any English sentence, rare in the other languages' text.
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "is", "was", "for", "that", "with", "by", "at", "from", "said", "says", "has", "have",
    "are", "were", "be", "it", "its", "he", "she", "they", "his", "her", "their", "this", "or", "not", "but", "will",
    "would", "after", "who", "which", "been", "had", "than", "we", "our", "you", "your", "can", "there", "when",
    "what", "into", "out", "up", "if", "how", "only", "other", "some", "these", "those", "them", "him", "us", "my",
    "may", "could", "should", "people", "told", "about", "over", "more", "new", "year", "years", "all", "one", "two",
    "also", "in", "on", "an", "as", "do", "did", "does", "so", "it's", "i",
];

/// Function words of languages news sites publish in (Spanish, French, Portuguese, Italian, German, Dutch,
/// Romanian, Indonesian and Malay, Swahili, Tagalog, Turkish) that are not English words. Words English shares, or
/// that names and abbreviations often make ("a", "in", "die", "no", "do", "son", "plus", "de", "la", "le", "el",
/// "al", "da", "un", "mit", "van", "von"), are left out.
#[rustfmt::skip]
const OTHER: &[&str] = &[
    // Spanish
    "los", "las", "del", "que", "y", "por", "para", "con", "una", "es", "se", "su", "sus", "lo", "como", "más",
    "pero", "sobre", "entre", "también", "fue", "han", "este", "esta", "está", "muy", "ya", "hay", "según", "desde",
    "cuando", "donde", "todos", "en", "ha",
    // French
    "les", "des", "du", "et", "est", "une", "pour", "qui", "dans", "sur", "au", "aux", "par", "pas", "ce", "cette",
    "il", "elle", "ils", "sont", "avec", "mais", "ont", "été", "leur", "nous", "vous", "tous", "ses", "selon", "être",
    "avez", "notre", "nos", "votre", "vos",
    // Portuguese
    "os", "dos", "das", "em", "na", "um", "uma", "não", "ao", "pelo", "pela", "foi", "são", "seu", "sua", "ele",
    "ela", "você", "nossa", "nosso", "é", "à", "às", "desta", "deste", "nesta", "neste", "pelos", "pelas", "já",
    "até", "após",
    // Italian
    "il", "gli", "di", "che", "è", "della", "nel", "alla", "delle", "dei", "sono", "anche", "questo", "questa", "si",
    "degli", "nella",
    // German
    "der", "das", "und", "ist", "nicht", "den", "dem", "ein", "eine", "zu", "auf", "für", "sich", "im", "auch", "es",
    "wir", "sie", "wird", "werden", "bei", "nach", "aus", "oder", "wie", "über", "ihre", "unsere",
    // Dutch
    "het", "een", "en", "op", "dat", "niet", "voor", "zijn", "ook", "naar", "wordt", "onze", "deze",
    // Romanian
    "și", "în", "să", "cu", "pe", "din", "care", "este", "nu", "pentru", "mai", "fost", "sau",
    // Indonesian, Malay
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "pada", "tidak", "akan", "adalah", "dalam", "ke",
    "juga", "oleh", "kami", "kita", "atau",
    // Swahili
    "na", "wa", "ya", "kwa", "za", "katika", "ni", "kwamba", "hii",
    // Tagalog
    "ang", "ng", "sa", "mga", "ay", "ito", "hindi",
    // Turkish
    "ve", "bir", "bu", "ile", "için", "olarak", "çok",
];

/// The words of a text, lower-cased, with the punctuation around them cut.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | '—' | '–'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').to_lowercase())
        .map(|w| w.trim_matches(['\'', '’']).to_string())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// Whether a word is written in a script other than Latin (Bengali, Arabic, Cyrillic, Chinese...).
fn other_script(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    let latin = letters.iter().filter(|c| c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(*c)).count();
    !letters.is_empty() && latin * 2 < letters.len()
}

/// Whether a word carries a Latin letter English does not use (á, ñ, ç, ã, ß, ș, ğ...).
fn accented(w: &str) -> bool {
    w.chars().any(|c| ('\u{c0}'..='\u{24f}').contains(&c) && c != '×' && c != '÷')
}

/// Counts in a text: (words, English function words, other languages' function words, words in another script,
/// words with letters English does not use).
fn counts(text: &str) -> (usize, usize, usize, usize, usize) {
    let toks = tokens(text);
    let english = toks.iter().filter(|w| ENGLISH.contains(&w.as_str())).count();
    let other = toks.iter().filter(|w| OTHER.contains(&w.as_str())).count();
    let script = toks.iter().filter(|w| other_script(w)).count();
    let accent = toks.iter().filter(|w| !other_script(w) && accented(w)).count();
    (toks.len(), english, other, script, accent)
}

/// Eleventh session: words written in lower case with a letter English does not use ("económicas", "agrícola",
/// "prévue", "während"): common words of another language, never a name (names are capitalised). English borrows
/// a few ("café", "résumé"), so they count only with a function word of another language beside them.
fn lowercase_accented(text: &str) -> usize {
    text.split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | '—' | '–'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase) && !other_script(w) && accented(w))
        .count()
}

/// Whether an article's text is mostly English: at least 30 words, mostly in Latin letters, and English function
/// words make a fifth of them (English prose runs at a third to a half; other languages' text near none).
pub fn is_english(text: &str) -> bool {
    let (n, english, _, script, _) = counts(text);
    n >= 30 && script * 4 < n && english * 5 >= n
}

/// Whether a line of an English article is mostly not English: at least three words, few English function words
/// (at most one in five words), at least one function word of another language or word in another script, and
/// with the words that carry letters English does not use (in running text only), at least two of them and a
/// quarter of the words. Names with accents alone never make a line foreign ("Ana Muñoz and José Peña won."), and
/// in an English sentence "said", "the", "of" outweigh them. `heading`: a short line with no sentence around it,
/// where accented names weigh nothing.
/// Eleventh session: in a heading, accented words in lower case count (a headline in another language has few
/// function words: "Gobierno anuncia medidas económicas para el sector agrícola"); capitalised ones still do not.
pub fn is_other_language(line: &str, heading: bool) -> bool {
    let (n, english, other, script, accent) = counts(line);
    let strong = other + script;
    let marked = strong + if heading { lowercase_accented(line) } else { accent };
    n >= 3 && english * 5 <= n && strong >= 1 && marked >= 2 && marked * 4 >= n
}

/// Marks the sentences of an English article that are in another language (see [`is_other_language`]). Only text,
/// list items and headings change; what is already furniture keeps its role.
pub fn mark(chars: &[char], out: &mut [Sentence]) {
    let all: String = out
        .iter()
        .filter(|s| s.role == Role::Body)
        .map(|s| chars[s.start..s.end].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    if !is_english(&all) {
        return;
    }
    for s in out.iter_mut() {
        let text: String = chars[s.start..s.end].iter().collect();
        let heading = match s.role {
            Role::Body | Role::ListItem => false,
            Role::Heading => true,
            _ => continue,
        };
        if is_other_language(&text, heading) {
            s.role = Role::OtherLanguage;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Invented lines in Spanish, French, Portuguese, German and Bengali: another language.
    #[test]
    fn lines_in_other_languages() {
        for line in [
            "Todos los derechos reservados por el grupo editorial.",
            "El gobierno anunció que la inflación bajó en el mes de mayo.",
            "Suivez-nous sur les réseaux sociaux pour ne rien manquer de l'actualité.",
            "Le ministre a annoncé une hausse des prix de l'énergie pour cette année.",
            "Receba as notícias do dia no seu e-mail, de graça.",
            "Alle Rechte vorbehalten. Die Inhalte sind urheberrechtlich geschützt und dürfen nicht verwendet werden.",
            "সরকার নতুন বাজেট ঘোষণা করেছে।",
        ] {
            assert!(is_other_language(line, false), "{line}");
        }
    }

    /// Invented English lines with foreign names, a foreign phrase or place: English.
    #[test]
    fn english_lines_with_foreign_names_stay_english() {
        for line in [
            "José Álvarez said São Paulo's mayor resigned on Monday.",
            "Marine Le Pen met the president of El Salvador in La Paz.",
            "The café in Düsseldorf raised its prices by 5 per cent, the owner said.",
            "The company, Grupo Editorial del Sur, said sales fell.",
            "Inflation rose to 4.5% in May.",
            "Prices rose.",
            "Ana Muñoz and José Peña won.",
        ] {
            assert!(!is_other_language(line, false), "{line}");
        }
        // As a heading, a headline full of accented names is still English.
        assert!(!is_other_language("Pérez wins São Tomé vote", true));
        assert!(is_other_language("Síguenos en las redes sociales de la radio", true));
    }

    /// Eleventh session: invented headlines of other stories in Spanish, Portuguese, French and German, with few
    /// function words: another language as headings; English headlines with accented names stay English.
    #[test]
    fn headlines_in_other_languages() {
        for line in [
            "Gobierno anuncia medidas económicas para el sector agrícola",
            "Câmara aprova reforma tributária após votação longa",
            "Grève générale prévue jeudi dans les transports",
            "Regierung plant höhere Steuern für große Unternehmen",
        ] {
            assert!(is_other_language(line, true), "{line}");
        }
        for line in [
            "Pérez wins São Tomé vote",
            "Café owners in Bogotá protest new tax",
            "Résumé fraud case heads to court",
            "Peña Nieto signs the energy reform",
        ] {
            assert!(!is_other_language(line, true), "{line}");
        }
    }

    #[test]
    fn an_article_is_english_or_not() {
        let en = "The council approved the budget on Monday after a long debate. It will spend 3 million pounds on \
                  roads and schools, the mayor said, and the vote was 7 to 2. Residents had asked for more money for \
                  the library.";
        assert!(is_english(en));
        let es = "El consejo aprobó el presupuesto el lunes después de un largo debate. Gastará tres millones en \
                  carreteras y escuelas, dijo el alcalde, y la votación fue de siete a dos. Los vecinos habían pedido \
                  más dinero para la biblioteca.";
        assert!(!is_english(es));
        assert!(!is_english("Too short to tell."));
    }
}
