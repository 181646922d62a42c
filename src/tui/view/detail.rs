//! The claim detail pane: text, claimant, kind, status, verdict, assignee, tags, anchor, sources, last change.

use crate::anchor::AnchorState;
use crate::sanitize;
use crate::tui::app::{App, Focus};
use crate::tui::keymap::Context;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = app.theme;
    let block =
        Block::bordered().title(Span::styled(" Claim ", t.title())).border_style(t.border(app.focus == Focus::Detail));
    let Some((si, ci)) = app.current() else {
        let text = match app.selected_story() {
            // An empty story's title row: what to do with it, with the keys as they are bound now.
            Some(si) => {
                let key = |ctx, name| {
                    app.keymap
                        .grouped(ctx)
                        .into_iter()
                        .find(|g| g.1 == name)
                        .and_then(|g| g.0.first().map(|k| k.label()))
                        .unwrap_or_else(|| "?".into())
                };
                use crate::tui::keymap::Context::{Article, Main};
                let st = &app.ws.stories[si];
                format!(
                    "{}\n\nNo claims yet in this story ({}).\n\n{} adds a claim. {} opens the article; there, select a \
                     sentence and press {} to make it a claim.",
                    sanitize::line(if st.file.story.title.is_empty() { &st.slug } else { &st.file.story.title }),
                    sanitize::line(&st.slug),
                    key(Main, "new-claim"),
                    key(Main, "article"),
                    key(Article, "create-claim"),
                )
            }
            None => "No claim selected.".to_string(),
        };
        frame.render_widget(Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: false }).block(block), area);
        return;
    };
    let c = &app.ws.stories[si].file.claims[ci];
    let field =
        |label: &str, value: String| Line::from(vec![Span::styled(format!("{label}: "), t.label()), Span::raw(value)]);
    let or_dash = |s: &str| if s.is_empty() { "–".to_string() } else { sanitize::line(s) };
    let why_first = if c.status == crate::model::Status::Candidate { crate::extract::why_of(c) } else { Vec::new() };
    let mut lines = vec![Line::from(Span::styled(
        sanitize::line(&c.text),
        t.title().remove_modifier(ratatui::style::Modifier::empty()),
    ))];
    lines.push(Line::from(Span::styled(
        format!("id {}  ·  {}", sanitize::line(&c.id), sanitize::line(&app.ws.stories[si].slug)),
        t.dim(),
    )));
    if !why_first.is_empty() {
        lines.push(field("Why", sanitize::line(&why_first.join("; "))));
    }
    let (mut badge, bstyle) = super::list::badge(app, c);
    if c.status == crate::model::Status::Candidate {
        let key = |name| app.keymap.key_for(Context::Main, name);
        badge = format!("◇ candidate: {} accepts, {} rejects, {} merges", key("accept"), key("reject"), key("merge"));
    }
    if let Some(v) = app.ws.config.verdict(&c.verdict) {
        badge = format!("{} {}", sanitize::line(&v.symbol), sanitize::line(&v.label));
    } else if !c.verdict.is_empty() && c.status != crate::model::Status::Candidate {
        badge = format!(
            "{badge}: not on this workspace's scale; {} picks one",
            app.keymap.key_for(Context::Main, "verdict")
        );
    }
    lines.push(Line::from(vec![
        Span::styled("Verdict: ", t.label()),
        Span::styled(badge, bstyle),
        Span::styled("   Status: ", t.label()),
        Span::raw(c.status.to_string()),
        Span::styled("   Kind: ", t.label()),
        Span::raw(c.kind.to_string()),
    ]));
    let candidate = c.status == crate::model::Status::Candidate;
    if candidate {
        // During triage the first question is whether it was checked before.
        similar_lines(app, si, ci, &mut lines);
    }
    if let Some(score) = c.score {
        lines.push(field("Score", format!("{score:.2} (check-worthiness)")));
    }
    // Why extraction proposed it (the numbers, the claimant and the cue words that weighed most), after the score
    // once it is triaged; a candidate shows it first (below), where a short pane still has room for it.
    let why = crate::extract::why_of(c);
    if !why.is_empty() && c.status != crate::model::Status::Candidate {
        lines.push(field("Why", sanitize::line(&why.join("; "))));
    }
    lines.push(field("Claimant", or_dash(&c.claimant)));
    lines.push(field("Assignee", or_dash(&c.assignee)));
    lines.push(field("Tags", if c.tags.is_empty() { "–".into() } else { sanitize::line(&c.tags.join(", ")) }));
    let a = app.anchor_of(si, ci);
    let show = app.keymap.key_for(Context::Main, "article");
    let anchor = match a.state {
        AnchorState::Exact => format!("in the article ({show} shows it in place)"),
        AnchorState::Moved => format!("in the article, moved since it was marked ({show} shows it)"),
        AnchorState::Fuzzy => format!("approximately in the article: the text changed ({show} shows it)"),
        AnchorState::Orphaned => "⚠ ORPHANED: its quote is no longer in the article".into(),
        AnchorState::Unanchored => format!(
            "not anchored: no quote yet ({} opens the article, select its words, {} anchors it)",
            show,
            app.keymap.key_for(Context::Article, "anchor")
        ),
    };
    lines.push(Line::from(vec![
        Span::styled("Anchor: ", t.label()),
        Span::styled(
            anchor,
            if a.is_orphaned() {
                t.error()
            } else if a.is_placed() {
                ratatui::style::Style::new()
            } else {
                t.dim()
            },
        ),
    ]));
    match c.history.last() {
        Some(h) => lines.push(Line::from(vec![
            Span::styled("Last change: ", t.label()),
            Span::raw(sanitize::line(&h.change)),
            Span::styled(format!(" — {}, {}", sanitize::line(&h.by), sanitize::line(&h.at)), t.dim()),
        ])),
        None => lines.push(field("Last change", "–".into())),
    }
    check_lines(app, si, ci, &mut lines);
    source_lines(app, si, ci, &mut lines);
    if !candidate {
        similar_lines(app, si, ci, &mut lines);
    }
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((app.detail_scroll, 0)),
        area,
    );
}

/// What the workspace's evidence rules and the claim's numeric checks say about it.
fn check_lines(app: &App, si: usize, ci: usize, lines: &mut Vec<Line<'static>>) {
    let t = app.theme;
    let c = &app.ws.stories[si].file.claims[ci];
    // The workspace's evidence rules, as warnings beside the sources.
    let is_final = app.ws.config.verdict(&c.verdict).is_some_and(|v| v.is_final);
    for issue in crate::evidence::claim_issues(c, is_final, &app.ws.config.evidence) {
        // The problem alone: the claim is on screen, and `factdesk check` gives the fix.
        let msg = issue.problem();
        lines.push(Line::from(Span::styled(format!("⚠ {}", sanitize::line(&msg)), t.error())));
    }
    // Numeric checks: the computed value beside the claimed one.
    let outcomes = crate::checks::evaluate_claim(c, &app.ws.stories[si].file);
    if !outcomes.is_empty() {
        lines.push(Line::from(Span::styled(format!("Numeric checks ({}):", outcomes.len()), t.label())));
    }
    for o in &outcomes {
        let (mark, style) = match o.status() {
            "ok" => ("✔ ok", ratatui::style::Style::new()),
            "mismatch" => ("✘ mismatch", t.error()),
            _ => ("⚠ error", t.error()),
        };
        lines.push(Line::from(vec![
            Span::styled(format!(" {mark}  "), style),
            Span::raw(format!(
                "{}: {} = {} (the claim says {})",
                sanitize::line(&o.check.label),
                sanitize::line(&o.check.expr),
                sanitize::line(&o.computed_text()),
                crate::tui::app::claim_says_in_words(o.check)
            )),
        ]));
    }
}

/// The claim's sources, numbered, with their URLs and excerpts.
fn source_lines(app: &App, si: usize, ci: usize, lines: &mut Vec<Line<'static>>) {
    let t = app.theme;
    let c = &app.ws.stories[si].file.claims[ci];
    lines.push(Line::from(Span::styled(format!("Sources ({}):", c.sources.len()), t.label())));
    for (i, s) in c.sources.iter().enumerate() {
        let mut text = format!(" {}. {}", i + 1, sanitize::line(&s.title));
        if !s.publisher.is_empty() {
            text += &format!(" — {}", sanitize::line(&s.publisher));
        }
        if !s.accessed.is_empty() {
            text += &format!(" ({})", sanitize::line(&s.accessed));
        }
        lines.push(Line::raw(text));
        if !s.url.is_empty() {
            lines.push(Line::from(Span::styled(format!("    {}", sanitize::line(&s.url)), t.dim())));
        }
        if !s.excerpt.is_empty() {
            let quoted = s.excerpt.starts_with(['“', '"', '\'']);
            let excerpt = sanitize::line(&s.excerpt);
            let excerpt = if quoted { excerpt } else { format!("“{excerpt}”") };
            lines.push(Line::from(Span::styled(format!("    {excerpt}"), t.dim())));
        }
    }
}

/// Earlier claims anywhere in the workspace most like this one, with how close each is and its verdict. For a
/// candidate it comes first ("checked before?"), with the key that merges it into one of them.
fn similar_lines(app: &App, si: usize, ci: usize, lines: &mut Vec<Line<'static>>) {
    let t = app.theme;
    let c = &app.ws.stories[si].file.claims[ci];
    let found = app.similar_to(si, ci, 5);
    let candidate = c.status == crate::model::Status::Candidate;
    let heading = if candidate {
        format!("Checked before? ({} merges into one)", app.keymap.key_for(Context::Main, "merge"))
    } else {
        format!("Similar claims ({}):", found.len())
    };
    if !found.is_empty() {
        lines.push(Line::from(Span::styled(heading, t.label())));
    }
    for f in found {
        let story = &app.ws.stories[f.story];
        let other = &story.file.claims[f.claim];
        let verdict = app.ws.config.verdict(&other.verdict).map_or_else(
            || {
                if other.status == crate::model::Status::Candidate {
                    "◇ candidate".to_string()
                } else {
                    "– no verdict".to_string()
                }
            },
            |v| format!("{} {}", sanitize::line(&v.symbol), sanitize::line(&v.label)),
        );
        let close = f.closeness();
        let style = if close == crate::similar::Closeness::SameClaim { t.label() } else { t.dim() };
        lines.push(Line::from(vec![
            Span::styled(format!(" {:.2} {:<10} ", f.score, close.label()), style),
            Span::raw(format!("{}/{}  ", sanitize::line(&story.slug), sanitize::line(&other.id))),
            Span::styled(verdict, super::list::badge(app, other).1),
        ]));
        lines.push(Line::from(Span::styled(format!("    {}", sanitize::line(&other.text)), t.dim())));
    }
    // Other newsrooms' checks (archive/), marked external, with the outlet, their rating and the url.
    let external = app.similar.as_ref().map(|sim| sim.lookup_external(&c.text, 3)).unwrap_or_default();
    if !external.is_empty() {
        lines.push(Line::from(Span::styled(format!("Checked elsewhere ({}):", external.len()), t.label())));
    }
    for (score, e) in external {
        let rating = if e.rating.is_empty() { "no rating".to_string() } else { sanitize::line(&e.rating) };
        lines.push(Line::from(vec![
            Span::styled(format!(" {score:.2} "), t.dim()),
            Span::raw(format!("external · {}  ", sanitize::line(&e.outlet))),
            Span::styled(rating, t.label()),
        ]));
        lines.push(Line::from(Span::styled(format!("    {}", sanitize::line(&e.claim)), t.dim())));
        lines.push(Line::from(Span::styled(format!("    {}", sanitize::line(&e.url)), t.dim())));
    }
}
