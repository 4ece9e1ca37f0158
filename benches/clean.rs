//! Core throughput of `Cleaner::clean` on English (clean and noisy) and multilingual text.
//!
//! `cargo bench --bench clean` prints MB/s per corpus. Expected: ≥ 1 GB/s on clean English
//! (mostly the ASCII fast path), and far less on noisy or multilingual text, where every
//! token with junk or an unusual mix of characters is segmented and judged.

#![allow(clippy::print_stdout)] // the report

mod common;

use common::{corpus, rows, throughput};
use textwash::Cleaner;

/// The allocator of the Python extension (see `src/python/mod.rs`), so that this bench times
/// what Python runs; built with the `python` feature, the library sets it itself.
#[cfg(not(feature = "python"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        println!("| {name} | {:.0} |", throughput(texts, |t| cleaner.clean(t).len()));
    }
}
