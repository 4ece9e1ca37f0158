//! What removals of junk can show the quick look of POLICY.md §6 that the first scan took
//! (`junk::scan_looking`): whether the passes of `passes::remove_junk` must look again, and
//! where.

use std::borrow::Cow;
use std::ops::Range;

use crate::junk;
use crate::look;
use crate::reader;

/// What the look of §6 needs to look again only where one pass of removals changed a text of
/// which it saw nothing at all (see `look::look_around`).
#[derive(Clone, Debug)]
pub(super) struct LookAround {
    /// What the first scan's look saw.
    pub(super) seen: reader::Seen,
    /// Where the removals of characters that the look sees landed in the text the passes give
    /// back (see `passes::around` for the tokens they touched); the others change nothing it sees.
    pub(super) changes: Vec<Range<usize>>,
    /// How many bytes the pass removed.
    pub(super) removed: usize,
}

/// What removals can show the look of §6 that the first scan took (see `passes::remove_junk`).
#[derive(Debug, Default)]
pub(super) struct AfterLook {
    /// What the look saw, when it saw nothing at all.
    pub(super) saw_nothing: Option<reader::Seen>,
    /// Whether it found the text blank (see `junk::Scanned::blank`).
    blank: bool,
    /// When it saw nothing, no token held cased letters of two scripts (`junk::Scanned::unmixed`)
    /// and Latin would not lead the text with `spare` letters of one other script fewer
    /// (`look::Disguise::Unknown`): it sees nothing after removals from within tokens, as long
    /// as they removed `2 * spare + 1` bytes at most (a letter of a script other than Latin
    /// takes two at least), counted in `removed`.
    blind: Option<usize>,
    removed: usize,
}

impl AfterLook {
    pub(super) fn of(seen: reader::Seen, scanned: &junk::Scanned) -> Self {
        let saw_nothing =
            (!seen.bidi && !seen.lookalikes && !seen.backspace && seen.disguised != look::Disguise::Found)
                .then_some(seen);
        AfterLook {
            saw_nothing,
            blank: scanned.blank && saw_nothing.is_some(),
            blind: match saw_nothing {
                Some(reader::Seen {
                    disguised: look::Disguise::Unknown { spare },
                    ..
                }) if scanned.unmixed => Some(spare),
                _ => None,
            },
            removed: 0,
        }
    }

    /// Whether the `edits` of `text`, one pass's, after those of the passes before, leave the
    /// look seeing what it saw. Removals of what it does not see do; in a blank text, so do any
    /// removals (the text, NFC, stays blank), and in a blind one any that keep its tokens apart
    /// (tidying that glues two is the caller's to check, and the text staying NFC).
    pub(super) fn unseen(&mut self, text: &str, edits: &[(Range<usize>, Cow<'_, str>)]) -> bool {
        self.removed += edits.iter().map(|(range, _)| range.len()).sum::<usize>();
        let blind = self.blind.is_some_and(|spare| self.removed / 2 <= spare);
        edits.iter().all(|(range, with)| {
            with.is_empty()
                && (self.blank
                    || blind && keeps_tokens_apart(&text[range.clone()])
                    || text[range.clone()].chars().all(look::unseen))
        })
    }
}

/// Whether removing `removed` from a text leaves its tokens apart: it holds no whitespace, and
/// no break of bidi paragraphs (U+1C–1E, not whitespace).
pub(super) fn keeps_tokens_apart(removed: &str) -> bool {
    // Most junk is emoji: characters outside the Basic Multilingual Plane, four bytes each (every
    // fourth byte a lead byte of four), of which none is whitespace
    // (`supplementary_characters_are_no_whitespace`).
    let bytes = removed.as_bytes();
    bytes.len().is_multiple_of(4) && bytes.iter().step_by(4).all(|&b| b >= 0xF0)
        || !removed
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '\u{1C}'..='\u{1E}'))
}
