//! The quick look of POLICY.md §6: does a text hold anything the restorations of what the reader
//! sees could change (a bidi pairing, a backspace, a word of two cased scripts or of look-alikes)?
//!
//! [`look`] walks a whole text; [`Looker`] takes the same look token by token, as the junk scan
//! walks the tokens anyway, so that text with nothing to restore pays for one walk, not two
//! (`junk::scan_looking`). Both are held by tests to [`look`] as first written, every character
//! in turn.

use crate::unicode::{self, GeneralCategoryGroup, Props, Script};

mod looker;
pub(crate) use looker::Looker;

/// The explicit bidi formatting characters: embeddings and overrides (U+202A–202E) and isolates
/// (U+2066–2069).
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a bidi closer (PDF, PDI) follows an opener in the same paragraph of `text` (R21): what
/// [`look`] says of [`Seen::bidi`], found from the bytes alone. The openers are U+202A, 202B,
/// 202D, 202E and U+2066–2068 (E2 80 AA, AB, AD, AE and E2 81 A6–A8), the closers U+202C and U+2069
/// (E2 80 AC, E2 81 A9); a line feed, carriage return, U+1C–1E, U+85 (C2 85) and U+2029 (E2 80
/// A9) end a paragraph.
///
/// No bidi control of `text` comes before byte `from`, where the walk starts: nothing opened
/// before it.
fn bidi_pairs(text: &str, from: usize) -> bool {
    let bytes = text.as_bytes();
    let mut opened = false;
    // Only control characters and these two lead bytes start a bidi control or a paragraph
    // break; the other bytes are skipped many at a time.
    #[allow(clippy::needless_bitwise_bool)] // no branch, for the vector instructions
    let flag = |b: u8| (b < 0x20) | (b == 0xC2) | (b == 0xE2);
    let mut at = from;
    while let Some(i) = unicode::find_byte(bytes, at, flag) {
        at = i + 1;
        match bytes[i] {
            b'\n' | b'\r' | 0x1C..=0x1E => opened = false,
            0xC2 if bytes.get(i + 1) == Some(&0x85) => opened = false,
            0xE2 => match bytes.get(i + 1..i + 3) {
                Some([0x80, 0xA9]) => opened = false,
                Some([0x80, 0xAC] | [0x81, 0xA9]) if opened => return true,
                Some([0x80, 0xAA | 0xAB | 0xAD | 0xAE] | [0x81, 0xA6..=0xA8]) => opened = true,
                _ => {}
            },
            _ => {}
        }
    }
    false
}

/// Whether `c` ends a word: whitespace and punctuation do.
pub(crate) fn breaks_words(c: char, props: Props) -> bool {
    c.is_whitespace() || props.group() == GeneralCategoryGroup::Punctuation
}

/// What one quick look at a text found.
#[derive(Clone, Copy, Debug, Default)]
#[allow(clippy::struct_excessive_bools)] // four facts of a text, each found on its own
pub(crate) struct Seen {
    /// A bidi override, embedding or isolate.
    pub(crate) bidi: bool,
    /// A word of letters of two cased scripts, one of which hosts it and another of which has a
    /// letter like one of the host's (see `WordLook::may_map`), or a word of Latin look-alikes in
    /// text with more Latin letters than any other script's: what the look-alike step may change.
    pub(crate) lookalikes: bool,
    /// A BACKSPACE.
    pub(crate) backspace: bool,
    /// Whether a word is of Latin look-alikes (at least two letters of one cased script other
    /// than Latin, each like a Latin letter), whether or not Latin leads the text: what could ask
    /// for the look-alike step once letters elsewhere are removed (see [`look_around`]). Not
    /// said (absent) when `lookalikes` is, by [`Looker::seen`].
    pub(crate) disguised: Disguise,
}

/// Whether a text has a word of Latin look-alikes (see [`Seen::disguised`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Disguise {
    #[default]
    Absent,
    Found,
    /// Not known: [`Looker`] did not follow the words of tokens of a cased script other than
    /// Latin, where the letters it counted left Latin too few to lead (see [`Counted`]). Latin
    /// would not lead either with `spare` letters of one script other than Latin fewer.
    Unknown {
        spare: usize,
    },
}

/// One pass over `text`, keeping per word only which cased script it writes; the letters per
/// script are counted in a second pass, only when a word of Latin look-alikes asks.
///
/// A word of ASCII alone shows nothing (its letters are all Latin, and none looks like a letter
/// of Latin), and ASCII closes a bidi paragraph only by a line break: the runs of ASCII words
/// between the other characters are skipped a word of 8 bytes at a time, up to the last ASCII
/// break before the next character that is not ASCII.
pub(crate) fn look(text: &str) -> Seen {
    let mut seen = look_words(text);
    if !seen.lookalikes && seen.disguised == Disguise::Found {
        seen.lookalikes = latin_leads(text);
    }
    seen
}

/// [`look`] of `text` after removals from a text of which `look` saw nothing (`before`: no bidi
/// pairing, word of two cased scripts, BACKSPACE or word of look-alikes, though a word of
/// look-alikes may be [`Disguise::Unknown`]), given the `windows` of the text after them (sorted
/// byte ranges from whitespace to whitespace) that hold every place where something the look
/// sees was removed (what it does not see changes nothing it sees: see [`unseen`]). A word
/// outside the windows is, as the look sees it, as it was; the removals
/// inserted no character and removed none that ends a bidi paragraph (the caller vouches for
/// both), so no bidi pairing or BACKSPACE appeared either. So only the words in the windows can
/// show something new: a word of two cased scripts, or of Latin look-alikes in a text where
/// Latin now leads. Where Latin leads and the words outside the windows are not known, the whole
/// text is looked at.
///
/// `removed` bytes at most were removed. A letter of a script other than Latin takes two bytes at
/// least: where `before` tells that Latin would not lead with half as many letters fewer (see
/// [`Disguise::Unknown`]), it still does not, and the text is not counted again.
pub(crate) fn look_around(text: &str, windows: &[std::ops::Range<usize>], before: Seen, removed: usize) -> Seen {
    debug_assert!(!before.bidi && !before.lookalikes && before.disguised != Disguise::Found && !before.backspace);
    let mut seen = before;
    // The windows' words, in one walk: a line break between two windows ends a word, as the
    // whitespace around each does in `text`.
    let mut words = String::with_capacity(windows.iter().map(|w| w.len() + 1).sum());
    for window in windows {
        words.push_str(text.get(window.clone()).unwrap_or_default());
        words.push('\n');
    }
    let here = look_words(&words);
    seen.lookalikes |= here.lookalikes;
    if here.disguised == Disguise::Found {
        seen.disguised = Disguise::Found;
    }
    let behind = matches!(before.disguised, Disguise::Unknown { spare } if removed / 2 <= spare);
    if !seen.lookalikes && seen.disguised != Disguise::Absent && !behind && latin_leads(text) {
        if matches!(seen.disguised, Disguise::Unknown { .. }) {
            return look(text);
        }
        seen.lookalikes = true;
    }
    seen
}

/// [`look`] but for the count of letters per script: `lookalikes` says only whether a word is
/// of two cased scripts, and `disguised` whether one is of Latin look-alikes.
fn look_words(text: &str) -> Seen {
    let mut seen = Seen::default();
    // Whether a word is made of Latin look-alikes.
    let mut disguised = false;
    let mut word = WordLook::default();
    let ascii_breaks = ascii_breaks();
    // A bidi opener seen in the current paragraph.
    let mut opened = false;
    let mut chars = text.chars();
    loop {
        let rest = chars.as_str();
        let Some(c) = chars.next() else { break };
        if let Ok(b) = u8::try_from(c)
            && b.is_ascii()
        {
            let bytes = rest.as_bytes();
            if word.letters == 0 && bytes.get(1).is_some_and(u8::is_ascii) {
                // Whole ASCII words up to the last break before the next character that is not
                // ASCII: each starts and ends with nothing to show.
                let next = non_ascii_or_backspace(bytes);
                if let Some(last) = bytes[..next].iter().rposition(|&b| ascii_breaks[usize::from(b)]) {
                    opened = opened && !bytes[..=last].iter().any(|b| matches!(b, b'\n' | b'\r' | 0x1C..=0x1E));
                    chars = rest.get(last + 1..).unwrap_or_default().chars();
                    continue;
                }
            }
            // Most of most texts: a Latin letter, or a break, or neither (digits, symbols).
            seen.backspace |= b == 0x08;
            if word.take_ascii(b, ascii_breaks, &mut seen, &mut disguised) {
                // Line breaks end a bidi paragraph too (and so do U+1C–1E, no breaks of words).
                opened &= !matches!(b, b'\n' | b'\r');
            } else {
                opened &= !matches!(b, 0x1C..=0x1E);
            }
            continue;
        }
        if matches!(c, '\u{2029}'..='\u{2069}') {
            if is_bidi_control(c) {
                // Only a closer after an opener in the same paragraph can close anything (R21):
                // stray controls alone, as junk injects them, are the junk step's.
                if matches!(c, '\u{202C}' | '\u{2069}') {
                    seen.bidi |= opened;
                } else {
                    opened = true;
                }
            } else if c == '\u{2029}' {
                opened = false;
            }
        } else if c == '\u{85}' {
            opened = false;
        }
        word.take(c, &mut seen, &mut disguised);
    }
    word.end(&mut seen, &mut disguised);
    seen.disguised = if disguised { Disguise::Found } else { Disguise::Absent };
    seen
}

/// Whether the look finds nothing in `token`, told without following its words: it holds no
/// BACKSPACE, no bidi control, and no cased letter of a script other than Latin, without which
/// no word is of two cased scripts or of Latin look-alikes (the junk of most noisy tokens, such
/// as `dis🍌tricts`). Only the bytes that are not ASCII are decoded.
fn shows_nothing(token: &str) -> bool {
    let bytes = token.as_bytes();
    let mut at = 0;
    while let Some(i) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b >= 0x80 || b == 0x08))
    {
        // Every byte before it is ASCII: it starts a character.
        let Some(c) = token.get(at + i..).and_then(|t| t.chars().next()) else {
            return false;
        };
        if !shows_nothing_in(c, unicode::props(c)) {
            return false;
        }
        at += i + c.len_utf8();
    }
    true
}

/// Whether `c` (of properties `props`), wherever it stands, shows the look nothing (see
/// [`shows_nothing`]): no BACKSPACE, no bidi control, no cased letter of a script other than
/// Latin.
pub(crate) fn shows_nothing_in(c: char, props: unicode::Props) -> bool {
    !(c == '\u{8}' || is_bidi_control(c) || props.is_cased_letter() && props.script != Script::Latin)
}

/// The index of the first byte of `bytes` that is not ASCII or is a BACKSPACE, or their length.
#[allow(clippy::needless_bitwise_bool)] // no branch, for the vector instructions
pub(crate) fn non_ascii_or_backspace(bytes: &[u8]) -> usize {
    unicode::find_byte(bytes, 0, |b| (b >= 0x80) | (b == 0x08)).unwrap_or(bytes.len())
}

/// Whether [`look`] passes over `c` as if it were not there: no letter, no break of words, no
/// bidi control and no break of paragraphs (emoji, symbols, marks, most invisible characters).
/// Removing such characters from a text changes nothing the look sees.
pub(crate) fn unseen(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphabetic() || ascii_breaks()[c as usize] || matches!(c, '\u{1C}'..='\u{1E}'));
    }
    let props = unicode::props(c);
    // The breaks of paragraphs (U+85, U+2029) are whitespace, which breaks words.
    !(is_bidi_control(c) || props.group() == GeneralCategoryGroup::Letter || breaks_words(c, props))
}

/// Whether Latin has more letters in `text` than any other script (letters of no script count
/// for none).
///
/// The walk stops as soon as a script has at least as many letters as Latin could still reach,
/// a letter for every byte not yet walked: in text of another script, some two thirds of the
/// way. `look/tests.rs` holds the look to one that counts every letter.
pub(crate) fn latin_leads(text: &str) -> bool {
    let mut latin = 0usize;
    let mut counts: Vec<(Script, usize)> = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c.is_ascii() {
            latin += usize::from(c.is_ascii_alphabetic());
            continue;
        }
        let props = unicode::props(c);
        if props.group() != GeneralCategoryGroup::Letter {
            continue;
        }
        let n = match props.script {
            Script::Latin => {
                latin += 1;
                continue;
            }
            Script::Common | Script::Inherited | Script::Unknown => continue,
            script => {
                if let Some((_, n)) = counts.iter_mut().find(|(s, _)| *s == script) {
                    *n += 1;
                    *n
                } else {
                    counts.push((script, 1));
                    1
                }
            }
        };
        if n >= latin + chars.as_str().len() {
            return false;
        }
    }
    latin > 0 && counts.iter().all(|&(_, n)| n < latin)
}

/// What [`Looker`] counted in the tokens of cased scripts other than Latin whose words it did
/// not follow (see [`Looker::cased`]).
#[derive(Debug, Default)]
pub(crate) struct Counted {
    /// The letters of the first script counted (most texts count one), and of each other one.
    first: Option<(Script, usize)>,
    others: Vec<(Script, usize)>,
    /// The bytes of those tokens, where no Latin letter is.
    pub(crate) bytes: usize,
}

impl Counted {
    /// Counts `letters` more of `script`.
    pub(crate) fn add(&mut self, script: Script, letters: usize) {
        match &mut self.first {
            None => self.first = Some((script, letters)),
            Some((s, n)) if *s == script => *n += letters,
            Some(_) => match self.others.iter_mut().find(|(s, _)| *s == script) {
                Some((_, n)) => *n += letters,
                None => self.others.push((script, letters)),
            },
        }
    }

    /// Whether the counts tell that Latin does not lead `text` (see [`latin_leads`]), with no
    /// walk: every Latin letter is outside the tokens counted, a byte at least each, so a script
    /// with as many letters as there are bytes outside has at least as many as Latin. If so, how
    /// many letters of that script could go with Latin still not leading (of the script with the
    /// most).
    pub(crate) fn spare(&self, text: &str) -> Option<usize> {
        let outside = text.len().saturating_sub(self.bytes);
        self.first
            .iter()
            .chain(&self.others)
            .filter_map(|&(_, n)| n.checked_sub(outside))
            .max()
    }
}

/// Whether the ASCII character `b` ends a word (see [`breaks_words`]).
pub(crate) fn is_ascii_break(b: u8) -> bool {
    ascii_breaks()[usize::from(b & 0x7F)]
}

/// Which ASCII characters end a word (see [`breaks_words`]), asked once.
fn ascii_breaks() -> &'static [bool; 128] {
    static BREAKS: std::sync::OnceLock<[bool; 128]> = std::sync::OnceLock::new();
    BREAKS.get_or_init(|| {
        std::array::from_fn(|b| {
            let c = char::from(u8::try_from(b).unwrap_or(0));
            breaks_words(c, unicode::props(c))
        })
    })
}

/// What [`look`] keeps of the word it is in.
struct WordLook {
    /// The cased script of its first cased letter.
    script: Option<Script>,
    /// Letters of two cased scripts.
    mixed: bool,
    /// Every letter is of a cased script other than Latin and looks like a Latin letter.
    all_look_latin: bool,
    letters: usize,
    /// Its first cased letters with their scripts, `cased` of them (more than the array holds
    /// only counted), for [`WordLook::may_map`].
    first_cased: [(char, Script); CASED_KEPT],
    cased: usize,
    /// The cased script of the first word of the walk with a cased letter, and whether a word
    /// after it, or that word itself, holds one of another (kept from word to word: what
    /// [`Looker::unmixed`] asks of a token).
    first_script: Option<Script>,
    scripts_mixed: bool,
}

/// How many cased letters of a word [`WordLook`] keeps.
const CASED_KEPT: usize = 12;

impl Default for WordLook {
    fn default() -> Self {
        WordLook {
            script: None,
            mixed: false,
            all_look_latin: true,
            letters: 0,
            first_cased: [(' ', Script::Latin); CASED_KEPT],
            cased: 0,
            first_script: None,
            scripts_mixed: false,
        }
    }
}

impl WordLook {
    /// A letter `c` of the cased `script`.
    fn letter(&mut self, c: char, script: Script, looks_latin: bool) {
        self.letters += 1;
        self.all_look_latin &= looks_latin;
        if let Some(kept) = self.first_cased.get_mut(self.cased) {
            *kept = (c, script);
        }
        self.cased += 1;
        match self.script {
            None => self.script = Some(script),
            Some(s) if s != script => self.mixed = true,
            Some(_) => {}
        }
    }

    /// Whether the look-alike step can change the word, of two cased scripts: a script has more
    /// than half its letters, and a letter of another script looks like one of that script (R22
    /// maps the letters of a word to the script that hosts it, as they look). A word of more
    /// cased letters than kept is taken to.
    fn may_map(&self) -> bool {
        let Some(kept) = self.first_cased.get(..self.cased) else {
            return true;
        };
        let Some(&(_, host)) = kept
            .iter()
            .find(|&&(_, s)| 2 * kept.iter().filter(|&&(_, t)| t == s).count() > self.letters)
        else {
            return false;
        };
        kept.iter()
            .any(|&(c, own)| own != host && unicode::lookalike::lookalike(c, host).is_some())
    }

    fn other_letter(&mut self) {
        self.letters += 1;
        self.all_look_latin = false;
    }

    /// Takes an ASCII character (a Latin letter, a break of words, or neither); true when it
    /// ended a word.
    /// `breaks` is [`ascii_breaks`].
    #[inline]
    fn take_ascii(&mut self, b: u8, breaks: &[bool; 128], seen: &mut Seen, disguised: &mut bool) -> bool {
        if b.is_ascii_alphabetic() {
            self.letter(char::from(b), Script::Latin, false);
        } else if breaks[usize::from(b & 0x7F)] {
            self.end(seen, disguised);
            return true;
        }
        false
    }

    /// Takes a character that is not ASCII; true when it ended a word.
    #[inline]
    fn take(&mut self, c: char, seen: &mut Seen, disguised: &mut bool) -> bool {
        let props = unicode::props(c);
        if props.group() == GeneralCategoryGroup::Letter {
            if props.is_cased_letter() {
                self.letter(c, props.script, props.looks_latin());
            } else {
                self.other_letter();
            }
        } else if breaks_words(c, props) {
            self.end(seen, disguised);
            return true;
        }
        false
    }

    /// The word ends: what it showed goes into `seen`, and whether it is of Latin look-alikes
    /// into `disguised`.
    fn end(&mut self, seen: &mut Seen, disguised: &mut bool) {
        if self.letters == 0 {
            return;
        }
        seen.lookalikes |= self.mixed && self.may_map();
        *disguised |= self.script.is_some() && !self.mixed && self.all_look_latin && self.letters >= 2;
        let first_script = self.first_script.or(self.script);
        *self = WordLook {
            first_script,
            scripts_mixed: self.scripts_mixed || self.mixed || first_script != self.script && self.script.is_some(),
            ..WordLook::default()
        };
    }
}

#[cfg(test)]
pub(crate) mod tests;
