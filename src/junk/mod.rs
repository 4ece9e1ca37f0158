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
//! Most tokens never get that far: `single` skips tokens that need no analysis, `quick` decides
//! the common shapes of junk in a word without it (and is tested against it), `clusters`
//! segments only where a rule can join characters, and `scripts` counts the text's scripts
//! when a rule asks.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use crate::unicode::{self, GeneralCategoryGroup, Script, ScriptExtension};

mod clusters;
mod quick;
mod scripts;
mod single;

use clusters::clusters;
use quick::{standalone, verdict};
use scripts::{AsciiLatin, TextScripts, get, is_ascii_space, is_separator};
use single::{SingleScript, Span, is_plain, token_span};

/// Why a piece of text is junk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// An emoji, as a whole grapheme cluster (ZWJ sequences, flags, keycaps, skin tones, tags).
    Emoji,
    /// A pictograph or notation symbol, or a symbol glued inside a word.
    Symbol,
    /// A styled (mathematical, circled) letter glued to ordinary letters, or a styled word folded.
    Styled,
    /// Characters of a script foreign to the word or number they are glued into.
    Intruder,
    /// Zero-width, bidi, control, private-use and unassigned characters, and orphan joiners.
    Invisible,
    /// A character the caller asked to drop.
    Drop,
}

impl Reason {
    /// The lower-case name used in Python and in the CLI.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Emoji => "emoji",
            Reason::Symbol => "symbol",
            Reason::Styled => "styled",
            Reason::Intruder => "intruder",
            Reason::Invisible => "invisible",
            Reason::Drop => "drop",
        }
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
    /// Replace each emoji by its short name, `:banana:`.
    Name,
    /// Replace each emoji by this text.
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
            keep: Vec::new(),
            drop: Vec::new(),
        }
    }
}

impl JunkOptions {
    fn removes_nothing(&self) -> bool {
        self.emoji == EmojiAction::Keep
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
    scan_with(text, opts, true, windows, sink)
}

/// What a scan found out besides the edits.
#[derive(Clone, Copy, Debug)]
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
}

/// [`scan`] with every suspect token given the full analysis, the reference the quick path of
/// [`Scanner::quick_token`] is tested against.
#[cfg(test)]
pub(crate) fn scan_full<'t>(text: &'t str, opts: &JunkOptions, sink: impl FnMut(Edit<'t>)) {
    scan_with(text, opts, false, None, sink);
}

fn scan_with<'t>(
    text: &'t str,
    opts: &JunkOptions,
    quick: bool,
    windows: Option<&[Range<usize>]>,
    mut sink: impl FnMut(Edit<'t>),
) -> Scanned {
    if opts.removes_nothing() {
        return Scanned {
            settled: true,
            nfc: text.is_ascii(),
            consulted: false,
        };
    }
    let ascii_drop: Vec<u8> = opts.drop.iter().filter(|c| c.is_ascii()).map(|&c| c as u8).collect();
    let mut scanner = Scanner {
        text,
        opts,
        scripts: None,
        units: Vec::new(),
        edits: Vec::new(),
        settled: true,
        letter_gone: false,
        letters_consulted: false,
        live: Live::default(),
    };
    // ASCII is NFC; every other character is looked at below, and checked.
    let mut nfc = true;
    let whole = 0..text.len();
    for window in windows.unwrap_or(std::slice::from_ref(&whole)) {
        // Only tokens holding a suspect byte (non-ASCII, control, or a character to drop) are
        // looked at; the rest of the window is skipped 32 bytes at a time.
        let Some(bytes) = text.as_bytes().get(..window.end) else {
            break;
        };
        let mut pos = window.start;
        while let Some(at) = find_suspect(bytes, pos, &ascii_drop) {
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
                let span = if opts.drop.is_empty() {
                    token_span(text, start)
                } else {
                    Span {
                        end: find_space(text, at),
                        fast: false,
                        nfc: false,
                    }
                };
                let end = span.end;
                // A token that starts with a character NFC never joins to what precedes it is
                // NFC on its own or not at all.
                nfc = nfc
                    && (span.nfc
                        || text[start..].starts_with(crate::normalize::is_nfc_boundary)
                            && crate::normalize::is_nfc(&text[start..end]));
                if !(span.fast || quick && scanner.quick_token(start..end)) {
                    scanner.token(start..end);
                    scanner.settled &= scanner.edits.is_empty();
                }
                pos = end;
            }
            for edit in scanner.edits.drain(..) {
                sink(edit);
            }
        }
    }
    Scanned {
        settled: scanner.settled && !(scanner.letter_gone && scanner.letters_consulted),
        nfc,
        consulted: scanner.scripts.is_some(),
    }
}

/// The first byte at or after `from` that needs a look: non-ASCII, a control other than tab,
/// line feed and carriage return, or a character to drop.
fn find_suspect(bytes: &[u8], from: usize, ascii_drop: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    // Sets the high bit of a byte that may be suspect: a high bit, a byte below 0x20, or 0x7F.
    // Tab and line breaks make false alarms, which the exact check below clears.
    let maybe = |w: u64| {
        let below_space = w.wrapping_sub(LO * 0x20) & !w;
        let del = (w ^ (LO * 0x7F)).wrapping_sub(LO) & !(w ^ (LO * 0x7F));
        w | below_space | del
    };
    let mut i = from;
    loop {
        if ascii_drop.is_empty() {
            i = unicode::skip_words(bytes, i, maybe);
        }
        let end = if ascii_drop.is_empty() {
            (i + 8).min(bytes.len())
        } else {
            bytes.len()
        };
        if let Some(p) = bytes.get(i..end)?.iter().position(|&b| needs_look(b, ascii_drop)) {
            return Some(i + p);
        }
        if end >= bytes.len() {
            return None;
        }
        i = end;
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
enum Kind {
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

#[derive(Clone, Debug)]
struct Unit {
    range: Range<usize>,
    kind: Kind,
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
        match self.kind {
            Kind::Letter | Kind::Styled | Kind::Digit | Kind::Mark | Kind::Joiner => true,
            Kind::Punct | Kind::Symbol => unicode::is_specific(self.scx),
            Kind::Other => false,
        }
    }

    fn is_strong(&self) -> bool {
        unicode::is_specific(self.scx)
    }

    fn is_letter(&self) -> bool {
        matches!(self.kind, Kind::Letter | Kind::Styled)
    }
}

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
    /// The units of the token being judged that are still there (see [`Live`]).
    live: Live,
}

impl<'t> Scanner<'t, '_> {
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

    /// Classifies one grapheme cluster, and removes what is junk whatever surrounds it.
    fn unit(&mut self, range: Range<usize>, cluster: &'t str) {
        let opts = self.opts;
        let mut chars = cluster.chars();
        let Some(base) = chars.next() else { return };
        if cluster.len() == 1 && !base.is_ascii_control() && opts.drop.is_empty() {
            // ASCII: Latin letters and Common digits, punctuation and symbols, never junk.
            let script = if base.is_ascii_alphabetic() {
                Script::Latin
            } else {
                Script::Common
            };
            let kind = match base {
                'a'..='z' | 'A'..='Z' => Kind::Letter,
                '0'..='9' => Kind::Digit,
                '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' => Kind::Symbol,
                _ => Kind::Punct,
            };
            let scx = ScriptExtension::from(script);
            self.units.push(Unit {
                range,
                kind,
                script,
                scx,
                gone: false,
                forced: false,
            });
            return;
        }
        let props = unicode::props(base);
        let mut unit = Unit {
            range: range.clone(),
            kind: kind_of(props),
            script: props.script,
            scx: props.scx(base),
            gone: false,
            forced: false,
        };
        if unit.kind == Kind::Mark && !unicode::is_specific(unit.scx) {
            // Marks with no base, led by a neutral one: their order can change under NFC, so
            // the cluster takes the scripts of all its marks, not of whichever comes first.
            unit.script = Script::Common;
            unit.scx = cluster
                .chars()
                .map(|c| unicode::props(c).scx(c))
                .filter(|&scx| unicode::is_specific(scx))
                .reduce(ScriptExtension::union)
                .unwrap_or(unit.scx);
        }
        if opts.keep.binary_search(&base).is_ok() {
            unit.forced = true;
        } else if opts.drop.binary_search(&base).is_ok() {
            self.remove(&mut unit, Reason::Drop);
        } else if let Some(reason) = standalone(cluster, base, props) {
            if reason != Reason::Symbol {
                unit.kind = Kind::Other;
            }
            match verdict(opts, reason, cluster) {
                Some(with) => {
                    unit.gone = true;
                    self.edits.push(Edit {
                        range: unit.range.clone(),
                        reason,
                        replacement: with,
                    });
                }
                None => unit.forced = true,
            }
        } else if (base == unicode::ZWJ || base == unicode::ZWNJ) && cluster.len() == base.len_utf8() {
            // Judged once its neighbours are known (see `joiners`).
            unit.kind = Kind::Joiner;
        } else {
            self.inner_debris(&unit, base, chars.as_str(), range.start + base.len_utf8());
        }
        self.units.push(unit);
    }

    /// Strips from a kept cluster the parts that belong to no emoji and no script of its base:
    /// stray selectors, keycaps, skin tones and tags, and combining marks of a foreign script.
    fn inner_debris(&mut self, unit: &Unit, base: char, rest: &str, mut pos: usize) {
        if rest.is_empty() {
            return;
        }
        let emoji_base = unicode::is_emoji(base);
        let base_script = unit.scx;
        for c in rest.chars() {
            let len = c.len_utf8();
            let reason = if self.opts.keep.binary_search(&c).is_ok() {
                None
            } else if self.opts.drop.binary_search(&c).is_ok() {
                Some(Reason::Drop)
            } else if (c == unicode::VS16 || c == unicode::VS15) && !emoji_base
                || c == unicode::KEYCAP
                || unicode::is_emoji_modifier(c)
                || unicode::is_tag(c)
                || unicode::is_invisible(c)
            {
                self.opts.invisible.then_some(Reason::Invisible)
            } else if self.opts.intruders && self.is_foreign_mark(c, base, base_script) {
                Some(Reason::Intruder)
            } else {
                None
            };
            if let Some(reason) = reason {
                self.edits.push(Edit::removal(pos..pos + len, reason));
            }
            pos += len;
        }
    }

    /// A combining mark of a script foreign to its base: on a letter of another script always
    /// (`worే̈d`); on a neutral base (digit, punctuation) unless the text writes that script.
    fn is_foreign_mark(&mut self, c: char, base: char, base_script: ScriptExtension) -> bool {
        let props = unicode::props(c);
        if props.group() != GeneralCategoryGroup::Mark {
            return false;
        }
        let scx = props.scx(c);
        if !unicode::is_specific(scx) {
            return false;
        }
        if unicode::is_specific(base_script) {
            return scx.intersection(base_script).is_empty();
        }
        // A dotted circle or no-break space is how texts show a mark on its own; a mark with no
        // base at all (an orphan cluster of marks) has no base to be foreign to.
        let shown = matches!(base, '\u{25CC}' | '\u{A0}');
        let orphan = unicode::props(base).group() == GeneralCategoryGroup::Mark;
        !shown && !orphan && !self.used_elsewhere(scx, &[])
    }

    /// A ZWJ or ZWNJ, on its own or in a cluster, is kept only where it joins two letters of
    /// scripts that use joiners (`می‌خواهم`, `ශ්‍රී`, also once junk between them is gone); between
    /// letters of other scripts, or after anything but a letter, it joins nothing
    /// (`behavi\u{200D}or`). The first `debris` edits are those [`Scanner::unit`] made, in order.
    fn joiners(&mut self, debris: usize) {
        if !self.opts.invisible {
            return;
        }
        let joinable =
            |u: &Unit| matches!(u.kind, Kind::Letter | Kind::Mark) && (!u.is_strong() || unicode::uses_joiners(u.scx));
        let n = self.units.len();
        // The next unit still there after each unit, found from the end (this loop removes only
        // the unit it looks at, and looks ahead only at units it has not reached).
        let mut next_live = vec![None; n];
        let mut next = None;
        for k in (0..n).rev() {
            next_live[k] = next;
            if !self.units[k].gone {
                next = Some(k);
            }
        }
        let mut prev_live: Option<usize> = None;
        for (i, next) in next_live.into_iter().enumerate() {
            let after = next.is_some_and(|k| joinable(&self.units[k]));
            let unit = &self.units[i];
            if unit.kind == Kind::Joiner && !unit.gone && !unit.forced {
                let before = prev_live.is_some_and(|k| joinable(&self.units[k]));
                if before && after {
                    prev_live = Some(i);
                } else {
                    let mut unit = unit.clone();
                    self.remove(&mut unit, Reason::Invisible);
                    self.units[i] = unit;
                }
                continue;
            }
            if !unit.gone {
                prev_live = Some(i);
            }
            if unit.gone || unit.forced || unit.kind == Kind::Other {
                continue;
            }
            let (start, end) = (unit.range.start, unit.range.end);
            let cluster = &self.text[start..end];
            let base_len = cluster.chars().next().map_or(0, char::len_utf8);
            if !cluster[base_len..].contains([unicode::ZWJ, unicode::ZWNJ]) {
                continue;
            }
            let removed = |at: usize| {
                let edits = &self.edits[..debris];
                let k = edits.partition_point(|e| e.range.start < at);
                edits.get(k).is_some_and(|e| e.range.start == at)
            };
            // The joiners at the end of the cluster, looking past the debris `inner_debris`
            // removes (`,` + ZWNJ + U+FE0F ends in a joiner once the selector goes), join the
            // cluster to the next unit; the others join the cluster's own characters.
            let mut trailing = true;
            let mut joiners = Vec::new();
            for (offset, c) in cluster.char_indices().rev().take_while(|&(i, _)| i >= base_len) {
                let at = start + offset;
                if c == unicode::ZWJ || c == unicode::ZWNJ {
                    joiners.push((at..at + c.len_utf8(), trailing));
                } else if !removed(at) {
                    trailing = false;
                }
            }
            let base_joins = joinable(unit);
            for (range, trailing) in joiners.into_iter().rev() {
                if !(base_joins && (after || !trailing)) {
                    self.edits.push(Edit::removal(range, Reason::Invisible));
                }
            }
        }
    }

    /// Removes symbols (of no particular script) glued between letters: `Ca©t` → `Cat`.
    ///
    /// ASCII symbols are code and math (`a+b`, `x=y`, `a|b`) and stay; so does a symbol between
    /// two single cased letters, which is notation (`C→T`, `A×B`).
    fn symbols_inside_words(&mut self) {
        let n = self.units.len();
        let mut i = 0;
        while i < n {
            let u = &self.units[i];
            let candidate = !u.gone && !u.forced && u.kind == Kind::Symbol && !u.is_strong() && !self.is_ascii_base(u);
            if !candidate {
                i += 1;
                continue;
            }
            // The run of such symbols (removed units in between are transparent).
            let mut j = i + 1;
            while j < n && (self.units[j].gone || self.units[j].kind == Kind::Symbol && !self.units[j].forced) {
                j += 1;
            }
            let left = Self::letter_run(self.units[..i].iter().rev());
            let right = Self::letter_run(self.units[j..].iter());
            let before = self.units[..i].iter().rev().find(|u| !u.gone && u.kind != Kind::Mark);
            let after = self.units[j..].iter().find(|u| !u.gone && u.kind != Kind::Mark);
            let notation = left == 1 && right == 1 && self.is_cased(before) && self.is_cased(after);
            if left >= 1 && right >= 1 && !notation {
                for k in i..j {
                    // ASCII symbols are code and math, in a run of other symbols too (R1).
                    if !self.units[k].gone && !self.is_ascii_base(&self.units[k]) {
                        let mut unit = self.units[k].clone();
                        self.remove(&mut unit, Reason::Symbol);
                        self.units[k] = unit;
                    }
                }
            }
            i = j;
        }
    }

    /// Whether a unit's first character is ASCII (`+`, `$`, also with a mark or selector on it).
    fn is_ascii_base(&self, unit: &Unit) -> bool {
        self.text.as_bytes().get(unit.range.start).is_some_and(u8::is_ascii)
    }

    /// Whether a unit is a cased letter, as single-letter variables are (`C→T`); a syllable of
    /// an abugida is not.
    fn is_cased(&self, unit: Option<&Unit>) -> bool {
        unit.and_then(|u| self.text[u.range.clone()].chars().next())
            .is_some_and(|c| c.is_uppercase() || c.is_lowercase())
    }

    /// How many letters stand next to each other, walking away from a position (marks that
    /// stand as units of their own, such as some Myanmar signs, belong to their letters).
    /// Counts up to two: the rule asks only whether there is one letter, or more.
    fn letter_run<'a>(units: impl Iterator<Item = &'a Unit>) -> usize {
        units
            .filter(|u| !u.gone && u.kind != Kind::Mark)
            .take_while(|u| u.is_letter())
            .take(2)
            .count()
    }

    /// Splits the token into sub-words and applies the styled-letter and intruder rules to each.
    fn sub_words(&mut self) {
        let n = self.units.len();
        self.live = Live::default();
        for k in 0..n {
            let fact = self.fact(k);
            self.live.add(k, fact, true);
        }
        let mut start = 0;
        while start < n {
            if !self.units[start].is_word_part() && !self.units[start].gone {
                start += 1;
                continue;
            }
            let mut end = start;
            while end < n && (self.units[end].gone || self.units[end].is_word_part()) {
                end += 1;
            }
            if self.opts.styled {
                self.styled(start..end);
            }
            if self.opts.intruders {
                self.intruders(start..end, n);
            }
            start = end;
        }
    }

    /// What unit `k` adds to the token's [`Live`] facts while it is there.
    fn fact(&self, k: usize) -> Fact {
        let u = &self.units[k];
        if u.gone {
            return Fact::default();
        }
        let gc = self.text[u.range.clone()].chars().next().map(|c| unicode::props(c).gc);
        Fact {
            math: u.kind == Kind::Symbol && gc == Some(unicode::GeneralCategory::MathSymbol),
            digit: gc == Some(unicode::GeneralCategory::DecimalNumber),
            letter: u.kind == Kind::Letter,
            script: (u.kind == Kind::Letter && unicode::is_specific(ScriptExtension::from(u.script)))
                .then_some(u.script),
        }
    }

    /// Puts `unit` in place of unit `k`, keeping the token's [`Live`] facts up to date.
    fn set_unit(&mut self, k: usize, unit: Unit) {
        let before = self.fact(k);
        self.live.add(k, before, false);
        self.units[k] = unit;
        let after = self.fact(k);
        self.live.add(k, after, true);
    }

    /// Removes unit `k` for `reason`.
    fn remove_unit(&mut self, k: usize, reason: Reason) {
        let mut unit = self.units[k].clone();
        self.remove(&mut unit, reason);
        self.set_unit(k, unit);
    }

    /// Styled letters glued to ordinary letters go (`𝐆its` → `its`); a word written only in
    /// styled letters is folded to plain ones (`𝐁𝐨𝐥𝐝` → `Bold`); one styled letter alone is
    /// notation (`𝑥`) and stays.
    fn styled(&mut self, span: Range<usize>) {
        let live = || self.units[span.clone()].iter().filter(|u| !u.gone && !u.forced);
        let styled = live().filter(|u| u.kind == Kind::Styled).count();
        if styled == 0 {
            return;
        }
        let ordinary = live().filter(|u| u.kind == Kind::Letter).count();
        if ordinary == 0 && styled == 1 && self.lone_styled_is_notation() {
            return;
        }
        for k in span {
            let u = &self.units[k];
            if u.gone || u.forced || u.kind != Kind::Styled {
                continue;
            }
            if ordinary > 0 || styled == 1 {
                self.remove_unit(k, Reason::Styled);
            } else {
                let mut unit = u.clone();
                let folded: String = self.text[unit.range.clone()].nfkc().collect();
                self.replace(&mut unit, Reason::Styled, Cow::Owned(folded));
                unit.gone = false;
                unit.kind = Kind::Letter;
                self.set_unit(k, unit);
            }
        }
    }

    /// One styled letter with no ordinary letter beside it is notation (`𝑥`, `𝑥²`, `2𝑥+1`)
    /// unless its token also holds decimal digits or an ordinary word (`𝕏7.10`, `𝑨(TTP)`), with
    /// no math symbol in the token to say it is a formula.
    fn lone_styled_is_notation(&self) -> bool {
        let live = &self.live;
        live.math > 0 || !(live.digits > 0 || live.letters > 0)
    }

    /// Removes one or two characters of a script foreign to the sub-word they are glued into.
    fn intruders(&mut self, span: Range<usize>, token_len: usize) {
        // Fast exit: no number, and every strong unit shares a script (found without a list).
        let mut common: Option<ScriptExtension> = None;
        let mut digits = 0;
        for u in self.units[span.clone()].iter().filter(|u| !u.gone) {
            if u.is_strong() {
                common = Some(common.map_or(u.scx, |c| c.intersection(u.scx)));
            } else if u.kind == Kind::Digit {
                digits += 1;
            }
        }
        let Some(common) = common else { return };
        let live: Vec<usize> = span.clone().filter(|&k| !self.units[k].gone).collect();
        if digits == 0 && !common.is_empty() {
            self.foreign_piece(&span, &live);
            return;
        }
        let strong: Vec<usize> = live.iter().copied().filter(|&k| self.units[k].is_strong()).collect();
        let counts = letter_counts(live.iter().map(|&k| &self.units[k]));
        if greek_unit(live.iter().map(|&k| &self.units[k]).filter(|u| u.kind == Kind::Letter)) {
            return;
        }
        let best = self.host(&counts);
        let unused_few = |this: &mut Self, script: Script, count: usize| {
            count <= 2 && !this.used_elsewhere(ScriptExtension::from(script), &counts)
        };
        let host = match best {
            Some((script, count)) if count >= digits && !(digits > 0 && unused_few(self, script, count)) => {
                Host::Script(script)
            }
            _ if digits > 0 => Host::Number,
            // Only punctuation or marks of some script: judged by the token around it, if any.
            _ => {
                if live.len() == token_len {
                    return;
                }
                // Outside an empty span: the whole token.
                match self.host(&self.live.counts_outside(&(0..0))) {
                    Some((script, _)) => Host::Script(script),
                    None => return,
                }
            }
        };
        let mut foreign = Vec::new();
        for &k in &strong {
            let scx = self.units[k].scx;
            // A script that mixes with Latin (CJK, Thai, …) is foreign in a Latin word unless
            // the text writes words in it (POLICY.md §3, "legitimate mixes").
            let mixed_in = host == Host::Script(Script::Latin)
                && !scx.contains_script(Script::Latin)
                && host.accepts_scx(scx)
                && !self.writes(scx, &counts);
            if !host.accepts_scx(scx) || mixed_in {
                foreign.push(k);
            }
        }
        // How many foreign units each script has, and where the sub-word's own word parts are.
        let mut groups: Vec<(Option<Script>, usize)> = Vec::new();
        for &k in &foreign {
            let key = key_script(&self.units[k]);
            match groups.iter_mut().find(|(s, _)| *s == key) {
                Some((_, n)) => *n += 1,
                None => groups.push((key, 1)),
            }
        }
        let own = |k: &usize| foreign.binary_search(k).is_err() && self.units[*k].is_word_part();
        let first_own = live.iter().copied().find(own);
        let last_own = live.iter().copied().rev().find(own);
        for &k in &foreign {
            let group = key_script(&self.units[k]);
            let same = groups.iter().find(|(s, _)| *s == group).map_or(0, |&(_, n)| n);
            if same > 2 {
                continue;
            }
            let (scx, forced) = (self.units[k].scx, self.units[k].forced);
            let interior = first_own.is_some_and(|b| b < k) && last_own.is_some_and(|a| a > k);
            let junk = match host {
                Host::Script(_) if interior => true,
                _ => !self.used_elsewhere(scx, &counts),
            };
            if junk && !forced {
                self.remove_unit(k, Reason::Intruder);
            }
        }
    }

    /// One or two letters of one script, glued through punctuation to a word of another script
    /// that the text does not write words in (`(Nunavut)ᬅ,`), are an intruder too.
    fn foreign_piece(&mut self, span: &Range<usize>, live: &[usize]) {
        let here = letter_counts(live.iter().map(|&k| &self.units[k]));
        let [(script, n)] = here.as_slice() else { return };
        let (script, n) = (*script, *n);
        if n > 2 {
            return;
        }
        // The token's letters outside this sub-word.
        let rest = self.live.counts_outside(span);
        if rest.is_empty() {
            return;
        }
        let Some((host, _)) = self.host(&rest) else { return };
        let greek_latin = matches!(
            (host, script),
            (Script::Latin, Script::Greek) | (Script::Greek, Script::Latin)
        );
        if host == script || is_legit_mix(host, script) || greek_latin {
            return;
        }
        if self.used_elsewhere(ScriptExtension::from(script), &here) {
            return;
        }
        for &k in live {
            if self.units[k].is_strong() && !self.units[k].forced {
                self.remove_unit(k, Reason::Intruder);
            }
        }
    }

    /// The host script of a sub-word: the script with most letters here, where one or two
    /// letters of a script the rest of the text never writes words in cannot be host (so
    /// `𐬎𐬤में` in Hindi text is a Devanagari word); ties go to the script the text uses most.
    fn host(&mut self, counts: &[(Script, usize)]) -> Option<(Script, usize)> {
        if counts.len() < 2 {
            return counts.first().copied();
        }
        // More than two letters, and more than any other script: no count of the text can
        // change the order below.
        let most = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
        if most > 2 && counts.iter().filter(|&&(_, n)| n == most).count() == 1 {
            return counts.iter().copied().find(|&(_, n)| n == most);
        }
        let latin = counts.iter().any(|&(s, _)| s == Script::Latin);
        self.letters_consulted = true;
        let scripts = self.scripts(latin);
        counts.iter().copied().max_by_key(|&(s, n)| {
            (
                n > 2 || scripts.hosts(s) > usize::from(is_host_of(counts, s)),
                n,
                scripts.letters(s),
            )
        })
    }

    /// Whether the rest of the text writes words in one of these scripts.
    fn used_elsewhere(&mut self, scx: ScriptExtension, here: &[(Script, usize)]) -> bool {
        let scripts = self.scripts(scx.contains_script(Script::Latin));
        scx.iter().any(|s| {
            let own = usize::from(is_host_of(here, s));
            scripts.hosts(s) > own
        })
    }

    /// Whether the text writes these scripts, for the legitimate mixes with Latin: it writes
    /// words elsewhere in one of them or in a script of their family (see [`family`]), or three
    /// letters or more of one of them outside this sub-word (CJK text writes words without
    /// spaces, often glued to Latin: `我用iPhone聊天，X光片`).
    fn writes(&mut self, scx: ScriptExtension, here: &[(Script, usize)]) -> bool {
        if self.used_elsewhere(family(scx), here) {
            return true;
        }
        let scripts = self.scripts(false);
        scx.iter().any(|s| scripts.letters(s).saturating_sub(get(here, s)) >= 3)
    }

    /// How the text uses scripts, counted on first use; Latin in ASCII tokens only if `latin`.
    fn scripts(&mut self, latin: bool) -> &TextScripts {
        let text = self.text;
        let scripts = self.scripts.get_or_insert_with(|| TextScripts::of(text));
        if latin && scripts.ascii.is_none() {
            scripts.ascii = Some(AsciiLatin::of(text));
        }
        scripts
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

/// Facts about the units of the token being judged that are still there, kept up to date as
/// the sub-word rules remove and fold units, so that no rule walks the whole token again.
#[derive(Debug, Default)]
struct Live {
    /// Math symbols (`Sm`).
    math: usize,
    /// Decimal digits.
    digits: usize,
    /// Ordinary letters.
    letters: usize,
    /// Where the ordinary letters of a specific script are, per script (see [`letter_counts`]).
    scripts: Vec<(Script, BTreeSet<usize>)>,
}

/// What one unit adds to [`Live`].
#[derive(Clone, Copy, Debug, Default)]
struct Fact {
    math: bool,
    digit: bool,
    letter: bool,
    script: Option<Script>,
}

impl Live {
    /// Adds (`on`) or takes away the fact of unit `k`.
    fn add(&mut self, k: usize, fact: Fact, on: bool) {
        let step = |n: &mut usize, yes: bool| {
            if yes {
                *n = if on { *n + 1 } else { n.saturating_sub(1) };
            }
        };
        step(&mut self.math, fact.math);
        step(&mut self.digits, fact.digit);
        step(&mut self.letters, fact.letter);
        if let Some(script) = fact.script {
            match self.scripts.iter_mut().find(|(s, _)| *s == script) {
                Some((_, at)) if on => {
                    at.insert(k);
                }
                Some((_, at)) => {
                    at.remove(&k);
                }
                None if on => self.scripts.push((script, BTreeSet::from([k]))),
                None => {}
            }
        }
    }

    /// Letters per script outside the units of `span`, in the order in which the scripts first
    /// appear there, as [`letter_counts`] gives them for those units.
    fn counts_outside(&self, span: &Range<usize>) -> Vec<(Script, usize)> {
        let mut firsts: Vec<(usize, Script, usize)> = self
            .scripts
            .iter()
            .filter_map(|(script, at)| {
                let inside = at.range(span.clone()).count();
                let first = at.range(..span.start).next().or_else(|| at.range(span.end..).next())?;
                Some((*first, *script, at.len() - inside))
            })
            .collect();
        firsts.sort_unstable_by_key(|&(first, _, _)| first);
        firsts.into_iter().map(|(_, s, n)| (s, n)).collect()
    }
}

/// The host of a sub-word: the script of most of its letters, or a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Host {
    Script(Script),
    Number,
}

impl Host {
    fn accepts_scx(self, scx: ScriptExtension) -> bool {
        match self {
            // Latin units and ordinals (5kg, 20s, 3D) and East Asian counters (2024年3月, 3시).
            Host::Number => scx.iter().any(|s| s == Script::Latin || is_legit_mix(Script::Latin, s)),
            Host::Script(host) => scx.contains_script(host) || scx.iter().any(|s| is_legit_mix(host, s)),
        }
    }
}

/// Latin and the scripts of Chinese, Japanese and Korean: any two of them are a legitimate mix
/// (see [`is_legit_mix`]), and numbers take them all (see [`Host::accepts`]).
const CJK_AND_LATIN: [Script; 6] = [
    Script::Latin,
    Script::Han,
    Script::Hiragana,
    Script::Katakana,
    Script::Hangul,
    Script::Bopomofo,
];

/// [`CJK_AND_LATIN`] as a set.
fn cjk_and_latin() -> ScriptExtension {
    static SET: std::sync::OnceLock<ScriptExtension> = std::sync::OnceLock::new();
    *SET.get_or_init(|| {
        CJK_AND_LATIN
            .iter()
            .map(|&s| ScriptExtension::from(s))
            .reduce(ScriptExtension::union)
            .unwrap_or_default()
    })
}

/// The scripts that count as one where the text's scripts are asked about: Han, kana, Hangul
/// and Bopomofo write Chinese, Japanese and Korean together (`X光片` and `Tシャツ` are one text).
fn family(scx: ScriptExtension) -> ScriptExtension {
    static CJK: std::sync::OnceLock<ScriptExtension> = std::sync::OnceLock::new();
    let cjk = *CJK.get_or_init(|| {
        CJK_AND_LATIN
            .iter()
            .filter(|&&s| s != Script::Latin)
            .map(|&s| ScriptExtension::from(s))
            .reduce(ScriptExtension::union)
            .unwrap_or_default()
    });
    if scx.intersection(cjk).is_empty() {
        scx
    } else {
        scx.union(cjk)
    }
}

/// Scripts that legitimately share a word (POLICY.md §3, "legitimate mixes").
fn is_legit_mix(a: Script, b: Script) -> bool {
    use Script::{Bopomofo, Han, Hangul, Hiragana, Katakana, Khmer, Lao, Latin, Myanmar, Thai};
    let east_asian = |s| {
        matches!(
            s,
            Han | Hiragana | Katakana | Hangul | Bopomofo | Thai | Lao | Khmer | Myanmar
        )
    };
    let cjk = |s| matches!(s, Han | Hiragana | Katakana | Hangul | Bopomofo);
    (a == Latin && east_asian(b)) || (b == Latin && east_asian(a)) || (cjk(a) && cjk(b))
}

/// Greek letters used as symbols beside a short Latin unit: `μm`, `ΔG`, `μmol`, `sinθ`.
/// At most two Greek letters, in one run at the start or end, and at most three Latin letters.
fn greek_unit<'a>(letters: impl Iterator<Item = &'a Unit>) -> bool {
    let scripts: Vec<Script> = letters.map(|u| u.script).collect();
    let greek = scripts.iter().filter(|&&s| s == Script::Greek).count();
    let latin = scripts.iter().filter(|&&s| s == Script::Latin).count();
    if greek == 0 || latin == 0 || greek + latin != scripts.len() || greek > 2 || latin > 3 {
        return false;
    }
    let starts = scripts[..greek].iter().all(|&s| s == Script::Greek);
    let ends = scripts[scripts.len() - greek..].iter().all(|&s| s == Script::Greek);
    starts || ends
}

/// The script a foreign unit is grouped under.
fn key_script(unit: &Unit) -> Option<Script> {
    if unicode::is_specific(ScriptExtension::from(unit.script)) {
        Some(unit.script)
    } else {
        unit.scx.iter().next()
    }
}

/// Letters per script (ordinary letters of a specific script only).
fn letter_counts<'a>(units: impl Iterator<Item = &'a Unit>) -> Vec<(Script, usize)> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for u in units {
        if u.kind != Kind::Letter || !unicode::is_specific(ScriptExtension::from(u.script)) {
            continue;
        }
        match counts.iter_mut().find(|(s, _)| *s == u.script) {
            Some((_, n)) => *n += 1,
            None => counts.push((u.script, 1)),
        }
    }
    counts
}

/// Whether a sub-word with these letter counts writes a word in `script`: two letters or more,
/// and no other script has more.
fn is_host_of(counts: &[(Script, usize)], script: Script) -> bool {
    let best = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
    counts.iter().any(|&(s, n)| s == script && n >= 2 && n == best)
}

/// The byte offset of the first letter in `cluster` whose script the cluster's first character
/// does not share, if any.
fn foreign_letter_at(cluster: &str) -> Option<usize> {
    let mut chars = cluster.char_indices();
    let (_, base) = chars.next()?;
    if base.len_utf8() == cluster.len() {
        return None;
    }
    let base_scx = unicode::props(base).scx(base);
    if !unicode::is_specific(base_scx) {
        return None;
    }
    chars
        .find(|&(_, c)| {
            let props = unicode::props(c);
            let scx = props.scx(c);
            props.group() == GeneralCategoryGroup::Letter
                && unicode::is_specific(scx)
                && scx.intersection(base_scx).is_empty()
        })
        .map(|(i, _)| i)
}

fn kind_of(props: unicode::Props) -> Kind {
    match props.group() {
        GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number if props.is_styled() => Kind::Styled,
        GeneralCategoryGroup::Letter => Kind::Letter,
        GeneralCategoryGroup::Number => Kind::Digit,
        GeneralCategoryGroup::Mark => Kind::Mark,
        GeneralCategoryGroup::Punctuation => Kind::Punct,
        GeneralCategoryGroup::Symbol => Kind::Symbol,
        GeneralCategoryGroup::Separator | GeneralCategoryGroup::Other => Kind::Other,
    }
}

/// `:banana:` — the GitHub short code, or the CLDR name in snake case.
fn emoji_name(cluster: &str) -> String {
    let name = match unicode::emoji::lookup(cluster) {
        Some(e) => e.shortcode().map_or_else(|| snake(e.name()), str::to_owned),
        None => "emoji".to_owned(),
    };
    format!(":{name}:")
}

fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_owned()
}

#[cfg(test)]
pub(crate) mod tests {
    use unicode_segmentation::UnicodeSegmentation;

    use super::single::is_single_script;
    use super::*;

    /// Text that exercises the quick paths: words, plain or not, into which characters that
    /// are junk alone, glued junk, letters of other scripts, marks, joiners, selectors and
    /// punctuation are glued, and a few words more around them.
    pub(crate) fn quick_path_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        const WORDS: &[&str] = &[
            "several",
            "its",
            "operation",
            "ab",
            "x",
            "don't",
            "e.g.",
            "(Nunavut),",
            "2024",
            "Ünï",
            "a·b",
            "Москва",
            "東京",
            "कि",
            "می\u{200C}خواهم",
            "αβγ",
            "",
        ];
        const GLUE: &[&str] = &[
            "🍌",
            "🔥",
            "👍",
            "\u{1F3FD}",
            "❤",
            "\u{FE0F}",
            "\u{FE0E}",
            "\u{200D}",
            "\u{200C}",
            "\u{200B}",
            "\u{AD}",
            "🇫",
            "#",
            "\u{20E3}",
            "\u{E0067}",
            "♕",
            "★",
            "𝄹",
            "𝐆",
            "𝑨",
            "𝟏",
            "ౠ",
            "꧅",
            "ꦰ",
            "Ჸ",
            "𐬎",
            "α",
            "ж",
            "\u{301}",
            "\u{93F}",
            "\u{94D}",
            "क",
            "東",
            "\u{FF9E}",
            "한",
            "\u{1161}",
            "©",
            "→",
            "\u{3164}",
            "\u{600}",
            ",",
            "-",
            "'",
            "1",
            " ",
            "\u{A0}",
            "(",
        ];
        let word = (
            proptest::sample::select(WORDS),
            proptest::collection::vec((any::<proptest::sample::Index>(), proptest::sample::select(GLUE)), 0..3),
        )
            .prop_map(|(word, glue)| {
                let mut w: Vec<char> = word.chars().collect();
                for (at, g) in glue {
                    let i = at.index(w.len() + 1);
                    w.splice(i..i, g.chars());
                }
                w.into_iter().collect::<String>()
            });
        proptest::collection::vec(word, 1..5).prop_map(|words| words.join(" "))
    }

    #[test]
    fn the_quick_path_finds_what_the_full_analysis_finds() {
        use proptest::prelude::*;
        let options = [
            JunkOptions::default(),
            JunkOptions {
                emoji: EmojiAction::Name,
                ..JunkOptions::default()
            },
            JunkOptions {
                intruders: false,
                ..JunkOptions::default()
            },
            JunkOptions {
                styled: false,
                ..JunkOptions::default()
            },
        ];
        proptest!(ProptestConfig::with_cases(3000), |(text in quick_path_text())| {
            for opts in &options {
                let (mut quick, mut full) = (Vec::new(), Vec::new());
                scan(&text, opts, |e| quick.push(e));
                scan_full(&text, opts, |e| full.push(e));
                prop_assert_eq!(quick, full, "{:?}", text);
            }
        });
    }

    #[test]
    fn ascii_tokens_are_counted_as_any_token() {
        use proptest::prelude::*;
        let token = proptest::string::string_regex("[ -~\t\x01\x7F\u{A0}\u{3000}é]{0,40}").unwrap();
        proptest!(|(text in token)| {
            let mut all = TextScripts::default();
            let mut counts = Vec::new();
            for t in text.split_whitespace().filter(|t| t.is_ascii()) {
                all.add_token(t, &mut counts);
            }
            let expected = AsciiLatin { letters: get(&all.letters, Script::Latin), hosts: get(&all.hosts, Script::Latin) };
            prop_assert_eq!(AsciiLatin::of(&text), expected);
        });
        assert_eq!(
            AsciiLatin::of("well-known e.g. ab1cd x"),
            AsciiLatin { letters: 16, hosts: 3 }
        );
    }

    fn edits(text: &str) -> Vec<(String, Reason)> {
        let mut out = Vec::new();
        scan(text, &JunkOptions::default(), |e| {
            out.push((text[e.range.clone()].to_owned(), e.reason));
        });
        out
    }

    #[test]
    fn clean_ascii_has_no_edits() {
        assert!(edits("Hello, world! a+b=c x|y ~/path").is_empty());
    }

    #[test]
    fn reasons() {
        assert_eq!(edits("dis🍌tricts"), [("🍌".to_owned(), Reason::Emoji)]);
        assert_eq!(edits("La♕kki"), [("♕".to_owned(), Reason::Symbol)]);
        assert_eq!(edits("𝐆its"), [("𝐆".to_owned(), Reason::Styled)]);
        assert_eq!(edits("seveౠral"), [("ౠ".to_owned(), Reason::Intruder)]);
        assert_eq!(edits("a\u{200B}b"), [("\u{200B}".to_owned(), Reason::Invisible)]);
    }

    #[test]
    fn emoji_names() {
        assert_eq!(emoji_name("🍌"), ":banana:");
        assert_eq!(emoji_name("👍🏽"), ":thumbs_up_medium_skin_tone:");
        assert_eq!(emoji_name("©\u{FE0F}"), ":copyright:");
        assert_eq!(snake("family: man, woman, girl"), "family_man_woman_girl");
    }

    #[test]
    fn single_script_tokens() {
        for t in [
            "Москва",
            "राष्ट्रपति",
            "(Yandex),",
            "東京",
            "ꦧꦱꦗꦮ꧉",
            "Αθήνα;",
            "١٢٣",
            "ٱلْعَرَبِيَّة",
        ] {
            assert!(is_single_script(t), "{t}");
        }
        for t in [
            "seveౠral",
            "154Ჸ36",
            "dis🍌",
            "a\u{200B}b",
            "𝐆its",
            "x©y",
            "\u{301}x",
            "4ꡀ",
        ] {
            assert!(!is_single_script(t), "{t}");
        }
    }

    #[test]
    fn clusters_are_the_grapheme_clusters() {
        let legit = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/legit.txt")).unwrap();
        let mut tokens: Vec<String> = legit.split_whitespace().map(str::to_owned).collect();
        let glue = [
            "\u{301}",
            "\u{200D}",
            "\u{200C}",
            "🍌",
            "👍🏽",
            "🇫🇷",
            "\u{FE0F}",
            "\u{20E3}",
            "\u{1}",
            "\u{600}",
            "\u{111C2}",
            "\u{94D}",
            "क",
            "\u{1F3FB}",
            "\u{E0041}",
            "©",
            "\u{1160}",
            "\u{11A8}",
            "가",
        ];
        for (i, a) in glue.iter().enumerate() {
            for b in &glue[i..] {
                for t in ["ab", "a", "", "1x", "#"] {
                    tokens.push(format!("{t}{a}{t}{b}{t}"));
                    tokens.push(format!("{a}{b}{t}{a}"));
                }
            }
        }
        for t in &tokens {
            assert!(clusters(t).eq(t.grapheme_indices(true)), "{t:?}");
        }
    }

    #[test]
    fn cjk_and_latin_mix_with_each_other_and_with_numbers() {
        for a in CJK_AND_LATIN {
            assert!(cjk_and_latin().contains_script(a));
            for b in CJK_AND_LATIN {
                assert!(a == b || is_legit_mix(a, b), "{a:?} {b:?}");
            }
            assert!(Host::Number.accepts_scx(ScriptExtension::from(a)));
        }
        for t in [
            "東京スカイツリーは、2012年に開業しました。",
            "2024년3월",
            "漢字かなカナ",
        ] {
            assert!(is_single_script(t), "{t}");
        }
        for t in ["→", "①②", "≤5", "(½)", "─┐", "می‌خواهم", "ශ්‍රී", "क\u{200D}ष"] {
            assert!(is_single_script(t), "{t}");
        }
        for t in [
            "東京ไทย",
            "重さ5㎏",
            "東京\u{94D}",
            "ক東",
            "x→",
            "→\u{301}",
            "♕",
            "©",
            "a\u{200C}",
            "\u{200C}a",
            "a\u{200D}\u{200C}b",
            "a\u{200C}.",
            "→\u{200D}→",
            "a\u{200C}b",
            "б\u{200D}в",
            "Tシャツ",
            "用iPhone聊天",
        ] {
            assert!(!is_single_script(t), "{t}");
        }
    }

    #[test]
    fn legit_mixes() {
        assert!(is_legit_mix(Script::Latin, Script::Han));
        assert!(is_legit_mix(Script::Katakana, Script::Latin));
        assert!(is_legit_mix(Script::Han, Script::Hiragana));
        assert!(!is_legit_mix(Script::Latin, Script::Telugu));
        assert!(!is_legit_mix(Script::Thai, Script::Javanese));
    }
}
