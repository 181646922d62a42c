//! Issue 15, fourteenth session: a picture's text given twice (one word mended, a credit glued on, credit lines
//! between the copies), a caption with its credit glued on above the dateline, an appeal box's last plea, the site's
//! line above the headline and a dated standfirst above the byline; each beside a look-alike that stays text. The
//! pages are invented (no fixture text).

mod common;

use common::extract::find;
use factdesk::extract::model::Model;
use factdesk::extract::split::Role;
use factdesk::extract::{Analysed, Decision, NEWS, analyse};

/// A reef story: a caption given twice with a typo mended and a credit glued to the second copy; one given twice
/// with a different credit glued to each copy; a caption given twice around its photographer's and outlet's lines;
/// a caption with a credit whose names hold initials glued on; and body sentences that differ in one word from each
/// other.
const REEF_PAGE: &str = "Reef survey begins in the Pacific\n\n\
    Divers will count the fish on 40 reefs this year, the marine agency said on Monday.\n\n\
    Swirls of corral attract fish near Pelican Island, about 900 miles south of the capital.\n\
    Swirls of coral attract fish near Pelican Island, about 900 miles south of the capital. Courtesy: Jane \
    Roe/Marine Agency\n\n\
    The survey will cost 3 million dollars, the agency said.\n\n\
    The old lighthouse has done its work guiding ships past the reef for 90 years. Here's a look at its history. \
    Credit: Marine Agency/Jane Roe\n\
    The old lighthouse has done its work guiding ships past the reef for 90 years. Here's a look at its history. \
    Image Credit: Marine Agency/Jane Roe.\n\n\
    The mayor waves after the signing of the reef protection bill.\n\n\
    Jane Roe\n\n\
    Radio Star\n\n\
    The mayor waves after the signing of the reef protection bill.\n\n\
    The bill passed the council 9 to 2 on Thursday.\n\n\
    NEW REEF. Artist's drawing of the reef the agency plans to grow, as it would look in 2040. D.A. Roe/Marine \
    Agency\n\n\
    The agency will plant 5,000 corals by 2030, its director said.\n\n\
    Divers counted 120 fish at the north reef on Monday morning.\n\n\
    Divers counted 120 fish at the south reef on Monday morning.\n\n\
    Ward 3 voters elected Jane Roe to the reef board by 400 votes.\n\n\
    Ward 4 voters elected Jane Roe to the reef board by 400 votes.";

/// A climate story whose lede is given three times: the picture's alt text, its caption with a credit, then the
/// lede itself (the last copy is the body's).
const THRICE_PAGE: &str = "Scientists settle a climate question\n\n\
    Scientists have settled a long debate over ancient temperatures, confirming the planet is warmer than in 12,000 \
    years.\n\
    Scientists have settled a long debate over ancient temperatures, confirming the planet is warmer than in 12,000 \
    years. (Image credit: Space Agency)\n\n\
    Scientists have settled a long debate over ancient temperatures, confirming the planet is warmer than in 12,000 \
    years.\n\n\
    The study used 1,200 records from lakes and seas, its authors said.";

/// A market story with no headline: the picture's text first, its credit glued to its end, then the story from its
/// dateline.
const MARKET_PAGE: &str = "Shoppers buy rice at a market in Riverton on April 27, 2031. Traders ask the government to \
    cut the prices of basic goods ahead of the holiday. Jane Roe, Valley News\n\n\
    RIVERTON — Prices rose 3.7 percent in July, the statistics office said on Saturday.\n\n\
    Rice cost 12 percent more than a year before, the office said.";

/// The same paragraph, but the story does not open with a dateline: it is the story's first paragraph.
const NO_DATELINE_PAGE: &str = "Prices rose 3.7 percent in July, the statistics office said on Saturday. Rice \
    cost 12 percent more than a year before and fuel 4 percent less, while bus fares stayed where they were, \
    according to the office's head of prices, Jane Roe of Valley Statistics\n\n\
    The office will publish August's figures on Sept. 30.\n\n\
    Fuel prices fell 2 percent in July, the office said.";

/// An appeal box after the story, its last plea in no voice a rule hears; and a paragraph of the story, between two
/// others, whose first sentences are the outlet's and whose last is the story's.
const APPEAL_PAGE: &str = "Storm closes the coast road\n\n\
    The coast road was closed on Sunday after a storm brought down 40 trees, the county said.\n\n\
    Our reporters work late to cover what you care about. Our editors work overtime to break big stories. The storm killed 12 \
    people in the county on Sunday, the coroner said.\n\n\
    Crews will reopen the road by Friday, the county said.\n\n\
    Be Part of Valley News |\n\
    Quality journalism takes a lot of time, money and hard work to produce, and despite the hardships we still do it. \
    Our reporters work late to cover what you care about. \
    Today more people read Valley News than ever, but only a handful pay while advertising falls fast. |\n\
    ACT NOW |\n\
    MONTHLY | $5 | |";

/// The site's own line above the headline, then a standfirst under a label and above the byline.
const SITE_LINE_PAGE: &str = "The Valley Gazette is available online now.\n\n\
    Council posts best budget surplus in nine years due to firm tax growth, & stable costs\n\n\
    Synopsis\n\n\
    A sample of 40 towns shows the surplus of the council rose 35 percent in the year to June.\n\n\
    By Jane Roe\n\n\
    The council ended the year with a surplus of 4 million dollars, its treasurer said on Monday.\n\n\
    Tax income rose 12 percent, while costs stayed flat.";

/// A page that opens with its lede, a short sentence, with a paragraph of text after it.
const LEDE_FIRST_PAGE: &str = "Police closed the bridge on Monday.\n\n\
    The bridge will reopen on Friday after repairs costing 2 million dollars, police said.\n\n\
    Traffic was sent through the town centre, where queues stretched for 3 miles.";

/// A standfirst that opens with its place, with a link and the byline under it; and a lede that opens with its
/// dateline, with the story after it.
const DATED_STANDFIRST_PAGE: &str = "Floods hit the north\n\n\
    Riverton - The weather office has predicted more rain in the next 24 hours.\n\n\
    Read more...\n\n\
    By Jane Roe\n\n\
    Heavy rains flooded wide areas of the north this week, killing 59 people, officials said on Sunday.\n\n\
    Most of the deaths were caused by houses collapsing, the relief department said.";
const DATED_LEDE_PAGE: &str = "Floods hit the north\n\n\
    RIVERTON - Heavy rains flooded wide areas of the north this week, killing 59 people, officials said on Sunday.\n\n\
    Most of the deaths were caused by houses collapsing, the relief department said.";

/// A lede whose next paragraph opens with the same long name: the lede is text, not a standfirst that opens like it.
const SAME_NAME_PAGE: &str = "Wells closed after test\n\n\
    The Valley Regional Water Quality Control Board said on Monday that 12 wells had been closed.\n\n\
    The Valley Regional Water Quality Control Board said the wells would reopen in May.\n\n\
    Tests found 40 parts per billion of nitrate in the water, the board said.";

/// A note on the page's picture, naming it with no article; beside it the story speaking of a photo.
const PICTURE_NOTE_PAGE: &str = "Fine upheld on appeal\n\n\
    Photo has been used for illustrative purposes.\n\n\
    The appeal court upheld a fine of 3 million dollars on a company that employed 60 workers illegally.\n\n\
    The photo was taken in 1945, the archive said.\n\n\
    Photo editing apps were downloaded 3 million times last year, the survey found.";

fn furniture_never_proposed(all: &[Analysed], decision: Decision) {
    for s in all.iter().filter(|s| s.passes) {
        assert!(s.role.can_be_claim(), "{decision:?} proposed {s:?}");
    }
}

#[test]
fn a_pictures_text_given_twice_is_a_caption_and_sentences_that_differ_in_a_word_are_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(REEF_PAGE, Model::embedded(), decision);
        let captions = all.iter().filter(|s| s.text.contains("attract fish near Pelican")).collect::<Vec<_>>();
        assert_eq!(captions.len(), 2, "{all:#?}");
        assert!(captions.iter().all(|s| s.role == Role::Caption), "{captions:#?}");
        assert_eq!(find(&all, "Artist's drawing").role, Role::Caption, "{all:#?}");
        let lighthouse = all.iter().filter(|s| s.text.contains("The old lighthouse")).collect::<Vec<_>>();
        assert!(!lighthouse.is_empty() && lighthouse.iter().all(|s| s.role.is_furniture()), "{all:#?}");
        let waves = all.iter().filter(|s| s.text.contains("The mayor waves")).collect::<Vec<_>>();
        assert_eq!(waves.len(), 2, "{all:#?}");
        assert!(waves.iter().all(|s| s.role == Role::Caption), "{waves:#?}");
        for body in [
            "Divers will count",
            "The survey will cost",
            "The bill passed",
            "plant 5,000 corals",
            "at the north reef",
            "at the south reef",
            "Ward 3 voters",
            "Ward 4 voters",
        ] {
            assert_eq!(find(&all, body).role, Role::Body, "{body}");
        }
        furniture_never_proposed(&all, decision);
        assert!(find(&all, "The bill passed").passes, "{decision:?}: {all:#?}");
    }
}

#[test]
fn a_text_given_three_times_keeps_its_last_copy_as_the_lede() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(THRICE_PAGE, Model::embedded(), decision);
        let copies = all.iter().filter(|s| s.text.contains("Scientists have settled")).collect::<Vec<_>>();
        assert_eq!(copies.len(), 3, "{all:#?}");
        assert!(copies[..2].iter().all(|s| s.role.is_furniture()), "{copies:#?}");
        assert_eq!(copies[2].role, Role::Body, "{copies:#?}");
        furniture_never_proposed(&all, decision);
    }
}

#[test]
fn a_caption_with_its_credit_glued_on_above_the_dateline_is_a_caption_and_a_first_paragraph_without_one_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(MARKET_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "Shoppers buy rice").role, Role::Caption);
        assert_eq!(find(&all, "Prices rose 3.7 percent").role, Role::Body);
        furniture_never_proposed(&all, decision);
        assert!(find(&all, "Prices rose 3.7 percent").passes, "{decision:?}: {all:#?}");
        let all = analyse(NO_DATELINE_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "Prices rose 3.7 percent").role, Role::Body);
        assert_eq!(find(&all, "Rice cost 12 percent").role, Role::Body);
    }
}

#[test]
fn an_appeal_boxs_last_plea_is_a_promotion_and_a_body_paragraphs_claim_stays_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(APPEAL_PAGE, Model::embedded(), decision);
        // Review 14, finding 5: a box's paragraph is closed only between promotions; this box's lines are not, so its
        // last plea is no longer a promotion (it is not proposed either way: checked below).
        assert_eq!(find(&all, "The storm killed 12").role, Role::Body, "{all:#?}");
        furniture_never_proposed(&all, decision);
        assert!(find(&all, "The storm killed 12").passes, "{decision:?}: {all:#?}");
    }
}

#[test]
fn a_page_with_a_line_above_the_headline_keeps_its_story_and_a_short_lede_first_is_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(SITE_LINE_PAGE, Model::embedded(), decision);
        // Review 14, finding 1: the site's-line rule is removed (a short lede above a subheading read the same).
        assert_eq!(find(&all, "Council posts best budget").role, Role::Heading, "{all:#?}");
        // Without the site's line the page opens with text, so the labelled standfirst is no longer found.
        assert_eq!(find(&all, "surplus of 4 million").role, Role::Body);
        furniture_never_proposed(&all, decision);
        assert!(find(&all, "surplus of 4 million").passes, "{decision:?}: {all:#?}");
        let all = analyse(LEDE_FIRST_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "Police closed the bridge").role, Role::Body, "{all:#?}");
    }
}

#[test]
fn a_dated_standfirst_above_the_byline_is_a_summary_and_a_dated_lede_is_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(DATED_STANDFIRST_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "has predicted more rain").role, Role::Summary, "{all:#?}");
        assert_eq!(find(&all, "Heavy rains flooded").role, Role::Body);
        furniture_never_proposed(&all, decision);
        assert!(find(&all, "Heavy rains flooded").passes, "{decision:?}: {all:#?}");
        let all = analyse(DATED_LEDE_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "Heavy rains flooded").role, Role::Body, "{all:#?}");
        assert!(find(&all, "Heavy rains flooded").passes, "{decision:?}: {all:#?}");
    }
}

#[test]
fn a_lede_whose_next_paragraph_repeats_a_long_name_is_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(SAME_NAME_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "said on Monday that 12 wells").role, Role::Body, "{all:#?}");
        assert!(find(&all, "said on Monday that 12 wells").passes, "{decision:?}: {all:#?}");
    }
}

#[test]
fn a_note_on_the_pages_picture_is_a_caption_and_the_story_speaking_of_a_photo_is_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(PICTURE_NOTE_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "illustrative purposes").role, Role::Caption, "{all:#?}");
        for body in ["The appeal court upheld", "The photo was taken", "Photo editing apps"] {
            assert_eq!(find(&all, body).role, Role::Body, "{body}");
        }
        furniture_never_proposed(&all, decision);
    }
}

/// Review 14, finding 1: a page that opens with a short lede above a subheading or an unpunctuated caption; the lede
/// is text, not the site's line.
const SHORT_LEDE_PAGES: [&str; 3] = [
    "The prime minister has resigned.\n\nWhat happens next\n\n\
     The party will choose a new leader within six weeks, its chairman said on Monday.",
    "The storm hit the coast on Sunday, killing two people.\n\nA tree lies on a car in the town centre\n\n\
     Crews cleared 40 roads by Monday night, the county said.",
    "Unions called off the rail strike on Friday.\n\nWhat the deal means for passengers\n\n\
     Trains will run as normal from Monday, the operator said.",
];

#[test]
fn a_short_lede_above_a_subheading_or_a_caption_is_text() {
    for decision in [Decision::default(), NEWS] {
        for (page, lede) in SHORT_LEDE_PAGES.iter().zip(["has resigned", "The storm hit", "called off the rail"]) {
            let all = analyse(page, Model::embedded(), decision);
            assert_eq!(find(&all, lede).role, Role::Body, "{all:#?}");
        }
    }
}

/// Review 14, finding 2: news that opens with "Pictures", "Photos" or "Images" and a verb is not a picture note.
const PICTURE_NEWS_PAGE: &str = "Warehouse fire in the port\n\n\
    Pictures have emerged showing the warehouse in flames.\n\n\
    Photos were released by police on Monday showing the suspect.\n\n\
    Images are being shared on social media of the flood.\n\n\
    Photos are the first from the rim since 2021, the agency said.";

#[test]
fn news_about_pictures_is_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(PICTURE_NEWS_PAGE, Model::embedded(), decision);
        for body in ["Pictures have emerged", "Photos were released", "Images are being shared", "Photos are the first"]
        {
            assert_eq!(find(&all, body).role, Role::Body, "{body}: {all:#?}");
        }
    }
}

/// Review 14, finding 3: body sentences that differ in one word (a place's name; a plural), once with a short
/// subheading between them.
const ONE_WORD_PAGES: [&str; 2] = [
    "Fares rise across the region\n\n\
     The region's operators set new fares on Friday, the council said.\n\n\
     Bus fares in Derby will rise by 10 pence from Monday, the operator said.\n\n\
     Bus fares in Derry will rise by 10 pence from Monday, the operator said.\n\n\
     Rail fares will not change, the ministry said.",
    "Profit falls at the maker\n\n\
     The maker published its results on Tuesday, a day later than planned.\n\n\
     The company said its profit fell 4 percent in the first quarter of the year.\n\n\
     Results\n\n\
     The company said its profits fell 4 percent in the first quarter of the year.\n\n\
     Its shares fell 2 percent in early trading.",
];

#[test]
fn body_sentences_that_differ_in_one_word_are_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(ONE_WORD_PAGES[0], Model::embedded(), decision);
        for body in ["fares in Derby", "fares in Derry"] {
            assert_eq!(find(&all, body).role, Role::Body, "{body}: {all:#?}");
        }
        let all = analyse(ONE_WORD_PAGES[1], Model::embedded(), decision);
        let copies = all.iter().filter(|s| s.text.contains("fell 4 percent")).collect::<Vec<_>>();
        assert_eq!(copies.len(), 2, "{all:#?}");
        assert!(copies.iter().all(|s| s.role == Role::Body), "{copies:#?}");
    }
}

/// Review 14, finding 4: two paragraphs that open with the same sentence and close with different quoted sentences.
const QUOTED_TAILS_PAGE: &str = "Budget passes\n\n\
    The council met for six hours on Monday, its clerk said.\n\n\
    The council approved the new budget on Monday night after a long debate. Critics called it \"a scandal.\"\n\n\
    The council approved the new budget on Monday night after a long debate. Supporters called it \"overdue.\"\n\n\
    Taxes will rise 2 percent, the treasurer said.";

#[test]
fn paragraphs_that_close_with_different_quotes_are_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(QUOTED_TAILS_PAGE, Model::embedded(), decision);
        let copies = all.iter().filter(|s| s.text.contains("approved the new budget")).collect::<Vec<_>>();
        assert!(!copies.is_empty() && copies.iter().all(|s| s.role == Role::Body), "{all:#?}");
        for body in ["Critics called", "Supporters called"] {
            assert_eq!(find(&all, body).role, Role::Body, "{body}: {all:#?}");
        }
    }
}

/// Review 14, finding 5: a body paragraph between a credited caption and a pointer elsewhere, its first sentences the
/// outlet's, its last the story's.
const CAMP_PAGE: &str = "Army clears the camp\n\n\
    Soldiers clear tents at the camp on Monday. Jane Roe/Valley News\n\n\
    Our reporters visited the camp on Monday. Our reporters work late to cover what you care about. Soldiers fired \
    tear gas at 200 protesters, the army said.\n\n\
    Read more: Army defends camp clearance\n\n\
    The camp held 3,000 people, the United Nations said.";

#[test]
fn a_body_paragraph_beside_a_caption_and_a_pointer_keeps_its_claim() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(CAMP_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "Soldiers fired tear gas").role, Role::Body, "{all:#?}");
    }
}
