//! The list panes' keys (`o` sources, `C` checks, `V` values, `W` warnings): moving, adding, editing, removing and
//! reordering items, the forms they open and what those forms save.

use super::*;
use crate::checks;
use crate::model::{Check, Comparison, NamedValue};

/// Opens a list pane from the claims list: on the selected claim (sources, checks) or its story (values, warnings).
pub(super) fn open_pane(app: &mut App, kind: ItemsKind) -> Option<Effect> {
    let (story, claim) = if kind.of_claim() {
        let Some((si, ci)) = app.current() else {
            app.set_message(format!("select a claim first: its {}s open here", kind.noun()), true);
            return None;
        };
        (si, app.ws.stories[si].file.claims[ci].id.clone())
    } else {
        // The selected row's story (a story with no claims yet has only its title row), else the article's.
        let selected = match app.rows.get(app.selected) {
            Some(Row::Story(si) | Row::Claim(si, _)) => Some(*si),
            None => None,
        };
        let Some(si) = selected.or_else(|| app.article_story()) else {
            app.set_message("no story yet: create one with `factdesk new-story`", true);
            return None;
        };
        (si, String::new())
    };
    app.mode = Mode::Items(ItemsPane { kind, story, claim, cursor: 0, warnings: Vec::new() });
    app.settle_items();
    None
}

/// Whether the pane's story may be edited now; says why not.
fn may_edit(app: &mut App, pane: &ItemsPane) -> bool {
    if let Some((here, total)) = app.loading {
        app.set_message(
            format!("still loading ({here} of {total} folders): editing opens once every story is here"),
            true,
        );
        return false;
    }
    if let Some(why) = app.read_only(pane.story) {
        app.set_message(why, true);
        return false;
    }
    true
}

pub(super) fn items_mode(app: &mut App, mut pane: ItemsPane, action: Action) -> Option<Effect> {
    let n = app.item_count(&pane);
    let add = app.keymap.key_for(Context::Items, "add");
    match action {
        Action::Down | Action::Scroll(_, _, true) => pane.cursor = (pane.cursor + 1).min(n.saturating_sub(1)),
        Action::Up | Action::Scroll(_, _, false) => pane.cursor = pane.cursor.saturating_sub(1),
        Action::Top => pane.cursor = 0,
        Action::Bottom => pane.cursor = n.saturating_sub(1),
        Action::Cancel | Action::Quit => return None,
        Action::Interrupt => {
            app.mode = Mode::Items(pane);
            return Some(Effect::Interrupt);
        }
        Action::Undo | Action::Redo => app.restore(action == Action::Undo),
        Action::Save => {
            app.mode = Mode::Items(pane);
            if !app.is_modified() {
                app.set_message("nothing to save", false);
                return None;
            }
            return Some(Effect::Save);
        }
        Action::AddItem if pane.kind == ItemsKind::Warnings => {
            let enter = app.keymap.key_for(Context::Items, "edit");
            app.set_message(format!("a warning is fixed where it points: {enter} goes there"), false);
        }
        Action::AddItem if may_edit(app, &pane) => {
            open_form(app, pane, Editing::New);
            return None;
        }
        Action::EditItem | Action::RemoveItem if n == 0 => {
            let msg = match pane.kind {
                ItemsKind::Warnings => "no warnings: nothing to fix".to_string(),
                k => format!("no {}s yet: {add} adds one", k.noun()),
            };
            app.set_message(msg, false);
        }
        Action::EditItem if pane.kind == ItemsKind::Warnings => return go_fix(app, pane),
        Action::EditItem => {
            if may_edit(app, &pane)
                && let Some(editing) = item_at(app, &pane)
            {
                open_form(app, pane, editing);
                return None;
            }
        }
        Action::RemoveItem if pane.kind == ItemsKind::Warnings => {
            app.set_message("a warning goes when what it points at is fixed", false);
        }
        Action::RemoveItem => {
            if may_edit(app, &pane)
                && let Some(editing) = item_at(app, &pane)
            {
                let (what, users) = match &editing {
                    Editing::Source(i, s) => (format!("source {}: {}", i + 1, s.title), Vec::new()),
                    Editing::Check(i, c) => (format!("check {}: {}", i + 1, c.label), Vec::new()),
                    Editing::Value(name, _) => (format!("value `{name}`"), app.value_users(pane.story, name)),
                    Editing::New => return None,
                };
                app.mode = Mode::Confirm(Confirm::Remove(Box::new(Removal { pane, editing, what, users })));
                return None;
            }
        }
        Action::MoveItemUp | Action::MoveItemDown if pane.kind != ItemsKind::Sources => {
            app.set_message(format!("only sources have an order to change; {}s keep theirs", pane.kind.noun()), false);
        }
        Action::MoveItemUp | Action::MoveItemDown => {
            let down = action == Action::MoveItemDown;
            if may_edit(app, &pane) && move_source(app, &pane, down) {
                pane.cursor = if down { pane.cursor + 1 } else { pane.cursor - 1 };
            }
        }
        _ => {}
    }
    app.mode = Mode::Items(pane);
    None
}

/// The pane's selected item, as it is now.
fn item_at(app: &App, pane: &ItemsPane) -> Option<Editing> {
    let i = pane.cursor;
    match pane.kind {
        ItemsKind::Sources | ItemsKind::Checks => {
            let (si, ci) = app.pane_claim(pane)?;
            let c = &app.ws.stories[si].file.claims[ci];
            if pane.kind == ItemsKind::Sources {
                c.sources.get(i).map(|s| Editing::Source(i, s.clone()))
            } else {
                c.checks.get(i).map(|k| Editing::Check(i, k.clone()))
            }
        }
        ItemsKind::Values => {
            let (name, v) = app.ws.stories.get(pane.story)?.file.values.iter().nth(i)?;
            Some(Editing::Value(name.clone(), v.clone()))
        }
        ItemsKind::Warnings => None,
    }
}

/// Swaps the selected source with its neighbour; `false` at the end of the list.
fn move_source(app: &mut App, pane: &ItemsPane, down: bool) -> bool {
    let Some((si, ci)) = app.pane_claim(pane) else { return false };
    let i = pane.cursor;
    let n = app.ws.stories[si].file.claims[ci].sources.len();
    let j = if down { i + 1 } else { i.wrapping_sub(1) };
    if j >= n {
        return false;
    }
    app.edit_story(si, |file| {
        let c = &mut file.claims[ci];
        c.sources.swap(i, j);
        let title = c.sources[j].title.clone();
        Some((
            Some(c.id.clone()),
            format!("source moved {} (now {} of {n}): {title}", if down { "down" } else { "up" }, j + 1),
        ))
    })
}

/// A source's form fields, in the order the issue gives: url, title, publisher, accessed, excerpt, archive_url.
pub(super) fn source_fields(s: &Source) -> Vec<Field> {
    vec![
        address_field("URL", &s.url, "one https:// address"),
        field("Title", &s.title, "the page's title"),
        field("Publisher", &s.publisher, "who published it"),
        field("Accessed", &s.accessed, "YYYY-MM-DD, the day you read it"),
        field("Excerpt", &s.excerpt, "the words that matter"),
        address_field("Archive", &s.archive_url, "optional: an archived copy, https://web.archive.org/…"),
    ]
}

/// A number as a form shows it for editing: every digit kept (never rounded for display).
fn number_text(v: f64) -> String {
    format!("{v}")
}

/// Opens the form for a pane's item (or a new one), returning to the pane after Enter or Esc.
fn open_form(app: &mut App, pane: ItemsPane, editing: Editing) {
    let today = app.today();
    match (&pane.kind, &editing) {
        (ItemsKind::Sources, Editing::Source(i, s)) => {
            app.form(FormKind::Source, &format!("Edit source {}", i + 1), source_fields(s));
        }
        (ItemsKind::Sources, _) => {
            let s = Source { accessed: today, ..Default::default() };
            app.form(FormKind::Source, "Add a source", source_fields(&s));
        }
        (ItemsKind::Checks, e) => {
            let blank = Check::default();
            let (title, c) = match e {
                Editing::Check(i, c) => (format!("Edit check {}", i + 1), c),
                _ => ("Add a numeric check".to_string(), &blank),
            };
            // A new check's Claimed starts empty: the form lists the figures the claim states under it.
            let claimed = if matches!(e, Editing::Check(..)) { number_text(c.claimed) } else { String::new() };
            app.form(
                FormKind::Check,
                &title,
                vec![
                    field("Label", &c.label, "what it checks, e.g. share of GDP"),
                    field("Expr", &c.expr, "arithmetic on values (V), e.g. scam_revenue_usd / gdp_2023_usd"),
                    field("Claimed", &claimed, "the figure the claim states: 0.5, 40%, 1.2e9"),
                    field("Tolerance", &number_text(c.tolerance), "how far off still holds, e.g. 0.01 (0: exactly)"),
                    field("Comparison", c.comparison.as_str(), "=, >=, <=, > or <: how the result meets the claim"),
                ],
            );
        }
        (ItemsKind::Values, e) => {
            let (title, name, v) = match e {
                Editing::Value(name, v) => (format!("Edit value `{name}`"), name.clone(), Some(v)),
                _ => ("Add a story value".to_string(), String::new(), None),
            };
            let value = v.map(|v| number_text(v.value)).unwrap_or_default();
            let source = v.map(|v| v.source.clone()).unwrap_or_default();
            app.form(
                FormKind::Value,
                &title,
                vec![
                    field("Name", &name, "letters, digits and _, e.g. gdp_2023_usd"),
                    field("Value", &value, "the figure: 41.9e9, 0.5, 40%"),
                    field("Source", &source, "where the figure comes from"),
                ],
            );
        }
        (ItemsKind::Warnings, _) => return,
    }
    if let Mode::Form(f) = &mut app.mode {
        f.from = Some(Box::new(FromPane { pane, editing }));
    }
}

/// Enter in the warnings pane: the claim the warning is about is selected, and what fixes it opens.
fn go_fix(app: &mut App, pane: ItemsPane) -> Option<Effect> {
    let Some(w) = pane.warnings.get(pane.cursor).cloned() else {
        app.mode = Mode::Items(pane);
        return None;
    };
    let si = pane.story;
    let Some(ci) = w.claim else {
        // About the story itself: its values are the one part with a pane.
        if w.key.as_deref() == Some("values") {
            return open_pane(app, ItemsKind::Values);
        }
        // About the workspace settings (ClaimReview's organisation): the organisation form (`O`) fixes them.
        if w.diagnostic.path == app.ws.root.join(crate::store::CONFIG_FILE) {
            open_organization_form(app);
            return None;
        }
        // About the story's own fields (its url, date, language…): the story form (`I`) fixes them.
        if w.diagnostic.path == app.ws.stories[si].path() && open_story_form_on(app, si).is_some() {
            return None;
        }
        app.set_message(
            format!(
                "about the story, not a claim: fix it in {} ({})",
                app.ws.stories[si].path().display(),
                w.diagnostic.message
            ),
            true,
        );
        app.mode = Mode::Items(pane);
        return None;
    };
    let id = app.ws.stories[si].file.claims[ci].id.clone();
    app.rebuild_rows(Some((si, id.clone())));
    if app.current().is_none_or(|(s, c)| (s, c) != (si, ci)) {
        // A filter hides the claim: the filters go, so the fix lands on the right claim.
        app.filter.clear();
        app.filter_verdict = None;
        app.filter_status = None;
        app.rebuild_rows(Some((si, id.clone())));
    }
    if app.current() != Some((si, ci)) {
        app.set_message(format!("claim `{id}` cannot be selected in the list"), true);
        app.mode = Mode::Items(pane);
        return None;
    }
    app.focus = Focus::List;
    let pane_on = |app: &mut App, kind: ItemsKind| {
        let effect = open_pane(app, kind);
        if let Mode::Items(p) = &mut app.mode {
            // On the item it points at; `settle_items` keeps the cursor on the list.
            p.cursor = w.item.unwrap_or(0);
        }
        effect
    };
    match w.key.as_deref() {
        Some("sources") => pane_on(app, ItemsKind::Sources),
        Some("checks") => pane_on(app, ItemsKind::Checks),
        // At the verdict: a verdict not on the scale (pick one), or a final verdict on too few sources (add one).
        Some("verdict") if app.ws.config.verdict(&app.ws.stories[si].file.claims[ci].verdict).is_none() => {
            normal(app, Action::VerdictPicker)
        }
        Some("verdict") => pane_on(app, ItemsKind::Sources),
        Some("status") => normal(app, Action::StatusPicker),
        Some("quote") => normal(app, Action::ToggleArticle),
        Some("notes") => normal(app, Action::EditNotes),
        // The claim form (`t`): its text, id, claimant, kind, tags, assignee.
        _ => normal(app, claim_form_action()),
    }
}

/// The action of the form that edits a claim's own fields (text, id, claimant, …): `t`.
fn claim_form_action() -> Action {
    Action::EditClaim
}

/// A number typed into a form: a plain figure, or arithmetic on figures (`40%`, `1/3`, `41.9e9`).
fn number(label: &str, text: &str) -> Result<f64, String> {
    if text.is_empty() {
        return Err(format!("{label} is empty; write a number, e.g. 0.5, 40% or 41.9e9"));
    }
    checks::expr::evaluate(text, &|_| None).map_err(|e| {
        format!(
            "{label} `{text}` is not a number (at character {}); write it like 0.5, 40%, 1/3 or 41.9e9, without \
             thousands separators",
            e.pos
        )
    })
}

/// The story and claim a source or check form edits: the pane's claim, else (the `a` shortcut) the selected one.
fn form_claim(app: &App, f: &Form) -> Option<(usize, usize)> {
    match &f.from {
        Some(from) => app.pane_claim(&from.pane),
        None => app.current(),
    }
}

/// "changed on disk while you typed", with the key that closes the form (from the keymap).
fn changed(app: &App) -> String {
    let esc = app.keymap.key_for(Context::Form, "cancel");
    format!("changed on disk while you typed: {esc}, then open it again to see the new version")
}

/// "the claim is gone", with the key that closes the form.
fn gone(app: &App) -> String {
    let esc = app.keymap.key_for(Context::Form, "cancel");
    format!("the claim is gone (removed on disk?); {esc} closes the form")
}

/// Saves a source form: a new source, or the one it was opened on.
pub(super) fn submit_source(app: &mut App, f: &Form) -> Result<(), String> {
    let v = |i: usize| f.fields.get(i).map(|x| x.value.trim().to_string()).unwrap_or_default();
    let url = v(0);
    if url.is_empty() {
        return Err("URL is empty; paste the page's https:// address".into());
    }
    if let Some(why) = web_address_problem("URL", &url) {
        return Err(why);
    }
    let archive_url = v(5);
    if let Some(why) = (!archive_url.is_empty()).then(|| web_address_problem("Archive", &archive_url)).flatten() {
        return Err(why);
    }
    let accessed = v(3);
    if !accessed.is_empty() && chrono::NaiveDate::parse_from_str(&accessed, "%Y-%m-%d").is_err() {
        return Err(format!("Accessed `{accessed}` is not a date; write YYYY-MM-DD"));
    }
    let title = if v(1).is_empty() { url.clone() } else { v(1) };
    let (si, ci) = form_claim(app, f).ok_or_else(|| gone(app))?;
    let editing = f.from.as_ref().map_or(Editing::New, |from| from.editing.clone());
    let extra = match &editing {
        Editing::Source(_, s) => s.extra.clone(),
        _ => Default::default(),
    };
    let source = Source { title: title.clone(), url, publisher: v(2), accessed, excerpt: v(4), archive_url, extra };
    if let Editing::Source(i, was) = &editing {
        if app.ws.stories[si].file.claims[ci].sources.get(*i) != Some(was) {
            return Err(format!("source {} {}", i + 1, changed(app)));
        }
        if source == *was {
            app.set_message("source unchanged", false);
            return Ok(());
        }
    }
    app.edit_story(si, |file| {
        let c = &mut file.claims[ci];
        let change = match &editing {
            Editing::Source(i, was) => {
                let change = source_change(*i, was, &source);
                c.sources[*i] = source;
                change
            }
            _ => {
                c.sources.push(source);
                format!("source added: {title}")
            }
        };
        Some((Some(c.id.clone()), change))
    });
    Ok(())
}

/// The history line of an edited source: which fields changed, old -> new.
fn source_change(i: usize, was: &Source, now: &Source) -> String {
    let mut parts = Vec::new();
    for (name, a, b) in [
        ("url", &was.url, &now.url),
        ("title", &was.title, &now.title),
        ("publisher", &was.publisher, &now.publisher),
        ("accessed", &was.accessed, &now.accessed),
        ("excerpt", &was.excerpt, &now.excerpt),
        ("archive_url", &was.archive_url, &now.archive_url),
    ] {
        if a != b {
            parts.push(format!("{name}: {} -> {}", describe(a), describe(b)));
        }
    }
    format!("source {} edited: {}", i + 1, parts.join("; "))
}

/// Saves a check form: a new numeric check, or the one it was opened on.
pub(super) fn submit_check(app: &mut App, f: &Form) -> Result<(), String> {
    let v = |i: usize| f.fields.get(i).map(|x| x.value.trim().to_string()).unwrap_or_default();
    let label = v(0);
    if label.is_empty() {
        return Err("Label is empty; say what the check checks, e.g. share of GDP".into());
    }
    let expr = v(1);
    if let Err(e) = checks::expr::parse(&expr) {
        return Err(format!("Expr: {e}"));
    }
    let claimed = number("Claimed", &v(2))?;
    let tolerance = if v(3).is_empty() { 0.0 } else { number("Tolerance", &v(3))? };
    if tolerance < 0.0 {
        return Err(format!("Tolerance `{}` is negative; write how far off still holds, as 0 or more", v(3)));
    }
    let typed = v(4).replace('≥', ">=").replace('≤', "<=");
    let comparison = if typed.is_empty() {
        Comparison::Equal
    } else {
        Comparison::parse(&typed).ok_or_else(|| {
            let all: Vec<&str> = Comparison::ALL.iter().map(|c| c.as_str()).collect();
            format!("Comparison `{typed}` is unknown; use one of: {}", all.join(" "))
        })?
    };
    let (si, ci) = form_claim(app, f).ok_or_else(|| gone(app))?;
    let editing = f.from.as_ref().map_or(Editing::New, |from| from.editing.clone());
    let check = Check { label: label.clone(), expr, claimed, tolerance, comparison };
    if let Editing::Check(i, was) = &editing {
        if app.ws.stories[si].file.claims[ci].checks.get(*i) != Some(was) {
            return Err(format!("check {} {}", i + 1, changed(app)));
        }
        if check == *was {
            app.set_message("check unchanged", false);
            return Ok(());
        }
    }
    let says = claim_says(&check);
    let shown = format!("`{}` {says}", check.expr);
    app.edit_story(si, |file| {
        let c = &mut file.claims[ci];
        let change = match &editing {
            Editing::Check(i, was) => {
                let change = check_change(was, &check);
                c.checks[*i] = check;
                change
            }
            _ => {
                c.checks.push(check);
                format!("check added: `{label}`: {shown}")
            }
        };
        Some((Some(c.id.clone()), change))
    });
    // Saved with a name not defined yet (the value may come next): said, not refused.
    let computed = {
        let file = &app.ws.stories[si].file;
        let look = checks::lookup(&file.claims[ci], file);
        checks::expr::evaluate(&v(1), &look)
    };
    if let Err(e) = computed {
        let values = app.keymap.key_for(Context::Main, "values");
        app.set_message(
            format!("check saved, but it cannot be computed yet: {e} ({values} lists the story's values)"),
            true,
        );
    }
    Ok(())
}

/// The history line of an edited check: which parts changed, old -> new.
fn check_change(was: &Check, now: &Check) -> String {
    let says = |c: &Check| format!("{} ± {}", claim_says(c), checks::format_number(c.tolerance));
    let mut parts = Vec::new();
    if was.label != now.label {
        parts.push(format!("label: {} -> {}", describe(&was.label), describe(&now.label)));
    }
    if was.expr != now.expr {
        parts.push(format!("expr: `{}` -> `{}`", was.expr, now.expr));
    }
    if says(was) != says(now) || was.claimed != now.claimed || was.tolerance != now.tolerance {
        parts.push(format!("claim: {} -> {}", says(was), says(now)));
    }
    format!("check `{}` edited: {}", now.label, parts.join("; "))
}

/// Saves a value form: a new story value, or the one it was opened on. Every check using it is computed again
/// from the new figure at once (the panes compute on drawing); its claims' history says the figure changed.
pub(super) fn submit_value(app: &mut App, f: &Form) -> Result<(), String> {
    let v = |i: usize| f.fields.get(i).map(|x| x.value.trim().to_string()).unwrap_or_default();
    let name = v(0);
    if name.is_empty() {
        return Err("Name is empty; name the figure with letters, digits and _, e.g. gdp_2023_usd".into());
    }
    if !checks::is_name(&name) {
        return Err(format!(
            "Name `{name}` cannot be used in an expression: start with a letter or _, then letters, digits and _ \
             (e.g. gdp_2023_usd)"
        ));
    }
    let value = number("Value", &v(1))?;
    let Some(from) = &f.from else { return Err("this form belongs to the values pane".into()) };
    let si = from.pane.story;
    let values = &app.ws.stories.get(si).ok_or("the story is gone")?.file.values;
    let (old, note) = match &from.editing {
        Editing::Value(old, was) => {
            if values.get(old) != Some(was) {
                return Err(format!("value `{old}` {}", changed(app)));
            }
            (Some(old.clone()), was.note.clone())
        }
        _ => (None, String::new()),
    };
    if old.as_deref() != Some(name.as_str()) && values.contains_key(&name) {
        return Err(format!(
            "a value `{name}` exists already; pick another name, or edit that one ({}, then {} on it)",
            app.keymap.key_for(Context::Form, "cancel"),
            app.keymap.key_for(Context::Items, "edit")
        ));
    }
    // The claims whose checks read this value (a claim with a value of that name of its own reads that one).
    let read_by = |app: &App, n: &str| -> Vec<String> {
        app.ws.stories[si]
            .file
            .claims
            .iter()
            .filter(|c| !c.values.contains_key(n) && c.checks.iter().any(|k| uses(k, n)))
            .map(|c| c.id.clone())
            .collect()
    };
    let users = read_by(app, old.as_deref().unwrap_or(&name));
    let renamed = old.clone().filter(|o| *o != name);
    if renamed.is_some() {
        // Renamed in their expressions too, unless a claim has a value of the new name of its own: its checks
        // would then read that one, silently.
        let file = &app.ws.stories[si].file;
        if let Some(c) = file.claims.iter().find(|c| users.contains(&c.id) && c.values.contains_key(&name)) {
            return Err(format!(
                "claim `{}` has a value `{name}` of its own, which its checks would read instead; pick another name",
                c.id
            ));
        }
    }
    let new = NamedValue { value, source: v(2), note };
    if let Editing::Value(old, was) = &from.editing
        && *old == name
        && *was == new
    {
        app.set_message("value unchanged", false);
        return Ok(());
    }
    let (at, by) = (app.now(), app.reviewer.clone());
    app.edit_story(si, |file| {
        let mut change = match (&old, file.values.get(&name)) {
            (Some(o), _) if *o != name => {
                file.values.remove(o);
                format!("value `{o}` renamed to `{name}` = {}", checks::format_number(value))
            }
            (Some(_), Some(was)) if was.value != value => {
                format!("value `{name}`: {} -> {}", checks::format_number(was.value), checks::format_number(value))
            }
            (Some(_), _) => format!("value `{name}`: source edited"),
            (None, _) => format!("value added: `{name}` = {}", checks::format_number(value)),
        };
        file.values.insert(name.clone(), new);
        let mut rewritten = 0;
        if let Some(o) = &renamed {
            for c in file.claims.iter_mut().filter(|c| users.contains(&c.id)) {
                for k in &mut c.checks {
                    if uses(k, o)
                        && let Ok(expr) = checks::expr::rename(&k.expr, o, &name)
                    {
                        k.expr = expr;
                        rewritten += 1;
                    }
                }
            }
            if rewritten > 0 {
                change += &format!(" (renamed in {} too)", crate::words::plural(rewritten, "check", "checks"));
            }
        }
        for c in file.claims.iter_mut().filter(|c| users.contains(&c.id)) {
            c.history.push(HistoryEntry { at: at.clone(), by: by.clone(), change: change.clone() });
        }
        Some((None, change))
    });
    Ok(())
}

/// Whether a check's expression uses `name`.
fn uses(check: &Check, name: &str) -> bool {
    checks::expr::parse(&check.expr).is_ok_and(|e| e.names().contains(&name))
}

/// Removes what a pane's `d` asked about, if it is still there as it was; back to the pane either way.
pub(super) fn remove_item(app: &mut App, r: Removal) {
    let Removal { pane, editing, .. } = r;
    let si = pane.story;
    let claim = app.pane_claim(&pane);
    let (at, by) = (app.now(), app.reviewer.clone());
    let done = match (&editing, claim) {
        (Editing::Source(..) | Editing::Check(..), None) => {
            app.set_message(format!("claim `{}` is gone; nothing removed", pane.claim), true);
            false
        }
        (Editing::Source(i, was), Some((_, ci))) => app.edit_story(si, |file| {
            let c = &mut file.claims[ci];
            if c.sources.get(*i) != Some(was) {
                return None;
            }
            c.sources.remove(*i);
            Some((Some(c.id.clone()), format!("source removed: {}", was.title)))
        }),
        (Editing::Check(i, was), Some((_, ci))) => app.edit_story(si, |file| {
            let c = &mut file.claims[ci];
            if c.checks.get(*i) != Some(was) {
                return None;
            }
            c.checks.remove(*i);
            Some((Some(c.id.clone()), format!("check removed: `{}` (`{}` {})", was.label, was.expr, claim_says(was))))
        }),
        (Editing::Value(name, was), _) => app.edit_story(si, |file| {
            if file.values.get(name) != Some(was) {
                return None;
            }
            file.values.remove(name);
            let change = format!("value removed: `{name}` = {}", checks::format_number(was.value));
            for c in file
                .claims
                .iter_mut()
                .filter(|c| !c.values.contains_key(name) && c.checks.iter().any(|k| uses(k, name)))
            {
                c.history.push(HistoryEntry {
                    at: at.clone(),
                    by: by.clone(),
                    change: format!("{change}: its checks cannot be computed"),
                });
            }
            Some((None, change))
        }),
        (Editing::New, _) => false,
    };
    if !done && app.message.as_ref().is_none_or(|m| !m.error) {
        app.set_message(
            format!("the {} changed on disk meanwhile: nothing removed; look again", pane.kind.noun()),
            true,
        );
    }
    app.mode = Mode::Items(pane);
}

/// Whether the form's focused field takes one web address (a pasted line break is refused there, not glued on).
pub(super) fn is_url_field(f: &Form) -> bool {
    f.fields.get(f.focus).is_some_and(|x| x.web_address)
}
