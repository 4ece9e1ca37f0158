//! Tokens that need no analysis: plain characters, or letters of one script.

use super::east_asian::{OnlyCjkAndLatin, east_asian};
use super::runs::Run;
use super::{cjk_and_latin, find_space};
use unicode_normalization::char::{canonical_combining_class, compose};

use crate::unicode::{self, GeneralCategoryGroup, Script, ScriptExtension};

/// Characters that can never be junk in a token of ASCII and Latin letters: Latin letters of
/// Latin-1 and Latin Extended-A, typographic punctuation (quotes, dashes, bullets, ellipsis),
/// and the punctuation of Latin-1. A token of only these and ASCII needs no analysis.
pub(super) fn is_plain(c: char) -> bool {
    (c.is_ascii() && !c.is_ascii_control())
        || matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{17F}' | '\u{2010}'..='\u{2027}')
        || matches!(c, '¡' | '§' | '«' | '¶' | '·' | '»' | '¿')
}

/// [`SingleScript`] on a whole token (for the tests).
#[cfg(test)]
pub(super) fn is_single_script(token: &str) -> bool {
    let mut state = SingleScript::default();
    token.chars().all(|c| state.push(c)) && state.holds()
}

/// Whether `c` is a letter or a mark, and not styled; `props` are its facts, if at hand.
fn is_letter_or_mark(c: char, props: Option<unicode::Props>) -> bool {
    let props = props.unwrap_or_else(|| unicode::props(c));
    matches!(props.group(), GeneralCategoryGroup::Letter | GeneralCategoryGroup::Mark) && !props.is_styled()
}

/// Whether a token is plainly legitimate text of one script, one character at a time:
/// letters, marks on letters, digits of that script, neutral punctuation and ASCII, and nothing
/// any rule could remove — no emoji, pictograph, invisible or styled character, joiner,
/// non-ASCII symbol, neutral digit beside a script's letters, or mark without a letter before
/// it. The full analysis would find nothing, so it is skipped (`Москва`, `राष्ट्रपति`,
/// `(Yandex),`). Tokens that mix only the scripts of [`cjk_and_latin`] but Latin letters, with
/// no mark of a script and neutral digits only in sub-words of their own, are skipped too: every
/// host the rules could choose accepts all of them (`東京スカイツリーは、開業`); with Latin
/// letters (`Tシャツ`) the mix holds only in a text that writes words in that script, and a
/// number's counter (`2012年`) only in a text that writes no other script (R8), which takes the
/// full analysis (or, for CJK letters alone, the count of `east_asian`). So are tokens of
/// neutral symbols, numbers and punctuation alone, which no rule removes without a
/// letter beside them (`→`, `①`, `½`, `≤`). A ZWJ or ZWNJ between two letters of a script that
/// uses joiners is kept, so it is allowed there (`می‌خواهم`, `ශ්‍රී`).
#[allow(clippy::struct_excessive_bools)] // independent facts about the token so far
pub(super) struct SingleScript {
    /// The scripts every letter so far shares.
    common: Option<ScriptExtension>,
    /// Whether the token can still be of one script.
    single: bool,
    /// Whether the token can still be a legitimate mix of [`super::intruders::CJK_AND_LATIN`].
    mix: bool,
    /// Whether the token can still be without letters, marks and characters of a script.
    bare: bool,
    /// A ZWJ or ZWNJ came after a letter: the next character must be a letter or a mark.
    joiner: bool,
    /// A ZWJ or ZWNJ came between letters: they must be of a script that uses joiners.
    joined: bool,
    /// A Latin letter came, and a character of a script that mixes with Latin: the mix holds
    /// only in a text that writes words in that script, which takes the full analysis.
    latin: bool,
    east_asian: bool,
    /// A cased letter of a script other than Latin came (see `Props::is_cased_letter`):
    /// without one, the quick look of §6 finds nothing in the token. It sees words of cased
    /// letters of two scripts, or of cased letters of a script other than Latin, and so of one
    /// such letter at least.
    cased: bool,
    /// A sub-word (see `Scanner::sub_words`: neutral punctuation and symbols end one) held
    /// neutral digits and a character of a script: a number the rules judge (`154Ჸ36`). Digits
    /// in a sub-word of their own are not (`வேலூர்-166174.`).
    number: bool,
    /// The sub-word so far holds a neutral digit, and a character of a script.
    sub_digits: bool,
    sub_strong: bool,
    after_letter: bool,
    /// The script of the last letter, when it and the marks after it were plain letters of
    /// that script (see `Props::is_plain_letter`): another one changes nothing but the flags.
    last: Option<Script>,
    /// Whether the characters so far are NFC as far as the quick check can tell.
    pub(super) nfc: NfcCheck,
}

impl Default for SingleScript {
    fn default() -> Self {
        SingleScript {
            common: None,
            single: true,
            mix: true,
            bare: true,
            joiner: false,
            joined: false,
            latin: false,
            east_asian: false,
            cased: false,
            number: false,
            sub_digits: false,
            sub_strong: false,
            after_letter: false,
            last: None,
            nfc: NfcCheck::default(),
        }
    }
}

impl SingleScript {
    /// Takes the next character; false when the token can no longer be skipped.
    #[inline]
    pub(super) fn push(&mut self, c: char) -> bool {
        if c.is_ascii() {
            self.nfc.ascii(c);
            self.last = None;
            return self.push_any(c, None);
        }
        let props = unicode::props(c);
        self.nfc.push(c, props);
        self.cased |= props.is_cased_letter() && props.script != Script::Latin;
        if props.is_plain_letter() && self.last == Some(props.script) {
            // What the general case below does with such a letter or mark: the shared
            // scripts stay those of `last`, and a mark rules out the CJK-and-Latin mix.
            self.joiner = false;
            if props.group() == GeneralCategoryGroup::Mark {
                self.mix = false;
            } else {
                self.after_letter = true;
            }
            return self.single || self.mix || self.bare;
        }
        let last = self.last.take();
        let holds = self.push_any(c, Some(props));
        if holds && props.is_plain_letter() {
            let letter = props.group() == GeneralCategoryGroup::Letter;
            self.last = (letter || last == Some(props.script)).then_some(props.script);
        }
        holds
    }

    /// [`SingleScript::push`] for any character, with its facts when it is not ASCII.
    #[inline(never)]
    fn push_any(&mut self, c: char, props: Option<unicode::Props>) -> bool {
        if c.is_ascii_control() {
            return false;
        }
        if std::mem::take(&mut self.joiner) && !c.is_ascii_alphabetic() && !is_letter_or_mark(c, props) {
            return false;
        }
        if c == unicode::ZWJ || c == unicode::ZWNJ {
            // Kept between letters of a script that uses joiners (see `Scanner::joiners`), which
            // the scripts of the CJK-and-Latin mix are not.
            (self.joiner, self.joined, self.mix) = (true, true, false);
            return self.after_letter && self.single;
        }
        if c.is_ascii() {
            self.after_letter = c.is_ascii_alphabetic();
            if c.is_ascii_digit() {
                self.sub_digits = true;
            } else if self.after_letter {
                self.sub_strong = true;
            } else {
                // ASCII punctuation and symbols are of no script: they end a sub-word.
                self.end_sub_word();
            }
            if self.after_letter {
                self.bare = false;
                self.latin = true;
                self.mix &= !self.east_asian;
                if self.single {
                    self.single = self.share(ScriptExtension::from(Script::Latin));
                }
            }
            return self.single || self.mix || self.bare;
        }
        let props = props.unwrap_or_else(|| unicode::props(c));
        if props.is_emoji() || props.is_pictographic() || props.is_invisible() || props.is_styled() {
            return false;
        }
        if unicode::is_emoji_component(c) || unicode::is_variation_selector(c) {
            return false;
        }
        let group = props.group();
        let scx = props.scx(c);
        if props.prepends() {
            // It joins what follows into its cluster: the rules, which cut sub-words by
            // clusters, see no sub-word end at the punctuation after it (`𑇂•53342`).
            return false;
        }
        if group == GeneralCategoryGroup::Letter && !self.after_letter && unicode::joins_back(c) {
            // It joins the cluster of what came before (`’ำ`): its marks are on that (R7).
            return false;
        }
        match group {
            // A mark on a letter of no script (`ʹ`) is judged like one on punctuation (R7).
            GeneralCategoryGroup::Letter => (self.after_letter, self.bare) = (unicode::is_specific(scx), false),
            GeneralCategoryGroup::Mark if self.after_letter => {}
            GeneralCategoryGroup::Symbol => (self.single, self.mix, self.after_letter) = (false, false, false),
            GeneralCategoryGroup::Number if !unicode::is_specific(scx) => {
                (self.single, self.mix, self.after_letter) = (false, false, false);
            }
            GeneralCategoryGroup::Number | GeneralCategoryGroup::Punctuation => self.after_letter = false,
            _ => return false,
        }
        if matches!(group, GeneralCategoryGroup::Punctuation | GeneralCategoryGroup::Symbol)
            && !unicode::is_specific(scx)
        {
            self.end_sub_word();
        }
        if unicode::is_specific(scx) {
            self.sub_strong = true;
            self.bare = false;
            if self.single {
                self.single = self.share(scx);
            }
            if scx.contains_script(Script::Latin) {
                self.latin |= group == GeneralCategoryGroup::Letter;
            } else {
                self.east_asian = true;
            }
            if self.mix {
                let script = ScriptExtension::from(props.script);
                self.mix = group != GeneralCategoryGroup::Mark
                    && !scx.intersection(cjk_and_latin()).is_empty()
                    && (!unicode::is_specific(script) || !script.intersection(cjk_and_latin()).is_empty());
                self.mix &= !(self.latin && self.east_asian);
            }
        }
        self.single || self.mix || self.bare
    }

    /// A character that ends a sub-word came.
    fn end_sub_word(&mut self) {
        self.number |= self.sub_digits && self.sub_strong;
        (self.sub_digits, self.sub_strong) = (false, false);
    }

    /// Narrows the shared scripts to `scx`; false when none is left.
    fn share(&mut self, scx: ScriptExtension) -> bool {
        let shared = self.common.map_or(scx, |s| s.intersection(scx));
        self.common = Some(shared);
        !shared.is_empty()
    }

    /// Whether the whole token can be skipped. Neutral digits beside letters of one script,
    /// in one sub-word, make a number the rules judge (`154Ჸ36`), unless that script mixes
    /// with Latin.
    pub(super) fn holds(&self) -> bool {
        let number = self.number || self.sub_digits && self.sub_strong;
        let single = self.single && !number && (!self.joined || self.common.is_some_and(unicode::uses_joiners));
        // An East Asian counter in a number is an intruder in some texts (R8).
        let mix = self.mix && !number;
        !self.joiner && (single || mix || self.bare)
    }

    /// [`SingleScript::holds`] in a text where no East Asian counter in a number can be an
    /// intruder (see [`OnlyCjkAndLatin`]): the mix of [`cjk_and_latin`] holds with numbers too
    /// (`2024년`, `3月`), as every host the rules could choose accepts it.
    fn holds_in(&self, text: &mut OnlyCjkAndLatin) -> bool {
        self.holds() || !self.joiner && self.mix && text.holds()
    }

    /// What the quick look of §6 has to do with the token, once it ended and was found to need
    /// no analysis (`fast`) or not: nothing when it needs none and holds no cased letter but
    /// Latin ones (the look sees no word of two cased scripts or of look-alikes there, and no
    /// BACKSPACE or bidi control, which no such token holds); else walk it.
    fn look(&self, fast: bool) -> TokenLook {
        if fast && !self.cased {
            TokenLook::Nothing
        } else {
            TokenLook::Walk
        }
    }
}

/// The end of the token that starts at `start`, and whether it needs no analysis: all plain
/// characters (see [`is_plain`]), or single-script (see `is_single_script`). Found in one walk
/// for most tokens, which are plain; the others are walked again from the start.
/// `only` tells, when a token needs it, whether `text` writes letters of no script beyond those
/// of [`cjk_and_latin`]. With `fuse`, a span that needs no analysis can go on over spaces and
/// line feeds through the tokens after it that need none either (see `one_script_or_junk` and
/// [`plain_tokens`]).
pub(super) fn token_span(text: &str, start: usize, look: bool, fuse: bool, only: &mut OnlyCjkAndLatin) -> Span {
    span_from(text, start, true, look, fuse, only)
}

/// [`token_span`], with or without its shortcuts for tokens with junk (see [`fails_every_walk`]).
fn span_from(text: &str, start: usize, shortcut: bool, look: bool, fuse: bool, only: &mut OnlyCjkAndLatin) -> Span {
    let rest = &text[start..];
    let span = |end: usize, fast: bool, nfc: bool, look: TokenLook| Span { end, fast, nfc, look };
    // Printable ASCII first, a byte at a time, then any character.
    let ascii = rest.bytes().position(|b| !b.is_ascii_graphic()).unwrap_or(rest.len());
    let Some((odd, c)) = rest[ascii..]
        .char_indices()
        .find(|&(_, c)| !is_plain(c) || c.is_whitespace())
    else {
        return span(text.len(), true, true, TokenLook::Nothing);
    };
    let odd = ascii + odd;
    if c.is_whitespace() {
        // Plain characters are NFC and never combine, and their letters are Latin.
        let end = if fuse {
            plain_tokens(text, start + odd)
        } else {
            start + odd
        };
        return span(end, true, true, TokenLook::Nothing);
    }
    // Most letters of most scripts come before U+2000, and most junk after it.
    if shortcut && c >= '\u{2000}' && fails_every_walk(c) {
        // What the walks below would find, without them.
        return span(find_space(text, start + odd), false, false, TokenLook::Walk);
    }
    walked_span(text, start, shortcut, look, fuse, only)
}

/// The end of a span of plain tokens (see [`is_plain`]) that goes on from `end`, the whitespace
/// after the first, over spaces and line feeds through the tokens after it that are plain too:
/// the whitespace after the last, or the end of `text`. Each such token alone is a span that
/// needs no analysis and nothing for the look, and so is the run of them, as
/// `one_script_or_junk` fuses tokens of one script (text of Latin letters with accents, where
/// most tokens have a letter beyond ASCII, is otherwise walked and scanned for a token at a time).
fn plain_tokens(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(end), Some(b' ' | b'\n')) {
        return end;
    }
    // Printable ASCII and spaces are skipped many bytes at a time.
    let mut i = end + 1;
    while let Some(at) = unicode::find_byte(bytes, i, |b| !(0x20..0x7F).contains(&b)) {
        let Some(c) = text[at..].chars().next() else { break };
        if c == '\n' || !c.is_ascii() && is_plain(c) {
            i = at + c.len_utf8();
        } else if c.is_whitespace() {
            // A plain token ends there, and the span with it.
            return at;
        } else {
            // Not plain: the span ends at the space or line feed before this token.
            return bytes[..at]
                .iter()
                .rposition(|&b| b == b' ' || b == b'\n')
                .unwrap_or(end);
        }
    }
    text.len()
}

/// Whether `c`, after plain characters (see [`is_plain`]), ends each walk of [`token_span`]
/// with no span found: an emoji, pictograph, styled or invisible character, but a joiner or
/// punctuation. Most tokens with junk have one.
fn fails_every_walk(c: char) -> bool {
    let props = unicode::props(c);
    (props.is_emoji() || props.is_pictographic() || props.is_styled() || props.is_invisible())
        && props.group() != GeneralCategoryGroup::Punctuation
        && c != unicode::ZWJ
        && c != unicode::ZWNJ
}

/// [`token_span`] past its plain start: the span that `one_script_or_junk`, `east_asian` or
/// [`SingleScript`] finds. With `shortcut`, a token whose walk of `one_script_or_junk` stops at
/// a character that ends every walk goes to the analysis without the other two.
fn walked_span(text: &str, start: usize, shortcut: bool, look: bool, fuse: bool, only: &mut OnlyCjkAndLatin) -> Span {
    let rest = &text[start..];
    let span = |end: usize, fast: bool, nfc: bool, look: TokenLook| Span { end, fast, nfc, look };
    match one_script_or_junk(rest, look, fuse) {
        Some((at, _, TokenLook::Walk)) if shortcut => {
            // What the walks below would find, without them.
            return span(find_space(text, start + at), false, false, TokenLook::Walk);
        }
        Some((len, nfc, look)) if look != TokenLook::Walk => return span(start + len, true, nfc, cased_only(look)),
        _ => {}
    }
    if let Some((len, nfc)) = east_asian(rest, || only.holds()) {
        // Letters of no cased script: nothing for the look.
        return span(start + len, true, nfc, TokenLook::Nothing);
    }
    let mut single = SingleScript::default();
    let mut end = text.len();
    for (i, c) in rest.char_indices() {
        if c.is_whitespace() {
            end = start + i;
            break;
        }
        if !single.push(c) {
            return span(find_space(text, start + i), false, false, TokenLook::Walk);
        }
    }
    let fast = single.holds_in(only);
    span(end, fast, single.nfc.ok, single.look(fast))
}

/// `one_script_or_junk`, with what it says of junk left out, and its look as `walked_span` gives
/// it (for the tests).
#[cfg(test)]
fn one_script(token: &str, look: bool, fuse: bool) -> Option<(usize, bool, TokenLook)> {
    one_script_or_junk(token, look, fuse)
        .filter(|&(.., look)| look != TokenLook::Walk)
        .map(|(len, nfc, look)| (len, nfc, cased_only(look)))
}

/// The look of a span of `one_script_or_junk`, which gives the letters of any script other than
/// Latin: only those of a cased script can make a word of Latin look-alikes. Asked once a span,
/// not once a token of it.
fn cased_only(look: TokenLook) -> TokenLook {
    match look {
        TokenLook::Cased { script, .. } if !unicode::lookalike::is_cased_script(script) => TokenLook::Nothing,
        look => look,
    }
}

/// The common case of [`SingleScript`], walked with less state: a token of plain letters and
/// marks of one script (see `Props::is_plain_letter`), with ASCII and neutral punctuation but no
/// digit. Its length, whether it is NFC and what the quick look of §6 finds in it, or `None`
/// for any other token, which [`SingleScript`] then judges; every token accepted here it skips
/// too (a test checks it).
///
/// With `fuse`, the span goes on over a space or a line feed (which no rule looks at when no
/// character is to be dropped) into the next token, as long as that one is accepted on its own
/// and its letters are of the same script, or it has none: one span for a run of such tokens,
/// NFC if each is, and with a word of Latin look-alikes if one of them has one
/// (`one_script_fuses_what_it_accepts_alone` holds it to the tokens walked one by one).
///
/// When the first token has, where the walk stops, a character that ends each walk of
/// [`token_span`] with no span found (see [`fails_every_walk`]), it says where, with
/// [`TokenLook::Walk`]: the token needs the full analysis.
fn one_script_or_junk(token: &str, look: bool, fuse: bool) -> Option<(usize, bool, TokenLook)> {
    let mut script: Option<Script> = None;
    let mut after_letter = false;
    let mut nfc = NfcCheck::default();
    // The letters that are not ASCII, for the quick look of §6 (see `look::Looker::cased`).
    let mut letters = 0usize;
    // With `fuse`: the script of the letters of the tokens before, and the span they make.
    let mut span_script: Option<Script> = None;
    let mut done = None;
    // The span up to `i`, where the current token ends: `done` if its letters are of another
    // script than those before it.
    let finish = |i: usize, nfc: NfcCheck, letters: usize, script: Option<Script>, span: Option<Script>, done| {
        if matches!((span, script), (Some(a), Some(b)) if a != b) {
            return done;
        }
        let look = match span.or(script) {
            // Only letters of a script other than Latin can make a word of Latin look-alikes
            // (of a cased one: see `cased_only`).
            Some(script) if look && script != Script::Latin => TokenLook::Cased { script, letters },
            _ => TokenLook::Nothing,
        };
        Some((i, nfc.ok, look))
    };
    let bytes = token.as_bytes();
    let mut run = Run::default();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            let c = char::from(b);
            nfc.ascii(c);
            i += 1;
            match c {
                ' ' | '\n' if fuse => {
                    done = finish(i - 1, nfc, letters, script, span_script, done);
                    if done.is_none_or(|(end, ..)| end != i - 1) {
                        return done;
                    }
                    // The next token starts afresh, as it would on its own.
                    span_script = span_script.or(script);
                    (script, after_letter) = (None, false);
                }
                '\t'..='\r' | ' ' => return finish(i - 1, nfc, letters, script, span_script, done),
                'a'..='z' | 'A'..='Z' => {
                    if *script.get_or_insert(Script::Latin) != Script::Latin {
                        return done;
                    }
                    after_letter = true;
                }
                '!'..='/' | ':'..='@' | '['..='`' | '{'..='~' => after_letter = false,
                _ => return done,
            }
            continue;
        }
        // The common case of the branches below: a run of letters of the token's script (or of
        // a first letter's), each an NFC boundary.
        let stop = run.letters(bytes, i, script);
        if stop.count > 0 {
            (i, script, after_letter) = (stop.end, stop.script, true);
            letters += stop.count;
            nfc.boundary(stop.last);
        }
        let Some((c, len, props)) = stop.next else {
            if stop.count == 0 {
                // Never so for UTF-8; the full analysis then.
                return done;
            }
            continue;
        };
        let at = i;
        i += len;
        if props.is_plain_letter() {
            match script {
                None => script = Some(props.script),
                Some(s) if s != props.script => return done,
                Some(_) => {}
            }
            if props.group() == GeneralCategoryGroup::Mark {
                if !after_letter {
                    return done;
                }
            } else {
                // A letter that joins the cluster of the punctuation before it (`’ำ`): its
                // marks are on that punctuation (R7).
                if !after_letter && unicode::joins_back(c) {
                    return done;
                }
                after_letter = true;
                letters += 1;
            }
        } else if props.group() == GeneralCategoryGroup::Punctuation && !props.is_emoji() && !props.is_invisible() && {
            // Neutral punctuation, or punctuation of the token's script (`।` after Bengali
            // letters): every script the letters so far share keeps it.
            let scx = props.scx(c);
            !unicode::is_specific(scx) || script.is_some_and(|s| scx.contains_script(s))
        } {
            after_letter = false;
        } else if c.is_whitespace() {
            return finish(at, nfc, letters, script, span_script, done);
        } else if done.is_none() && fails_every_walk(c) {
            return Some((at, false, TokenLook::Walk));
        } else {
            return done;
        }
        nfc.push(c, props);
    }
    match done {
        // Nothing after the last space.
        Some((end, ..)) if end + 1 == token.len() => done,
        _ => finish(token.len(), nfc, letters, script, span_script, done),
    }
}

/// The NFC quick check, one character at a time: a character NFC may join to what precedes it
/// must keep canonical order and compose with nothing; `ok` is cleared when that cannot be told
/// so cheaply, and the text is then checked exactly (see `normalize::is_nfc`).
#[derive(Clone, Copy, Debug)]
pub(super) struct NfcCheck {
    pub(super) ok: bool,
    /// The combining class of the last character, and the character.
    last_class: u8,
    last: char,
}

impl Default for NfcCheck {
    fn default() -> Self {
        NfcCheck {
            ok: true,
            last_class: 0,
            last: ' ',
        }
    }
}

impl NfcCheck {
    pub(super) fn ascii(&mut self, c: char) {
        (self.last_class, self.last) = (0, c);
    }

    /// A character that is an NFC boundary (`Props::is_nfc_boundary`), as [`NfcCheck::push`]
    /// takes it.
    fn boundary(&mut self, c: char) {
        (self.last_class, self.last) = (0, c);
    }

    pub(super) fn push(&mut self, c: char, props: unicode::Props) {
        let last = std::mem::replace(&mut self.last, c);
        if props.is_nfc_boundary() {
            self.last_class = 0;
            return;
        }
        let class = canonical_combining_class(c);
        if props.is_nfc_yes() && self.last_class <= class {
            self.last_class = class;
        } else if props.is_nfc_maybe() && class == 0 && compose(last, c).is_none() {
            // A starter that may compose with the character before it (a vowel sign, a jamo),
            // and does not with this one: nothing before that one can reach it.
            self.last_class = 0;
        } else {
            self.ok = false;
        }
    }
}

/// A token found by [`token_span`] (or, fused, a run of tokens that need no analysis, with the
/// spaces and line feeds between them).
pub(super) struct Span {
    /// Where it ends.
    pub(super) end: usize,
    /// Whether it needs no analysis.
    pub(super) fast: bool,
    /// Whether it is known to be NFC; only said of tokens that need no analysis.
    pub(super) nfc: bool,
    /// What the quick look of §6 finds in it, when the walk that found the span could tell.
    pub(super) look: TokenLook,
}

/// What the quick look of §6 finds in a token (see `look::Looker`), as far as the walk of
/// [`token_span`] can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TokenLook {
    /// Nothing: its letters are Latin, or of no cased script.
    Nothing,
    /// Its letters are of this one cased `script` other than Latin, `letters` of them; its words
    /// were not followed (see `look::Looker::cased`).
    Cased { script: Script, letters: usize },
    /// The look has to walk it.
    Walk,
}

#[cfg(test)]
#[path = "single_tests.rs"]
mod tests;
