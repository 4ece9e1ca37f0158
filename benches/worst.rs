//! Worst-case inputs: one long string of a hostile shape, at 20,000 and 200,000 characters.
//!
//! `cargo bench --bench worst` prints, for each family, MB/s at both sizes and how much longer
//! ten times the input takes. The engine is linear, so the expected growth is about 10× (the
//! target: every family ≥ 5 MB/s at 200k characters, and ≤ 12× the time for 10× the input).
//! The families are the shapes that once took quadratic time (letters of many scripts with no
//! space, a base with thousands of selectors or marks, digits and letters interleaved with
//! intruders) and others of the same kind: one huge token or one huge grapheme cluster, many
//! removals in one token, many replacements, many tokens that consult the whole text.
//!
//! `cargo bench --bench worst -- selector` runs only the families whose name contains "selector".

#![allow(clippy::print_stdout)] // the report

use std::hint::black_box;
use std::time::{Duration, Instant};

use textwash::Cleaner;

/// `unit` repeated until the text has `chars` characters (a whole number of units), after `head`.
fn repeat(head: &str, unit: &str, chars: usize) -> String {
    let per = unit.chars().count().max(1);
    let mut out = String::from(head);
    out.push_str(&unit.repeat(chars.saturating_sub(head.chars().count()) / per));
    out
}

/// The hostile families: a name, and a maker of a text of about `n` characters.
fn families() -> Vec<(&'static str, Box<dyn Fn(usize) -> String>)> {
    vec![
        (
            "letters of 8 scripts, no space",
            Box::new(|n| repeat("", "aбγאع中ꦰౠ", n)),
        ),
        (
            "letters of 16 scripts, no space",
            Box::new(|n| repeat("", "aбγאع中ꦰౠ한ไकᏣⴰქաᚠ", n)),
        ),
        ("a + U+FE0F selectors", Box::new(|n| repeat("a", "\u{FE0F}", n))),
        ("a + combining marks", Box::new(|n| repeat("a", "\u{301}", n))),
        ("a + ZWJ", Box::new(|n| repeat("a", "\u{200D}", n))),
        ("emoji ZWJ chain", Box::new(|n| repeat("👨", "\u{200D}👩", n))),
        ("regional indicators", Box::new(|n| repeat("", "🇫", n))),
        ("1ౠ2 repeated", Box::new(|n| repeat("", "1ౠ2", n))),
        ("abcౠdef repeated", Box::new(|n| repeat("", "abcౠdef", n))),
        ("digit and foreign letter", Box::new(|n| repeat("", "1ꦰ", n))),
        ("styled and plain letters", Box::new(|n| repeat("", "a𝐆", n))),
        ("styled word", Box::new(|n| repeat("", "𝐁", n))),
        ("symbols between letters", Box::new(|n| repeat("", "a©", n))),
        ("emoji between letters", Box::new(|n| repeat("", "a🍌", n))),
        ("joiners between letters", Box::new(|n| repeat("", "a\u{200C}", n))),
        ("keycaps", Box::new(|n| repeat("", "1\u{20E3}", n))),
        ("tag characters", Box::new(|n| repeat("🏴", "\u{E0067}", n))),
        ("foreign marks on digits", Box::new(|n| repeat("", "2\u{1A79}", n))),
        ("Cyrillic word with Latin letters", Box::new(|n| repeat("", "бaвг", n))),
        (
            "words with an intruder, spaced",
            Box::new(|n| repeat("", "seveౠral ", n)),
        ),
        ("emoji between spaces", Box::new(|n| repeat("", "🍌 ", n))),
        ("punctuation and foreign letters", Box::new(|n| repeat("", "(ᬅ)", n))),
        ("Hindi with foreign letters", Box::new(|n| repeat("", "𐬎𐬤में ", n))),
    ]
}

/// Seconds per call of `f` on `text`: the best of three rounds, each at least 100 ms or one call.
fn seconds(text: &str, f: impl Fn(&str) -> usize) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let mut calls = 0u32;
        while calls == 0 || start.elapsed() < Duration::from_millis(100) {
            black_box(f(black_box(text)));
            calls += 1;
        }
        best = best.min(start.elapsed().as_secs_f64() / f64::from(calls));
    }
    best
}

fn main() {
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_default();
    let cleaner = Cleaner::default();
    println!("| input | MB/s at 20k chars | MB/s at 200k chars | time × for 10× input | junk() × |");
    println!("|---|---:|---:|---:|---:|");
    for (name, make) in families().iter().filter(|(name, _)| name.contains(filter.as_str())) {
        let (small, large) = (make(20_000), make(200_000));
        let clean = |t: &str| cleaner.clean(t).len();
        let junk = |t: &str| cleaner.junk(t).len();
        let (t_small, t_large) = (seconds(&small, clean), seconds(&large, clean));
        let (j_small, j_large) = (seconds(&small, junk), seconds(&large, junk));
        let mb = |text: &str, t: f64| text.len() as f64 / t / 1e6;
        println!(
            "| {name} | {:.1} | {:.1} | {:.1} | {:.1} |",
            mb(&small, t_small),
            mb(&large, t_large),
            t_large / t_small,
            j_large / j_small,
        );
    }
}
