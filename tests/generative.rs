//! Generative test: inject junk drawn from the whole of each junk class (POLICY.md §1–2) into
//! legitimate text of many scripts, clean, and measure recall (junk removed) and keep rate
//! (legitimate characters kept). Run `cargo test --test generative -- --nocapture` to see them.
//!
//! The junk pools are built here from Unicode properties and the policy's block list, not from
//! the library's own tables, so the test is an independent oracle.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // test code reports by panicking and printing

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeEmoji, UnicodeGeneralCategory};
use unicode_script::{Script, ScriptExtension, UnicodeScript};

/// `SplitMix64`: a small, seeded generator, so every run draws the same cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn all_chars() -> impl Iterator<Item = char> {
    (0..=0x0010_FFFFu32).filter_map(char::from_u32)
}

fn is_specific(scx: ScriptExtension) -> bool {
    !(scx.is_common() || scx.is_inherited() || scx.is_empty())
}

/// The notation and pictograph blocks of POLICY.md §1, by range (the test's own oracle).
const PICTOGRAPH_BLOCKS: &[(u32, u32)] = &[
    (0x2460, 0x24FF),   // Enclosed Alphanumerics (So part)
    (0x2600, 0x26FF),   // Miscellaneous Symbols
    (0x2700, 0x27BF),   // Dingbats
    (0x2800, 0x28FF),   // Braille Patterns
    (0x4DC0, 0x4DFF),   // Yijing Hexagram Symbols
    (0x10190, 0x101CF), // Ancient Symbols
    (0x101D0, 0x101FF), // Phaistos Disc
    (0x1CF00, 0x1CFCF), // Znamenny Musical Notation
    (0x1D000, 0x1D0FF), // Byzantine Musical Symbols
    (0x1D100, 0x1D1FF), // Musical Symbols
    (0x1D200, 0x1D24F), // Ancient Greek Musical Notation
    (0x1D300, 0x1D35F), // Tai Xuan Jing Symbols
    (0x1D800, 0x1DAAF), // Sutton SignWriting
    (0x1F000, 0x1FBFF), // Mahjong Tiles .. Symbols for Legacy Computing
];

struct Pools {
    emoji: Vec<String>,
    pictographs: Vec<char>,
    invisible: Vec<char>,
    styled: Vec<char>,
    typography: Vec<char>,
    /// Letters, marks, digits and punctuation of a specific script, by script.
    by_script: HashMap<Script, Vec<char>>,
}

impl Pools {
    fn build() -> Self {
        let mut emoji: Vec<String> = Vec::new();
        for e in emojis::iter() {
            emoji.push(e.as_str().to_owned());
            if let Some(tones) = e.skin_tones() {
                emoji.extend(tones.map(|t| t.as_str().to_owned()));
            }
        }
        let in_blocks = |c: char| {
            PICTOGRAPH_BLOCKS
                .iter()
                .any(|&(lo, hi)| (lo..=hi).contains(&u32::from(c)))
        };
        let pictographs = all_chars()
            .filter(|&c| in_blocks(c) && c.general_category() == GeneralCategory::OtherSymbol)
            .filter(|&c| !c.is_emoji_char()) // emoji are their own class, drawn as sequences
            .collect();
        let mut invisible: Vec<char> =
            "\u{200B}\u{FEFF}\u{2060}\u{00AD}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"
                .chars()
                .collect();
        invisible.extend(all_chars().filter(|&c| {
            let cat = c.general_category();
            // BACKSPACE is no invisible junk but a deletion (POLICY.md R20): it takes the
            // character before it with it. The bidi controls above, injected one at a time, are
            // stray ones (R21), which are invisible junk.
            let control = cat == GeneralCategory::Control && !c.is_whitespace() && c != '\u{8}';
            let private = cat == GeneralCategory::PrivateUse && u32::from(c) % 97 == 0;
            let unassigned = cat == GeneralCategory::Unassigned && u32::from(c) % 1009 == 0;
            control || private || unassigned
        }));
        let styled = all_chars()
            .filter(|&c| (0x1D400..=0x1D7FF).contains(&u32::from(c)))
            .filter(|&c| c.general_category_group() == GeneralCategoryGroup::Letter)
            .collect();
        let typography = all_chars()
            .filter(|&c| !c.is_ascii() && c.general_category_group() == GeneralCategoryGroup::Symbol)
            .filter(|&c| !in_blocks(c) && !c.is_emoji_char() && c.script_extension().is_common())
            .filter(|&c| !(0x1D400..=0x1D7FF).contains(&u32::from(c)))
            .filter(|&c| c.nfc().eq(std::iter::once(c)))
            .collect();
        let mut by_script: HashMap<Script, Vec<char>> = HashMap::new();
        for c in all_chars() {
            let group = c.general_category_group();
            let wanted = matches!(
                group,
                GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number | GeneralCategoryGroup::Punctuation
            ) || c.general_category() == GeneralCategory::NonspacingMark;
            // Only characters of exactly one script, stable under NFC, and not styled.
            let scx = c.script_extension();
            let single = is_specific(scx) && scx.len() == 1 && is_specific(c.script().into());
            if wanted && single && c.nfc().eq(std::iter::once(c)) && c.nfkc().count() == 1 {
                by_script.entry(c.script()).or_default().push(c);
            }
        }
        Pools {
            emoji,
            pictographs,
            invisible,
            styled,
            typography,
            by_script,
        }
    }
}

/// A place to glue junk: a byte offset inside or at the edge of a word of one script.
struct Word {
    start: usize,
    end: usize,
    script: Script,
}

fn letters(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().filter(|c| c.is_alphabetic())
}

/// Words of at least three letters, all of one script, with no digits.
fn words(line: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut offset = 0;
    for token in line.split(' ') {
        let core = token.trim_matches(|c: char| !c.is_alphanumeric());
        let start = offset + token.find(core).unwrap_or(0);
        offset += token.len() + 1;
        if core.is_empty()
            || core
                .chars()
                .any(|c| !c.is_alphabetic() && c.general_category_group() != GeneralCategoryGroup::Mark)
        {
            continue;
        }
        let scripts: Vec<Script> = letters(core).map(|c| c.script()).collect();
        if scripts.len() < 3 || scripts.iter().any(|&s| s != scripts[0]) || !is_specific(scripts[0].into()) {
            continue;
        }
        out.push(Word {
            start,
            end: start + core.len(),
            script: scripts[0],
        });
    }
    out
}

/// Scripts that legitimately share a word with `host` (POLICY.md §3), or that would make a unit.
fn mixes_with(host: Script, other: Script) -> bool {
    use Script::{Bopomofo, Greek, Han, Hangul, Hiragana, Katakana, Khmer, Lao, Latin, Myanmar, Thai};
    let east = |s| {
        matches!(
            s,
            Han | Hiragana | Katakana | Hangul | Bopomofo | Thai | Lao | Khmer | Myanmar
        )
    };
    let cjk = |s| matches!(s, Han | Hiragana | Katakana | Hangul | Bopomofo);
    (host == Latin && (east(other) || other == Greek)) || (other == Latin && east(host)) || (cjk(host) && cjk(other))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Class {
    Emoji,
    Pictograph,
    Invisible,
    Styled,
    Intruder,
    SymbolInWord,
    Standalone,
}

/// Draws one piece of junk of `class` and where to glue it into `word`.
fn inject(
    class: Class,
    line: &str,
    word: &Word,
    in_line: &[Script],
    pools: &Pools,
    scripts: &[Script],
    rng: &mut Rng,
) -> Option<(String, usize)> {
    let word_text = &line[word.start..word.end];
    // Character boundaries of the word, edges included, never before a combining mark.
    let boundaries: Vec<usize> = word_text
        .char_indices()
        .map(|(i, _)| word.start + i)
        .chain(std::iter::once(word.end))
        .filter(|&i| !line[i..].starts_with(|c: char| c.general_category_group() == GeneralCategoryGroup::Mark))
        .collect();
    let at = *rng.pick(&boundaries);
    Some(match class {
        Class::Emoji => (rng.pick(&pools.emoji).clone(), at),
        Class::Pictograph => (rng.pick(&pools.pictographs).to_string(), at),
        Class::Invisible => (rng.pick(&pools.invisible).to_string(), at),
        Class::Styled => (rng.pick(&pools.styled).to_string(), at),
        Class::Standalone => {
            // An emoji or pictograph standing between words: no double space may remain.
            let junk = if rng.below(2) == 0 {
                rng.pick(&pools.emoji).clone()
            } else {
                rng.pick(&pools.pictographs).to_string()
            };
            if line[word.end..].starts_with(|c: char| c.general_category_group() == GeneralCategoryGroup::Mark) {
                return None;
            }
            (format!(" {junk}"), word.end)
        }
        Class::SymbolInWord => {
            // Between two letters, with at least two letters on one side.
            let spots: Vec<usize> = boundaries[1..boundaries.len() - 1]
                .iter()
                .copied()
                .filter(|&i| letters(&line[word.start..i]).count() >= 2 || letters(&line[i..word.end]).count() >= 2)
                .collect();
            if spots.is_empty() {
                return None;
            }
            (rng.pick(&pools.typography).to_string(), *rng.pick(&spots))
        }
        Class::Intruder => {
            let candidates: Vec<Script> = scripts
                .iter()
                .copied()
                .filter(|&s| s != word.script && !in_line.contains(&s))
                .filter(|&s| !mixes_with(word.script, s) && !mixes_with(s, word.script))
                .collect();
            let pool = &pools.by_script[rng.pick(&candidates)];
            let junk: String = (0..=rng.below(2)).map(|_| *rng.pick(pool)).collect();
            (junk, at)
        }
    })
}

#[derive(Default)]
struct Tally {
    injected: usize,
    removed: usize,
    legit: usize,
    legit_lost: usize,
    examples: Vec<String>,
}

/// Characters of `expected` missing from `got` (a multiset difference).
fn lost(expected: &str, got: &str) -> usize {
    let mut counts: HashMap<char, isize> = HashMap::new();
    for c in expected.chars() {
        *counts.entry(c).or_default() += 1;
    }
    for c in got.chars() {
        *counts.entry(c).or_default() -= 1;
    }
    counts.values().filter(|&&n| n > 0).map(|&n| n.unsigned_abs()).sum()
}

#[test]
fn injected_junk_is_removed_and_legit_text_kept() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut lines: Vec<String> = Vec::new();
    for file in ["legit.txt", "article_clean.txt"] {
        let text = fs::read_to_string(root.join(file)).expect("test data");
        lines.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(|l| l.nfc().collect()),
        );
    }
    let pools = Pools::build();
    let scripts: Vec<Script> = {
        let mut s: Vec<Script> = pools.by_script.keys().copied().collect();
        s.sort_by_key(|s| s.full_name());
        s
    };
    let classes = [
        Class::Emoji,
        Class::Pictograph,
        Class::Invisible,
        Class::Styled,
        Class::Intruder,
        Class::SymbolInWord,
        Class::Standalone,
    ];
    let mut rng = Rng(0x7E57_3A5E);
    let mut tallies: HashMap<Class, Tally> = HashMap::new();
    let trials = 20_000;

    for trial in 0..trials {
        let line = &lines[trial % lines.len()];
        let mut words = words(line);
        let in_line: Vec<Script> = line.chars().map(|c| c.script()).collect();
        // One to three pieces of junk, each in a different word.
        let mut injections: Vec<(Class, String, usize)> = Vec::new();
        for _ in 0..=rng.below(3) {
            if words.is_empty() {
                break;
            }
            let word = words.swap_remove(rng.below(words.len()));
            let class = classes[rng.below(classes.len())];
            if let Some((junk, at)) = inject(class, line, &word, &in_line, &pools, &scripts, &mut rng) {
                injections.push((class, junk, at));
            }
        }
        if injections.is_empty() {
            continue;
        }
        let mut noisy = line.clone();
        let mut by_position = injections.clone();
        by_position.sort_by_key(|(_, _, at)| std::cmp::Reverse(*at));
        for (_, junk, at) in &by_position {
            noisy.insert_str(*at, junk);
        }
        let got = textwash::clean(&noisy);
        let legit_lost = lost(line, &got);
        for (i, (class, junk, _)) in injections.iter().enumerate() {
            let t = tallies.entry(*class).or_default();
            t.injected += 1;
            let removed = got.matches(junk.as_str()).count() <= line.matches(junk.as_str()).count();
            t.removed += usize::from(removed);
            if i == 0 {
                t.legit += line.chars().count();
                t.legit_lost += legit_lost;
            }
            if (!removed || legit_lost > 0) && t.examples.len() < 5 {
                t.examples.push(format!("    {junk:?} in {noisy:?}\n      -> {got:?}"));
            }
        }
    }

    let (mut injected, mut removed, mut legit, mut legit_lost) = (0, 0, 0, 0);
    let mut report = String::new();
    let mut sorted: Vec<_> = tallies.iter().collect();
    sorted.sort_by_key(|(c, _)| **c);
    for (class, t) in sorted {
        injected += t.injected;
        removed += t.removed;
        legit += t.legit;
        legit_lost += t.legit_lost;
        let _ = writeln!(
            report,
            "{class:?}: {}/{} removed, {} legit characters lost of {}\n{}",
            t.removed,
            t.injected,
            t.legit_lost,
            t.legit,
            t.examples.join("\n")
        );
    }
    #[allow(clippy::cast_precision_loss)]
    let recall = removed as f64 / injected as f64;
    #[allow(clippy::cast_precision_loss)]
    let kept = 1.0 - legit_lost as f64 / legit as f64;
    println!("{report}recall {:.4}%  legit kept {:.5}%", recall * 100.0, kept * 100.0);
    assert!(injected > trials, "only {injected} pieces of junk were injected");
    assert!(recall >= 0.998, "recall {recall:.5} < 0.998\n{report}");
    assert!(kept >= 0.999_95, "legit kept {kept:.6} < 0.99995\n{report}");
}
