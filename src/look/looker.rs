//! The quick look of POLICY.md §6 taken token by token, by the junk scan's first walk over a
//! whole text (see [`Looker`]).

use super::{
    Counted, Disguise, Seen, WordLook, ascii_breaks, bidi_pairs, is_bidi_control, latin_leads, look, look_words,
    shows_nothing,
};
use crate::unicode::Script;

/// [`look`], taken token by token by a walk that is given every token of a text holding a byte
/// other than printable ASCII, tab or a line break (the junk scan's first pass over a whole text),
/// in order. A token of printable ASCII alone shows nothing: its words are Latin and none looks
/// like a letter of another script. Whitespace breaks words, so the words of a text are the words
/// of its tokens. Only the bidi pairing needs the paragraphs of the whole text: at the first bidi
/// control, it is found over the whole text from its bytes (see [`bidi_pairs`]).
///
/// The walk can stop as soon as the look asks for a restoration that is wanted (see
/// [`Looker::decided`]): the restorations come first, and the text is scanned again after them.
#[derive(Debug)]
pub(crate) struct Looker<'t> {
    text: &'t str,
    /// Which restorations are wanted: backspaces, bidi, look-alikes.
    wanted: [bool; 3],
    /// What the tokens showed, from the first token that showed the look anything (see
    /// [`Looker::blank`]): most texts of a script that is not cased, and most of Latin, have
    /// none, and pay for no more than this.
    walk: Option<Walk>,
}

/// What the tokens given to a [`Looker`] showed it.
#[derive(Debug)]
#[allow(clippy::struct_excessive_bools)] // independent facts of the walk
struct Walk {
    seen: Seen,
    /// Whether a word is made of Latin look-alikes.
    disguised: bool,
    /// From the start of the first token of a cased script other than Latin whose words were not
    /// followed (see [`Looker::cased`]) to the end of the last.
    cased: Option<std::ops::Range<usize>>,
    /// What those tokens hold.
    counted: Counted,
    /// Whether a bidi control came, and the pairing of the whole text was found.
    paired: bool,
    /// Whether no token given so far held cased letters of two scripts (see [`Looker::unmixed`]).
    unmixed: bool,
}

impl Walk {
    fn new() -> Self {
        Walk {
            seen: Seen::default(),
            disguised: false,
            cased: None,
            counted: Counted::default(),
            paired: false,
            unmixed: true,
        }
    }

    /// Whether the look already asks for one of the restorations `wanted`, whatever the tokens
    /// still to come.
    fn decided(&self, wanted: [bool; 3]) -> bool {
        let [backspaces, bidi, lookalikes] = wanted;
        backspaces && self.seen.backspace || bidi && self.seen.bidi || lookalikes && self.seen.lookalikes
    }
}

impl<'t> Looker<'t> {
    /// A walk over the tokens of `text`, for the restorations `wanted` (backspaces, bidi,
    /// look-alikes).
    pub(crate) fn new(text: &'t str, wanted: [bool; 3]) -> Self {
        Looker {
            text,
            wanted,
            walk: None,
        }
    }

    /// The token at `range`, walked whole.
    pub(crate) fn token(&mut self, range: std::ops::Range<usize>) {
        let token = self.text.get(range.clone()).unwrap_or_default();
        if shows_nothing(token) {
            return;
        }
        let (text, wanted) = (self.text, self.wanted);
        let walk = self.walk.get_or_insert_with(Walk::new);
        let ascii_breaks = ascii_breaks();
        let mut word = WordLook::default();
        let mut chars = token.chars();
        while let Some(c) = chars.next() {
            if let Ok(b) = u8::try_from(c)
                && b.is_ascii()
            {
                walk.seen.backspace |= b == 0x08;
                word.take_ascii(b, ascii_breaks, &mut walk.seen, &mut walk.disguised);
                if b == 0x08 && walk.decided(wanted) {
                    return;
                }
                continue;
            }
            if is_bidi_control(c) && !std::mem::replace(&mut walk.paired, true) {
                // The first bidi control of the text: tokens before it were given.
                let at = range.end - chars.as_str().len() - c.len_utf8();
                walk.seen.bidi = bidi_pairs(text, at);
                if walk.decided(wanted) {
                    return;
                }
            }
            if word.take(c, &mut walk.seen, &mut walk.disguised) && walk.decided(wanted) {
                return;
            }
        }
        word.end(&mut walk.seen, &mut walk.disguised);
        walk.unmixed &= !word.scripts_mixed;
    }

    /// The token at `range`, whose letters are all of one cased `script` other than Latin (with
    /// marks and punctuation), `letters` of them: no word of two cased scripts, BACKSPACE or
    /// bidi control, but maybe a word of Latin look-alikes, which [`Looker::seen`] follows only
    /// if Latin may lead the text.
    pub(crate) fn cased(&mut self, range: std::ops::Range<usize>, script: Script, letters: usize) {
        let walk = self.walk.get_or_insert_with(Walk::new);
        walk.counted.bytes += range.len();
        walk.cased = Some(walk.cased.take().map_or(range.clone(), |c| c.start..range.end));
        walk.counted.add(script, letters);
    }

    /// Whether no token given showed the look anything it could ever see (see [`shows_nothing`]):
    /// when every token of the text was given, it holds no BACKSPACE, no bidi control and no
    /// cased letter of a script other than Latin. Then no removal can make the look see
    /// anything, as long as the text stays NFC: what is left holds none either, and a word of
    /// two cased scripts, a word of Latin look-alikes, a bidi pairing and a BACKSPACE each need
    /// one.
    pub(crate) fn blank(&self) -> bool {
        self.walk.is_none()
    }

    /// Whether no token given held cased letters of two scripts (Latin and Cyrillic, say), in
    /// one word or in two: when every token of the text was given, none does. Then no removal
    /// that keeps the text NFC and its tokens apart (no whitespace or break of paragraphs
    /// removed, no tokens glued) makes a word of two cased scripts: each word left is of the
    /// letters of one token (see `clean::passes::remove_junk`).
    pub(crate) fn unmixed(&self) -> bool {
        self.walk.as_ref().is_none_or(|walk| walk.unmixed)
    }

    /// Whether the look already asks for a wanted restoration, whatever the tokens still to come.
    pub(crate) fn decided(&self) -> bool {
        self.walk.as_ref().is_some_and(|walk| walk.decided(self.wanted))
    }

    /// What [`look`] sees of the text, once every token was given (or the look [decided]).
    ///
    /// [decided]: Looker::decided
    pub(crate) fn seen(&self) -> Seen {
        let Some(walk) = &self.walk else {
            // No token showed anything.
            return Seen::default();
        };
        if walk.decided(self.wanted) {
            return self.seen_decided(walk);
        }
        if walk.seen.lookalikes {
            // Whether a word is of look-alikes is not said (see [`Seen::disguised`]).
            return walk.seen;
        }
        match (walk.disguised, &walk.cased) {
            (false, None) => Seen {
                disguised: Disguise::Absent,
                ..walk.seen
            },
            (false, Some(_)) => match walk.counted.spare(self.text) {
                Some(spare) => Seen {
                    disguised: Disguise::Unknown { spare },
                    ..walk.seen
                },
                None => self.seen_followed(walk),
            },
            (true, _) => self.seen_followed(walk),
        }
    }

    /// [`Looker::seen`] when the look decided.
    #[cold]
    #[inline(never)]
    fn seen_decided(&self, walk: &Walk) -> Seen {
        // The walk may have stopped, and the restorations start from a look of the whole
        // text. A word of two cased scripts decided it, most often: that look sees the word
        // too, a BACKSPACE wherever there is one, and the bidi pairing of the text.
        if walk.seen.lookalikes {
            return Seen {
                lookalikes: true,
                backspace: self.text.as_bytes().contains(&0x08),
                bidi: bidi_pairs(self.text, 0),
                disguised: Disguise::Absent,
            };
        }
        look(self.text)
    }

    /// [`Looker::seen`] when a word of Latin look-alikes was found, or the counts leave Latin
    /// enough bytes to lead: the words of the tokens not followed are followed.
    #[inline(never)]
    fn seen_followed(&self, walk: &Walk) -> Seen {
        let mut seen = walk.seen;
        let spare = || walk.counted.spare(self.text);
        seen.disguised = match (walk.disguised, &walk.cased) {
            (true, _) => Disguise::Found,
            (false, None) => Disguise::Absent,
            // Tokens end at whitespace: the words of the span are words of the text.
            (false, Some(cased)) => look_words(self.text.get(cased.clone()).unwrap_or_default()).disguised,
        };
        if seen.disguised == Disguise::Found && spare().is_none() {
            seen.lookalikes = latin_leads(self.text);
        }
        seen
    }
}
