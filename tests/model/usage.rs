//! R16: which scripts "the text writes words in". A word is a sub-word (the text split at
//! whitespace, then at neutral punctuation and symbols) where a script has two letters or
//! more and no script has more. Characters that are junk on their own (§1: emoji, pictographs,
//! invisible characters, the parts of emoji sequences) neither split a word nor count
//! (`dis🍌tricts` is one word), so that a text is judged as it reads once that junk is gone;
//! whether an option keeps them does not change what the text writes.
//!
//! The text's letters are counted a character at a time (`กำ` is two Thai letters); the
//! sub-word being judged counts its units (words.rs), a cluster being what a rule removes. What
//! the text writes "elsewhere" leaves out what the sub-word itself added to the text's counts,
//! counted as the text counts (see [`letters_as_in_text`]): a cluster of two leading jamo is one
//! unit, but two Hangul letters of the text, and a word of it.

use unicode_script::Script;

use super::chars;
use super::token::Unit;

/// Letters of each script in a sub-word (or any row of units): ordinary letters of a specific
/// script, one per unit.
pub fn letter_counts<'a>(units: impl IntoIterator<Item = &'a Unit>) -> Vec<(Script, usize)> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for u in units {
        let Some(s) = u.counted_script() else { continue };
        match counts.iter_mut().find(|(t, _)| *t == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    counts
}

/// Letters of each script in these units (a sub-word's), one per character, as the text's
/// letters are counted ([`Usage::of`]): what the sub-word added to them.
pub fn letters_as_in_text<'a>(units: impl IntoIterator<Item = &'a Unit>) -> Vec<(Script, usize)> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for u in units {
        for &c in &u.chars {
            if chars::is_letter(c)
                && !chars::is_styled(c)
                && let Some(s) = chars::script(c)
            {
                add(&mut counts, s, 1);
            }
        }
    }
    counts
}

pub fn count_of(counts: &[(Script, usize)], script: Script) -> usize {
    counts.iter().find(|(s, _)| *s == script).map_or(0, |&(_, n)| n)
}

/// R16: a sub-word with these counts is a word in `script`: two letters or more, none more.
pub fn is_word_in(counts: &[(Script, usize)], script: Script) -> bool {
    let most = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
    let n = count_of(counts, script);
    n >= 2 && n == most
}

/// How the whole text uses scripts.
pub struct Usage {
    /// Letters per script in the whole text.
    pub letters: Vec<(Script, usize)>,
    /// Words per script in the whole text.
    pub words: Vec<(Script, usize)>,
}

impl Usage {
    pub fn of(text: &[char]) -> Usage {
        let mut usage = Usage {
            letters: Vec::new(),
            words: Vec::new(),
        };
        for (start, end) in tokens(text) {
            let mut word: Vec<char> = Vec::new();
            for &c in &text[start..end] {
                if splits_words(c) {
                    usage.add_word(&word);
                    word.clear();
                } else {
                    word.push(c);
                }
            }
            usage.add_word(&word);
        }
        usage
    }

    fn add_word(&mut self, word: &[char]) {
        let mut counts: Vec<(Script, usize)> = Vec::new();
        for &c in word {
            if chars::is_letter(c)
                && !chars::is_styled(c)
                && let Some(s) = chars::script(c)
            {
                add(&mut counts, s, 1);
            }
        }
        for &(s, n) in &counts {
            add(&mut self.letters, s, n);
            if is_word_in(&counts, s) {
                add(&mut self.words, s, 1);
            }
        }
    }

    /// Whether the text writes words in one of `scripts` other than the sub-word `here` (whose
    /// letter counts these are, counted as the text's: [`letters_as_in_text`]).
    pub fn writes_elsewhere(&self, scripts: &[Script], here: &[(Script, usize)]) -> bool {
        scripts.iter().any(|&s| {
            let own = usize::from(is_word_in(here, s));
            count_of(&self.words, s) > own
        })
    }
}

fn add(counts: &mut Vec<(Script, usize)>, s: Script, n: usize) {
    match counts.iter_mut().find(|(t, _)| *t == s) {
        Some((_, m)) => *m += n,
        None => counts.push((s, n)),
    }
}

/// R16: neutral punctuation and symbols split words, unless they are junk on their own.
fn splits_words(c: char) -> bool {
    use unicode_properties::GeneralCategoryGroup as G;
    let junk = chars::is_invisible(c)
        || chars::is_pictographic(c)
        || chars::is_emoji_presentation(c)
        || chars::is_emoji_part(c)
        || chars::is_variation_selector(c);
    matches!(chars::group(c), G::Punctuation | G::Symbol) && !junk && chars::scripts(c).is_empty()
}

/// The tokens of the text: (start, end) of each maximal run of non-whitespace characters.
pub fn tokens(text: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if super::chars::is_space(text[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < text.len() && !super::chars::is_space(text[i]) {
            i += 1;
        }
        out.push((start, i));
    }
    out
}
