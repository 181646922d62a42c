//! Issue 15, eleventh session: boxes of other stories' links as news sites print them, on invented pages (no
//! fixture text): a head in the site's own language ("Relacionados", "More To Read", "Story continues below:") over
//! a run of headlines, bulleted or not, in sentence case or in another language, dated or not; link labels, photo
//! credits and "updated" stamps in another language. Each gets its role, none is proposed, and the article's own
//! sentences still are.

mod common;

use common::extract::{find, json_role};
use factdesk::extract::model::Model;
use factdesk::extract::split::Role;
use factdesk::extract::{Decision, NEWS, analyse};

/// An English page from a site whose template is Spanish: a stamp, a photo credit and a box of related stories in
/// Spanish, then an English box of links with bullets and section labels inside the text.
const PAGE: &str = "Port strike halts exports for a third day\n\n\
    Actualizado el 12 de marzo de 2031, 14:05\n\n\
    Camiones esperan frente al puerto durante la huelga del miércoles\n\n\
    Foto: Agencia Sur\n\n\
    Dockworkers at the country's largest port stayed off the job for a third day on Wednesday, halting exports \
    worth 40 million dollars a day, the port authority said.\n\n\
    Relacionados\n\n\
    Gobierno anuncia medidas económicas para el sector agrícola\n\n\
    Sindicatos convocan una nueva huelga en los puertos del sur\n\n\
    Exportaciones de café caen por segundo mes consecutivo\n\n\
    The union wants a 12 percent pay rise over two years; the port's operator has offered 5 percent.\n\n\
    More To Read\n\n\
    - Politics: Minister says talks with unions will resume next week\n\
    - Business: Coffee growers warn of losses as ships wait offshore\n\
    - Crime: Two men charged over theft of containers at the port\n\n\
    Shipping companies said on Tuesday that 23 vessels were waiting to be loaded.\n\n\
    LEA TAMBIÉN: Puerto del sur retoma operaciones tras la huelga";

#[test]
fn boxes_of_links_in_the_sites_language_are_navigation_and_never_proposed() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(PAGE, Model::embedded(), decision);
        for (needle, role) in [
            ("Actualizado", Role::Timestamp),
            ("Foto: Agencia Sur", Role::Credit),
            ("Relacionados", Role::Navigation),
            ("Gobierno anuncia", Role::Navigation),
            ("Sindicatos convocan", Role::Navigation),
            ("Exportaciones de café", Role::Navigation),
            ("More To Read", Role::Navigation),
            ("Minister says talks", Role::Navigation),
            ("Coffee growers warn", Role::Navigation),
            ("Two men charged", Role::Navigation),
            ("LEA TAMBIÉN", Role::Promo),
        ] {
            assert_eq!(find(&all, needle).role, role, "{needle}: {decision:?}");
        }
        assert!(find(&all, "Camiones esperan").role.is_furniture(), "{all:#?}");
        for s in all.iter().filter(|s| s.passes) {
            assert!(s.role.can_be_claim(), "{decision:?} proposed furniture {s:?}");
        }
        for needle in ["40 million dollars", "12 percent pay rise", "23 vessels"] {
            let s = find(&all, needle);
            assert_eq!(s.role, Role::Body, "{needle}");
            assert!(s.passes, "{decision:?}: {s:?}");
        }
    }
}

/// A bulleted list of facts under an ordinary sub-head is the article's own list, not links.
#[test]
fn a_list_under_a_sub_head_stays_the_articles() {
    let page = "Council approves the budget\n\n\
        The council approved a budget of 9 million dollars on Monday, the mayor said.\n\n\
        Where the money goes\n\n\
        - Roads: 1.2 million dollars for repairs across the county\n\
        - Schools: 2 million dollars for new classrooms in three towns\n\n\
        The budget takes effect in July, the clerk said.";
    let all = analyse(page, Model::embedded(), Decision::default());
    assert_eq!(find(&all, "Roads: 1.2 million").role, Role::ListItem, "{all:#?}");
    assert_eq!(find(&all, "Schools: 2 million").role, Role::ListItem, "{all:#?}");
}

#[test]
fn extract_json_names_the_links_role() {
    let out = common::extract::extract_on(PAGE, &["--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let role = |needle: &str| json_role(&json, needle);
    assert_eq!(role("Gobierno anuncia").as_deref(), Some("navigation"), "{json}");
    assert_eq!(role("Coffee growers warn").as_deref(), Some("navigation"), "{json}");
    assert_eq!(role("40 million dollars").as_deref(), Some("body"), "{json}");
}

/// A link with its label in brackets after a paragraph's last sentence is a promo; the sentence before it stays text.
#[test]
fn a_bracketed_link_after_a_sentence_is_a_promo() {
    let page = "Council approves the budget\n\n\
        The council approved a budget of 9 million dollars on Monday, the mayor said. (Related: Council rejects \
        parking fee rise after long debate)\n\n\
        The budget takes effect in July, the clerk said.";
    let all = analyse(page, Model::embedded(), Decision::default());
    assert_eq!(find(&all, "(Related:").role, Role::Promo, "{all:#?}");
    assert!(!find(&all, "(Related:").passes);
    let s = find(&all, "9 million dollars");
    assert_eq!((s.role, s.passes), (Role::Body, true), "{s:?}");
    assert!(!s.text.contains("Related"), "{s:?}");
}
