//! R22: a letter of another script that looks like a letter of the word's own script is written
//! as that letter (UTS #39 confusables), never dropped.

use std::ops::Range;

use super::Edit;
use crate::junk::Reason;
use crate::look::{breaks_words, is_ascii_break};
use crate::unicode::lookalike::{Case, lookalike};
use crate::unicode::{self, GeneralCategoryGroup, Script};

/// A letter of a word: where it is, what it was and is now, and its script.
#[derive(Clone, Copy)]
struct Letter {
    at: usize,
    given: char,
    c: char,
    /// Its script, `None` for Common, Inherited and Unknown (styled letters, `ª`): those count
    /// for no script.
    script: Option<Script>,
}

impl Letter {
    fn becomes(&mut self, c: char) {
        self.c = c;
        self.script = specific(c);
    }
}

fn specific(c: char) -> Option<Script> {
    specific_of(unicode::props(c).script)
}

fn specific_of(script: Script) -> Option<Script> {
    match script {
        Script::Common | Script::Inherited | Script::Unknown => None,
        s => Some(s),
    }
}

/// Whether a letter has a Latin look-alike: `lookalike(c, Script::Latin).is_some()`, from the
/// table of properties rather than the confusables maps.
fn looks_latin(c: char) -> bool {
    unicode::props(c).looks_latin()
}

/// The scripts of a word's letters, letters of no script aside.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scripts {
    /// No letter of a specific script.
    None,
    /// All of one script.
    One(Script),
    /// Two scripts or more.
    Many,
}

fn scripts(word: &[Letter]) -> Scripts {
    let mut found = Scripts::None;
    for s in word.iter().filter_map(|l| l.script) {
        match found {
            Scripts::None => found = Scripts::One(s),
            Scripts::One(t) if t != s => return Scripts::Many,
            _ => {}
        }
    }
    found
}

/// The words of `text` (runs of characters that are neither whitespace nor punctuation) that
/// hold a letter other than ASCII, as ranges of one list of their letters; and the letters of
/// the other words, all ASCII and so Latin, only counted. A word of ASCII letters is of one
/// script and a Latin one: no rule maps anything in it, and only `whole` counts its letters.
fn words(text: &str) -> Text {
    // A letter takes a byte of the text at least, and a word a byte and its break.
    let mut letters = Vec::with_capacity(text.len());
    let mut words = Vec::with_capacity(text.len() / 2 + 1);
    let mut ascii_letters = 0;
    // Where the current word starts in `letters`, and in `text` while it is all ASCII.
    let mut start = 0;
    let mut ascii_since: Option<usize> = Some(0);
    for (i, c) in text.char_indices() {
        if let Ok(b) = u8::try_from(c)
            && b.is_ascii()
        {
            // Most characters of most texts: what the general case below finds, sooner.
            if b.is_ascii_alphabetic() {
                if ascii_since.is_some() {
                    ascii_letters += 1;
                } else {
                    letters.push(Letter {
                        at: i,
                        given: c,
                        c,
                        script: Some(Script::Latin),
                    });
                }
            } else if is_ascii_break(b) {
                if letters.len() > start {
                    words.push(start..letters.len());
                }
                start = letters.len();
                ascii_since = Some(i + 1);
            }
            continue;
        }
        let props = unicode::props(c);
        if breaks_words(c, props) {
            if letters.len() > start {
                words.push(start..letters.len());
            }
            start = letters.len();
            ascii_since = Some(i + c.len_utf8());
        } else if props.group() == GeneralCategoryGroup::Letter {
            if let Some(from) = ascii_since.take() {
                // The word is not all ASCII after all: its ASCII letters so far are listed.
                for (at, b) in text[from..i]
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| b.is_ascii_alphabetic())
                {
                    ascii_letters -= 1;
                    letters.push(Letter {
                        at: from + at,
                        given: char::from(b),
                        c: char::from(b),
                        script: Some(Script::Latin),
                    });
                }
            }
            letters.push(Letter {
                at: i,
                given: c,
                c,
                script: specific_of(props.script),
            });
        }
    }
    if letters.len() > start {
        words.push(start..letters.len());
    }
    Text {
        letters,
        words,
        ascii_letters,
    }
}

/// What [`words`] finds of a text.
struct Text {
    letters: Vec<Letter>,
    words: Vec<Range<usize>>,
    /// The letters of the words left out, all Latin.
    ascii_letters: usize,
}

/// Letters per script among `letters` (specific scripts only).
fn counts<'a>(letters: impl IntoIterator<Item = &'a Letter>) -> Vec<(Script, usize)> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for s in letters.into_iter().filter_map(|l| l.script) {
        match counts.iter_mut().find(|(t, _)| *t == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    counts
}

/// The script of more than half the letters of `word`, when no run of three letters or more
/// of one other script stands in it (R11: such a run is a word of its own).
fn host(word: &[Letter]) -> Option<Script> {
    let host = counts(word)
        .into_iter()
        .find(|&(_, n)| 2 * n > word.len())
        .map(|(s, _)| s)?;
    let longest_other = word
        .chunk_by(|a, b| a.script == b.script)
        .filter(|run| run[0].script.is_some_and(|s| s != host))
        .map(<[Letter]>::len)
        .max()
        .unwrap_or(0);
    (longest_other < 3).then_some(host)
}

/// R22 in a mixed word: the host script takes back the letters that look like its own, but for
/// a capital inside a word that is not all capitals.
fn mixed(word: &mut [Letter]) {
    // A word of one script hosts its own letters, and letters of no script have no look-alike.
    if scripts(word) != Scripts::Many {
        return;
    }
    let Some(host) = host(word) else { return };
    let all_capitals = word.iter().all(|l| Case::of(l.c) != Case::Lower);
    for (i, l) in word.iter_mut().enumerate() {
        if l.script == Some(host) || (Case::of(l.c).is_capital() && i > 0 && !all_capitals) {
            continue;
        }
        if let Some(to) = lookalike(l.c, host) {
            l.becomes(to);
        }
    }
}

/// R22 for whole words, judged after the mixed words: in a text where Latin has more letters
/// than any other script, a word of two letters or more of one other script, each of which has
/// a Latin look-alike, is mapped to Latin, unless the text writes a word of that script (one in
/// which no script has more letters) with a letter that looks like no Latin letter.
fn whole(letters: &mut [Letter], words: &[Range<usize>], ascii_letters: usize) {
    // The words it could map: two letters or more of one script other than Latin.
    let candidate = |word: &[Letter]| {
        word.len() >= 2
            && word[0].script.is_some_and(|s| s != Script::Latin)
            && word.iter().all(|l| l.script == word[0].script)
    };
    if !words.iter().any(|range| candidate(&letters[range.clone()])) {
        return;
    }
    let all = counts(letters.iter());
    let latin = all.iter().find(|(s, _)| *s == Script::Latin).map_or(0, |&(_, n)| n) + ascii_letters;
    if latin == 0 || all.iter().any(|&(s, n)| s != Script::Latin && n >= latin) {
        return;
    }
    let mut written: Vec<Script> = Vec::new();
    // A word writes its script `s` when `s` has the most letters in it, one of them with no
    // Latin look-alike.
    let writes = |word: &[Letter], s: Script| {
        s != Script::Latin && word.iter().any(|l| l.script == Some(s) && !looks_latin(l.c))
    };
    for range in words {
        let word = &letters[range.clone()];
        match scripts(word) {
            Scripts::None => {}
            Scripts::One(s) => {
                if !written.contains(&s) && writes(word, s) {
                    written.push(s);
                }
            }
            Scripts::Many => {
                let here = counts(word);
                let most = here.iter().map(|&(_, n)| n).max().unwrap_or(0);
                for &(s, n) in &here {
                    if n == most && !written.contains(&s) && writes(word, s) {
                        written.push(s);
                    }
                }
            }
        }
    }
    for range in words {
        let word = &mut letters[range.clone()];
        let Some(s) = word[0].script else { continue };
        if !candidate(word) || written.contains(&s) {
            continue;
        }
        let mapped: Option<Vec<char>> = word.iter().map(|l| lookalike(l.c, Script::Latin)).collect();
        for (l, to) in word.iter_mut().zip(mapped.unwrap_or_default()) {
            l.becomes(to);
        }
    }
}

/// The look-alikes of `text` written as the letters they disguise: the mixed words first, then
/// the whole words, judged on the result.
pub(super) fn edits(text: &str) -> Vec<Edit> {
    let Text {
        mut letters,
        words,
        ascii_letters,
    } = words(text);
    for range in &words {
        mixed(&mut letters[range.clone()]);
    }
    whole(&mut letters, &words, ascii_letters);
    letters
        .iter()
        .filter(|l| l.c != l.given)
        .map(|l| Edit {
            range: l.at..l.at + l.given.len_utf8(),
            reason: Reason::Homoglyph,
            replacement: l.c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::apply;

    fn run(text: &str) -> String {
        apply(text, &edits(text)).into_owned()
    }

    #[test]
    fn lookalikes_are_written_back() {
        assert_eq!(run("pаypal"), "paypal");
        assert_eq!(run("Москвa"), "Москва");
        assert_eq!(run("gοοgle"), "google");
        assert_eq!(run("the ѕсоре of it"), "the scope of it");
        assert_eq!(run("pаypal.com, uѕer@exаmple.org"), "paypal.com, user@example.org");
        assert_eq!(run("АРР store"), "APP store");
    }

    /// The table's flag says what the confusables maps say, for every letter.
    #[test]
    fn looks_latin_is_the_lookalike_of_latin() {
        let letters = (0..=0x10_FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|&c| unicode::props(c).group() == GeneralCategoryGroup::Letter);
        for c in letters {
            assert_eq!(looks_latin(c), lookalike(c, Script::Latin).is_some(), "{c:?}");
        }
    }

    #[test]
    fn real_words_stay() {
        for text in [
            "Яндекс сор (Yandex)",
            "Он сказал сор",
            "5μm μmol ΔG α-helix",
            "Он купил iPhone и Coca-Cola",
            "Η Apple και η Samsung",
            "disАtricts",
            "Tシャツ ロ口",
            "the word helloпривет stays",
        ] {
            assert_eq!(run(text), text);
        }
    }
}
