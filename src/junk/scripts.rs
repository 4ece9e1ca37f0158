//! How the whole text uses scripts: the counts behind "the text writes words in that script".

use super::find_space;
use super::intruders::is_host_of;
use crate::unicode::{self, GeneralCategoryGroup, Script, ScriptExtension};

/// How the whole text uses scripts: letters per script, and how many sub-words each script hosts.
/// Tokens of ASCII alone only hold Latin; they are counted apart, and only when Latin is asked
/// about (see `Scanner::scripts`), since most questions are about other scripts.
#[derive(Debug, Default)]
pub(super) struct TextScripts {
    /// In tokens with a character beyond ASCII.
    pub(super) letters: Vec<(Script, usize)>,
    pub(super) hosts: Vec<(Script, usize)>,
    /// Latin in tokens of ASCII alone.
    pub(super) ascii: Option<AsciiLatin>,
}

impl TextScripts {
    /// Counts the tokens with a character beyond ASCII, skipping the others.
    pub(super) fn of(text: &str) -> Self {
        let mut out = TextScripts::default();
        let bytes = text.as_bytes();
        // Letters per script in the current sub-word.
        let mut counts: Vec<(Script, usize)> = Vec::new();
        let mut pos = 0;
        while let Some(at) = unicode::find_non_ascii(bytes, pos) {
            let Some(first) = text[at..].chars().next() else { break };
            if first.is_whitespace() {
                // A space beyond ASCII (U+00A0, U+3000, …).
                pos = at + first.len_utf8();
                continue;
            }
            let start = bytes[pos..at]
                .iter()
                .rposition(|&b| is_ascii_space(b))
                .map_or(pos, |i| pos + i + 1);
            let end = find_space(text, at);
            pos = end;
            out.add_token(&text[start..end], &mut counts);
        }
        out
    }

    /// Counts the sub-words of one token; `counts` is scratch space.
    pub(super) fn add_token(&mut self, token: &str, counts: &mut Vec<(Script, usize)>) {
        for c in token.chars() {
            let props = unicode::props(c);
            if is_separator(c, props) {
                self.add_sub_word(counts);
                counts.clear();
            } else if props.group() == GeneralCategoryGroup::Letter && !props.is_styled() {
                let s = props.script;
                if unicode::is_specific(ScriptExtension::from(s)) {
                    add(counts, s, 1);
                }
            }
        }
        self.add_sub_word(counts);
        counts.clear();
    }

    fn add_sub_word(&mut self, counts: &[(Script, usize)]) {
        for &(s, n) in counts {
            add(&mut self.letters, s, n);
            if is_host_of(counts, s) {
                add(&mut self.hosts, s, 1);
            }
        }
    }

    pub(super) fn letters(&self, script: Script) -> usize {
        get(&self.letters, script) + self.ascii_latin(script).letters
    }

    pub(super) fn hosts(&self, script: Script) -> usize {
        get(&self.hosts, script) + self.ascii_latin(script).hosts
    }

    fn ascii_latin(&self, script: Script) -> AsciiLatin {
        if script != Script::Latin {
            return AsciiLatin::default();
        }
        debug_assert!(self.ascii.is_some(), "Latin asked of counts made without it");
        self.ascii.unwrap_or_default()
    }
}

/// Latin letters, and the sub-words they host, in the tokens of ASCII alone: counted as
/// `TextScripts::add_token` counts any token, where ASCII punctuation and symbols split
/// sub-words, and digits and controls join them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct AsciiLatin {
    pub(super) letters: usize,
    pub(super) hosts: usize,
}

impl AsciiLatin {
    pub(super) fn of(text: &str) -> Self {
        let mut out = AsciiLatin::default();
        let bytes = text.as_bytes();
        // The current token's counts, while it holds ASCII alone, and its sub-word's letters.
        let mut token = Some(AsciiLatin::default());
        let mut word = 0;
        let end_word = |token: &mut Option<AsciiLatin>, word: &mut usize| {
            if let Some(t) = token {
                t.letters += *word;
                t.hosts += usize::from(*word >= 2);
            }
            *word = 0;
        };
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                i += 1;
                if b.is_ascii_alphabetic() {
                    word += 1;
                } else if is_ascii_space(b) {
                    end_word(&mut token, &mut word);
                    out.take(&mut token);
                } else if b.is_ascii_graphic() && !b.is_ascii_digit() {
                    end_word(&mut token, &mut word);
                }
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_whitespace() {
                end_word(&mut token, &mut word);
                out.take(&mut token);
            } else {
                token = None;
            }
        }
        end_word(&mut token, &mut word);
        out.take(&mut token);
        out
    }

    /// Adds a token's counts, if it held ASCII alone, and starts the next token.
    fn take(&mut self, token: &mut Option<AsciiLatin>) {
        if let Some(t) = token.replace(AsciiLatin::default()) {
            self.letters += t.letters;
            self.hosts += t.hosts;
        }
    }
}

/// ASCII whitespace as `char::is_whitespace` has it (vertical tab included).
pub(super) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Neutral punctuation, symbols and the like: where sub-words split. Junk that is removed
/// whatever surrounds it (emoji, pictographs, invisible characters) glues instead, as removed
/// units do in the scan, so that the text is judged the same before and after they go.
pub(super) fn is_separator(c: char, props: unicode::Props) -> bool {
    match props.group() {
        GeneralCategoryGroup::Letter | GeneralCategoryGroup::Mark | GeneralCategoryGroup::Number => false,
        _ if props.is_invisible() || props.is_pictographic() || props.is_emoji_presentation() => false,
        _ if unicode::is_emoji_component(c) || unicode::is_variation_selector(c) => false,
        // Only neutral punctuation and symbols split words (R16): not ZWNJ, nor any other
        // format character.
        GeneralCategoryGroup::Punctuation | GeneralCategoryGroup::Symbol => !unicode::is_specific(props.scx(c)),
        _ => false,
    }
}

pub(super) fn add(counts: &mut Vec<(Script, usize)>, script: Script, n: usize) {
    match counts.iter_mut().find(|(s, _)| *s == script) {
        Some((_, m)) => *m += n,
        None => counts.push((script, n)),
    }
}

pub(super) fn get(counts: &[(Script, usize)], script: Script) -> usize {
    counts.iter().find(|(s, _)| *s == script).map_or(0, |&(_, n)| n)
}
