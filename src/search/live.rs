//! The UI's `/` filter over a big workspace. Above [`PREPARED_MAX`] claims it reads the claims where they are: no
//! haystack is kept per claim (at a million claims those took ~250 MB); each claim's haystack is made in a buffer of
//! the scanning thread as it is scored ([`super::haystack_into`]), and only when the matcher's prefilter read from the
//! claim's fields where they are says it may match ([`super::Matcher::may_match_claim`]). Up to [`PREPARED_MAX`]
//! claims, the caller has every claim's haystack made while the UI is idle ([`LiveFilter::prepare`], one string for
//! all, ~25 MB at 100,000 claims), and a query on the claims' version they were made for reads those, about twice as
//! fast. Either way the matches, scores and ranks are those of [`super::scan`] over a [`super::Corpus`].
//!
//! The caller owns the claims and runs the scan a step at a time ([`LiveFilter::step`]), between two looks at the
//! keyboard: the first step scores a few claims on the calling thread, so the first matches show at once; each later
//! step scores the next claims on every core (scoped threads borrowing the stories, the calling thread one of them),
//! as many as take about [`STEP_BUDGET`] at the last step's rate, and hands back what it found, so a key is never
//! kept waiting for more than one short step. The last few completed queries are remembered, as the worker did:
//! backspace to one shows its results at once, and a query that extends one is scored only over that one's matches.
//!
//! ```
//! use factdesk::search::live::LiveFilter;
//! use factdesk::search::DEFAULT_ENGINE;
//!
//! let t = tempfile::tempdir().unwrap();
//! factdesk::generate::generate(t.path(), 2, 20, 7).unwrap();
//! let ws = factdesk::load::load_workspace(t.path()).unwrap();
//! let mut filter = LiveFilter::new(DEFAULT_ENGINE, 2);
//! filter.query("rice", 0);
//! // Between two looks at the keyboard:
//! while filter.is_running() {
//!     filter.step(&ws.stories);
//! }
//! assert!(filter.ranked().iter().all(|&(si, ci, _)| ws.stories[si].file.claims.get(ci).is_some()));
//! ```

use super::{Engine, Matcher, min_score};
use crate::store::Story;
use std::time::{Duration, Instant};

/// One match: story index, claim index, score.
type Found = (u32, u32, i64);

/// A query that ran to its end over claims of one version, and every match (in claim order, before the minimum
/// score: a longer query narrows from all of them).
struct Completed {
    query: String,
    hits: Vec<Found>,
}

/// How many completed queries are remembered (for backspace and for narrowing).
const REMEMBERED: usize = 8;

/// Claims the first step of a query scores, on the calling thread alone: the first matches are drawn as soon as
/// one core has scored these, without waiting for another thread to get a core (on a busy machine, or while the
/// terminal's reader wants one).
pub const STEP_FIRST: usize = 1_024;
/// Claims a thread scores in one later step at least and at most (at most ~10–20 ms at a million claims). At least
/// 4,096: on a busy machine a step's measured rate includes its waits for a core, and steps sized from it alone
/// shrink until the loop's turns between them cost more than the scoring (seen at 100,000 claims, load 4.5 on 2 cores:
/// steps of 1,024 claims a thread took 2–10 ms each, and the whole scan took longer).
pub const STEP_MIN: usize = 4_096;
pub const STEP_MAX: usize = 65_536;
/// How long one step should take: each later step is sized from the last one's measured rate so that it takes
/// about this long ([`next_step`]), so a key typed while a query runs waits for this long, not for a whole scan.
pub const STEP_BUDGET: Duration = Duration::from_millis(4);

/// Claims a thread should score in the next step, when the last step scored `per_thread` claims a thread in `took`:
/// as many as take [`STEP_BUDGET`] at that rate, from [`STEP_MIN`] to [`STEP_MAX`].
pub fn next_step(per_thread: usize, took: Duration) -> usize {
    let rate = per_thread as u128 * STEP_BUDGET.as_nanos() / took.as_nanos().max(1);
    usize::try_from(rate).unwrap_or(STEP_MAX).clamp(STEP_MIN, STEP_MAX)
}

/// Workspaces of up to this many claims get one haystack per claim, made while the UI is idle ([`LiveFilter::prepare`]):
/// at 100,000 claims they take ~25 MB and make a whole scan about twice as fast as reading every claim's five fields
/// where they are (BENCHMARKS.md, issue 16, ninth session); above it they would cost more memory than the
/// million-claim target allows, and the filter reads the claims in place.
pub const PREPARED_MAX: usize = 300_000;
/// Claims whose haystacks one idle step makes (a few milliseconds: a key typed meanwhile waits for no more).
pub const PREPARE_STEP: usize = 8_192;

/// Every claim's haystack ([`super::haystack_into`]), one after another in one string, for the claims at one version.
struct Prepared {
    version: u64,
    text: String,
    /// Where each claim's haystack ends in `text`, claims in story order.
    ends: Vec<usize>,
    /// The index in `ends` of each story's first claim (one more entry at the end: the number of claims).
    first: Vec<usize>,
    /// The next story to make haystacks for.
    story: usize,
    complete: bool,
}

impl Prepared {
    fn new(version: u64) -> Prepared {
        Prepared { version, text: String::new(), ends: Vec::new(), first: Vec::new(), story: 0, complete: false }
    }

    /// Claim `ci` of story `si`'s haystack, when there is one.
    fn haystack(&self, si: u32, ci: u32) -> Option<&str> {
        let (si, ci) = (si as usize, ci as usize);
        let i = self.first.get(si)? + ci;
        if i >= *self.first.get(si + 1)? {
            return None;
        }
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..self.ends[i])
    }
}

/// Where a running query is.
enum Over {
    /// Every claim, from this story and claim on (stories that join meanwhile are scored too).
    All { story: usize, claim: usize },
    /// The matches of a remembered query this one extends, from this one on.
    Candidates { ids: Vec<(u32, u32)>, next: usize },
}

/// The query being scored.
struct Running {
    query: String,
    over: Over,
    /// Every match so far, in claim order.
    hits: Vec<Found>,
    /// Claims a thread scores in the next step.
    step: usize,
    /// No step has run yet: the next one scores [`STEP_FIRST`] claims on the calling thread.
    first: bool,
}

/// The `/` filter's state: the query being scored, its matches so far, and the queries remembered.
pub struct LiveFilter {
    engine: Engine,
    /// One matcher per thread.
    matchers: Vec<Box<dyn Matcher>>,
    /// The query the matchers are set up for.
    set_for: String,
    running: Option<Running>,
    /// The query shown: its matches (at or above its minimum score), and whether every claim was scored.
    query: String,
    shown: Vec<Found>,
    sorted: bool,
    done: bool,
    /// The claims' version the remembered queries were scored on (the caller's count of changes to the claims).
    version: u64,
    remembered: Vec<Completed>,
    /// The last step's claims scored and matches found (for the UI's trace).
    last_step: (usize, usize),
    /// One haystack per claim, for a workspace of up to [`PREPARED_MAX`] claims (made while the UI is idle).
    prepared: Option<Prepared>,
}

impl LiveFilter {
    /// A filter scoring on `threads` threads (every core: [`super::threads`]).
    pub fn new(engine: Engine, threads: usize) -> LiveFilter {
        LiveFilter {
            engine,
            matchers: (0..threads.clamp(1, 16)).map(|_| engine.matcher()).collect(),
            set_for: String::new(),
            running: None,
            query: String::new(),
            shown: Vec::new(),
            sorted: true,
            done: false,
            version: 0,
            remembered: Vec::new(),
            last_step: (0, 0),
            prepared: None,
        }
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Starts filtering for `query` over the claims as they are at `version` (a count the caller moves on at every
    /// change to the claims or the stories: results remembered from another version are forgotten). A query seen
    /// before on this version is done at once.
    pub fn query(&mut self, query: &str, version: u64) {
        if version != self.version {
            self.remembered.clear();
            self.version = version;
        }
        // The running query, if it was not done, is dropped.
        self.running = None;
        self.query = query.to_string();
        self.shown.clear();
        self.sorted = true;
        self.done = false;
        if let Some(i) = self.remembered.iter().position(|c| c.query == query) {
            let c = self.remembered.remove(i);
            self.show(&c.hits);
            self.remembered.push(c);
            self.done = true;
            return;
        }
        let base = self.remembered.iter().filter(|c| narrows(&c.query, query)).max_by_key(|c| c.query.len());
        let over = match base {
            Some(c) => Over::Candidates { ids: c.hits.iter().map(|&(s, c, _)| (s, c)).collect(), next: 0 },
            None => Over::All { story: 0, claim: 0 },
        };
        self.running =
            Some(Running { query: query.to_string(), over, hits: Vec::new(), step: STEP_FIRST, first: true });
    }

    /// Makes the next claims' haystacks (a step of [`PREPARE_STEP`] claims at most), for the claims of `stories` as they
    /// are at `version`, when there are at most [`PREPARED_MAX`] of them; a query scored on that version then reads
    /// them instead of the claims' fields. Returns whether haystacks are left to make (call again while idle).
    pub fn prepare(&mut self, stories: &[Story], version: u64) -> bool {
        // Called at every idle turn of the UI's loop: once they are made, nothing is counted again.
        if self.is_prepared(version) {
            return false;
        }
        let claims: usize = stories.iter().map(|s| s.file.claims.len()).sum();
        if claims > PREPARED_MAX {
            self.prepared = None;
            return false;
        }
        let p = match &mut self.prepared {
            Some(p) if p.version == version => p,
            slot => slot.insert(Prepared::new(version)),
        };
        if p.complete {
            return false;
        }
        let mut made = 0;
        let mut buf = String::new();
        while made < PREPARE_STEP
            && let Some(story) = stories.get(p.story)
        {
            p.first.push(p.ends.len());
            for c in &story.file.claims {
                super::haystack_into(&mut buf, c);
                p.text.push_str(&buf);
                p.ends.push(p.text.len());
            }
            made += story.file.claims.len().max(1);
            p.story += 1;
        }
        if p.story >= stories.len() {
            p.first.push(p.ends.len());
            p.complete = true;
        }
        !p.complete
    }

    /// Whether every claim's haystack is made for the claims at `version` (a query on that version reads them).
    pub fn is_prepared(&self, version: u64) -> bool {
        self.prepared.as_ref().is_some_and(|p| p.complete && p.version == version)
    }

    /// Whether claims are left to score for the query.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Whether every claim was scored for the query.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The query shown.
    pub fn current(&self) -> &str {
        &self.query
    }

    /// Scores the next claims of `stories` (those the query is over; at most a step's worth a thread) and adds their
    /// matches. Returns whether any was found or the query is now done (the results changed).
    pub fn step(&mut self, stories: &[Story]) -> bool {
        let Some(run) = self.running.as_mut() else { return false };
        // The first step on this thread alone (for the first matches at once); the later ones on every thread.
        let threads = if run.first { 1 } else { self.matchers.len() };
        let budget = run.step * threads;
        let ids: Vec<(u32, u32)> = match &mut run.over {
            Over::All { story, claim } => {
                let mut ids = Vec::with_capacity(budget);
                while ids.len() < budget {
                    let Some(s) = stories.get(*story) else { break };
                    let n = s.file.claims.len();
                    let take = (n.saturating_sub(*claim)).min(budget - ids.len());
                    ids.extend((*claim..*claim + take).map(|c| (*story as u32, c as u32)));
                    *claim += take;
                    if *claim >= n {
                        (*story, *claim) = (*story + 1, 0);
                    }
                }
                ids
            }
            Over::Candidates { ids, next } => {
                let part = ids[*next..(*next + budget).min(ids.len())].to_vec();
                *next += part.len();
                part
            }
        };
        let finished = match &run.over {
            Over::All { story, .. } => *story >= stories.len(),
            Over::Candidates { ids, next } => *next >= ids.len(),
        };
        if self.set_for != run.query {
            for m in &mut self.matchers {
                m.set_query(&run.query);
            }
            self.set_for = run.query.clone();
        }
        let started = Instant::now();
        let found = match self.prepared.as_ref().filter(|p| p.complete && p.version == self.version) {
            Some(p) => score_prepared(&mut self.matchers[..threads], p, &ids),
            None => score_in_place(&mut self.matchers[..threads], stories, &ids),
        };
        // The next step takes about STEP_BUDGET at this step's rate (claims a thread per time).
        run.step = next_step(ids.len().div_ceil(threads), started.elapsed());
        run.first = false;
        self.last_step = (ids.len(), found.len());
        run.hits.extend_from_slice(&found);
        let changed = !found.is_empty() || finished;
        if !found.is_empty() {
            let min = min_score(&self.query);
            self.shown.extend(found.into_iter().filter(|h| h.2 >= min));
            self.sorted = false;
        }
        if finished {
            let Some(run) = self.running.take() else { return changed };
            self.done = true;
            if self.remembered.len() == REMEMBERED {
                self.remembered.remove(0);
            }
            self.remembered.push(Completed { query: run.query, hits: run.hits });
        }
        changed
    }

    /// The last step's claims scored and matches found (before the minimum score).
    pub fn last_step(&self) -> (usize, usize) {
        self.last_step
    }

    /// The matches so far (story, claim, score), best first; equal scores in claim order, as [`super::rank`].
    pub fn ranked(&mut self) -> Vec<(usize, usize, i64)> {
        if !self.sorted {
            self.shown.sort_unstable_by(|a, b| b.2.cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
            self.sorted = true;
        }
        self.shown.iter().map(|&(s, c, score)| (s as usize, c as usize, score)).collect()
    }

    /// Shows a remembered query's matches (those at or above the query's minimum score).
    fn show(&mut self, hits: &[Found]) {
        let min = min_score(&self.query);
        self.shown.extend(hits.iter().copied().filter(|h| h.2 >= min));
        self.sorted = false;
    }
}

/// Whether every match of `new` is a match of `old`: true when `new` only extends `old`'s terms.
fn narrows(old: &str, new: &str) -> bool {
    !old.trim().is_empty() && new.starts_with(old)
}

/// Scores claims `ids` from their prepared haystacks (a claim with none is skipped) on one thread per matcher: the
/// matches in `ids`' order, those [`score_in_place`] finds.
fn score_prepared(matchers: &mut [Box<dyn Matcher>], p: &Prepared, ids: &[(u32, u32)]) -> Vec<Found> {
    let score = |m: &mut Box<dyn Matcher>, part: &[(u32, u32)]| {
        let mut out = Vec::new();
        for &(si, ci) in part {
            if let Some(h) = p.haystack(si, ci)
                && let Some(s) = m.score(h)
            {
                out.push((si, ci, s));
            }
        }
        out
    };
    on_threads(matchers, ids, score)
}

/// Splits `ids` between the matchers, one thread each (the calling thread takes the first part), and joins what `score`
/// gives for each part in `ids`' order.
fn on_threads<F>(matchers: &mut [Box<dyn Matcher>], ids: &[(u32, u32)], score: F) -> Vec<Found>
where
    F: Fn(&mut Box<dyn Matcher>, &[(u32, u32)]) -> Vec<Found> + Sync,
{
    if ids.is_empty() {
        return Vec::new();
    }
    let per = ids.len().div_ceil(matchers.len()).max(1);
    if matchers.len() == 1 || ids.len() <= per {
        return score(&mut matchers[0], ids);
    }
    // The calling thread scores the first part itself: one thread fewer to start and to wait for.
    let (first, rest) = matchers.split_at_mut(1);
    let mut parts = ids.chunks(per);
    let mine = parts.next().unwrap_or_default();
    let score = &score;
    std::thread::scope(|s| {
        let handles: Vec<_> = rest.iter_mut().zip(parts).map(|(m, part)| s.spawn(move || score(m, part))).collect();
        let mut out = score(&mut first[0], mine);
        for h in handles {
            out.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        out
    })
}

/// Scores claims `ids` of `stories` (a claim that is not there any more is skipped) on one thread per matcher, each
/// making the claims' haystacks in a buffer of its own; the matches in `ids`' order.
fn score_in_place(matchers: &mut [Box<dyn Matcher>], stories: &[Story], ids: &[(u32, u32)]) -> Vec<Found> {
    let score = |m: &mut Box<dyn Matcher>, part: &[(u32, u32)]| {
        let mut buf = String::new();
        let mut out = Vec::new();
        for &(si, ci) in part {
            let Some(c) = stories.get(si as usize).and_then(|s| s.file.claims.get(ci as usize)) else { continue };
            // Most claims fail the prefilter read from their fields where they are: no haystack is made for them.
            if !m.may_match_claim(c) {
                continue;
            }
            super::haystack_into(&mut buf, c);
            if let Some(s) = m.score(&buf) {
                out.push((si, ci, s));
            }
        }
        out
    };
    on_threads(matchers, ids, score)
}

#[cfg(test)]
mod tests {
    use super::super::{Corpus, scan};
    use super::*;

    fn workspace() -> (tempfile::TempDir, crate::store::Workspace) {
        let t = tempfile::tempdir().unwrap();
        crate::generate::generate(t.path(), 12, 150, 5).unwrap();
        let ws = crate::load::load_workspace(t.path()).unwrap();
        (t, ws)
    }

    fn finish(f: &mut LiveFilter, stories: &[Story]) -> Vec<(usize, usize, i64)> {
        let mut steps = 0;
        while f.is_running() {
            f.step(stories);
            steps += 1;
            assert!(steps < 10_000, "the scan ends");
        }
        assert!(f.is_done());
        f.ranked()
    }

    /// Every claim's text becomes "nothing here" and its tags, notes and claimant go (its id stays): an edit of every
    /// claim.
    fn blank_every_claim(ws: &mut crate::store::Workspace) {
        for s in &mut ws.stories {
            for c in &mut s.file.claims {
                c.text = "nothing here".into();
                c.tags.clear();
                c.notes.clear();
                c.claimant.clear();
            }
        }
    }

    /// What `scan` over a corpus of the same claims ranks, as (story, claim, score), after the minimum score.
    fn reference(ws: &crate::store::Workspace, query: &str, engine: Engine) -> Vec<(usize, usize, i64)> {
        let corpus = Corpus::from_workspace(ws);
        corpus.claims_of(&scan(&corpus, query, engine, 1))
    }

    #[test]
    fn reading_in_place_ranks_as_a_scan_of_the_corpus_and_narrows() {
        let (_t, ws) = workspace();
        for engine in [Engine::Nucleo, Engine::Skim] {
            for threads in [1, 2, 3] {
                let mut f = LiveFilter::new(engine, threads);
                // Typed a key at a time (each extends the last, so it narrows), then backspaced, then new words.
                for q in ["r", "ri", "ric", "rice", "rice 2", "rice", "ph", "phnom", "gdp half", "", "zzzq"] {
                    f.query(q, 1);
                    let got = finish(&mut f, &ws.stories);
                    let want = reference(&ws, q, engine);
                    assert_eq!(got, want, "{engine:?} {threads} {q:?}");
                }
            }
        }
        let (_t, ws) = workspace();
        let mut f = LiveFilter::new(Engine::Nucleo, 2);
        f.query("rice", 0);
        assert!(!finish(&mut f, &ws.stories).is_empty(), "the generated workspace has rice claims");
    }

    /// With every claim's haystack prepared, a query on that version ranks as a scan of the corpus (and as reading
    /// in place); on another version the haystacks are not read, so an edit is never hidden by them.
    #[test]
    fn prepared_haystacks_rank_as_a_scan_and_an_edit_is_never_hidden() {
        let (_t, mut ws) = workspace();
        for engine in [Engine::Nucleo, Engine::Skim] {
            for threads in [1, 2] {
                let mut f = LiveFilter::new(engine, threads);
                let mut steps = 0;
                while f.prepare(&ws.stories, 7) {
                    steps += 1;
                    assert!(steps < 1_000, "preparing ends");
                }
                assert!(f.is_prepared(7) && !f.is_prepared(8));
                // 1,800 claims in steps of PREPARE_STEP whole stories: one step here.
                assert!(!f.prepare(&ws.stories, 7), "nothing is left to make");
                for q in ["r", "rice", "rice 2", "ph", "phnom", "gdp half", "", "zzzq"] {
                    f.query(q, 7);
                    assert_eq!(finish(&mut f, &ws.stories), reference(&ws, q, engine), "{engine:?} {threads} {q:?}");
                }
            }
        }
        let mut f = LiveFilter::new(Engine::Nucleo, 2);
        while f.prepare(&ws.stories, 1) {}
        f.query("rice", 1);
        assert!(!finish(&mut f, &ws.stories).is_empty(), "the generated workspace has rice claims");
        // Edited: the caller's version moves on, and the haystacks of version 1 are not read.
        blank_every_claim(&mut ws);
        f.query("rice", 2);
        assert!(!f.is_prepared(2));
        let edited = reference(&ws, "rice", Engine::Nucleo);
        assert_eq!(finish(&mut f, &ws.stories), edited);
        // Prepared again for the new version: the same answer.
        while f.prepare(&ws.stories, 2) {}
        assert!(f.is_prepared(2));
        f.query("ric", 2);
        assert_eq!(finish(&mut f, &ws.stories), reference(&ws, "ric", Engine::Nucleo));
        f.query("rice", 2);
        assert_eq!(finish(&mut f, &ws.stories), edited);
        f.query("nothing", 2);
        assert_eq!(finish(&mut f, &ws.stories), reference(&ws, "nothing", Engine::Nucleo));
        assert_eq!(f.ranked().len(), ws.stories.iter().map(|s| s.file.claims.len()).sum::<usize>());
    }

    #[test]
    fn a_new_version_forgets_what_was_remembered() {
        let (_t, mut ws) = workspace();
        let mut f = LiveFilter::new(Engine::Nucleo, 2);
        f.query("rice", 1);
        let before = finish(&mut f, &ws.stories);
        assert!(!before.is_empty());
        // Every claim's text changes: on the same version the remembered results would come back at once.
        blank_every_claim(&mut ws);
        f.query("rice", 2);
        assert!(f.is_running());
        let after = finish(&mut f, &ws.stories);
        assert_eq!(after, reference(&ws, "rice", Engine::Nucleo));
        // A narrowing query on a new version scans every claim, not the old matches.
        f.query("rice", 3);
        finish(&mut f, &ws.stories);
        ws.stories[0].file.claims[0].text = "rice exports".into();
        f.query("rice e", 4);
        assert_eq!(finish(&mut f, &ws.stories), reference(&ws, "rice e", Engine::Nucleo));
    }

    /// The prefilter read from a claim's fields where they are never turns away a claim whose haystack scores: terms
    /// across two tags, characters folding to ASCII, control characters the haystack makes spaces, smart case.
    #[test]
    fn the_claim_prefilter_never_turns_away_a_match() {
        use crate::model::Claim;
        let claim = |text: &str, claimant: &str, tags: &[&str], id: &str, notes: &str| Claim {
            text: text.into(),
            claimant: claimant.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            id: id.into(),
            notes: notes.into(),
            ..Claim::default()
        };
        let claims = [
            claim("Rice exports from Phnom Penh", "", &[], "c-1", ""),
            claim("nothing", "", &["ph", "nom"], "c-2", ""),
            claim("nothing", "", &["phnom"], "", ""),
            claim("Phñom Pénh rose", "Ministère", &[], "", ""),
            claim("ph\u{1}nom", "a\u{85}b", &["x\u{7f}y"], "", "line\nbreak"),
            claim("", "Hun Sen", &["", ""], "", "notes about phnom"),
            claim("PHNOM", "", &[], "", ""),
            claim("gdp grew by half", "IMF", &["economy", "gdp"], "gdp-9", "half of it"),
            claim("", "", &[], "", ""),
        ];
        let queries = [
            "phnom",
            "Phnom",
            "PHNOM",
            "ph nom",
            "penh",
            "pénh",
            "ministere",
            "hun sen",
            "x y",
            "xy",
            "ab",
            "line break",
            "gdp half",
            "economy gdp",
            "c-2",
            "gdp-9 imf",
            "zzz",
            "n",
            "\u{1}",
            "s\\ s",
        ];
        let mut checked = 0;
        for q in queries {
            let (mut m, mut plain) = (Engine::Nucleo.matcher(), Engine::Nucleo.matcher());
            m.set_query(q);
            plain.set_query(q);
            for c in &claims {
                let scored = plain.score(&super::super::haystack(c));
                if scored.is_some() {
                    checked += 1;
                    assert!(m.may_match_claim(c), "{q:?} scores {c:?} but the prefilter turned it away");
                }
            }
        }
        assert!(checked >= 20, "the cases match often enough to test something ({checked})");
        // And it does turn claims away (else it saves nothing).
        let mut m = Engine::Nucleo.matcher();
        m.set_query("phnom");
        assert!(!m.may_match_claim(&claims[7]));
        assert!(m.may_match_claim(&claims[1]), "a term across two tags joined by a space");
    }

    #[test]
    fn stories_that_join_while_scanning_are_scored() {
        let (_t, mut ws) = workspace();
        // 1,200 claims: more than a first step scores (STEP_FIRST).
        let later = ws.stories.split_off(8);
        assert!(ws.stories.iter().map(|s| s.file.claims.len()).sum::<usize>() > STEP_FIRST);
        let mut f = LiveFilter::new(Engine::Nucleo, 1);
        f.query("rice", 0);
        f.step(&ws.stories);
        assert!(f.is_running());
        ws.stories.extend(later);
        let got = finish(&mut f, &ws.stories);
        assert_eq!(got, reference(&ws, "rice", Engine::Nucleo));
    }
}
