//! Review 18: lines read by their shape (`split/furniture/lines.rs`) and the byline read from a name alone, each
//! beside a look-alike that must stay text: a sub-heading or kicker that is the first words of a longer proper name
//! the next paragraph opens with, a person-and-date lead-in over a quotation, a numbered key-point list in title case
//! inside the body. The pages are invented (no fixture text).

mod common;

use common::extract::find;
use factdesk::extract::model::Model;
use factdesk::extract::split::Role;
use factdesk::extract::{Decision, NEWS, analyse};

/// Finding 1: a sub-heading, a kicker or a topic tag that is the first words of a proper name ("West Midlands" over
/// "West Midlands Police said ...") is no label glossed by its paragraph: the paragraph is the story's text.
#[test]
fn a_subhead_that_opens_a_longer_name_leaves_its_paragraph_as_text() {
    let pages = [
        (
            "Man Charged After Market Street Stabbing\n\nWest Midlands\n\n\
             West Midlands Police said a 24-year-old man had been charged with attempted murder.\n\n\
             The victim remains in a stable condition in hospital, the force said.",
            "West Midlands Police said",
        ),
        (
            "Greater Manchester\n\nMan Charged Over Salford Stabbing\n\n\
             A 24-year-old man has been charged with attempted murder after a stabbing in Salford.\n\n\
             Greater Manchester Police said the victim, 31, was found with stab wounds on Cross Lane at about 11pm \
             on Friday.\n\nHe remains in a critical condition in hospital.",
            "Greater Manchester Police said",
        ),
        (
            "Justices Strike Down State Abortion Law\n\nSupreme Court\n\n\
             Supreme Court Justices ruled 6-3 on Friday that the Mississippi law was unconstitutional.\n\n\
             The decision was handed down shortly after 10am.",
            "Supreme Court Justices ruled",
        ),
    ];
    for (page, claim) in pages {
        let all = analyse(page, Model::embedded(), NEWS);
        assert_eq!(find(&all, claim).role, Role::Body, "{all:#?}");
    }
}

/// Finding 9: a two-word sub-head over a paragraph that opens with it ("Northern Ireland" / "Northern Ireland Water
/// said ...") is no byline with its bio: the paragraph names a longer name, not the line's.
#[test]
fn a_region_subhead_is_no_byline_and_its_paragraph_no_bio() {
    let page = "Storm Hits Four Nations as Rivers Burst Banks\n\n\
        Thousands of homes are without power after the strongest storm in a decade.\n\n\
        Scotland\n\nPolice Scotland said three people were rescued from cars trapped by floodwater near Perth.\n\n\
        Northern Ireland\n\nNorthern Ireland Water said supplies to 4,000 homes in County Down had been cut.\n\n\
        South Yorkshire\n\nSouth Yorkshire Fire and Rescue said crews attended 140 incidents overnight.\n\n\
        Climate Change\n\nClimate Change Committee figures show emissions from the county's homes rose by 4% last \
        year.";
    let all = analyse(page, Model::embedded(), NEWS);
    for claim in ["Northern Ireland Water said", "South Yorkshire Fire and Rescue", "Climate Change Committee figures"]
    {
        assert_eq!(find(&all, claim).role, Role::Body, "{claim}: {all:#?}");
    }
    // The look-alike: a reporter's name after the text, and a bio that names the reporter, stay a byline.
    let page = "Storm Hits Four Nations as Rivers Burst Banks\n\n\
        Thousands of homes are without power after the strongest storm in a decade.\n\n\
        Police said three people were rescued from cars trapped by floodwater near Perth.\n\n\
        Jane Roe\n\nJane Roe is a reporter who covers the weather and the river towns for the paper.";
    let all = analyse(page, Model::embedded(), NEWS);
    assert_eq!(find(&all, "is a reporter who covers").role, Role::Byline, "{all:#?}");
}

/// Finding 2: "Name, date:" lead-ins over quotations (a "what they said" timeline) are no datelines: the quotation
/// and the pronoun under them keep the person as claimant. A place and a date alone on a line, once, over the text,
/// is a dateline.
#[test]
fn a_person_and_date_lead_in_is_no_dateline_and_the_quote_keeps_its_claimant() {
    let page = "What the Minister Promised\n\n\
        The minister has made several promises about the hospital since taking office.\n\n\
        Wes Streeting, 4 March 2025:\n\n\
        \"The new hospital will open in 2028 and it will have 400 beds, more than the old one ever had.\"\n\n\
        Wes Streeting, 9 June 2025 —\n\n\
        \"We have already spent £120m on the site, and the first wing is finished and taking patients.\"";
    for decision in [Decision::default(), NEWS] {
        let all = analyse(page, Model::embedded(), decision);
        assert_ne!(find(&all, "Wes Streeting, 4 March").role, Role::Dateline, "{all:#?}");
        assert_eq!(find(&all, "The new hospital will open").claimant, "Wes Streeting", "{all:#?}");
    }
    // One lead-in over a sentence whose subject is a pronoun: the pronoun stands for the line's person.
    let page = "What the Prime Minister Said About the Virus\n\n\
        The government's message changed many times in the first months of the pandemic.\n\n\
        Boris Johnson, 19 March 2020:\n\n\
        He told reporters the country could turn the tide within the next 12 weeks and send the virus packing.";
    let all = analyse(page, Model::embedded(), NEWS);
    assert_ne!(find(&all, "Boris Johnson, 19 March").role, Role::Dateline, "{all:#?}");
    assert_eq!(find(&all, "He told reporters").claimant, "Boris Johnson", "{all:#?}");
    // The look-alike: a place and a date over the story's first paragraph.
    let page = "Aid Convoy Reaches Besieged City\n\n\
        The first convoy in three months crossed the border with food and medicine.\n\n\
        Geneva, 3 March 2031:\n\n\
        The United Nations said 40 lorries carrying food had reached the city on Monday.\n\n\
        Officials said a second convoy would follow within days.";
    let all = analyse(page, Model::embedded(), NEWS);
    assert_eq!(find(&all, "Geneva, 3 March").role, Role::Dateline, "{all:#?}");
}

/// Finding 6: a numbered key-point list in title case inside the body, with the text going on after it, is the
/// article's list, not headlines of other stories; and the standfirst above it stays furniture.
#[test]
fn a_title_case_key_point_list_in_the_body_stays_a_list() {
    let page = "Council Cuts Bin Collections to Fortnightly\n\n\
        Councillors voted to halve collections in a bid to save £2m a year.\n\n\
        What the council decided\n\n\
        1. Bin Collections Move to Every Two Weeks From April\n\n\
        2. Garden Waste Charge Rises to £60 a Year\n\n\
        The changes were approved by 31 votes to 20 on Tuesday night.\n\n\
        Opposition councillors said the cuts were the deepest in a decade.";
    let all = analyse(page, Model::embedded(), NEWS);
    for item in ["Bin Collections Move", "Garden Waste Charge"] {
        assert!(find(&all, item).role.can_be_claim(), "{item}: {all:#?}");
    }
    assert!(!find(&all, "Councillors voted to halve").passes, "{all:#?}");
}
