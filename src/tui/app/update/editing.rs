//! The claim form (`t`), the story form (`I`) and anchoring a claim by hand (`a` in the article): opening them
//! with the current values, and checking and applying what was typed.

use super::*;
use crate::model::{ClaimantType, is_language_tag, is_slug};

/// The claim form's fields, in this order (the journal's drafts find fields by these labels; Tags, Assignee,
/// Claimant and Kind are the labels of the older tags form, so its drafts still reopen here).
const CLAIM_FIELDS: [&str; 8] = ["Text", "Id", "Claimant", "Claimant type", "Kind", "Tags", "Assignee", "Summary"];

/// The story form's fields, in this order.
const STORY_FIELDS: [&str; 6] = ["Title", "Outlet", "Byline", "Url", "Published", "Language"];

/// Whether a typed value (trimmed) is the value the field opened with: a value kept as it was in the file
/// (a block scalar's final line break, say) is not rewritten, nor recorded as a change.
fn same(old: &str, typed: &str) -> bool {
    old.trim() == typed
}

fn kinds() -> String {
    Kind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")
}

/// Opens the claim form on the selected claim.
pub(super) fn open_claim_form(app: &mut App) -> Option<()> {
    let (si, _) = app.current()?;
    let c = app.current_claim()?;
    let target = (si, c.id.clone());
    let values = [
        c.text.clone(),
        c.id.clone(),
        c.claimant.clone(),
        c.claimant_type.map(|t| t.as_str().to_string()).unwrap_or_default(),
        c.kind.as_str().to_string(),
        c.tags.join(", "),
        c.assignee.clone(),
        c.summary.clone(),
    ];
    let hints: [&'static str; 8] = [
        "the claim as said; search results show 75 characters",
        "a-z, 0-9 and dashes; unique in the story; in the url",
        "who said it",
        "person or organization (empty: not said)",
        "statistic, quote, event, attribution, prediction, opinion",
        "comma-separated",
        "who checks it",
        "one paragraph for readers: why this verdict",
    ];
    let fields = CLAIM_FIELDS.iter().zip(values).zip(hints).map(|((l, v), h)| field(l, &v, h)).collect();
    app.form(FormKind::Claim, "Claim", fields);
    set_target(app, target);
    Some(())
}

fn set_target(app: &mut App, target: (usize, String)) {
    if let Mode::Form(f) = &mut app.mode {
        f.target = Some(target);
    }
}

/// Where a form opened on claim `id` of story `si` is now: the claim's index, found by id.
fn target_claim(app: &App, f: &Form) -> Result<(usize, usize), String> {
    let Some((si, id)) = &f.target else {
        return app.current().ok_or_else(|| "no claim selected".to_string());
    };
    let esc = app.keymap.key_for(Context::Form, "cancel");
    app.ws.stories.get(*si).and_then(|s| s.file.claims.iter().position(|c| c.id == *id)).map(|ci| (*si, ci)).ok_or_else(
        || format!("claim `{id}` is gone (removed on disk meanwhile?): nothing to save it to; {esc} closes the form"),
    )
}

/// The story the selected row belongs to (a story's title row or one of its claims), else the article's story.
pub(super) fn current_story(app: &App) -> Option<usize> {
    match app.rows.get(app.selected) {
        Some(Row::Story(si)) | Some(Row::Claim(si, _)) => Some(*si),
        None => app.article_story(),
    }
    .filter(|si| *si < app.ws.stories.len())
}

/// Opens the story form on the current story.
pub(super) fn open_story_form(app: &mut App) -> Option<()> {
    let si = current_story(app)?;
    open_story_form_on(app, si)
}

/// Opens the story form on story `si`.
pub(super) fn open_story_form_on(app: &mut App, si: usize) -> Option<()> {
    let s = &app.ws.stories.get(si)?.file.story;
    let values = [
        s.title.clone(),
        s.outlet.clone(),
        s.byline.clone(),
        s.url.clone(),
        s.published.clone(),
        s.language().to_string(),
    ];
    let hints: [&'static str; 6] = [
        "the story's headline",
        "who published it",
        "who wrote it",
        "https://… the story online (ClaimReview needs it)",
        "YYYY-MM-DD or YYYY-MM",
        "a BCP 47 tag: en, fr, pt-BR, zh-Hant",
    ];
    // The url (the fourth field) takes one web address.
    let fields = STORY_FIELDS
        .iter()
        .zip(values)
        .zip(hints)
        .enumerate()
        .map(|(i, ((l, v), h))| if i == 3 { address_field(l, &v, h) } else { field(l, &v, h) })
        .collect();
    let title = format!("Story: {}", app.ws.stories[si].slug);
    app.form(FormKind::Story, &title, fields);
    set_target(app, (si, String::new()));
    Some(())
}

/// Whether `s` is a publication date as the story keeps it: `YYYY-MM-DD` or `YYYY-MM`.
pub fn is_published_date(s: &str) -> bool {
    crate::dates::is_date(s) || (s.len() == 7 && crate::dates::is_date(&format!("{s}-01")))
}

/// What the story form's values mean for story `si`: the changes, or why a value cannot be taken.
pub(super) fn submit_story(app: &mut App, f: &Form) -> Result<(), String> {
    let v = |i: usize| f.fields[i].value.trim().to_string();
    let si = f.target.as_ref().map(|t| t.0).or_else(|| current_story(app)).ok_or("no story to edit")?;
    let title = v(0);
    if title.is_empty() {
        return Err("Title is empty; write the story's headline".into());
    }
    let url = v(3);
    if !url.is_empty() && !crate::evidence::is_web_url(&url) {
        return Err(format!(
            "Url `{}` is not one web address: write a single https://… address, without spaces or line breaks",
            url.chars().take(60).collect::<String>()
        ));
    }
    let published = v(4);
    if !published.is_empty() && !is_published_date(&published) {
        return Err(format!("Published `{published}` is not a date; write YYYY-MM-DD or YYYY-MM"));
    }
    let language = v(5);
    if !language.is_empty() && !is_language_tag(&language) {
        return Err(format!(
            "Language `{language}` is not a language tag; write e.g. en, fr, pt-BR or zh-Hant (letters, digits, dashes)"
        ));
    }
    let slug = app.ws.stories[si].slug.clone();
    let changed = app.edit_story(si, |file| {
        let s = &mut file.story;
        let mut changes = Vec::new();
        let mut set = |name: &str, slot: &mut String, new: String| {
            if !same(slot, &new) {
                changes.push(format!("{name}: {} -> {}", describe(slot), describe(&new)));
                *slot = new;
            }
        };
        set("title", &mut s.title, title);
        set("outlet", &mut s.outlet, v(1));
        set("byline", &mut s.byline, v(2));
        set("url", &mut s.url, url);
        set("published", &mut s.published, published);
        // `en` is the default: an empty language stays empty rather than writing the default into the file.
        let language = if language == "en" && s.language.is_empty() { String::new() } else { language };
        set("language", &mut s.language, language);
        // A story has no history list: the change is said on the message line, and undo takes it back.
        (!changes.is_empty()).then(|| (None, format!("story {slug}: {}", changes.join("; "))))
    });
    if !changed && app.message.as_ref().is_none_or(|m| !m.error) {
        app.set_message("story unchanged", false);
    }
    Ok(())
}

/// What the claim form's values mean for the selected claim. `Ok(Some(question))` when renaming a published
/// claim must be confirmed first (`sure` is that confirmation).
pub(super) fn submit_claim(app: &mut App, f: &Form, sure: bool) -> Result<Option<String>, String> {
    let v = |i: usize| f.fields[i].value.trim().to_string();
    let (si, ci) = target_claim(app, f)?;
    let text = v(0);
    if text.is_empty() {
        return Err("Text is empty; write the claim as it was said".into());
    }
    let id = v(1);
    if !is_slug(&id) {
        let suggestion = slugify(&id, 40);
        return Err(format!(
            "Id `{id}` is not a valid id: use lowercase letters, digits and single dashes (e.g. `{suggestion}`)"
        ));
    }
    let old = &app.ws.stories[si].file.claims[ci];
    let old_id = old.id.clone();
    let renamed = id != old_id;
    if renamed && app.ws.stories[si].file.claims.iter().any(|c| c.id == id) {
        return Err(format!("Id `{id}` is taken by another claim in this story; choose another"));
    }
    let claimant = v(2);
    let ctype = match v(3).to_ascii_lowercase().as_str() {
        "" => None,
        // The British spelling, as journalists write it (the form's own titles say "organisation").
        "organisation" => Some(ClaimantType::Organization),
        t => Some(ClaimantType::parse(t).ok_or_else(|| {
            format!("Claimant type `{}` is unknown; use person or organization, or leave it empty", v(3))
        })?),
    };
    let kind = Kind::parse(&v(4).to_ascii_lowercase())
        .ok_or_else(|| format!("Kind `{}` is unknown; use one of: {}", v(4), kinds()))?;
    let tags: Vec<String> = v(5).split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    let (assignee, summary) = (v(6), v(7));
    if renamed && old.status == Status::Published && !sure {
        let pattern = &app.ws.config.organization.review_url;
        let slug = &app.ws.stories[si].slug;
        let urls = if pattern.trim().is_empty() {
            String::new()
        } else {
            use crate::export::claimreview::review_url;
            format!("\nfrom: {}\nto:   {}", review_url(pattern, slug, &old_id), review_url(pattern, slug, &id))
        };
        return Ok(Some(format!(
            "`{old_id}` is published: renaming it to `{id}` changes its public url.{urls}\nLinks to the old url will break."
        )));
    }
    let changed = app.edit_story(si, |file| {
        let c = &mut file.claims[ci];
        let mut changes = Vec::new();
        if c.id != id {
            changes.push(format!("id: {} -> {}", c.id, id));
            c.id = id.clone();
        }
        if !same(&c.text, &text) {
            changes.push("text edited".to_string());
            c.text = text;
        }
        if !same(&c.claimant, &claimant) {
            changes.push(format!("claimant: {} -> {}", describe(&c.claimant), describe(&claimant)));
            c.claimant = claimant;
        }
        if c.claimant_type != ctype {
            let show = |t: Option<ClaimantType>| t.map_or("(none)", |t| t.as_str());
            changes.push(format!("claimant type: {} -> {}", show(c.claimant_type), show(ctype)));
            c.claimant_type = ctype;
        }
        if c.kind != kind {
            changes.push(format!("kind: {} -> {}", c.kind.as_str(), kind.as_str()));
            c.kind = kind;
        }
        if c.tags != tags {
            changes.push(format!("tags: [{}] -> [{}]", c.tags.join(", "), tags.join(", ")));
            c.tags = tags;
        }
        if !same(&c.assignee, &assignee) {
            changes.push(format!("assignee: {} -> {}", describe(&c.assignee), describe(&assignee)));
            c.assignee = assignee;
        }
        if !same(&c.summary, &summary) {
            changes.push(if c.summary.is_empty() { "summary written" } else { "summary edited" }.to_string());
            c.summary = summary;
        }
        (!changes.is_empty()).then(|| (Some(c.id.clone()), changes.join("; ")))
    });
    if !changed && app.message.as_ref().is_none_or(|m| !m.error) {
        app.set_message("claim unchanged", false);
    }
    Ok(None)
}

/// `a` in the article view: the current claim's quote becomes the selection (exact words, context, offsets),
/// recorded in its history; undo takes it back.
pub(super) fn anchor_here(app: &mut App) -> Option<()> {
    let si = app.article_story()?;
    let Some((csi, ci)) = app.current().filter(|(s, _)| *s == si) else {
        app.set_message("no claim selected: choose one in the list first, then select its words here", true);
        return None;
    };
    let (s, e) = app.art_sel;
    if s >= e {
        let keys = [
            app.keymap.key_for(Context::Article, "next-sentence"),
            app.keymap.key_for(Context::Article, "prev-sentence"),
            app.keymap.key_for(Context::Article, "widen"),
            app.keymap.key_for(Context::Article, "narrow"),
        ];
        app.set_message(format!("select some text first ({}/{}, {}/{})", keys[0], keys[1], keys[2], keys[3]), true);
        return None;
    }
    let quote = anchor::make_quote(&app.ws.stories[si].article, s, e);
    let words = quote.exact.split_whitespace().collect::<Vec<_>>().join(" ");
    // Cut with an ellipsis, so a long quote is not mistaken for a shorter one.
    let shown: String =
        if words.chars().count() > 60 { words.chars().take(59).collect::<String>() + "…" } else { words };
    let undo = app.keymap.key_for(Context::Main, "undo");
    let changed = app.edit_story(csi, |file| {
        let c = &mut file.claims[ci];
        (c.quote != quote).then(|| {
            c.quote = quote;
            (Some(c.id.clone()), format!("anchored on \"{shown}\""))
        })
    });
    if changed {
        let id = app.current_claim().map(|c| c.id.clone()).unwrap_or_default();
        app.set_message(format!("`{id}` anchored on \"{shown}\" ({undo} undoes)"), false);
    } else {
        app.set_message("already anchored on this selection", false);
    }
    Some(())
}

/// The organisation form's fields, in order.
const ORGANIZATION_FIELDS: [&str; 3] = ["Name", "Web site", "Review url"];

/// Opens the organisation form (`O`) on the workspace settings in use.
pub(super) fn open_organization_form(app: &mut App) {
    let org = &app.ws.config.organization;
    let values = [org.name.clone(), org.url.clone(), org.review_url.clone()];
    let hints: [&'static str; 3] = [
        "who publishes the fact-checks (ClaimReview's author)",
        "https://… the publisher's site",
        "https://…/{story}#{id}: each fact-check's public address",
    ];
    // The web site and the review url take one web address each.
    let fields = ORGANIZATION_FIELDS
        .iter()
        .zip(values)
        .zip(hints)
        .enumerate()
        .map(|(i, ((l, v), h))| if i == 0 { field(l, &v, h) } else { address_field(l, &v, h) })
        .collect();
    app.form(FormKind::Organization, "Organisation (factdesk.yaml)", fields);
}

/// The organisation the form's values describe, or why a value cannot be taken. The same rules as the
/// ClaimReview export's (`export::claimreview`), so what the form takes, the export accepts.
pub(super) fn organization_from(f: &Form) -> Result<crate::model::Organization, String> {
    let v = |i: usize| f.fields[i].value.trim().to_string();
    let (name, url, review_url) = (v(0), v(1), v(2));
    if name.is_empty() {
        return Err("Name is empty; write who publishes the fact-checks, e.g. Springfield Courier Fact Check".into());
    }
    for (label, value) in [("Web site", &url), ("Review url", &review_url)] {
        if !value.is_empty() && !crate::evidence::is_web_url(value) {
            return Err(format!(
                "{label} `{}` is not one web address: write a single https://… address, without spaces",
                value.chars().take(60).collect::<String>()
            ));
        }
    }
    if !review_url.is_empty() && !review_url.contains("{id}") {
        return Err(
            "Review url has no {id}: every claim would get the same address; write e.g. https://…/{story}#{id}".into(),
        );
    }
    Ok(crate::model::Organization { name, url, review_url })
}
