//! The review UI on a big archive (issue 16): stories arriving in chunks give the same list, counts and filter
//! corpus as the whole workspace at once; a `/` filter's list is built from its hits alone and ranks as before.

mod common;

use common::*;
use factdesk::search::{Corpus, Engine};
use factdesk::tui::app::{Action, App, LoadedChunk, Reply, Row, Tally, update};
use factdesk::tui::keymap::Keymap;
use factdesk::tui::theme::Theme;

/// A generated workspace of `stories` × `per_story` claims, loaded whole.
fn generated(stories: usize, per_story: usize) -> (tempfile::TempDir, factdesk::store::Workspace) {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("ws");
    factdesk::generate::generate(&root, stories, per_story, 5).unwrap();
    let ws = factdesk::load::load_workspace(&root).unwrap();
    (t, ws)
}

/// An app on `ws` without its stories, which then arrive as the loader sends them: one, then chunks of `chunk`.
fn loaded_in_chunks(ws: &factdesk::store::Workspace, chunk: usize) -> App {
    let (mut app, stories) = loading(ws);
    let mut rest = stories.into_iter();
    update(&mut app, Reply::StoriesLoaded(LoadedChunk::new(rest.by_ref().take(1).collect(), vec![])));
    loop {
        let next: Vec<_> = rest.by_ref().take(chunk).collect();
        if next.is_empty() {
            break;
        }
        update(&mut app, Reply::StoriesLoaded(LoadedChunk::new(next, vec![])));
    }
    update(&mut app, Reply::LoadFinished);
    app
}

/// An app on `ws` whose stories have not arrived yet (loading 0 of them), and those stories, for the test to send.
fn loading(ws: &factdesk::store::Workspace) -> (App, Vec<factdesk::store::Story>) {
    let mut shell = ws.clone();
    let stories = std::mem::take(&mut shell.stories);
    let mut app = App::new(shell, Keymap::default(), Theme::MONO, "T".into());
    update(&mut app, Action::Resize(100, 30));
    app.loading = Some((0, stories.len()));
    (app, stories)
}

fn whole(ws: &factdesk::store::Workspace) -> App {
    let mut app = App::new(ws.clone(), Keymap::default(), Theme::MONO, "T".into());
    update(&mut app, Action::Resize(100, 30));
    app
}

fn haystacks(c: &Corpus) -> Vec<(u32, u32, String, u32)> {
    c.entries.iter().map(|e| (e.story, e.claim, e.haystack.clone(), e.text_chars)).collect()
}

#[test]
fn stories_loaded_in_chunks_list_count_and_filter_as_the_whole_workspace() {
    let (_t, ws) = generated(9, 7);
    let mut chunked = loaded_in_chunks(&ws, 3);
    let mut at_once = whole(&ws);
    assert_eq!(chunked.rows, at_once.rows, "rows appended chunk by chunk are the rows of one rebuild");
    assert!(matches!(chunked.rows[chunked.selected], Row::Claim(0, _)), "the cursor is on the first claim");
    assert_eq!(chunked.tally(), &Tally::of(&ws));
    assert_eq!(chunked.tally().total + chunked.tally().candidates, 63);
    // The corpus after a chunked load is the one the app would make from the claims.
    assert_eq!(haystacks(&chunked.corpus()), haystacks(&Corpus::from_workspace(&ws)));
    assert_eq!(haystacks(&chunked.corpus()), haystacks(&at_once.corpus()));
}

#[test]
fn the_counts_follow_edits_undo_and_a_changed_scale() {
    let (_t, mut app) = app();
    let fresh = |app: &App| Tally::of(&app.ws);
    assert_eq!(app.tally(), &fresh(&app));
    // A verdict set: the counts change with it, and come back with undo.
    let before = app.tally().clone();
    press(&mut app, "v");
    press(&mut app, "j");
    press(&mut app, "enter");
    assert_eq!(app.tally(), &fresh(&app));
    assert_ne!(app.tally(), &before, "a verdict was set");
    press(&mut app, "u");
    assert_eq!(app.tally(), &before);
    // Settings read again with a shorter scale: claims of the dropped verdict count as unknown.
    let mut config = app.ws.config.clone();
    config.verdicts.truncate(1);
    update(&mut app, Reply::ConfigRead(Ok(config)));
    assert_eq!(app.tally(), &fresh(&app));
    assert_eq!(app.tally().counts.len(), 1);
}

#[test]
fn a_filter_lists_only_its_hits_best_story_first_and_best_claim_first() {
    let (_t, ws) = generated(6, 10);
    let mut app = whole(&ws);
    press(&mut app, "/");
    type_text(&mut app, "phnom");
    let corpus = app.corpus();
    let hits = factdesk::search::scan(&corpus, "phnom", Engine::Nucleo, 1);
    assert!(!hits.is_empty(), "the generated claims mention Phnom Penh");
    let score = |si: usize, ci: usize| {
        let i = corpus.entries.iter().position(|e| (e.story, e.claim) == (si as u32, ci as u32))?;
        hits.iter().find(|h| h.entry as usize == i).map(|h| h.score)
    };
    let claims: Vec<(usize, usize)> =
        app.rows.iter().filter_map(|r| if let Row::Claim(s, c) = *r { Some((s, c)) } else { None }).collect();
    assert_eq!(claims.len(), hits.len(), "every hit is listed, nothing else");
    assert!(claims.iter().all(|&(s, c)| score(s, c).is_some()));
    // Stories by their best match; in a story, accepted claims by score, then candidates.
    let mut best_of_story = Vec::new();
    for group in app.rows.split(|r| matches!(r, Row::Story(_))).filter(|g| !g.is_empty()) {
        let scored: Vec<(bool, i64)> = group
            .iter()
            .map(|r| {
                let Row::Claim(s, c) = *r else { unreachable!() };
                let cand = app.ws.stories[s].file.claims[c].status == factdesk::model::Status::Candidate;
                (cand, score(s, c).unwrap())
            })
            .collect();
        let accepted: Vec<i64> = scored.iter().filter(|x| !x.0).map(|x| x.1).collect();
        assert!(accepted.windows(2).all(|w| w[0] >= w[1]), "{accepted:?}");
        assert!(scored.windows(2).all(|w| w[0].0 <= w[1].0), "candidates after accepted claims");
        best_of_story.push(scored.iter().map(|x| x.1).max().unwrap());
    }
    assert!(best_of_story.windows(2).all(|w| w[0] >= w[1]), "{best_of_story:?}");
    // The cursor is on the best match.
    let (s, c) = app.current().unwrap();
    assert_eq!(score(s, c), hits.iter().map(|h| h.score).max());
}

#[test]
fn the_similar_index_built_from_the_loaders_chunks_is_the_one_built_whole() {
    use factdesk::similar::Fields;
    use factdesk::tui::app::SimilarClaims;
    let (_t, ws) = generated(7, 6);
    let whole = SimilarClaims::build(SimilarClaims::input(&ws));
    let parts = [0..1, 1..4, 4..7].map(|r| SimilarClaims::input_of(r.start, &ws.stories[r]));
    let chunked = SimilarClaims::build_parts(parts);
    assert_eq!(format!("{:?}", chunked.index), format!("{:?}", whole.index));
    // Story by story, as the loader's threads copy them.
    let each = ws
        .stories
        .iter()
        .enumerate()
        .map(|(si, s)| SimilarClaims::numbered(SimilarClaims::input_of(0, std::slice::from_ref(s)), si));
    assert_eq!(format!("{:?}", SimilarClaims::build_parts(each).index), format!("{:?}", whole.index));
    assert_eq!((chunked.stories(), whole.stories()), (7, 7));
    let (story, c) = (&ws.stories[3], &ws.stories[3].file.claims[2]);
    let found = chunked.lookup(&Fields::of(c), &story.slug, &c.id, 5);
    assert!(!found.is_empty(), "generated claims recur across stories");
    assert_eq!(found, whole.lookup(&Fields::of(c), &story.slug, &c.id, 5));
}

/// A `/` filter typed while stories still arrive has matched only the stories already here: the list's count says
/// "so far" until the load finishes, and then the count is of every story.
#[test]
fn a_filter_typed_while_loading_says_its_count_is_so_far() {
    let (_t, ws) = generated(6, 10);
    let (mut app, stories) = loading(&ws);
    let mut rest = stories.into_iter();
    update(&mut app, Reply::StoriesLoaded(LoadedChunk::new(rest.by_ref().take(2).collect(), vec![])));
    press(&mut app, "/");
    type_text(&mut app, "phnom");
    let title = |app: &mut App| {
        let s = screen(app, 100, 30);
        s.lines().nth(1).unwrap_or_default().to_string()
    };
    let during = title(&mut app);
    assert!(during.contains("so far)"), "{during}");
    update(&mut app, Reply::StoriesLoaded(LoadedChunk::new(rest.collect(), vec![])));
    assert!(title(&mut app).contains("so far)"), "still loading");
    update(&mut app, Reply::LoadFinished);
    let after = title(&mut app);
    assert!(after.contains(" Claims (") && !after.contains("so far"), "{after}");
    // Without a filter, a loading list's count is plain: the header says how far the load is.
    let (_t2, ws2) = generated(3, 4);
    let (mut plain, stories) = loading(&ws2);
    update(&mut plain, Reply::StoriesLoaded(LoadedChunk::new(stories.into_iter().take(1).collect(), vec![])));
    let line = title(&mut plain);
    assert!(line.contains(" Claims (") && !line.contains("so far"), "{line}");
}
