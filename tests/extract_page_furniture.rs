//! Issue 15, eighth session: page furniture of layouts first seen on the former test6 pages, recognised by its
//! structure and never proposed, by the default decision and by the hand rule, with its role in `extract --format
//! json`. The pages are invented (no fixture text).

mod common;

use common::extract::{find, json_role};
use factdesk::extract::model::Model;
use factdesk::extract::split::Role;
use factdesk::extract::{Decision, NEWS, analyse};

/// A radio station's page: headline, a standfirst that hands over to the reporter, a sponsor's line, the report, an
/// instruction to anyone, and a credit written as a sentence.
const RADIO_PAGE: &str = "Farm Report: Grain Board Cuts Fees [AUDIO]\n\n\
    The grain board has cut its storage fees and the river port reopens on Monday. Kim Lee has more in this \
    morning's Farm Report.\n\n\
    This Farm Report is brought to you by Valley Feed and Seed.\n\n\
    The state grain board cut storage fees by 12 percent on Tuesday, its chairman said.\n\n\
    The board said 4,300 farmers had paid the old fee in 2023.\n\n\
    Anyone with questions about the new fees is asked to contact the board office at 555-0142.\n\n\
    Story based on reporting by the Valley Wire Service.";

/// A university page: headline, sub-heads as bullets, then a first paragraph opening with a dateline after a
/// standfirst, and a caption that names someone with only a relative clause.
const CAMPUS_PAGE: &str = "Colleges deny fee rise\n\n\
    • Two more colleges reject the report\n\n\
    • Students plan a march\n\n\
    A survey of 30 colleges says fees should rise to 8,000 a year.\n\n\
    LISBON // College heads said on Monday that fees would stay at 6,500 a year until 2027.\n\n\
    Ana Ruiz, whose college was named in the report.\n\n\
    The ministry said 14 colleges had raised fees in 2024.";

#[test]
fn radio_page_furniture_has_its_role_and_is_never_proposed() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(RADIO_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "storage fees and the river port").role, Role::Summary);
        assert_eq!(find(&all, "brought to you by").role, Role::Promo);
        assert_eq!(find(&all, "Anyone with questions").role, Role::Promo);
        assert_eq!(find(&all, "based on reporting by").role, Role::Credit);
        let proposed: Vec<&str> = all.iter().filter(|s| s.passes).map(|s| s.text.as_str()).collect();
        assert!(proposed.iter().all(|t| !t.contains("Kim Lee") && !t.contains("Valley Feed")), "{proposed:?}");
        assert!(proposed.iter().any(|t| t.contains("12 percent")), "{decision:?}: {proposed:?}");
    }
}

#[test]
fn campus_page_furniture_has_its_role_and_is_never_proposed() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(CAMPUS_PAGE, Model::embedded(), decision);
        assert_eq!(find(&all, "Two more colleges").role, Role::Heading);
        assert_eq!(find(&all, "A survey of 30 colleges").role, Role::Summary);
        assert_eq!(find(&all, "LISBON").role, Role::Dateline);
        assert_eq!(find(&all, "College heads said").role, Role::Body);
        assert_eq!(find(&all, "Ana Ruiz").role, Role::Caption);
        for s in all.iter().filter(|s| s.passes) {
            assert!(s.role.can_be_claim(), "{decision:?} proposed {s:?}");
        }
        assert!(find(&all, "14 colleges").passes, "{decision:?}: {all:#?}");
    }
}

#[test]
fn extract_json_shows_the_roles() {
    let out = common::extract::extract_on(RADIO_PAGE, &["--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let role = |needle: &str| json_role(&json, needle);
    assert_eq!(role("brought to you by").as_deref(), Some("promo"), "{json}");
    assert_eq!(role("based on reporting by").as_deref(), Some("credit"), "{json}");
    assert_eq!(role("Kim Lee has more").as_deref(), Some("summary"), "{json}");
}
