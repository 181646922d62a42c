//! The cache's record codec: length-prefixed fields, every model struct destructured in full (see the module
//! above), so a new model field fails to compile here instead of being silently dropped.

use super::{Entry, Stamp};
use crate::anchor::{Anchor, AnchorState};
use crate::diag::{Diagnostic, Severity};
use crate::model::*;
use crate::store::Story;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Default)]
pub(super) struct Enc(pub(super) Vec<u8>);

impl Enc {
    pub(super) fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
    pub(super) fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(super) fn usize(&mut self, v: usize) {
        self.u64(v as u64);
    }
    pub(super) fn f64(&mut self, v: f64) {
        self.u64(v.to_bits());
    }
    pub(super) fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    pub(super) fn str(&mut self, s: &str) {
        self.usize(s.len());
        self.bytes(s.as_bytes());
    }
    pub(super) fn opt_usize(&mut self, v: Option<usize>) {
        match v {
            Some(x) => {
                self.u8(1);
                self.usize(x);
            }
            None => self.u8(0),
        }
    }
    pub(super) fn extra(&mut self, x: &Extra) {
        if x.is_empty() {
            self.str("");
        } else {
            self.str(&serde_yaml::to_string(x).unwrap_or_default());
        }
    }
    pub(super) fn values(&mut self, v: &BTreeMap<String, NamedValue>) {
        self.usize(v.len());
        for (k, NamedValue { value, source, note }) in v {
            self.str(k);
            self.f64(*value);
            self.str(source);
            self.str(note);
        }
    }
    pub(super) fn path(&mut self, p: &Path, root: &Path) {
        match p.strip_prefix(root) {
            Ok(rel) => {
                self.u8(1);
                self.str(&rel.to_string_lossy());
            }
            Err(_) => {
                self.u8(0);
                self.str(&p.to_string_lossy());
            }
        }
    }
}

pub(super) struct Dec<'a> {
    pub(super) b: &'a [u8],
    pub(super) at: usize,
}

impl<'a> Dec<'a> {
    /// A string borrowed from the bytes being decoded (no copy).
    pub(super) fn str_ref(&mut self) -> Option<&'a str> {
        let n = self.usize()?;
        let end = self.at.checked_add(n)?;
        let s = self.b.get(self.at..end)?;
        self.at = end;
        std::str::from_utf8(s).ok()
    }
    pub(super) fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.b.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    pub(super) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    pub(super) fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.u64()?).ok()
    }
    /// A count of items, each at least one byte: bounded by what is left.
    pub(super) fn count(&mut self) -> Option<usize> {
        self.usize().filter(|&n| n <= self.b.len() - self.at)
    }
    pub(super) fn f64(&mut self) -> Option<f64> {
        Some(f64::from_bits(self.u64()?))
    }
    pub(super) fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    pub(super) fn str(&mut self) -> Option<String> {
        let n = self.usize()?;
        Some(std::str::from_utf8(self.take(n)?).ok()?.to_owned())
    }
    pub(super) fn opt_usize(&mut self) -> Option<Option<usize>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.usize()?)),
            _ => None,
        }
    }
    pub(super) fn extra(&mut self) -> Option<Extra> {
        let s = self.str()?;
        if s.is_empty() { Some(Extra::new()) } else { serde_yaml::from_str(&s).ok() }
    }
    pub(super) fn values(&mut self) -> Option<BTreeMap<String, NamedValue>> {
        let n = self.count()?;
        let mut m = BTreeMap::new();
        for _ in 0..n {
            let k = self.str()?;
            m.insert(k, NamedValue { value: self.f64()?, source: self.str()?, note: self.str()? });
        }
        Some(m)
    }
    pub(super) fn path(&mut self, root: &Path) -> Option<PathBuf> {
        match self.u8()? {
            1 => Some(root.join(self.str()?)),
            0 => Some(PathBuf::from(self.str()?)),
            _ => None,
        }
    }
    pub(super) fn list<T>(&mut self, mut one: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.count()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(one(self)?);
        }
        Some(v)
    }
}

pub(super) fn encode_stamp(e: &mut Enc, s: &Stamp) {
    let Stamp { size, mtime_ns, racy, hash } = s;
    e.u64(*size);
    e.u64(*mtime_ns);
    e.u8(u8::from(*racy));
    e.str(hash);
}

pub(super) fn decode_stamp(d: &mut Dec) -> Option<Stamp> {
    Some(Stamp { size: d.u64()?, mtime_ns: d.u64()?, racy: d.u8()? != 0, hash: d.str()? })
}

pub(super) fn encode_entry(e: &mut Enc, entry: &Entry, root: &Path) {
    let Entry { yaml, article, story, diags } = entry;
    encode_stamp(e, yaml);
    match article {
        Some(a) => {
            e.u8(1);
            encode_stamp(e, a);
        }
        None => e.u8(0),
    }
    // The file's text is not kept: a story reads it again when wanted (`Story::text`).
    let Story { slug, dir, file, article, disk_hash, disk_text: _, anchors } = story;
    e.str(slug);
    e.path(dir, root);
    e.str(article);
    e.str(disk_hash);
    e.usize(anchors.len());
    for Anchor { start, end, state } in anchors {
        e.usize(*start);
        e.usize(*end);
        e.u8(match state {
            AnchorState::Exact => 0,
            AnchorState::Moved => 1,
            AnchorState::Fuzzy => 2,
            AnchorState::Orphaned => 3,
            AnchorState::Unanchored => 4,
        });
    }
    encode_file(e, file);
    encode_diags(e, diags, root);
}

/// Diagnostics, their paths relative to `root` (so a workspace named another way reads them back right).
pub(super) fn encode_diags(e: &mut Enc, diags: &[Diagnostic], root: &Path) {
    e.usize(diags.len());
    for Diagnostic { path, line, column, severity, message } in diags {
        e.path(path, root);
        e.usize(*line);
        e.usize(*column);
        e.u8(u8::from(*severity == Severity::Warning));
        e.str(message);
    }
}

pub(super) fn decode_diags(d: &mut Dec, root: &Path) -> Option<Vec<Diagnostic>> {
    d.list(|d| {
        let path = d.path(root)?;
        let (line, column) = (d.usize()?, d.usize()?);
        let severity = if d.u8()? == 0 { Severity::Error } else { Severity::Warning };
        Some(Diagnostic { path, line, column, severity, message: d.str()? })
    })
}

pub(super) fn decode_entry(d: &mut Dec, root: &Path) -> Option<Entry> {
    let yaml = decode_stamp(d)?;
    let article_stamp = match d.u8()? {
        0 => None,
        1 => Some(decode_stamp(d)?),
        _ => return None,
    };
    let slug = d.str()?;
    let dir = d.path(root)?;
    let article = d.str()?;
    let disk_hash = d.str()?;
    let anchors = d.list(|d| {
        let (start, end) = (d.usize()?, d.usize()?);
        let state = match d.u8()? {
            0 => AnchorState::Exact,
            1 => AnchorState::Moved,
            2 => AnchorState::Fuzzy,
            3 => AnchorState::Orphaned,
            4 => AnchorState::Unanchored,
            _ => return None,
        };
        Some(Anchor { start, end, state })
    })?;
    let file = decode_file(d)?;
    let diags = decode_diags(d, root)?;
    let story = Story { slug, dir, file, article, disk_hash, disk_text: None, anchors };
    Some(Entry { yaml, article: article_stamp, story, diags })
}

fn encode_file(e: &mut Enc, f: &StoryFile) {
    let StoryFile { story, values, claims, rejected, extra } = f;
    let StoryMeta { title, outlet, byline, url, published, language, article, extra: meta_extra } = story;
    for s in [title, outlet, byline, url, published, language, article] {
        e.str(s);
    }
    e.extra(meta_extra);
    e.values(values);
    e.usize(claims.len());
    for c in claims {
        encode_claim(e, c);
    }
    e.usize(rejected.len());
    for Rejected { exact, at, by } in rejected {
        e.str(exact);
        e.str(at);
        e.str(by);
    }
    e.extra(extra);
}

fn decode_file(d: &mut Dec) -> Option<StoryFile> {
    let story = StoryMeta {
        title: d.str()?,
        outlet: d.str()?,
        byline: d.str()?,
        url: d.str()?,
        published: d.str()?,
        language: d.str()?,
        article: d.str()?,
        extra: d.extra()?,
    };
    let values = d.values()?;
    let claims = d.list(decode_claim)?;
    let rejected = d.list(|d| Some(Rejected { exact: d.str()?, at: d.str()?, by: d.str()? }))?;
    Some(StoryFile { story, values, claims, rejected, extra: d.extra()? })
}

fn encode_claim(e: &mut Enc, c: &Claim) {
    let Claim {
        id,
        text,
        quote,
        claimant,
        claimant_type,
        kind,
        status,
        published_at,
        verdict,
        summary,
        assignee,
        tags,
        notes,
        sources,
        values,
        checks,
        score,
        history,
        extra,
    } = c;
    let Quote { exact, prefix, suffix, start, end } = quote;
    for s in [id, text, exact, prefix, suffix] {
        e.str(s);
    }
    e.opt_usize(*start);
    e.opt_usize(*end);
    e.str(claimant);
    e.str(claimant_type.map_or("", |t| t.as_str()));
    e.str(kind.as_str());
    e.str(status.as_str());
    e.str(published_at);
    e.str(verdict);
    e.str(summary);
    e.str(assignee);
    e.usize(tags.len());
    tags.iter().for_each(|t| e.str(t));
    e.str(notes);
    e.usize(sources.len());
    for Source { title, url, publisher, accessed, excerpt, archive_url, extra } in sources {
        for s in [title, url, publisher, accessed, excerpt, archive_url] {
            e.str(s);
        }
        e.extra(extra);
    }
    e.values(values);
    e.usize(checks.len());
    for Check { label, expr, claimed, tolerance, comparison } in checks {
        e.str(label);
        e.str(expr);
        e.f64(*claimed);
        e.f64(*tolerance);
        e.str(comparison.as_str());
    }
    match score {
        Some(s) => {
            e.u8(1);
            e.f64(*s);
        }
        None => e.u8(0),
    }
    e.usize(history.len());
    for HistoryEntry { at, by, change } in history {
        e.str(at);
        e.str(by);
        e.str(change);
    }
    e.extra(extra);
}

fn decode_claim(d: &mut Dec) -> Option<Claim> {
    let id = d.str()?;
    let text = d.str()?;
    let quote =
        Quote { exact: d.str()?, prefix: d.str()?, suffix: d.str()?, start: d.opt_usize()?, end: d.opt_usize()? };
    let claimant = d.str()?;
    let claimant_type = match d.str()?.as_str() {
        "" => None,
        t => Some(ClaimantType::parse(t)?),
    };
    let kind = Kind::parse(&d.str()?)?;
    let status = Status::parse(&d.str()?)?;
    let published_at = d.str()?;
    let verdict = d.str()?;
    let summary = d.str()?;
    let assignee = d.str()?;
    let tags = d.list(Dec::str)?;
    let notes = d.str()?;
    let sources = d.list(|d| {
        Some(Source {
            title: d.str()?,
            url: d.str()?,
            publisher: d.str()?,
            accessed: d.str()?,
            excerpt: d.str()?,
            archive_url: d.str()?,
            extra: d.extra()?,
        })
    })?;
    let values = d.values()?;
    let checks = d.list(|d| {
        Some(Check {
            label: d.str()?,
            expr: d.str()?,
            claimed: d.f64()?,
            tolerance: d.f64()?,
            comparison: Comparison::parse(&d.str()?)?,
        })
    })?;
    let score = match d.u8()? {
        0 => None,
        1 => Some(d.f64()?),
        _ => return None,
    };
    let history = d.list(|d| Some(HistoryEntry { at: d.str()?, by: d.str()?, change: d.str()? }))?;
    Some(Claim {
        id,
        text,
        quote,
        claimant,
        claimant_type,
        kind,
        status,
        published_at,
        verdict,
        summary,
        assignee,
        tags,
        notes,
        sources,
        values,
        checks,
        score,
        history,
        extra: d.extra()?,
    })
}
