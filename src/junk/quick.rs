//! The quick path: junk that needs no context, and one glued character, found without the
//! full analysis (which the tests hold it to).

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::clusters::{Piece, pieces};
use super::intruders::is_legit_mix;
use super::scripts::{add, get};
use super::standalone::{standalone, verdict};
use super::{
    Class, Edit, Host, JunkOptions, Reason, Scanner, SingleScript, class_of, find_suspect, foreign_letter_at,
    is_ascii_space, is_plain, is_separator,
};
use crate::look::{is_bidi_control, shows_nothing_in};
use crate::unicode::{self, GeneralCategoryGroup, Script, ScriptExtension};

/// The removals that the junk passes make in `text` when they leave plain ASCII, found without
/// them, or `None`. They are found when every token with a byte other than plain ASCII (see
/// [`super::is_plain_ascii`]) is printable ASCII and grapheme clusters each of which
///
/// - holds only characters that are `NFC_Quick_Check=Yes` and compose with nothing before
///   them, and that show the look of §6 nothing (no BACKSPACE, cased letter of another script
///   than Latin, or bidi control that closes an opener of its paragraph), so that no
///   restoration runs before the passes;
/// - is removed by [`Scanner::quick_token`] on that token: junk that needs no context (with
///   no replacement: an emoji, pictograph, invisible character or stray bidi control), or the
///   one character glued into a token of printable ASCII ([`glued_in_plain`], and at a
///   sub-word's edge [`glued_at_edge`]).
///
/// The first scan then makes just these edits; what they leave is plain ASCII, in which no
/// later pass, look or restoration finds anything. Any other text gets `None`, at the first
/// token that is not so, and the passes judge it. The common noisy text, of glued emoji,
/// symbols, styled letters, stray bidi controls and letters of other scripts (`dis🍌tricts`,
/// `𝐆its`, `Qu\u{202B}ality`, `nationꤻ`), is so cleaned in one walk. Held to the passes by
/// `clean::tests` and, through `clean`, to the model.
///
/// `first` is where the first byte that is not plain ASCII is ([`super::find_not_plain`]).
pub(crate) fn removals_leaving_ascii(
    text: &str,
    first: usize,
    opts: &JunkOptions,
) -> Option<Vec<(Range<usize>, Reason)>> {
    if !opts.keep.is_empty() || !opts.drop.is_empty() {
        return None;
    }
    let bytes = text.as_bytes();
    let mut edits = Vec::new();
    let mut whole = WholeText::default();
    let mut pos = 0;
    let mut next = Some(first);
    while let Some(at) = next {
        // The token holding `at`, cut as the scan cuts it: from the ASCII space before it to
        // the whitespace after it, which must be ASCII, with no control in between.
        let start = bytes[pos..at]
            .iter()
            .rposition(|&b| is_ascii_space(b))
            .map_or(pos, |i| pos + i + 1);
        let mut token = TokenEdits::new(&mut edits);
        let mut end = at;
        while let Some(&b) = bytes.get(end) {
            match b {
                b'\t' | b'\n' | b'\r' | b' ' => break,
                b' '..=b'~' => end += 1,
                0x80.. => {
                    let cluster = cluster_at(text, start, end)?;
                    end = cluster.end;
                    token.judge(text, cluster, opts, &mut whole)?;
                }
                _ => return None,
            }
        }
        token.end(text, start..end, opts, &mut whole)?;
        pos = end;
        next = find_suspect(bytes, pos, &[]);
    }
    whole.writes_none_mixed_in().then_some(edits)
}

/// What [`removals_leaving_ascii`] keeps of the whole text: the bidi controls of the paragraph
/// it is in, and the letters of the East Asian scripts that mix with Latin (R17).
#[derive(Default)]
struct WholeText {
    /// Where the last bidi opener (embedding, override or isolate) is, if no line break is
    /// known to follow it.
    opener: Option<usize>,
    /// The letters of those scripts in the clusters judged, per script: all those of the text.
    east_asian: Vec<(Script, usize)>,
    /// Whether a cluster removed holds one (a Hangul filler).
    removed_east_asian: bool,
    /// Those glued into Latin words ([`glued_east_asian`]): their scripts, and their script.
    mixed_in: Vec<(ScriptExtension, Script)>,
}

impl WholeText {
    /// Takes the bidi control at `at`: false if it closes an opener of its paragraph. The look
    /// then sees a bidi pairing for R21 to restore; stray controls alone, as junk injects them,
    /// are judged by the junk passes where they stand (see `crate::look::look`). In text the walk
    /// takes, a paragraph ends only at a line feed or carriage return (a control or whitespace
    /// other than ASCII makes it give up).
    fn bidi(&mut self, bytes: &[u8], c: char, at: usize) -> bool {
        if matches!(c, '\u{202C}' | '\u{2069}') {
            // Each byte is looked at once: an opener is looked from once, up to its closer.
            let opened = self.opener.take();
            opened.is_none_or(|from| bytes[from..at].iter().any(|&b| matches!(b, b'\n' | b'\r')))
        } else {
            self.opener = Some(at);
            true
        }
    }

    /// Counts the letters of `cluster` that are of an East Asian script that mixes with Latin,
    /// as `super::scripts::TextScripts` counts letters; whether there is one.
    fn count(&mut self, cluster: &str) -> bool {
        let mut any = false;
        for c in cluster.chars() {
            let props = unicode::props(c);
            if props.group() == GeneralCategoryGroup::Letter
                && !props.is_styled()
                && is_legit_mix(Script::Latin, props.script)
            {
                add(&mut self.east_asian, props.script, 1);
                any = true;
            }
        }
        any
    }

    /// Whether the text writes none of the scripts of the letters glued into Latin words
    /// ([`glued_east_asian`]), which the intruder rules then remove (R17, `Scanner::writes`):
    /// none has three letters or more elsewhere, and no word elsewhere is in a script of its
    /// family. The sub-words of text the walk takes that hold a letter beyond ASCII are those
    /// of one letter glued to three Latin ones or more, which Latin hosts, and those of the
    /// clusters it removes: only these can host a word, if they hold such letters.
    fn writes_none_mixed_in(&self) -> bool {
        self.mixed_in.is_empty()
            || !self.removed_east_asian
                && self.mixed_in.iter().all(|&(scx, script)| {
                    scx.iter()
                        .all(|s| get(&self.east_asian, s).saturating_sub(usize::from(s == script)) < 3)
                })
    }
}

/// The grapheme cluster of the character at `at` (not ASCII) in the token that starts at
/// `start`, as the quick path cuts the token ([`pieces`]), where a cluster starts at `at` or
/// just before it: `at` follows the token's start, a printable ASCII character, or a cluster
/// found here. Most often the character alone: one that stands alone, followed by ASCII or by
/// another that stands alone; else the segmentation rules cut it, from the ASCII character
/// before it when they join it to that (`#` and U+FE0F U+20E3). `None` when the cluster holds
/// whitespace or a control (the token ends there).
fn cluster_at(text: &str, start: usize, at: usize) -> Option<Range<usize>> {
    let rest = text.get(at..)?;
    let mut chars = rest.chars();
    let c = chars.next()?;
    let after = at + c.len_utf8();
    if unicode::stands_alone(c)
        && chars
            .next()
            .is_none_or(|next| next.is_ascii() || unicode::stands_alone(next))
    {
        return (!c.is_whitespace()).then_some(at..after);
    }
    let before = (!unicode::stands_alone(c) && at > start && text.as_bytes()[at - 1].is_ascii())
        .then(|| text[at - 1..].graphemes(true).next())
        .flatten();
    let (from, cluster) = match before {
        Some(cluster) if cluster.len() > 1 => (at - 1, cluster),
        _ => (at, rest.graphemes(true).next()?),
    };
    (!cluster.chars().any(|c| c.is_whitespace() || c.is_control())).then_some(from..from + cluster.len())
}

/// Whether a character of these properties is a letter that no emoji, pictograph or invisible
/// character is: [`standalone`] finds no junk in it alone.
pub(super) fn never_alone_junk(props: unicode::Props) -> bool {
    props.group() == GeneralCategoryGroup::Letter
        && !props.is_emoji()
        && !props.is_pictographic()
        && !props.is_invisible()
}

/// The edits of one token in [`removals_leaving_ascii`]: those from `first` on, and the one
/// character left glued into it, if any.
struct TokenEdits<'e> {
    edits: &'e mut Vec<(Range<usize>, Reason)>,
    first: usize,
    glued: Option<Range<usize>>,
}

impl<'e> TokenEdits<'e> {
    fn new(edits: &'e mut Vec<(Range<usize>, Reason)>) -> Self {
        let first = edits.len();
        TokenEdits {
            edits,
            first,
            glued: None,
        }
    }

    /// The cluster `text[range]` of the token: its removal, or the one character left glued
    /// into the token. `None` for anything else: a cluster beside a character left glued, one
    /// that is kept or replaced, or left glued beside a removal.
    fn judge(&mut self, text: &str, range: Range<usize>, opts: &JunkOptions, whole: &mut WholeText) -> Option<()> {
        if self.glued.is_some() {
            return None;
        }
        let cluster = text.get(range.clone())?;
        let mut chars = cluster.chars();
        let base = chars.next()?;
        let props = unicode::props(base);
        if base.is_ascii_alphabetic() {
            // Marks on an ASCII letter (the cluster starts at the letter before them).
            return self.marks_on_letter(range.start + 1, chars.as_str(), opts);
        }
        let fits = |props: unicode::Props| props.is_nfc_yes() && props.is_nfc_boundary();
        let single = cluster.len() == base.len_utf8();
        // A bidi control is a cluster of its own (a control to the segmentation rules).
        let shown =
            shows_nothing_in(base, props) || is_bidi_control(base) && whole.bidi(text.as_bytes(), base, range.start);
        // NFC composes a character that is `NFC_Quick_Check=Yes` with nothing before it, and
        // reorders one that is no boundary (a mark) only with marks of its own cluster.
        if !(shown
            && (fits(props) || single && props.is_nfc_yes())
            && chars.all(|c| {
                let props = unicode::props(c);
                fits(props) && shows_nothing_in(c, props)
            }))
        {
            return None;
        }
        let east_asian = whole.count(cluster);
        // A letter that [`standalone`] never removes (a test checks it) is told at once.
        let gone = if single && never_alone_junk(props) {
            None
        } else {
            standalone(cluster, base, props).filter(|_| foreign_letter_at(cluster).is_none())
        };
        match gone {
            Some(reason) => match verdict(opts, reason, cluster) {
                Some(with) if with.is_empty() => {
                    whole.removed_east_asian |= east_asian;
                    self.edits.push((range, reason));
                }
                _ => return None,
            },
            None if self.edits.len() == self.first && single => self.glued = Some(range),
            None => return None,
        }
        Some(())
    }

    /// The marks `text[at..]` on an ASCII letter: each is an intruder if it is of one script,
    /// not Latin (R7: on a letter of another script, a mark of one is always an intruder,
    /// `worే̈d`); `None` if one is not. NFC may reorder such marks but composes none of them
    /// (`NFC_Quick_Check=Yes`): the passes remove the same marks.
    fn marks_on_letter(&mut self, at: usize, marks: &str, opts: &JunkOptions) -> Option<()> {
        if !opts.intruders || marks.is_empty() {
            return None;
        }
        for (i, c) in marks.char_indices() {
            let props = unicode::props(c);
            if !(class_of(props) == Class::Mark && props.is_nfc_yes() && foreign_mark(c, props)) {
                return None;
            }
            self.edits.push((at + i..at + i + c.len_utf8(), Reason::Intruder));
        }
        Some(())
    }

    /// The end of the token `text[token]`: the character left glued into it goes if
    /// [`glued_in_plain`] or [`glued_at_edge`] says so; `None` if it stays.
    fn end(self, text: &str, token: Range<usize>, opts: &JunkOptions, whole: &mut WholeText) -> Option<()> {
        if let Some(glued) = self.glued {
            let (token, offset, cluster) = (&text[token.clone()], glued.start - token.start, &text[glued.clone()]);
            let reason = glued_in_plain(token, offset, cluster, opts)
                .or_else(|| glued_at_edge(token, offset, cluster, opts))
                .or_else(|| {
                    whole.mixed_in.push(glued_east_asian(token, offset, cluster, opts)?);
                    Some(Reason::Intruder)
                })?;
            self.edits.push((glued, reason));
        }
        Some(())
    }
}

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
    let mut chars = cluster.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
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

/// The one character glued into a token of printable ASCII ([`removals_leaving_ascii`]) at an
/// end of a sub-word of three Latin letters or more and no digit (`nationꤻ`, `𐑉property`), when
/// it is a letter of a script that a Latin word does not take: Latin hosts the sub-word, and the
/// letter goes as [`Reason::Intruder`] since the text writes no word in its script (R9, R17).
/// It writes none: the sub-words of text the walk takes that hold a letter beyond ASCII are
/// those of one letter glued to three Latin ones or more, which Latin hosts, and those of the
/// clusters it removes, whose letters are of no script this takes (a test checks it).
fn glued_at_edge(token: &str, offset: usize, cluster: &str, opts: &JunkOptions) -> Option<Reason> {
    let mut chars = cluster.chars();
    let c = chars.next()?;
    if chars.next().is_some() || !opts.intruders {
        return None;
    }
    // Inside the sub-word, [`glued_in_plain`] took it.
    let props = unicode::props(c);
    let glued = match class_of(props) {
        Class::Letter => foreign_to_latin(c, props),
        // A mark that starts the token, on no letter.
        Class::Mark => offset == 0 && props.is_nfc_yes() && foreign_mark(c, props),
        _ => false,
    };
    (glued && in_latin_word(token, offset, cluster)).then_some(Reason::Intruder)
}

/// The one character glued into a token of printable ASCII ([`removals_leaving_ascii`]) in a
/// sub-word of three Latin letters or more and no digit, inside it or at an end (`pa琼rent`,
/// `offerゲ`), when it is a letter of an East Asian script that mixes with Latin: Latin hosts
/// the sub-word, and the letter goes as [`Reason::Intruder`] if the text writes no word in its
/// script (R17), which the caller asks of the whole text: its scripts, and its script.
fn glued_east_asian(
    token: &str,
    offset: usize,
    cluster: &str,
    opts: &JunkOptions,
) -> Option<(ScriptExtension, Script)> {
    let mut chars = cluster.chars();
    let c = chars.next()?;
    if chars.next().is_some() || !opts.intruders {
        return None;
    }
    let props = unicode::props(c);
    let scx = props.scx(c);
    (class_of(props) == Class::Letter
        && !props.is_styled()
        && unicode::is_specific(scx)
        && !scx.contains_script(Script::Latin)
        && scx.iter().all(|s| is_legit_mix(Script::Latin, s))
        && in_latin_word(token, offset, cluster))
    .then_some((scx, props.script))
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

/// Whether `c` is of one script, neither Latin nor Greek.
fn foreign_mark(c: char, props: unicode::Props) -> bool {
    let scx = props.scx(c);
    unicode::is_specific(scx) && props.script != Script::Greek && !scx.contains_script(Script::Latin)
}

/// Whether the sub-word around `token[offset..]` (its plain word parts: letters, digits, `·`)
/// but `cluster` there has three Latin letters or more and no digit: Latin hosts it.
fn in_latin_word(token: &str, offset: usize, cluster: &str) -> bool {
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
                .map(|reason| (reason, verdict(opts, reason, cluster)));
            if gone.is_none() && kept.plain && !is_plain_unit && glued.is_none() && self.edits.len() == before {
                // Judged at the end if the rest of the token is plain (plain characters stand
                // alone, so its neighbours need no check); kept like any other cluster if not.
                glued = Some((offset, cluster));
                kept.last = cluster.chars().next_back();
                continue;
            }
            let ok = match gone {
                Some((reason, Some(with))) => {
                    kept.removed = true;
                    // A replacement adds words; a removed separator (`#` of `#️⃣`) or letter
                    // changes the words of the text.
                    settled &= with.is_empty()
                        && !cluster.chars().any(|c| {
                            let props = unicode::props(c);
                            is_separator(c, props) || props.group() == GeneralCategoryGroup::Letter
                        });
                    let start = range.start + offset;
                    self.edits.push(Edit {
                        range: start..start + cluster.len(),
                        reason,
                        replacement: with,
                    });
                    true
                }
                Some((_, None)) => false,
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
