//! What the reader sees (POLICY.md §6): the perturbations that leave text looking unchanged to a
//! person while a machine reads something else, undone before the junk of §1–§2 is judged.
//!
//! Three steps, in the order of R19, each on the result of the one before:
//! - `backspaces`: a character followed by BACKSPACE goes with it (R20);
//! - `bidi`: paragraphs with bidi overrides, embeddings or isolates come back in the order they
//!   are shown (R21);
//! - `lookalikes`: letters of another script that look like letters of the word's own are
//!   written as those (R22).
//!
//! Each step reports its changes as [`Edit`]s, byte ranges of the text it was given.
//! [`quick_look`] tells in one pass whether any step can change a text, so that text without
//! backspaces, bidi controls or mixed-script words pays for nothing else.

use std::borrow::Cow;
use std::ops::Range;

use crate::junk::{JunkOptions, Reason, Restoration, Tally};
use crate::normalize::{self, Form};
use crate::unicode;

mod backspaces;
mod bidi;
mod lookalikes;

pub(crate) use crate::look::Seen;
pub(crate) use crate::look::is_bidi_control;
use crate::look::look;

/// One change a step makes: replace `range` by `replacement` (empty: remove it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Edit {
    pub(crate) range: Range<usize>,
    pub(crate) reason: Reason,
    pub(crate) replacement: String,
}

/// The steps of §6, in the order of R19.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Backspaces,
    Bidi,
    Lookalikes,
}

impl Step {
    /// Every step, in the order they run.
    pub(crate) const ALL: [Step; 3] = [Step::Backspaces, Step::Bidi, Step::Lookalikes];

    /// Whether `opts` asks for this step.
    pub(crate) fn wanted(self, opts: &JunkOptions) -> bool {
        let option = match self {
            Step::Backspaces => opts.backspaces,
            Step::Bidi => opts.bidi,
            Step::Lookalikes => opts.homoglyphs,
        };
        option == Restoration::Restore
    }

    /// The edits this step makes to `text` under `opts`, in order and not overlapping: none
    /// when `opts` does not ask for it, or one quick look shows it would change nothing.
    /// `seen` keeps that look for the next step, as long as the text stays the same.
    pub(crate) fn edits(self, opts: &JunkOptions, text: &str, seen: &mut Option<Seen>) -> Vec<Edit> {
        let bytes = text.as_bytes();
        let mut looked = || {
            if unicode::find_non_ascii(bytes, 0).is_none() {
                return Seen::default();
            }
            *seen.get_or_insert_with(|| look(text))
        };
        let edits = match self {
            _ if !self.wanted(opts) => Vec::new(),
            Step::Backspaces if bytes.contains(&0x08) => backspaces::edits(text),
            Step::Bidi if looked().bidi => bidi::edits(text),
            Step::Lookalikes if looked().lookalikes => lookalikes::edits(text),
            _ => Vec::new(),
        };
        if !edits.is_empty() {
            *seen = None;
        }
        edits
    }
}

/// Applies `edits` (in order, not overlapping) to `text`.
pub(crate) fn apply<'t>(text: &'t str, edits: &[Edit]) -> Cow<'t, str> {
    if edits.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits {
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.replacement);
        at = e.range.end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// Whether any step `opts` asks for may change `text` (it may still change nothing): what one
/// quick look saw, for [`restore`] to start from, or `None`.
pub(crate) fn quick_look(opts: &JunkOptions, text: &str) -> Option<Seen> {
    let bytes = text.as_bytes();
    let looks = Step::Bidi.wanted(opts) || Step::Lookalikes.wanted(opts);
    // ASCII with no backspace, the most common text of all, shows nothing.
    let seen = if crate::look::non_ascii_or_backspace(bytes) == bytes.len() {
        Seen::default()
    } else if looks {
        look(text)
    } else {
        Seen {
            backspace: Step::Backspaces.wanted(opts) && bytes.contains(&0x08),
            ..Seen::default()
        }
    };
    wants(opts, seen).then_some(seen)
}

/// [`quick_look`] of `text`, after removals of `removed` bytes at most from a text of which the
/// look saw nothing at all (`before`) that changed only the words of the `windows` of `text`
/// (see `look::look_around`): only those are looked at again, and only for the look-alike step,
/// which is all they can ask for.
pub(crate) fn quick_look_around(
    opts: &JunkOptions,
    text: &str,
    windows: impl FnOnce() -> Vec<std::ops::Range<usize>>,
    before: Seen,
    removed: usize,
) -> Option<Seen> {
    // ASCII with no backspace shows nothing (as in `quick_look`).
    if !Step::Lookalikes.wanted(opts) || crate::look::non_ascii_or_backspace(text.as_bytes()) == text.len() {
        return None;
    }
    let seen = crate::look::look_around(text, &windows(), before, removed);
    wants(opts, seen).then_some(seen)
}

/// Whether a step `opts` asks for may change a text of which the quick look saw `seen`.
pub(crate) fn wants(opts: &JunkOptions, seen: Seen) -> bool {
    (Step::Backspaces.wanted(opts) && seen.backspace)
        || (Step::Bidi.wanted(opts) && seen.bidi)
        || (Step::Lookalikes.wanted(opts) && seen.lookalikes)
}

/// Whether any step `opts` asks for may change `text` (see [`quick_look`]).
pub(crate) fn may_change(opts: &JunkOptions, text: &str) -> bool {
    quick_look(opts, text).is_some()
}

/// The steps of §6 that `opts` asks for, applied to `text` one after the other, starting from
/// what [`quick_look`] saw of `text` if it is given. With `compose`, `text` is NFC and is
/// composed again after each step that changed it (R19: each step judges composed text, as the
/// junk passes do), unless the step's edits are known to keep it NFC.
pub(crate) fn restore<'t>(
    opts: &JunkOptions,
    text: &'t str,
    compose: bool,
    seen: Option<Seen>,
    tally: &mut Tally,
) -> Cow<'t, str> {
    debug_assert!(!compose || normalize::is_nfc(text), "restore composes NFC text");
    let mut text = Cow::Borrowed(text);
    let mut seen = seen;
    for step in Step::ALL {
        let edits = step.edits(opts, &text, &mut seen);
        if !edits.is_empty() {
            for edit in &edits {
                tally.add(edit.reason);
            }
            let keeps_nfc = !compose || {
                let pairs: Vec<_> = edits
                    .iter()
                    .map(|e| (e.range.clone(), e.replacement.as_str()))
                    .collect();
                normalize::edits_keep_nfc(&text, &pairs)
            };
            let applied = apply(&text, &edits).into_owned();
            text = Cow::Owned(if keeps_nfc {
                applied
            } else {
                normalize::normalize(&applied, Form::Nfc).into_owned()
            });
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn restored(text: &str) -> String {
        restore(&JunkOptions::default(), text, true, None, &mut Tally::default()).into_owned()
    }

    #[test]
    fn the_examples_of_section_6() {
        assert_eq!(restored("pаypal gοοgle"), "paypal google");
        assert_eq!(restored("Москвa"), "Москва");
        assert_eq!(restored("the ѕсоре of it"), "the scope of it");
        assert_eq!(restored("abc\u{8}d"), "abd");
        let swapped = "\u{202D}\u{2066}\u{202E}\u{2066}b\u{2069}\u{2066}a\u{2069}\u{202C}\u{2069}\u{202C}";
        assert_eq!(restored(&format!("x{swapped}y")), "xaby");
        for legit in [
            "Яндекс сор (Yandex)",
            "5μm μmol",
            "Он купил iPhone и Samsung Galaxy",
            "plain",
        ] {
            assert_eq!(restored(legit), legit);
        }
    }

    #[test]
    fn steps_look_before_they_work() {
        let o = JunkOptions::default();
        let quiet = |text: &str| Step::ALL.iter().all(|s| s.edits(&o, text, &mut None).is_empty());
        assert!(quiet("plain English, café."));
        assert!(quiet("Русский текст без латиницы."));
        assert!(quiet("Он купил iPhone"));
        assert!(!look("Русский текст без латиницы, сор.").lookalikes);
        assert!(!look("Он купил iPhone").lookalikes);
        assert!(look("pаypal").lookalikes);
        assert!(look("the ѕсоре of it").lookalikes);
        assert!(look("a\u{202E}b\u{202C}").bidi);
        assert!(!look("a\u{202E}b").bidi);
        assert!(!look("a\u{202E}b\n\u{202C}").bidi);
    }

    /// [`quick_look`] asks for the restorations exactly when the look of the whole text does.
    #[test]
    fn the_quick_look_is_the_look() {
        use proptest::prelude::*;
        let text = proptest::string::string_regex("[a-z .\n\u{8}\u{202E}\u{202C}аеор🍌]{0,12}").unwrap();
        let mut options = vec![JunkOptions::default()];
        for restoration in [Restoration::Remove, Restoration::Keep] {
            options.push(JunkOptions {
                backspaces: restoration,
                ..JunkOptions::default()
            });
            options.push(JunkOptions {
                bidi: restoration,
                homoglyphs: Restoration::Remove,
                ..JunkOptions::default()
            });
        }
        proptest!(ProptestConfig::with_cases(5_000), |(t in text)| {
            for opts in &options {
                prop_assert_eq!(quick_look(opts, &t).is_some(), wants(opts, look(&t)), "{:?}", t);
            }
        });
    }

    /// The quick look never misses what a step would change.
    #[test]
    fn the_look_misses_nothing() {
        use proptest::prelude::*;
        let text = proptest::string::string_regex(
            "[a-zA-Z0-9 .,+$'\n\u{2029}\u{8}\u{301}аеорсухѕіјгшбвжяАВЕКМНОРСТХαβγοπρνΑΒΕΗΙΚΟΡΤμλ漢カ\u{202E}\u{2066}\u{2069}\u{202C}שא𝐁𝐨ªǅ]{0,24}",
        )
        .unwrap();
        proptest!(ProptestConfig::with_cases(20_000), |(t in text)| {
            let seen = look(&t);
            prop_assert!(seen.lookalikes || lookalikes::edits(&t).is_empty(), "{:?}", t);
            prop_assert!(seen.bidi || bidi::edits(&t).is_empty(), "{:?}", t);
        });
        assert!(look("abcd+г").lookalikes);
    }
}
