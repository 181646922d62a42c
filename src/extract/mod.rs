//! Claim detection: split an article into sentences, score each for check-worthiness, and add candidates to a story.

#[cfg(any(test, feature = "dev"))]
pub mod bench;
pub mod claimant;
pub mod classify;
pub mod features;
pub mod learned;
pub mod lexical;
pub mod lexical_weights;
pub mod meaning;
pub mod meaning_bert;
pub mod meaning_rank;
pub mod meaning_weights;
pub mod model;
pub mod names;
pub mod news_weights;
pub mod newsset;
mod np;
pub mod numbers;
pub mod page;
pub mod score;
mod speakers;
pub mod split;

use crate::anchor;
use crate::model::is_slug;
use crate::model::{Claim, Kind, Status, StoryFile, slugify, unique_id};
use crate::words::plural;
use crate::{sanitize, store};
use claimant::romance;
use features::Extractor;
use model::Model;
use numbers::Number;
use serde::Serialize;
use split::Role;
use std::collections::HashSet;
use std::path::Path;

/// Score at or above which a sentence becomes a candidate claim when a fixed threshold is asked for.
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// How `analyse` decides which sentences to propose.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Decision {
    /// Every claim-able sentence scoring at least this (`--threshold`).
    Threshold(f64),
    /// The news rule: a sentence of at least `min_words` words scoring at least `min` (at least `record` when it
    /// reports an act of the justice system; at least `figure` when it has a quantity or reports an event (a date, a
    /// past form or a perfect), something to look up; at
    /// least `sure` when something holds it back: it is a quote with no quantity, only introduces a speaker, rests on
    /// words of feeling, states a possibility, reports a question or only that a statement was made; at least
    /// `forward` when what holds it back is that it looks forward; at least `told` when it is held as a quote with no
    /// quantity but tells in the third person of an event (`classify::quote_reports_an_event`); at least `short` when
    /// it is too short to say much;
    /// at least `eventless` (never under `min`) when nothing holds it back but it reports no event: no number, no
    /// date, no past form and no perfect); at least `done` (never above `figure`) when nothing holds it back and it
    /// reports an act done to someone or something in a past passive (`classify::reports_a_passive_act`: "was rushed
    /// to hospital") or a decision that brings in a future (`classify::reports_a_decision`, review 18).
    News {
        min: f64,
        sure: f64,
        min_words: usize,
        record: f64,
        short: f64,
        figure: f64,
        forward: f64,
        eventless: f64,
        told: f64,
        done: f64,
    },
    /// The learned news decision: a claim-able sentence whose probability under the logistic regression
    /// `news_weights::SHIPPED` (trained on the news set's dev split by `factdesk train-news`) is at least `threshold`.
    Learned { threshold: f64 },
    /// The lexical news decision (ninth session): a claim-able sentence whose probability under the logistic
    /// regression over its hashed words and the learned decision's inputs (`lexical_weights`, trained on the news
    /// set's dev split by `factdesk train-news --lexical`) is at least `threshold`; with `holds`, never a sentence the
    /// hand rule holds back (`lexical::rule_holds`).
    Lexical { threshold: f64, holds: bool },
    /// The meaning re-ranker (twelfth session, `extract --meaning-model DIR`): the hand rule's proposals, less those a
    /// logistic regression over the learned decision's inputs and the sentence's MiniLM embedding
    /// (`meaning_rank`, weights `meaning_weights`) scores under its threshold; never a sentence the rule refuses.
    Meaning(meaning_rank::MeaningRef),
}

/// The news rule as calibrated on the dev part of the labelled news set (`factdesk bench-news`, BENCHMARKS.md). Its
/// floor, 0.40, is the one leave-one-article-out cross-validation on the dev articles chooses (all 444 folds in the
/// thirteenth session, after test12's 112 joined dev and its furniture, claimant and precision branches merged; 0.35
/// from the tenth session to the twelfth, all 162 folds when test9's 28 joined dev; 0.30 in the ninth session, all 134 folds when test8's 30 joined dev; all 104 folds in the eighth session's second round, once a data box's lines stopped being headings; 0.40 before, 66 of 76 folds at the
/// start of the eighth session, when test6's 15 articles joined dev; it was 0.45 in the seventh session, 44 of 45
/// folds in its first round and 48 of 61 in its second; `learned::rule_floor_cv`, printed by `factdesk train-news`). Held-back sentences pass at 0.80 (0.97 until the second round): on 16 articles from outlets unseen
/// when the hold-backs were written, the holds cost 12 of 23 misses and bought no precision.
///
/// Fourteenth session, two bars that move where the rule spends its recall: a sentence with a quantity (not only a
/// year) passes from 0.35, since a figure is something a fact-checker can look up (on the 556 dev articles those
/// scoring 0.35 to 0.40 were 6 of 9 check-worthy, against under half of the sentences with no figure at 0.40 to
/// 0.50); and a sentence held back as looking forward passes only from 0.90, since a forecast is `no` by the written
/// labelling rules whatever the scorer thinks (those held so at 0.80 to 0.90 were 5 of 29 check-worthy). Together
/// they kept every part's recall and raised every part's precision (BENCHMARKS.md).
///
/// Fifteenth session: the figure's bar also takes a sentence that is dated or reports a completed act with a name
/// after its first word (then `classify::names_an_act`, replaced in the sixteenth session by `reports_an_event`: "The
/// council closed the Elm Street depot"), as readily looked up
/// as a figure (on the read dev parts, such sentences at 0.35 to 0.40 were 12 of 23 check-worthy, the others 12 of
/// 31); with three hold-backs of the same session ("is expected to", "could", `classify::held_back`) it raised every
/// part's precision and kept every part's recall (unread part: P 0.774 to 0.779, R 0.892 to 0.895).
///
/// Sixteenth session: the floor follows whether a sentence reports an event (`classify::reports_an_event`: a past
/// form, a perfect or a date). The written labelling rules count numbers, events, records and causes stated as fact
/// as worth checking; a sentence in the present or the future with no number and no event describes, judges or
/// announces ("The river is a lifeline for the valley's farms") and passes only from 0.50, while one that reports an
/// event passes from the figure's bar, 0.35, as one with a named act did ("The river flooded the farms"). Together
/// they kept every part's recall and raised precision most on the unread part (P 0.758 to 0.765, R 950 to 951 of
/// 1047, furniture 40 to 38; all dev P 0.7832 to 0.7858, R 4529 to 4530: `tests/extract_news.rs`).
///
/// Seventeenth session: the saying is no event (`classify::reports_an_event` leaves out "said", "told" and the other
/// pasts of speech), and a quote held for having no quantity passes from `told`, 0.60, when its words tell of an
/// event in the third person (`classify::quote_reports_an_event`: "\"The suspects fled in a grey car,\" police said";
/// "\"We worked hard on the plan,\" she said" stays held at `sure`). On the read dev parts, such quotes scoring 0.60 to
/// 0.80 were 25 of 54 check-worthy against 9 of 30 in the first person. The rule's recall rose on every part
/// (unread 248: R 1243 to 1247 of 1372, P 0.756 to 0.755), and with the learned decision as fitted every part kept or
/// raised its precision and its recall (unread: P 0.757 to 0.759, R 1242 to 1243; former test16 read: R 309 to 311).
/// After the session's branches and the review's fixes the floor's cross-validation chose 0.55 in all 940 folds (the
/// floor now binds only sentences with no quantity and no event, and with `eventless.max(min)` it raises their bar
/// from 0.50 to 0.55), so 0.55 ships: out of fold P 0.783 R 0.901 against 0.780 / 0.906 at 0.40.
///
/// Eighteenth session: a sentence that nothing holds back and that reports an act done to someone or something in a
/// past passive (`classify::reports_a_passive_act`: "was rushed to hospital", "were called to the scene") passes from
/// `done`, 0.15: a log, a hospital or a court records it, and the debate-trained scorer rates such plain reports low
/// (on the read dev parts, unheld passives at 0.15 to 0.35 were 17 of 21 check-worthy). And a future that a decision
/// brings in ("decided that the clinic will close") is no longer held as looking forward
/// (`classify::announces_a_decision`). With the hand rule all dev went from R 5726 to 5753 of 6391 at P 0.781
/// (7220 to 7253 proposed); the unread part from R 1534 to 1536 (P 0.762 to 0.761, one more piece of furniture).
/// Review 18: a decision that brings in a future is an act on record and passes from `done` too ("The judge ruled
/// that the trial will go ahead"); a passive under a condition or a guess, or of a scene or a feeling, and a shared
/// view or a confirmed forecast ("Economists agreed that prices will rise") are no longer taken. With test17's 128 in
/// dev (1068) and the session's branches and review fixes merged, the floor's cross-validation chose 0.40 in 615 folds
/// and 0.55 in 453, so 0.40 ships, the floor most folds choose (dev, hand rule: P 0.779 R 0.904 at 0.40 against
/// 0.782 / 0.900 at 0.55; the learned decision, refitted over it, trims back toward recall 0.90). Nineteenth
/// session, dev 1228: 0.30 in 1083 folds. Twentieth session, with test19's 160 in dev (1388): at 0.30 the hand rule's
/// recall is 0.894 in sample, and the grid reached down (`learned::FLOORS`): the cross-validation chose 0.20 in 1387
/// of 1388 folds (0.25 in one), out of fold P 0.765 (9330 proposed), R 0.900 (7249/8050), 200 furniture; the
/// learned decision, whose vetoes are this rule's refusals, could keep recall 0.90 at no threshold over 0.30's.
pub const NEWS: Decision = Decision::News {
    min: 0.20,
    sure: 0.80,
    min_words: 4,
    record: 0.25,
    short: 0.97,
    figure: 0.35,
    forward: 0.90,
    eventless: 0.50,
    told: 0.60,
    done: 0.15,
};

/// The learned news decision with its cross-validated threshold (`news_weights`; `factdesk train-news`). It was the
/// default in the eighth session's first round: out of fold on the 76 dev articles of then it was as precise as the
/// hand rule and found more (P 0.784, R 0.906, 4 pieces of furniture, against 0.783, 0.902, 4). Refitted on the 104
/// dev articles after test7 joined them, out of fold it is less precise (P 0.726 at R 0.900, 17 pieces of furniture,
/// against the rule's 0.762 at 0.863, 13), so the shipping rule in `tests/extract_learned.rs` turns it off again; on
/// the 134 after test8 joined them, still (P 0.740 at R 0.901, 20 furniture, against 0.745 at 0.900, 19). Since the
/// tenth session it never proposes what the hand rule refuses (`learned::vetoed`): it re-ranks the rule's proposals.
/// On the 192 dev articles it is then more precise out of fold with the same furniture (P 0.777, R 0.901, 21 against
/// 0.767, 0.908, 21, leave one article out) but grouped by outlet its recall is 0.898, so the rule stays the default
/// (BENCHMARKS.md).
pub const LEARNED: Decision = Decision::Learned { threshold: news_weights::THRESHOLD };

/// The lexical news decision with its cross-validated threshold (`lexical_weights`; `factdesk train-news --lexical`):
/// behind `--lexical` unless its nested outlet-grouped cross-validation is at least as precise as the hand rule with
/// no more furniture (`tests/extract_lexical.rs`; BENCHMARKS.md, issue 15, ninth session).
pub const LEXICAL: Decision =
    Decision::Lexical { threshold: lexical_weights::THRESHOLD, holds: lexical_weights::HOLDS };

impl Default for Decision {
    /// The learned decision (issue 15, sixteenth session): on the 812 dev articles it keeps recall 0.90 out of fold
    /// and is at least as precise as the hand rule with no more furniture, both leaving one article out (P 0.791, R
    /// 0.900, 78 furniture against the rule's 0.788 / 0.903 / 78 with its floor chosen out of fold) and nested grouped
    /// by outlet (0.790 / 0.900); the lexical decision's nested recall is 0.899. It only drops the hand rule's
    /// proposals. `tests/extract_learned.rs` and `tests/extract_lexical.rs` check that this follows the
    /// cross-validation. Eighteenth session, with test17's 128 in dev (1068) and the floor at 0.40: the lexical
    /// decision (hashed words and the learned decision's inputs, after the rule's holds) keeps recall 0.90 in its nested
    /// outlet-grouped CV and is more precise than the hand rule with no more furniture (P 0.786, R 0.900 (5752/6391),
    /// 131 furniture against the rule's 0.779 / 0.904 / 131), while the learned decision, left one article out,
    /// proposes more furniture than the rule with its floor chosen out of fold (131 against 128): by the shipping
    /// rules the lexical decision is the default. Nineteenth session, with test18's 160 in dev (1228) and the floor
    /// at 0.30 (chosen in 1083 of 1228 folds): the lexical decision's nested recall is 6496/7219, just under 0.90,
    /// while the learned decision keeps recall 0.90 both ways and is more precise than the hand rule with less
    /// furniture (left one article out P 0.776, R 0.900, 168 furniture against the rule's 0.772 / 0.901 / 169 with its
    /// floor chosen out of fold; nested grouped by outlet 0.775 / 0.901 / 167): the learned decision is the default
    /// again. Twentieth session, with test19's 160 in dev (1388) and the floor at 0.20 (chosen in 1387 of 1388 folds):
    /// left one article out the learned decision gives P 0.766, R 0.900, 199 furniture against the rule's 0.765 /
    /// 0.900 / 200, but nested and grouped by outlet its recall is 7238/8050 (0.899) and the lexical decision's
    /// 7236/8050: neither keeps recall 0.90 both ways, so by the shipping rules **the hand rule is the default**.
    fn default() -> Self {
        NEWS
    }
}

impl Decision {
    /// One line for reports.
    pub fn describe(&self) -> String {
        match *self {
            Decision::Threshold(t) => format!("score >= {t}"),
            Decision::News { min, sure, min_words, record, short, figure, forward, eventless, told, done } => format!(
                "at least {min_words} words (or a table's row with a figure), score >= {min} (>= {} with a figure or \
                 an event: a past date, a past form or a perfect, >= \
                 {record} for an act of the justice system, >= {} for an act done to someone (a past passive) or a \
                 decision, >= {} when it reports no event), or >= {sure} when held \
                 back (>= {forward} when it looks forward, >= {} for a quote that tells of an event in the third \
                 person, >= {short} when too short to say much)",
                figure.min(min),
                done.min(figure).min(min),
                eventless.max(min),
                told.max(min)
            ),
            Decision::Learned { threshold } => format!(
                "learned from the news set's dev split ({} inputs, L2 {}): probability >= {threshold}",
                learned::N,
                news_weights::L2
            ),
            Decision::Lexical { threshold, holds } => format!(
                "news-trained words and {} inputs ({} buckets of word pairs and words, L2 {}){}: probability >= \
                 {threshold}",
                learned::N,
                lexical::BUCKETS,
                lexical_weights::L2,
                if holds { ", after the hand rule's hold-backs" } else { "" }
            ),
            Decision::Meaning(m) => format!(
                "the hand rule's proposals re-ranked by meaning ({} inputs and a {}-dimension sentence embedding of \
                 {}, L2 {}): probability >= {}",
                meaning_rank::INPUTS,
                m.0.encoder.dim(),
                m.0.encoder.file.display(),
                m.0.weights.l2,
                m.0.weights.threshold
            ),
        }
    }
}

/// Key under `Claim.extra` where a candidate's normalised numbers are kept.
pub const NUMBERS_KEY: &str = "numbers";

/// Key under `Claim.extra` where a candidate keeps why it was proposed (`Analysed::why`).
pub const WHY_KEY: &str = "why";

/// One sentence of an article, analysed.
#[derive(Debug, Clone, Serialize)]
pub struct Analysed {
    pub text: String,
    /// Character offsets into the article.
    pub start: usize,
    pub end: usize,
    pub role: Role,
    pub score: f64,
    pub kind: Kind,
    /// Empty when no claimant was found.
    pub claimant: String,
    pub numbers: Vec<Number>,
    /// Why the news rule holds it back unless it scores very high (empty when nothing does).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub held: String,
    /// Whether it reports an act of the justice system (an arrest, a charge, a sentence): the news rule proposes
    /// it from a lower score (`Decision::News::record`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub record: bool,
    /// The two or three things that weighed most: numbers found, a claimant, the model's strongest cue words.
    pub why: Vec<String>,
    /// Whether it would be proposed as a candidate: a claim-able sentence the decision rule keeps.
    pub passes: bool,
    /// Whether it starts inside a quotation an earlier sentence of its paragraph opened (an input of the learned
    /// decision).
    #[serde(skip)]
    pub in_quote: bool,
    /// On a page in Spanish, French or Portuguese, what its verbs' forms say it reports (`romance::cue`): the news
    /// rule lowers its bar for an event or an act there as the English cues do on English pages.
    #[serde(skip)]
    pub cue: romance::Cue,
}

/// Splits, scores and classifies every sentence of `article`; numbers are read the way the article writes them.
pub fn analyse(article: &str, model: &Model, decision: Decision) -> Vec<Analysed> {
    analyse_in(article, model, decision, "")
}

/// `analyse` for a story in `language` (`story.language`; empty: as the article shows), which says whether
/// `1.234,5` is a thousand and more or one and a bit.
pub fn analyse_in(article: &str, model: &Model, decision: Decision, language: &str) -> Vec<Analysed> {
    let sep = numbers::separators(language, article);
    let chars: Vec<char> = article.chars().collect();
    let mut x = Extractor::new();
    let mut out: Vec<Analysed> = Vec::new();
    let pieces = split::split(article);
    let lang = romance::page_language(language, article);
    let mut speakers = speakers::Speakers::new(&chars, &pieces, lang);
    for s in pieces {
        let text = split::text_of(&chars, &s);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let score = (model.score(&mut x, &flat) * 10_000.0).round() / 10_000.0;
        let nums = numbers::find_in(&text, sep);
        let in_quote = speakers.starts_in_quote(s.block, &text);
        let kind = classify::kind_in(&text, &nums, in_quote);
        let claimant = speakers.claimant_of(&s, &text, &flat, kind, in_quote);
        for k in speakers.attribute_back(&mut out, &s, &flat, &claimant) {
            refresh_why(model, &mut out[k]);
        }
        speakers.heard(&s, &text, &claimant);
        let passes = s.role.can_be_claim();
        let held = if passes {
            classify::held_back(&text, kind, &nums).unwrap_or_default().to_string()
        } else {
            String::new()
        };
        let record = passes && classify::event_of_record(&text);
        let cue = match lang {
            Some(lang) if passes => romance::cue(&flat, lang),
            _ => romance::Cue::None,
        };
        let why = if passes { why(model, &flat, &nums, &claimant, &held, record) } else { Vec::new() };
        out.push(Analysed {
            text,
            start: s.start,
            end: s.end,
            role: s.role,
            score,
            kind,
            claimant,
            numbers: nums,
            held,
            record,
            why,
            passes,
            in_quote,
            cue,
        });
    }
    for k in speakers.finish(&mut out) {
        refresh_why(model, &mut out[k]);
    }
    decide(&mut out, decision);
    out
}

/// Recomputes why a sentence that passes so far was proposed, after its claimant changed.
fn refresh_why(model: &Model, a: &mut Analysed) {
    if a.passes {
        let flat = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
        a.why = why(model, &flat, &a.numbers, &a.claimant, &a.held, a.record);
    }
}

/// The two or three things that weighed most for a sentence, in words a journalist reads.
fn why(model: &Model, text: &str, nums: &[Number], claimant: &str, held: &str, record: bool) -> Vec<String> {
    let mut out = Vec::new();
    let quantities: Vec<&str> = nums.iter().filter(|n| n.unit != "year").map(|n| n.text.as_str()).take(3).collect();
    if !quantities.is_empty() {
        out.push(format!("numbers: {}", quantities.join(", ")));
    }
    if !claimant.is_empty() && !classify::is_pronoun(claimant) {
        out.push(format!("claimant: {claimant}"));
    }
    let cues = model.strongest_words(text, 2);
    if !cues.is_empty() {
        out.push(format!("cue words: {}", cues.join(", ")));
    }
    if record {
        out.push("an act of the justice system (on record)".to_string());
    }
    if !held.is_empty() {
        out.push(format!("held back: {held}"));
    }
    out
}

impl Decision {
    /// For a news rule: the score sentence `s` must reach (`short` when held as too short to say much, `forward`
    /// when held as looking forward, `told` (never under `min`) when held as a quote with no quantity that tells of an
    /// event in the third person, `sure` when held back otherwise, `record` for an act of the justice system,
    /// `figure` (never above `min`) when it has a quantity or reports an event, `eventless` (never under `min`) when it
    /// has no number and reports no event, else `min`) and the
    /// fewest words it may have; `None` for
    /// the other decisions. The one place the news rule's bars are chosen (`decide`, the learned decision's veto, the
    /// lexical decision's holds and `train-news`'s reasons read it).
    pub fn news_bar(&self, s: &Analysed) -> Option<(f64, usize)> {
        let Decision::News { min, sure, min_words, record, short, figure, forward, eventless, told, done } = *self
        else {
            return None;
        };
        let bar = if s.held == classify::TOO_SHORT {
            short
        } else if s.held == classify::LOOKS_FORWARD {
            forward
        } else if s.held == classify::QUOTE_NO_QUANTITY && classify::quote_reports_an_event(&s.text) {
            // Review 17: never under the floor, so a held quote faces no lower bar than an unheld sentence.
            told.max(min)
        } else if !s.held.is_empty() {
            sure
        } else if classify::reports_a_passive_act(&s.text)
            || classify::reports_a_decision(&s.text)
            || s.cue == romance::Cue::Act
        {
            let bar = done.min(figure).min(min);
            if s.record { bar.min(record) } else { bar }
        } else if s.record {
            record
        } else if numbers::has_quantity(&s.numbers)
            || classify::reports_an_event(&s.text)
            || s.cue == romance::Cue::Event
        {
            figure.min(min)
        } else if s.numbers.is_empty() {
            eventless.max(min)
        } else {
            min
        };
        Some((bar, min_words))
    }

    /// This news rule with its floor `min` set to `floor` (the floor's cross-validation, `bench-news --floor`); the
    /// other decisions as they are.
    pub fn with_floor(self, floor: f64) -> Decision {
        match self {
            Decision::News { sure, min_words, record, short, figure, forward, eventless, told, done, .. } => {
                Decision::News { min: floor, sure, min_words, record, short, figure, forward, eventless, told, done }
            }
            other => other,
        }
    }

    /// Whether a news rule refuses `s` (too few words, unless it is a row of a table, or a score under its bar);
    /// `false` for the other decisions.
    pub fn news_refuses(&self, s: &Analysed) -> bool {
        self.news_bar(s).is_some_and(|(bar, min_words)| too_short(s, min_words) || s.score < bar)
    }
}

/// Whether `s` has too few words for the news rule (fewer than `min_words`), a row of a table excepted.
pub fn too_short(s: &Analysed, min_words: usize) -> bool {
    s.text.split_whitespace().count() < min_words && !is_table_row(s)
}

/// Longest a row of a table may be, in characters (`is_table_row`).
const TABLE_ROW_CHARS: usize = 40;

/// Whether a sentence too short for the news rule's fewest words is a row of a table: a label and its figure
/// ("Ontario 6.8 (6.7)", "Fish: -1.60"), short, with a word and a quantity (a year alone is not one). A row states a
/// figure as plainly as a sentence does (thirteenth session); it still needs the rule's score.
pub fn is_table_row(s: &Analysed) -> bool {
    s.text.chars().count() <= TABLE_ROW_CHARS
        && s.text.chars().any(char::is_alphabetic)
        && numbers::has_quantity(&s.numbers)
}

/// Sets `passes` on the claim-able sentences (`passes` holds "claim-able" on entry) by the decision rule.
pub fn decide(out: &mut [Analysed], decision: Decision) {
    match decision {
        Decision::Threshold(t) => {
            for s in out.iter_mut() {
                s.passes = s.passes && s.score >= t;
            }
        }
        Decision::News { .. } => {
            for s in out.iter_mut() {
                let refused = decision.news_refuses(s);
                s.passes = s.passes && !refused;
            }
        }
        Decision::Learned { threshold } => {
            let m = &news_weights::SHIPPED;
            let claimable = out.iter().filter(|s| s.passes).count();
            for (k, s) in out.iter_mut().filter(|s| s.passes).enumerate() {
                let x = learned::inputs(s, k, claimable);
                s.passes = m.probability(&x) >= threshold && !learned::vetoed(s);
                let top = m.top_inputs(&x, 2);
                if s.passes && !top.is_empty() {
                    s.why.push(format!("weighed most: {}", top.join(", ")));
                }
            }
        }
        Decision::Lexical { threshold, holds } => {
            let m = lexical_weights::shipped();
            let claimable = out.iter().filter(|s| s.passes).count();
            for (k, s) in out.iter_mut().filter(|s| s.passes).enumerate() {
                let x = learned::inputs(s, k, claimable);
                let grams = lexical::grams(&s.text);
                let p = m.probability(&x, &lexical::buckets(&grams));
                s.passes = p >= threshold && !learned::vetoed(s) && !(holds && lexical::rule_holds(s));
                if s.passes {
                    let words = m.top_words_of(grams, 3);
                    s.why.push(if words.is_empty() {
                        format!("news-trained words and signals: probability {p:.2}")
                    } else {
                        format!("news-trained words: {} (probability {p:.2})", words.join(", "))
                    });
                }
            }
        }
        Decision::Meaning(m) => {
            let claimable: Vec<bool> = out.iter().map(|s| s.passes).collect();
            decide(out, NEWS);
            m.0.rerank(out, &claimable);
        }
    }
}

/// Why a candidate was proposed, as `apply` kept it (empty for claims made by hand or before it was kept).
pub fn why_of(c: &Claim) -> Vec<String> {
    c.extra.get(WHY_KEY).and_then(|v| serde_yaml::from_value::<Vec<String>>(v.clone()).ok()).unwrap_or_default()
}

/// The first heading of an article that is not page furniture, cut at a word near 120 characters.
pub fn first_heading(article: &str) -> Option<String> {
    let chars: Vec<char> = article.chars().collect();
    let h = split::split(article).into_iter().find(|s| s.role == Role::Heading || s.role.can_be_claim())?;
    (h.role == Role::Heading).then(|| {
        let t = norm(&split::text_of(&chars, &h));
        if t.chars().count() <= 120 {
            return t;
        }
        let cut: String = t.chars().take(120).collect();
        cut.rsplit_once(' ').map_or(cut.clone(), |(a, _)| a.to_string())
    })
}

/// What `apply` did to a story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplyReport {
    /// Ids of the candidates added.
    pub added: Vec<String>,
    /// Sentences that were already claims.
    pub existing: usize,
    /// Sentences skipped because the journalist rejected them.
    pub rejected: usize,
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `a` and `b` overlap by more than half of the shorter one.
fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let shorter = (a.1 - a.0).min(b.1 - b.0).max(1);
    inter * 2 > shorter
}

/// Adds the sentences that pass as candidate claims, skipping any that is already a claim
/// (same quote, or an anchor overlapping it) or that the journalist rejected.
pub fn apply(file: &mut StoryFile, article: &str, sentences: &[Analysed]) -> ApplyReport {
    let mut report = ApplyReport::default();
    let spans: Vec<Option<(usize, usize)>> = file
        .claims
        .iter()
        .map(|c| {
            let a = anchor::resolve(article, &c.quote);
            a.is_placed().then_some((a.start, a.end))
        })
        .collect();
    let quotes: HashSet<String> = file.claims.iter().map(|c| norm(&c.quote.exact)).collect();
    let rejected: Vec<String> = file.rejected.iter().map(|r| norm(&r.exact)).filter(|r| !r.is_empty()).collect();
    // Where each rejected quote sits now, even after small edits to the article (fuzzy anchoring).
    let rejected_spans: Vec<(usize, usize)> = file
        .rejected
        .iter()
        .filter(|r| !r.exact.trim().is_empty())
        .map(|r| anchor::resolve(article, &crate::model::Quote { exact: r.exact.clone(), ..Default::default() }))
        .filter(|a| !a.is_orphaned())
        .map(|a| (a.start, a.end))
        .collect();
    let mut ids: HashSet<String> = file.claims.iter().map(|c| c.id.clone()).collect();
    for s in sentences.iter().filter(|s| s.passes) {
        let text = norm(&s.text);
        if quotes.contains(&text) || spans.iter().flatten().any(|&sp| overlaps(sp, (s.start, s.end))) {
            report.existing += 1;
            continue;
        }
        let contained = |r: &String| *r == text || (r.len() >= 20 && (text.contains(r.as_str()) || r.contains(&text)));
        if rejected.iter().any(contained) || rejected_spans.iter().any(|&sp| overlaps(sp, (s.start, s.end))) {
            report.rejected += 1;
            continue;
        }
        let id = unique_id(&slugify(&text, crate::model::MAX_ID_LEN), |id| ids.contains(id));
        ids.insert(id.clone());
        let mut claim = Claim::new(&id, &text);
        claim.quote = anchor::make_quote(article, s.start, s.end);
        claim.claimant = s.claimant.clone();
        claim.kind = s.kind;
        claim.status = Status::Candidate;
        claim.score = Some(s.score);
        if !s.numbers.is_empty()
            && let Ok(v) = serde_yaml::to_value(&s.numbers)
        {
            claim.extra.insert(NUMBERS_KEY.into(), v);
        }
        if !s.why.is_empty()
            && let Ok(v) = serde_yaml::to_value(&s.why)
        {
            claim.extra.insert(WHY_KEY.into(), v);
        }
        file.claims.push(claim);
        report.added.push(id);
    }
    report
}

/// Creates the story if needed, adds candidates, saves. Returns a summary to print.
pub fn extract_into(
    root: &Path,
    slug: &str,
    article_path: &Path,
    article: &str,
    title: Option<&str>,
    decision: Decision,
    replace_article: bool,
) -> Result<String, String> {
    if !is_slug(slug) {
        return Err(format!("`{slug}` is not a slug; use lowercase letters, digits and dashes"));
    }
    let mut created = false;
    if std::fs::symlink_metadata(root.join(slug).join(store::STORY_FILE)).is_err() {
        // A pasted page opens with its menus ("Accessibility links"): the title is its first heading.
        let heading = title.is_none().then(|| first_heading(article)).flatten();
        let title = title.or(heading.as_deref());
        store::new_story(root, slug, article_path, title).map_err(|e| e.to_string())?;
        created = true;
    }
    let mut ws = crate::load::load_workspace(root).map_err(|d| d.to_string())?;
    let story_path = root.join(slug).join(store::STORY_FILE);
    let dir = root.join(slug);
    let errors: Vec<String> = ws.errors_in(&dir).map(|d| d.to_string()).collect();
    let Some(story) = ws.story_mut(slug) else {
        return Err(format!("{}: could not load the story: {}", story_path.display(), errors.join("; ")));
    };
    if !errors.is_empty() {
        // Candidates are matched to claims by their quotes and ids: adding them to a story with errors (a duplicate
        // id, an unknown verdict) would build on what the journalist has to fix first.
        return Err(format!("the story has errors; fix them first, then extract again: {}", errors.join("; ")));
    }
    let mut replaced = String::new();
    if story.article.trim_end() != article.trim_end() {
        if !replace_article {
            return Err(format!(
                "{}: differs from the story's article {}; extract from the story's own article, or pass \
                 --replace-article to make this the story's article (claims are anchored again)",
                article_path.display(),
                story.article_path().display()
            ));
        }
        // Only where the path policy allows: inside the story folder, a regular file (item: `article:
        // ../../victim.txt` once overwrote a file outside the workspace).
        let target = story
            .checked_article_path()
            .map_err(|e| format!("{}: story.article: {e}; the article was not replaced", story_path.display()))?;
        store::write_atomic(&target, article.as_bytes())
            .map_err(|e| format!("{}: cannot replace the article: {e}", target.display()))?;
        story.article = article.to_string();
        story.reanchor();
        let changed: Vec<&str> = story
            .file
            .claims
            .iter()
            .zip(&story.anchors)
            .filter(|(_, a)| {
                matches!(a.state, crate::anchor::AnchorState::Fuzzy | crate::anchor::AnchorState::Orphaned)
            })
            .map(|(c, _)| c.id.as_str())
            .collect();
        replaced = format!("replaced the article {}\n", story.article_path().display());
        if !changed.is_empty() {
            replaced += &format!(
                "  {} whose words changed or went (`factdesk check` says what each now reads): {}\n",
                plural(changed.len(), "claim", "claims"),
                changed.join(", ")
            );
        }
    }
    let text = story.article.clone();
    let sentences = analyse_in(&text, Model::embedded(), decision, &story.file.story.language);
    let report = apply(&mut story.file, &text, &sentences);
    if !report.added.is_empty() || created {
        store::save_story(story).map_err(|e| e.to_string())?;
        story.reanchor();
    }
    let mut msg = replaced;
    msg += &format!(
        "{} {}: {} ({} already {}, {} rejected before)\n",
        if created { "created" } else { "updated" },
        story_path.display(),
        plural(report.added.len(), "new candidate", "new candidates"),
        report.existing,
        if report.existing == 1 { "a claim" } else { "claims" },
        report.rejected
    );
    // Best score first, as the UI lists candidates.
    let mut added: Vec<&Claim> =
        report.added.iter().filter_map(|id| story.file.claims.iter().find(|c| &c.id == id)).collect();
    added.sort_by(|a, b| b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)));
    for c in added {
        {
            let t: String = c.text.chars().take(80).collect();
            msg.push_str(&format!("  {:.2}  {:<11} {}\n", c.score.unwrap_or(0.0), c.kind.as_str(), sanitize::line(&t)));
            let why = why_of(c);
            if !why.is_empty() {
                msg.push_str(&format!("        why: {}\n", sanitize::line(&why.join("; "))));
            }
        }
    }
    Ok(msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rejected;

    const ARTICLE: &str = "Officials said 40 people died in the floods. The river rose 3 metres overnight.";

    fn model() -> &'static Model {
        Model::embedded()
    }

    #[test]
    fn british_single_quotes_are_told_from_apostrophes() {
        assert!(speakers::leaves_quote_open("A police spokesman said: 'We were called at 3pm.", false));
        assert!(!speakers::leaves_quote_open("He was checked for leg injuries.'", true));
        assert!(!speakers::leaves_quote_open("The driver's car and the Joneses' van were towed.", false));
        assert!(speakers::leaves_quote_open("It's the council's plan, he said.", true), "apostrophes close nothing");
        let t = "A police spokesman said: 'We were called to the road at 3pm. He was checked for leg injuries.'";
        let all = analyse(t, model(), Decision::Threshold(0.0));
        assert_eq!(all[1].claimant, "police spokesman", "{all:#?}");
    }

    #[test]
    fn apply_adds_once_and_respects_rejections() {
        let mut file = StoryFile::default();
        let all = analyse(ARTICLE, model(), Decision::Threshold(0.0));
        let first = apply(&mut file, ARTICLE, &all);
        assert_eq!(first.added.len(), 2);
        assert_eq!(file.claims[0].status, Status::Candidate);
        assert_eq!(file.claims[0].quote.exact, "Officials said 40 people died in the floods.");
        assert_eq!(apply(&mut file, ARTICLE, &all), ApplyReport { added: vec![], existing: 2, rejected: 0 });
        // Reject the first, then edit the article a little: it stays rejected.
        let gone = file.claims.remove(0);
        file.rejected.push(Rejected { exact: gone.quote.exact, ..Default::default() });
        let edited = ARTICLE.replace("40 people died", "41 people died");
        let again = analyse(&edited, model(), Decision::Threshold(0.0));
        let r = apply(&mut file, &edited, &again);
        assert_eq!((r.added.len(), r.rejected), (0, 1), "{r:?}");
        assert_eq!(file.claims.len(), 1);
    }

    /// Thirteenth session: a short row of a table with a figure may be proposed; a short line with no figure, or
    /// only a year, may not (invented lines).
    #[test]
    fn a_table_row_with_a_figure_is_not_too_short() {
        let row = |t: &str| {
            let mut a = analyse(t, model(), Decision::Threshold(0.0)).remove(0);
            a.score = 0.6;
            a
        };
        assert!(is_table_row(&row("Lakeland 6.8 (6.7)")) && !NEWS.news_refuses(&row("Lakeland 6.8 (6.7)")));
        assert!(!NEWS.news_refuses(&row("Dairy: -1.65")));
        assert!(NEWS.news_refuses(&row("Lakeland in 1998")));
        assert!(NEWS.news_refuses(&row("Read more here")));
        let mut low = row("Lakeland 6.8 (6.7)");
        // Under the floor (0.20 since the twentieth session) and the figure's bar.
        low.score = 0.1;
        assert!(NEWS.news_refuses(&low), "a row still needs the rule's score");
    }

    /// Fourteenth session: a sentence with a quantity passes from a lower score than one with none (a figure is
    /// something to look up), and a forecast held back needs a higher one than other held-back sentences (invented
    /// sentences; the scores are set by hand to sit between the bars).
    #[test]
    fn a_figure_lowers_the_bar_and_a_forecast_raises_it() {
        let at = |t: &str, score: f64| {
            let mut a = analyse(t, model(), Decision::Threshold(0.0)).remove(0);
            a.score = score;
            a
        };
        let figure = at("The council raised parking fees by 12 percent in March.", 0.37);
        assert!(figure.held.is_empty() && !NEWS.news_refuses(&figure), "{figure:?}");
        // Fifteenth session: "again in March" names a month after a thing done, which now passes from the figure's bar;
        // sixteenth session: so does any event (`classify::reports_an_event`), and a sentence with no number and no
        // event needs more than the floor.
        let none = at("The council wants higher parking fees this spring.", 0.37);
        assert!(none.held.is_empty() && NEWS.news_refuses(&none), "no figure, no event {none:?}");
        // A year alone is no quantity: it keeps the floor's bar, not the figure's (seen with a floor over the figure's
        // bar; the nineteenth session's floor, 0.30, is under it, so there the two bars meet).
        let year = at("The council wants higher parking fees in 2031.", 0.37);
        let over = NEWS.with_floor(0.40);
        assert!(!over.news_refuses(&figure), "{figure:?}");
        assert!(year.held.is_empty() && over.news_refuses(&year), "a year alone is no quantity {year:?}");
        let forecast = at("The council will raise parking fees again next spring.", 0.85);
        assert_eq!(forecast.held, classify::LOOKS_FORWARD, "{forecast:?}");
        assert!(NEWS.news_refuses(&forecast), "{forecast:?}");
        assert!(!NEWS.news_refuses(&at("The council will raise parking fees again next spring.", 0.92)));
        let quote = at("\"We warned the councils about the contracts twice,\" she said.", 0.85);
        assert_eq!(quote.held, classify::QUOTE_NO_QUANTITY, "{quote:?}");
        assert!(!NEWS.news_refuses(&quote), "other holds keep their bar: {quote:?}");
        let floor = NEWS.with_floor(0.30);
        assert!(!floor.news_refuses(&year) && floor.news_refuses(&at("Fees rose by 12 percent in March.", 0.29)));
        assert!(floor.news_refuses(&none), "the bar of a sentence with no event stays over the floor {none:?}");
    }

    /// Fifteenth session: a dated sentence or a completed act with a name passes from the figure's bar. Sixteenth
    /// session: any event does (a past form, a perfect, a date), and a sentence with no number and no event needs
    /// `eventless` (invented sentences; the scores are set by hand between the bars).
    #[test]
    fn an_event_lowers_the_bar_as_a_figure_does_and_none_raises_it() {
        let at = |t: &str, score: f64| {
            let mut a = analyse(t, model(), Decision::Threshold(0.0)).remove(0);
            a.score = score;
            a
        };
        for t in [
            "The council closed the Elm Street depot after the floods.",
            "The rain began over the valley on Tuesday night.",
            "The council closed the depot after the floods.",
        ] {
            let a = at(t, 0.37);
            assert!(a.held.is_empty() && !NEWS.news_refuses(&a), "{a:?}");
        }
        // The look-alike in the present: nothing done, nothing dated.
        let busy = "The town hall on Elm Street is very busy.";
        for score in [0.37, 0.45] {
            let a = at(busy, score);
            assert!(a.held.is_empty() && NEWS.news_refuses(&a), "no event: over the floor {a:?}");
        }
        assert!(!NEWS.news_refuses(&at(busy, 0.55)));
    }

    /// Review 17, finding 8: the bar of a held quote that tells of an event follows the floor as `eventless` does, so
    /// that with a floor over `told` it faces no lower bar than an unheld sentence (invented sentences; scores set by
    /// hand).
    #[test]
    fn the_bar_of_a_quote_that_tells_of_an_event_is_never_under_the_floor() {
        let at = |t: &str, score: f64| {
            let mut a = analyse(t, model(), Decision::Threshold(0.0)).remove(0);
            a.score = score;
            a
        };
        let quote = at("\"The suspects fled the scene in a grey car,\" the spokesman said.", 0.62);
        assert_eq!(quote.held, classify::QUOTE_NO_QUANTITY, "{quote:?}");
        assert!(!NEWS.news_refuses(&quote), "over `told` at the shipped floor {quote:?}");
        let high = NEWS.with_floor(0.65);
        assert!(high.news_refuses(&quote), "under a floor of 0.65 {quote:?}");
        assert!(!high.news_refuses(&at("\"The suspects fled the scene in a grey car,\" the spokesman said.", 0.66)));
        assert!(high.describe().contains(">= 0.65 for a quote"), "{}", high.describe());
    }

    #[test]
    fn a_romance_pages_past_lowers_its_bar_and_an_english_page_with_spanish_names_is_read_as_english() {
        let es = "El fiscal José Ruiz informó que los agentes detuvieron a los sospechosos en la plaza.\n\n\
                  Ese día se registraron cinco robos en las calles del barrio, según los vecinos del sector.";
        let all = analyse_in(es, model(), Decision::Threshold(0.0), "es");
        assert_eq!(all.iter().find(|a| a.text.contains("detuvieron")).map(|a| a.cue), Some(romance::Cue::Event));
        assert_eq!(all.iter().find(|a| a.text.contains("registraron")).map(|a| a.cue), Some(romance::Cue::Act));
        // The look-alike: an English page naming Spanish speakers and places keeps the English cues alone.
        let en = "Prosecutor José Ruiz said police arrested the suspects in the Plaza de Armas.\n\n\
                  Residents of Barrio Santa Lucía reported five robberies that day.";
        for a in analyse_in(en, model(), Decision::Threshold(0.0), "") {
            assert_eq!(a.cue, romance::Cue::None, "{a:?}");
        }
    }

    #[test]
    fn ids_are_unique_slugs() {
        let text = "Prices rose 5 percent. Prices rose 5 percent.";
        let mut file = StoryFile::default();
        let r = apply(&mut file, text, &analyse(text, model(), Decision::Threshold(0.0)));
        assert_eq!(r.added, ["prices-rose-5-percent", "prices-rose-5-percent-2"]);
    }
}
