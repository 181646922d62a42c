//! Issue 17, item 6: a saved web page as the article. `new-story` and `extract --replace-article` take a `.html`:
//! the main text (readability, via dom_smoothie) becomes article.txt, the story's metadata comes from the page,
//! and the page is kept as source.html. Pages: `tests/fixtures/pages` (minimal reconstructions; see its README).

use factdesk::extract::page::{Page, read_page};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn pages() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages")
}

fn page(name: &str) -> Page {
    let path = pages().join(name);
    read_page(&path, &fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

fn factdesk(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("XDG_CACHE_HOME", dir.join(".cache-test"))
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// Every page: the article's paragraphs, none of the clutter, and the metadata its outlet uses.
#[test]
fn five_outlets_give_their_text_and_metadata() {
    let cases: [(&str, [&str; 6], &str); 5] = [
        (
            "bbc.html",
            [
                "City council passes record budget",
                "BBC News",
                "Tom Ellis",
                "https://www.bbc.co.uk/news/articles/c0000000000o",
                "2025-06-24",
                "en-GB",
            ],
            "4.2 billion pounds",
        ),
        (
            "guardian.html",
            [
                "Hospital waiting lists fall for third month",
                "the Guardian",
                "Priya Shah",
                "http://www.theguardian.com/society/2025/jun/12/hospital-waiting-lists-fall",
                "2025-06-12",
                "en",
            ],
            "41,300 people",
        ),
        (
            "reuters.html",
            [
                "Central bank holds rates, two members vote for cut",
                "Reuters",
                "Ana Lima, Jorge Ruiz",
                "https://www.reuters.com/markets/rates-bonds/central-bank-holds-rates-2025-06-18/",
                "2025-06-18",
                "en",
            ],
            "5.25 percent",
        ),
        (
            "lemonde.html",
            [
                "Le gouvernement annonce 3 000 places d'internat",
                "Le Monde.fr",
                "Claire Martin",
                "https://www.lemonde.fr/education/article/2025/06/10/internats_0000000_1473685.html",
                "2025-06-10",
                "fr",
            ],
            "92 %",
        ),
        (
            "elpais.html",
            [
                "El paro baja en 48.000 personas en junio",
                "El País",
                "Lucía Gómez",
                "https://elpais.com/economia/2025-07-02/el-paro-baja.html",
                "2025-07-02",
                "es",
            ],
            "2,56 millones",
        ),
    ];
    for (file, [title, outlet, byline, url, published, language], figure) in cases {
        let p = page(file);
        let got = [&p.title, &p.outlet, &p.byline, &p.url, &p.published, &p.language];
        assert_eq!(got, [title, outlet, byline, url, published, language], "{file}");
        assert!(p.text.contains(figure), "{file}: {}", p.text);
        for clutter in ["cookies", "Quiz of the week", "All rights reserved", "Sport"] {
            assert!(!p.text.contains(clutter), "{file}: {clutter:?} kept in\n{}", p.text);
        }
        assert!(!p.text.contains('<'), "{file}: tags left in\n{}", p.text);
        assert_eq!(p.text.matches("\n\n").count(), 3, "{file}: four paragraphs, blank lines between\n{}", p.text);
    }
}

#[test]
fn new_story_from_a_page_fills_the_story_and_keeps_the_page() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("claims");
    fs::create_dir_all(&ws).unwrap();
    let html = pages().join("guardian.html");
    let o = factdesk(t.path(), &["new-story", "waiting-lists", "--article", html.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("kept the page as source.html") && text(&o).contains("outlet: the Guardian"),
        "{}",
        text(&o)
    );
    let dir = ws.join("waiting-lists");
    assert_eq!(fs::read(dir.join("source.html")).unwrap(), fs::read(&html).unwrap());
    let article = fs::read_to_string(dir.join("article.txt")).unwrap();
    assert!(article.starts_with("Hospital waiting lists") && !article.contains("<p>"), "{article}");
    let story =
        factdesk::yaml::parse_story(&dir.join("claims.yaml"), &fs::read_to_string(dir.join("claims.yaml")).unwrap())
            .unwrap();
    let m = &story.story;
    assert_eq!(
        (m.title.as_str(), m.outlet.as_str(), m.byline.as_str(), m.published.as_str(), m.language.as_str()),
        ("Hospital waiting lists fall for third month", "the Guardian", "Priya Shah", "2025-06-12", "en")
    );
    assert!(factdesk(t.path(), &["check"]).status.success(), "{}", text(&factdesk(t.path(), &["check"])));
}

#[test]
fn extract_replace_article_takes_a_page_and_keeps_what_the_journalist_wrote() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path().join("claims");
    fs::create_dir_all(&ws).unwrap();
    let txt = t.path().join("draft.txt");
    fs::write(&txt, "A first draft of the story. The rate is 5 percent.\n").unwrap();
    let o = factdesk(t.path(), &["new-story", "rates", "--article", txt.to_str().unwrap(), "--title", "Our title"]);
    assert!(o.status.success(), "{}", text(&o));
    let html = pages().join("reuters.html");
    let o = factdesk(t.path(), &["extract", html.to_str().unwrap(), "--story", "rates"]);
    assert!(!o.status.success() && text(&o).contains("--replace-article"), "{}", text(&o));
    let o = factdesk(t.path(), &["extract", html.to_str().unwrap(), "--story", "rates", "--replace-article"]);
    assert!(o.status.success(), "{}", text(&o));
    let dir = ws.join("rates");
    assert!(fs::read_to_string(dir.join("article.txt")).unwrap().contains("5.25 percent"));
    assert!(dir.join("source.html").exists());
    let story =
        factdesk::yaml::parse_story(&dir.join("claims.yaml"), &fs::read_to_string(dir.join("claims.yaml")).unwrap())
            .unwrap();
    assert_eq!(story.story.title, "Our title", "a title the journalist gave is kept");
    assert_eq!(story.story.outlet, "Reuters");
    assert_eq!(story.story.byline, "Ana Lima, Jorge Ruiz");
    assert!(story.claims.iter().any(|c| c.text.contains("5.25 percent")), "candidates come from the page's text");
}

#[test]
fn a_page_with_no_article_is_refused_with_the_fix() {
    let t = tempfile::tempdir().unwrap();
    fs::create_dir_all(t.path().join("claims")).unwrap();
    let empty = t.path().join("menu.html");
    fs::write(&empty, "<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>").unwrap();
    let o = factdesk(t.path(), &["new-story", "menu", "--article", empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("menu.html") && text(&o).contains("no article text"), "{}", text(&o));
    assert!(!t.path().join("claims/menu").exists());
}
