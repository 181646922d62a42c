//! The stats panel: verdict distribution, reviewed out of total, claims per assignee, drawn from `crate::stats`.
//!
//! The panel uses no colours at all (bars are block characters, the gauge `█` filled and `░` empty, headings bold), so it reads the same under
//! `NO_COLOR` and in any theme. Every name drawn goes through `crate::sanitize`.

use crate::sanitize;
use crate::stats::Stats;
use crate::store::Workspace;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, LineGauge, Paragraph};

fn heading(text: &str) -> Paragraph<'_> {
    Paragraph::new(Line::from(Span::styled(text, Style::new().add_modifier(Modifier::BOLD))))
}

/// Draws the stats panel for the whole workspace.
pub fn render_stats(frame: &mut Frame, area: Rect, ws: &Workspace) {
    render_stats_of(frame, area, &Stats::of_workspace(ws));
}

/// Draws the stats panel for precomputed statistics (e.g. one story's).
pub fn render_stats_of(frame: &mut Frame, area: Rect, stats: &Stats) {
    let block = Block::new().borders(Borders::ALL).title(" Stats ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 6 || inner.width < 24 {
        frame.render_widget(Paragraph::new("too small for stats"), inner);
        return;
    }
    let bars = stats.verdicts.len() as u16;
    let [gauge_title, gauge, _, chart_title, chart, _, people_title, people_area] = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(bars),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(inner);

    frame.render_widget(heading("Reviewed"), gauge_title);
    let pct = (stats.reviewed_ratio() * 100.0).round();
    // A line gauge: its label sits beside the bar, so without colour nothing hides how full it is.
    frame.render_widget(
        LineGauge::default()
            .ratio(stats.reviewed_ratio())
            .filled_symbol("█")
            .unfilled_symbol("░")
            .label(format!("{} of {} ({pct}%)", stats.reviewed, stats.total)),
        gauge,
    );

    frame.render_widget(heading("Verdicts"), chart_title);
    // The count goes in the label, right-aligned, so a space always parts it from its bar.
    let name_w = stats.verdicts.iter().map(|(_, l, _)| sanitize::line(l).chars().count()).max().unwrap_or(0);
    let count_w = stats.verdicts.iter().map(|v| v.2.to_string().len()).max().unwrap_or(1);
    let data: Vec<Bar> = stats
        .verdicts
        .iter()
        .map(|(symbol, label, n)| {
            let name = sanitize::line(label);
            let pad = name_w.saturating_sub(name.chars().count());
            Bar::default().value(*n).text_value(String::new()).label(Line::from(format!(
                "{} {name}{} {n:>count_w$}",
                sanitize::line(symbol),
                " ".repeat(pad)
            )))
        })
        .collect();
    let max = stats.verdicts.iter().map(|v| v.2).max().unwrap_or(0).max(1);
    frame.render_widget(
        BarChart::default()
            .direction(Direction::Horizontal)
            .data(BarGroup::default().bars(&data))
            .bar_width(1)
            .bar_gap(0)
            .max(max),
        chart,
    );

    frame.render_widget(heading("Claims per assignee"), people_title);
    let width = stats.assignees.iter().map(|a| sanitize::line(&a.0).chars().count()).max().unwrap_or(0).min(30);
    let lines: Vec<Line> = if stats.assignees.is_empty() {
        vec![Line::from("no claims yet")]
    } else {
        stats
            .assignees
            .iter()
            .map(|(who, n)| {
                let who: String = sanitize::line(who).chars().take(30).collect();
                Line::from(format!("{who:<width$}  {n:>3}"))
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines), people_area);
}
