//! R22: a letter of another script that looks like a letter of the word's own script is written
//! as that letter (UTS #39 confusables), never dropped.

use std::ops::Range;

use super::Edit;
use crate::junk::Reason;
use crate::unicode::lookalike::{is_cased_script, lookalike};
use crate::unicode::{self, GeneralCategoryGroup, Props, Script};

/// A letter of a word: where it is, what it is, and its script.
#[derive(Clone, Copy)]
struct Letter {
    at: usize,
    c: char,
    script: Script,
}

/// Whether `c` ends a word: whitespace and punctuation do.
pub(super) fn breaks_words(c: char, props: Props) -> bool {
    c.is_whitespace() || props.group() == GeneralCategoryGroup::Punctuation
}

/// The words of `text` (runs of characters that are neither whitespace nor punctuation), as
/// the byte ranges of their letters in one list.
fn words(text: &str) -> (Vec<Letter>, Vec<Range<usize>>) {
    let mut letters = Vec::new();
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let props = unicode::props(c);
        if breaks_words(c, props) {
            if letters.len() > start {
                words.push(start..letters.len());
            }
            start = letters.len();
        } else if props.group() == GeneralCategoryGroup::Letter {
            letters.push(Letter {
                at: i,
                c,
                script: props.script,
            });
        }
    }
    if letters.len() > start {
        words.push(start..letters.len());
    }
    (letters, words)
}

/// Whether a capital at `index` of `word` can be a disguised letter: the word's first letter,
/// or a word all in capitals. Lower-case and caseless letters always can.
fn case_fits(word: &[Letter], index: usize) -> bool {
    !word[index].c.is_uppercase() || index == 0 || word.iter().all(|l| !l.c.is_lowercase())
}

/// The script of at least two thirds of the letters of `word`, when no run of three letters or
/// more of another script stands in it (R11: such a run is a word of its own).
fn host(word: &[Letter]) -> Option<Script> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for l in word {
        match counts.iter_mut().find(|(s, _)| *s == l.script) {
            Some((_, n)) => *n += 1,
            None => counts.push((l.script, 1)),
        }
    }
    let host = counts.into_iter().find(|&(_, n)| 3 * n >= 2 * word.len()).map(|(s, _)| s)?;
    let longest_other = word
        .chunk_by(|a, b| (a.script == host) == (b.script == host))
        .filter(|run| run[0].script != host)
        .map(<[Letter]>::len)
        .max()
        .unwrap_or(0);
    (longest_other < 3).then_some(host)
}

/// The look-alikes of `text` written as the letters they disguise.
pub(super) fn edits(text: &str) -> Vec<Edit> {
    let (letters, words) = words(text);
    // Letters per script in the whole text, and the scripts with a letter that looks like no
    // Latin letter: the text really writes those.
    let mut counts: Vec<(Script, usize)> = Vec::new();
    let mut written: Vec<Script> = Vec::new();
    for l in &letters {
        match counts.iter_mut().find(|(s, _)| *s == l.script) {
            Some((_, n)) => *n += 1,
            None => counts.push((l.script, 1)),
        }
        if !written.contains(&l.script) && lookalike(l.c, Script::Latin).is_none() {
            written.push(l.script);
        }
    }
    let latin = counts.iter().find(|(s, _)| *s == Script::Latin).map_or(0, |&(_, n)| n);
    let latin_most = latin > 0 && counts.iter().all(|&(s, n)| s == Script::Latin || n < latin);
    let mut edits = Vec::new();
    let mut map = |l: &Letter, to: char| {
        edits.push(Edit {
            range: l.at..l.at + l.c.len_utf8(),
            reason: Reason::Homoglyph,
            replacement: to.to_string(),
        });
    };
    for range in words {
        let word = &letters[range];
        let first = word[0].script;
        if word.iter().any(|l| l.script != first) {
            // A mixed word: its host script takes back the letters that look like its own.
            let Some(host) = host(word).filter(|&s| is_cased_script(s)) else { continue };
            for (i, l) in word.iter().enumerate() {
                if l.script != host
                    && case_fits(word, i)
                    && let Some(to) = lookalike(l.c, host)
                {
                    map(l, to);
                }
            }
        } else if latin_most
            && first != Script::Latin
            && word.len() >= 2
            && !written.contains(&first)
            && (0..word.len()).all(|i| case_fits(word, i))
        {
            // A whole word of Latin look-alikes, of a script the text does not otherwise write.
            let mapped: Option<Vec<char>> = word.iter().map(|l| lookalike(l.c, Script::Latin)).collect();
            for (l, to) in word.iter().zip(mapped.unwrap_or_default()) {
                map(l, to);
            }
        }
    }
    edits
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
