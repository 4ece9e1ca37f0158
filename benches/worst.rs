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
//!
//! `worst --count clean|junk NAME CHARS` makes the text of one family and runs one call on it,
//! once, untimed: `scripts/check_linear.py` counts its instructions under callgrind at both sizes,
//! which says the same as the timing without its noise, on any machine (CI runs it).

#![allow(clippy::print_stdout, clippy::print_stderr)] // the report, and a counting run's error

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

/// The hostile families: a name, a head, and the unit repeated after it.
const FAMILIES: &[(&str, &str, &str)] = &[
    ("letters of 8 scripts, no space", "", "aбγאع中ꦰౠ"),
    ("letters of 16 scripts, no space", "", "aбγאع中ꦰౠ한ไकᏣⴰქաᚠ"),
    ("a + U+FE0F selectors", "a", "\u{FE0F}"),
    ("a + combining marks", "a", "\u{301}"),
    ("a + ZWJ", "a", "\u{200D}"),
    ("emoji ZWJ chain", "👨", "\u{200D}👩"),
    ("regional indicators", "", "🇫"),
    ("1ౠ2 repeated", "", "1ౠ2"),
    ("abcౠdef repeated", "", "abcౠdef"),
    ("digit and foreign letter", "", "1ꦰ"),
    ("styled and plain letters", "", "a𝐆"),
    ("styled word", "", "𝐁"),
    ("symbols between letters", "", "a©"),
    ("emoji between letters", "", "a🍌"),
    ("joiners between letters", "", "a\u{200C}"),
    ("keycaps", "", "1\u{20E3}"),
    ("tag characters", "🏴", "\u{E0067}"),
    ("foreign marks on digits", "", "2\u{1A79}"),
    ("Cyrillic word with Latin letters", "", "бaвг"),
    ("words with an intruder, spaced", "", "seveౠral "),
    ("emoji between spaces", "", "🍌 "),
    ("punctuation and foreign letters", "", "(ᬅ)"),
    ("Hindi with foreign letters", "", "𐬎𐬤में "),
    ("Latin sub-words beside another script", "ж", "ab-"),
    ("styled letters in sub-words", "", "𝑥+"),
    ("invisible and joiner", "", "\u{200B}\u{200D}"),
    // What the reader sees (POLICY.md §6).
    ("backspaces after letters", "", "ab\u{8}"),
    ("backspace runs", "", "abc\u{8}\u{8}\u{8}\u{8}"),
    ("nested isolates, one paragraph", "", "\u{2067}\u{2066}ab"),
    (
        "swapped pairs, one paragraph",
        "",
        "\u{202D}\u{2066}\u{202E}\u{2066}b\u{2069}\u{2066}a\u{2069}\u{202C}\u{2069}\u{202C}",
    ),
    ("overrides over Hebrew and digits", "", "\u{202E}אב12\u{202C}"),
    (
        "embeddings, then isolates closing nothing",
        "\u{202A}",
        "\u{202A}\u{2069}",
    ),
    ("look-alikes in one long word", "", "pаy"),
    ("look-alike words in Latin text", "", "ѕсоре of the "),
    // Spans of plain tokens fused up to a token that is not plain, again and again.
    ("accented words between junk", "", "kůň dis🍌 "),
];

/// Seconds per call of `f` on `small` and on `large`: the fastest single call of each, over ten
/// rounds that take turns between the two, each round at least 100 ms or one call. A burst of
/// other work on a shared VM slows some calls; taking turns lets it touch both sizes alike, and
/// the fastest call is the one it touched least.
fn seconds(small: &str, large: &str, f: impl Fn(&str) -> usize) -> (f64, f64) {
    let mut best = [f64::MAX; 2];
    for _ in 0..10 {
        for (text, best) in [small, large].into_iter().zip(best.iter_mut()) {
            let round = Instant::now();
            let mut calls = 0;
            while calls == 0 || round.elapsed() < Duration::from_millis(100) {
                let start = Instant::now();
                black_box(f(black_box(text)));
                *best = best.min(start.elapsed().as_secs_f64());
                calls += 1;
            }
        }
    }
    (best[0], best[1])
}

/// The allocator of the Python extension (see `src/python/mod.rs`), so that this bench times
/// what Python runs; built with the `python` feature, the library sets it itself.
#[cfg(not(feature = "python"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `--count OP NAME CHARS`: one call of `OP` on family `NAME` at `CHARS` characters, and
/// `--list`: the families' names, one a line; for `scripts/check_linear.py`. Anything else is not
/// a counting run (`None`).
fn count(args: &[String]) -> Option<Result<(), String>> {
    match args.first().map(String::as_str) {
        Some("--list") => {
            for (name, _, _) in FAMILIES {
                println!("{name}");
            }
            Some(Ok(()))
        }
        Some("--count") => Some(count_one(&args[1..])),
        _ => None,
    }
}

fn count_one(args: &[String]) -> Result<(), String> {
    let [op, name, chars] = args else {
        return Err("usage: worst --count clean|junk NAME CHARS".into());
    };
    let &(_, head, unit) = FAMILIES
        .iter()
        .find(|(n, _, _)| n == name)
        .ok_or_else(|| format!("no family named {name:?}"))?;
    let chars: usize = chars.parse().map_err(|e| format!("CHARS {chars:?}: {e}"))?;
    let text = repeat(head, unit, chars);
    let cleaner = Cleaner::default();
    let out = match op.as_str() {
        "clean" => cleaner.clean(black_box(&text)).len(),
        "junk" => cleaner.junk(black_box(&text)).len(),
        _ => return Err(format!("OP {op:?}: clean or junk")),
    };
    println!("{out}");
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(done) = count(&args) {
        if let Err(message) = done {
            eprintln!("{message}");
            std::process::exit(2);
        }
        return;
    }
    let filter = args.into_iter().find(|a| !a.starts_with('-')).unwrap_or_default();
    let cleaner = Cleaner::default();
    println!("| input | MB/s at 20k chars | MB/s at 200k chars | time × for 10× input | junk() × |");
    println!("|---|---:|---:|---:|---:|");
    for &(name, head, unit) in FAMILIES.iter().filter(|(name, _, _)| name.contains(filter.as_str())) {
        let (small, large) = (repeat(head, unit, 20_000), repeat(head, unit, 200_000));
        let clean = |t: &str| cleaner.clean(t).len();
        let junk = |t: &str| cleaner.junk(t).len();
        let (t_small, t_large) = seconds(&small, &large, clean);
        let (j_small, j_large) = seconds(&small, &large, junk);
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
