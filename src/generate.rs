//! The synthetic archive generator: a deterministic newsroom workspace for tests and benchmarks
//! (`factdesk gen-workspace` in `cli::commands::gen_workspace`).
//!
//! Everything comes from one seeded SplitMix64 stream, so the same seed writes the same bytes.
//! Claims are sentences of their article, anchored with [`anchor::make_quote`]; many claims
//! recur across stories with small changes (a viral claim checked again), which is what the
//! similar-claims index is for.

use crate::anchor;
use crate::model::{Claim, HistoryEntry, Kind, Source, Status, StoryFile, slugify};
use crate::store::{self, STORY_FILE};
use std::collections::HashSet;
use std::fs;
use std::path::Path;

/// The generator's PRNG: one seeded SplitMix64 stream (`crate::rng`).
pub type Rng = crate::rng::SplitMix;

const PLACES: &[&str] = &[
    "Phnom Penh (ភ្នំពេញ)",
    "Sihanoukville (ក្រុងព្រះសីហនុ)",
    "Siem Reap",
    "Bangkok (กรุงเทพฯ)",
    "Chiang Mai (เชียงใหม่)",
    "Mae Sot (แม่สอด)",
    "Shanghai (上海)",
    "Tokyo (東京)",
    "Seoul (서울)",
    "Taipei (臺北)",
    "Manila",
    "Jakarta",
    "Kuala Lumpur",
    "Hanoi",
    "Yangon",
    "Lagos",
    "Nairobi",
    "São Paulo",
    "Zürich",
    "Kraków",
    "Berlin",
    "Lyon",
    "Toronto",
    "Chicago",
];

const ORGS: &[&str] = &[
    "the Ministry of Interior",
    "the central bank",
    "the World Bank",
    "the UN Office on Drugs and Crime",
    "the national statistics institute",
    "the city council",
    "the health ministry",
    "the electoral commission",
    "the police",
    "the port authority",
    "Amnesty International",
    "the IMF",
];

const PEOPLE: &[&str] = &[
    "Sok Chenda",
    "Hun Manet",
    "Somchai Wongsawat",
    "田中 美咲",
    "李 伟",
    "Maria Santos",
    "Jean Dupont",
    "Amara Okafor",
    "Ana Kowalska",
    "the minister",
    "a police spokesperson",
    "the mayor",
];

const THINGS: &[&str] = &[
    "scam compounds",
    "rice exports",
    "hospital beds",
    "new teachers",
    "trafficking victims",
    "flood shelters",
    "electric buses",
    "vaccine doses",
    "housing permits",
    "border crossings",
    "online casinos",
    "solar panels",
];

const UNITS: &[&str] = &["people", "tonnes", "cases", "households", "workers", "sites"];

/// Claim templates: `{p}` place, `{o}` organisation, `{w}` person, `{t}` thing, `{n}` number,
/// `{u}` unit, `{y}` year, `{c}` percentage.
const CLAIMS: &[(&str, Kind)] = &[
    ("{o} counted {n} {t} in {p} in {y}", Kind::Statistic),
    ("{t} in {p} rose by {c}% between {y} and the year after", Kind::Statistic),
    ("More than {n} {u} were moved out of {p} by {o}", Kind::Event),
    ("{w} said {p} had {n} {t}, more than any other province", Kind::Attribution),
    ("{p} spends {c}% of its budget on {t}, according to {o}", Kind::Statistic),
    ("{o} raided {n} {t} near {p} last year", Kind::Event),
    ("{w} promised {n} new {t} for {p} by {y}", Kind::Prediction),
    ("Half of the {u} in {p} depend on {t}, {w} claimed", Kind::Attribution),
    ("The number of {t} in {p} doubled to {n} in {y}", Kind::Statistic),
    ("{o} estimates that {t} earn {n} million dollars a year in {p}", Kind::Statistic),
    ("{w} called the {t} programme in {p} \"the best in the region\"", Kind::Opinion),
    ("At least {n} {u} were rescued from {t} in {p} in {y}", Kind::Event),
    ("Since {y}, {p} has lost {c}% of its {t}", Kind::Statistic),
    ("\"We closed every one of the {t} in {p},\" {w} said", Kind::Quote),
];

const FILLER: &[&str] = &[
    "Reporters visited the site twice over three weeks.",
    "Officials did not answer written questions before publication.",
    "Local residents described a very different picture.",
    "The figures could not be independently confirmed at the time.",
    "ข้อมูลนี้มาจากรายงานของรัฐบาล.",
    "ព័ត៌មាននេះត្រូវបានផ្ទៀងផ្ទាត់ដោយអ្នកយកព័ត៌មាន.",
    "记者在现场看到了大量的工人.",
    "現地の住民は別の見方をしている.",
    "Families waited outside the gates for news 🙏.",
    "The report runs to more than two hundred pages.",
];

const NOTES: &[&str] = &[
    "Called the ministry press office; they pointed to the annual report.",
    "The figure appears in the PDF, table 4, page 12.",
    "⚠️ Only one source so far; need a second, independent one.",
    "Number matches the 2023 census release within rounding.",
    "The spokesperson's quote is on video at 03:12.",
    "Archive copy saved before the page changed.",
    "Compared with last year's report: the method changed.",
    "ข้อมูลจากกระทรวงไม่ตรงกับตัวเลขนี้.",
    "ក្រសួងមិនបានឆ្លើយតបទេ.",
    "统计局的数据与此不符.",
    "Looks viral 🔥 — shared 40k times on Facebook.",
];

const TAGS: &[&str] = &[
    "crime",
    "economy",
    "health",
    "migration",
    "elections",
    "budget",
    "trafficking",
    "viral-🔥",
    "ภูมิภาค",
    "កម្ពុជា",
    "中国",
    "follow-up",
];

const REVIEWERS: &[&str] = &["dara", "nok", "mei", "jonas", "ana", "kofi"];

const PUBLISHERS: &[(&str, &str)] = &[
    ("World Bank", "https://data.worldbank.org/indicator/"),
    ("UNODC", "https://www.unodc.org/roseap/en/"),
    ("Reuters", "https://www.reuters.com/world/asia-pacific/"),
    ("Khmer Times", "https://www.khmertimeskh.com/"),
    ("Bangkok Post", "https://www.bangkokpost.com/thailand/"),
    ("Xinhua", "http://www.news.cn/world/"),
    ("Ministry of Interior", "https://www.interior.gov.kh/"),
    ("Statistics office", "https://www.nis.gov.kh/index.php/en/"),
];

const VERDICTS: &[&str] = &["", "", "accurate", "mostly-accurate", "misleading", "inaccurate", "unverifiable"];

/// One claim's sentence, built from a template and the story's theme.
fn claim_sentence(rng: &mut Rng, template: &str, place: &str) -> String {
    let mut out = String::with_capacity(template.len() + 40);
    let mut chars = template.chars();
    while let Some(c) = chars.next() {
        if c != '{' {
            out.push(c);
            continue;
        }
        let key = chars.next().unwrap_or(' ');
        chars.next(); // '}'
        match key {
            'p' => out.push_str(if rng.chance(70) { place } else { rng.word(PLACES) }),
            'o' => out.push_str(rng.word(ORGS)),
            'w' => out.push_str(rng.word(PEOPLE)),
            't' => out.push_str(rng.word(THINGS)),
            'u' => out.push_str(rng.word(UNITS)),
            'n' => out.push_str(&(10 * (1 + rng.below(500))).to_string()),
            'y' => out.push_str(&(2015 + rng.below(11)).to_string()),
            'c' => out.push_str(&(1 + rng.below(60)).to_string()),
            other => out.push(other),
        }
    }
    upper_first(&out)
}

fn date(rng: &mut Rng, year: usize) -> String {
    format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28))
}

/// Builds one story: its article text and its claims file.
pub fn story(
    rng: &mut Rng,
    index: usize,
    claims_per_story: usize,
    recurring: &[String],
) -> (String, String, StoryFile) {
    let place = rng.word(PLACES);
    let thing = rng.word(THINGS);
    let year = 2018 + rng.below(8);
    let title = upper_first(&format!("{} and {thing} in {place}: what the numbers say", rng.word(ORGS)));
    let slug = format!("s{index:05}-{}", slugify(&format!("{thing} {place}"), 40));
    // The article: a lede, then claim sentences interleaved with filler, in paragraphs.
    let mut article = String::new();
    let mut chars = 0usize;
    let push = |article: &mut String, chars: &mut usize, s: &str| {
        article.push_str(s);
        *chars += s.chars().count();
    };
    push(&mut article, &mut chars, &format!("{title}\n\n"));
    let mut claims = Vec::with_capacity(claims_per_story);
    let mut ids = HashSet::new();
    let mut spans = Vec::with_capacity(claims_per_story);
    for i in 0..claims_per_story {
        let (template, kind) = *rng.pick(CLAIMS);
        let sentence = if !recurring.is_empty() && rng.chance(8) {
            // A claim seen before, lightly reworded.
            let base = rng.pick(recurring).clone();
            if rng.chance(50) { base.replacen("the ", "", 1) } else { format!("Again, {}", lower_first(&base)) }
        } else {
            claim_sentence(rng, template, place)
        };
        let start = chars;
        push(&mut article, &mut chars, &sentence);
        let end = chars;
        push(&mut article, &mut chars, ". ");
        if rng.chance(30) {
            push(&mut article, &mut chars, rng.word(FILLER));
            push(&mut article, &mut chars, " ");
        }
        if i % 5 == 4 {
            article.pop();
            push(&mut article, &mut chars, "\n\n");
            chars -= 1;
        }
        let id = unique_id(&mut ids, &sentence);
        let mut claim = Claim::new(&id, &sentence);
        claim.kind = kind;
        spans.push((start, end));
        review_claim(rng, &mut claim);
        add_sources(rng, &mut claim, thing, year);
        add_history(rng, &mut claim, year);
        claims.push(claim);
    }
    article.push('\n');
    for (claim, (start, end)) in claims.iter_mut().zip(spans) {
        claim.quote = anchor::make_quote(&article, start, end);
    }
    let mut file = StoryFile::default();
    file.story.title = title;
    file.story.outlet = (*rng.pick(&["The Desk", "Mekong Review", "Nordwind", "El Faro Digital"])).into();
    file.story.byline = rng.word(REVIEWERS).to_string();
    file.story.url = format!("https://news.example.org/{slug}");
    file.story.published = date(rng, year);
    file.story.article = "article.txt".into();
    file.claims = claims;
    (slug, article, file)
}

/// The claim id for `sentence`: its slug, or the slug with the first free `-2`, `-3`, … suffix when taken; the id is
/// added to `ids`.
fn unique_id(ids: &mut HashSet<String>, sentence: &str) -> String {
    let id = crate::model::unique_id(&slugify(sentence, crate::model::MAX_ID_LEN), |id| ids.contains(id));
    ids.insert(id.clone());
    id
}

/// Gives a generated claim its review state: claimant, verdict, status, assignee, tags and notes.
fn review_claim(rng: &mut Rng, claim: &mut Claim) {
    claim.claimant = if claim.kind == Kind::Attribution || claim.kind == Kind::Quote || rng.chance(40) {
        rng.word(PEOPLE).to_string()
    } else {
        String::new()
    };
    claim.verdict = rng.word(VERDICTS).to_string();
    claim.status = if claim.verdict.is_empty() {
        *rng.pick(&[Status::Candidate, Status::Open, Status::InProgress])
    } else {
        *rng.pick(&[Status::Reviewed, Status::Published])
    };
    claim.assignee = if rng.chance(70) { rng.word(REVIEWERS).to_string() } else { String::new() };
    for _ in 0..rng.below(3) {
        let t = rng.word(TAGS).to_string();
        if !claim.tags.contains(&t) {
            claim.tags.push(t);
        }
    }
    let n_notes = rng.below(3);
    let notes: Vec<&str> = (0..n_notes).map(|_| rng.word(NOTES)).collect();
    claim.notes = if n_notes == 2 { format!("{}\n{}\n", notes[0], notes[1]) } else { notes.concat() };
}

/// Adds a generated claim's sources, about `thing` around `year`, and now and then a score.
fn add_sources(rng: &mut Rng, claim: &mut Claim, thing: &str, year: usize) {
    // A final verdict rests on two or three independent sources (the default evidence rule).
    let is_final = !matches!(claim.verdict.as_str(), "" | "unverifiable");
    let n_sources = if is_final { 2 + rng.below(2) } else { rng.below(3) };
    let first = rng.below(PUBLISHERS.len());
    for s in 0..n_sources {
        let (publisher, base) = PUBLISHERS[(first + s) % PUBLISHERS.len()];
        claim.sources.push(Source {
            title: format!("{publisher}: {thing} {}", year - s),
            url: format!("{base}{}-{}", slugify(thing, 20), rng.below(100_000)),
            publisher: publisher.into(),
            accessed: date(rng, year),
            ..Default::default()
        });
    }
    if rng.chance(30) {
        claim.score = Some((rng.below(100) as f64) / 100.0);
    }
}

/// Adds a generated claim's history in `year`: its creation and, when it has a verdict, the verdict.
fn add_history(rng: &mut Rng, claim: &mut Claim, year: usize) {
    let mut day = 1 + rng.below(20);
    claim.history.push(HistoryEntry {
        at: format!("{year}-03-{day:02}T09:{:02}:00Z", rng.below(60)),
        by: rng.word(REVIEWERS).to_string(),
        change: "created".into(),
    });
    if !claim.verdict.is_empty() {
        day += 1 + rng.below(5);
        claim.history.push(HistoryEntry {
            at: format!("{year}-03-{day:02}T14:{:02}:00Z", rng.below(60)),
            by: rng.word(REVIEWERS).to_string(),
            change: format!("verdict: (none) -> {}", claim.verdict),
        });
    }
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Writes a workspace of `stories` stories with `claims_per_story` claims each into `dir`.
///
/// Refuses a folder that already holds files, so it never overwrites anyone's work.
pub fn generate(dir: &Path, stories: usize, claims_per_story: usize, seed: u64) -> Result<(), String> {
    if dir.exists() && fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.next().is_some() {
        return Err(format!(
            "{}: the folder is not empty; pick a new folder for the generated workspace",
            dir.display()
        ));
    }
    fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create the folder: {e}", dir.display()))?;
    let mut rng = Rng::new(seed);
    let mut recurring: Vec<String> = Vec::new();
    for i in 0..stories {
        let (slug, article, file) = story(&mut rng, i, claims_per_story, &recurring);
        // Remember a few claims per story so later stories can repeat them.
        for c in file.claims.iter().take(2) {
            if recurring.len() < 500 {
                recurring.push(c.text.clone());
            } else {
                let k = rng.below(recurring.len());
                recurring[k] = c.text.clone();
            }
        }
        let sdir = dir.join(&slug);
        fs::create_dir_all(&sdir).map_err(|e| format!("{}: {e}", sdir.display()))?;
        fs::write(sdir.join("article.txt"), &article).map_err(|e| format!("{}: {e}", sdir.display()))?;
        fs::write(sdir.join(STORY_FILE), store::render(&file)).map_err(|e| format!("{}: {e}", sdir.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        let mut dirs: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        dirs.sort();
        for d in dirs {
            for f in ["article.txt", STORY_FILE] {
                out.push((format!("{}/{f}", d.file_name().unwrap().to_string_lossy()), fs::read(d.join(f)).unwrap()));
            }
        }
        out
    }

    #[test]
    fn same_seed_same_bytes_other_seed_differs() {
        let t = tempfile::tempdir().unwrap();
        generate(&t.path().join("a"), 4, 6, 7).unwrap();
        generate(&t.path().join("b"), 4, 6, 7).unwrap();
        generate(&t.path().join("c"), 4, 6, 8).unwrap();
        let a = read_all(&t.path().join("a"));
        assert_eq!(a.len(), 8);
        assert_eq!(a, read_all(&t.path().join("b")));
        assert_ne!(a, read_all(&t.path().join("c")));
    }

    #[test]
    fn generated_workspace_loads_cleanly_with_anchors_and_scripts() {
        let t = tempfile::tempdir().unwrap();
        generate(t.path(), 5, 12, 3).unwrap();
        let ws = crate::load::load_workspace(t.path()).unwrap();
        assert!(ws.diagnostics.is_empty(), "{:?}", ws.diagnostics);
        assert_eq!(ws.stories.len(), 5);
        let claims: Vec<&Claim> = ws.stories.iter().flat_map(|s| &s.file.claims).collect();
        assert_eq!(claims.len(), 60);
        for s in &ws.stories {
            assert!(s.anchors.iter().all(|a| a.state == anchor::AnchorState::Exact));
            assert!(s.article.len() > 1000, "article of {} bytes", s.article.len());
        }
        let verdicts: HashSet<&str> = claims.iter().map(|c| c.verdict.as_str()).collect();
        assert!(verdicts.len() >= 4, "{verdicts:?}");
        let all: String = ws.stories.iter().map(|s| s.article.as_str()).collect();
        let notes: String = claims.iter().map(|c| c.notes.as_str()).collect();
        let text = format!("{all}{notes}");
        for (script, range) in
            [("Khmer", '\u{1780}'..='\u{17ff}'), ("Thai", '\u{0e00}'..='\u{0e7f}'), ("CJK", '\u{4e00}'..='\u{9fff}')]
        {
            assert!(text.chars().any(|c| range.contains(&c)), "no {script}");
        }
        assert!(claims.iter().any(|c| !c.sources.is_empty() && !c.history.is_empty() && !c.tags.is_empty()));
    }

    #[test]
    fn refuses_a_folder_with_files() {
        let t = tempfile::tempdir().unwrap();
        fs::write(t.path().join("keep.txt"), "mine").unwrap();
        assert!(generate(t.path(), 1, 1, 1).unwrap_err().contains("not empty"));
        assert_eq!(fs::read_to_string(t.path().join("keep.txt")).unwrap(), "mine");
    }
}
