//! Issue 15, tenth session: the kinds of page furniture nearly every news site prints, each on an invented page
//! (no fixture text): recognised by wording and structure, given its role, never proposed by the default decision
//! or the hand rule, while the article's own sentences still are; and lines in another language than an English
//! article's.

mod common;

use common::extract::{find, json_role};
use factdesk::extract::model::Model;
use factdesk::extract::split::Role;
use factdesk::extract::{Analysed, Decision, NEWS, analyse};

/// A local paper's page as pasted from the browser: a browser notice, the headline, a standfirst the lede repeats,
/// a gallery, the story with an advertisement marker and a link label inside it, then the tail (correction, bio,
/// contact, tags, share bar, other stories, comment policy, consent notice, copyright).
const LOCAL_PAGE: &str = "Internet Explorer is no longer supported. For the best experience use another browser.\n\n\
    Mill to close after 90 years, 300 jobs lost\n\n\
    The paper mill on the river will close in May after 90 years, its owner said on Monday, with the loss of 300 jobs.\n\n\
    Photo 1 of 6\n\n\
    Workers look on as the owner speaks at the gates of the mill on Monday.\n\n\
    The paper mill on the river will close in May after 90 years, its owner said on Monday, with the loss of 300 jobs \
    at the site.\n\n\
    - Advertisement -\n\n\
    Demand for paper has fallen by half since 2010, the company said in a statement.\n\n\
    WATCH: Workers leave the mill after the announcement\n\n\
    The town council said it would ask the province for 4 million dollars to retrain the workers.\n\n\
    Correction: An earlier version of this story gave the wrong year for the mill's opening.\n\n\
    Kim Lee is a staff writer for the Valley Gazette covering business and labour.\n\n\
    Contact Kim Lee at klee@valleygazette.example.\n\n\
    Tags: mill, jobs, economy\n\n\
    Share Facebook Twitter Email\n\n\
    Storm Knocks Out Power to 2,000 Homes\n\n\
    Council Rejects Parking Fee Rise After Long Debate\n\n\
    Your email address will not be published. Required fields are marked *\n\n\
    We use cookies to give you the best experience on our site. By continuing to browse you agree to our use of \
    cookies.\n\n\
    © 2031 Valley Gazette Media. All rights reserved.";

/// An English page from a site whose template is in another language: its menu, its subscription line and its
/// rights line in Spanish, French and Portuguese, beside the English text.
const TEMPLATE_PAGE: &str = "Inflation slows to 4 percent\n\n\
    Síguenos en las redes sociales para recibir las noticias del día.\n\n\
    Annual inflation slowed to 4 percent in October from 4.8 percent in September, the statistics office said on \
    Tuesday.\n\n\
    Food prices rose 6 percent over the year, while fuel prices fell 2 percent, the office said.\n\n\
    Abonnez-vous à notre lettre d'information pour ne rien manquer de l'actualité.\n\n\
    The central bank raised its main rate to 11 percent in June and has kept it there since.\n\n\
    Todos os direitos reservados. É proibida a reprodução do conteúdo desta página.";

#[test]
fn a_local_pages_furniture_has_its_role_and_is_never_proposed() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(LOCAL_PAGE, Model::embedded(), decision);
        for (needle, role) in [
            ("Internet Explorer", Role::Promo),
            ("Photo 1 of 6", Role::Navigation),
            ("Workers look on", Role::Caption),
            ("Advertisement", Role::Navigation),
            ("WATCH:", Role::Promo),
            ("Correction:", Role::Note),
            ("is a staff writer", Role::Byline),
            ("klee@", Role::Byline),
            ("Tags:", Role::Navigation),
            ("Share Facebook", Role::Promo),
            ("Storm Knocks Out", Role::Navigation),
            ("Council Rejects", Role::Navigation),
            ("Your email address", Role::Promo),
            ("We use cookies", Role::Promo),
            ("©", Role::Credit),
        ] {
            assert_eq!(find(&all, needle).role, role, "{needle}: {decision:?}");
        }
        // The standfirst above the picture is the first copy; the lede after the picture is the text.
        let copies: Vec<&Analysed> = all.iter().filter(|s| s.text.starts_with("The paper mill on the river")).collect();
        assert_eq!(copies.iter().map(|s| s.role).collect::<Vec<_>>(), [Role::Summary, Role::Body], "{decision:?}");
        for s in all.iter().filter(|s| s.passes) {
            assert!(s.role.can_be_claim(), "{decision:?} proposed furniture {s:?}");
        }
        assert!(find(&all, "4 million dollars").passes, "{decision:?}: {all:#?}");
    }
}

#[test]
fn lines_in_another_language_are_never_proposed_in_an_english_article() {
    for decision in [Decision::default(), NEWS] {
        let all = analyse(TEMPLATE_PAGE, Model::embedded(), decision);
        for needle in ["Síguenos", "Abonnez-vous", "Todos os direitos", "É proibida"] {
            let s = find(&all, needle);
            assert!(s.role.is_furniture() && !s.passes, "{needle}: {s:?}");
        }
        assert_eq!(find(&all, "Síguenos").role, Role::OtherLanguage);
        assert_eq!(find(&all, "Abonnez-vous").role, Role::OtherLanguage);
        assert!(find(&all, "4.8 percent").passes, "{decision:?}: {all:#?}");
        assert_eq!(find(&all, "11 percent").role, Role::Body);
    }
}

/// An article in Spanish is not "another language" to itself: its sentences stay text.
#[test]
fn an_article_in_another_language_keeps_its_text() {
    let t = "La inflación baja al 4 por ciento\n\n\
        La inflación anual bajó al 4 por ciento en octubre desde el 4,8 por ciento de septiembre, según la oficina \
        de estadística.\n\n\
        Los precios de los alimentos subieron un 6 por ciento en el año, mientras que los combustibles bajaron un 2 \
        por ciento.";
    let all = analyse(t, Model::embedded(), Decision::default());
    assert!(all.iter().all(|s| s.role != Role::OtherLanguage), "{all:#?}");
    assert_eq!(find(&all, "Los precios").role, Role::Body);
}

#[test]
fn extract_json_names_the_new_roles() {
    let out = common::extract::extract_on(TEMPLATE_PAGE, &["--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let role = |needle: &str| json_role(&json, needle);
    assert_eq!(role("Síguenos").as_deref(), Some("other-language"), "{json}");
    let out = common::extract::extract_on(LOCAL_PAGE, &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let note = json.as_array().unwrap().iter().find(|s| s["text"].as_str().unwrap().starts_with("Correction:"));
    assert_eq!(note.map(|s| s["role"].as_str().unwrap()), Some("note"), "{json}");
}

/// Nineteenth session: an outlet's words about itself inside a paragraph of its own pitch, and a feed's footer, are
/// furniture; an organisation in the news doing its work, in a paragraph of the story, stays text.
#[test]
fn an_outlet_about_itself_and_a_feed_footer_are_furniture_but_an_agency_at_work_is_news() {
    let page = "Council raises parking fees by 40 percent\n\n\
        The Valley Council raised parking fees by 40 percent on Monday, the third rise in two years, the mayor said.\n\n\
        The rise takes the price of an hour in the town centre to 3 dollars, according to the council's figures.\n\n\
        The river agency also said on Tuesday that flooding had closed two car parks. The agency monitors 300 rivers \
        and found that water levels rose by 2 metres in a week.\n\n\
        Shop owners said the fees would keep customers away from the high street.\n\n\
        The post Council raises parking fees appeared first on Valley Wire.\n\n\
        Valley Wire is the region's leading civic media platform. We dig into the why behind the issues in our towns.\n\n\
        Valley Post brings you the latest news from the hills. Some highlights caught our eye.";
    let all = analyse(page, Model::embedded(), NEWS);
    assert_eq!(find(&all, "The agency monitors 300 rivers").role, Role::Body, "{all:#?}");
    assert_eq!(find(&all, "raised parking fees by 40 percent on Monday").role, Role::Body, "{all:#?}");
    for furniture in ["appeared first on Valley Wire", "leading civic media platform", "brings you the latest news"] {
        assert_ne!(find(&all, furniture).role, Role::Body, "{furniture}: {all:#?}");
    }
}

/// Review 19: news about outlets and platforms, in paragraphs of the story (a record, a ban, a superlative, staff at
/// work, a service's reach, a comment policy), stays text, and so does the lede above it; a feed's footers after each
/// item of a feed page are notes and leave the items' stories text; a post office on a list is news.
#[test]
fn news_about_outlets_and_a_feed_page_stay_text() {
    let body = |page: &str, needles: &[&str]| {
        let all = analyse(page, Model::embedded(), NEWS);
        for n in needles {
            assert_eq!(find(&all, n).role, Role::Body, "{n}: {all:#?}");
        }
        all
    };
    body(
        "Israel extends ban on Al Jazeera\n\n\
         Israel on Sunday extended its ban on Al Jazeera for another 45 days, the communications ministry said.\n\n\
         Al Jazeera is banned in Israel as a foreign broadcaster under a law passed in April 2024.\n\n\
         The network called the decision a political one and said it would go to court.\n\n\
         The ban covers the channel's website and its offices in Jerusalem.",
        &["Israel on Sunday extended its ban", "Al Jazeera is banned in Israel"],
    );
    body(
        "Local paper's sales halve\n\n\
         The Valley Herald is India's oldest English-language newspaper still in print, founded in 1838. Its \
         circulation fell by half in a decade.\n\n\
         The Herald is the county's last daily newspaper. It sold 4,200 copies a day last year, down from 31,000 in \
         2005.\n\n\
         Northgate is the UK's biggest regional newspaper group and employs 3,100 journalists. Its shares fell 9 \
         percent in early trading.\n\n\
         Apple News sends breaking news alerts to 125 million users each month. The service was launched in 2015.\n\n\
         Instagram said comments are disabled by default for teen accounts. The change affects 30 million users in \
         the US.",
        &[
            "The Valley Herald is India's oldest",
            "The Herald is the county's last daily newspaper",
            "Northgate is the UK's biggest",
            "Apple News sends breaking news alerts",
            "Instagram said comments are disabled",
            "The change affects 30 million users",
        ],
    );
    body(
        "Post Office tops list of least trusted brands\n\n\
         The Post Office appeared first on a list of the 20 least trusted brands in Britain, published by YouGov on \
         Thursday.\n\n\
         The post office in Marlow High Street will close in June, leaving the town without a branch for the first \
         time since 1887.\n\n\
         The Post Office Horizon scandal appeared first on the list of miscarriages of justice reviewed by the \
         commission in 2021.\n\n\
         The company said it was working to rebuild trust.",
        &["The Post Office appeared first on a list", "The post office in Marlow", "Horizon scandal appeared first"],
    );
    let all = body(
        "Council raises parking fees by 40 percent\n\n\
         The Valley Council raised parking fees by 40 percent on Monday, the third rise in two years, the mayor said.\n\n\
         Shop owners said the fees would keep customers away from the high street.\n\n\
         The post Council raises parking fees by 40 percent appeared first on Valley Wire.\n\n\
         River agency warns of flooding in three towns\n\n\
         The Valley River Agency issued flood warnings for three towns on Tuesday after 60 millimetres of rain fell in \
         a day.\n\n\
         The post River agency warns of flooding in three towns appeared first on Valley Wire.",
        &["raised parking fees by 40 percent on Monday", "Shop owners said", "issued flood warnings"],
    );
    assert_eq!(find(&all, "The post Council raises").role, Role::Note, "{all:#?}");
    assert_eq!(find(&all, "The post River agency").role, Role::Note, "{all:#?}");
    // A footer glued to the excerpt in one paragraph.
    let all = analyse(
        "Council raises parking fees\n\n\
         The Valley Council raised parking fees by 40 percent on Monday, the mayor said.\n\n\
         Shop owners said the fees would keep customers away from the high street. The post Council raises parking \
         fees by 40 percent appeared first on Valley Wire.",
        Model::embedded(),
        NEWS,
    );
    assert_eq!(find(&all, "Shop owners said").role, Role::Body, "{all:#?}");
    assert_eq!(find(&all, "The post Council raises").role, Role::Note, "{all:#?}");
}
