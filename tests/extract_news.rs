//! Issue 15: claim detection on news pages — the labelled news set, page furniture, the decision rule, claimants
//! across paragraphs, numbers, and what `extract` prints.

#[path = "common/extract.rs"]
mod extract_common;
#[path = "common/cache.rs"]
mod test_cache;

use extract_common::find;
use factdesk::extract::model::Model;
use factdesk::extract::split::Role;
use factdesk::extract::{Decision, analyse, analyse_in, newsset};
use factdesk::model::Kind;
use std::path::Path;
use std::process::Command;

fn news() -> Vec<newsset::Article> {
    newsset::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news").as_path()).unwrap()
}

fn counts(split: &str) -> newsset::Counts {
    let articles = news();
    newsset::score_split(&articles, split, |t| analyse(t, Model::embedded(), Decision::default())).total
}

#[test]
fn the_news_set_is_big_and_varied_enough() {
    let a = news();
    let outlets: std::collections::BTreeSet<&str> = a.iter().map(|x| x.name.split('-').next().unwrap()).collect();
    assert!(a.len() >= 12 && outlets.len() >= 6, "{} articles from {outlets:?}", a.len());
    // Seventh session: the 20 articles held out before (test, test2, test3, test4) are dev now, and so, in the
    // second round, are test5's 16 (measured once); in the eighth session test6's 15 and then test7's 28, and in
    // the ninth test8's 30, in the tenth test9's 28, in the eleventh test10's 28, in the twelfth test11's 56 and in the
    // thirteenth test12's 112, in the fourteenth test13's 112, in the fifteenth test14's 128, in the sixteenth
    // test15's 128, in the seventeenth test16's 128, in the eighteenth test17's 128, in the nineteenth test18's 160 and in the twentieth test19's 160 (each measured once) joined them, and the held-out split is `test20`, labelled elsewhere; every split one `split.tsv` names is a known one.
    assert!(a.iter().filter(|x| x.split == "dev").count() >= 1388);
    assert_eq!(newsset::SPLITS, ["dev", "test20"]);
    assert_eq!(newsset::HELD_OUT, ["test20"]);
    // The former test13's to test19's halves are dev articles, each named once.
    for n in newsset::FORMER_TEST13
        .iter()
        .chain(&newsset::FORMER_TEST14)
        .chain(&newsset::FORMER_TEST15)
        .chain(&newsset::FORMER_TEST16)
        .chain(&newsset::FORMER_TEST17)
        .chain(&newsset::FORMER_TEST18)
        .chain(&newsset::FORMER_TEST19)
    {
        assert_eq!(a.iter().filter(|x| x.name == *n && x.split == "dev").count(), 1, "{n}");
    }
    assert!(a.iter().all(|x| newsset::SPLITS.contains(&x.split.as_str())));
    // Every article has a body sentence; a page with no claim worth checking is real news too (the eleventh
    // session's labellers found two, a minister's views on tourism and a politician's denials), and such a page
    // only tests that nothing is proposed, so they stay few.
    let mut none = Vec::new();
    for x in &a {
        assert!(
            x.pieces.iter().any(|p| matches!(p.label, newsset::Label::Check | newsset::Label::No)),
            "{} has no body sentence",
            x.name
        );
        if !x.pieces.iter().any(|p| p.label == newsset::Label::Check) {
            none.push(x.name.as_str());
        }
    }
    assert!(none.len() * 50 <= a.len(), "more than one article in 50 has no check-worthy sentence: {none:?}");
}

/// A `split.tsv` still naming an old held-out split is refused with its line and the splits it may use.
#[test]
fn an_old_split_name_is_refused_with_its_line() {
    let t = tempfile::tempdir().unwrap();
    std::fs::write(t.path().join("split.tsv"), "# header\nsome-article\ttest2\n").unwrap();
    let e = newsset::load(t.path()).unwrap_err().to_string();
    assert!(e.contains("split.tsv:2:") && e.contains("`test2`") && e.contains("dev, test20"), "{e}");
}

/// The dev split is what the rule is calibrated on: it must not slip back. (Seventh session, start: the 45 dev
/// articles, with the 20 that were held out, gave P 0.794, R 0.923, 10 furniture, claimants 0.756; the first round
/// ended at P 0.833, R 0.911, no furniture, claimants 0.926. Second round, start: with test5's 16 articles in dev,
/// the 61 give P 0.787, R 0.870, 9 furniture, claimants 0.825; held-back sentences passing at 0.80 instead of 0.97:
/// P 0.758, R 0.902; police appeals for information as furniture: P 0.762, 7 furniture; bracketed affiliations
/// and capitalised-title appositives in claimants: 0.837; no speaker from inside an open quotation: 0.852; a
/// caption pasted twice with its source: P 0.765, 5 furniture; an instruction to scroll: P 0.767, 4 furniture.
/// Eighth session, start: with test6's 15 articles in dev, the 76 gave P 0.767, R 0.897 (401/447), 12 furniture,
/// claimants 0.739 (252/341); cross-validation then chose the floor 0.40: P 0.757, R 0.906 (405/447), 14 furniture,
/// claimants 0.739; the first round ended at P 0.798, R 0.908, 4 furniture, claimants 0.859 (the learned default).
/// Second round, start: with test7's 28 articles in dev (measured once) the 104 give, with the hand rule that
/// cross-validation makes the default again, P 0.762, R 0.863 (555/643; 18 of the misses are one page's data box),
/// 13 furniture, claimants 0.765 (408/533). A data box's lines as list items, not headings: P 0.767, R 0.883
/// (568/643), 13 furniture; cross-validation then chose the floor 0.30 in every fold (recall 0.90 became reachable):
/// P 0.752 (578/769), R 0.908 (584/643), 16 furniture, claimants 0.765; a browser notice and pointers to a web
/// address as furniture: P 0.757 (578/764), 11 furniture. Ninth session, start: with test8's 30 articles in dev
/// (measured once) the 134 give, with the hand rule, P 0.745 (752/1009), R 0.8999 (764/849), 19 furniture,
/// claimants 0.721 (547/759); after the ninth session's furniture, hold-backs and claimants: P 0.767 (762/993),
/// R 0.912 (774/849), 5 furniture, claimants 0.802 (609/759). Tenth session, start: with test9's 28 articles in
/// dev (measured once) the 162 give, with the floor 0.35 that every fold now chooses, P 0.765 (917/1199), R 0.905
/// (932/1030), 16 furniture, claimants 0.753 (727/965). With the 30 articles two labellers added to dev (new
/// outlets, labelled before anything was run on them), the 192 give P 0.767, R 0.908 (1125/1239), 21 furniture,
/// claimants 0.735 (862/1173); the 30 alone, as first measured: P 0.779, R 0.923, 5 furniture, claimants 0.649. After
/// the tenth session's furniture branch (s10-furn): P 0.771 (1107/1435), R 0.908 (1125/1239), 13 furniture, claimants
/// 0.735; after the tenth session's claimant finder (branch s10-claim) claimants 0.775 (909/1173), after its
/// resolution of claimants (s10-names) 0.771 (904/1173), and after all four branches merged: P 0.771 (1107/1435), R
/// 0.908, 13 furniture, claimants 0.810 (950/1173). Eleventh session, furniture branch (s11-furn): heads of links in
/// the site's language and the headlines under them: P 0.776 (1107/1427), R 0.908, 5 furniture; claimant branch
/// (s11-claim): claimants 0.817 (958/1173). Then test10's 28 (measured once) and the 56 articles four labellers added
/// joined dev: the 276 give P 0.750 (2035 proposed), R 0.901 (1548/1718), 14 furniture, claimants 0.743 (1241/1670).
/// Twelfth session: test11's 56 (measured once) joined dev: the 332 give P 0.755 (2482 proposed), R 0.901
/// (1902/2111), 24 furniture, claimants 0.731 (1469/2010); after the twelfth session's furniture (s12-furn, the page's
/// own voice, orders to the reader, captions closed by a credit, bylines glued to a sentence) and claimant (s12-claim,
/// a report's figures go on with it in its paragraph, surnames resolved to the full name printed) branches: P 0.759
/// (2471 proposed), R 0.901 (1902/2111), 13 furniture, claimants 0.746 (1500/2010). Thirteenth session: test12's 112
/// (measured once) joined dev: the 444 give P 0.771 (3337 proposed), R 0.908 (2611/2877), 33 furniture, claimants
/// 0.714 (1879/2631); after the thirteenth session's claimant branch (s13-claim: a report's source over its whole
/// paragraph, before its attribution too, data sources as noun phrases, groups with no name): claimants 0.753
/// (1982/2631); precision branch (s13-prec: a table's rows with a figure, a view in the present tense, a
/// predicate of necessity, the setting of a statement, a quote of the present before a long tag, the future in
/// reported speech): P 0.785 (3288 proposed), R 0.910 (2618/2877); furniture branch (s13-furn, page furniture read by structure and grammar):
/// 16 furniture. All three merged: P 0.789 (3271 proposed), R 0.910 (2618/2877), 16 furniture, claimants 0.753
/// (1982/2631); with the floor cross-validation then chooses, 0.40 (it was 0.35): P 0.793 (3220 proposed), R 0.901
/// (2592/2877), 15 furniture, claimants 0.753. Fourteenth session: test13's 112 (measured once) joined dev: the 556
/// give P 0.784 (4084 proposed), R 0.902 (3247/3601), 36 furniture, claimants 0.736 (2389/3248); precision branch
/// (s14-prec: a figure's floor 0.35, a forecast's bar 0.90): P 0.788 (4064 proposed), R 0.902 (3248/3601), 37
/// furniture (an agenda glued to a dateline whose clock times read as figures, for the furniture branch); claimants
/// 2389/3248 are 0.7355, which the test's 0.736 had rounded over; claimant branch
/// (s14-claim: documents and descriptions resolved to their source, shorter names to the longer, given names
/// alone, a weekday's date apposition): claimants 0.746 (2424/3248); furniture branch
/// (s14-furn: a picture's text given twice with a word mended or credits between, the site's line above the headline,
/// an appeal box's last plea, a note on the page's picture, a credit with initials glued to its caption): P 0.787
/// (3201/4069), R 0.902, 21 furniture. All three merged: P 0.791 (4049 proposed), R 0.902
/// (3248/3601), 22 furniture, claimants 0.746 (2424/3248). Review 14's fixes (s14-fixc: rules that made news furniture narrowed or removed): P 0.790 (3202/4054), R 0.902, 27 furniture.
/// Fifteenth session: test14's 128 (measured once) joined dev: the 684 give P 0.788 (3881/4925), R 0.900 (3940/4380), 62
/// furniture, claimants 0.722 (2749/3805); precision branch (s15-prec: a date or a named act passes from the
/// figure's bar; "is expected to" looks forward; "could" is a possibility; "was speaking" beside a reported act is
/// no setting): P 0.791 (3885/4912), R 0.900 (3944/4380), 62 furniture, claimants as they were;
/// claimant branch (s15-claim: roles resolved to the one person the page gives
/// them, a name ending "Jr.", openings, rank abbreviations and adverbs no part of a name, the first of two organisations): claimants 0.734 (2794/3805);
/// furniture branch (s15-furn: bulleted links, bios naming their outlet or
/// under their byline, the outlet that could not verify, a lede given twice above the body): P 0.789 (3885/4921), R
/// 0.900 (3944/4380), 55 furniture, claimants 0.723 (2752/3805). Review 15's decision fixes (s15-fixb: "expected to"
/// and "could" only in the main clause, "was speaking" beside an act with its object, a named act needs an act):
/// P 0.793 (3886/4901), R 0.901 (3945/4380), 55 furniture, claimants 2797/3805. All the review's fixes merged
/// (s15-fixa: bios and the outlet's names narrowed, "told X" removed; s15-fixc: a role joined by a preposition names
/// someone else, deputies and shadows hold other offices, the latest holder of a title): P 0.7927 (3886/4902), R 0.901
/// (3945/4380), 55 furniture, claimants 0.7348 (2796/3805). Sixteenth session: test15's 128 (measured once) joined
/// dev: the 812 give P 0.7832 (4453/5685), R 0.903 (4529/5017), 86 furniture, claimants 0.7180 (3158/4398);
/// precision branch (s16-prec: the floor follows whether a sentence reports an event, 0.50 with no number and no
/// event, 0.35 with a past form, a perfect or a date): P 0.7858 (4454/5668), R 0.903 (4530/5017), 82 furniture;
/// furniture branch (s16-furn: licence and reprint notices, a paragraph between two copies of the headline, a writer introducing
/// themselves): P 0.7837 (4453/5682), R 0.903, 83 furniture, claimants as they were;
/// claimant branch (s16-claim: an organisation that records figures, "the police" as printed): claimants 0.7191
/// (3163/4398). Review 16's decision fix (s16-fixb: an event is a past act used as a verb, an irregular past or a
/// past date, not an adjective in "-ed" nor a schedule): P 0.7884 (4453/5648), R 0.903 (4529/5017), 78 furniture;
/// s16-fixc (review 16: the recording rule removed, "the police" is the force named): claimants 0.7187
/// (3161/4398). All merged: P 0.7884 (4453/5648), R 0.903 (4529/5017), 78 furniture, claimants 0.7187 (3161/4398).
/// The refit on them makes the learned decision the default (its cross-validation beats the rule's): its dev figures,
/// in sample: P 0.7911 (4443/5616), R 0.901 (4519/5017), 78 furniture, claimants 0.7187. Seventeenth session:
/// test16's 128 (measured once) joined dev: the 940 give, with the learned decision fitted on the 812, P 0.782
/// (6449 proposed), R 0.899 (5121/5696), 116 furniture, claimants 0.7096 (3556/5011); precision branch (s17-prec:
/// the saying is no event, a third-person quote that tells of an event passes from 0.60), the learned decision as
/// fitted: P 0.7827 (5051/6453), R 0.900 (5128/5696), 116 furniture, claimants as they were; furniture branch
/// (s17-furn: an author's bio of several sentences, a pointer by its grammar): P 0.784 (6439 proposed), R 0.899, 106
/// furniture; claimant branch (s17-claim: the subject of any verb with a "that" clause, a "saying" or a stance's
/// participle after it, or a quotation after its colon): claimants 0.7148 (3582/5011); review 17's fixes (each
/// participle, "that" clause and opening clause given its own clause's subject, or none): 0.7138 (3577/5011). With
/// the review's decision and furniture fixes, the floor cross-validation chose (0.55) and the refit with four new
/// inputs: P 0.785 (6434 proposed), R 0.900 (5129/5696), 104 furniture, claimants 0.7138 (3577/5011). Eighteenth
/// session: test17's 128 (measured once) joined dev: the 1068 give, with the learned decision fitted on the 940, P
/// 0.7831 (5631/7191), R 0.895 (5720/6391), 133 furniture, claimants 0.6968 (3946/5663); the scorer takes a full
/// name for a label that prints it after courtesy titles ("Paki Molumi" for "Dr Paki Molumi"): 0.6985 (3956/5663);
/// furniture branch (s18-furn: numbered title-case headlines, a label run into its definition, a dateline alone on
/// its line): P 0.7837 (5631/7185), 127 furniture; precision branch (s18-prec: a past passive of an act passes from
/// 0.15, a future a decision brings in is not held), the learned decision as fitted: P 0.783 (7224 proposed), R
/// 0.899 (5747/6391), 134 furniture (one more on the unread part), claimants as they were; claimant branch
/// (s18-claim: guillemets as quotes, "as per X", an office opening a sentence as the next "he", a listener no
/// speaker), measured before the scorer's change: claimants 0.7028 (3980/5663). Review 18's decision fixes
/// (s18-fixb: "agreed"/"confirmed" a decision only from a deciding body, the decision's own clause, no `done` bar
/// under a condition or a guess nor for scenes and feelings, a decision takes the `done` bar): P 0.7838
/// (5656/7216), R 0.899 (5746/6391), 128 furniture, claimants 0.7046 (3990/5663); review 18's claimant fixes (an
/// organisation is no office, "as per" only for a person or body): claimants 0.7032 (3982/5663). The floor's
/// cross-validation chose 0.40 in 615 of 1068 folds, so 0.40 ships; refitted, the lexical decision wins by the
/// shipping rules and is the default: P 0.7876 (5688/7222), R 0.903 (5774/6391), 131 furniture (the floor at 0.40
/// lets three more through than 0.55), claimants 0.7032. Nineteenth session: test18's 160 (measured once) joined dev:
/// the 1228 give, with the lexical decision fitted on the 1068, P 0.7846 (6369/8117), R 0.896 (6469/7219), 167
/// furniture, claimants 0.6825 (4380/6418); pages branch (s19-lang: claimants on Spanish, French and Portuguese pages
/// by each language's grammar of attribution): claimants 0.6913 (4437/6418), the rest as it was; furniture branch
/// (s19-furn: a feed's footer, an outlet about itself or the news it offers, comments turned off): P 0.7855 (8108
/// proposed), R 0.896 (6469/7219), 158 furniture; claimant branch (s19-claim: a sentence adverb or a time between
/// subject and verb, letters after a name, a manner-of-speaking verb closing a quotation, a given name alone for a
/// speaker heard in full), alone: claimants 0.6851 (4397/6418); the three merged: claimants 0.6940 (4454/6418);
/// review 19's furniture fixes (news about outlets, feed pages and comment policies stay text): P 0.7850 (8113
/// proposed), R as it was, 163 furniture (the furniture branch's gain given back; its rules turned news into bylines);
/// romance-page branch (s19-lrec: on Spanish, French and Portuguese pages, a preterite, a perfect or a past passive
/// lowers the bar as English events do), alone on the three merges: R 0.899 (6489/7219), one more furniture (a
/// related story's line on a Spanish page now passes); merged after the fixes: P 0.7852 (6389/8137), R 0.899
/// (6489/7219), 164 furniture, claimants 0.6940 (4454/6418). The floor's cross-validation chose 0.30 in 1083 of
/// 1228 folds, so 0.30 ships; refitted, the lexical decision's nested recall falls under 0.90 by one sentence and the
/// learned decision is the default: P 0.7755 (6395/8246), R 0.900 (6499/7219), 168 furniture, claimants 0.6940.
/// Twentieth session: test19's 160 (measured once) joined dev: the 1388 give, with the learned decision fitted on the
/// 1228, P 0.7740 (7063/9125), R 0.890 (7162/8050), 196 furniture, claimants 0.6786 (4828/7115). Romance-cue branch
/// (s20-rom: Spanish strong preterites, Portuguese irregular pasts, the French passé simple as events) with review
/// 20's fixes (no passive "se" with a strong preterite, a plan before the passive, a noun after an article, a
/// say-verb's passé simple, no relative clause's past): P 0.774 (9132 proposed), R 0.890 (7168/8050), 196 furniture,
/// claimants 0.6786 (4828/7115), from `bench-news --split dev` (the ratchet passed, so printed no `Counts`; the
/// precision bar stays 0.7740); blank branch
/// (s20-blank: a stray comma between a name and its auxiliary verb, a role and a relative clause between a name and
/// its verb): claimants 0.6787 (4829/7115), one more on the earlier dev, the read and unread halves as they were.
/// The floor's cross-validation chose 0.20 in 1387 of 1388 folds, so 0.20 ships; refitted, neither learned decision
/// keeps recall 0.90 nested and grouped by outlet, and the hand rule is the default: P 0.7654 (7140/9328), R 0.900
/// (7248/8050), 200 furniture, claimants 0.6787 (4829/7115).)
#[test]
fn dev_articles_keep_their_precision_recall_and_claimants() {
    let c = counts("dev");
    assert_eq!(c.articles, 1388, "{c:?}");
    assert!(c.precision() >= 0.7654 && c.found >= 7248, "{c:?}");
    assert!(c.furniture_proposed <= 200, "{c:?}");
    assert!(c.claimant_accuracy() >= 0.6787, "{c:?}");
}

#[test]
fn the_issues_examples_are_not_proposed() {
    let article = include_str!("fixtures/issue15-examples.txt");
    let all = analyse(article, Model::embedded(), Decision::default());
    let proposed: Vec<&str> = all.iter().filter(|s| s.passes).map(|s| s.text.as_str()).collect();
    assert_eq!(proposed, ["Italy's economy grew 1.2 percent last year, the statistics office said."], "{all:#?}");
    assert_eq!(find(&all, "ROME").role, Role::Dateline);
    assert_eq!(find(&all, "FILE").role, Role::Caption);
    assert_eq!(find(&all, "newsletter").role, Role::Promo);
    assert_eq!(find(&all, "12:45").role, Role::Timestamp);
    let s = find(&all, "Italy's economy");
    assert!(s.why.iter().any(|w| w.starts_with("numbers: 1.2 percent")), "{:?}", s.why);
    assert!(s.why.iter().any(|w| w == "claimant: the statistics office"), "{:?}", s.why);
    assert!(find(&all, "Wages rose").held.contains("short"));
}

#[test]
fn a_name_with_digits_is_not_a_statistic() {
    let all = analyse("COVID-19 closed the schools in the region again.", Model::embedded(), Decision::default());
    assert!(all[0].numbers.is_empty(), "{:?}", all[0].numbers);
    assert_ne!(all[0].kind, Kind::Statistic);
}

#[test]
fn numbers_follow_the_storys_language() {
    let t = "Die Regierung gab 1.234,5 Millionen Euro aus.";
    let de = analyse_in(t, Model::embedded(), Decision::default(), "de");
    assert_eq!(de[0].numbers[0].value, 1234.5e6);
    // Unset language: what the article shows.
    let guess = analyse_in(t, Model::embedded(), Decision::default(), "");
    assert_eq!(guess[0].numbers[0].value, 1234.5e6);
}

#[test]
fn claimants_carry_across_paragraphs_and_resolve() {
    let t = "Senate Majority Leader Chuck Schumer spoke on Thursday.\n\n\
        \"We had 50 votes for the bill. We will try again next year,\n\n\
        \"and we will win 60 votes,\" Schumer said.\n\n\
        \"The count was 48 to 52,\" he said.\n\n\
        The Centers for Disease Control and Prevention reported 704 cases.\n\n\
        According to the agency, people reported 228 cases in 12 states.\n\n\
        Gov. Greg Abbott, R-Texas, said 40 schools closed.\n\n\
        But Shadow Chancellor Mel Stride said taxes rose 2 percent.";
    let all = analyse(t, Model::embedded(), Decision::default());
    assert_eq!(find(&all, "and we will win").claimant, "Chuck Schumer");
    assert_eq!(find(&all, "48 to 52").claimant, "Chuck Schumer");
    assert_eq!(find(&all, "228 cases").claimant, "Centers for Disease Control and Prevention");
    assert_eq!(find(&all, "40 schools").claimant, "Gov. Greg Abbott");
    assert_eq!(find(&all, "taxes rose").claimant, "Shadow Chancellor Mel Stride");
}

fn factdesk() -> Command {
    test_cache::factdesk()
}

#[test]
fn json_shows_roles_and_why() {
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news/voa-inflation-july/article.txt");
    let out = factdesk().args(["extract", article.to_str().unwrap(), "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = v.as_array().unwrap();
    let role_of = |needle: &str| {
        items.iter().find(|x| x["text"].as_str().unwrap().contains(needle)).map(|x| x["role"].clone()).unwrap()
    };
    assert_eq!(role_of("Smoke billows"), "caption");
    assert_eq!(role_of("Accessibility links"), "navigation");
    assert_eq!(role_of("VOA News"), "byline");
    let first = items.iter().find(|x| x["passes"] == true).unwrap();
    assert!(!first["why"].as_array().unwrap().is_empty(), "{first}");
}

#[test]
fn json_reads_numbers_in_the_language_given() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Der Staat gab 1.234 Millionen Euro aus.").unwrap();
    let value = |lang: &str| {
        let out = factdesk()
            .args(["extract", article.to_str().unwrap(), "--format", "json", "--language", lang])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v[0]["numbers"][0]["value"].as_f64().unwrap()
    };
    assert_eq!(value("de"), 1234e6);
    assert_eq!(value("en"), 1.234e6);
}

#[test]
fn extract_lists_its_candidates_best_first_with_why() {
    let dir = tempfile::tempdir().unwrap();
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news/wgem-measles/article.txt");
    let out = factdesk()
        .args(["extract", article.to_str().unwrap(), "--story", "measles", "--workspace", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let scores: Vec<f64> = text
        .lines()
        .filter(|l| l.starts_with("  0.") || l.starts_with("  1."))
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert!(scores.len() >= 3, "{text}");
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "not best first: {text}");
    assert!(text.contains("        why: "), "{text}");
    assert!(!text.contains("Skip to"), "{text}");
    // The candidates keep why they were proposed.
    let yaml = std::fs::read_to_string(dir.path().join("measles/claims.yaml")).unwrap();
    assert!(yaml.contains("why:"), "{yaml}");
}

/// Issue 15, second session: a quotation a sentence opens and a later sentence of the paragraph closes is one
/// quote, with one speaker.
#[test]
fn a_quote_that_runs_over_sentences_keeps_its_speaker() {
    let t = "Inspector Ruth Oduya of the county police said: \"We found 12 bags of cash. They were hidden in the roof.\"\n\n\
        Councillor Tim Bale, speaking later, said the council would review its rules.";
    let all = analyse(t, Model::embedded(), Decision::default());
    let s = find(&all, "hidden in the roof");
    // The speaker with her title, as the article gives it ("Inspector Ruth Oduya").
    assert!(newsset::claimant_matches(&s.claimant, &["Ruth Oduya".into()]), "{}", s.claimant);
    assert_eq!(s.kind, Kind::Quote);
    let next = find(&all, "review its rules");
    assert!(newsset::claimant_matches(&next.claimant, &["Tim Bale".into()]), "{}", next.claimant);
}

/// An act of the justice system is proposed from a lower score than other sentences, and says so in its why.
#[test]
fn acts_of_the_justice_system_have_their_own_floor() {
    let t = "Police arrested two men in Leeds on Sunday after a raid on a warehouse.\n\n\
        The warehouse stood empty for most of the year near the canal.";
    let only_record = Decision::News {
        min: 1.0,
        sure: 1.0,
        min_words: 1,
        record: 0.0,
        short: 1.0,
        figure: 1.0,
        forward: 1.0,
        eventless: 1.0,
        told: 1.0,
        done: 1.0,
    };
    let all = analyse(t, Model::embedded(), only_record);
    let arrest = find(&all, "arrested");
    assert!(arrest.record && arrest.passes, "{arrest:?}");
    assert!(arrest.why.iter().any(|w| w.contains("justice system")), "{:?}", arrest.why);
    let other = find(&all, "stood empty");
    assert!(!other.record && !other.passes, "{other:?}");
}

/// A news decision whose bars are all out of reach but the `done` bar, which every sentence clears.
const ONLY_DONE: Decision = Decision::News {
    min: 1.0,
    sure: 1.0,
    min_words: 1,
    record: 1.0,
    short: 1.0,
    figure: 1.0,
    forward: 1.0,
    eventless: 1.0,
    told: 1.0,
    done: 0.0,
};

/// Eighteenth session: a sentence that reports an act done to someone in a past passive passes from the `done` bar;
/// its look-alike in the active voice faces the figure's bar, and one that is held back stays held (invented
/// sentences).
#[test]
fn an_act_done_to_someone_has_its_own_bar() {
    let t = "The driver was rushed to Hillcrest Hospital after the crash on the ring road.\n\n\
        The driver drove to Hillcrest Hospital after the crash on the ring road.\n\n\
        The driver may have been rushed to Hillcrest Hospital after the crash.";
    let all = analyse(t, Model::embedded(), ONLY_DONE);
    let passive = find(&all, "was rushed");
    assert!(passive.passes, "{passive:?}");
    let active = find(&all, "drove to");
    assert!(!active.passes, "{active:?}");
    let possible = find(&all, "may have been");
    assert!(!possible.held.is_empty() && !possible.passes, "{possible:?}");
}

/// Review 18, finding 8: a decision on record that brings in a future passes from the `done` bar, as an act done
/// in the passive does; its look-alike, a forecast, stays held (invented sentences).
#[test]
fn a_decision_on_record_has_the_done_bar() {
    let t = "Ministers decided that the scheme will close to new applicants.\n\n\
        Economists predicted that the scheme will close to new applicants.";
    let all = analyse(t, Model::embedded(), ONLY_DONE);
    let decision = find(&all, "decided");
    assert!(decision.held.is_empty() && decision.passes, "{decision:?}");
    let forecast = find(&all, "predicted");
    assert!(!forecast.held.is_empty() && !forecast.passes, "{forecast:?}");
}

/// Sixteenth session: a sentence with no number that reports no event (no past form, perfect or date) needs the
/// `eventless` bar; its look-alike that reports an event passes from the figure's bar (invented sentences).
#[test]
fn a_sentence_that_reports_no_event_has_a_higher_bar() {
    let t = "The river is a lifeline for the farms along the valley.\n\n\
        The river flooded the farms along the valley last spring.";
    let strict = Decision::News {
        min: 0.0,
        sure: 1.0,
        min_words: 1,
        record: 0.0,
        short: 1.0,
        figure: 0.0,
        forward: 1.0,
        eventless: 1.0,
        told: 1.0,
        done: 1.0,
    };
    let all = analyse(t, Model::embedded(), strict);
    let state = find(&all, "lifeline");
    assert!(state.held.is_empty() && !state.passes, "{state:?}");
    let event = find(&all, "flooded");
    assert!(event.held.is_empty() && event.passes, "{event:?}");
    assert_eq!(strict.news_bar(state).map(|b| b.0), Some(1.0));
    // The bar is 0.50 and never under the floor: the seventeenth session's floor, 0.55, raised it; the eighteenth's,
    // 0.40, and the nineteenth's, 0.30, leave it at 0.50. An event's bar is the figure's, 0.35, or the floor if lower.
    assert_eq!(factdesk::extract::NEWS.news_bar(state).map(|b| b.0), Some(0.50));
    assert_eq!(factdesk::extract::NEWS.with_floor(0.55).news_bar(state).map(|b| b.0), Some(0.55));
    assert_eq!(factdesk::extract::NEWS.with_floor(0.40).news_bar(event).map(|b| b.0), Some(0.35));
    // The twentieth session's floor, 0.20, is under the figure's bar, so it is an event's bar.
    assert_eq!(factdesk::extract::NEWS.news_bar(event).map(|b| b.0), Some(0.20));
}

/// A page pasted with its content system's error output: the error box is chrome, and the story's title is the
/// article's headline, not "Error message".
#[test]
fn a_pages_error_output_is_neither_claim_nor_title() {
    let t = "Error message\n\n\
        Warning: Cannot modify header information in /var/www/site/index.php on line 12\n\n\
        Council approves new budget\n\n\
        The city council approved a budget of 12 million pounds on Tuesday, the mayor said.";
    let all = analyse(t, Model::embedded(), Decision::default());
    assert_eq!(find(&all, "Error message").role, Role::Navigation);
    assert_eq!(find(&all, "Cannot modify").role, Role::Navigation);
    assert_eq!(factdesk::extract::first_heading(t).as_deref(), Some("Council approves new budget"));
}

/// A quotation paragraph that follows an attributed one goes on in the same voice, and an attribution split off
/// after a question ("... differently?" / "Hale asked.") names the speaker of the question.
#[test]
fn quote_paragraphs_run_on_and_a_split_attribution_names_the_question() {
    let t = "\"We sold the land in 2019 for 3 million dollars,\" said Rosa Diaz, a spokeswoman for the farm.\n\n\
        \"We never wanted to leave the valley.\"\n\n\
        Councillor Mark Hale spoke next.\n\n\
        \"Why did the council approve the sale so fast?\" Hale asked.";
    let all = analyse(t, Model::embedded(), Decision::default());
    assert!(newsset::claimant_matches(&find(&all, "never wanted").claimant, &["Rosa Diaz".into()]), "{all:#?}");
    assert!(newsset::claimant_matches(&find(&all, "approve the sale").claimant, &["Mark Hale".into()]), "{all:#?}");
}

/// `bench-news` runs with a held-out split that has no article yet (test20 before it is merged): the dev line, and
/// a line saying test20 and all held-out have none, never a division by zero or an error.
#[cfg(feature = "dev")]
#[test]
fn bench_news_runs_with_an_empty_held_out_split() {
    let t = extract_common::one_article_news_set("wgem-measles");
    let out = factdesk().arg("bench-news").arg(t.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().any(|l| l.starts_with("dev ") && l.contains("1 articles")), "{text}");
    assert!(text.lines().any(|l| l.starts_with("test20 ") && l.contains("no article")), "{text}");
    assert!(text.lines().any(|l| l.starts_with("held-out") && l.contains("no article")), "{text}");
}

/// `bench-news --show` prints the mistakes of dev's read parts but never those of the unread halves
/// (measured by its totals alone), and gives each part of dev its own line.
#[cfg(feature = "dev")]
#[test]
fn bench_news_shows_no_mistake_of_the_unread_half() {
    // A read page with mistakes at threshold 0 (the former test19's first two have none).
    let read = newsset::FORMER_TEST19[2];
    let unread = newsset::FORMER_TEST19[newsset::FORMER_TEST19_READ];
    let t = extract_common::one_article_news_set(read);
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news").join(unread);
    std::fs::create_dir(t.path().join(unread)).unwrap();
    for f in ["article.txt", "labels.tsv"] {
        std::fs::copy(from.join(f), t.path().join(unread).join(f)).unwrap();
    }
    std::fs::write(t.path().join("split.tsv"), format!("{read}\tdev\n{unread}\tdev\n")).unwrap();
    // Threshold 0 proposes every piece, so both articles have mistakes (their headlines, at least).
    let mut cmd = factdesk();
    let out =
        cmd.arg("bench-news").arg(t.path()).args(["--split", "dev", "--show", "--threshold", "0"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines().any(|l| l.trim_start().starts_with("former test19 read") && l.contains(" 1 articles")),
        "{text}"
    );
    assert!(text.lines().any(|l| l.trim_start().starts_with("unread halves") && l.contains(" 1 articles")), "{text}");
    assert!(text.lines().any(|l| l.trim_start().starts_with(read)), "{text}");
    assert!(!text.contains(unread), "{text}");
    let hidden = text.lines().find(|l| l.contains("mistakes of the unread halves")).unwrap();
    assert!(!hidden.trim_start().starts_with("(0 "), "{text}");
}

/// Seventh session: furniture recognised by structure on an invented page laid out like none in the set — a long
/// headline, a standfirst repeated with a credit, a caption and its credit line, a dated dateline, an appeal, a
/// pointer between paragraphs and a sign-off. Only the body is ever proposed.
#[test]
fn furniture_of_an_unseen_layout_is_never_proposed() {
    let t = "Skip to main content\n\n\
        Regional rail operator cuts 300 jobs as passenger numbers fall for the third year running across the north\n\n\
        The operator said it would cut 300 jobs after passenger numbers fell 12 percent in 2023.\n\n\
        The operator said it would cut 300 jobs after passenger numbers fell 12 percent in 2023. (Image credit: Jane Roe/Rail Daily)\n\n\
        By Tom Price\n\n\
        Published: 9:15 AM March 3, 2024\n\n\
        A train waits at an empty platform in Leeds, where 40 services a day were cut in 2023.\n\n\
        Maria Lopez/Getty Images\n\n\
        Monday, March 3, 2024 – The operator said it would cut 300 jobs after passenger numbers fell 12 percent in 2023.\n\n\
        Story continues below advertisement\n\n\
        Ticket sales fell to 41 million in 2023 from 47 million in 2021, the company said in its annual report.\n\n\
        This paper has covered the north for 150 years. Times are hard, which is why we are asking for your support: \
        every contribution helps us keep our journalism free.\n\n\
        The union said 120 of the jobs were in maintenance. (AFP)";
    let all = analyse(t, Model::embedded(), Decision::default());
    for s in all.iter().filter(|s| s.passes) {
        assert!(
            s.role == Role::Body
                && (s.text.starts_with("The operator said it would cut")
                    || s.text.starts_with("Ticket sales")
                    || s.text.starts_with("The union said")),
            "proposed: {s:?}\n{all:#?}"
        );
    }
    assert!(all.iter().any(|s| s.passes && s.text.starts_with("Ticket sales")), "{all:#?}");
    assert_eq!(find(&all, "Monday, March 3").role, Role::Dateline);
    assert_eq!(find(&all, "Maria Lopez").role, Role::Credit);
    assert_eq!(find(&all, "A train waits").role, Role::Caption);
    assert_eq!(find(&all, "Story continues").role, Role::Promo);
    assert_eq!(find(&all, "asking for your support").role, Role::Promo);
    assert_eq!(find(&all, "(AFP)").role, Role::Credit);
    assert_eq!(factdesk::extract::first_heading(t).as_deref().map(|h| h.starts_with("Regional rail")), Some(true));
}

/// Seventh session: the speaker of a quotation paragraph after reported speech, a pronoun that is not a place named
/// in its own sentence, "the official" as the last speaker, an inverted role before a name, and the listener of
/// "told" never taken for the speaker (invented article).
#[test]
fn the_attribution_finder_follows_speakers_across_paragraphs() {
    let t = "Dean Hale, a senior meteorologist at the weather service, said a low was bringing rain to the south.\n\n\
        \"We could also see storms through inland New South Wales, with large hail,\" he said.\n\n\
        Hale said the service expected 25 to 50mm of rain across the state.\n\n\
        \"Falls of 100 millimetres are possible in the north-east.\"\n\n\
        \"The budget is 40 million short,\" one council staffer said. \"I see 12 ways this could hurt,\" said the official.\n\n\
        Almost all of the pupils passed their exams this year, says head teacher Ana Ruiz, who ran the school for 20 years.\n\n\
        \"Costs doubled in 2023,\" lead author Tom Price, a chemist at the institute, told Science Weekly.";
    let all = analyse(t, Model::embedded(), Decision::default());
    let who = |needle: &str| find(&all, needle).claimant.clone();
    assert!(newsset::claimant_matches(&who("New South Wales"), &["Dean Hale".into()]), "{}", who("New South Wales"));
    assert!(newsset::claimant_matches(&who("100 millimetres"), &["Dean Hale".into()]), "{}", who("100 millimetres"));
    assert!(newsset::claimant_matches(&who("12 ways"), &["one council staffer".into()]), "{}", who("12 ways"));
    assert!(newsset::claimant_matches(&who("pupils passed"), &["Ana Ruiz".into()]), "{}", who("pupils passed"));
    assert!(newsset::claimant_matches(&who("Costs doubled"), &["Tom Price".into()]), "{}", who("Costs doubled"));
}

/// Seventh session, second round: a held-back sentence (here a quote with no quantity) passes when the scorer is
/// fairly sure of it (>= 0.80, was 0.97): on the 16 articles from outlets unseen when the hold-backs were written,
/// the holds cost 12 of 23 misses and bought no precision. A held quote the scorer is less sure of stays held.
#[test]
fn a_held_quote_the_scorer_is_sure_of_is_proposed() {
    let article = "Fees row\n\n\
        \"The ministry has told the councils to cut their parking charges before the end of the year,\" the minister said.\n\n\
        \"We have warned the regional councils twice about the waste contracts already,\" she said.\n";
    let all = analyse(article, Model::embedded(), Decision::default());
    let sure = find(&all, "parking charges");
    assert_eq!(sure.held, "a quote with no quantity", "{sure:?}");
    assert!(sure.score >= 0.80 && sure.passes, "{sure:?}");
    let unsure = find(&all, "waste contracts");
    assert_eq!(unsure.held, "a quote with no quantity", "{unsure:?}");
    assert!(unsure.score < 0.80 && !unsure.passes, "{unsure:?}");
    assert!(matches!(factdesk::extract::NEWS, Decision::News { sure, .. } if sure == 0.80));
    // A short sentence with no quantity keeps the strict bar: "In 1990 he moved." scores above 0.80.
    let short = analyse("Old mill\n\nIn 1990 he moved.\n", Model::embedded(), Decision::default());
    let moved = find(&short, "1990");
    assert!(moved.held == "too short to say much" && moved.score >= 0.80 && !moved.passes, "{moved:?}");
}

/// Second round: a quotation paragraph with no attribution of its own, whose first sentence has a say-verb inside
/// the quotation ("cases confirmed"), keeps the speaker of the paragraph before (kios-douglas-flu's kind; invented
/// text).
#[test]
fn a_quotation_paragraph_keeps_its_speaker_despite_a_quoted_say_verb() {
    let t = "Water report\n\n\
        Jo Marsh, Director of the County Water Board, says the wells are lower than last year.\n\n\
        \"We've had 40 wells reported dry.  Of those, 12 ran dry during the past month.\"\n";
    let all = analyse(t, Model::embedded(), Decision::default());
    for s in [find(&all, "40 wells"), find(&all, "12 ran dry")] {
        assert!(newsset::claimant_matches(&s.claimant, &["Jo Marsh".into()]), "{s:?}");
    }
}

/// Second round: an instruction to scroll, inside a paragraph of text, is never proposed; the sentence before it is
/// still read (newhaven's kind; invented text).
#[test]
fn an_instruction_to_scroll_is_never_proposed() {
    let t = "Budget passes\n\n\
        The committee cut $6 million from the $476 million budget on Tuesday, the clerk said. Scroll down to read \
        our notes on the 14 amendments, including a vote that 40 residents stayed past midnight to see.\n";
    let all = analyse(t, Model::embedded(), Decision::default());
    let scroll = find(&all, "Scroll down");
    assert!(!scroll.passes && scroll.role == Role::Promo, "{scroll:?}");
    assert!(find(&all, "$6 million").passes, "{all:#?}");
}
