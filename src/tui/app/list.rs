//! The claim list: its rows, the selection and scrolling, and the `/` and quick filters that choose the rows.

use super::*;

impl App {
    /// The selected claim: (story index, claim index).
    pub fn current(&self) -> Option<(usize, usize)> {
        match self.rows.get(self.selected) {
            Some(Row::Claim(s, c)) => Some((*s, *c)),
            _ => None,
        }
    }

    pub fn current_claim(&self) -> Option<&Claim> {
        self.current().map(|(s, c)| &self.ws.stories[s].file.claims[c])
    }

    /// Whether the cursor may rest on a row: a claim, or the title row of a story with no claims yet (a story
    /// just made with `factdesk new-story`), so that its article can be opened and its first claim added.
    pub fn selectable(&self, row: Row) -> bool {
        match row {
            Row::Claim(..) => true,
            Row::Story(si) => self.ws.stories.get(si).is_some_and(|s| s.file.claims.is_empty()),
        }
    }

    /// The story of the selected row: the selected claim's, or the story whose (empty) title row is selected.
    pub fn selected_story(&self) -> Option<usize> {
        match self.rows.get(self.selected).copied() {
            Some(Row::Claim(s, _)) => Some(s),
            Some(r @ Row::Story(s)) if self.selectable(r) => Some(s),
            _ => None,
        }
    }

    /// Whether the quick filters (verdict, status) let a claim through.
    pub(super) fn passes_quick(&self, c: &Claim) -> bool {
        if let Some(v) = &self.filter_verdict {
            match v {
                Some(name) if &c.verdict != name => return false,
                None if !c.verdict.is_empty() => return false,
                _ => {}
            }
        }
        self.filter_status.is_none_or(|s| s == c.status)
    }

    /// The claims as the matcher sees them (kept; after an edit, the edited stories' entries are made again).
    pub fn corpus(&mut self) -> Arc<Corpus> {
        self.corpus.get(&self.ws)
    }

    /// A count that moves on at every change to the claims or the stories: what the `/` filter remembers of a
    /// query (to narrow the next, or to show it again at a backspace) holds only for the same count.
    pub fn claims_version(&self) -> u64 {
        self.corpus.version()
    }

    /// Whether [`App::corpus`] has edited stories' entries to make again: it does so in place when nothing else
    /// holds the corpus, so the runner lets go of the filter worker (which holds it) first.
    pub fn corpus_is_stale(&self) -> bool {
        self.corpus.is_stale()
    }

    /// The filter's hits (story, claim, score), best first. Small workspaces are scored here, with the same
    /// matcher and rules as `factdesk search`; big ones keep the hits the worker's results brought.
    pub(super) fn filter_matches(&mut self) -> Option<Vec<(usize, usize, i64)>> {
        if self.filter.trim().is_empty() {
            self.filter_hits = None;
            return None;
        }
        if !self.async_filter {
            let corpus = self.corpus();
            let threads = if corpus.len() >= 2_000 { search::threads() } else { 1 };
            let hits = search::scan(&corpus, &self.filter, self.engine(), threads);
            self.set_filter_table(&corpus.claims_of(&hits));
        }
        self.filter_hits.clone()
    }

    /// Keeps the ranked hits and remembers the best match that passes the quick filters.
    pub(super) fn set_filter_table(&mut self, hits: &[(usize, usize, i64)]) {
        self.best_match = hits
            .iter()
            .find(|&&(si, ci, _)| {
                self.ws.stories.get(si).and_then(|s| s.file.claims.get(ci)).is_some_and(|c| self.passes_quick(c))
            })
            .map(|&(si, ci, _)| (si, ci));
        self.filter_hits = Some(hits.to_vec());
        self.filter_hits_for = self.filter.clone();
    }

    /// Applies results streamed from the filter worker.
    pub fn filter_results(&mut self, query: &str, hits: &[(usize, usize, i64)], done: bool) {
        if query != self.filter {
            return;
        }
        self.set_filter_table(hits);
        self.filter_pending = !done;
        self.refilter();
    }

    /// Character positions in `text` that the filter matched, for highlighting.
    pub fn matched_chars(&self, text: &str) -> Vec<usize> {
        if self.filter.trim().is_empty() {
            return Vec::new();
        }
        let mut hl = self.highlighter.borrow_mut();
        let engine = self.engine();
        if hl.1 != engine {
            *hl = (String::new(), engine, engine.matcher());
        }
        if hl.0 != self.filter {
            hl.0 = self.filter.clone();
            let q = self.filter.clone();
            hl.2.set_query(&q);
        }
        hl.2.indices(text).map(|(_, i)| i).unwrap_or_default()
    }

    /// Rebuilds the list: accepted claims in file order, then candidates by score, best first.
    pub fn rebuild_rows(&mut self, keep: Option<(usize, String)>) {
        let keep = keep.or_else(|| {
            let (s, c) = self.current()?;
            Some((s, self.ws.stories.get(s)?.file.claims.get(c)?.id.clone()))
        });
        // An empty story's title row stays selected through a rebuild (a reload, a filter cleared).
        let keep_story = self.current().is_none().then(|| self.selected_story()).flatten();
        let hits = self.filter_matches();
        // (best match score, story, its rows): with a `/` filter the best matches come first, as in fzf: stories
        // by their best match, claims by theirs. Without one, stories keep their order.
        let mut groups: Vec<(i64, usize, Vec<Row>)> = Vec::new();
        match &hits {
            // Only the hits are looked at, never every claim: a million-claim archive filters as fast as its hits.
            Some(hits) => {
                let mut mine: Vec<(usize, usize, i64)> = hits
                    .iter()
                    .copied()
                    .filter(|&(si, ci, _)| {
                        self.ws
                            .stories
                            .get(si)
                            .and_then(|s| s.file.claims.get(ci))
                            .is_some_and(|c| self.passes_quick(c))
                    })
                    .collect();
                mine.sort_unstable_by_key(|&(si, ci, _)| (si, ci));
                mine.dedup_by_key(|h| (h.0, h.1));
                for story in mine.chunk_by(|a, b| a.0 == b.0) {
                    let si = story[0].0;
                    let claims = &self.ws.stories[si].file.claims;
                    // (claim, score) of the story's candidates and of its accepted claims.
                    type Scored = Vec<(usize, i64)>;
                    let (mut cands, mut accepted): (Scored, Scored) = story
                        .iter()
                        .map(|&(_, ci, score)| (ci, score))
                        .partition(|&(ci, _)| claims[ci].status == Status::Candidate);
                    cands.sort_by(|a, b| {
                        let sa = claims[a.0].score.unwrap_or(0.0);
                        let sb = claims[b.0].score.unwrap_or(0.0);
                        sb.partial_cmp(&sa).unwrap_or(std::cmp::Ordering::Equal)
                    });
                    // Stable: equal scores keep the file's order.
                    accepted.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
                    cands.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
                    let best = story.iter().map(|h| h.2).max().unwrap_or(0);
                    let mut rows = vec![Row::Story(si)];
                    rows.extend(accepted.into_iter().chain(cands).map(|(ci, _)| Row::Claim(si, ci)));
                    groups.push((best, si, rows));
                }
                groups.sort_by_key(|g| std::cmp::Reverse(g.0));
            }
            None => {
                let filtering = self.is_filtering();
                for si in 0..self.ws.stories.len() {
                    groups.extend(self.story_rows(si, filtering).map(|rows| (0, si, rows)));
                }
            }
        }
        self.rows = groups.into_iter().flat_map(|g| g.2).collect();
        self.listed = self.count_listed(&self.rows);
        let found = keep.and_then(|(s, id)| {
            self.rows.iter().position(
                |r| matches!(r, Row::Claim(rs, rc) if *rs == s && self.ws.stories[s].file.claims[*rc].id == id),
            )
        });
        let found = found.or_else(|| {
            let si = keep_story?;
            self.rows.iter().position(|r| *r == Row::Story(si)).filter(|&i| self.selectable(self.rows[i]))
        });
        self.selected = found.unwrap_or(self.selected.min(self.rows.len().saturating_sub(1)));
        self.snap_to_claim(true);
        self.clamp_list();
    }

    /// Story `si`'s rows without a `/` filter: its title, its accepted claims in file order, then its candidates by
    /// score, best first; only the claims the quick filters let through. `None` when `filtering` leaves none.
    fn story_rows(&self, si: usize, filtering: bool) -> Option<Vec<Row>> {
        let st = &self.ws.stories[si];
        let mut accepted = Vec::new();
        let mut cands = Vec::new();
        for (ci, c) in st.file.claims.iter().enumerate() {
            if !self.passes_quick(c) {
                continue;
            }
            if c.status == Status::Candidate { cands.push(ci) } else { accepted.push(ci) }
        }
        cands.sort_by(|a, b| {
            let sa = st.file.claims[*a].score.unwrap_or(0.0);
            let sb = st.file.claims[*b].score.unwrap_or(0.0);
            sb.partial_cmp(&sa).unwrap_or(std::cmp::Ordering::Equal)
        });
        if accepted.is_empty() && cands.is_empty() && filtering {
            return None;
        }
        let mut rows = vec![Row::Story(si)];
        rows.extend(accepted.into_iter().chain(cands).map(|ci| Row::Claim(si, ci)));
        Some(rows)
    }

    /// Adds the rows of stories `from..` (just loaded) at the end of the list, as [`App::rebuild_rows`] would
    /// place them, without going over the stories already listed. Only without any filter: the caller checks.
    pub(super) fn append_rows(&mut self, from: usize) {
        for si in from..self.ws.stories.len() {
            let rows = self.story_rows(si, false).unwrap_or_default();
            let (claims, candidates) = self.count_listed(&rows);
            self.listed = (self.listed.0 + claims, self.listed.1 + candidates);
            self.rows.extend(rows);
        }
        self.snap_to_claim(true);
        self.clamp_list();
    }

    /// How many claims the list shows, and how many of them are candidates (its title says so at every frame;
    /// counted when the rows are made).
    pub fn listed(&self) -> (usize, usize) {
        self.listed
    }

    fn count_listed(&self, rows: &[Row]) -> (usize, usize) {
        let (mut claims, mut candidates) = (0, 0);
        for r in rows {
            if let Row::Claim(si, ci) = *r {
                claims += 1;
                candidates += usize::from(self.ws.stories[si].file.claims[ci].status == Status::Candidate);
            }
        }
        (claims, candidates)
    }

    /// Applies a changed `/` filter and puts the cursor on the best match.
    pub fn refilter(&mut self) {
        self.rebuild_rows(None);
        if let Some((bs, bc)) = self.best_match
            && let Some(i) = self.rows.iter().position(|r| *r == Row::Claim(bs, bc))
        {
            self.selected = i;
            self.after_move();
        }
    }

    /// Whether the list shows the current `/` query's matches (or matches so far): `false` from a keystroke until
    /// the worker's first results for the new query, while the list still shows the last query's (or every claim),
    /// so their count is not said to be the new query's.
    pub fn lists_current_query(&self) -> bool {
        !self.filter_pending || self.filter_hits.is_some() && self.filter_hits_for == self.filter
    }

    pub fn is_filtering(&self) -> bool {
        !self.filter.is_empty() || self.filter_verdict.is_some() || self.filter_status.is_some()
    }

    /// Moves the selection off a story header (unless it is an empty story's, which is selectable), forwards first.
    pub(super) fn snap_to_claim(&mut self, forward: bool) {
        if self.rows.is_empty() || self.rows.get(self.selected).is_some_and(|r| self.selectable(*r)) {
            return;
        }
        let fwd = (self.selected..self.rows.len()).find(|&i| self.selectable(self.rows[i]));
        let back = (0..=self.selected.min(self.rows.len() - 1)).rev().find(|&i| self.selectable(self.rows[i]));
        self.selected = if forward { fwd.or(back) } else { back.or(fwd) }.unwrap_or(0);
    }

    pub(super) fn list_height(&self) -> usize {
        let l = self.areas();
        l.list.height.saturating_sub(2).max(1) as usize
    }

    pub(super) fn clamp_list(&mut self) {
        let h = self.list_height();
        if self.selected < self.list_offset {
            // Keep the story header above the first claim visible.
            self.list_offset = self.selected.saturating_sub(usize::from(self.selected == 1));
        } else if self.selected >= self.list_offset + h {
            self.list_offset = self.selected + 1 - h;
        }
        self.list_offset = self.list_offset.min(self.rows.len().saturating_sub(1));
    }

    pub(super) fn move_by(&mut self, delta: isize) {
        if self.rows.is_empty() {
            return;
        }
        let max = self.rows.len() as isize - 1;
        let mut i = self.selected as isize;
        let mut remaining = delta.abs();
        let step = delta.signum();
        while remaining > 0 {
            let mut j = i + step;
            while (0..=max).contains(&j) && !self.selectable(self.rows[j as usize]) {
                j += step;
            }
            if !(0..=max).contains(&j) {
                break;
            }
            i = j;
            remaining -= 1;
        }
        self.selected = i as usize;
        self.after_move();
    }

    pub(super) fn after_move(&mut self) {
        self.clamp_list();
        self.detail_scroll = 0;
        self.notes_scroll = 0;
        if self.article_open {
            self.select_current_in_article();
        }
    }

    /// The candidate the cursor should go to once the current one is triaged: the next in the list, else the
    /// one before.
    pub fn next_candidate(&self) -> Option<(usize, String)> {
        let candidate = |r: &Row| match *r {
            Row::Claim(s, c) => {
                let claim = self.ws.stories.get(s)?.file.claims.get(c)?;
                (claim.status == Status::Candidate).then(|| (s, claim.id.clone()))
            }
            Row::Story(_) => None,
        };
        let after = self.rows.get(self.selected + 1..).unwrap_or_default();
        let before = self.rows.get(..self.selected).unwrap_or_default();
        after.iter().find_map(candidate).or_else(|| before.iter().rev().find_map(candidate))
    }

    pub(super) fn current_is_candidate(&mut self) -> Option<(usize, usize)> {
        match self.current() {
            Some((s, c)) if self.ws.stories[s].file.claims[c].status == Status::Candidate => Some((s, c)),
            Some(_) => {
                self.set_message("not a candidate: y, r and M work on candidates (marked ◇)", true);
                None
            }
            None => None,
        }
    }
}
