//! The junk passes of `clean` and their traced twin: junk is removed in passes until none is
//! left (a removal can expose more, POLICY.md R14); [`remove_junk`] runs them, and [`traced`]
//! reports what they remove, in the text as given, for `junk()` and `extract(kinds="junk")`,
//! mapping the junk found in later passes back through the removals before it.

use std::borrow::Cow;
use std::ops::Range;

use super::{CleanOptions, Junk};
use crate::junk::{self, JunkOptions, Reason, Tally};
use crate::look;
use crate::normalize;
use crate::reader;
use crate::whitespace;

/// How many times at most the junk step runs on its own output (see [`remove_junk`]).
pub(crate) const MAX_PASSES: usize = 4;

/// What the junk passes did to the text besides their edits.
#[derive(Clone, Debug)]
pub(super) struct Effects {
    /// The edits are known to leave NFC text NFC.
    pub(super) kept_nfc: bool,
    /// Every edit removed characters that the quick look of §6 does not see (see
    /// [`look::unseen`]) and nothing else, so that what that look saw of the text before, it
    /// sees of the text after.
    pub(super) unseen: bool,
    /// What the quick look of §6 saw of the text, when it asked for the restorations and these
    /// left the text as it was (the first scan went on: `junk::Scanned::resumed`).
    pub(super) restored_nothing: Option<reader::Seen>,
    /// When the first scan's look saw nothing at all and one pass removed characters in a way
    /// that cannot change what it sees outside the tokens it touched (no insertion, no break of
    /// bidi paragraphs, no tokens glued, nothing composed): what it saw, and where the removals
    /// landed in the text the passes give back (see [`around`] for the tokens they touched).
    pub(super) look_around: Option<(reader::Seen, Vec<Range<usize>>)>,
}

impl Default for Effects {
    fn default() -> Self {
        Effects {
            kept_nfc: true,
            unseen: true,
            restored_nothing: None,
            look_around: None,
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
    // What the first scan's look saw, when it saw nothing at all.
    let mut saw_nothing = None;
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
            saw_nothing = (!seen.bidi && !seen.lookalikes && !seen.backspace && !seen.disguised).then_some(seen);
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
        if edits.is_empty() {
            break;
        }
        tally.merge(&found);
        let keeps_nfc = normalize::edits_keep_nfc(&text, &edits);
        effects.kept_nfc &= keeps_nfc;
        effects.unseen = effects.unseen
            && keeps_nfc
            && edits
                .iter()
                .all(|(range, with)| with.is_empty() && text[range.clone()].chars().all(look::unseen));
        // Removals of what ends neither words at whitespace nor bidi paragraphs change only the
        // words of the tokens they touch (asked only when the look will be taken again).
        let local = pass == 0
            && saw_nothing.is_some()
            && !effects.unseen
            && keeps_nfc
            && edits.iter().all(|(range, with)| {
                with.is_empty()
                    && !text[range.clone()]
                        .chars()
                        .any(|c| c.is_whitespace() || matches!(c, '\u{1C}'..='\u{1E}'))
            });
        let applied = whitespace::apply_traced(&text, edits, options.whitespace);
        // Tidying drops horizontal spaces only, which the look does not see unless it glues
        // two tokens.
        effects.unseen &= !applied.glued;
        let settled = scanned.settled && !applied.glued;
        // Where the next pass looks: not asked for when there is none.
        windows = (!settled && !scanned.consulted && keeps_nfc).then(|| around(&applied.text, &applied.changes));
        let local = local && !applied.glued;
        effects.look_around = saw_nothing.filter(|_| local).map(|seen| (seen, applied.changes));
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
pub(super) fn traced(text: &str, opts: &JunkOptions, compose: bool) -> Vec<Junk> {
    let mut trace = Trace {
        found: Vec::new(),
        current: text.to_owned(),
        origin: Vec::new(),
    };
    if compose && !normalize::is_nfc(text) {
        (trace.current, trace.origin) = composed(text);
    }
    // What the reader sees first (POLICY.md §6, R19), then the junk passes, taking turns as
    // `Cleaner::clean` does.
    for _ in 0..super::MAX_ROUNDS {
        let mut seen = None;
        for step in reader::Step::ALL {
            let edits = step.edits(opts, &trace.current, &mut seen);
            trace.apply(edits.into_iter().map(|e| (e.range, e.reason, e.replacement)).collect());
        }
        let mut removed = false;
        for _ in 0..MAX_PASSES {
            let mut edits = Vec::new();
            junk::scan(&trace.current, opts, |e| {
                edits.push((e.range, e.reason, e.replacement.into_owned()));
            });
            if edits.is_empty() {
                break;
            }
            removed = true;
            trace.apply(edits);
        }
        if !removed {
            break;
        }
    }
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
}

impl Trace {
    /// Applies one pass's edits (in order, not overlapping) to the current text.
    fn apply(&mut self, edits: Vec<(Range<usize>, Reason, String)>) {
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
            next.push_str(&replacement);
            next_origin.extend(std::iter::repeat_n(Origin::Inserted(holder), replacement.len()));
            at = range.end;
        }
        next.push_str(&current[at..]);
        next_origin.extend_from_slice(&origin[at..]);
        // Each edit's replacement is what its inserted bytes have become.
        rebuild_replacements(found, &next, &next_origin);
        self.current = next;
        self.origin = next_origin;
    }
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
mod tests {
    use super::*;
    use crate::Cleaner;
    use crate::whitespace::Whitespace;

    /// `remove_junk` as it would be with no quick path and no early stop: every pass a full scan.
    fn reference(cleaner: &Cleaner, text: &str) -> String {
        let mut text = text.to_owned();
        for _ in 0..MAX_PASSES {
            let mut edits = Vec::new();
            junk::scan_full(&text, &cleaner.options().junk, |e| edits.push((e.range, e.replacement)));
            if edits.is_empty() {
                break;
            }
            let applied = whitespace::apply(&text, edits, cleaner.options().whitespace);
            text = normalize::normalize(&applied, normalize::Form::Nfc).into_owned();
        }
        text
    }

    #[test]
    fn text_the_scan_cannot_vouch_for_is_normalised_first() {
        use proptest::prelude::*;
        use unicode_normalization::UnicodeNormalization;
        let cleaner = Cleaner::default();
        // Decomposed: judged as `é` and `ਖ਼` are, not as the letters and marks apart.
        for text in ["cafe\u{301}🍌", "\u{A16}\u{A3C}ਾਲਸਾ x", "Ж\u{308}\u{2000}x"] {
            let composed: String = text.nfc().collect();
            assert_eq!(cleaner.clean(text), cleaner.clean(&composed), "{text:?}");
        }
        proptest!(ProptestConfig::with_cases(2000), |(text in junk::tests::quick_path_text())| {
            let composed: String = text.nfc().collect();
            prop_assert_eq!(cleaner.clean(&text), cleaner.clean(&composed), "{:?}", text);
        });
    }

    #[test]
    fn a_settled_text_needs_no_second_pass() {
        use proptest::prelude::*;
        let cleaners = [
            Cleaner::default(),
            Cleaner::new(CleanOptions {
                whitespace: Whitespace::Keep,
                ..CleanOptions::default()
            }),
        ];
        // Tidying glues `〝` to the next word once the emoji on either side go; the word then
        // has a foreign character at its edge, which a second pass removes.
        let glued =
            "ᆇ—6 x Москваç iŒçdz 〝🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} ❤\u{FE0F}می\u{200C}خواهم";
        for cleaner in &cleaners {
            assert_eq!(
                remove_junk(
                    cleaner.options(),
                    glued,
                    &mut Effects::default(),
                    false,
                    false,
                    &mut Tally::default()
                )
                .into_done()
                .unwrap_or_default(),
                reference(cleaner, glued)
            );
        }
        proptest!(ProptestConfig::with_cases(3000), |(text in junk::tests::quick_path_text())| {
            // The passes are given composed text (see `Cleaner::clean`).
            let text: String = unicode_normalization::UnicodeNormalization::nfc(text.as_str()).collect();
            for cleaner in &cleaners {
                let quick = remove_junk(cleaner.options(), &text, &mut Effects::default(), false, false, &mut Tally::default()).into_done().unwrap_or_default().into_owned();
                prop_assert_eq!(quick, reference(cleaner, &text), "{:?}", text);
            }
        });
    }

    trait IntoDone<'t> {
        /// The text without its junk, or `None`.
        fn into_done(self) -> Option<Cow<'t, str>>;
    }

    impl<'t> IntoDone<'t> for Passes<'t> {
        fn into_done(self) -> Option<Cow<'t, str>> {
            match self {
                Passes::Done(text) => Some(text),
                Passes::NotNfc | Passes::Restore(..) => None,
            }
        }
    }

    fn removed(text: &str) -> Vec<(&str, &'static str)> {
        traced(text, &JunkOptions::default(), true)
            .into_iter()
            .map(|j| (&text[j.start..j.end], j.reason.name()))
            .collect()
    }

    #[test]
    fn text_that_is_not_nfc_is_judged_composed() {
        // Jamo that compose to `가가`; `сор` is Latin `cop` to a reader, so no Cyrillic word
        // makes `가가` a counter glued to a number (R8): only the look-alikes go.
        let text = "\u{1100}\u{1161}\u{1100}\u{1161}1 café сор";
        assert_eq!(crate::clean(text), "가가1 café cop");
        assert_eq!(
            removed(text),
            [("с", "homoglyph"), ("о", "homoglyph"), ("р", "homoglyph")]
        );
        // A removed character that composing made comes back as the characters it was made of.
        assert_eq!(
            removed("\u{1100}\u{1161}🍌b"),
            [("\u{1100}\u{1161}", "intruder"), ("🍌", "emoji")]
        );
    }

    #[test]
    fn edits_inside_one_composed_piece_are_one_item() {
        let text = "\u{606}\u{958}\u{4E00}";
        let found = traced(text, &JunkOptions::default(), true);
        assert!(found.windows(2).all(|w| w[0].end <= w[1].start), "{found:?}");
        assert_eq!(found.last().map(|j| j.end), Some("\u{606}\u{958}".len()));
    }

    #[test]
    fn composed_pieces_are_the_nfc_and_map_back() {
        use proptest::prelude::*;
        use unicode_normalization::UnicodeNormalization;
        let text = proptest::string::string_regex(
            "[a e\u{301}\u{323}\u{307}\u{1100}\u{1161}\u{11A8}가ạ🍌\u{FB01}\u{212B}]{0,12}",
        )
        .unwrap();
        proptest!(ProptestConfig::with_cases(3000), |(t in text)| {
            let (out, origin) = composed(&t);
            prop_assert_eq!(&out, &t.nfc().collect::<String>());
            prop_assert_eq!(origin.len(), out.len());
            // Every byte of the text as given is covered, once, in order.
            let mut runs = Vec::new();
            given_runs(&origin, |s, e| runs.push(s..e));
            prop_assert_eq!(runs.first().map_or(0, |r| r.start), 0);
            prop_assert_eq!(runs.last().map_or(0, |r| r.end), t.len());
            prop_assert!(runs.windows(2).all(|w| w[0].end <= w[1].start));
        });
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // lists of ranges, one of them
    fn windows_are_the_tokens_around_the_changes() {
        let text = "ab cd ef gh";
        assert_eq!(around(text, &[4..4]), [3..5]);
        assert_eq!(around(text, &[3..3, 4..4, 5..5]), [3..5]);
        assert_eq!(around(text, &[2..2]), [0..2]);
        assert_eq!(around(text, &[1..1, 7..8]), [0..2, 6..8]);
        assert_eq!(around(text, &[4..7]), [3..8]);
        assert_eq!(around("", &[0..0]), [0..0]);
    }

    #[test]
    fn later_passes_map_back() {
        // The emoji goes first; only then is the styled letter glued to `its`.
        let text = "𝐆🍌its";
        assert_eq!(crate::clean(text), "its");
        assert_eq!(removed(text), [("𝐆", "styled"), ("🍌", "emoji")]);
    }

    #[test]
    fn a_later_pass_can_change_an_earlier_replacement() {
        let text = "𝐆𝐆.ౠ";
        let found = traced(text, &JunkOptions::default(), true);
        let edits: Vec<_> = found
            .iter()
            .map(|j| (&text[j.start..j.end], j.replacement.as_str()))
            .collect();
        assert_eq!(crate::clean(text), ".ౠ");
        assert_eq!(edits, [("𝐆", ""), ("𝐆", "")]);
    }

    #[test]
    fn runs_split_at_gaps() {
        let mut out = Vec::new();
        let origin = [0, 1, 9, 5, 6, 8].map(|b| if b == 9 { Origin::Inserted(0) } else { Origin::Given(b) });
        given_runs(&origin, |s, e| {
            out.push((s, e));
        });
        assert_eq!(out, [(0, 2), (5, 7), (8, 9)]);
    }
}
