//! Finding and normalising the numbers in a sentence: "12.5 billion dollars" → 12.5e9 USD, "two-thirds" → 0.667.

use super::features::{TokKind, tokenize};
use crate::words::{is_month, number_word};
use serde::{Deserialize, Serialize};

/// One number found in a sentence, normalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    /// The words as written, e.g. "1 million baht".
    pub text: String,
    pub value: f64,
    /// `USD`, `THB`, `EUR`..., `%` for percentages, `fraction` for "half"/"two-thirds", `year`; empty for counts.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// A vague or hedged quantity ("dozens", "hundreds", "about a third"): see `range`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// What an approximate quantity may mean, lowest and highest: "dozens" is 24 to 99, "about a third" 0.3 to
    /// 0.367. `value` is then the lowest for a vague word and the stated number for a hedged one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
}

/// How an article writes its numbers: `1,234.5` (English) or `1.234,5` (German, French, Spanish...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Separators {
    /// `.` for decimals, `,` between thousands.
    #[default]
    Dot,
    /// `,` for decimals, `.` (or a space) between thousands.
    Comma,
}

/// Languages that write decimals with a comma.
const COMMA_DECIMAL: &[&str] = &[
    "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "ro", "hu", "da", "sv",
    "nb", "nn", "no", "fi", "et", "lv", "lt", "el", "tr", "id", "vi", "ca", "eu", "gl", "is", "az", "kk", "be",
];

/// The separators of a story's language (`story.language`, a tag like `de` or `pt-BR`); for an unknown language,
/// or none, what the article itself shows (a number like `1.234,5`, or `3,5` before "percent"/"%").
pub fn separators(language: &str, article: &str) -> Separators {
    let primary = language.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    if !primary.is_empty() {
        if COMMA_DECIMAL.contains(&primary.as_str()) {
            return Separators::Comma;
        }
        if primary != "und" {
            return Separators::Dot;
        }
    }
    let (mut comma, mut dot) = (0, 0);
    for t in tokenize(article).iter().filter(|t| t.kind == TokKind::Number) {
        let raw = &article[t.start..t.end];
        match (raw.rfind('.'), raw.rfind(',')) {
            (Some(d), Some(c)) if c > d => comma += 1,
            (Some(d), Some(c)) if d > c => dot += 1,
            (None, Some(c)) if raw.len() - c - 1 != 3 => comma += 1,
            (Some(d), None) if raw.len() - d - 1 != 3 => dot += 1,
            _ => {}
        }
    }
    if comma > dot { Separators::Comma } else { Separators::Dot }
}

/// Reads a number written with `sep`: "1.234,5" is 1234.5 with `Comma`.
fn parse_number(raw: &str, sep: Separators) -> Option<f64> {
    let clean: String = match sep {
        Separators::Dot => raw.replace(',', ""),
        Separators::Comma => raw.replace('.', "").replace(',', "."),
    };
    clean.parse::<f64>().ok()
}

/// The range a vague word stands for: "dozens" is 24 to 99.
fn vague_range(w: &str) -> Option<[f64; 2]> {
    match w {
        "dozens" => Some([24.0, 99.0]),
        "scores" => Some([40.0, 99.0]),
        "hundreds" => Some([200.0, 999.0]),
        "thousands" => Some([2e3, 9999.0]),
        "tens" => Some([2e4, 99_999.0]),
        "millions" => Some([2e6, 999e6]),
        "billions" => Some([2e9, 999e9]),
        _ => None,
    }
}

/// Words that make the number after them approximate: "about a third", "nearly 40".
const HEDGES: &[&str] =
    &["about", "around", "roughly", "approximately", "nearly", "almost", "some", "approx", "circa", "estimated"];

fn fraction_value(w: &str) -> Option<f64> {
    let denom = |d: &str| match d {
        "half" | "halves" => Some(2.0),
        "third" | "thirds" => Some(3.0),
        "quarter" | "quarters" | "fourth" | "fourths" => Some(4.0),
        "fifth" | "fifths" => Some(5.0),
        "tenth" | "tenths" => Some(10.0),
        _ => None,
    };
    if let Some((n, d)) = w.split_once('-') {
        let n = number_word(n).filter(|n| *n >= 1.0)?;
        return Some(n / denom(d)?);
    }
    if w == "half" { Some(0.5) } else { None }
}

fn scale(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        // Indian English: a lakh is 100,000 and a crore 10 million ("1.33 lakh hectares", "Rs 695 crore").
        "lakh" | "lakhs" => Some(1e5),
        "crore" | "crores" => Some(1e7),
        "million" | "mln" | "millionen" | "mio" | "millones" | "millón" | "milioni" | "milhões" => Some(1e6),
        "billion" | "bn" | "milliarden" | "milliarde" | "mrd" | "milliards" | "milliard" | "miliardi" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

fn vague(w: &str) -> Option<f64> {
    match w {
        "dozen" => Some(12.0),
        "dozens" => Some(24.0),
        "hundreds" => Some(200.0),
        "thousands" => Some(2000.0),
        "millions" => Some(2e6),
        "billions" => Some(2e9),
        _ => None,
    }
}

fn currency_word(w: &str) -> Option<&'static str> {
    match w {
        "dollar" | "dollars" | "usd" => Some("USD"),
        "baht" => Some("THB"),
        "euro" | "euros" | "eur" => Some("EUR"),
        "yen" => Some("JPY"),
        "yuan" | "renminbi" | "rmb" => Some("CNY"),
        "riel" | "riels" => Some("KHR"),
        "won" => Some("KRW"),
        "rupee" | "rupees" => Some("INR"),
        "pesos" => Some("PHP"),
        "dong" => Some("VND"),
        "ringgit" => Some("MYR"),
        "kyat" => Some("MMK"),
        "pounds" | "pound" | "sterling" => Some("GBP"),
        _ => None,
    }
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    match s {
        "$" => Some("USD"),
        "€" => Some("EUR"),
        "£" => Some("GBP"),
        "¥" => Some("JPY"),
        _ => None,
    }
}

/// Finds the numbers in a sentence written the English way (`1,234.5`).
pub fn find(text: &str) -> Vec<Number> {
    find_in(text, Separators::Dot)
}

fn denominator(d: &str) -> Option<f64> {
    match d {
        "half" | "halves" => Some(2.0),
        "third" | "thirds" => Some(3.0),
        "quarter" | "quarters" | "fourth" | "fourths" => Some(4.0),
        "fifth" | "fifths" => Some(5.0),
        "sixth" | "sixths" => Some(6.0),
        "eighth" | "eighths" => Some(8.0),
        "tenth" | "tenths" => Some(10.0),
        _ => None,
    }
}

/// Whether "a third" at `i` is a fraction ("a third of", "about a third", "by a third.") rather than an
/// ordinal ("a third count").
fn fraction_context(toks: &[crate::extract::features::Token], i: usize) -> bool {
    let after = toks.get(i + 2);
    let before = i.checked_sub(1).map(|b| toks[b].lower.as_str());
    after.is_none_or(|a| a.lower == "of" || a.kind != TokKind::Word)
        || before.is_some_and(|b| HEDGES.contains(&b) || matches!(b, "by" | "than" | "over" | "under"))
}

fn is_weekday(w: &str) -> bool {
    matches!(w, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// Finds the numbers in a sentence whose numbers are written with `sep`.
pub fn find_in(text: &str, sep: Separators) -> Vec<Number> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let start_tok = i;
        let mut unit = String::new();
        let mut symbol_currency = false;
        if toks[i].kind == TokKind::Symbol
            && let Some(c) = currency_symbol(&toks[i].lower)
            && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Number)
        {
            unit = c.into();
            symbol_currency = true;
            i += 1;
        }
        let t = &toks[i];
        let raw = &text[t.start..t.end];
        let next = toks.get(i + 1);
        let mut approximate = false;
        let mut value = match t.kind {
            TokKind::Number => {
                // "29th", "1st": an ordinal (a date or a rank), not a quantity.
                if next.is_some_and(|n| n.start == t.end && matches!(n.lower.as_str(), "th" | "st" | "nd" | "rd")) {
                    i += 2;
                    continue;
                }
                // Clock times ("5:30", "8 p.m.") and days of a month ("Jan. 12") are not quantities.
                let after = text[t.end..].trim_start().to_ascii_lowercase();
                if next.is_some_and(|n| n.kind == TokKind::Number && &text[t.end..n.start] == ":") {
                    i += 2;
                    continue;
                }
                let month_before = i > 0 && is_month(&toks[i - 1].lower);
                if after.starts_with("a.m") || after.starts_with("p.m") || (month_before && !is_year(raw)) {
                    i += 1;
                    continue;
                }
                // "Boeing 737", "Windows 10", "Flight 370": a number after a capitalised word inside the sentence
                // names a thing, unless a unit or a scale follows.
                let named = i > 0
                    && toks[i - 1].kind == TokKind::Word
                    && toks[i - 1].capital
                    && i - 1 > 0
                    && !is_month(&toks[i - 1].lower)
                    && !is_weekday(&toks[i - 1].lower)
                    && !raw.contains([',', '.'])
                    && next.is_none_or(|n| {
                        scale(&n.lower).is_none()
                            && currency_word(&n.lower).is_none()
                            && !matches!(n.lower.as_str(), "%" | "percent" | "pct" | "per")
                    })
                    && !is_year(raw);
                if named {
                    i += 1;
                    continue;
                }
                parse_number(raw, sep)
            }
            TokKind::Word => {
                let w = t.lower.as_str();
                if let Some(f) = fraction_value(w) {
                    if w == "half" && !next.is_some_and(|n| n.lower == "of" || n.lower == "a" || n.lower == "the") {
                        None
                    } else {
                        unit = "fraction".into();
                        Some(f)
                    }
                } else if matches!(w, "a" | "an" | "one")
                    && fraction_context(&toks, i)
                    && let Some(d) = next.and_then(|n| denominator(&n.lower)).filter(|d| *d > 2.0)
                {
                    // "a quarter of", "a third of", "one fifth".
                    unit = "fraction".into();
                    i += 1;
                    Some(1.0 / d)
                } else if let Some(n) = number_word(w).filter(|n| *n >= 1.0)
                    && fraction_context(&toks, i)
                    && let Some(d) = next.and_then(|x| denominator(&x.lower)).filter(|d| *d > 2.0)
                {
                    // "three quarters", "two thirds".
                    unit = "fraction".into();
                    i += 1;
                    Some(n / d)
                } else if let Some(v) = vague(w) {
                    approximate = true;
                    Some(v)
                } else if let Some(v) = number_word(w) {
                    // "one" is usually a pronoun unless a scale follows.
                    if w == "one" && next.is_none_or(|n| scale(&n.lower).is_none()) { None } else { Some(v) }
                } else if (w == "a" || w == "an")
                    && next.is_some_and(|n| scale(&n.lower).is_some() || n.lower == "dozen")
                {
                    Some(1.0)
                } else {
                    None
                }
            }
            TokKind::Symbol => None,
        };
        let Some(mut v) = value.take() else {
            i += 1;
            continue;
        };
        let mut end_tok = i;
        let mut j = i + 1;
        // Scale words: "12.5 billion", "a million", "two hundred thousand"; and the words of one number:
        // "three hundred and fifty", "one hundred twenty-five thousand".
        let words = t.kind == TokKind::Word && unit != "fraction";
        let (mut total, mut current) = (0.0, v);
        while let Some(n) = toks.get(j) {
            if let Some(s) = scale(&n.lower) {
                if words && s >= 1e3 {
                    total += current * s;
                    current = 0.0;
                } else {
                    current *= s;
                }
                end_tok = j;
                j += 1;
                continue;
            }
            if !words {
                break;
            }
            let and = n.lower == "and";
            let k = if and { j + 1 } else { j };
            match toks.get(k).and_then(|m| number_word(&m.lower)) {
                Some(x)
                    if (1.0..100.0).contains(&x)
                        && (current == 0.0 || current % 100.0 == 0.0)
                        && current + total > 0.0 =>
                {
                    current += x;
                    end_tok = k;
                    j = k + 1;
                }
                _ => break,
            }
        }
        v = total + current;
        // "3 dozen", "a dozen", "two dozen" are one number.
        if unit != "fraction" && toks.get(j).is_some_and(|n| n.lower == "dozen") {
            v *= 12.0;
            end_tok = j;
            j += 1;
        }
        // Units after the number.
        if let Some(n) = toks.get(j) {
            let w = n.lower.as_str();
            if w == "%" || w == "percent" || w == "pct" {
                unit = "%".into();
                end_tok = j;
            } else if w == "per" && toks.get(j + 1).is_some_and(|m| m.lower == "cent") {
                unit = "%".into();
                end_tok = j + 1;
            } else if !symbol_currency && unit != "fraction" {
                if let Some(c) = currency_word(w) {
                    unit = c.into();
                    end_tok = j;
                } else if (w == "us" || w == "u.s") && toks.get(j + 1).is_some_and(|m| m.lower.starts_with("dollar")) {
                    unit = "USD".into();
                    end_tok = j + 1;
                }
            }
        }
        if unit.is_empty() && t.kind == TokKind::Number && end_tok == i && is_year(raw) {
            unit = "year".into();
        }
        let mut range = if approximate { vague_range(&t.lower) } else { None };
        let mut start_tok = start_tok;
        // "about a third", "nearly 40 percent": a hedged number is a range around it.
        if start_tok > 0 && HEDGES.contains(&toks[start_tok - 1].lower.as_str()) {
            approximate = true;
            start_tok -= 1;
            if range.is_none() {
                range = Some([v * 0.9, v * 1.1]);
            }
        }
        let text_span = &text[toks[start_tok].start..toks[end_tok].end];
        out.push(Number { text: text_span.to_string(), value: v, unit, approximate, range });
        i = end_tok + 1;
    }
    out
}

fn is_year(raw: &str) -> bool {
    raw.len() == 4 && raw.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
}

/// Whether a token list holds a quantity worth checking (not just a year).
pub fn has_quantity(nums: &[Number]) -> bool {
    nums.iter().any(|n| n.unit != "year")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Number {
        let n = find(text);
        assert_eq!(n.len(), 1, "{text}: {n:?}");
        n.into_iter().next().unwrap()
    }

    #[test]
    fn money_with_scale_and_currency() {
        let n = one("It generates 12.5 billion dollars a year.");
        assert_eq!((n.text.as_str(), n.value, n.unit.as_str()), ("12.5 billion dollars", 12.5e9, "USD"));
        let n = one("at least 1 million baht per month");
        assert_eq!((n.value, n.unit.as_str()), (1e6, "THB"));
        let n = one("Revenue hit $12.5 billion.");
        assert_eq!((n.text.as_str(), n.value, n.unit.as_str()), ("$12.5 billion", 12.5e9, "USD"));
        assert_eq!(one("a fine of €3,500").value, 3500.0);
    }

    #[test]
    fn fractions_and_percentages() {
        let n = one("or half of the country’s GDP");
        assert_eq!((n.value, n.unit.as_str()), (0.5, "fraction"));
        let n = one("more than two-thirds of all workplaces");
        assert!((n.value - 2.0 / 3.0).abs() < 1e-12 && n.unit == "fraction");
        assert_eq!(one("three-quarters of voters").value, 0.75);
        let n = one("Prices rose 4.5% last year");
        assert_eq!((n.value, n.unit.as_str()), (4.5, "%"));
        assert_eq!(one("up 12 per cent").unit, "%");
        assert_eq!(one("up 7 percent").text, "7 percent");
    }

    #[test]
    fn counts_words_and_vague_quantities() {
        let n = find("it identified 53 large-scale workplaces and dozens of suspected facilities");
        assert_eq!(n[0].value, 53.0);
        assert_eq!((n[1].text.as_str(), n[1].value, n[1].approximate), ("dozens", 24.0, true));
        assert_eq!(one("Nine minors were included.").value, 9.0);
        assert_eq!(one("twenty-five people").value, 25.0);
        assert_eq!(one("a million people").value, 1e6);
        assert!(find("one of the reasons").is_empty());
        assert!(find("on the 29th, they said").is_empty());
        assert_eq!(one("in 2023 it grew").unit, "year");
        assert_eq!(one("1,200,000 people").value, 1_200_000.0);
        assert!(find("at 5:30 p.m. on Jan. 12 and at 8 a.m. on March 3").is_empty());
        assert_eq!(one("on Jan. 12, 2025").unit, "year");
    }

    #[test]
    fn issue_15_numbers() {
        // Names with digits are not quantities.
        for t in ["COVID-19 spread fast.", "The G7 met.", "An F-35 crashed.", "A Boeing 737 landed."] {
            assert!(find(t).is_empty(), "{t}: {:?}", find(t));
        }
        assert_eq!(one("Boeing sold 737 planes.").value, 737.0);
        // Compound number words and fractions in words.
        assert_eq!(one("three hundred and fifty people").value, 350.0);
        assert_eq!(one("one hundred twenty-five thousand people").value, 125_000.0);
        let n = one("a quarter of voters");
        assert_eq!((n.value, n.unit.as_str()), (0.25, "fraction"));
        assert_eq!(one("three quarters of them").value, 0.75);
        assert!(find("He was acquitted on a third count.").is_empty());
        // Separators follow the language.
        let n = find_in("1.234,5 million euros", Separators::Comma);
        assert_eq!((n[0].value, n[0].unit.as_str()), (1234.5e6, "EUR"));
        assert_eq!(find_in("1,234.5 million euros", Separators::Dot)[0].value, 1234.5e6);
        assert_eq!(separators("de", ""), Separators::Comma);
        assert_eq!(separators("en-GB", "1.234,5"), Separators::Dot);
        assert_eq!(separators("", "Es waren 1.234,5 Millionen Euro."), Separators::Comma);
        assert_eq!(separators("", "It was 1,234.5 million."), Separators::Dot);
        // Vague quantities are ranges.
        let n = one("dozens of people");
        assert_eq!((n.approximate, n.range), (true, Some([24.0, 99.0])));
        let n = one("about a third of the budget");
        assert!(n.approximate && n.text == "about a third");
        let [lo, hi] = n.range.unwrap();
        assert!(lo < 1.0 / 3.0 && hi > 1.0 / 3.0 && n.unit == "fraction");
        assert_eq!(one("hundreds of homes").range, Some([200.0, 999.0]));
        // Indian English scales.
        assert_eq!(one("paddy in 1.33 lakh hectares").value, 133_000.0);
        assert_eq!(one("a demand for 695 crore rupees").value, 6.95e9);
        // "a dozen" and "two dozen" are one number each, not "a" and a vague "dozen".
        let n = one("a dozen officers were hurt");
        assert_eq!((n.text.as_str(), n.value, n.approximate), ("a dozen", 12.0, false));
        assert_eq!(one("two dozen homes").value, 24.0);
        assert_eq!(one("3 dozen eggs").value, 36.0);
    }
}
