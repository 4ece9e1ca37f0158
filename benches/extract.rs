//! Core throughput of extraction, per kind: `cargo bench --bench extract`.
//!
//! Each structured kind runs alone (with the URL and email finders, which always run so that
//! nothing fires inside a link), then every kind together through [`Extractor`], on ~180-byte
//! rows of the bundled article.

#![allow(clippy::print_stdout)] // the report

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use textwash::extract::Kind::{Emoji, Junk};
use textwash::extract::{ExtractOptions, Extractor};
use textwash::patterns::{self, Kind, Settings};

fn rows() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/article_noisy.txt");
    let text = std::fs::read_to_string(path).expect("corpus");
    let mut out = Vec::new();
    let mut row = String::new();
    for word in text.split_whitespace() {
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

/// MB/s of `f` over `texts`, best of five rounds of at least 200 ms.
fn throughput(texts: &[String], f: impl Fn(&str) -> usize) -> f64 {
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

fn main() {
    let texts = rows();
    println!("| kinds | MB/s |\n|---|---|");
    for kind in Kind::ALL {
        let mbs = throughput(&texts, |t| patterns::find(t, &[kind], &Settings::default()).len());
        println!("| {kind:?} (with URL and email) | {mbs:.0} |");
    }
    for kind in [Emoji, Junk] {
        let alone = Extractor::new(ExtractOptions::kinds(&[kind])).expect("default options");
        println!("| {kind:?} | {:.0} |", throughput(&texts, |t| alone.extract(t).len()));
    }
    let every = Extractor::new(ExtractOptions::default()).expect("default options");
    println!(
        "| every kind, emoji and junk included | {:.0} |",
        throughput(&texts, |t| every.extract(t).len())
    );
}
