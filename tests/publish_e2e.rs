//! Issue 14's promise, end to end through the real binary: from `factdesk new-story` to a published ClaimReview, a
//! Markdown report and a CSV, using only keys in the UI (no YAML opened), and the exported files checked field by
//! field; `claims.yaml` then passes `check` with no error.

#[path = "common/cache.rs"]
mod test_cache;

mod common;

use common::pty::{Launch, Pty};
use factdesk::model::{ClaimantType, Status, StoryFile};
use std::path::Path;

const ARTICLE: &str = "City council approves budget with record transit spending

The city council on Tuesday approved a $2.4 billion budget, including $310 million for public transit, the largest transit allocation in the city's history.

Mayor Dana Ortiz said the transit money is \"more than double what we spent five years ago.\"

The budget takes effect on July 1.
";

const CLAIM: &str = "The council approved a $2.4 billion budget with $310 million for transit";
const SUMMARY: &str = "Budget documents confirm both figures: $2.4 billion in all, $310 million for transit.";

fn factdesk(dir: &Path, args: &[&str]) -> std::process::Output {
    test_cache::factdesk()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("FACTDESK_CONFIG", dir.join("config.yaml"))
        .output()
        .unwrap()
}

/// Types `text` into the focused field, then Tab.
fn field(s: &mut Pty, text: &str) {
    s.send(text);
    s.send("\t");
}

/// Esc, then waits until the screen shows `gone` no more (a key right after Esc would read as Alt-key).
fn escape(s: &mut Pty, gone: &str) {
    s.send("\x1b");
    let gone = gone.to_string();
    s.wait_until(&format!("`{gone}` to close"), move |scr| !scr.contains(&gone));
}

/// Opens the export menu and chooses the `nth` format (0: ClaimReview, 1: Markdown, 2: CSV).
fn export(s: &mut Pty, nth: usize, file: &str) {
    s.send("x");
    s.wait_for("Export this story");
    s.send("j".repeat(nth));
    s.send("\r");
    s.wait_for(&format!("exported exports/{file}"));
}

#[test]
fn a_new_story_is_published_with_keys_only() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    std::fs::write(home.join("config.yaml"), "reviewer: Ana Desk\n").unwrap();
    std::fs::write(home.join("article.txt"), ARTICLE).unwrap();
    let made = factdesk(home, &["new-story", "--article", "article.txt", "--workspace", "claims", "council-budget"]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let story_file = home.join("claims/council-budget/claims.yaml");

    let mut s = Launch::new(home, &["claims"]).spawn();
    s.wait_ready();
    s.wait_for("(no claims yet)");

    // The story's details (I).
    s.send("I");
    s.wait_for("Story: council-budget");
    s.send("\t");
    field(&mut s, "Springfield Courier");
    field(&mut s, "Maria Lopez");
    field(&mut s, "https://courier.example/news/council-budget");
    s.send("2026-12-01");
    s.send("\r");
    s.wait_for("outlet: (none) -> Springfield Courier");

    // The claim, from the article's sentence (A, j until it is selected, c).
    s.send("A");
    s.wait_for("Article: City council approves");
    for _ in 0..10 {
        if s.reversed().iter().any(|r| r.starts_with("The city council on Tuesday")) {
            break;
        }
        s.send("j");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(s.reversed().iter().any(|r| r.starts_with("The city council on Tuesday")), "{:?}", s.reversed());
    s.send("c");
    s.wait_for("new claim `");
    escape(&mut s, "Article: City council");

    // Its text, id, claimant and summary (t).
    s.send("t");
    s.wait_for("Claim — ");
    s.send("\x15");
    field(&mut s, CLAIM);
    s.send("\x15");
    field(&mut s, "budget-transit-310m");
    field(&mut s, "Springfield City Council");
    field(&mut s, "organization");
    s.send("\t\t\t");
    s.send(SUMMARY);
    s.send("\r");
    s.wait_for("id: ");

    // Two sources (o, a).
    s.send("o");
    s.wait_for("Sources · claim budget-transit-310m");
    for (url, title, publisher, excerpt) in [
        (
            "https://springfield.gov/budget/2027",
            "Adopted budget FY2027",
            "City of Springfield",
            "Transit: $310 million",
        ),
        ("https://www.courier-archive.org/council-vote", "Council vote record", "Courier Archive", "Approved 7-2"),
    ] {
        s.send("a");
        s.wait_for("Add a source");
        field(&mut s, url);
        field(&mut s, title);
        field(&mut s, publisher);
        s.send("\t");
        s.send(excerpt);
        s.send("\r");
        s.wait_for(&format!("source added: {title}"));
    }
    escape(&mut s, "Sources · claim");

    // A story value and a numeric check on it (V, C).
    s.send("V");
    s.wait_for("No values yet");
    s.send("a");
    s.wait_for("Name");
    field(&mut s, "transit");
    field(&mut s, "310e6");
    s.send("Adopted budget FY2027");
    s.send("\r");
    s.wait_until("the value in the pane", |scr| scr.contains("transit") && !scr.contains("No values yet"));
    escape(&mut s, "No values yet");
    s.wait_until("the values pane to close", |scr| scr.contains("Claims ("));
    s.send("C");
    s.wait_for("No checks yet");
    s.send("a");
    s.wait_for("Add a numeric check");
    field(&mut s, "transit spending");
    field(&mut s, "transit");
    s.send("310e6");
    s.send("\r");
    s.wait_for("check added");
    escape(&mut s, "Numeric checks ·");

    // Verdict and status (v, s).
    s.send("v");
    s.wait_for("Verdict");
    s.send("\r");
    s.wait_for("verdict: (none) -> accurate");
    s.send("s");
    s.wait_for("in-progress");
    s.send("jjjj\r");
    s.wait_for("status: open -> published");

    // ClaimReview is refused until the organisation is set; the warnings pane leads to the form that sets it.
    s.send("x");
    s.wait_for("Export this story");
    s.send("\r");
    s.wait_for("not exported");
    s.send("W");
    s.wait_for("Warnings · council-budget");
    s.wait_for("organization.name");
    s.send("\r");
    s.wait_for("Organisation (factdesk.yaml)");
    field(&mut s, "Springfield Courier Fact Check");
    field(&mut s, "https://factcheck.courier.example");
    s.send("https://factcheck.courier.example/{story}#{id}");
    s.send("\r");
    s.wait_for("organisation saved in");

    export(&mut s, 0, "council-budget.claimreview.json");
    export(&mut s, 1, "council-budget.md");
    export(&mut s, 2, "council-budget.csv");
    s.send("w");
    s.wait_until("the save", |scr| scr.contains("saved") && !scr.contains("[+] modified"));
    s.send("q");
    assert!(s.wait_exit(), "clean exit");

    // claims.yaml holds every field, and passes `check` with no error.
    let file: StoryFile = serde_yaml::from_str(&std::fs::read_to_string(&story_file).unwrap()).unwrap();
    assert_eq!(file.story.outlet, "Springfield Courier");
    assert_eq!(file.story.url, "https://courier.example/news/council-budget");
    assert_eq!(file.story.published, "2026-12-01");
    let [c] = &file.claims[..] else { panic!("one claim: {:?}", file.claims) };
    assert_eq!((c.id.as_str(), c.text.as_str(), c.summary.as_str()), ("budget-transit-310m", CLAIM, SUMMARY));
    assert_eq!((c.claimant.as_str(), c.claimant_type), ("Springfield City Council", Some(ClaimantType::Organization)));
    assert!(c.quote.exact.starts_with("The city council on Tuesday approved a $2.4 billion budget"), "{:?}", c.quote);
    assert_eq!((c.status, c.verdict.as_str()), (Status::Published, "accurate"));
    assert!(factdesk::dates::is_date(&c.published_at), "{}", c.published_at);
    assert_eq!(c.sources.len(), 2);
    assert_eq!(c.checks.len(), 1);
    assert_eq!((c.checks[0].expr.as_str(), c.checks[0].claimed), ("transit", 310e6));
    assert_eq!(file.values["transit"].value, 310e6);
    let check = factdesk(home, &["check", "claims"]);
    let out = String::from_utf8_lossy(&check.stdout).to_string() + &String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{out}");
    assert!(out.contains(": 0 errors, 0 warnings"), "{out}");

    // ClaimReview, field by field.
    let exports = home.join("exports");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(exports.join("council-budget.claimreview.json")).unwrap())
            .unwrap();
    let r = &json[0];
    assert_eq!(r["@type"], "ClaimReview");
    assert_eq!(r["claimReviewed"], CLAIM);
    assert_eq!(r["reviewBody"], SUMMARY);
    assert_eq!(r["datePublished"], c.published_at.as_str());
    assert_eq!(r["inLanguage"], "en");
    assert_eq!(r["url"], "https://factcheck.courier.example/council-budget#budget-transit-310m");
    assert_eq!(r["author"]["name"], "Springfield Courier Fact Check");
    assert_eq!(r["author"]["url"], "https://factcheck.courier.example");
    assert_eq!(r["reviewRating"]["alternateName"], "Accurate");
    assert_eq!(r["reviewRating"]["ratingValue"], 5);
    assert_eq!(r["itemReviewed"]["author"]["@type"], "Organization");
    assert_eq!(r["itemReviewed"]["author"]["name"], "Springfield City Council");
    assert_eq!(r["itemReviewed"]["datePublished"], "2026-12-01");
    assert_eq!(r["itemReviewed"]["firstAppearance"]["url"], "https://courier.example/news/council-budget");
    assert_eq!(r["itemReviewed"]["firstAppearance"]["publisher"]["name"], "Springfield Courier");

    // The Markdown report: the claim once, the verdict, the summary, the sources with excerpts; no bookkeeping.
    let md = std::fs::read_to_string(exports.join("council-budget.md")).unwrap();
    let plain = md.replace('\\', "");
    assert_eq!(plain.matches(CLAIM).count(), 1, "{md}");
    assert!(plain.contains("Verdict: Accurate"), "{md}");
    assert!(plain.contains(SUMMARY), "{md}");
    assert!(md.contains("[Adopted budget FY2027](https://springfield.gov/budget/2027)"), "{md}");
    assert!(plain.contains("> Transit: $310 million"), "{md}");
    for internal in ["budget-transit-310m", "Ana Desk", "published_at", "status:", "source added", "check added"] {
        assert!(!md.contains(internal), "the report shows `{internal}`: {md}");
    }

    // The CSV: a byte order mark, then Google Fact Check Tools' ClaimReview fields.
    let csv_bytes = std::fs::read(exports.join("council-budget.csv")).unwrap();
    assert!(csv_bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a byte order mark");
    let mut rows = csv::Reader::from_reader(&csv_bytes[3..]);
    let header = rows.headers().unwrap().clone();
    let row = rows.records().next().unwrap().unwrap();
    let col = |name: &str| row.get(header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}"))).unwrap();
    assert_eq!(col("claim"), CLAIM);
    assert_eq!(col("claimant"), "Springfield City Council");
    assert_eq!(col("claim date"), "2026-12-01");
    assert_eq!(col("review url"), "https://factcheck.courier.example/council-budget#budget-transit-310m");
    assert_eq!(col("rating"), "Accurate");
    assert_eq!(col("language"), "en");
    assert!(rows.records().next().is_none(), "one claim, one row");

    // The organisation went into factdesk.yaml, which now loads.
    let cfg = factdesk::store::load_config(&home.join("claims")).unwrap();
    assert_eq!(cfg.organization.name, "Springfield Courier Fact Check");
}
