//! Core throughput of `Cleaner::clean` on English (clean and noisy) and multilingual text.
//!
//! `cargo bench --bench clean` prints MB/s per corpus. Expected: ≥ 1 GB/s on clean English
//! (mostly the ASCII fast path), and far less on noisy or multilingual text, where every
//! token with junk or an unusual mix of characters is segmented and judged.

#![allow(clippy::print_stdout)] // the report

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use textwash::Cleaner;

fn corpus(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    let text = std::fs::read_to_string(path).expect("corpus");
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Best of several timed rounds, each at least 200 ms.
fn throughput(cleaner: &Cleaner, texts: &[String]) -> f64 {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let mut rounds = 0u32;
        while start.elapsed() < Duration::from_millis(200) {
            for t in texts {
                black_box(cleaner.clean(black_box(t)));
            }
            rounds += 1;
        }
        best = best.min(start.elapsed().as_secs_f64() / f64::from(rounds));
    }
    bytes as f64 / best / 1e6
}

/// Splits a corpus into ~180-byte rows at word boundaries, like a column of short texts.
fn rows(text: &str) -> Vec<String> {
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

fn main() {
    let cleaner = Cleaner::default();
    let cases = [
        ("english, clean article", vec![corpus("article_clean.txt")]),
        ("english, noisy article", vec![corpus("article_noisy.txt")]),
        ("english, clean, 180-byte rows", rows(&corpus("article_clean.txt"))),
        ("english, noisy, 180-byte rows", rows(&corpus("article_noisy.txt"))),
        ("multilingual legit corpus", vec![corpus("legit.txt")]),
        ("multilingual, 180-byte rows", rows(&corpus("legit.txt"))),
    ];
    // `cargo bench --bench clean -- noisy` runs only the corpora whose name contains "noisy".
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_default();
    println!("| corpus | MB/s |\n|---|---|");
    for (name, texts) in cases.iter().filter(|(name, _)| name.contains(filter.as_str())) {
        println!("| {name} | {:.0} |", throughput(&cleaner, texts));
    }
}
