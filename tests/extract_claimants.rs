//! Issue 15, eighth session: claimants carried across paragraphs on invented pages — a speaker named on a cue line
//! before a quotation, and a person introduced with appositions before the quotation paragraph that follows.

use factdesk::extract::model::Model;
use factdesk::extract::{Analysed, Decision, analyse, newsset};

fn find<'a>(all: &'a [Analysed], needle: &str) -> &'a Analysed {
    all.iter().find(|s| s.text.contains(needle)).unwrap_or_else(|| panic!("no sentence with {needle:?}: {all:#?}"))
}

fn speaks(all: &[Analysed], needle: &str, who: &str) -> bool {
    newsset::claimant_matches(&find(all, needle).claimant, &[who.into()])
}

/// "Gov. Ann Fox:" alone on its line (a radio page's transcript cue) names the speaker of the quotation after it.
#[test]
fn a_speaker_cue_line_names_the_quotation_that_follows() {
    let t = "Budget signed\n\n\
        The governor signed the budget bill on Friday afternoon.\n\n\
        Gov. Ann Fox:\n\n\
        \"We found 40 million dollars for the roads. The schools get 12 million more than last year.\"\n\n\
        The bill now goes to the printer.\n";
    let all = analyse(t, Model::embedded(), Decision::default());
    assert!(speaks(&all, "40 million dollars", "Ann Fox"), "{all:#?}");
    assert!(speaks(&all, "12 million more", "Ann Fox"), "{all:#?}");
    assert!(find(&all, "goes to the printer").claimant.is_empty(), "{all:#?}");
}

/// A person introduced with appositions ("Night nurse Ann Hill, 41, of Mill Road, ...") speaks the quotation
/// paragraph right after; a quotation paragraph with its own attribution keeps it.
#[test]
fn an_introduced_person_speaks_the_quotation_paragraph_after() {
    let t = "Ward to close\n\n\
        Night nurse Ann Hill, 41, of Mill Road, Castleford, has worked on the ward for 20 years.\n\n\
        \"We treated 300 patients last winter. Nobody told us it would close.\"\n\n\
        Porter Sam Lee, 30, of Elm Street, Hatley, has worked at the hospital since 2015.\n\n\
        \"The ward had 40 beds,\" union organiser Jo Marsh said.\n";
    let all = analyse(t, Model::embedded(), Decision::default());
    assert!(speaks(&all, "300 patients", "Ann Hill"), "{all:#?}");
    assert!(speaks(&all, "Nobody told us", "Ann Hill"), "{all:#?}");
    assert!(speaks(&all, "40 beds", "Jo Marsh"), "{all:#?}");
}
