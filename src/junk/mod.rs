//! The single place that decides what is junk (POLICY.md).
//!
//! [`scan`] walks a text once and reports every change the policy makes as an [`Edit`]: a byte
//! range to remove, or to replace (an emoji by its name, a styled word by its plain letters).
//! The cleaner applies the edits; `extract(kinds="junk")` reports them.
//!
//! The text is split at whitespace into tokens, tokens into grapheme clusters ("units"), and
//! tokens into sub-words at neutral punctuation (`-`, `/`, `’`, …). Context-free junk (emoji,
//! pictographs, invisible characters) is decided per unit; styled letters and script intruders
//! per sub-word, with the whole text consulted for scripts it uses elsewhere.
//!
//! One module per rule of POLICY.md, each citing its sections:
//! - `standalone`: §1, junk whatever surrounds it, and the debris inside kept clusters (R7, R12, R13);
//! - `symbols`: §2, symbols inside words (R1);
//! - `words`: the sub-words the next two judge (R16);
//! - `styled`: §2, styled letters (R5);
//! - `intruders`: §2 intruders and §3 legitimate mixes (R8, R9, R11, R17);
//! - `joiners`: §3, ZWJ and ZWNJ (R15), judged last.
//!
//! Most tokens never get that far: `single` skips tokens that need no analysis, `quick` decides
//! the common shapes of junk in a word without it, `clusters` segments only where a rule can
//! join characters, and `scripts` counts the text's scripts when a rule asks. Each of these
//! is held to the full analysis by tests, and the whole scan to the model of POLICY.md in
//! `tests/model/` (`tests/differential.rs`). The first scan of a text also takes the quick look
//! of §6 as it walks the tokens (`scan_looking`, `crate::look::Looker`).

use std::borrow::Cow;
use std::ops::Range;

use crate::look::{Looker, Seen};
use crate::unicode::{self, GeneralCategoryGroup, Script, ScriptExtension};

mod clusters;
mod east_asian;
mod intruders;
mod joiners;
mod names;
mod quick;
mod runs;
mod scripts;
mod single;
mod standalone;
mod styled;
mod symbols;
mod walk;
mod words;

use clusters::clusters;
use east_asian::OnlyCjkAndLatin;
use intruders::{Host, cjk_and_latin};
pub(crate) use names::{emoji_replacements, emojize, shortcodes};
use scripts::{TextScripts, is_ascii_space, is_separator};
use single::{SingleScript, Span, TokenLook, is_plain, token_span};
use standalone::foreign_letter_at;
pub(crate) use walk::removals_leaving_ascii;
use words::Live;

crate::kind::named! {
    /// Why a piece of text is junk: the `reason` of `junk()` and the value of `Class::Junk`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Reason as "reason" {
        /// An emoji, as a whole grapheme cluster (ZWJ sequences, flags, keycaps, skin tones, tags).
        Emoji = "emoji",
        /// A pictograph or notation symbol, or a symbol glued inside a word.
        Symbol = "symbol",
        /// A styled (mathematical, circled) letter glued to ordinary letters, or a styled word folded.
        Styled = "styled",
        /// Characters of a script foreign to the word or number they are glued into.
        Intruder = "intruder",
        /// Zero-width, bidi, control, private-use and unassigned characters, and orphan joiners.
        Invisible = "invisible",
        /// A character the caller asked to drop.
        Drop = "drop",
        /// A character deleted by the backspace after it, and the backspace (POLICY.md R20).
        Backspace = "backspace",
        /// Bidi controls that made the stored order differ from the shown one (R21).
        Bidi = "bidi",
        /// A letter of another script that looks like a letter of the word's own (R22).
        Homoglyph = "homoglyph",
    }
}

/// How many pieces of junk of each reason `clean` removed or replaced: what the command line's
/// summary reports. Counted from the very edits the engine makes, not by a second look.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    counts: [u64; Reason::ALL.len()],
}

impl Tally {
    /// Counts one piece of junk.
    pub fn add(&mut self, reason: Reason) {
        self.counts[reason as usize] += 1;
    }

    /// The pieces of junk of `reason`.
    #[must_use]
    pub fn get(&self, reason: Reason) -> u64 {
        self.counts[reason as usize]
    }

    /// Adds `other`'s counts to these.
    pub fn merge(&mut self, other: &Tally) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts) {
            *mine += theirs;
        }
    }

    /// Every reason with its count, in the order of [`Reason::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (Reason, u64)> + '_ {
        Reason::ALL.iter().map(|&r| (r, self.get(r)))
    }
}

/// What happens to emoji.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum EmojiAction {
    /// Remove every emoji sequence (the default).
    #[default]
    Remove,
    /// Keep emoji as they are.
    Keep,
    /// Replace each emoji by its short name, `:banana:`: the text is judged with its emoji kept,
    /// and the names written in once it is clean (POLICY.md R23).
    Name,
    /// Replace each emoji by this text, as [`EmojiAction::Name`] does its name.
    Replace(String),
}

/// The junk policy's switches. `true` means "remove".
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[allow(clippy::struct_excessive_bools)] // one switch per Python option, each independent
pub struct JunkOptions {
    /// What happens to emoji.
    pub emoji: EmojiAction,
    /// Remove pictographic symbols and symbols glued inside words.
    pub symbols: bool,
    /// Remove script intruders.
    pub intruders: bool,
    /// Remove styled letters glued to ordinary ones, and fold styled words.
    pub styled: bool,
    /// Remove invisible characters.
    pub invisible: bool,
    /// Characters followed by a backspace (POLICY.md R20).
    pub backspaces: Restoration,
    /// Bidi overrides, embeddings and isolates (R21).
    pub bidi: Restoration,
    /// Look-alike letters of another script (R22).
    pub homoglyphs: Restoration,
    /// Characters always kept, sorted.
    pub keep: Vec<char>,
    /// Characters always removed, sorted.
    pub drop: Vec<char>,
}

impl Default for JunkOptions {
    fn default() -> Self {
        JunkOptions {
            emoji: EmojiAction::Remove,
            symbols: true,
            intruders: true,
            styled: true,
            invisible: true,
            backspaces: Restoration::Restore,
            bidi: Restoration::Restore,
            homoglyphs: Restoration::Restore,
            keep: Vec::new(),
            drop: Vec::new(),
        }
    }
}

/// What happens to one class of the perturbations of POLICY.md §6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Restoration {
    /// Restore what the reader sees (the default).
    #[default]
    Restore,
    /// Judge the characters by §1–§2 alone, as if §6 did not exist.
    Remove,
    /// Keep the control characters and their effect (backspaces and bidi only).
    Keep,
}

impl JunkOptions {
    fn removes_nothing(&self) -> bool {
        self.emoji != EmojiAction::Remove
            && !self.symbols
            && !self.intruders
            && !self.styled
            && !self.invisible
            && self.drop.is_empty()
    }
}

/// One change the policy makes: `text[range]` becomes `replacement` (empty for a removal).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit<'t> {
    /// Byte range in the scanned text, on character boundaries.
    pub range: Range<usize>,
    /// Why.
    pub reason: Reason,
    /// What replaces the range; empty when it is removed.
    pub replacement: Cow<'t, str>,
}

impl Edit<'_> {
    fn removal(range: Range<usize>, reason: Reason) -> Self {
        Edit {
            range,
            reason,
            replacement: Cow::Borrowed(""),
        }
    }
}

/// Reports every edit the policy makes to `text`, in order and without overlaps.
pub fn scan<'t>(text: &'t str, opts: &JunkOptions, sink: impl FnMut(Edit<'t>)) {
    scan_in(text, opts, None, sink);
}

/// [`scan`], in the `windows` of `text` only when given (sorted byte ranges, each a run of whole
/// tokens and the whitespace between them), saying also what the scan found out besides the
/// edits (see [`Scanned`]).
pub(crate) fn scan_in<'t>(
    text: &'t str,
    opts: &JunkOptions,
    windows: Option<&[Range<usize>]>,
    sink: impl FnMut(Edit<'t>),
) -> Scanned {
    scan_with(text, opts, true, windows, None, sink)
}

/// [`scan`] of the whole text, taking also the quick look of §6 as it walks the tokens (see
/// [`Looker`]): what [`crate::look::look`] sees of `text`. When the look asks for a restoration
/// that `opts` wants, the scan may stop there, and its edits are not all reported.
///
/// Where the look asks for a restoration, `restores_nothing(seen)` may say that the restorations
/// would leave the text as it is: the scan then goes on to the end without the look, its edits
/// are all reported, and `Scanned::resumed` says so.
pub(crate) fn scan_looking<'t>(
    text: &'t str,
    opts: &JunkOptions,
    mut restores_nothing: impl FnMut(Seen) -> bool,
    sink: impl FnMut(Edit<'t>),
) -> (Scanned, Seen) {
    let restore = |r: Restoration| r == Restoration::Restore;
    let mut looker = Looker::new(
        text,
        [restore(opts.backspaces), restore(opts.bidi), restore(opts.homoglyphs)],
    );
    let mut scanned = scan_with(text, opts, true, None, Some((&mut looker, &mut restores_nothing)), sink);
    let whole = scanned.walked && !scanned.resumed && !scanned.stopped;
    scanned.blank = whole && looker.blank();
    scanned.unmixed = whole && looker.unmixed();
    let seen = if scanned.walked {
        looker.seen()
    } else {
        crate::look::look(text)
    };
    (scanned, seen)
}

/// The look of [`scan_looking`], and what says that the restorations would change nothing.
type Looking<'a, 'l> = (&'a mut Looker<'l>, &'a mut dyn FnMut(Seen) -> bool);

impl Scanned {
    /// A scan that found nothing to judge.
    fn untouched(nfc: bool, walked: bool) -> Self {
        Scanned {
            settled: true,
            nfc,
            consulted: false,
            walked,
            resumed: false,
            stopped: false,
            kept_emoji: false,
            blank: false,
            unmixed: false,
        }
    }

    /// A scan stopped where the look asked for restorations.
    fn stopped() -> Self {
        Scanned {
            settled: false,
            nfc: false,
            consulted: true,
            walked: true,
            resumed: false,
            stopped: true,
            blank: false,
            unmixed: false,
            kept_emoji: true,
        }
    }
}

/// What a scan found out besides the edits.
#[derive(Clone, Copy, Debug)]
#[allow(clippy::struct_excessive_bools)] // independent facts about one scan
pub(crate) struct Scanned {
    /// Whether the text the edits leave is settled: the edits only remove junk that needs no
    /// context from tokens of plain characters (see `Scanner::quick_token`), so that no other
    /// scan would find more there, and no letter, word or word break of the text changes, so
    /// that no other token is judged otherwise. The whitespace tidying can still join two
    /// tokens, which the caller checks.
    pub(crate) settled: bool,
    /// Whether every character that is not ASCII passed the NFC quick check (said of a scan of
    /// the whole text only): if not, the edits are to be thrown away, and the text normalised
    /// and scanned again.
    pub(crate) nfc: bool,
    /// Whether some token's judgement asked how the whole text uses scripts. If not, each
    /// token was judged on its own characters alone, so another scan finds edits only in the
    /// tokens these edits change.
    pub(crate) consulted: bool,
    /// Whether every token with a byte other than printable ASCII, tab or a line break was
    /// walked, in order (see [`Looker`]).
    pub(crate) walked: bool,
    /// Whether the look of [`scan_looking`] asked for restorations that would change nothing,
    /// and the scan went on without it.
    pub(crate) resumed: bool,
    /// Whether the scan stopped where the look of [`scan_looking`] asked for restorations, its
    /// edits not all reported.
    pub(crate) stopped: bool,
    /// Whether the scan kept an emoji that the options name or replace (R23,
    /// [`emoji_replacements`]): no other emoji can be in the text it scanned.
    pub(crate) kept_emoji: bool,
    /// Whether the look of [`scan_looking`] was given every token and none showed it anything
    /// (see `Looker::blank`): the text holds no BACKSPACE, no bidi control and no cased letter of
    /// a script other than Latin. Said of a scan that took the look only.
    pub(crate) blank: bool,
    /// Whether the look of [`scan_looking`] was given every token and none held cased letters of
    /// two scripts (see `Looker::unmixed`). Said of a scan that took the look only.
    pub(crate) unmixed: bool,
}

/// [`scan`] with every suspect token given the full analysis, the reference the quick path of
/// [`Scanner::quick_token`] is tested against.
#[cfg(test)]
pub(crate) fn scan_full<'t>(text: &'t str, opts: &JunkOptions, sink: impl FnMut(Edit<'t>)) {
    scan_with(text, opts, false, None, None, sink);
}

fn scan_with<'t>(
    text: &'t str,
    opts: &JunkOptions,
    quick: bool,
    windows: Option<&[Range<usize>]>,
    mut looker: Option<Looking<'_, '_>>,
    mut sink: impl FnMut(Edit<'t>),
) -> Scanned {
    if opts.removes_nothing() {
        return Scanned::untouched(text.is_ascii(), false);
    }
    let ascii_drop: Vec<u8> = opts.drop.iter().filter(|c| c.is_ascii()).map(|&c| c as u8).collect();
    // The first byte to look at in the whole text: none in ASCII that needs no look, the most
    // common text of all, which has nothing to judge.
    let mut first = None;
    if windows.is_none() {
        first = find_suspect(text.as_bytes(), 0, &ascii_drop);
        if first.is_none() {
            return Scanned::untouched(true, true);
        }
    }
    let mut scanner = Scanner::new(text, opts);
    // ASCII is NFC; every other character is looked at below, and checked.
    let mut nfc = true;
    let mut resumed = false;
    let whole = 0..text.len();
    let mut only_cjk_and_latin = OnlyCjkAndLatin::new(text);
    for window in windows.unwrap_or(std::slice::from_ref(&whole)) {
        // Only tokens holding a suspect byte (non-ASCII, control, or a character to drop) are
        // looked at; the rest of the window is skipped 32 bytes at a time.
        let Some(bytes) = text.as_bytes().get(..window.end) else {
            break;
        };
        let mut pos = window.start;
        while let Some(at) = first.take().or_else(|| find_suspect(bytes, pos, &ascii_drop)) {
            let Some(c) = text.get(at..).and_then(|t| t.chars().next()) else {
                break;
            };
            if c.is_whitespace() {
                nfc &= crate::normalize::is_nfc_boundary(c);
                scanner.gap_char(at, c);
                pos = at + c.len_utf8();
            } else {
                // No suspect byte before `at`: ASCII alone.
                let start = bytes[pos..at]
                    .iter()
                    .rposition(|&b| is_ascii_space(b))
                    .map_or(pos, |i| pos + i + 1);
                let mut span = if opts.drop.is_empty() {
                    // Over the whole text, a span that needs no analysis can take in the tokens
                    // after it that need none (not in windows, where it would walk past them).
                    token_span(
                        text,
                        start,
                        looker.is_some(),
                        windows.is_none(),
                        &mut only_cjk_and_latin,
                    )
                } else {
                    Span {
                        end: find_space(text, at),
                        fast: false,
                        nfc: false,
                        look: TokenLook::Walk,
                    }
                };
                // A token whose junk needs no context, and which needs no analysis without it, is
                // decided here: its edits are out, and it is walked as a token that needs none.
                let mut decided = span.fast;
                if !span.fast
                    && quick
                    && let Some(without) =
                        scanner.without_junk(start..span.end, looker.is_some(), &mut only_cjk_and_latin)
                {
                    (span, decided) = (without, true);
                }
                let end = span.end;
                let mut resume = false;
                if let Some((looker, restores_nothing)) = looker.as_mut() {
                    match span.look {
                        TokenLook::Nothing => {}
                        TokenLook::Cased { script, letters } => looker.cased(start..end, script, letters),
                        TokenLook::Walk => {
                            // Only a walk can decide the look (see `Looker::decided`).
                            looker.token(start..end);
                            if looker.decided() {
                                if !restores_nothing(looker.seen()) {
                                    return Scanned::stopped();
                                }
                                resume = true;
                            }
                        }
                    }
                }
                if resume {
                    // The restorations change nothing: the rest of the text is scanned as a scan
                    // without the look would.
                    looker = None;
                    resumed = true;
                }
                // A token that starts with a character NFC never joins to what precedes it is
                // NFC on its own or not at all.
                nfc = nfc
                    && (span.nfc
                        || text[start..].starts_with(crate::normalize::is_nfc_boundary)
                            && crate::normalize::is_nfc(&text[start..end]));
                if !(decided || quick && scanner.quick_token(start..end)) {
                    scanner.token(start..end);
                    scanner.settled &= scanner.edits.is_empty();
                }
                pos = end;
                first = suspect_after_a_space(bytes, end, &ascii_drop);
            }
            for edit in scanner.edits.drain(..) {
                sink(edit);
            }
        }
    }
    scanner.scanned(nfc, windows.is_none(), resumed)
}

/// Whether `text` is ASCII with no control but tab, line feed and carriage return: what no junk
/// pass and no restoration changes, whatever the options, unless they drop ASCII characters.
pub(crate) fn is_plain_ascii(text: &str) -> bool {
    find_suspect(text.as_bytes(), 0, &[]).is_none()
}

/// The first byte of `bytes` at or after `from` that is not plain ASCII (see
/// [`is_plain_ascii`]), or `None`.
pub(crate) fn find_not_plain(bytes: &[u8], from: usize) -> Option<usize> {
    find_suspect(bytes, from, &[])
}

/// Whether `text` has a byte that needs a look under `opts`: without one (ASCII with no control
/// but tab and line breaks, and no character to drop), neither the junk passes nor the
/// restorations of §6 can change anything.
pub(crate) fn needs_a_look(text: &str, opts: &JunkOptions) -> bool {
    let ascii_drop: Vec<u8> = opts.drop.iter().filter(|c| c.is_ascii()).map(|&c| c as u8).collect();
    find_suspect(text.as_bytes(), 0, &ascii_drop).is_some()
}

/// The first byte at or after `from` that needs a look: non-ASCII, a control other than tab,
/// line feed and carriage return, or a character to drop.
fn find_suspect(bytes: &[u8], from: usize, ascii_drop: &[u8]) -> Option<usize> {
    if ascii_drop.is_empty() {
        unicode::find_byte(bytes, from, is_suspect)
    } else {
        let rest = bytes.get(from..)?;
        rest.iter().position(|&b| needs_look(b, ascii_drop)).map(|i| from + i)
    }
}

/// [`needs_look`] with no character to drop, in a form the compiler turns into vector
/// instructions: a byte from 0x7F on or below 0x20, as a signed byte one more than it is below
/// 0x21, but tab, line feed and carriage return.
#[inline]
#[allow(clippy::cast_possible_wrap, clippy::needless_bitwise_bool)] // the signed byte, and no branch
fn is_suspect(b: u8) -> bool {
    ((b.wrapping_add(1) as i8) < 0x21) & (b != b'\t') & (b != b'\n') & (b != b'\r')
}

/// [`find_suspect`] from `from` when it is quickly told: in text of another script, a token
/// most often ends before one space, and the next starts with a byte that is not ASCII. `None`
/// when it is not so quickly told.
fn suspect_after_a_space(bytes: &[u8], from: usize, ascii_drop: &[u8]) -> Option<usize> {
    match bytes.get(from..)? {
        [b' ', next, ..] if !next.is_ascii() && !ascii_drop.contains(&b' ') => Some(from + 1),
        _ => None,
    }
}

/// The start of the first whitespace character at or after `from`, or the end of `text`.
fn find_space(text: &str, from: usize) -> usize {
    text[from..].find(char::is_whitespace).map_or(text.len(), |i| from + i)
}

/// Whether an ASCII byte (or any non-ASCII byte) needs a closer look.
fn needs_look(b: u8, ascii_drop: &[u8]) -> bool {
    b >= 0x7F || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || ascii_drop.contains(&b)
}

/// What a unit (grapheme cluster) is, by its first character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Letter,
    Styled,
    Digit,
    Mark,
    Punct,
    Symbol,
    /// A ZWJ or ZWNJ standing as a cluster of its own: kept only between two letters.
    Joiner,
    Other,
}

/// How many units [`Scanner::token`] makes room for at its first token.
const UNITS_RESERVED: usize = 16;

#[derive(Clone, Debug)]
struct Unit {
    range: Range<usize>,
    class: Class,
    script: Script,
    scx: ScriptExtension,
    /// Removed or replaced already.
    gone: bool,
    /// Kept whatever the rules say (the caller's `keep`, or a kept emoji).
    forced: bool,
}

impl Unit {
    /// Letters, digits, marks and script-specific punctuation hold a sub-word together;
    /// neutral punctuation and symbols split it.
    fn is_word_part(&self) -> bool {
        match self.class {
            Class::Letter | Class::Styled | Class::Digit | Class::Mark | Class::Joiner => true,
            Class::Punct | Class::Symbol => unicode::is_specific(self.scx),
            Class::Other => false,
        }
    }

    fn is_strong(&self) -> bool {
        unicode::is_specific(self.scx)
    }

    fn is_letter(&self) -> bool {
        matches!(self.class, Class::Letter | Class::Styled)
    }
}

#[allow(clippy::struct_excessive_bools)] // independent facts about one scan
struct Scanner<'t, 'o> {
    text: &'t str,
    opts: &'o JunkOptions,
    scripts: Option<TextScripts>,
    units: Vec<Unit>,
    edits: Vec<Edit<'t>>,
    /// See [`Scanned::settled`].
    settled: bool,
    /// Whether [`Scanner::quick_token`] removed a letter, which changes the letter counts of
    /// the text, and whether [`Scanner::host`] consulted them.
    letter_gone: bool,
    letters_consulted: bool,
    /// See [`Scanned::kept_emoji`].
    kept_emoji: bool,
    /// The units of the token being judged that are still there (see [`Live`]).
    live: Live,
    /// What is left of a token without its junk (see [`Scanner::without_junk`]).
    left: String,
    /// The letters of the token's units still there, as the text counts them (see
    /// [`Scanner::token_in_text`]), once a rule asks, and kept up to date from then on.
    in_text: Option<Vec<(Script, usize)>>,
}

impl<'t, 'o> Scanner<'t, 'o> {
    /// A scanner of `text` that found nothing yet.
    fn new(text: &'t str, opts: &'o JunkOptions) -> Self {
        Scanner {
            text,
            opts,
            scripts: None,
            units: Vec::new(),
            edits: Vec::new(),
            settled: true,
            letter_gone: false,
            letters_consulted: false,
            kept_emoji: false,
            live: Live::default(),
            left: String::new(),
            in_text: None,
        }
    }

    /// What the scan found out besides the edits, once it is over.
    fn scanned(&self, nfc: bool, walked: bool, resumed: bool) -> Scanned {
        Scanned {
            settled: self.settled && !(self.letter_gone && self.letters_consulted),
            nfc,
            consulted: self.scripts.is_some(),
            walked,
            resumed,
            stopped: false,
            kept_emoji: self.kept_emoji,
            blank: false,
            unmixed: false,
        }
    }

    /// A whitespace character between tokens.
    fn gap_char(&mut self, pos: usize, c: char) {
        let range = pos..pos + c.len_utf8();
        if self.opts.keep.binary_search(&c).is_ok() {
            return;
        }
        if self.opts.drop.binary_search(&c).is_ok() {
            self.settled = false;
            self.edits.push(Edit::removal(range, Reason::Drop));
        } else if self.opts.invisible && matches!(c, '\u{B}' | '\u{C}' | '\u{85}') {
            self.settled = false;
            // Vertical tab, form feed and NEL are controls that break lines: keep the break.
            self.edits.push(Edit {
                range,
                reason: Reason::Invisible,
                replacement: Cow::Borrowed("\n"),
            });
        }
    }

    fn token(&mut self, range: Range<usize>) {
        let text = self.text;
        let token = &text[range.clone()];
        self.units.clear();
        self.in_text = None;
        // Room for the clusters of most words at once, not grown from four in three steps.
        self.units.reserve(UNITS_RESERVED);
        for (offset, cluster) in clusters(token) {
            let mut start = range.start + offset;
            let mut cluster = cluster;
            // A cluster can hold letters of two scripts: a prepended sign (U+111C2 + `r`) or an
            // Indic conjunct across scripts (`ष्` + `ણ`). Judge each script's part on its own.
            while let Some(split) = foreign_letter_at(cluster) {
                let (head, tail) = cluster.split_at(split);
                self.unit(start..start + head.len(), head);
                start += head.len();
                cluster = tail;
            }
            self.unit(start..start + cluster.len(), cluster);
        }
        // The edits so far remove whole units or the debris inside them, in order.
        let debris = self.edits.len();
        if self.opts.symbols {
            self.symbols_inside_words();
        }
        if self.opts.styled || self.opts.intruders {
            self.sub_words();
        }
        // Joiners are judged by the letters around them once the junk between is gone (R15).
        self.joiners(debris);
        // A unit removed whole swallows the edits made inside it before.
        self.edits
            .sort_by_key(|e| (e.range.start, std::cmp::Reverse(e.range.end)));
        let mut end = 0;
        self.edits.retain(|e| {
            let keep = e.range.start >= end;
            end = end.max(e.range.end);
            keep
        });
    }

    fn remove(&mut self, unit: &mut Unit, reason: Reason) {
        unit.gone = true;
        self.edits.push(Edit::removal(unit.range.clone(), reason));
    }

    fn replace(&mut self, unit: &mut Unit, reason: Reason, with: Cow<'t, str>) {
        unit.gone = true;
        self.edits.push(Edit {
            range: unit.range.clone(),
            reason,
            replacement: with,
        });
    }
}

fn class_of(props: unicode::Props) -> Class {
    match props.group() {
        GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number if props.is_styled() => Class::Styled,
        GeneralCategoryGroup::Letter => Class::Letter,
        GeneralCategoryGroup::Number => Class::Digit,
        GeneralCategoryGroup::Mark => Class::Mark,
        GeneralCategoryGroup::Punctuation => Class::Punct,
        GeneralCategoryGroup::Symbol => Class::Symbol,
        GeneralCategoryGroup::Separator | GeneralCategoryGroup::Other => Class::Other,
    }
}

#[cfg(test)]
pub(crate) mod tests;
