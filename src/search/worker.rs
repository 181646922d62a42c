//! The background filter: runs queries off the UI thread, drops stale ones, narrows as the query grows, streams batches.
//!
//! The UI calls [`FilterWorker::query`] on every keystroke and never blocks: it drains
//! [`FilterWorker::try_recv`] each frame into a [`Results`], which keeps only the newest
//! query's hits. Work is split over every core; each part sends a batch every
//! [`CHUNK`] claims, so the first matches show while the rest are still being scored.
//! The last few completed queries are remembered: backspace to one shows its results at
//! once, and a query that extends one is scored only over that one's matches.
//!
//! ```
//! use factdesk::search::worker::{FilterWorker, Results};
//! use factdesk::search::{Corpus, DEFAULT_ENGINE, Entry};
//! use std::{sync::Arc, time::Duration};
//!
//! let text = "Rice exports rose by 12%";
//! let entry = Entry { story: 0, claim: 0, haystack: text.into(), text_chars: text.chars().count() as u32 };
//! let worker = FilterWorker::spawn(Arc::new(Corpus { entries: vec![entry] }), DEFAULT_ENGINE);
//! let mut results = Results::default();
//! // On every keystroke:
//! results.reset(worker.query("rice 12"));
//! // On every frame, a UI drains `worker.try_recv()` without waiting; here we wait instead:
//! while !results.is_done() {
//!     if let Some(batch) = worker.recv_timeout(Duration::from_secs(5)) {
//!         results.apply(batch);
//!     }
//! }
//! assert_eq!(results.ranked()[0].entry, 0);
//! ```

use super::{Corpus, Engine, Hit, rank};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

/// Claims scored between two checks for a newer query (and between two batches), at most.
/// The first chunks are smaller, so the first matches arrive within a millisecond or two.
pub const CHUNK: usize = 4096;
const FIRST_CHUNK: usize = 256;

/// Some of one query's results. `done` marks the last batch of a query that ran to its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    pub generation: u64,
    pub hits: Vec<Hit>,
    pub done: bool,
}

enum Request {
    Query { generation: u64, query: String },
    Corpus(Arc<Corpus>),
}

/// A filter thread. Dropping it cancels the running query and joins the thread.
pub struct FilterWorker {
    requests: Option<Sender<Request>>,
    batches: Receiver<Batch>,
    current: Arc<AtomicU64>,
    handle: Option<JoinHandle<()>>,
}

impl FilterWorker {
    /// A worker over `corpus`, using every core.
    pub fn spawn(corpus: Arc<Corpus>, engine: Engine) -> Self {
        Self::with_threads(corpus, engine, super::threads())
    }

    pub fn with_threads(corpus: Arc<Corpus>, engine: Engine, threads: usize) -> Self {
        let (req_tx, req_rx) = mpsc::channel();
        let (out_tx, out_rx) = mpsc::channel();
        let current = Arc::new(AtomicU64::new(0));
        let cur = Arc::clone(&current);
        let handle = std::thread::Builder::new()
            .name("factdesk-filter".into())
            .spawn(move || worker_loop(corpus, engine, threads.max(1), req_rx, out_tx, cur))
            .ok();
        FilterWorker { requests: Some(req_tx), batches: out_rx, current, handle }
    }

    /// Starts filtering for `query`, cancelling any older query; returns its generation.
    pub fn query(&self, query: &str) -> u64 {
        let generation = self.current.fetch_add(1, Ordering::SeqCst) + 1;
        if let Some(tx) = &self.requests {
            let _ = tx.send(Request::Query { generation, query: query.to_string() });
        }
        generation
    }

    /// Replaces the claims (after a reload or an edit). Cancels the running query; query again after.
    pub fn set_corpus(&self, corpus: Arc<Corpus>) {
        self.current.fetch_add(1, Ordering::SeqCst);
        if let Some(tx) = &self.requests {
            let _ = tx.send(Request::Corpus(corpus));
        }
    }

    /// The newest query's generation.
    pub fn generation(&self) -> u64 {
        self.current.load(Ordering::SeqCst)
    }

    /// The next batch of the newest query, if one is waiting. Stale batches are skipped.
    pub fn try_recv(&self) -> Option<Batch> {
        while let Ok(b) = self.batches.try_recv() {
            if b.generation == self.generation() {
                return Some(b);
            }
        }
        None
    }

    /// Like [`try_recv`](Self::try_recv), but waits up to `timeout` for a batch.
    pub fn recv_timeout(&self, timeout: Duration) -> Option<Batch> {
        let deadline = std::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.batches.recv_timeout(left) {
                Ok(b) if b.generation == self.generation() => return Some(b),
                Ok(_) => continue,
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }
}

impl Drop for FilterWorker {
    fn drop(&mut self) {
        self.current.fetch_add(1, Ordering::SeqCst);
        self.requests = None; // closes the channel, so the loop ends
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// A query that ran to its end, and its hits in corpus order.
struct Completed {
    query: String,
    hits: Arc<Vec<Hit>>,
}

/// How many completed queries are remembered (for backspace and for narrowing).
const REMEMBERED: usize = 8;

/// Whether every match of `new` is a match of `old`: true when `new` only extends `old`'s terms.
fn narrows(old: &str, new: &str) -> bool {
    !old.trim().is_empty() && new.starts_with(old)
}

fn worker_loop(
    mut corpus: Arc<Corpus>,
    engine: Engine,
    threads: usize,
    requests: Receiver<Request>,
    out: Sender<Batch>,
    current: Arc<AtomicU64>,
) {
    let mut done: Vec<Completed> = Vec::new();
    while let Ok(first) = requests.recv() {
        // Only the newest query matters; a new corpus is taken at once.
        let mut pending = None;
        for req in std::iter::once(first).chain(requests.try_iter()) {
            match req {
                Request::Corpus(c) => {
                    corpus = c;
                    done.clear();
                    pending = None;
                }
                Request::Query { generation, query } => pending = Some((generation, query)),
            }
        }
        let Some((generation, query)) = pending else { continue };
        if current.load(Ordering::SeqCst) != generation {
            continue;
        }
        // A query seen before (backspace): its results at once.
        if let Some(i) = done.iter().position(|c| c.query == query) {
            let c = done.remove(i);
            let _ = out.send(Batch { generation, hits: c.hits.to_vec(), done: true });
            done.push(c);
            continue;
        }
        // Narrow from the longest remembered query that this one extends.
        let base = done.iter().filter(|c| narrows(&c.query, &query)).max_by_key(|c| c.query.len());
        let candidates: Option<Vec<u32>> = base.map(|c| c.hits.iter().map(|h| h.entry).collect());
        if let Some(hits) =
            run_query(&corpus, candidates.as_deref(), &query, engine, threads, generation, &current, &out)
        {
            if done.len() == REMEMBERED {
                done.remove(0);
            }
            done.push(Completed { query, hits: Arc::new(hits) });
            let _ = out.send(Batch { generation, hits: Vec::new(), done: true });
        }
    }
}

/// Scores the query over the candidates on `threads` threads, streaming batches.
/// Returns every hit (in corpus order), or `None` when a newer query cancelled it.
#[allow(clippy::too_many_arguments)]
fn run_query(
    corpus: &Corpus,
    candidates: Option<&[u32]>,
    query: &str,
    engine: Engine,
    threads: usize,
    generation: u64,
    current: &AtomicU64,
    out: &Sender<Batch>,
) -> Option<Vec<Hit>> {
    let all: Vec<u32>;
    let ids: &[u32] = match candidates {
        Some(c) => c,
        None => {
            all = (0..corpus.len() as u32).collect();
            &all
        }
    };
    let per = ids.len().div_ceil(threads).max(1);
    let parts: Vec<Option<Vec<Hit>>> = std::thread::scope(|s| {
        let handles: Vec<_> = ids
            .chunks(per)
            .map(|part| {
                let out = out.clone();
                s.spawn(move || {
                    let mut m = engine.matcher();
                    m.set_query(query);
                    let mut matched = Vec::new();
                    let (mut at, mut size) = (0, FIRST_CHUNK);
                    while at < part.len() {
                        let chunk = &part[at..(at + size).min(part.len())];
                        at += chunk.len();
                        size = (size * 2).min(CHUNK);
                        if current.load(Ordering::Relaxed) != generation {
                            return None;
                        }
                        let start = matched.len();
                        for &i in chunk {
                            if let Some(score) = m.score(&corpus.entries[i as usize].haystack) {
                                matched.push(Hit { entry: i, score });
                            }
                        }
                        if matched.len() > start {
                            let _ = out.send(Batch { generation, hits: matched[start..].to_vec(), done: false });
                        }
                    }
                    Some(matched)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().ok().flatten()).collect()
    });
    if current.load(Ordering::SeqCst) != generation {
        return None;
    }
    parts.into_iter().try_fold(Vec::new(), |mut acc, p| {
        acc.extend(p?);
        Some(acc)
    })
}

/// The UI's view of the newest query's results, built from batches as they arrive.
#[derive(Debug, Clone, Default)]
pub struct Results {
    generation: u64,
    hits: Vec<Hit>,
    done: bool,
    sorted: bool,
}

impl Results {
    /// Forgets older results: from now on only batches of `generation` count.
    pub fn reset(&mut self, generation: u64) {
        self.generation = generation;
        self.hits.clear();
        self.done = false;
        self.sorted = true;
    }

    /// Adds a batch; returns whether anything changed (a stale batch changes nothing).
    pub fn apply(&mut self, batch: Batch) -> bool {
        if batch.generation != self.generation {
            return false;
        }
        self.done |= batch.done;
        if !batch.hits.is_empty() {
            self.hits.extend(batch.hits);
            self.sorted = false;
        }
        true
    }

    /// Whether every claim has been scored for this query.
    pub fn is_done(&self) -> bool {
        self.done
    }

    pub fn len(&self) -> usize {
        self.hits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }

    /// All hits so far, best first.
    pub fn ranked(&mut self) -> &[Hit] {
        if !self.sorted {
            rank(&mut self.hits);
            self.sorted = true;
        }
        &self.hits
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Entry, scan};
    use super::*;

    fn corpus(n: usize) -> Arc<Corpus> {
        let words = ["budget", "rice", "casino", "flood", "ភ្នំពេញ", "東京", "school"];
        Arc::new(Corpus {
            entries: (0..n)
                .map(|i| {
                    let h = format!("{} {} {} claim {i}", words[i % 7], words[(i / 7) % 7], i * 31 % 997);
                    Entry { story: 0, claim: i as u32, text_chars: h.chars().count() as u32, haystack: h }
                })
                .collect(),
        })
    }

    fn finish(w: &FilterWorker, generation: u64) -> Results {
        let mut r = Results::default();
        r.reset(generation);
        while !r.is_done() {
            let b = w.recv_timeout(Duration::from_secs(20)).expect("the worker answers");
            r.apply(b);
        }
        r
    }

    #[test]
    fn worker_matches_a_direct_scan_and_narrows() {
        let c = corpus(3_000);
        for engine in [Engine::Skim, Engine::Nucleo] {
            let w = FilterWorker::with_threads(Arc::clone(&c), engine, 2);
            // Typed one key at a time: every step after the first narrows the last complete one.
            for q in ["b", "bu", "bud", "budg ri", "budg ri 4"] {
                let g = w.query(q);
                let mut r = finish(&w, g);
                assert_eq!(r.ranked(), scan(&c, q, engine, 1).as_slice(), "{engine:?} {q}");
            }
            // Backspace: a remembered query comes back whole; a new one is a full scan.
            for q in ["budg ri", "bu", "cas", "casi"] {
                let g = w.query(q);
                assert_eq!(finish(&w, g).ranked(), scan(&c, q, engine, 1).as_slice(), "{engine:?} {q}");
            }
        }
    }

    #[test]
    fn stale_queries_are_dropped() {
        let c = corpus(20_000);
        let w = FilterWorker::with_threads(Arc::clone(&c), Engine::Skim, 2);
        let old = w.query("c");
        let new = w.query("flood");
        assert!(new > old);
        let mut r = finish(&w, new);
        // Only the newest query's hits reach the UI, even if the old one had started.
        assert!(r.ranked().iter().all(|h| c.entries[h.entry as usize].haystack.contains("flood")));
        assert_eq!(r.ranked(), scan(&c, "flood", Engine::Skim, 1).as_slice());
        let mut stale = Results::default();
        stale.reset(new);
        assert!(!stale.apply(Batch { generation: old, hits: vec![Hit { entry: 0, score: 1 }], done: true }));
        assert!(stale.is_empty() && !stale.is_done());
    }

    #[test]
    fn a_new_corpus_replaces_the_old() {
        let w = FilterWorker::with_threads(corpus(100), Engine::Nucleo, 2);
        let g = w.query("rice");
        assert!(!finish(&w, g).is_empty());
        w.set_corpus(Arc::new(Corpus::default()));
        let g = w.query("rice");
        assert!(finish(&w, g).is_empty());
    }
}
