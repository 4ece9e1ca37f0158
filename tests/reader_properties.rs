//! Property tests of POLICY.md §6 (what the reader sees) against the public API: cleaning text
//! perturbed in the four ways of §6 is idempotent; restoring bidi keeps what the reader sees;
//! restoring look-alikes changes nothing in text with no disguise.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // test code reports by panicking and printing

mod common;

use common::reader::{CYRILLIC, DISGUISED, GREEK, LATIN, OPENERS, perturbed_text, swapped_pair};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use textwash::{CleanOptions, Cleaner, OptionValue};
use unicode_bidi::{BidiClass, BidiInfo, bidi_class};
use unicode_script::{Script, UnicodeScript};

fn cleaner(options: &[(&str, &str)]) -> Cleaner {
    let mut opts = CleanOptions::new();
    for &(name, value) in options {
        opts.set(name, OptionValue::Str(value)).expect("valid option");
    }
    Cleaner::new(opts)
}

/// The nine controls of R21.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// What the reader sees: each paragraph's characters in the order UAX #9 shows them (its
/// direction from its first strong character, the whole paragraph one line), without the nine
/// controls, paragraphs in order.
fn display(text: &str) -> Vec<Vec<char>> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .split(|&c| bidi_class(c) == BidiClass::B)
        .map(|paragraph| {
            let p: String = paragraph.iter().collect();
            let info = BidiInfo::new(&p, None);
            let Some(para) = info.paragraphs.first() else {
                return Vec::new();
            };
            let levels = info.reordered_levels_per_char(para, para.range.clone());
            BidiInfo::reorder_visual(&levels)
                .into_iter()
                .map(|i| paragraph[i])
                .filter(|&c| !is_bidi_control(c))
                .collect()
        })
        .collect()
}

/// Words of one direction: Latin, Cyrillic and Greek ones that are no disguise (every Cyrillic
/// and Greek word has a letter with no Latin look-alike, so that nothing else of the policy
/// changes them), or Hebrew ones; numbers in both.
const LEFT_TO_RIGHT: &[&[&str]] = &[LATIN, CYRILLIC, GREEK, NUMBERS];
const RIGHT_TO_LEFT: &[&[&str]] = &[HEBREW, HEBREW, NUMBERS];
const HEBREW: &[&str] = &["שלום", "עולם", "ספר", "ילדים", "תודה"];
const NUMBERS: &[&str] = &["123", "2024", "4.5"];

/// Properly nested, closed bidi controls over whole words (and runs of whole words), and the
/// paper's swapped pair inside words, in text of one direction: the families where R21 promises
/// that the cleaned text shows what the original showed (reordering whole words keeps each
/// word in one script). Paragraphs that mix right-to-left and left-to-right letters are left
/// out: once the controls are gone their direction (from the first strong letter) or the
/// levels of their spaces change, no order without controls shows what they showed, and R21
/// keeps their stored order.
fn reordered_text(pools: &'static [&'static [&'static str]]) -> impl Strategy<Value = String> {
    let word = select(pools).prop_flat_map(select);
    let words = proptest::collection::vec((word, prop_oneof![4 => Just(' '), 1 => Just('\n')]), 1..7);
    // A wrap: the words from `a` to `b`, inside the opener `k` and its closer.
    let wraps = proptest::collection::vec((any::<Index>(), any::<Index>(), 0..OPENERS.len()), 0..5);
    let swaps = proptest::collection::vec((any::<Index>(), any::<Index>()), 0..3);
    (words, wraps, swaps).prop_map(|(words, wraps, swaps)| {
        let n = words.len();
        // Words in one paragraph only: a wrap does not span a line break.
        let mut before: Vec<String> = vec![String::new(); n];
        let mut after: Vec<String> = vec![String::new(); n];
        // Spans that nest or stand apart (never cross), the longest first so that each is
        // opened inside those around it and closed before them.
        let mut spans: Vec<(usize, usize, usize)> = Vec::new();
        for (a, b, k) in wraps {
            let (x, y) = (a.index(n).min(b.index(n)), a.index(n).max(b.index(n)));
            let crosses = spans
                .iter()
                .any(|&(u, v, _)| (u < x && x <= v && v < y) || (x < u && u <= y && y < v));
            if !crosses && !words[x..y].iter().any(|&(_, sep)| sep == '\n') {
                spans.push((x, y, k));
            }
        }
        spans.sort_by_key(|&(x, y, _)| std::cmp::Reverse(y - x));
        for (x, y, k) in spans {
            let (open, close) = OPENERS[k];
            before[x].push(open);
            after[y].insert(0, close);
        }
        let mut word_chars: Vec<Vec<char>> = words.iter().map(|(w, _)| w.chars().collect()).collect();
        for (w, at) in swaps {
            let chars = &mut word_chars[w.index(n)];
            // Two letters side by side (not controls of an earlier pair: that would leave some
            // controls unclosed, strays that reorder nothing while UAX #9 would apply them).
            let pairs: Vec<usize> = (1..chars.len())
                .filter(|&k| !is_bidi_control(chars[k - 1]) && !is_bidi_control(chars[k]))
                .collect();
            if !pairs.is_empty() {
                let k = pairs[at.index(pairs.len())];
                let (a, b) = (chars[k - 1], chars[k]);
                chars.splice(k - 1..=k, swapped_pair(a, b).chars());
            }
        }
        let mut text = String::new();
        for (i, (_, sep)) in words.iter().enumerate() {
            text.push_str(&before[i]);
            text.extend(&word_chars[i]);
            text.push_str(&after[i]);
            if i + 1 < n {
                text.push(*sep);
            }
        }
        text
    })
}

/// Letters per script of a text (specific scripts only).
fn letters_per_script(text: &str) -> Vec<(Script, usize)> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let s = c.script();
        if matches!(s, Script::Common | Script::Inherited | Script::Unknown) {
            continue;
        }
        match counts.iter_mut().find(|(t, _)| *t == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    counts
}

/// The script with strictly the most letters, if one has.
fn main_script(text: &str) -> Option<Script> {
    let counts = letters_per_script(text);
    let most = counts.iter().map(|&(_, n)| n).max()?;
    let mut with_most = counts.iter().filter(|&&(_, n)| n == most);
    let first = with_most.next()?;
    with_most.next().is_none().then_some(first.0)
}

/// Words each of a single script (Latin, Cyrillic, Greek, and others), including whole words
/// of look-alikes only when their script is the text's main one.
fn undisguised_text() -> impl Strategy<Value = String> {
    const OTHER: &[&str] = &["שלום", "مرحبا", "東京", "123", "Երևան", "ᏣᎳᎩ", "α-helix", "β-blockers"];
    const POOLS: &[&[&str]] = &[LATIN, LATIN, CYRILLIC, GREEK, DISGUISED, OTHER];
    let word = select(POOLS).prop_flat_map(select);
    let sep = prop_oneof![6 => Just(" "), 1 => Just("\n"), 1 => Just(", "), 1 => Just(". ")];
    proptest::collection::vec((word, sep), 1..9)
        .prop_map(|v| v.into_iter().flat_map(|(w, s)| [w, s]).collect::<String>())
        .prop_filter("a disguised word outside the main script", |text| {
            let main = main_script(text);
            text.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                .filter(|w| DISGUISED.contains(w))
                .all(|w| w.chars().next().map(|c| c.script()) == main)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// (a) R14 with §6: cleaning text with backspaces, bidi controls, look-alikes and joiners
    /// twice gives what cleaning it once gives.
    #[test]
    fn cleaning_perturbed_text_is_idempotent(text in perturbed_text()) {
        let once = textwash::clean(&text).into_owned();
        let twice = textwash::clean(&once).into_owned();
        prop_assert_eq!(twice, once, "input {:?}", text);
    }

    #[test]
    fn every_switch_of_section_6_keeps_idempotence(text in perturbed_text()) {
        for options in [
            [("backspaces", "remove"), ("bidi", "remove"), ("homoglyphs", "remove")],
            [("backspaces", "keep"), ("bidi", "keep"), ("homoglyphs", "restore")],
        ] {
            let c = cleaner(&options);
            let once = c.clean(&text).into_owned();
            prop_assert_eq!(c.clean(&once).into_owned(), once, "input {:?}, options {:?}", text, options);
        }
    }

    /// (b) R21: the cleaned text shows what the original showed, paragraph by paragraph, when
    /// its bidi controls are closed pairs around whole words or the paper's swapped pairs.
    #[test]
    fn restored_bidi_shows_what_the_original_showed(
        text in prop_oneof![3 => reordered_text(LEFT_TO_RIGHT), 1 => reordered_text(RIGHT_TO_LEFT)],
    ) {
        let cleaned = textwash::clean(&text).into_owned();
        prop_assert_eq!(display(&cleaned), display(&text), "input {:?}, cleaned {:?}", text, cleaned);
        prop_assert!(!cleaned.chars().any(is_bidi_control));
    }

    /// (c) R22: look-alikes are mapped only in disguises: text whose words are each of one
    /// script, with no whole word of look-alikes outside its main script, comes back the same
    /// with `homoglyphs="restore"` as with `"remove"`.
    #[test]
    fn no_disguise_nothing_mapped(text in undisguised_text()) {
        let restore = textwash::clean(&text).into_owned();
        let remove = cleaner(&[("homoglyphs", "remove")]).clean(&text).into_owned();
        prop_assert_eq!(restore, remove, "input {:?}", text);
    }
}

/// The examples the properties rest on.
#[test]
fn display_of_the_papers_swapped_pair() {
    assert_eq!(display(&swapped_pair('a', 'b')), [vec!['a', 'b']]);
    assert_eq!(textwash::clean(&swapped_pair('a', 'b')), "ab");
    assert_eq!(display("a\u{202E}bc\u{202C}\nd"), [vec!['a', 'c', 'b'], vec!['d']]);
}
