//! Text perturbed the four ways of POLICY.md §6 (joiners, look-alike letters, bidi reordering,
//! backspaces), for the differential and property tests: words of Latin, Cyrillic and Greek
//! (and some of other scripts), then a few perturbations applied to the characters.

use proptest::prelude::*;
use proptest::sample::{Index, select};

pub const BS: char = '\u{8}';
pub const DEL: char = '\u{7F}';
pub const LRE: char = '\u{202A}';
pub const RLE: char = '\u{202B}';
pub const PDF: char = '\u{202C}';
pub const LRO: char = '\u{202D}';
pub const RLO: char = '\u{202E}';
pub const LRI: char = '\u{2066}';
pub const RLI: char = '\u{2067}';
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// The openers of R21, each with its closer.
pub const OPENERS: &[(char, char)] = &[
    (LRE, PDF),
    (RLE, PDF),
    (LRO, PDF),
    (RLO, PDF),
    (LRI, PDI),
    (RLI, PDI),
    (FSI, PDI),
];

/// The paper's encoding of the pair `(a, b)`: `b` is stored first, and `a b` is shown.
pub fn swapped_pair(a: char, b: char) -> String {
    format!("{LRO}{LRI}{RLO}{LRI}{b}{PDI}{LRI}{a}{PDI}{PDF}{PDI}{PDF}")
}

/// Latin words, and Latin words that are brand names in other text.
pub const LATIN: &[&str] = &[
    "paypal",
    "google",
    "scope",
    "example",
    "the",
    "work",
    "hello",
    "world",
    "support",
    "Apple",
    "iPhone",
    "OK",
    "Coca-Cola",
    "APP",
    "open",
    "districts",
    "amazon",
    "cat",
];
/// Cyrillic words with a letter that looks like no Latin letter.
pub const CYRILLIC: &[&str] = &["Яндекс", "вчера", "привет", "купил", "жук", "дом", "Путин", "сказал"];
/// Greek words with a letter that looks like no Latin letter.
pub const GREEK: &[&str] = &["λόγος", "Αθήνα", "θέμα", "ψυχή", "ανακοίνωσαν", "Δήμος"];
/// Words every letter of which has a Latin look-alike (UTS #39).
pub const DISGUISED: &[&str] = &["ѕсоре", "сор", "АРР", "рар", "Москва", "το", "και", "ΤΟΡ", "ехр"];
/// Words of other scripts, numbers and symbols.
pub const OTHER: &[&str] = &[
    "שלום",
    "مرحبا",
    "東京",
    "123",
    "5μm",
    "μmol",
    "α-helix",
    "ΔG",
    "Երևան",
    "ᏣᎳᎩ",
];

/// Look-alike pairs of Latin and Cyrillic or Greek letters.
pub const LOOKALIKES: &[(char, char)] = &[
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
    ('s', 'ѕ'),
    ('i', 'і'),
    ('j', 'ј'),
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('o', 'ο'),
    ('i', 'ι'),
    ('v', 'ν'),
    ('u', 'υ'),
    ('A', 'Α'),
    ('B', 'Β'),
    ('E', 'Ε'),
    ('H', 'Η'),
    ('I', 'Ι'),
    ('K', 'Κ'),
    ('N', 'Ν'),
    ('O', 'Ο'),
    ('P', 'Ρ'),
    ('T', 'Τ'),
    ('Z', 'Ζ'),
];

/// One perturbation of a text.
#[derive(Clone, Debug)]
pub enum Perturbation {
    /// The letter at (or after) a position that has a look-alike becomes it, either way
    /// (Cyrillic or Greek into a Latin word, Latin into a Cyrillic or Greek one); `which`
    /// picks among several.
    LookAlike(Index, Index),
    /// A character typed, then erased by a backspace, at a position.
    Erased(Index, char),
    /// A run of backspaces at a position (at a line start too).
    Backspaces(Index, usize),
    /// A line break, then backspaces.
    LineStart(Index, usize),
    Del(Index),
    /// A joiner or zero-width space between two characters.
    Joiner(Index, char),
    /// The characters between two positions inside an opener (of `OPENERS`) and, if `closed`,
    /// its closer.
    Wrap(Index, Index, usize, bool),
    /// Two adjacent characters written as the paper's swapped pair.
    Swap(Index),
}

pub fn perturbation() -> impl Strategy<Value = Perturbation> {
    use Perturbation as P;
    prop_oneof![
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| P::LookAlike(a, b)),
        2 => (any::<Index>(), select(&['x', 'é', ' ', '.', 'ж', '\u{301}', '🍌', DEL][..])).prop_map(|(a, c)| P::Erased(a, c)),
        1 => (any::<Index>(), 1..5usize).prop_map(|(a, n)| P::Backspaces(a, n)),
        1 => (any::<Index>(), 1..3usize).prop_map(|(a, n)| P::LineStart(a, n)),
        1 => any::<Index>().prop_map(P::Del),
        1 => (any::<Index>(), select(&['\u{200D}', '\u{200C}', '\u{200B}'][..])).prop_map(|(a, c)| P::Joiner(a, c)),
        3 => (any::<Index>(), any::<Index>(), 0..OPENERS.len(), prop::bool::weighted(0.8))
            .prop_map(|(a, b, k, closed)| P::Wrap(a, b, k, closed)),
        2 => any::<Index>().prop_map(P::Swap),
    ]
}

/// The look-alike of `c`, either way, if it has one in `LOOKALIKES`.
pub fn lookalike_of(c: char, which: Index) -> Option<char> {
    let found: Vec<char> = LOOKALIKES
        .iter()
        .filter_map(|&(l, o)| {
            if c == l {
                Some(o)
            } else if c == o {
                Some(l)
            } else {
                None
            }
        })
        .collect();
    (!found.is_empty()).then(|| found[which.index(found.len())])
}

/// Applies a perturbation to the characters of a text.
pub fn perturb(text: &mut Vec<char>, p: &Perturbation) {
    use Perturbation as P;
    let at = |i: &Index, text: &Vec<char>| i.index(text.len() + 1);
    match p {
        P::LookAlike(i, which) => {
            if text.is_empty() {
                return;
            }
            let start = i.index(text.len());
            let found = (0..text.len())
                .map(|k| (start + k) % text.len())
                .find_map(|k| lookalike_of(text[k], *which).map(|y| (k, y)));
            if let Some((k, y)) = found {
                text[k] = y;
            }
        }
        P::Erased(i, c) => {
            let k = at(i, text);
            text.splice(k..k, [*c, BS]);
        }
        P::Backspaces(i, n) => {
            let k = at(i, text);
            text.splice(k..k, std::iter::repeat_n(BS, *n));
        }
        P::LineStart(i, n) => {
            let k = at(i, text);
            text.splice(k..k, std::iter::once('\n').chain(std::iter::repeat_n(BS, *n)));
        }
        P::Del(i) => {
            let k = at(i, text);
            text.insert(k, DEL);
        }
        P::Joiner(i, c) => {
            let k = at(i, text);
            text.insert(k, *c);
        }
        P::Wrap(from, to, kind, closed) => {
            let (first, second) = (at(from, text), at(to, text));
            let (start, end) = (first.min(second), first.max(second));
            let (open, close) = OPENERS[*kind];
            if *closed {
                text.insert(end, close);
            }
            text.insert(start, open);
        }
        P::Swap(i) => {
            if text.len() < 2 {
                return;
            }
            let k = i.index(text.len() - 1);
            let pair: Vec<char> = swapped_pair(text[k], text[k + 1]).chars().collect();
            text.splice(k..k + 2, pair);
        }
    }
}

/// Words from `pools`, between spaces, line breaks and punctuation.
pub fn words_from(pools: &'static [&'static [&'static str]]) -> impl Strategy<Value = String> {
    let word = select(pools).prop_flat_map(select);
    let sep = prop_oneof![6 => Just(" "), 1 => Just("\n"), 1 => Just(", "), 1 => Just(". ")];
    proptest::collection::vec((word, sep), 1..8).prop_map(|v| {
        let text: String = v.into_iter().flat_map(|(w, s)| [w, s]).collect();
        text.trim_end().to_owned()
    })
}

/// Every word pool.
pub const ALL: &[&[&str]] = &[LATIN, LATIN, LATIN, CYRILLIC, GREEK, DISGUISED, OTHER];

/// Words of every pool, then up to six perturbations of every class.
pub fn perturbed_text() -> impl Strategy<Value = String> {
    (words_from(ALL), proptest::collection::vec(perturbation(), 0..7)).prop_map(|(text, ps)| {
        let mut chars: Vec<char> = text.chars().collect();
        for p in &ps {
            perturb(&mut chars, p);
        }
        chars.into_iter().collect()
    })
}
