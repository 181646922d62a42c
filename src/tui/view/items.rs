//! The list panes (sources, numeric checks, story values, warnings), drawn over the claims list and detail: a
//! table of the items in fixed columns, and below it the selected item in full.

use super::{fit, pad};
use crate::checks;
use crate::sanitize;
use crate::tui::app::{App, ItemsKind, ItemsPane, claim_says};
use crate::tui::keymap::Context;
use crate::words::plural;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// Lines kept under the table for the selected item.
const DETAIL: u16 = 6;

pub fn draw(frame: &mut Frame, app: &App, pane: &ItemsPane, area: Rect) {
    let t = app.theme;
    let main = app.areas_in(area);
    let r = Rect::new(area.x, main.header.bottom(), area.width, main.status.y.saturating_sub(main.header.bottom()));
    frame.render_widget(Clear, r);
    let slug = app.ws.stories.get(pane.story).map(|s| sanitize::line(&s.slug)).unwrap_or_default();
    let claim = app.pane_claim(pane).map(|(si, ci)| &app.ws.stories[si].file.claims[ci]);
    let title = match pane.kind {
        ItemsKind::Sources => format!(" Sources · claim {} ", sanitize::line(&pane.claim)),
        ItemsKind::Checks => format!(" Numeric checks · claim {} ", sanitize::line(&pane.claim)),
        ItemsKind::Values => format!(" Story values · {slug} "),
        ItemsKind::Warnings => {
            let errors = pane.warnings.iter().filter(|w| w.diagnostic.is_error()).count();
            let warnings = pane.warnings.len() - errors;
            format!(
                " Warnings · {slug} · {}, {} ",
                plural(errors, "error", "errors"),
                plural(warnings, "warning", "warnings")
            )
        }
    };
    let block = Block::bordered().title(Span::styled(title, t.title())).border_style(t.border(true));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    if inner.height < 3 || inner.width < 10 {
        return;
    }
    let w = inner.width as usize;
    // What the pane is about, on its first line.
    let about = match (pane.kind, claim) {
        (ItemsKind::Sources | ItemsKind::Checks, Some(c)) => sanitize::line(&c.text),
        (ItemsKind::Values, _) => "Named figures the checks' expressions use (a claim's own values come first).".into(),
        (ItemsKind::Warnings, _) => {
            let enter = app.keymap.key_for(Context::Items, "edit");
            format!(
                "What `factdesk check` and a ClaimReview export say now, unsaved edits included. {enter}: go and fix it."
            )
        }
        _ => String::new(),
    };
    let detail_h = DETAIL.min(inner.height.saturating_sub(4));
    let list_h = inner.height.saturating_sub(2 + detail_h) as usize;
    let (header, rows) = rows(app, pane, w);
    let mut lines = vec![Line::from(Span::styled(fit(&about, w), t.dim()))];
    if !rows.is_empty() {
        lines.push(Line::from(Span::styled(format!("  {}", fit(&header, w.saturating_sub(2))), t.label())));
    }
    if rows.is_empty() {
        let add = app.keymap.key_for(Context::Items, "add");
        let empty = match pane.kind {
            ItemsKind::Warnings => "No warnings: `factdesk check` has nothing to say about this story.".to_string(),
            k => format!("No {}s yet. {add} adds one.", k.noun()),
        };
        lines.push(Line::from(Span::styled(empty, t.ok())));
    }
    let list_h = list_h.saturating_sub(1);
    let offset = pane.cursor.saturating_sub(list_h.saturating_sub(1));
    for (i, (text, style)) in rows.into_iter().enumerate().skip(offset).take(list_h) {
        let selected = i == pane.cursor;
        let base = if selected { t.selected() } else { Style::new() };
        lines.push(Line::from(vec![
            Span::styled(if selected { "▶ " } else { "  " }, base),
            Span::styled(pad(&text, w.saturating_sub(2)), base.patch(style)),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), Rect::new(inner.x, inner.y, inner.width, inner.height - detail_h));
    let detail_area = Rect::new(inner.x, inner.bottom() - detail_h, inner.width, detail_h);
    let mut detail = vec![Line::from(Span::styled("─".repeat(w), t.dim()))];
    detail.extend(selected_detail(app, pane));
    frame.render_widget(Paragraph::new(detail).wrap(Wrap { trim: false }), detail_area);
}

/// The columns of a row, cut or padded to their widths and joined with two spaces, so they never run together.
fn columns(cells: &[(String, usize)]) -> String {
    cells.iter().map(|(text, width)| pad(text, *width)).collect::<Vec<_>>().join("  ")
}

/// The column titles, and one row per item: its text (already fitted to `w` less the marker) and its style.
fn rows(app: &App, pane: &ItemsPane, w: usize) -> (String, Vec<(String, Style)>) {
    let t = app.theme;
    let w = w.saturating_sub(2);
    let claim = app.pane_claim(pane).map(|(si, ci)| &app.ws.stories[si].file.claims[ci]);
    let head = |cells: &[(&str, usize)], lead: &str| {
        format!("{lead}{}", columns(&cells.iter().map(|(s, w)| (s.to_string(), *w)).collect::<Vec<_>>()))
    };
    let none = (String::new(), Vec::new());
    match pane.kind {
        ItemsKind::Sources => {
            let Some(c) = claim else { return none };
            let flex = w.saturating_sub(4 + 4);
            let (tw, pw) = (flex * 45 / 100, flex * 20 / 100);
            let uw = flex.saturating_sub(tw + pw);
            let header = head(&[("title", tw), ("publisher", pw), ("address", uw)], "    ");
            (header, source_rows(c, tw, pw, uw, t))
        }
        _ => rows_of(app, pane, w + 2),
    }
}

fn source_rows(
    c: &crate::model::Claim,
    tw: usize,
    pw: usize,
    uw: usize,
    t: crate::tui::theme::Theme,
) -> Vec<(String, Style)> {
    c.sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let url = s.url.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.");
            let text = format!(
                "{:>2}. {}",
                i + 1,
                columns(&[
                    (sanitize::line(&s.title), tw),
                    (sanitize::line(&s.publisher), pw),
                    (sanitize::line(url), uw)
                ])
            );
            let bad = !s.url.trim().is_empty() && !crate::evidence::is_web_url(&s.url);
            (text, if bad { t.error() } else { Style::new() })
        })
        .collect()
}

/// [`rows`] for checks, values and warnings.
fn rows_of(app: &App, pane: &ItemsPane, w: usize) -> (String, Vec<(String, Style)>) {
    let t = app.theme;
    let w = w.saturating_sub(2);
    let claim = app.pane_claim(pane).map(|(si, ci)| &app.ws.stories[si].file.claims[ci]);
    let head = |cells: &[(&str, usize)], lead: &str| {
        format!("{lead}{}", columns(&cells.iter().map(|(s, w)| (s.to_string(), *w)).collect::<Vec<_>>()))
    };
    let none = (String::new(), Vec::new());
    match pane.kind {
        ItemsKind::Sources => none,
        ItemsKind::Checks => {
            let Some(c) = claim else { return none };
            let Some(file) = app.ws.stories.get(pane.story).map(|s| &s.file) else { return none };
            // The figures keep their width; label and expression share the rest.
            let (cw, sw) = (9, 15);
            let flex = w.saturating_sub(2 + cw + sw + 6);
            let lw = (flex * 40 / 100).max(6);
            let ew = flex.saturating_sub(lw);
            let header = head(&[("label", lw), ("expression", ew), ("computed", cw), ("claim ± tol", sw)], "  ");
            let rows = checks::evaluate_claim(c, file)
                .iter()
                .map(|o| {
                    let (mark, style) = match o.status() {
                        "ok" => ("✔", t.ok()),
                        "mismatch" => ("✘", t.error()),
                        _ => ("⚠", t.error()),
                    };
                    let computed = match &o.result {
                        Ok(v) => format!("= {}", checks::format_number(*v)),
                        Err(_) => "error".into(),
                    };
                    let text = format!(
                        "{mark} {}",
                        columns(&[
                            (sanitize::line(&o.check.label), lw),
                            (sanitize::line(&o.check.expr), ew),
                            (computed, cw),
                            (format!("{} ± {}", claim_says(o.check), checks::format_number(o.check.tolerance)), sw),
                        ])
                    );
                    (text, style)
                })
                .collect();
            (header, rows)
        }
        ItemsKind::Values => {
            let Some(story) = app.ws.stories.get(pane.story) else { return none };
            let (vw, uw) = (12, 10);
            let flex = w.saturating_sub(vw + uw + 6);
            let nw = (flex * 45 / 100).max(8);
            let sw = flex.saturating_sub(nw);
            let header = head(&[("name", nw), ("       value", vw), ("source", sw), ("used by", uw)], "");
            let rows = story
                .file
                .values
                .iter()
                .map(|(name, v)| {
                    let users = app.value_users(pane.story, name).len();
                    let used = if users == 0 { "unused".to_string() } else { plural(users, "check", "checks") };
                    let value = format!("{:>vw$}", checks::format_number(v.value));
                    let text = columns(&[
                        (sanitize::line(name), nw),
                        (value, vw),
                        (sanitize::line(&v.source), sw),
                        (used, uw),
                    ]);
                    (text, if v.value.is_finite() { Style::new() } else { t.error() })
                })
                .collect();
            (header, rows)
        }
        ItemsKind::Warnings => {
            let Some(story) = app.ws.stories.get(pane.story) else { return none };
            let places: Vec<String> = pane.warnings.iter().map(|l| where_it_is(story, l)).collect();
            let longest = places.iter().map(|p| p.chars().count()).max().unwrap_or(0);
            let ww = longest.min(w * 40 / 100).max(8);
            let mw = w.saturating_sub(ww + 4);
            let rows = pane
                .warnings
                .iter()
                .zip(places)
                .map(|(l, place)| {
                    let mark = if l.diagnostic.is_error() { "✘" } else { "⚠" };
                    let text = format!("{mark} {}", columns(&[(place, ww), (message(story, l), mw)]));
                    (text, if l.diagnostic.is_error() { t.error() } else { Style::new() })
                })
                .collect();
            (head(&[("where", ww), ("what", mw)], "  "), rows)
        }
    }
}

/// A warning's message, without the "claim `id`: " it starts with when the row already names the claim.
fn message(story: &crate::store::Story, l: &checks::Located) -> String {
    let m = &l.diagnostic.message;
    let short = l
        .claim
        .and_then(|ci| story.file.claims.get(ci))
        .and_then(|c| m.strip_prefix(&format!("claim `{}`: ", c.id)))
        .unwrap_or(m);
    sanitize::line(short)
}

/// Where a warning points: "claim-id · key", or the story's key.
fn where_it_is(story: &crate::store::Story, l: &checks::Located) -> String {
    let key = l.key.as_deref().map(sanitize::line);
    match (l.claim.and_then(|ci| story.file.claims.get(ci)), key) {
        (Some(c), Some(k)) => format!("{} · {k}", sanitize::line(&c.id)),
        (Some(c), None) => sanitize::line(&c.id),
        (None, Some(k)) => k,
        (None, None) if l.diagnostic.path != story.path() => {
            l.diagnostic.path.file_name().map_or("workspace".into(), |n| sanitize::line(&n.to_string_lossy()))
        }
        (None, None) => "story".into(),
    }
}

/// The selected item in full, under the table.
fn selected_detail(app: &App, pane: &ItemsPane) -> Vec<Line<'static>> {
    let t = app.theme;
    let field =
        |label: &str, value: String| Line::from(vec![Span::styled(format!("{label}: "), t.label()), Span::raw(value)]);
    let or_dash = |s: &str| if s.trim().is_empty() { "–".to_string() } else { sanitize::line(s) };
    let claim = app.pane_claim(pane).map(|(si, ci)| &app.ws.stories[si].file.claims[ci]);
    let i = pane.cursor;
    match pane.kind {
        ItemsKind::Sources => {
            let Some(s) = claim.and_then(|c| c.sources.get(i)) else { return Vec::new() };
            let mut out = vec![field("URL", or_dash(&s.url))];
            if let Some(why) =
                (!s.url.trim().is_empty()).then(|| crate::tui::app::web_address_problem("URL", s.url.trim())).flatten()
            {
                out.push(Line::from(Span::styled(format!("⚠ {}", sanitize::line(&why)), t.error())));
            }
            out.push(Line::from(vec![
                Span::styled("Accessed: ", t.label()),
                Span::raw(or_dash(&s.accessed)),
                Span::styled("   Archive: ", t.label()),
                Span::raw(or_dash(&s.archive_url)),
            ]));
            out.push(field("Excerpt", or_dash(&s.excerpt)));
            out
        }
        ItemsKind::Checks => {
            let (Some(c), Some(story)) = (claim, app.ws.stories.get(pane.story)) else { return Vec::new() };
            let outcomes = checks::evaluate_claim(c, &story.file);
            let Some(o) = outcomes.get(i) else { return Vec::new() };
            let verdict = match o.status() {
                "ok" => Span::styled("✔ holds", t.ok()),
                "mismatch" => Span::styled("✘ does not hold", t.error()),
                _ => Span::styled("⚠ cannot be computed", t.error()),
            };
            let look = checks::lookup(c, &story.file);
            let names = checks::expr::parse(&o.check.expr)
                .map(|e| {
                    e.names()
                        .iter()
                        .map(|n| {
                            let v = look(n).map_or("not defined".into(), checks::format_number);
                            format!("{} = {v}", sanitize::line(n))
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            vec![
                field("Expr", sanitize::line(&o.check.expr)),
                Line::from(vec![
                    Span::styled("Computed: ", t.label()),
                    Span::raw(sanitize::line(&o.computed_text())),
                    Span::styled("   The claim says: ", t.label()),
                    Span::raw(format!("{} ± {}   ", claim_says(o.check), checks::format_number(o.check.tolerance))),
                    verdict,
                ]),
                field("Uses", if names.is_empty() { "–".into() } else { names }),
            ]
        }
        ItemsKind::Values => {
            let Some((name, v)) = app.ws.stories.get(pane.story).and_then(|s| s.file.values.iter().nth(i)) else {
                return Vec::new();
            };
            let users = app.value_users(pane.story, name);
            vec![
                field("Value", format!("{} = {}", sanitize::line(name), v.value)),
                field("Source", or_dash(&v.source)),
                field("Used by", if users.is_empty() { "no check".into() } else { sanitize::line(&users.join(", ")) }),
            ]
        }
        ItemsKind::Warnings => {
            let Some(l) = pane.warnings.get(i) else { return Vec::new() };
            let severity = if l.diagnostic.is_error() { "error" } else { "warning" };
            let story = &app.ws.stories[pane.story];
            vec![
                Line::from(vec![
                    Span::styled(format!("{severity} · "), if l.diagnostic.is_error() { t.error() } else { t.label() }),
                    Span::styled(where_it_is(story, l), t.label()),
                ]),
                Line::from(Span::raw(sanitize::line(&l.diagnostic.message))),
            ]
        }
    }
}
