//! Issue 15, thirteenth session: page furniture read by its structure and its grammar (a standfirst that opens
//! like the lede, a stamp's label, a picture's credit, file name or dated caption, a sponsored box, terms of use
//! above the copyright line, notices that take their paragraph, a live blog's stamp before an order, a bracketed
//! headline, an abbreviation's gloss), each beside a look-alike that stays text. The pages are invented (no fixture
//! text).

mod common;

use common::extract::find;
use factdesk::extract::model::Model;
use factdesk::extract::split::Role;
use factdesk::extract::{Analysed, Decision, NEWS, analyse};

/// A wire story: a standfirst opening with the lede's words, a picture credited on its own line, a caption opening
/// with its file name, a dated caption in the present tense with its source; and body sentences that look like
/// them (a present tense with a date, a gallery's link after a paragraph).
const WIRE_PAGE: &str = "Council elects new leaders under tight security\n\n\
    The city council on Monday elects leaders of both chambers; Swearing-in of members takes place under heavy \
    guard.\n\n\
    The city council on Monday elects leaders of both its chambers, a vote that will shape the next four years of \
    the city's budget.\n\n\
    Elected in October, the new council has 41 members, 9 more than the last one.\n\n\
    An artist's drawing of the bridge the council plans to build over the river.\n\n\
    Image Credit: Valley Design Studio\n\n\
    The bridge would cost 40 million dollars, the council's engineer said in March.\n\n\
    bridge-03-2031.jpg Water covers the road near the old bridge, March 5, 2031.\n\n\
    A charge stems from an incident on June 27, 2030.\n\n\
    A new toll takes effect on Jan. 1, 2032.\n\n\
    A hearing begins on June 1, 2031.\n\n\
    A man appears in court in Riverton on May 3, 2031.\n\n\
    Prices of building materials rose 4 percent in May.\n\n\
    PHOTOS: Crowds at the old bridge on Sunday\n\n\
    A man walks past a closed shop near the old bridge on Aug. 20, 2031. (Valley Wire)";

/// A flood story: a standfirst above a "Last Modified:" stamp, a sponsored box inside the text, a paragraph of
/// orders, an archive notice, a live blog's entries, an abbreviation's gloss and the outlet's appeal box; beside
/// them, sentences that open with a noun that can be a verb, speak of a story, carry a time or an abbreviation, and
/// two paragraphs of the story in a row that each end with a pointer to the reader.
const FLOOD_PAGE: &str = "Flood waters rise in the valley\n\n\
    More than 40 people dead and thousands forced to flee by rising rivers.\n\
    Last Modified: 29 Jan 2031 10:49\n\n\
    At least 9,000 people have left their homes since Monday, the disaster agency said on Tuesday.\n\n\
    The agency said 41 people had died in the floods, most of them in the south.\n\n\
    (Sponsored)\n\n\
    How shared goals strengthen a workplace\n\
    Across offices of all sizes, firms look for ways to bring people together. Team spirit and community are no \
    longer\n\n\
    Gala 2032: A charity night returns to the old town hall.\n\
    As spring arrives, one of the city's best-known charity nights is set to return on\n\n\
    The government has set aside 12 million dollars for repairs, the finance ministry said.\n\n\
    Order flowers to the coast. Also see our shop's gift services for birthdays and holidays.\n\n\
    Order books fell 3 percent in May, the chamber of commerce said.\n\n\
    This story is from our archive and is for personal use only. Information in the story may be out of date.\n\n\
    The mayor said the story of the dam began in 1990, when 3,000 people lost their homes.\n\n\
    10:31pm – Check the district's list for the latest school closures.\n\n\
    7:29pm – The county reported its first death on Sunday evening.\n\n\
    NDA; National Disaster Agency.\n\n\
    NDA; the agency counted 41 deaths by Tuesday.\n\n\
    The dam holds 4 million cubic metres of water, the agency said. [Dam Safety: Old Walls Come Under New \
    Scrutiny]\n\n\
    He said [the engineers] would inspect all 12 gates by Friday.\n\n\
    Good local reporting matters more than ever. Please consider subscribing to support it.\n\n\
    Your support counts\n\n\
    We have kept our flood coverage free since March. Please consider subscribing today.\n\n\
    Teachers' unions welcomed the plan for 40 new schools. Read the unions' statement on their website.\n\n\
    The county opened 12 shelters on Monday. Read the county's list of shelters on its website.";

/// A page's tail: the site's terms of use above its copyright line, naming its web address.
const TERMS_PAGE: &str = "Mill to close after 90 years\n\n\
    The paper mill on the river will close in May, its owner said on Monday.\n\n\
    The town council said it would ask the province for 4 million dollars to retrain the 300 workers.\n\n\
    While quoting any material online, a link to valleygazette.example is required. Materials marked as \
    advertising are paid for by advertisers.\n\n\
    © 2031 Valleygazette. All rights reserved.";

/// The same tail whose last paragraph names the outlet as a source, with no address: the story's.
const SOURCE_PAGE: &str = "Mill to close after 90 years\n\n\
    The paper mill on the river will close in May, its owner said on Monday.\n\n\
    Valleygazette reported earlier that the closure would cost the town 5 million dollars a year.\n\n\
    © 2031 Valleygazette. All rights reserved.";

fn furniture_never_proposed(all: &[Analysed], decision: Decision) {
    for s in all.iter().filter(|s| s.passes) {
        assert!(s.role.can_be_claim(), "{decision:?} proposed {s:?}");
    }
}

#[test]
fn a_wire_pages_standfirst_and_captions_are_furniture_and_its_look_alikes_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(WIRE_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "chambers; Swearing-in").role, Role::Summary);
        assert_eq!(find(&all, "a vote that will shape").role, Role::Body);
        assert_eq!(find(&all, "An artist's drawing").role, Role::Caption);
        assert_eq!(find(&all, "Image Credit").role, Role::Credit);
        assert_eq!(find(&all, "bridge-03-2031.jpg").role, Role::Caption);
        assert_eq!(find(&all, "A man walks past").role, Role::Caption);
        // Found in review: an event and a court report in the present tense with a date are the story, not a
        // picture's caption (a caption's subject is a person, and a court is no picture's place).
        for body in [
            "A charge stems",
            "A new toll takes effect",
            "A hearing begins",
            "A man appears in court",
            "Prices of building materials",
            "engineer said",
        ] {
            assert_eq!(find(&all, body).role, Role::Body, "{body}");
        }
        furniture_never_proposed(&all, decision);
        assert!(find(&all, "engineer said").passes, "{decision:?}: {all:#?}");
    }
}

#[test]
fn a_flood_pages_notices_are_furniture_and_its_look_alikes_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(FLOOD_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "More than 40 people dead").role, Role::Summary);
        assert_eq!(find(&all, "Last Modified").role, Role::Timestamp);
        for promo in [
            "How shared goals",
            "Team spirit",
            "Gala 2032",
            "As spring arrives",
            "Order flowers",
            "Also see our shop",
            "Check the district's list",
            "Dam Safety",
            "Good local reporting",
            "kept our flood coverage free",
        ] {
            assert_eq!(find(&all, promo).role, Role::Promo, "{promo}");
        }
        assert_eq!(find(&all, "Information in the story").role, Role::Note);
        assert_eq!(find(&all, "NDA; National").role, Role::Note);
        for body in [
            "set aside 12 million",
            "Order books fell",
            "the story of the dam",
            "first death on Sunday",
            "NDA; the agency counted",
            "The dam holds",
            "He said [the engineers]",
            "Teachers' unions welcomed",
            "The county opened 12 shelters",
        ] {
            assert_eq!(find(&all, body).role, Role::Body, "{body}");
        }
        furniture_never_proposed(&all, decision);
        assert!(find(&all, "set aside 12 million").passes, "{decision:?}: {all:#?}");
    }
}

#[test]
fn terms_of_use_above_the_copyright_line_are_a_note_and_the_outlet_as_a_source_stays_text() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(TERMS_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "valleygazette.example").role, Role::Note);
        assert_eq!(find(&all, "Materials marked").role, Role::Note);
        furniture_never_proposed(&all, decision);
        let all = analyse(SOURCE_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "Valleygazette reported earlier").role, Role::Body);
    }
}
