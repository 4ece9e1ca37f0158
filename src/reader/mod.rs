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
use crate::unicode::{self, Script};

mod backspaces;
mod bidi;
mod lookalikes;

pub(crate) use bidi::is_bidi_control;

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

/// What one quick look at a text found.
#[derive(Clone, Copy, Default)]
pub(crate) struct Seen {
    /// A bidi override, embedding or isolate.
    bidi: bool,
    /// A word of letters of two cased scripts, or a word of Latin look-alikes in text with more
    /// Latin letters than any other script's: what the look-alike step may change.
    lookalikes: bool,
    /// A BACKSPACE.
    backspace: bool,
}

/// One pass over `text`, keeping per word only which cased script it writes; the letters per
/// script are counted in a second pass, only when a word of Latin look-alikes asks.
///
/// A word of ASCII alone shows nothing (its letters are all Latin, and none looks like a letter
/// of Latin), and ASCII closes a bidi paragraph only by a line break: the runs of ASCII words
/// between the other characters are skipped a word of 8 bytes at a time, up to the last ASCII
/// break before the next character that is not ASCII.
fn look(text: &str) -> Seen {
    let mut seen = Seen::default();
    // The scripts with a word made of Latin look-alikes.
    let mut disguised: Vec<Script> = Vec::new();
    let mut word = WordLook::default();
    let ascii_breaks = ascii_breaks();
    // A bidi opener seen in the current paragraph.
    let mut opened = false;
    let mut chars = text.chars();
    loop {
        let rest = chars.as_str();
        let Some(c) = chars.next() else { break };
        if let Ok(b) = u8::try_from(c)
            && b.is_ascii()
        {
            let bytes = rest.as_bytes();
            if word.letters == 0 && bytes.get(1).is_some_and(u8::is_ascii) {
                // Whole ASCII words up to the last break before the next character that is not
                // ASCII: each starts and ends with nothing to show.
                let next = non_ascii_or_backspace(bytes);
                if let Some(last) = bytes[..next].iter().rposition(|&b| ascii_breaks[usize::from(b)]) {
                    opened = opened && !bytes[..=last].iter().any(|b| matches!(b, b'\n' | b'\r' | 0x1C..=0x1E));
                    chars = rest.get(last + 1..).unwrap_or_default().chars();
                    continue;
                }
            }
            // Most of most texts: a Latin letter, or a break, or neither (digits, symbols).
            seen.backspace |= b == 0x08;
            if b.is_ascii_alphabetic() {
                word.letter(Script::Latin, false);
            } else if ascii_breaks[usize::from(b)] {
                word.end(&mut seen, &mut disguised);
                // Line breaks end a bidi paragraph too (and so do U+1C–1E, no breaks of words).
                opened &= !matches!(b, b'\n' | b'\r');
            } else {
                opened &= !matches!(b, 0x1C..=0x1E);
            }
            continue;
        }
        if matches!(c, '\u{202A}'..='\u{2069}') {
            if is_bidi_control(c) {
                // Only a closer after an opener in the same paragraph can close anything (R21):
                // stray controls alone, as junk injects them, are the junk step's.
                if matches!(c, '\u{202C}' | '\u{2069}') {
                    seen.bidi |= opened;
                } else {
                    opened = true;
                }
            } else if c == '\u{2029}' {
                opened = false;
            }
        } else if c == '\u{85}' {
            opened = false;
        }
        let props = unicode::props(c);
        if props.group() == unicode::GeneralCategoryGroup::Letter {
            if props.is_cased_letter() {
                word.letter(props.script, props.looks_latin());
            } else {
                word.other_letter();
            }
        } else if lookalikes::breaks_words(c, props) {
            word.end(&mut seen, &mut disguised);
        }
    }
    word.end(&mut seen, &mut disguised);
    if !seen.lookalikes && !disguised.is_empty() {
        seen.lookalikes = latin_leads(text);
    }
    seen
}

/// The index of the first byte of `bytes` that is not ASCII or is a BACKSPACE, or their length.
fn non_ascii_or_backspace(bytes: &[u8]) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    // Sets the high bit of a byte that is 0x08 (and may of others, which the exact check clears).
    let backspace = |w: u64| {
        let x = w ^ (LO * 0x08);
        x.wrapping_sub(LO) & !x
    };
    let from = unicode::skip_words(bytes, 0, |w| w | backspace(w));
    bytes[from..]
        .iter()
        .position(|&b| !b.is_ascii() || b == 0x08)
        .map_or(bytes.len(), |p| from + p)
}

/// Whether [`look`] passes over `c` as if it were not there: no letter, no break of words, no
/// bidi control and no break of paragraphs (emoji, symbols, marks, most invisible characters).
/// Removing such characters from a text changes nothing the look sees.
pub(crate) fn unseen(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphabetic() || ascii_breaks()[c as usize] || matches!(c, '\u{1C}'..='\u{1E}'));
    }
    let props = unicode::props(c);
    // The breaks of paragraphs (U+85, U+2029) are whitespace, which breaks words.
    !(is_bidi_control(c)
        || props.group() == unicode::GeneralCategoryGroup::Letter
        || lookalikes::breaks_words(c, props))
}

/// Whether Latin has more letters in `text` than any other script (letters of no script count
/// for none).
fn latin_leads(text: &str) -> bool {
    let mut latin = 0usize;
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for c in text.chars() {
        if c.is_ascii() {
            latin += usize::from(c.is_ascii_alphabetic());
            continue;
        }
        let props = unicode::props(c);
        if props.group() != unicode::GeneralCategoryGroup::Letter {
            continue;
        }
        match props.script {
            Script::Latin => latin += 1,
            Script::Common | Script::Inherited | Script::Unknown => {}
            script => match counts.iter_mut().find(|(s, _)| *s == script) {
                Some((_, n)) => *n += 1,
                None => counts.push((script, 1)),
            },
        }
    }
    latin > 0 && counts.iter().all(|&(_, n)| n < latin)
}

/// Which ASCII characters end a word (see `lookalikes::breaks_words`), asked once.
fn ascii_breaks() -> &'static [bool; 128] {
    static BREAKS: std::sync::OnceLock<[bool; 128]> = std::sync::OnceLock::new();
    BREAKS.get_or_init(|| {
        std::array::from_fn(|b| {
            let c = char::from(u8::try_from(b).unwrap_or(0));
            lookalikes::breaks_words(c, unicode::props(c))
        })
    })
}

/// What [`look`] keeps of the word it is in.
struct WordLook {
    /// The cased script of its letters, if they are all of one.
    script: Option<Script>,
    /// Letters of two cased scripts.
    mixed: bool,
    /// Every letter is of a cased script other than Latin and looks like a Latin letter.
    all_look_latin: bool,
    letters: usize,
}

impl Default for WordLook {
    fn default() -> Self {
        WordLook {
            script: None,
            mixed: false,
            all_look_latin: true,
            letters: 0,
        }
    }
}

impl WordLook {
    fn letter(&mut self, script: Script, looks_latin: bool) {
        self.letters += 1;
        self.all_look_latin &= looks_latin;
        match self.script {
            None => self.script = Some(script),
            Some(s) if s != script => self.mixed = true,
            Some(_) => {}
        }
    }

    fn other_letter(&mut self) {
        self.letters += 1;
        self.all_look_latin = false;
    }

    /// The word ends: what it showed goes into `seen` and `disguised`.
    fn end(&mut self, seen: &mut Seen, disguised: &mut Vec<Script>) {
        if self.letters == 0 {
            return;
        }
        seen.lookalikes |= self.mixed;
        if let Some(script) = self.script
            && !self.mixed
            && self.all_look_latin
            && self.letters >= 2
            && !disguised.contains(&script)
        {
            disguised.push(script);
        }
        *self = WordLook::default();
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
    let seen = if looks && unicode::find_non_ascii(bytes, 0).is_some() {
        look(text)
    } else {
        Seen {
            backspace: Step::Backspaces.wanted(opts) && bytes.contains(&0x08),
            ..Seen::default()
        }
    };
    let wanted = (Step::Backspaces.wanted(opts) && seen.backspace)
        || (Step::Bidi.wanted(opts) && seen.bidi)
        || (Step::Lookalikes.wanted(opts) && seen.lookalikes);
    wanted.then_some(seen)
}

/// Whether any step `opts` asks for may change `text` (see [`quick_look`]).
pub(crate) fn may_change(opts: &JunkOptions, text: &str) -> bool {
    quick_look(opts, text).is_some()
}

/// The steps of §6 that `opts` asks for, applied to `text` one after the other, starting from
/// what [`quick_look`] saw of `text` if it is given. With `compose`, the text is composed after
/// each step that changed it (R19: each step judges composed text, as the junk passes do).
pub(crate) fn restore<'t>(
    opts: &JunkOptions,
    text: &'t str,
    compose: bool,
    seen: Option<Seen>,
    tally: &mut Tally,
) -> Cow<'t, str> {
    let mut text = Cow::Borrowed(text);
    let mut seen = seen;
    for step in Step::ALL {
        let edits = step.edits(opts, &text, &mut seen);
        if !edits.is_empty() {
            for edit in &edits {
                tally.add(edit.reason);
            }
            let applied = apply(&text, &edits).into_owned();
            text = Cow::Owned(if compose {
                normalize::normalize(&applied, Form::Nfc).into_owned()
            } else {
                applied
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

    /// [`look`] as first written: every character in turn, the reference the skipping of ASCII
    /// words is held to.
    fn look_char_by_char(text: &str) -> Seen {
        let mut seen = Seen::default();
        // The scripts with a word made of Latin look-alikes.
        let mut disguised: Vec<Script> = Vec::new();
        let mut word = WordLook::default();
        let ascii_breaks = ascii_breaks();
        let mut latin = 0usize;
        // A bidi opener seen in the current paragraph.
        let mut opened = false;
        for c in text.chars() {
            if c.is_ascii() {
                // Most of most texts: a Latin letter, or a break, or neither (digits, symbols).
                if c.is_ascii_alphabetic() {
                    latin += 1;
                    word.letter(Script::Latin, false);
                } else if ascii_breaks[c as usize] {
                    word.end(&mut seen, &mut disguised);
                    // Line breaks end a bidi paragraph too (and so do U+1C–1E, no breaks of words).
                    opened &= !matches!(c, '\n' | '\r');
                } else {
                    opened &= !matches!(c, '\u{1C}'..='\u{1E}');
                }
                continue;
            }
            if matches!(c, '\u{202A}'..='\u{2069}') {
                if is_bidi_control(c) {
                    // Only a closer after an opener in the same paragraph can close anything (R21):
                    // stray controls alone, as junk injects them, are the junk step's.
                    if matches!(c, '\u{202C}' | '\u{2069}') {
                        seen.bidi |= opened;
                    } else {
                        opened = true;
                    }
                } else if c == '\u{2029}' {
                    opened = false;
                }
            } else if c == '\u{85}' {
                opened = false;
            }
            let props = unicode::props(c);
            if props.group() == unicode::GeneralCategoryGroup::Letter {
                latin += usize::from(props.script == Script::Latin);
                if props.is_cased_letter() {
                    word.letter(props.script, props.looks_latin());
                } else {
                    word.other_letter();
                }
            } else if lookalikes::breaks_words(c, props) {
                word.end(&mut seen, &mut disguised);
            }
        }
        word.end(&mut seen, &mut disguised);
        if !seen.lookalikes && !disguised.is_empty() && latin > 0 {
            // Latin must have more letters than any other script (letters of no script count for none).
            let mut counts: Vec<(Script, usize)> = Vec::new();
            for c in text.chars().filter(|c| !c.is_ascii()) {
                let props = unicode::props(c);
                if props.group() == unicode::GeneralCategoryGroup::Letter
                    && !matches!(
                        props.script,
                        Script::Latin | Script::Common | Script::Inherited | Script::Unknown
                    )
                {
                    match counts.iter_mut().find(|(s, _)| *s == props.script) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((props.script, 1)),
                    }
                }
            }
            seen.lookalikes = counts.iter().all(|&(_, n)| n < latin);
        }
        seen
    }

    /// Skipping ASCII words changes nothing the look sees.
    #[test]
    fn the_look_skips_only_what_shows_nothing() {
        use proptest::prelude::*;
        let text = proptest::string::string_regex(
            "[a-zA-Z0-9 .,+$'\n\r\u{1C}\u{85}\u{2029}\u{8}\u{301}аеорсухѕАВЕКМНαβγοΑΒΕμ漢カ\u{202E}\u{2066}\u{2069}\u{202C}שא𝐁ǅ-]{0,40}",
        )
        .unwrap();
        proptest!(ProptestConfig::with_cases(50_000), |(t in text)| {
            let (fast, slow) = (look(&t), look_char_by_char(&t));
            prop_assert_eq!((fast.bidi, fast.lookalikes), (slow.bidi, slow.lookalikes), "{:?}", t);
            prop_assert_eq!(fast.backspace, t.contains('\u{8}'), "{:?}", t);
        });
    }

    /// Removing characters the look does not see changes nothing it sees.
    #[test]
    fn unseen_characters_change_nothing() {
        use proptest::prelude::*;
        let text = proptest::string::string_regex(
            "[a-zA-Z0-9 .,+$'\n\r\u{1C}\u{1F}\u{7F}\u{85}\u{2029}\u{2028}\u{2060}\u{200B}\u{200D}\u{FE0F}\u{8}\u{301}аеорсухѕАВЕКМНαβγοΑΒΕμ漢カ\u{202E}\u{2066}\u{2069}\u{202C}שא𝐁ǅ🍌©♥€⁉\u{E0067}-]{0,40}",
        )
        .unwrap();
        proptest!(ProptestConfig::with_cases(50_000), |(t in text, pick in any::<u64>())| {
            let unseen_at: Vec<usize> = t.char_indices().filter(|&(_, c)| unseen(c)).map(|(i, _)| i).collect();
            let without_all: String = t.chars().filter(|&c| !unseen(c)).collect();
            let mut without_one = t.clone();
            if !unseen_at.is_empty() {
                without_one.remove(unseen_at[usize::try_from(pick).unwrap_or(0) % unseen_at.len()]);
            }
            let seen = look(&t);
            for other in [without_all, without_one] {
                let after = look(&other);
                prop_assert_eq!((seen.bidi, seen.lookalikes), (after.bidi, after.lookalikes), "{:?} {:?}", t, other);
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
