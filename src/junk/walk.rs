//! The walk to ASCII: noisy text whose junk the passes remove to leave plain ASCII, cleaned in
//! one walk that finds their very removals (held to them by `clean::tests`).

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::intruders::is_legit_mix;
use super::quick::{foreign_to_latin, glued_in_plain, in_latin_word, only_char};
use super::scripts::{add, get};
use super::standalone::{removes, standalone};
use super::{Class, JunkOptions, Reason, class_of, find_suspect, foreign_letter_at, is_ascii_space};
use crate::look::{is_ascii_break, is_bidi_control, shows_nothing_in};
use crate::unicode::lookalike::Case;
use crate::unicode::{self, GeneralCategoryGroup, Script, ScriptExtension};

/// The removals that the junk passes make in `text` when they leave plain ASCII, found without
/// them, or `None`. They are found when every token with a byte other than plain ASCII (see
/// [`super::is_plain_ascii`]) is printable ASCII and grapheme clusters each of which
///
/// - holds only characters that are `NFC_Quick_Check=Yes` and compose with nothing before
///   them, and that show the look of §6 nothing (no BACKSPACE, cased letter of another script
///   than Latin, or bidi control that closes an opener of its paragraph), so that no
///   restoration runs before the passes; or a cased letter of another script left glued that
///   the look-alike step leaves where it is ([`kept_by_lookalikes`]), so that the restorations
///   change nothing;
/// - is removed by [`super::Scanner::quick_token`] on that token: junk that needs no context
///   (with no replacement: an emoji, pictograph, invisible character or stray bidi control),
///   or the one character glued into a token of printable ASCII ([`glued_in_plain`], and at a
///   sub-word's edge [`glued_at_edge`]), judged in the token its removals leave when none
///   touches it; or, for the intruder rules, the one East Asian letter glued into a Latin word
///   of a text that does not write its script ([`glued_east_asian`]), or marks of another
///   script on an ASCII letter ([`TokenEdits::marks_on_letter`]).
///
/// The first scan then makes just these edits; what they leave is plain ASCII, in which no
/// later pass, look or restoration finds anything. Any other text gets `None`, at the first
/// token that is not so, and the passes judge it. The common noisy text, of glued emoji,
/// symbols, styled letters, stray bidi controls, marks and letters of other scripts
/// (`dis🍌tricts`, `𝐆its`, `Qu\u{202B}ality`, `nationꤻ`, `Respoীnd`, `pa琼rent`), is so cleaned
/// in one walk. Held to the passes by `clean::tests` and, through `clean`, to the model.
///
/// `first` is where the first byte that is not plain ASCII is ([`super::find_not_plain`]).
///
/// The removals, in order, are handed to `take`, whose result is returned. Their list is kept
/// from one call to the next on a thread (short, as noisy rows are: a row's allocation saved).
pub(crate) fn removals_leaving_ascii<R>(
    text: &str,
    first: usize,
    opts: &JunkOptions,
    take: impl FnOnce(&[(Range<usize>, Reason)]) -> R,
) -> Option<R> {
    /// Past this many, the list is not kept for the next call.
    const KEPT: usize = 256;
    thread_local! {
        static EDITS: RefCell<Vec<(Range<usize>, Reason)>> = const { RefCell::new(Vec::new()) };
    }
    if !opts.keep.is_empty() || !opts.drop.is_empty() {
        return None;
    }
    EDITS.with(|kept| {
        let mut own = Vec::new();
        // Always free: `take` does not come back here.
        let mut kept = kept.try_borrow_mut();
        let edits = kept.as_deref_mut().unwrap_or(&mut own);
        edits.clear();
        let found = walk(text, first, opts, edits).map(|()| take(edits));
        if edits.capacity() > KEPT {
            *edits = Vec::new();
        }
        found
    })
}

/// [`removals_leaving_ascii`], listing the removals in `edits`.
fn walk(text: &str, first: usize, opts: &JunkOptions, edits: &mut Vec<(Range<usize>, Reason)>) -> Option<()> {
    let bytes = text.as_bytes();
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
        let mut token = TokenEdits::new(edits);
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
    whole.writes_none_mixed_in().then_some(())
}

/// What [`removals_leaving_ascii`] keeps of the whole text: the bidi controls of the paragraph
/// it is in, and the letters of the East Asian scripts that mix with Latin (R17).
#[derive(Default)]
struct WholeText {
    /// Where the last bidi opener (embedding, override or isolate) is, if no line break is
    /// known to follow it.
    opener: Option<usize>,
    /// The letters of those scripts in the clusters removed and glued, per script: all those of
    /// the text when the walk takes it (a letter glued otherwise is of no such script).
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
/// `start`, as the quick path cuts the token ([`super::clusters::pieces`]), where a cluster
/// starts at `at` or just before it: `at` follows the token's start, a printable ASCII
/// character, or a cluster found here. Most often the character alone: one that stands alone,
/// followed by ASCII or by another that stands alone; else the segmentation rules cut it, from
/// the ASCII character before it when they join it to that (`#` and U+FE0F U+20E3). `None`
/// when the cluster holds whitespace or a control (the token ends there).
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
    /// The character left glued is a cased letter of a script other than Latin, which the look
    /// sees (a word of two cased scripts): see [`kept_by_lookalikes`].
    cased: bool,
}

impl<'e> TokenEdits<'e> {
    fn new(edits: &'e mut Vec<(Range<usize>, Reason)>) -> Self {
        let first = edits.len();
        TokenEdits {
            edits,
            first,
            glued: None,
            cased: false,
        }
    }

    /// The cluster `text[range]` of the token: its removal, or the one character left glued
    /// into the token. `None` for anything else: a second character left glued, a cluster that
    /// is kept or replaced, or one right after the character left glued.
    fn judge(&mut self, text: &str, range: Range<usize>, opts: &JunkOptions, whole: &mut WholeText) -> Option<()> {
        let cluster = text.get(range.clone())?;
        let mut chars = cluster.chars();
        let base = chars.next()?;
        let props = unicode::props(base);
        if base.is_ascii_alphabetic() {
            // Marks on an ASCII letter (the cluster starts at the letter before them).
            return self.marks_on_letter(range.start + 1, chars.as_str(), opts);
        }
        let single = cluster.len() == base.len_utf8();
        // A letter that [`standalone`] never removes (a test checks it) is told at once; a
        // second one is not taken.
        let never_gone = single && never_alone_junk(props);
        if never_gone && self.glued.is_some() {
            return None;
        }
        let fits = |props: unicode::Props| props.is_nfc_yes() && props.is_nfc_boundary();
        // A bidi control is a cluster of its own (a control to the segmentation rules).
        // A cased letter of another script alone, left glued, is judged at the token's end.
        let cased = never_gone && props.is_cased_letter() && !shows_nothing_in(base, props);
        let shown = cased
            || shows_nothing_in(base, props)
            || is_bidi_control(base) && whole.bidi(text.as_bytes(), base, range.start);
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
        let gone = if never_gone {
            None
        } else {
            standalone(cluster, base, props).filter(|_| foreign_letter_at(cluster).is_none())
        };
        match gone {
            Some(reason) if removes(opts, reason) => {
                // A character alone that is no letter counts for no script.
                whole.removed_east_asian |=
                    !(single && props.group() != GeneralCategoryGroup::Letter) && whole.count(cluster);
                self.edits.push((range, reason));
            }
            // Another cluster right after it is a second letter, or a removal beside it (see
            // [`TokenEdits::end`]): given up at once.
            None if self.glued.is_none() && single && text.as_bytes().get(range.end).is_none_or(u8::is_ascii) => {
                self.glued = Some(range);
                self.cased = cased;
            }
            // Kept junk, or no junk beside a glued one.
            _ => return None,
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
            let cluster = &text[glued.clone()];
            let removed = &self.edits[self.first..];
            let (token, offset) = if removed.is_empty() {
                (Cow::Borrowed(&text[token.clone()]), glued.start - token.start)
            } else {
                // The token as the passes judge it once the removals beside it are made, when
                // none touches it (its neighbours stay, and so do its clusters).
                if self.cased
                    || removed
                        .iter()
                        .any(|(r, _)| r.end == glued.start || r.start == glued.end)
                {
                    return None;
                }
                let gone_before: usize = removed
                    .iter()
                    .filter(|(r, _)| r.end <= glued.start)
                    .map(|(r, _)| r.len())
                    .sum();
                let mut left = String::with_capacity(token.len());
                let mut at = token.start;
                for (r, _) in removed {
                    left.push_str(&text[at..r.start]);
                    at = r.end;
                }
                left.push_str(&text[at..token.end]);
                (Cow::Owned(left), glued.start - token.start - gone_before)
            };
            let token = token.as_ref();
            if self.cased && !kept_by_lookalikes(token, offset, cluster) {
                return None;
            }
            let reason = glued_in_plain(token, offset, cluster, opts)
                .or_else(|| glued_at_edge(token, offset, cluster, opts))
                .or_else(|| {
                    whole.mixed_in.push(glued_east_asian(token, offset, cluster, opts)?);
                    whole.count(cluster);
                    Some(Reason::Intruder)
                })?;
            // In order of position, as the token's removals are.
            let before = self.first + self.edits[self.first..].partition_point(|(r, _)| r.start < glued.start);
            self.edits.insert(before, (glued, reason));
        }
        Some(())
    }
}

/// Whether the look-alike step (R22, which runs before the junk passes, R19) leaves the one
/// cased letter of a script other than Latin glued into a token of printable ASCII
/// ([`removals_leaving_ascii`]): it has no Latin look-alike (`olԿd`, `Bѭlood`), or it is a
/// capital after a letter of its word, which holds a small letter (`oЈff`). The word is then
/// Latin's or no script's, and none of its letters is written otherwise; no other word of the
/// text is of letters of one script other than Latin (those are ASCII, or of the clusters the walk
/// removes, which show the look nothing), so no whole word is mapped either. The step changes
/// nothing, and the passes judge the letter where it stands.
fn kept_by_lookalikes(token: &str, offset: usize, cluster: &str) -> bool {
    let Some(c) = only_char(cluster) else { return false };
    if !unicode::props(c).looks_latin() {
        return true;
    }
    // Its word: the token is ASCII but for it.
    let before = token[..offset].bytes().rev().take_while(|&b| !is_ascii_break(b));
    let after = token[offset + cluster.len()..]
        .bytes()
        .take_while(|&b| !is_ascii_break(b));
    Case::of(c).is_capital()
        && before.clone().any(|b| b.is_ascii_alphabetic())
        && before.chain(after).any(|b| b.is_ascii_lowercase())
}

/// The one character glued into a token of printable ASCII ([`removals_leaving_ascii`]) at an
/// end of a sub-word of three Latin letters or more and no digit (`nationꤻ`, `𐑉property`), when
/// it is a letter of a script that a Latin word does not take: Latin hosts the sub-word, and the
/// letter goes as [`Reason::Intruder`] since the text writes no word in its script (R9, R17).
/// It writes none: the sub-words of text the walk takes that hold a letter beyond ASCII are
/// those of one letter glued to three Latin ones or more, which Latin hosts, and those of the
/// clusters it removes, whose letters are of no script this takes (a test checks it).
fn glued_at_edge(token: &str, offset: usize, cluster: &str, opts: &JunkOptions) -> Option<Reason> {
    let c = only_char(cluster).filter(|_| opts.intruders)?;
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
    let c = only_char(cluster).filter(|_| opts.intruders)?;
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

/// Whether `c` is of one script, neither Latin nor Greek.
fn foreign_mark(c: char, props: unicode::Props) -> bool {
    let scx = props.scx(c);
    unicode::is_specific(scx) && props.script != Script::Greek && !scx.contains_script(Script::Latin)
}
