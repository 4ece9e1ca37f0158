//! The quick path: junk that needs no context, and one glued character, found without the
//! full analysis (which the tests hold it to).

use std::ops::Range;

use super::clusters::{Piece, cluster_at, pieces};
use super::standalone::{removes, standalone};
use super::{
    Class, Edit, Host, JunkOptions, OnlyCjkAndLatin, Reason, Scanner, SingleScript, Span, TokenLook, class_of,
    foreign_letter_at, is_plain, is_separator, token_span,
};
use crate::unicode::{self, GeneralCategoryGroup, Script};

/// The rule that removes one character glued into a token of plain characters (see
/// [`is_plain`]), if it is one of the two common cases that need no full analysis:
///
/// - a styled letter or digit beside an ASCII letter, in the sub-word of an ordinary letter
///   (`𝐆its`): removed as [`Reason::Styled`];
/// - between two ASCII letters, a character of one script that a Latin word does not take,
///   in a sub-word of three Latin letters or more and no digit (`seveౠral`, `op꧅eration`):
///   Latin hosts the sub-word and the character is inside it, so it goes as
///   [`Reason::Intruder`] whatever the rest of the text writes.
pub(super) fn glued_in_plain(token: &str, offset: usize, cluster: &str, opts: &JunkOptions) -> Option<Reason> {
    let c = only_char(cluster)?;
    let before = token[..offset].chars().next_back();
    let after = token[offset + cluster.len()..].chars().next();
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    let props = unicode::props(c);
    if class_of(props) == Class::Styled {
        return (opts.styled && (letter(before) || letter(after))).then_some(Reason::Styled);
    }
    (opts.intruders
        && foreign_to_latin(c, props)
        && letter(before)
        && letter(after)
        && in_latin_word(token, offset, cluster))
    .then_some(Reason::Intruder)
}

/// The one character of `cluster`, if it has only one.
pub(super) fn only_char(cluster: &str) -> Option<char> {
    let mut chars = cluster.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// Whether `c` is of one script that a Latin word does not take, and no mark, joiner or the
/// like: an intruder in a word that Latin hosts (Greek is judged by the look-alike rules).
pub(super) fn foreign_to_latin(c: char, props: unicode::Props) -> bool {
    of_a_script_latin_does_not_take(c, props) && !matches!(class_of(props), Class::Mark | Class::Other | Class::Joiner)
}

/// Whether `c` is of one script, not Greek, that a Latin word does not take (see
/// [`Host::accepts_scx`]).
fn of_a_script_latin_does_not_take(c: char, props: unicode::Props) -> bool {
    let scx = props.scx(c);
    unicode::is_specific(scx) && props.script != Script::Greek && !Host::Script(Script::Latin).accepts_scx(scx)
}

/// Whether the sub-word around `token[offset..]` (its plain word parts: letters, digits, `·`)
/// but `cluster` there has three Latin letters or more and no digit: Latin hosts it.
pub(super) fn in_latin_word(token: &str, offset: usize, cluster: &str) -> bool {
    let word_part = |c: &char| {
        let props = unicode::props(*c);
        match class_of(props) {
            Class::Letter | Class::Digit | Class::Mark => true,
            Class::Punct | Class::Symbol => unicode::is_specific(props.scx(*c)),
            _ => false,
        }
    };
    let left = token[..offset].chars().rev().take_while(word_part);
    let right = token[offset + cluster.len()..].chars().take_while(word_part);
    let (mut latin, mut digits) = (0, 0);
    for c in left.chain(right) {
        let props = unicode::props(c);
        match class_of(props) {
            Class::Letter if props.script == Script::Latin => latin += 1,
            Class::Digit if !unicode::is_specific(props.scx(c)) => digits += 1,
            _ => {}
        }
    }
    latin >= 3 && digits == 0
}

/// What [`Scanner::quick_token`] knows of the clusters it kept so far.
struct Kept {
    /// Every cluster kept is a plain unit (see [`is_plain`]).
    plain: bool,
    /// Started on the first kept character that is not plain, with those kept before it.
    single: Option<SingleScript>,
    single_failed: bool,
    /// The last character kept, and whether a removal came after it.
    last: Option<char>,
    removed: bool,
}

impl Default for Kept {
    fn default() -> Self {
        Kept {
            plain: true,
            single: None,
            single_failed: false,
            last: None,
            removed: false,
        }
    }
}

impl Kept {
    /// Keeps `chars`: one cluster, or a run of printable ASCII characters that are clusters of
    /// their own; `plain` when each is a plain unit. `so_far` gives the [`SingleScript`] of what
    /// was kept before, when it is first needed. False when the token needs the full analysis.
    fn keep(&mut self, chars: &str, plain: bool, so_far: impl FnOnce() -> Option<SingleScript>) -> bool {
        // The characters that meet where junk went must not join.
        let ok = !std::mem::take(&mut self.removed)
            || chars.chars().next().is_some_and(unicode::stands_alone)
                && self.last.is_none_or(|c| !unicode::joins_forward(c));
        self.plain &= plain;
        if !self.plain && self.single.is_none() && !self.single_failed {
            self.single = so_far();
            self.single_failed = self.single.is_none();
        }
        if let Some(state) = &mut self.single
            && !self.single_failed
        {
            self.single_failed = !chars.chars().all(|c| state.push(c));
        }
        self.last = chars.chars().next_back();
        ok && (self.plain || !self.single_failed)
    }
}

impl Scanner<'_, '_> {
    /// A token that needs no analysis (see [`super::single::token_span`]) once the junk that needs no context
    /// is out of it (`dis🍌tricts`, `wo\u{200B}rd`, `Моск🍌ва`): its edits are those of
    /// [`Scanner::token`], found without its analysis. Removed units are transparent to every
    /// rule, so the full analysis finds in such a token what it finds in what is left, which
    /// is nothing, provided that what is left is cut into the same clusters: the character
    /// after each removal stands alone and the one before joins nothing to its cluster. One
    /// styled letter or intruder glued into a word of plain characters is decided here too
    /// (see [`glued_in_plain`]). False, with nothing reported, for any other token.
    pub(super) fn quick_token(&mut self, range: Range<usize>) -> bool {
        let opts = self.opts;
        if !opts.keep.is_empty() || !opts.drop.is_empty() {
            return false;
        }
        let token = &self.text[range.clone()];
        let before = self.edits.len();
        let mut kept = Kept::default();
        let mut settled = true;
        // One cluster glued into an otherwise plain token (see [`glued_in_plain`]).
        let mut glued: Option<(usize, &str)> = None;
        for (offset, piece) in pieces(token) {
            let cluster = match piece {
                Piece::Cluster(cluster) => cluster,
                Piece::Ascii(run) => {
                    // Printable ASCII characters, each a plain unit that is kept: what the
                    // general case below does with each of them, at once.
                    if !kept.keep(run, true, || {
                        self.kept_so_far(range.start..range.start + offset, before)
                    }) {
                        self.edits.truncate(before);
                        return false;
                    }
                    continue;
                }
            };
            let mut chars = cluster.chars();
            let Some(base) = chars.next() else { continue };
            let props = unicode::props(base);
            let is_plain_unit = chars.as_str().is_empty() && is_plain(base);
            let gone = standalone(cluster, base, props)
                .filter(|_| foreign_letter_at(cluster).is_none())
                .map(|reason| (reason, removes(opts, reason)));
            if gone.is_none() && kept.plain && !is_plain_unit && glued.is_none() && self.edits.len() == before {
                // Judged at the end if the rest of the token is plain (plain characters stand
                // alone, so its neighbours need no check); kept like any other cluster if not.
                glued = Some((offset, cluster));
                kept.last = cluster.chars().next_back();
                continue;
            }
            let ok = match gone {
                Some((reason, true)) => {
                    kept.removed = true;
                    // A removed separator (`#` of `#️⃣`) or letter changes the words of the text.
                    settled &= !cluster.chars().any(|c| {
                        let props = unicode::props(c);
                        is_separator(c, props) || props.group() == GeneralCategoryGroup::Letter
                    });
                    let start = range.start + offset;
                    self.edits.push(Edit::removal(start..start + cluster.len(), reason));
                    true
                }
                Some((_, false)) => false,
                None => kept.keep(cluster, is_plain_unit, || {
                    self.kept_so_far(range.start..range.start + offset, before)
                }),
            };
            if !ok {
                self.edits.truncate(before);
                return false;
            }
        }
        let glued = glued.filter(|_| kept.plain);
        let reason = glued
            .filter(|_| self.edits.len() == before)
            .and_then(|(offset, cluster)| glued_in_plain(token, offset, cluster, opts));
        if glued.is_some() && reason.is_none() {
            // Kept after all, so the token is not plain.
            kept.plain = false;
            kept.single = self.kept_so_far(range.clone(), before);
            kept.single_failed = kept.single.is_none();
        }
        if !(kept.plain || !kept.single_failed && kept.single.is_some_and(|s| s.holds())) {
            self.edits.truncate(before);
            return false;
        }
        if let (Some((offset, cluster)), Some(reason)) = (glued, reason) {
            // A styled letter counts for no script. An intruding letter counts for its own,
            // but hosts no word there, so only the tie-breaks of `host` could see it go.
            self.letter_gone |= reason == Reason::Intruder
                && cluster
                    .chars()
                    .any(|c| unicode::props(c).group() == GeneralCategoryGroup::Letter);
            let start = range.start + offset;
            self.edits.push(Edit::removal(start..start + cluster.len(), reason));
        }
        self.settled &= settled;
        true
    }

    /// [`SingleScript`] after the characters of `range` that the edits from `first` on keep,
    /// or `None` if it fails on one.
    fn kept_so_far(&self, range: Range<usize>, first: usize) -> Option<SingleScript> {
        let mut state = SingleScript::default();
        let mut at = range.start;
        for e in &self.edits[first..] {
            if !self.text[at..e.range.start].chars().all(|c| state.push(c)) {
                return None;
            }
            at = e.range.end;
        }
        self.text[at..range.end].chars().all(|c| state.push(c)).then_some(state)
    }
}

impl Scanner<'_, '_> {
    /// A token with junk that needs no context (see [`standalone`]: a cluster led by an emoji, a
    /// pictograph or an invisible character), which is a token that needs no analysis once that
    /// junk is out (`Моск🍌ва`, `文化🍌必須`, `wo\u{200B}rd`, `se❤\u{FE0F}veral`): the junk removed, and the span
    /// that the walks of [`token_span`] find in what is left, for the whole token. What
    /// [`Scanner::quick_token`] finds, with no cluster cut and no character judged but the junk:
    /// what is left is walked once as any token is (long tokens of text written without spaces
    /// most of all). `None`, with nothing reported, for any other token.
    ///
    /// Removed units are transparent to every rule (see [`Scanner::quick_token`]), so the full
    /// analysis finds in the token what it finds in what is left — nothing, the walk says —
    /// provided that what is left is cut into the same clusters: each piece of junk is a cluster
    /// of its own that joins neither neighbour, and the two it parted do not join each other.
    /// The look of §6 does not see most such junk (`look::unseen`), and then finds in the token
    /// what it finds in what is left; where it sees it (a bidi control), it walks the token. And
    /// where the junk's characters and the one after it are NFC boundaries that NFC keeps as they
    /// are, the token is NFC exactly when what is left is (else its NFC check is its own).
    pub(super) fn without_junk(&mut self, range: Range<usize>, look: bool, only: &mut OnlyCjkAndLatin) -> Option<Span> {
        let opts = self.opts;
        if !opts.keep.is_empty() || !opts.drop.is_empty() {
            return None;
        }
        let token = &self.text[range.clone()];
        let before = self.edits.len();
        let mut left = std::mem::take(&mut self.left);
        left.clear();
        left.reserve(token.len());
        // Whether the token is NFC when what is left is, whether the look of §6 sees the junk
        // (a bidi control: then it walks the token), and whether removing it leaves the text
        // settled.
        let (mut nfc, mut seen, mut settled) = (true, false, true);
        let mut last: Option<char> = None;
        let mut chars = token.char_indices().peekable();
        let mut whole = true;
        while let Some((i, c)) = chars.next() {
            if c.is_ascii() {
                left.push(c);
                last = Some(c);
                continue;
            }
            let props = unicode::props(c);
            if !may_go(props) {
                left.push(c);
                last = Some(c);
                continue;
            }
            let next = chars.peek().map(|&(_, n)| n);
            // The cluster of `c`: itself where it and its neighbours stand alone (most junk),
            // else as the rules of UAX #29 cut the token.
            let end = if unicode::stands_alone(c)
                && !unicode::joins_forward(c)
                && last.is_none_or(|l| !unicode::joins_forward(l))
                && next.is_none_or(unicode::stands_alone)
            {
                Some(i + c.len_utf8())
            } else {
                cluster_at(token, i)
            };
            let Some(end) = end else {
                whole = false;
                break;
            };
            let cluster = &token[i..end];
            let after = token[end..].chars().next();
            // The two characters it parts do not join (as the quick path asks, or, for a Hangul
            // syllable after it, which only a leading jamo joins, as the rules say).
            let parted = last.is_none_or(|l| !unicode::joins_forward(l))
                && after.is_none_or(|n| {
                    unicode::stands_alone(n)
                        || unicode::is_hangul_syllable(n) && last.is_none_or(|l| !unicode::one_cluster(&[l, n]))
                });
            let reason = if class_of(props) == Class::Styled {
                // R5: a styled letter or digit glued to an ordinary letter goes, with the marks
                // of its cluster (a unit of its class). The letter kept before it, or the
                // character after its cluster if it is one that is kept (what may go is not), is
                // of its sub-word: only junk removed whole came between.
                let ordinary = |props: unicode::Props| class_of(props) == Class::Letter;
                let beside = last.is_some_and(|l| ordinary(unicode::props(l)))
                    || after
                        .is_some_and(|n| !n.is_ascii() && !may_go(unicode::props(n)) && ordinary(unicode::props(n)))
                    || after.is_some_and(|n| n.is_ascii_alphabetic());
                (opts.styled && parted && beside).then_some(Reason::Styled)
            } else {
                standalone(cluster, c, props)
                    .filter(|&reason| parted && removes(opts, reason))
                    .filter(|_| foreign_letter_at(cluster).is_none())
            };
            let Some(reason) = reason else {
                whole = false;
                break;
            };
            for k in cluster.chars() {
                let props = unicode::props(k);
                settled &= !(is_separator(k, props) || props.group() == GeneralCategoryGroup::Letter);
                nfc &= props.is_nfc_yes() && props.is_nfc_boundary();
                seen |= !crate::look::unseen(k);
            }
            nfc &= after.is_none_or(crate::normalize::is_nfc_boundary);
            let start = range.start + i;
            self.edits.push(Edit::removal(start..start + cluster.len(), reason));
            while chars.next_if(|&(j, _)| j < end).is_some() {}
        }
        let span = (whole && self.edits.len() > before)
            .then(|| token_span(&left, 0, look, false, only))
            .filter(|span| span.fast && span.end == left.len());
        self.left = left;
        let Some(span) = span else {
            self.edits.truncate(before);
            return None;
        };
        self.settled &= settled;
        Some(Span {
            end: range.end,
            fast: true,
            nfc: nfc && span.nfc,
            look: if seen { TokenLook::Walk } else { span.look },
        })
    }
}

/// Whether [`Scanner::without_junk`] may remove a character of these properties: junk that
/// needs no context (see [`standalone`]) or a styled letter or digit. Every other character of
/// the token is kept.
fn may_go(props: unicode::Props) -> bool {
    props.is_emoji() || props.is_pictographic() || props.is_invisible() || props.is_styled()
}
