//! Claim detection on the bundled article: splitting, ranking, numbers, and what is not a claim.

use factdesk::extract::model::Model;
use factdesk::extract::split::Role;
use factdesk::extract::{Analysed, Decision, analyse};
use factdesk::model::Kind;

const ARTICLE: &str = include_str!("fixtures/extract/cambodia-article.txt");

fn sentences() -> Vec<Analysed> {
    analyse(ARTICLE, Model::embedded(), Decision::default())
}

fn find<'a>(all: &'a [Analysed], needle: &str) -> &'a Analysed {
    let hits: Vec<&Analysed> = all.iter().filter(|s| s.text.contains(needle)).collect();
    assert_eq!(hits.len(), 1, "`{needle}` should be in exactly one sentence: {hits:#?}");
    hits[0]
}

#[test]
fn the_gdp_sentence_is_one_whole_candidate_and_ranks_high() {
    let all = sentences();
    let s = find(&all, "12.5 billion dollars");
    assert_eq!(
        s.text,
        "The U.S. think tank U.S. Peace Research Institute estimated that the fraudulent industry in Cambodia \
         generates 12.5 billion dollars a year, or half of the country’s GDP."
    );
    assert!(s.passes, "score {}", s.score);
    assert_eq!(s.kind, Kind::Statistic);
    assert_eq!(s.claimant, "U.S. Peace Research Institute");
    let better = all.iter().filter(|o| o.passes && o.score > s.score).count();
    assert!(better < 3, "ranked {} among candidates", better + 1);
    // Spans are character offsets into the article.
    let chars: Vec<char> = ARTICLE.chars().collect();
    assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
}

#[test]
fn the_un_sentence_stays_whole() {
    let all = sentences();
    let s = find(&all, "High Commissioner");
    assert!(s.text.starts_with("The U.N. High Commissioner for Human Rights (OHCHR) said last month"));
    assert!(s.text.ends_with("judicial system."));
    assert!(find(&all, "existing U.N.").text.ends_with("U.N. warnings."));
}

#[test]
fn numbers_are_found_and_normalised() {
    let all = sentences();
    let value = |needle: &str, text: &str| {
        let s = find(&all, needle);
        s.numbers.iter().find(|n| n.text == text).unwrap_or_else(|| panic!("{text} in {:?}", s.numbers)).clone()
    };
    assert_eq!(value("53 large-scale", "53").value, 53.0);
    assert_eq!(value("total of 58", "58").value, 58.0);
    let two = value("two-thirds", "two-thirds");
    assert!((two.value - 2.0 / 3.0).abs() < 1e-9 && two.unit == "fraction");
    let baht = value("1 million baht", "1 million baht");
    assert_eq!((baht.value, baht.unit.as_str()), (1e6, "THB"));
    let usd = value("12.5 billion", "12.5 billion dollars");
    assert_eq!((usd.value, usd.unit.as_str()), (12.5e9, "USD"));
    assert_eq!(value("12.5 billion", "half").value, 0.5);
    let dozens = value("dozens of suspected", "dozens");
    assert!(dozens.approximate);
}

#[test]
fn the_byline_is_not_a_candidate() {
    let all = sentences();
    for name in ["SAM KIM", "US ASIA JOURNAL"] {
        let s = find(&all, name);
        assert_eq!(s.text, name);
        assert_eq!(s.role, Role::Byline);
        assert!(!s.passes);
    }
    // Nor is it glued onto the last sentence.
    assert_eq!(find(&all, "exaggerated").text, "“The report was exaggerated.”");
}

#[test]
fn claimants_and_quotes() {
    let all = sentences();
    let s = find(&all, "tolerated it");
    assert_eq!((s.kind, s.claimant.as_str()), (Kind::Quote, "Monse Ferrer"));
    // A bare quote takes the speaker of the sentence before it in the paragraph.
    assert_eq!(find(&all, "exaggerated").claimant, "government spokesman Poulinbona");
    assert_eq!(find(&all, "He explained").claimant, "Lewis");
    assert_eq!(find(&all, "53 large-scale").claimant, "Amnesty International");
}
