//! A model of POLICY.md's `clean()`: plain, slow, and written from the policy and its golden
//! cases, to test the engine against (tests/differential.rs). It shares the Unicode facts with
//! the engine (the `unicode-*` crates, `emojis`, and `textwash::facts`), never its decisions.
//!
//! The pipeline (`clean_with`):
//! 1. NFC (R14: text is composed before it is judged);
//! 2. §6's restorations (reader.rs), in R19's order, each on the NFC of the one before:
//!    backspaces (R20), bidi reordering (R21), look-alike letters (R22);
//! 3. one junk step (`pass`) over the whole text: for each token (a run of non-whitespace),
//!    §1 what is junk alone (standalone.rs), §2 symbols inside words, styled letters and
//!    intruders per sub-word (words.rs, with the text's use of scripts from usage.rs), and
//!    joiners (joiners.rs), then the removals applied with §4's whitespace tidying
//!    (whitespace.rs), then NFC again;
//! 4. step 3 again on its result until nothing changes (R14).
//!
//! With `emoji="name"` (R23) the text, its short codes read as emoji, goes through 1–4 with its
//! emoji kept, and each emoji of the result is then replaced by its name.

#![allow(dead_code)] // each test binary uses part of the model

pub mod chars;
pub mod joiners;
pub mod reader;
pub mod standalone;
pub mod token;
pub mod usage;
pub mod whitespace;
pub mod words;

use unicode_normalization::UnicodeNormalization;

use token::{Fate, Unit};
use whitespace::Piece;

/// What happens to emoji.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmojiMode {
    Remove,
    Keep,
    /// Replaced by `:name:`.
    Name,
}

/// What happens to §6's backspaces and bidi controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restoration {
    /// What the reader sees is restored (R20, R21).
    Restore,
    /// Not restored: the controls are judged by §1–§2 (invisible junk).
    Remove,
    /// Not restored, and the controls are never removed.
    Keep,
}

/// The junk switches of `clean()` (`true`: remove) and §6's switches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)]
pub struct Options {
    pub emoji: EmojiMode,
    pub symbols: bool,
    pub intruders: bool,
    pub styled: bool,
    pub invisible: bool,
    pub backspaces: Restoration,
    pub bidi: Restoration,
    /// `true`: look-alike letters restored (R22); `false`: judged by §2 as intruders.
    pub homoglyphs: bool,
}

impl Options {
    /// Characters no junk rule removes: the controls of a `"keep"` switch of §6.
    pub fn keeps(self, c: char) -> bool {
        (self.backspaces == Restoration::Keep && (c == reader::BACKSPACE || c == reader::DEL))
            || (self.bidi == Restoration::Keep && reader::is_bidi_control(c))
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            emoji: EmojiMode::Remove,
            symbols: true,
            intruders: true,
            styled: true,
            invisible: true,
            backspaces: Restoration::Restore,
            bidi: Restoration::Restore,
            homoglyphs: true,
        }
    }
}

/// `clean()` with the default options.
pub fn clean(text: &str) -> String {
    clean_with(text, Options::default())
}

pub fn clean_with(text: &str, opts: Options) -> String {
    if opts.emoji == EmojiMode::Name {
        // R23: short codes are read as their emoji, the text is judged with its emoji kept,
        // and the names are written in at the end.
        let keep = Options {
            emoji: EmojiMode::Keep,
            ..opts
        };
        return standalone::name_emoji(&clean_with(&standalone::emojize(text), keep));
    }
    let mut text: String = text.nfc().collect();
    // §6 first (R19), then the junk steps until nothing changes, and again while the junk
    // removed changes what §6 restores (R14).
    for _ in 0..64 {
        text = restore(&text, opts);
        let restored = text.clone();
        let mut settled = false;
        for _ in 0..64 {
            let next: String = pass(&text, opts).nfc().collect();
            if next == text {
                settled = true;
                break;
            }
            text = next;
        }
        assert!(settled, "the model found no fixed point for {text:?}");
        if text == restored || restore(&text, opts) == text {
            return text;
        }
    }
    panic!("the model found no fixed point for {text:?}");
}

/// §6, R19: the restorations that are switched on, in order, each on the NFC of the one before.
pub fn restore(text: &str, opts: Options) -> String {
    type Step = fn(&[char]) -> String;
    let mut text = text.to_owned();
    let steps: [(bool, Step); 3] = [
        (opts.backspaces == Restoration::Restore, reader::backspaces),
        (opts.bidi == Restoration::Restore, reader::bidi),
        (opts.homoglyphs, reader::lookalikes),
    ];
    for (on, step) in steps {
        if on {
            let chars: Vec<char> = text.chars().collect();
            text = step(&chars).nfc().collect();
        }
    }
    text
}

/// One junk step over the whole text.
fn pass(text: &str, opts: Options) -> String {
    let chars: Vec<char> = text.chars().collect();
    let usage = usage::Usage::of(&chars);
    let mut fates = vec![Fate::Keep; chars.len()];
    // R2: controls that break lines become line breaks.
    for (i, &c) in chars.iter().enumerate() {
        if opts.invisible && chars::is_line_breaking_control(c) {
            fates[i] = Fate::Replace("\n".to_owned());
        }
    }
    for (start, end) in usage::tokens(&chars) {
        let mut units = token::units(&chars, start, end);
        standalone::apply(&mut units, &mut fates, opts, &usage);
        if opts.symbols {
            words::symbols_inside_words(&mut units, &mut fates);
        }
        for span in words::sub_words(&units) {
            if opts.styled {
                words::styled(&mut units, &mut fates, span.clone());
            }
            if opts.intruders {
                words::intruders(&mut units, &mut fates, span, &usage);
            }
        }
        if opts.invisible {
            joiners::apply(&units, &mut fates);
        }
    }
    whitespace::tidy(&pieces(&chars, &fates))
}

/// Removes a unit (`with` empty) or replaces it by `with`.
pub fn replace_unit(unit: &mut Unit, fates: &mut [Fate], with: &str) {
    unit.gone = true;
    for i in 0..unit.chars.len() {
        fates[unit.start + i] = if with.is_empty() {
            Fate::Remove
        } else if i == 0 {
            Fate::Replace(with.to_owned())
        } else {
            Fate::Absorbed
        };
    }
}

fn pieces(chars: &[char], fates: &[Fate]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut kept = String::new();
    for (&c, fate) in chars.iter().zip(fates) {
        match fate {
            Fate::Keep => kept.push(c),
            Fate::Absorbed => {}
            Fate::Remove | Fate::Replace(_) => {
                out.push(Piece::Kept(std::mem::take(&mut kept)));
                out.push(match fate {
                    Fate::Replace(with) => Piece::Inserted(with.clone()),
                    _ => Piece::Removed,
                });
            }
        }
    }
    out.push(Piece::Kept(kept));
    out
}
