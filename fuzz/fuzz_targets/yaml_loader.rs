//! Fuzzes the story loader and the lossless save: any bytes either fail to parse, or parse to a story whose
//! unchanged save keeps the file byte for byte, and whose edited save reads back as the edited story (or is refused).
#![no_main]

use factdesk::splice;
use factdesk::store;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("claims.yaml");
    let Ok(file) = store::parse_story(path, &text) else { return };
    // Saving without edits keeps the file as it is.
    let same = splice::plan(&text, &file).expect("an unchanged story can always be saved");
    assert_eq!(same.text, text, "an unchanged save rewrote the file");
    // Saving after an edit reads back as the edited story.
    let mut edited = file.clone();
    match edited.claims.first_mut() {
        Some(c) => c.notes = format!("{}\n# not a comment: 'x' \"y\"\n", c.notes),
        None => edited.story.title.push_str(" (edited)"),
    }
    // Refusing (a part that serde_yaml cannot write changed) is allowed; writing something else is not.
    let Ok(plan) = splice::plan(&text, &edited) else { return };
    let back = store::parse_story(path, &plan.text).expect("a planned save parses");
    assert!(splice::same(&back, &edited), "edited save did not read back:\n{}", plan.text);
});
