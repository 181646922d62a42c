//! The article pane: its text split into sentences, the selection in it, and claims created from a selection.

use super::*;

impl App {
    pub(super) fn article_text(&self, si: usize) -> &ArticleText {
        self.article_text[si].get_or_init(|| {
            let chars: Vec<char> = self.ws.stories[si].article.chars().collect();
            let pieces = sentences::pieces(&chars);
            let sentences = pieces.iter().map(|&(s, e, _)| (s, e)).collect();
            let roles = pieces.iter().map(|&(_, _, r)| r).collect();
            ArticleText { chars, sentences, roles }
        })
    }

    /// Story `si`'s article as characters (anchors and selections count characters).
    pub fn article_chars(&self, si: usize) -> &[char] {
        &self.article_text(si).chars
    }

    /// Story `si`'s sentences, as character ranges of its article.
    pub fn sentences(&self, si: usize) -> &[(usize, usize)] {
        &self.article_text(si).sentences
    }

    /// Story `si`'s sentences that are headings or page furniture (captions, credits, datelines...): never
    /// proposed as claims, and shown dimmed. Character ranges with their role.
    pub fn furniture(&self, si: usize) -> Vec<(usize, usize, crate::extract::split::Role)> {
        let a = self.article_text(si);
        a.sentences.iter().zip(&a.roles).filter(|(_, r)| !r.can_be_claim()).map(|(&(s, e), &r)| (s, e, r)).collect()
    }

    /// The role of the piece of story `si`'s article that starts at character `at`, when it is not body text.
    pub fn furniture_at(&self, si: usize, at: usize) -> Option<crate::extract::split::Role> {
        let a = self.article_text(si);
        a.sentences
            .iter()
            .zip(&a.roles)
            .find(|((s, e), _)| *s <= at && at < *e)
            .map(|(_, r)| *r)
            .filter(|r| !r.can_be_claim())
    }

    pub fn anchor_of(&self, s: usize, c: usize) -> Anchor {
        self.ws.stories[s].anchors.get(c).copied().unwrap_or(Anchor::ORPHANED)
    }

    /// The story whose article the article view shows: the selected row's (a claim, or an empty story's title).
    pub fn article_story(&self) -> Option<usize> {
        self.selected_story().or_else(|| (!self.ws.stories.is_empty()).then_some(0))
    }

    /// Takes a story's article as changed on disk: every claim is re-anchored on the new text (a quote that is
    /// no longer there is listed as orphaned, never pointed at the wrong words). The claims themselves are
    /// untouched, so nothing is lost and nothing needs saving.
    pub fn article_changed(&mut self, si: usize, read: Result<String, String>) {
        let Some(story) = self.ws.stories.get_mut(si) else { return };
        let text = match read {
            Ok(t) if !t.trim().is_empty() => t,
            Ok(_) => {
                let msg = format!("{}: the article on disk is now empty; the old text stays on screen", story.slug);
                self.set_message(msg, true);
                return;
            }
            Err(e) => {
                self.set_message(format!("{e}; the old article text stays on screen"), true);
                return;
            }
        };
        let orphans = |s: &store::Story| s.anchors.iter().filter(|a| a.is_orphaned()).count();
        let before = orphans(story);
        story.article = text;
        story.reanchor();
        let after = orphans(story);
        let slug = story.slug.clone();
        self.article_text[si] = std::cell::OnceCell::new();
        self.art_scroll = 0;
        if self.article_open {
            self.select_current_in_article();
        }
        let lost = if after > before {
            format!("; {} claim quote(s) no longer found in it", after - before)
        } else {
            String::new()
        };
        self.set_message(format!("the article of {slug} changed on disk: claims re-anchored{lost}"), after > before);
    }

    /// Places the article selection on the current claim (or its first sentence) and scrolls to it.
    pub(super) fn select_current_in_article(&mut self) {
        let Some(si) = self.article_story() else { return };
        let sel = match self.current() {
            Some((s, c)) if self.anchor_of(s, c).is_placed() => {
                let a = self.anchor_of(s, c);
                Some((a.start, a.end))
            }
            _ => None,
        };
        self.art_sel = sel.or_else(|| self.sentences(si).first().copied()).unwrap_or((0, 0));
        self.scroll_article_to_selection();
    }

    pub(super) fn article_width(&self) -> u16 {
        let l = self.article_areas();
        l.article.width.saturating_sub(2).max(1)
    }

    pub(super) fn scroll_article_to_selection(&mut self) {
        let Some(si) = self.article_story() else { return };
        let lines = geometry::wrap(self.article_chars(si), self.article_width() as usize);
        let l = self.article_areas();
        let h = l.article.height.saturating_sub(3).max(1) as usize;
        let line = lines.iter().position(|(s, e)| self.art_sel.0 < (*e).max(s + 1)).unwrap_or(0);
        if line < self.art_scroll || line >= self.art_scroll + h {
            self.art_scroll = line.saturating_sub(h / 3);
        }
        self.art_scroll = self.art_scroll.min(lines.len().saturating_sub(1));
    }

    /// Article selection helpers: the sentence index containing a character.
    pub(super) fn sentence_at(&self, si: usize, ch: usize) -> usize {
        let s = self.sentences(si);
        s.iter()
            .position(|(a, b)| ch < *b && ch >= *a)
            .or_else(|| s.iter().position(|(a, _)| *a >= ch))
            .unwrap_or(s.len().saturating_sub(1))
    }

    pub(super) fn article_move(&mut self, delta: isize) {
        let Some(si) = self.article_story() else { return };
        let n = self.sentences(si).len();
        if n == 0 {
            return;
        }
        let cur = if delta > 0 {
            self.sentence_at(si, self.art_sel.1.saturating_sub(1))
        } else {
            self.sentence_at(si, self.art_sel.0)
        };
        let next = (cur as isize + delta).clamp(0, n as isize - 1) as usize;
        self.art_sel = self.sentences(si)[next];
        self.scroll_article_to_selection();
    }

    pub(super) fn article_widen(&mut self) {
        let Some(si) = self.article_story() else { return };
        let sents = self.sentences(si).to_vec();
        if sents.is_empty() {
            return;
        }
        // First the whole sentence around the selection, then the next sentence.
        let first = self.sentence_at(si, self.art_sel.0);
        let last = self.sentence_at(si, self.art_sel.1.saturating_sub(1));
        let whole = (sents[first].0, sents[last].1);
        self.art_sel = if whole != self.art_sel && whole.0 <= self.art_sel.0 && whole.1 >= self.art_sel.1 {
            whole
        } else if last + 1 < sents.len() {
            (whole.0, sents[last + 1].1)
        } else {
            whole
        };
    }

    pub(super) fn article_narrow(&mut self) {
        let Some(si) = self.article_story() else { return };
        if self.sentences(si).is_empty() {
            return;
        }
        let (s, e) = self.art_sel;
        let first = self.sentence_at(si, s);
        let last = self.sentence_at(si, e.saturating_sub(1));
        if last > first {
            self.art_sel = (s, self.sentences(si)[last - 1].1);
            return;
        }
        // One sentence: drop its last word (and trailing punctuation).
        let chars = self.article_chars(si);
        let mut end = e;
        while end > s && !chars[end - 1].is_alphanumeric() {
            end -= 1;
        }
        while end > s && !chars[end - 1].is_whitespace() {
            end -= 1;
        }
        while end > s && chars[end - 1].is_whitespace() {
            end -= 1;
        }
        if end > s {
            self.art_sel = (s, end);
        }
    }

    pub(super) fn article_click(&mut self, x: u16, y: u16) {
        let Some(si) = self.article_story() else { return };
        let l = self.article_areas();
        let inner = l.article.inner(ratatui::layout::Margin::new(1, 1));
        // The line above the text that lists orphaned and not anchored claims (see `view::article`).
        let header = u16::from(self.ws.stories[si].anchors.iter().any(|a| !a.is_placed()));
        if y < inner.y + header || !inner.contains(Position::new(x, y)) {
            return;
        }
        let lines = geometry::wrap(self.article_chars(si), inner.width as usize);
        let Some(&(ls, le)) = lines.get(self.art_scroll + (y - inner.y - header) as usize) else { return };
        // The column's character, by display width.
        let mut col = 0usize;
        let mut at = ls;
        for i in ls..le {
            let w = unicode_width::UnicodeWidthChar::width(self.article_chars(si)[i]).unwrap_or(0);
            if col + w > (x - inner.x) as usize {
                break;
            }
            col += w;
            at = i;
        }
        let k = self.sentence_at(si, at);
        if let Some(s) = self.sentences(si).get(k) {
            self.art_sel = *s;
        }
    }

    pub(super) fn create_claim(
        &mut self,
        si: usize,
        text: &str,
        claimant: &str,
        kind: Kind,
        quote_range: Option<(usize, usize)>,
    ) {
        let id = self.unique_id(si, &slugify(text, crate::model::MAX_ID_LEN));
        let article = self.ws.stories[si].article.clone();
        let quote = match quote_range {
            Some((s, e)) => anchor::make_quote(&article, s, e),
            None => {
                // Anchor on the text itself when the article has it.
                let chars = self.article_chars(si);
                let needle: Vec<char> = text.chars().collect();
                let at = (!needle.is_empty() && needle.len() <= chars.len())
                    .then(|| (0..=chars.len() - needle.len()).find(|&i| chars[i..i + needle.len()] == needle[..]))
                    .flatten();
                // Words the article does not have give no quote: the claim is "not anchored" (nothing is lost)
                // until the journalist selects its words in the article view and anchors it (`a`).
                match at {
                    Some(s) => anchor::make_quote(&article, s, s + needle.len()),
                    None => crate::model::Quote::default(),
                }
            }
        };
        let mut claim = Claim::new(&id, text);
        claim.quote = quote;
        claim.claimant = claimant.to_string();
        claim.kind = kind;
        claim.status = Status::Open;
        let cid = id.clone();
        self.edit_story(si, move |file| {
            file.claims.push(claim);
            Some((Some(cid), "created".to_string()))
        });
        self.set_message(format!("new claim `{id}`"), false);
    }
}
