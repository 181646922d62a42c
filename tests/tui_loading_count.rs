//! The header's "loading x/N folders" while a big archive loads (issue 16): N is every folder of the workspace, and
//! x counts the folders the loader went through, stories or not, so it reaches N.

mod common;

use common::*;
use factdesk::tui::app::{LoadedChunk, Reply, update};

#[test]
fn the_loading_count_counts_folders_without_a_story_and_reaches_the_total() {
    let (_t, mut app) = app();
    let stories = std::mem::take(&mut app.ws.stories);
    assert_eq!(stories.len(), 1);
    // One story among five folders (the others: `.git`, `exports`, ...); its chunk comes once the loader has gone
    // through three of them.
    app.loading = Some((0, 5));
    let chunk = LoadedChunk { folders: 3, ..LoadedChunk::new(stories, vec![]) };
    update(&mut app, Reply::StoriesLoaded(chunk));
    assert_eq!(app.loading, Some((3, 5)));
    assert!(screen(&mut app, 100, 30).contains("loading 3/5 folders"), "{}", screen(&mut app, 100, 30));
    // The last folders hold no story: an empty chunk still moves the count to the end.
    update(&mut app, Reply::StoriesLoaded(LoadedChunk { folders: 5, ..LoadedChunk::default() }));
    assert_eq!(app.loading, Some((5, 5)));
    update(&mut app, Reply::LoadFinished);
    assert_eq!(app.loading, None);
    assert!(!screen(&mut app, 100, 30).contains("loading"));
}

#[test]
fn a_chunk_without_a_folder_count_counts_its_stories() {
    let (_t, mut app) = app();
    let stories = std::mem::take(&mut app.ws.stories);
    app.loading = Some((0, 2));
    update(&mut app, Reply::StoriesLoaded(LoadedChunk::new(stories, vec![])));
    assert_eq!(app.loading, Some((1, 2)));
}
