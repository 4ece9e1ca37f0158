//! The junk passes of `clean` and their traced twin: junk is removed in passes until none is
//! left (a removal can expose more, POLICY.md R14); [`remove_junk`] runs them, and [`traced`]
//! reports what they remove, in the text as given, for `junk()` and `extract(kinds="junk")`,
//! mapping the junk found in later passes back through the removals before it.

use std::borrow::Cow;
use std::ops::Range;

use super::after_look::{AfterLook, LookAround, keeps_tokens_apart};
use super::standins::StandIns;
use super::{CleanOptions, Junk};
use crate::junk::{self, EmojiAction, JunkOptions, Reason, Tally};
use crate::look;
use crate::normalize;
use crate::reader;
use crate::whitespace::{self, Whitespace};

/// How many times at most the junk step runs on its own output (see [`remove_junk`]).
pub(crate) const MAX_PASSES: usize = 4;

/// What the junk passes did to the text besides their edits.
#[derive(Clone, Debug)]
#[allow(clippy::struct_excessive_bools)] // independent facts about the passes
pub(super) struct Effects {
    /// The edits are known to leave NFC text NFC.
    pub(super) kept_nfc: bool,
    /// Every edit removed characters that the quick look of §6 does not see (see
    /// [`look::unseen`]), or any characters of a text in which it saw nothing it could ever see
    /// (`junk::Scanned::blank`), or characters within tokens (no whitespace) of a text in which
    /// no word can come to be of two cased scripts or of Latin look-alikes where Latin leads
    /// (`junk::Scanned::unmixed`, `look::Disguise::Unknown`), and nothing else, so that what that
    /// look saw of the text before, it sees of the text after.
    pub(super) unseen: bool,
    /// What the quick look of §6 saw of the text, when it asked for the restorations and these
    /// left the text as it was (the first scan went on: `junk::Scanned::resumed`).
    pub(super) restored_nothing: Option<reader::Seen>,
    /// When the first scan's look saw nothing at all and one pass removed characters in a way
    /// that cannot change what it sees outside the tokens it touched (no insertion, no break of
    /// bidi paragraphs, no tokens glued, nothing composed): see [`LookAround`].
    pub(super) look_around: Option<LookAround>,
    /// Some scan kept an emoji that the options name or replace (`junk::Scanned::kept_emoji`).
    pub(super) kept_emoji: bool,
}

impl Default for Effects {
    fn default() -> Self {
        Effects {
            kept_nfc: true,
            unseen: true,
            restored_nothing: None,
            look_around: None,
            kept_emoji: false,
        }
    }
}

/// Removes junk until none is left: a removal can expose more (a folded styled word meets a
/// mark of another script, a cluster gains a mark, a tidied space glues two tokens, a script
/// is no longer used elsewhere), so the step runs again on its result until nothing
/// changes, which makes `clean` idempotent. Clean text takes one scan, and so does text whose
/// junk leaves it settled (see `junk::Scanned::settled`). Other noisy text is scanned again,
/// and only where the edits changed it when no token's judgement asked how the whole text uses
/// scripts (see `junk::Scanned::consulted`): every other token is judged as before.
///
/// `effects` is updated with what the edits did (see [`Effects`]). With `check_nfc`,
/// [`Passes::NotNfc`] when the first scan cannot vouch that the text is NFC. With `look`, the
/// first scan takes the quick look of §6 too (see `junk::scan_looking`), and [`Passes::Restore`]
/// tells, before anything is removed, that it saw something to restore.
pub(super) fn remove_junk<'t>(
    options: &CleanOptions,
    text: &'t str,
    effects: &mut Effects,
    check_nfc: bool,
    look: bool,
    tally: &mut Tally,
) -> Passes<'t> {
    let mut text = Cow::Borrowed(text);
    let mut windows: Option<Vec<Range<usize>>> = None;
    // What the first scan's look saw, and what the scan found, until the first edits ask what
    // removals can show the look.
    let mut first_look = None;
    let mut after = AfterLook::default();
    for pass in 0..MAX_PASSES {
        let mut edits = Vec::new();
        let mut found = Tally::default();
        let scanned = if look && pass == 0 {
            // Where the look asks for the restorations, they run at once on the NFC text they
            // are given in `clean` (R19): when they change nothing, this very scan goes on.
            let mut restored = None;
            let mut restores_nothing = |seen| {
                if check_nfc && !normalize::is_nfc(&text) {
                    return false;
                }
                let mut counted = Tally::default();
                match reader::restore(&options.junk, &text, check_nfc, Some(seen), &mut counted) {
                    Cow::Borrowed(_) => true,
                    Cow::Owned(out) => {
                        restored = Some((out, counted));
                        false
                    }
                }
            };
            let (scanned, seen) = junk::scan_looking(&text, &options.junk, &mut restores_nothing, |e| {
                take(&mut edits, &mut found, e);
            });
            // A look that asks for the restorations only once the whole text is seen (a word of
            // look-alikes, in a text where Latin leads) leaves a whole scan, good if they change
            // nothing.
            let wanted = reader::wants(&options.junk, seen);
            first_look = Some((seen, scanned));
            if scanned.resumed || wanted && !scanned.stopped && restores_nothing(seen) {
                effects.restored_nothing = Some(seen);
            } else if wanted {
                return Passes::Restore(seen, restored);
            }
            scanned
        } else {
            junk::scan_in(&text, &options.junk, windows.as_deref(), |e| {
                take(&mut edits, &mut found, e);
            })
        };
        if check_nfc && pass == 0 && !scanned.nfc {
            return Passes::NotNfc;
        }
        effects.kept_emoji |= scanned.kept_emoji;
        if edits.is_empty() {
            break;
        }
        if let Some((seen, scanned)) = first_look.take() {
            after = AfterLook::of(seen, &scanned);
        }
        tally.merge(&found);
        let keeps_nfc = normalize::edits_keep_nfc(&text, &edits);
        effects.kept_nfc &= keeps_nfc;
        effects.unseen = effects.unseen && keeps_nfc && after.unseen(&text, &edits);
        // Removals of what ends neither words at whitespace nor bidi paragraphs change only the
        // words of the tokens they touch (asked only when the look will be taken again).
        let local = pass == 0
            && after.saw_nothing.is_some()
            && !effects.unseen
            && keeps_nfc
            && edits
                .iter()
                .all(|(range, with)| with.is_empty() && keeps_tokens_apart(&text[range.clone()]));
        // Which removals the look could see (when it is to look around them).
        let shown: Vec<bool> = if local {
            edits
                .iter()
                .map(|(range, _)| !text[range.clone()].chars().all(look::unseen))
                .collect()
        } else {
            Vec::new()
        };
        let applied = whitespace::apply_traced(&text, edits, options.whitespace);
        // Tidying drops horizontal spaces only, which the look does not see unless it glues
        // two tokens.
        effects.unseen &= !applied.glued;
        let settled = scanned.settled && !applied.glued;
        // Where the next pass looks: not asked for when there is none.
        windows = (!settled && !scanned.consulted && keeps_nfc).then(|| around(&applied.text, &applied.changes));
        let local = local && !applied.glued;
        effects.look_around = after.saw_nothing.filter(|_| local).map(|seen| LookAround {
            seen,
            removed: text.len() - applied.text.len(),
            changes: applied
                .changes
                .into_iter()
                .zip(shown)
                .filter_map(|(c, s)| s.then_some(c))
                .collect(),
        });
        // Text is judged composed (R14): a removal can bring together what NFC composes or
        // reorders (a mark meets a base, two marks meet out of order).
        text = if keeps_nfc {
            Cow::Owned(applied.text)
        } else {
            Cow::Owned(normalize::normalize(&applied.text, normalize::Form::Nfc).into_owned())
        };
        if settled {
            break;
        }
    }
    Passes::Done(text)
}

/// Keeps a scan's edit, counting its reason.
fn take<'t>(edits: &mut Vec<(Range<usize>, Cow<'t, str>)>, found: &mut Tally, edit: junk::Edit<'t>) {
    found.add(edit.reason);
    edits.push((edit.range, edit.replacement));
}

/// What [`remove_junk`] came to.
pub(super) enum Passes<'t> {
    /// The text without its junk.
    Done(Cow<'t, str>),
    /// The first scan cannot vouch that the text is NFC: nothing was removed.
    NotNfc,
    /// The quick look of §6 saw this, which asks for the restorations first: nothing was removed.
    /// With the restored text and what the restorations counted, when they were run already.
    Restore(reader::Seen, Option<(String, Tally)>),
}

/// The tokens of `text` that hold or touch the `changes` (sorted byte ranges): from the
/// whitespace before each change to the whitespace after it, merged where they meet. Each byte
/// of `text` is looked at a bounded number of times, however many changes a token holds.
pub(super) fn around(text: &str, changes: &[Range<usize>]) -> Vec<Range<usize>> {
    let space_after = |from: usize| {
        text.get(from..)
            .and_then(|t| t.find(char::is_whitespace))
            .map_or(text.len(), |i| from + i)
    };
    let mut windows: Vec<Range<usize>> = Vec::new();
    for change in changes {
        let (start, end) = (change.start.min(text.len()), change.end.min(text.len()));
        if let Some(last) = windows.last_mut()
            && start < last.end
        {
            // Inside the last window: only what the change reaches past it is new.
            if end > last.end {
                last.end = space_after(end);
            }
            continue;
        }
        let from = text
            .get(..start)
            .and_then(|t| t.rfind(char::is_whitespace))
            .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
        let to = space_after(end);
        match windows.last_mut() {
            Some(last) if from <= last.end => last.end = last.end.max(to),
            _ => windows.push(from..to),
        }
    }
    windows
}

/// Where a byte of a later pass's text came from.
#[derive(Clone, Copy)]
enum Origin {
    /// This byte of the text as given.
    Given(usize),
    /// A byte of the composition (NFC) of these bytes of the text as given, where composing
    /// changed them.
    Composed(usize, usize),
    /// The replacement text of this found edit.
    Inserted(usize),
}

/// Every edit `clean`'s junk step makes to `text`, as byte ranges of `text`, in order. An item
/// found in a later pass that spans earlier removals comes back as its pieces; one that changes
/// an earlier replacement (a folded styled word then removed) changes that edit's replacement.
/// With `compose`, the text is judged composed, as `clean` judges it when it normalises: an
/// edit of a character that composing changed comes back as the characters it was made of.
pub(super) fn traced(
    text: &str,
    opts: &JunkOptions,
    replacements: &[String],
    compose: bool,
    space: Whitespace,
) -> Vec<Junk> {
    let mut trace = Trace {
        found: Vec::new(),
        current: text.to_owned(),
        origin: Vec::new(),
        space: Whitespace::Keep,
    };
    if compose && !normalize::is_nfc(text) {
        (trace.current, trace.origin) = composed(text);
    }
    // R24: a replacement text is judged as a mark of punctuation, and is no junk.
    if let Some(stand_ins) = StandIns::find(replacements, &trace.current, &opts.drop) {
        let pieces = stand_ins.pieces(&trace.current);
        trace.substitute(pieces.into_iter().map(|(range, mark)| (range, mark.to_string())));
    }
    // R23: short codes are judged as the emoji they name, and are no junk.
    let shortcodes = if opts.emoji == EmojiAction::Name {
        let codes = junk::shortcodes(&trace.current);
        trace.substitute(codes)
    } else {
        Vec::new()
    };
    // What the reader sees first (POLICY.md §6, R19), then the junk passes, taking turns as
    // `Cleaner::clean` does.
    for _ in 0..super::MAX_ROUNDS {
        let mut seen = None;
        for step in reader::Step::ALL {
            let edits = step.edits(opts, &trace.current, &mut seen);
            trace.apply(
                &edits
                    .into_iter()
                    .map(|e| (e.range, e.reason, e.replacement))
                    .collect::<Vec<_>>(),
            );
        }
        let mut removed = false;
        // The junk passes tidy the whitespace their removals disturb, as `remove_junk` does: a
        // space dropped before punctuation can glue a token to the next, to be judged again.
        trace.space = space;
        for _ in 0..MAX_PASSES {
            let mut edits = Vec::new();
            junk::scan(&trace.current, opts, |e| {
                edits.push((e.range, e.reason, e.replacement.into_owned()));
            });
            if edits.is_empty() {
                break;
            }
            removed = true;
            trace.apply(&edits);
        }
        trace.space = Whitespace::Keep;
        if !removed {
            break;
        }
    }
    // R23: the emoji kept are named (or replaced) once the text is clean, but for short codes.
    let mut named = Vec::new();
    junk::emoji_replacements(&trace.current, opts, |range, with| {
        let from = trace.origin.get(range.clone()).and_then(|o| o.first());
        let code = |s: usize, e: usize| {
            shortcodes
                .binary_search_by_key(&s, |r| r.start)
                .is_ok_and(|i| shortcodes[i].end == e)
        };
        if !matches!(from, Some(&Origin::Composed(s, e)) if code(s, e)) {
            named.push((range, Reason::Emoji, with.into_owned()));
        }
    });
    trace.apply(&named);
    let mut found = trace.found;
    found.sort_by_key(|j| j.start);
    // Two edits inside one piece that composing changed come back as that piece each (`क़`,
    // U+0958, composes to `क` and a nukta, removed apart): one item.
    let mut merged: Vec<Junk> = Vec::with_capacity(found.len());
    for j in found {
        match merged.last_mut() {
            Some(last) if j.start < last.end => {
                last.end = last.end.max(j.end);
                last.replacement.push_str(&j.replacement);
            }
            _ => merged.push(j),
        }
    }
    merged
}

/// The text as the passes so far have left it, where each of its bytes came from, and the
/// edits found so far, in the text as given (`origin` is filled at the first edit).
struct Trace {
    found: Vec<Junk>,
    current: String,
    origin: Vec<Origin>,
    /// How the edits applied now tidy whitespace (the restorations of §6 tidy none).
    space: Whitespace,
}

impl Trace {
    /// Replaces pieces of the current text (in order, apart), reporting nothing: each short code
    /// by the emoji it names (R23), each replacement text by its mark (R24); the new bytes come
    /// from the piece's. Gives the pieces' ranges in the text as given, in order.
    fn substitute<S: AsRef<str>>(&mut self, pieces: impl IntoIterator<Item = (Range<usize>, S)>) -> Vec<Range<usize>> {
        let mut pieces = pieces.into_iter().peekable();
        if pieces.peek().is_none() {
            return Vec::new();
        }
        if self.origin.len() != self.current.len() {
            self.origin = (0..self.current.len()).map(Origin::Given).collect();
        }
        let mut next = String::with_capacity(self.current.len());
        let mut next_origin = Vec::with_capacity(self.origin.len());
        let mut given = Vec::new();
        let mut at = 0;
        for (range, with) in pieces {
            let with = with.as_ref();
            next.push_str(&self.current[at..range.start]);
            next_origin.extend_from_slice(&self.origin[at..range.start]);
            let (mut start, mut end) = (usize::MAX, 0);
            given_runs(&self.origin[range.clone()], |s, e| {
                (start, end) = (start.min(s), end.max(e));
            });
            given.push(start..end);
            next.push_str(with);
            next_origin.extend(std::iter::repeat_n(Origin::Composed(start, end), with.len()));
            at = range.end;
        }
        next.push_str(&self.current[at..]);
        next_origin.extend_from_slice(&self.origin[at..]);
        self.current = next;
        self.origin = next_origin;
        given
    }

    /// Applies one pass's edits (in order, not overlapping) to the current text.
    fn apply(&mut self, edits: &[(Range<usize>, Reason, String)]) {
        if edits.is_empty() {
            return;
        }
        if self.found.is_empty() && self.origin.len() != self.current.len() {
            // The first edits: every byte so far is the text as given.
            self.origin = (0..self.current.len()).map(Origin::Given).collect();
        }
        let (current, origin, found) = (&self.current, &self.origin, &mut self.found);
        let mut next = String::with_capacity(current.len());
        let mut next_origin = Vec::with_capacity(origin.len());
        let mut at = 0;
        for (range, reason, replacement) in edits {
            let (range, reason) = (range.clone(), *reason);
            next.push_str(&current[at..range.start]);
            next_origin.extend_from_slice(&origin[at..range.start]);
            let covered = &origin[range.clone()];
            let owner = covered.iter().find_map(|o| match o {
                Origin::Inserted(k) => Some(*k),
                Origin::Given(_) | Origin::Composed(..) => None,
            });
            let first_piece = found.len();
            given_runs(covered, |start, end| {
                found.push(Junk {
                    start,
                    end,
                    reason,
                    replacement: String::new(),
                });
            });
            let holder = owner.unwrap_or(first_piece);
            next.push_str(replacement);
            next_origin.extend(std::iter::repeat_n(Origin::Inserted(holder), replacement.len()));
            at = range.end;
        }
        next.push_str(&current[at..]);
        next_origin.extend_from_slice(&origin[at..]);
        if self.space != Whitespace::Keep {
            let spans = edits.iter().map(|(range, _, with)| (range.clone(), with.as_str()));
            let tidied = whitespace::apply(current, spans, self.space);
            next_origin = drop_tidied(&next, next_origin, &tidied);
            next = tidied.into_owned();
        }
        // Each edit's replacement is what its inserted bytes have become.
        rebuild_replacements(found, &next, &next_origin);
        self.current = next;
        self.origin = next_origin;
    }
}

/// The origins of `tidied`'s bytes, given those of `untidied`: the same text but for horizontal
/// spaces the tidying dropped (a subsequence of it, matched greedily: which of two equal
/// spaces stays tells nothing about the junk).
fn drop_tidied(untidied: &str, origin: Vec<Origin>, tidied: &str) -> Vec<Origin> {
    if tidied.len() == untidied.len() {
        return origin;
    }
    let mut out = Vec::with_capacity(tidied.len());
    let mut want = tidied.chars().peekable();
    for (at, c) in untidied.char_indices() {
        if want.peek() == Some(&c) {
            want.next();
            out.extend_from_slice(&origin[at..at + c.len_utf8()]);
        } else {
            debug_assert!(whitespace::is_horizontal_space(c), "the tidying dropped {c:?}");
        }
    }
    out
}

/// Sets each found edit's replacement to the bytes of `text` inserted on its behalf.
fn rebuild_replacements(found: &mut [Junk], text: &str, origin: &[Origin]) {
    for j in found.iter_mut() {
        j.replacement.clear();
    }
    let mut at = 0;
    while at < origin.len() {
        let Origin::Inserted(k) = origin[at] else {
            at += 1;
            continue;
        };
        let end = origin[at..]
            .iter()
            .position(|o| !matches!(o, Origin::Inserted(i) if *i == k))
            .map_or(origin.len(), |n| at + n);
        if let (Some(j), Some(piece)) = (found.get_mut(k), text.get(at..end)) {
            j.replacement.push_str(piece);
        }
        at = end;
    }
}

/// The NFC of `text`, composed piece by piece between characters that NFC never joins to what
/// precedes them, and where each of its bytes came from: the same byte where a piece did not
/// change, the whole piece where it did.
fn composed(text: &str) -> (String, Vec<Origin>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut piece = |range: Range<usize>, out: &mut String| {
        let given = &text[range.clone()];
        let nfc = normalize::normalize(given, normalize::Form::Nfc);
        if nfc == given {
            origin.extend(range.clone().map(Origin::Given));
        } else {
            origin.extend(std::iter::repeat_n(Origin::Composed(range.start, range.end), nfc.len()));
        }
        out.push_str(&nfc);
    };
    let mut start = 0;
    for (i, c) in text.char_indices().skip(1) {
        if crate::unicode::props(c).is_nfc_boundary() {
            piece(start..i, &mut out);
            start = i;
        }
    }
    piece(start..text.len(), &mut out);
    (out, origin)
}

/// Calls `emit` with each run of consecutive bytes of the text as given in `origin`; the bytes
/// of one composed piece are its whole run.
fn given_runs(origin: &[Origin], mut emit: impl FnMut(usize, usize)) {
    let mut run: Option<(usize, usize)> = None;
    for o in origin {
        let (from, to) = match *o {
            Origin::Given(b) => (b, b + 1),
            Origin::Composed(s, e) => (s, e),
            Origin::Inserted(_) => {
                if let Some((s, e)) = run.take() {
                    emit(s, e);
                }
                continue;
            }
        };
        run = match run {
            Some((s, e)) if from == e => Some((s, to)),
            // Another byte of the same composed piece.
            Some((s, e)) if s <= from && to <= e => Some((s, e)),
            Some((s, e)) => {
                emit(s, e);
                Some((from, to))
            }
            None => Some((from, to)),
        };
    }
    if let Some((s, e)) = run {
        emit(s, e);
    }
}

#[cfg(test)]
#[path = "passes_tests.rs"]
mod tests;
