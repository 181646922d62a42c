//! The organisation form (`O`): the publisher ClaimReview needs, set from the UI into `factdesk.yaml` without
//! opening it. `update` units, what the runner writes (`effects::save_organization`), and snapshots.

mod common;

use common::*;
use factdesk::model::Organization;
use factdesk::tui::app::{Action, App, Effect, FormKind, ItemsKind, Mode, Reply, update};
use factdesk::tui::effects;
use factdesk::tui::keymap::{Context, Key, Keymap};
use std::collections::BTreeMap;

fn render(app: &mut App, w: u16, h: u16) -> String {
    screen(app, w, h)
}

fn form(app: &App) -> &factdesk::tui::app::Form {
    open_form(app)
}

/// Opens the form and types the three values.
fn fill(app: &mut App, name: &str, url: &str, review: &str) {
    press(app, "O");
    assert_eq!(form(app).kind, FormKind::Organization);
    for (i, v) in [name, url, review].into_iter().enumerate() {
        if i > 0 {
            press(app, "tab");
        }
        press(app, "ctrl-u");
        type_text(app, v);
    }
}

const REVIEW: &str = "https://check.example/{story}#{id}";

#[test]
fn o_opens_the_form_with_the_settings_in_use() {
    let (_t, mut app) = app();
    app.ws.config.organization =
        Organization { name: "Desk".into(), url: "https://desk.example".into(), review_url: REVIEW.into() };
    press(&mut app, "O");
    let f = form(&app);
    let fields: Vec<(&str, &str)> = f.fields.iter().map(|x| (x.label, x.value.as_str())).collect();
    assert_eq!(fields, [("Name", "Desk"), ("Web site", "https://desk.example"), ("Review url", REVIEW)]);
}

#[test]
fn a_valid_form_asks_the_runner_to_write_and_stays_open_until_it_did() {
    let (_t, mut app) = app();
    fill(&mut app, "Springfield Fact Check", "https://check.example", REVIEW);
    let effect = press(&mut app, "enter");
    let want = Organization {
        name: "Springfield Fact Check".into(),
        url: "https://check.example".into(),
        review_url: REVIEW.into(),
    };
    assert_eq!(effect, Some(Effect::SaveOrganization(want.clone())));
    assert_eq!(form(&app).kind, FormKind::Organization, "open until the runner says it wrote the file");
    // The file could not be written: the form says why and keeps every value.
    update(&mut app, Reply::SettingsSaved(Err("claims/factdesk.yaml: not written: read-only".into())));
    assert_eq!(form(&app).error.as_deref(), Some("claims/factdesk.yaml: not written: read-only"));
    assert_eq!(form(&app).fields[0].value, "Springfield Fact Check");
    // Written: the settings are in use, and the form closes.
    let mut cfg = app.ws.config.clone();
    cfg.organization = want.clone();
    update(&mut app, Reply::SettingsSaved(Ok(cfg)));
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    assert_eq!(app.ws.config.organization, want);
    assert!(app.message.as_ref().unwrap().text.contains("organisation saved in"), "{:?}", app.message);
}

#[test]
fn bad_values_are_refused_in_the_form_with_the_reason_and_kept() {
    for (name, url, review, says) in [
        ("", "https://check.example", REVIEW, "Name is empty"),
        ("Desk", "javascript:alert(1)", REVIEW, "Web site `javascript:alert(1)` is not one web address"),
        ("Desk", "https://check.example/a b", REVIEW, "is not one web address"),
        ("Desk", "https://check.example", "https://check.example/{story}", "Review url has no {id}"),
    ] {
        let (_t, mut app) = app();
        fill(&mut app, name, url, review);
        assert_eq!(press(&mut app, "enter"), None, "{says}");
        let f = form(&app);
        assert!(f.error.as_deref().unwrap_or("").contains(says), "{says}: {:?}", f.error);
        assert_eq!([f.fields[1].value.as_str(), f.fields[2].value.as_str()], [url, review]);
    }
}

#[test]
fn the_key_is_a_keymap_row_and_can_be_rebound() {
    let m = Keymap::default();
    assert_eq!(m.lookup(Context::Main, Key::ch('O')), Some(&Action::Organization));
    assert!(m.grouped(Context::Main).iter().any(|g| g.1 == "organization"));
    let mut o = BTreeMap::new();
    o.insert("organization".to_string(), "f7".to_string());
    let m = Keymap::with_overrides(&o).unwrap();
    assert_eq!(m.lookup(Context::Main, Key::parse("f7").unwrap()), Some(&Action::Organization));
    assert_eq!(m.lookup(Context::Main, Key::ch('O')), None);
}

#[test]
fn enter_on_a_missing_organisation_in_the_warnings_pane_opens_this_form() {
    let (_t, mut app) = app();
    press(&mut app, "W");
    let Mode::Items(pane) = &app.mode else { panic!("{:?}", app.mode) };
    assert_eq!(pane.kind, ItemsKind::Warnings);
    let at = pane
        .warnings
        .iter()
        .position(|w| w.diagnostic.message.contains("organization.name"))
        .expect("the fixture has no organisation: ClaimReview's refusal is listed");
    for _ in 0..at {
        press(&mut app, "down");
    }
    press(&mut app, "enter");
    assert_eq!(form(&app).kind, FormKind::Organization);
}

#[test]
fn the_runner_writes_only_the_organisation_keeping_comments_and_other_keys() {
    let (_t, root) = temp_workspace();
    let path = root.join("factdesk.yaml");
    let before = "# shared settings: ask the desk before changing\nevidence:\n  min_independent_sources: 1 # small desk\n\norganization:\n  name: Old Name\n  logo: https://old.example/logo.png # kept: factdesk does not know it\n\nsearch:\n  matcher: nucleo\n";
    std::fs::write(&path, before).unwrap();
    let org =
        Organization { name: "New: \"Desk\" #1".into(), url: "https://new.example".into(), review_url: REVIEW.into() };
    let cfg = effects::save_organization(&root, &org).unwrap();
    assert_eq!(cfg.organization, org);
    assert_eq!(cfg.evidence.min_independent_sources, 1);
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(
        after.starts_with(
            "# shared settings: ask the desk before changing\nevidence:\n  min_independent_sources: 1 # small desk\n\n"
        ),
        "{after}"
    );
    assert!(after.ends_with("\nsearch:\n  matcher: nucleo\n"), "{after}");
    assert!(after.contains("logo: https://old.example/logo.png"), "an unknown key under organization is kept: {after}");
    assert!(!after.contains("Old Name"), "{after}");
    assert_eq!(factdesk::store::load_config(&root).unwrap().organization, org, "reads back as written");
    // An empty value removes its key instead of writing an empty string.
    let cleared = Organization { url: String::new(), ..org };
    effects::save_organization(&root, &cleared).unwrap();
    assert!(!std::fs::read_to_string(&path).unwrap().contains("url: https://new.example\n"));
}

#[test]
fn a_workspace_without_settings_gets_a_new_file() {
    let (_t, root) = temp_workspace();
    assert!(!root.join("factdesk.yaml").exists());
    let org = Organization { name: "Desk".into(), url: "https://d.example".into(), review_url: REVIEW.into() };
    effects::save_organization(&root, &org).unwrap();
    let text = std::fs::read_to_string(root.join("factdesk.yaml")).unwrap();
    assert!(text.starts_with("# factdesk: settings"), "{text}");
    assert_eq!(factdesk::store::load_config(&root).unwrap().organization, org);
}

#[test]
fn a_linked_or_broken_settings_file_is_refused_and_left_as_it_was() {
    let (t, root) = temp_workspace();
    let org = Organization { name: "Desk".into(), url: "https://d.example".into(), review_url: REVIEW.into() };
    // A link (say, committed to the repository) to a file outside the workspace: never read, never written.
    let outside = t.path().join("outside.yaml");
    std::fs::write(&outside, "secret: do not quote me\n").unwrap();
    std::os::unix::fs::symlink(&outside, root.join("factdesk.yaml")).unwrap();
    let err = effects::save_organization(&root, &org).unwrap_err().to_string();
    assert!(err.contains("factdesk.yaml"), "{err}");
    assert!(!err.contains("do not quote me"), "{err}");
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "secret: do not quote me\n");
    assert!(std::fs::symlink_metadata(root.join("factdesk.yaml")).unwrap().file_type().is_symlink());
    // Broken YAML: the error says where, and the file is not touched.
    std::fs::remove_file(root.join("factdesk.yaml")).unwrap();
    std::fs::write(root.join("factdesk.yaml"), "organization: [unclosed\n").unwrap();
    let err = effects::save_organization(&root, &org).unwrap_err().to_string();
    assert!(err.contains("factdesk.yaml:"), "{err}");
    assert_eq!(std::fs::read_to_string(root.join("factdesk.yaml")).unwrap(), "organization: [unclosed\n");
}

#[test]
fn snapshot_organization_form() {
    let (_t, mut app) = app();
    fill(
        &mut app,
        "Springfield Courier Fact Check",
        "https://factcheck.courier.example",
        "https://factcheck.courier.example/{story}",
    );
    press(&mut app, "enter");
    insta::assert_snapshot!("organization_form_100x30", render(&mut app, 100, 30));
    insta::assert_snapshot!("organization_form_80x24", render(&mut app, 80, 24));
}

#[test]
fn a_pasted_second_line_in_an_address_is_refused_not_glued() {
    let (_t, mut app) = app();
    press(&mut app, "O");
    press(&mut app, "tab");
    update(&mut app, Action::Paste("https://a.example\nhttps://b.example".into()));
    assert!(form(&app).error.as_deref().unwrap_or("").contains("paste refused"), "{:?}", form(&app).error);
    assert_eq!(form(&app).fields[1].value, "");
    // The name is free text: a pasted line break is glued on with a space, as in any other field.
    press(&mut app, "backtab");
    update(&mut app, Action::Paste("Springfield\nFact Check".into()));
    assert_eq!(form(&app).fields[0].value, "Springfield Fact Check");
}
