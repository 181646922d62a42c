//! Issue 15, eighth session: claimants carried across paragraphs on invented pages — a speaker named on a cue line
//! before a quotation, a person introduced with appositions before the quotation paragraph that follows, and (second
//! round) a title and a surname, a document's author and a name with a verb of stance resolved to who was named before.

mod common;

use common::extract::find;
use factdesk::extract::model::Model;
use factdesk::extract::{Analysed, Decision, analyse, newsset};

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

/// Second round of the eighth session, on an invented page: a title and a surname, a document's author and a name
/// with a verb of stance each give the person or organisation named in full before.
#[test]
fn titles_documents_and_stances_name_who_was_given_before() {
    let t = "Police overtime rises\n\n\
        The head of the city police, Superintendent Wayne Cameron, spoke to reporters on Monday.\n\n\
        Superintendent Cameron said 40 officers worked double shifts in March.\n\n\
        A report released by the Harbour Institute looked at 12 forces.\n\n\
        The Finance Department declined to comment.\n\n\
        The report found overtime rose 30 percent in two years.\n\n\
        Mayor Ana Ruiz was asked about the costs on Tuesday.\n\n\
        Ruiz rejected claims that the budget had risen by 12 million dollars.\n";
    let all = analyse(t, Model::embedded(), Decision::default());
    assert!(speaks(&all, "40 officers", "Wayne Cameron"), "{all:#?}");
    assert!(speaks(&all, "overtime rose 30 percent", "Harbour Institute"), "{all:#?}");
    assert!(speaks(&all, "12 million dollars", "Ana Ruiz"), "{all:#?}");
}
