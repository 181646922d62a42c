//! Workspace statistics: verdict distribution, reviewed out of total, claims per assignee (drawn by
//! `tui::view::stats`).

use crate::model::{Claim, Status, WorkspaceConfig};
use crate::store::{Story, Workspace};

/// Label used for claims without a verdict and claims without an assignee.
pub const NONE_VERDICT: &str = "no verdict";
pub const UNASSIGNED: &str = "(unassigned)";

/// Counts behind the stats panel.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stats {
    /// One entry per verdict on the scale, in scale order, then unknown verdicts, then `no verdict`:
    /// (symbol, label, count). Zero counts are kept so the chart's rows do not jump around.
    pub verdicts: Vec<(String, String, u64)>,
    /// Claims whose status is `reviewed` or `published`.
    pub reviewed: u64,
    /// Claims that are not candidates (a candidate is not yet a claim the desk has taken on).
    pub total: u64,
    /// (assignee, claims), most claims first, then by name; unassigned claims last.
    pub assignees: Vec<(String, u64)>,
}

impl Stats {
    /// Statistics over every story of the workspace.
    pub fn of_workspace(ws: &Workspace) -> Stats {
        Stats::of_claims(ws.stories.iter().flat_map(|s| s.file.claims.iter()), &ws.config)
    }

    /// Statistics over one story.
    pub fn of_story(story: &Story, config: &WorkspaceConfig) -> Stats {
        Stats::of_claims(story.file.claims.iter(), config)
    }

    /// Statistics over some claims. Candidates are left out of every count.
    pub fn of_claims<'a>(claims: impl Iterator<Item = &'a Claim>, config: &WorkspaceConfig) -> Stats {
        let mut verdicts: Vec<(String, String, u64)> = config
            .verdicts
            .iter()
            .map(|v| (v.symbol.clone(), if v.label.is_empty() { v.name.clone() } else { v.label.clone() }, 0))
            .collect();
        let mut none = 0;
        let mut stats = Stats::default();
        let mut unassigned = 0;
        for c in claims.filter(|c| c.status != Status::Candidate) {
            stats.total += 1;
            if matches!(c.status, Status::Reviewed | Status::Published) {
                stats.reviewed += 1;
            }
            if c.verdict.is_empty() {
                none += 1;
            } else if let Some(i) = config.verdicts.iter().position(|v| v.name == c.verdict) {
                verdicts[i].2 += 1;
            } else if let Some(v) = verdicts[config.verdicts.len()..].iter_mut().find(|v| v.1 == c.verdict) {
                v.2 += 1;
            } else {
                verdicts.push((crate::model::UNKNOWN_VERDICT.into(), c.verdict.clone(), 1));
            }
            let who = c.assignee.trim();
            if who.is_empty() {
                unassigned += 1;
            } else if let Some(a) = stats.assignees.iter_mut().find(|a| a.0 == who) {
                a.1 += 1;
            } else {
                stats.assignees.push((who.to_string(), 1));
            }
        }
        verdicts.push((" ".into(), NONE_VERDICT.into(), none));
        stats.verdicts = verdicts;
        stats.assignees.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        if unassigned > 0 {
            stats.assignees.push((UNASSIGNED.into(), unassigned));
        }
        stats
    }

    /// Reviewed claims as a share of all claims, 0..=1.
    pub fn reviewed_ratio(&self) -> f64 {
        if self.total == 0 { 0.0 } else { self.reviewed as f64 / self.total as f64 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Claim;

    fn claim(verdict: &str, status: Status, who: &str) -> Claim {
        Claim { verdict: verdict.into(), status, assignee: who.into(), ..Claim::new("c", "t") }
    }

    #[test]
    fn counts_verdicts_reviews_and_people() {
        let cfg = WorkspaceConfig::default();
        let claims = [
            claim("misleading", Status::Reviewed, "sam"),
            claim("misleading", Status::Published, "ana"),
            claim("accurate", Status::InProgress, "sam"),
            claim("", Status::Open, ""),
            claim("sorta", Status::Open, "sam"),
            claim("accurate", Status::Candidate, "zed"),
        ];
        let s = Stats::of_claims(claims.iter(), &cfg);
        assert_eq!((s.reviewed, s.total), (2, 5));
        let count = |label: &str| s.verdicts.iter().find(|v| v.1 == label).map(|v| v.2);
        assert_eq!(count("Misleading"), Some(2));
        assert_eq!(count("Accurate"), Some(1));
        assert_eq!(count("sorta"), Some(1));
        assert_eq!(count(NONE_VERDICT), Some(1));
        assert_eq!(count("Inaccurate"), Some(0));
        assert_eq!(s.assignees, [("sam".to_string(), 3), ("ana".to_string(), 1), (UNASSIGNED.to_string(), 1)]);
        assert!((s.reviewed_ratio() - 0.4).abs() < 1e-12);
    }

    #[test]
    fn empty_workspace_has_no_division_by_zero() {
        let s = Stats::of_claims([].iter(), &WorkspaceConfig::default());
        assert_eq!(s.reviewed_ratio(), 0.0);
        assert_eq!(s.verdicts.last().map(|v| v.2), Some(0));
    }
}
