//! Scoring lines of text for check-worthiness, four decimals a line: the engine of `factdesk score`.

use super::features::Extractor;
use super::model::Model;
use std::io::{self, BufRead, Write};

fn push_score(out: &mut Vec<u8>, s: f64) {
    // Four decimals, written by hand: this is the hot loop of `score`.
    let v = (s * 10_000.0).round().clamp(0.0, 10_000.0) as u32;
    out.push(b'0' + (v / 10_000) as u8);
    out.push(b'.');
    let f = v % 10_000;
    out.extend_from_slice(&[
        b'0' + (f / 1000) as u8,
        b'0' + (f / 100 % 10) as u8,
        b'0' + (f / 10 % 10) as u8,
        b'0' + (f % 10) as u8,
        b'\n',
    ]);
}

/// Scores each line of `input`, writing one score per line to `out`. Returns the number of lines.
/// Output is flushed whenever the input has no more buffered lines, so it works interactively in a pipe.
pub fn score_lines(model: &Model, mut input: impl BufRead, out: &mut impl Write) -> io::Result<Scored> {
    let mut x = Extractor::new();
    let mut line = Vec::new();
    let mut buf = Vec::with_capacity(1 << 16);
    let mut n = 0;
    let mut not_utf8 = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            line.pop();
        }
        n += 1;
        let s = match std::str::from_utf8(&line) {
            // A blank line has nothing to check.
            Ok(t) if t.trim().is_empty() => 0.0,
            Ok(t) => model.score(&mut x, t),
            Err(_) => {
                not_utf8.push(n);
                model.score(&mut x, &String::from_utf8_lossy(&line))
            }
        };
        push_score(&mut buf, s);
        if buf.len() > 60_000 || input.fill_buf()?.is_empty() {
            out.write_all(&buf)?;
            out.flush()?;
            buf.clear();
        }
    }
    out.write_all(&buf)?;
    out.flush()?;
    Ok(Scored { lines: n, not_utf8 })
}

/// What `score_lines` read.
#[derive(Debug, Default)]
pub struct Scored {
    pub lines: usize,
    /// 1-based numbers of the lines that were not UTF-8 (scored with their bad bytes replaced by U+FFFD).
    pub not_utf8: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_print_with_four_decimals() {
        let mut v = Vec::new();
        for s in [0.0, 0.12345, 0.5, 1.0] {
            push_score(&mut v, s);
        }
        assert_eq!(String::from_utf8(v).unwrap(), "0.0000\n0.1235\n0.5000\n1.0000\n");
    }

    #[test]
    fn score_lines_gives_one_score_per_line() {
        let mut out = Vec::new();
        let scored =
            score_lines(Model::embedded(), &b"First line.\r\nSecond line.\n  \nlast \xff\xfe"[..], &mut out).unwrap();
        assert_eq!(scored.lines, 4);
        assert_eq!(scored.not_utf8, [4]);
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out.lines().count(), 4);
        assert_eq!(out.lines().nth(2), Some("0.0000"), "a blank line has nothing to check");
    }
}
