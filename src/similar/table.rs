//! The similar-claims index as bytes, with the rows `factdesk similar` prints: what the parsed-workspace cache
//! keeps beside itself, so a `similar` process reads a built index instead of loading and indexing the workspace.
//!
//! The layout is little-endian arrays with lengths; a row is decoded only when it is printed or looked for.

use super::{DocRef, Fields, Params, SimilarIndex};
use crate::model::Claim;

/// One claim as `factdesk similar` prints it, and the fields it is looked up by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub story: String,
    pub id: String,
    pub verdict: String,
    pub status: String,
    pub text: String,
    pub quote: String,
    pub claimant: String,
    pub summary: String,
}

impl Row {
    pub fn of(story: &str, c: &Claim) -> Row {
        let f = Fields::of(c);
        Row {
            story: story.into(),
            id: c.id.clone(),
            verdict: c.verdict.clone(),
            status: c.status.as_str().into(),
            text: c.text.clone(),
            quote: f.quote.into(),
            claimant: f.claimant.into(),
            summary: f.summary.into(),
        }
    }

    pub fn fields(&self) -> Fields<'_> {
        Fields { text: &self.text, quote: &self.quote, claimant: &self.claimant, summary: &self.summary, title: "" }
    }
}

/// A built index and its rows, read back from bytes.
#[derive(Debug, Clone, Default)]
pub struct SimilarTable {
    pub index: SimilarIndex,
    rows: Vec<u8>,
    /// Where each document's row ends in `rows`.
    ends: Vec<u32>,
}

struct Out<'a>(&'a mut Vec<u8>);

impl Out<'_> {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn f32(&mut self, v: f32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
}

struct In<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> In<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
    /// A count of items of `size` bytes each that the rest of the input can hold.
    fn count(&mut self, size: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(size)? <= self.b.len() - self.at).then_some(n)
    }
}

impl SimilarIndex {
    /// Appends the index to `out`.
    pub fn encode(&self, out: &mut Vec<u8>) {
        let mut o = Out(out);
        let p = &self.params;
        for v in [p.k1, p.b, p.bigram, p.text, p.quote, p.claimant, p.summary, p.title, self.avgdl] {
            o.f32(v);
        }
        o.u32(self.docs.len() as u32);
        for d in &self.docs {
            o.u32(d.story);
            o.u32(d.claim);
        }
        o.u32(self.vocab.len() as u32);
        for &(h, t) in &self.vocab {
            o.u64(h);
            o.u32(t);
        }
        o.u32(self.post_off.len() as u32);
        self.post_off.iter().for_each(|&v| o.u32(v));
        o.u32(self.postings.len() as u32);
        for &(d, w) in &self.postings {
            o.u32(d);
            o.f32(w);
        }
        o.u32(self.idf.len() as u32);
        self.idf.iter().for_each(|&v| o.f32(v));
        o.u32(self.own.len() as u32);
        self.own.iter().for_each(|&v| o.f32(v));
    }

    fn decode(i: &mut In) -> Option<Self> {
        let mut f = [0f32; 9];
        for v in &mut f {
            *v = i.f32()?;
        }
        let [k1, b, bigram, text, quote, claimant, summary, title, avgdl] = f;
        let params = Params { k1, b, bigram, text, quote, claimant, summary, title };
        let n = i.count(8)?;
        let docs = (0..n).map(|_| Some(DocRef { story: i.u32()?, claim: i.u32()? })).collect::<Option<Vec<_>>>()?;
        let n = i.count(12)?;
        let vocab = (0..n).map(|_| Some((i.u64()?, i.u32()?))).collect::<Option<Vec<_>>>()?;
        let n = i.count(4)?;
        let post_off = (0..n).map(|_| i.u32()).collect::<Option<Vec<_>>>()?;
        let n = i.count(8)?;
        let postings = (0..n).map(|_| Some((i.u32()?, i.f32()?))).collect::<Option<Vec<_>>>()?;
        let n = i.count(4)?;
        let idf = (0..n).map(|_| i.f32()).collect::<Option<Vec<_>>>()?;
        let n = i.count(4)?;
        let own = (0..n).map(|_| i.f32()).collect::<Option<Vec<_>>>()?;
        // Everything a lookup indexes must be in range, or the bytes are not an index.
        let terms = idf.len();
        let ok = post_off.len() == terms + 1
            && own.len() == docs.len()
            && post_off.windows(2).all(|w| w[0] <= w[1])
            && post_off.last().is_some_and(|&l| l as usize == postings.len())
            && post_off.first() == Some(&0)
            && vocab.iter().all(|&(_, t)| (t as usize) < terms)
            && vocab.windows(2).all(|w| w[0].0 < w[1].0)
            && postings.iter().all(|&(d, _)| (d as usize) < docs.len());
        ok.then_some(SimilarIndex { params, docs, vocab, post_off, postings, idf, avgdl, own })
    }
}

impl SimilarTable {
    /// The bytes of the index over `claims` (each with its story's slug) and their rows.
    pub fn encode<'a>(claims: impl IntoIterator<Item = (DocRef, &'a str, &'a Claim)> + Clone, out: &mut Vec<u8>) {
        let index =
            SimilarIndex::from_docs(claims.clone().into_iter().map(|(d, _, c)| (d, Fields::of(c))), Params::default());
        index.encode(out);
        let mut rows = Vec::new();
        let mut ends = Vec::new();
        for (_, slug, c) in claims {
            let r = Row::of(slug, c);
            let mut o = Out(&mut rows);
            for s in [&r.story, &r.id, &r.verdict, &r.status, &r.text, &r.quote, &r.claimant, &r.summary] {
                o.str(s);
            }
            ends.push(rows.len() as u32);
        }
        let mut o = Out(out);
        o.u32(ends.len() as u32);
        ends.iter().for_each(|&e| o.u32(e));
        o.u32(rows.len() as u32);
        out.extend_from_slice(&rows);
    }

    /// Reads what [`SimilarTable::encode`] wrote, from `at`; `None` if the bytes are not one whole table.
    pub fn decode(bytes: &[u8], at: usize) -> Option<SimilarTable> {
        let mut i = In { b: bytes, at };
        let index = SimilarIndex::decode(&mut i)?;
        let n = i.count(4)?;
        let ends = (0..n).map(|_| i.u32()).collect::<Option<Vec<_>>>()?;
        let len = i.u32()? as usize;
        let rows = i.take(len)?.to_vec();
        let ok = i.at == bytes.len()
            && n == index.len()
            && ends.windows(2).all(|w| w[0] <= w[1])
            && ends.last().is_none_or(|&e| e as usize == rows.len());
        ok.then_some(SimilarTable { index, rows, ends })
    }

    /// The row of the `doc`-th indexed claim.
    pub fn row(&self, doc: usize) -> Option<Row> {
        let end = *self.ends.get(doc)? as usize;
        let start = if doc == 0 { 0 } else { self.ends[doc - 1] as usize };
        let mut i = In { b: self.rows.get(..end)?, at: start };
        let mut next = || i.str().map(str::to_string);
        Some(Row {
            story: next()?,
            id: next()?,
            verdict: next()?,
            status: next()?,
            text: next()?,
            quote: next()?,
            claimant: next()?,
            summary: next()?,
        })
    }

    /// The row of the claim `slug`/`id` and its document, if it was indexed.
    pub fn find(&self, slug: &str, id: &str) -> Option<(DocRef, Row)> {
        (0..self.ends.len()).find_map(|d| {
            let end = self.ends[d] as usize;
            let start = if d == 0 { 0 } else { self.ends[d - 1] as usize };
            let mut i = In { b: self.rows.get(..end)?, at: start };
            (i.str()? == slug && i.str()? == id).then(|| Some((self.index.doc(d)?, self.row(d)?))).flatten()
        })
    }

    /// The row of an indexed document.
    pub fn row_of(&self, doc: DocRef) -> Option<Row> {
        self.row(self.index.position(doc)?)
    }
}
