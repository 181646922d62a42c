//! Issue 15, twelfth session: the page's own voice (the outlet addressing its reader or speaking of itself, an order
//! to the reader, a byline glued to a sentence, a caption closed by its credit) is never proposed, while claims that
//! look alike (a quote with "you" in it, a sentence naming a newspaper as its source) still are. Invented pages.

mod common;

use common::extract::find;
use factdesk::extract::model::Model;
use factdesk::extract::split::Role;
use factdesk::extract::{Decision, NEWS, analyse};

/// A local paper's page: the story, then the outlet's promotions and notices written as sentences, a byline glued
/// to a paragraph, a caption with its credit, and two claims that address "you" or name a newspaper.
const PAPER_PAGE: &str = "Council raises parking fines to $80\n\n\
    The city council voted 7 to 2 on Tuesday to raise parking fines from $50 to $80.\n\n\
    By Jane Roe Posted - 3 hours ago The new fines take effect on March 1 and are expected to raise $1.2 million a \
    year.\n\n\
    \"If you park downtown for an hour, you will now pay $4, double the old rate,\" the mayor said.\n\n\
    The Valley Courier reported last year that the city collected $3.4 million in parking fines in 2029.\n\n\
    A parking officer writes a ticket on Main Street on Monday. Picture: John Doe.\n\n\
    Read today's e-paper and get every story delivered to your inbox before breakfast.\n\n\
    Order gifts for the whole family from our online shop.\n\n\
    Stay with our station for updates on this developing story.\n\n\
    We welcome your comments, but please keep them civil.\n\n\
    This article is from our archive and may contain outdated information.";

#[test]
fn the_outlets_own_voice_is_never_proposed() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(PAPER_PAGE, Model::embedded(), decision);
        for promo in ["Read today's e-paper", "Order gifts", "Stay with our station", "We welcome your comments"] {
            assert_eq!(find(&all, promo).role, Role::Promo, "{promo}");
        }
        assert_eq!(find(&all, "from our archive").role, Role::Note);
        assert_eq!(find(&all, "By Jane Roe").role, Role::Byline);
        assert_eq!(find(&all, "A parking officer writes").role, Role::Caption);
        assert_eq!(find(&all, "Picture: John Doe").role, Role::Credit);
        let proposed: Vec<&str> = all.iter().filter(|s| s.passes).map(|s| s.text.as_str()).collect();
        for furniture in ["e-paper", "gifts", "our station", "comments", "archive", "Jane Roe", "parking officer"] {
            assert!(proposed.iter().all(|t| !t.contains(furniture)), "{decision:?} proposed {furniture}: {proposed:?}");
        }
    }
}

#[test]
fn claims_that_address_you_or_name_a_newspaper_are_still_proposed() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(PAPER_PAGE, Model::embedded(), decision);
        for claim in
            ["If you park downtown", "The Valley Courier reported", "The new fines take effect", "voted 7 to 2"]
        {
            let s = find(&all, claim);
            assert_eq!(s.role, Role::Body, "{claim}");
            assert!(s.passes, "{decision:?} did not propose {claim}: {s:#?}");
        }
        // The sentence the byline was glued to starts after it.
        assert!(find(&all, "The new fines take effect").text.starts_with("The new fines"));
    }
}
