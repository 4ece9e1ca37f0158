//! What the Rust benches share: the corpora, cut into rows, and a timer.

#![allow(clippy::expect_used)] // bench code: a missing corpus ends the bench

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// A corpus of `tests/data`, without its comment lines.
pub fn corpus(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    let text = std::fs::read_to_string(path).expect("corpus");
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Splits a corpus into ~180-byte rows at word boundaries, like a column of short texts.
pub fn rows(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut row = String::new();
    for word in text.split(' ') {
        if row.len() + word.len() > 180 && !row.is_empty() {
            out.push(std::mem::take(&mut row));
        }
        if !row.is_empty() {
            row.push(' ');
        }
        row.push_str(word);
    }
    out.push(row);
    out
}

/// MB/s of `f` over `texts`: the best of five timed rounds, each at least 200 ms.
pub fn throughput<R>(texts: &[String], f: impl Fn(&str) -> R) -> f64 {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let mut rounds = 0u32;
        while start.elapsed() < Duration::from_millis(200) {
            for t in texts {
                black_box(f(black_box(t)));
            }
            rounds += 1;
        }
        best = best.min(start.elapsed().as_secs_f64() / f64::from(rounds));
    }
    bytes as f64 / best / 1e6
}
