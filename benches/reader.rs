//! What POLICY.md §6 (backspaces, bidi, look-alikes) costs text that has none of them, and text
//! that has them: `Cleaner::clean` with the restorations on (the default) and off
//! (`backspaces`, `bidi`, `homoglyphs` = `"remove"`), on the same rows.
//!
//! `cargo bench --bench reader` prints MB/s for both, the best of five rounds each. Wall-clock
//! time on a shared machine moves by more than the difference it looks for, so
//! `cargo bench --bench reader -- --once on|off CORPUS [TIMES]` cleans one corpus (the first
//! whose name holds CORPUS) TIMES times, for an instruction count:
//! `valgrind --tool=callgrind target/release/deps/reader-* --once on legit 10`, less the same
//! with TIMES 0 (the loading); benches/results/reader.md has both.

#![allow(clippy::print_stdout, clippy::unwrap_used)] // the report

mod common;

use common::{corpus, rows, throughput};
use textwash::{CleanOptions, Cleaner, OptionValue};

fn cleaner(on: bool) -> Cleaner {
    let mut options = CleanOptions::new();
    if !on {
        for name in ["backspaces", "bidi", "homoglyphs"] {
            options.set(name, OptionValue::Str("remove")).unwrap();
        }
    }
    Cleaner::new(options)
}

/// The yardstick documents of seed 0 (noisy, with stray bidi controls and foreign letters).
fn yardstick() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/yardstick/seed-0.jsonl");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<String>(l).unwrap())
        .collect()
}

fn main() {
    let cases = [
        ("english, clean, 180-byte rows", rows(&corpus("article_clean.txt"))),
        ("multilingual legit, 180-byte rows", rows(&corpus("legit.txt"))),
        ("english, noisy, 180-byte rows", rows(&corpus("article_noisy.txt"))),
        ("yardstick documents, seed 0", yardstick()),
    ];
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--once") {
        let on = args.get(at + 1).is_none_or(|w| w != "off");
        let which = args.get(at + 2).map_or("legit", String::as_str);
        let times: usize = args.get(at + 3).and_then(|n| n.parse().ok()).unwrap_or(1);
        let c = cleaner(on);
        let texts = &cases.iter().find(|(name, _)| name.contains(which)).unwrap().1;
        let bytes: usize = (0..times)
            .map(|_| texts.iter().map(|t| c.clean(t).len()).sum::<usize>())
            .sum();
        println!("{bytes}");
        return;
    }
    let (on, off) = (cleaner(true), cleaner(false));
    println!("| corpus | MB/s, §6 on (default) | MB/s, §6 off |\n|---|---:|---:|");
    for (name, texts) in &cases {
        let a = throughput(texts, |t| on.clean(t).len());
        let b = throughput(texts, |t| off.clean(t).len());
        println!("| {name} | {a:.0} | {b:.0} |");
    }
}
