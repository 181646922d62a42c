//! Whether the screen still shows the state as it is: `update` marks it out of date at every message, and the runner
//! draws a frame only then, so a loop that wakes with nothing new (idle, or handing the similar-claims index its
//! input for a minute after a million-claim load) draws nothing.

/// The screen's state against the app's, and how many frames were drawn (for tests and benchmarks).
#[derive(Debug)]
pub struct Frames {
    /// Something changed since the last frame.
    stale: bool,
    drawn: u64,
}

impl Default for Frames {
    /// Nothing is on screen yet: the first frame is due.
    fn default() -> Frames {
        Frames { stale: true, drawn: 0 }
    }
}

impl Frames {
    /// The state changed: the next frame is due.
    pub fn changed(&mut self) {
        self.stale = true;
    }

    /// Whether a frame is due (something changed since the last one).
    pub fn due(&self) -> bool {
        self.stale
    }

    /// The runner draws a frame now: nothing is due until the state changes again.
    pub fn drawn(&mut self) {
        self.stale = false;
        self.drawn += 1;
    }

    /// How many frames the runner has drawn.
    pub fn count(&self) -> u64 {
        self.drawn
    }
}
