//! `clean()`: the compiled [`Cleaner`] and its pipeline (HTML, NFC, the junk passes, the folds,
//! the replacements, whitespace).

use std::borrow::Cow;
use std::ops::Range;

use crate::batch::{map_parallel_by, text_weight};
use crate::junk::{self, EmojiAction, Reason, Restoration, Tally};
use crate::kind::Kind;
use crate::normalize::{self, Form};
use crate::patterns;
use crate::reader;
use crate::whitespace::{self, Whitespace};

mod after_look;
mod options;
mod passes;
mod standins;

/// How many times at most the restorations of §6 and the junk passes take turns (see
/// [`Cleaner::clean`]).
const MAX_ROUNDS: usize = 4;

pub use options::{
    CleanOptions, DefaultValue, OPTION_NAMES, OPTIONS, OptionSpec, OptionValue, Quotes, Takes, parse_remove,
};

/// A junk item found by [`Cleaner::junk`]: byte range, reason, and what replaces it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Junk {
    /// Byte offsets in the text.
    pub start: usize,
    /// Byte offsets in the text.
    pub end: usize,
    /// Why it is junk.
    pub reason: Reason,
    /// What replaces it (empty when removed).
    pub replacement: String,
}

/// What [`Cleaner::remove_junk`] gives back when the quick look of §6 asks for the restorations
/// first: what the look saw, the text untouched, and the restored text with what the
/// restorations counted when the first scan ran them already.
struct Restore<'t> {
    seen: reader::Seen,
    text: Cow<'t, str>,
    restored: Option<(String, Tally)>,
}

/// Options compiled once, to clean many texts.
///
/// ```
/// use textwash::Cleaner;
/// let cleaner = Cleaner::default();
/// assert_eq!(cleaner.clean("dis🍌tricts of 𝐆its spokes𝄹person"), "districts of its spokesperson");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Cleaner {
    options: CleanOptions,
    kinds: Vec<Kind>,
    /// The replacement texts of the options that are not empty, each once (R24).
    replacements: Vec<String>,
    /// Whether these options leave plain ASCII text ([`junk::is_plain_ascii`]) as it is, so that
    /// [`Cleaner::clean_counted`] can give it back at once (`the_shortcut_changes_nothing`).
    keeps_plain_ascii: bool,
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::new(CleanOptions::new())
    }
}

impl Cleaner {
    /// Compiles `options`.
    #[must_use]
    pub fn new(mut options: CleanOptions) -> Self {
        // `"keep"` keeps the control characters of a perturbation and what they do.
        let junk = &mut options.junk;
        if junk.backspaces == Restoration::Keep {
            junk.keep.extend(['\u{8}', '\u{7F}']);
        }
        if junk.bidi == Restoration::Keep {
            junk.keep
                .extend(('\u{202A}'..='\u{2069}').filter(|&c| reader::is_bidi_control(c)));
        }
        options.junk.keep.sort_unstable();
        options.junk.keep.dedup();
        options.junk.drop.sort_unstable();
        options.junk.drop.dedup();
        let kinds = options.replace.iter().map(|(k, _)| *k).collect();
        // The replacement texts of the options that are not empty (R24), each once.
        let emoji = match &options.junk.emoji {
            EmojiAction::Replace(with) => Some(with),
            _ => None,
        };
        let mut replacements: Vec<String> = Vec::new();
        for with in options.replace.iter().map(|(_, r)| r).chain(emoji) {
            if !with.is_empty() && !replacements.contains(with) {
                replacements.push(with.clone());
            }
        }
        // ASCII is NFC, NFKC and NFD; ASCII quotes and transliteration leave it; the junk passes
        // and the restorations do not look at it. What is left to change plain ASCII: HTML,
        // case, replacements, collapsed whitespace, and ASCII characters to drop.
        let keeps_plain_ascii = !options.html
            && !options.lowercase
            && options.replace.is_empty()
            && options.whitespace != Whitespace::Collapse
            && !options.junk.drop.iter().any(char::is_ascii);
        Cleaner {
            options,
            kinds,
            replacements,
            keeps_plain_ascii,
        }
    }

    /// The options this cleaner was built from.
    #[must_use]
    pub fn options(&self) -> &CleanOptions {
        &self.options
    }

    /// Cleans one text. Borrows it back when nothing changes.
    #[must_use]
    pub fn clean<'t>(&self, text: &'t str) -> Cow<'t, str> {
        self.clean_counted(text, &mut Tally::default())
    }

    /// Whether [`Cleaner::clean`] may change `text`: false only when it gives `text` back as it
    /// is, found at once (plain ASCII, with options that leave it).
    #[must_use]
    pub fn may_change(&self, text: &str) -> bool {
        !(self.keeps_plain_ascii && junk::is_plain_ascii(text))
    }

    /// Whether [`Cleaner::clean`] gives back as it is every text whose bytes lie within `bytes`
    /// (a buffer that rows of a column point into, whatever else it holds): [`Cleaner::may_change`]
    /// is false of each, as it is of plain ASCII, every part of which is plain ASCII too.
    #[must_use]
    pub fn keeps_every_text_within(&self, bytes: &[u8]) -> bool {
        self.keeps_plain_ascii && junk::find_not_plain(bytes, 0).is_none()
    }

    /// The rows that [`Cleaner::clean`] may change, of rows whose text is stored one after
    /// another in `values`, row `i` in `values[offset(i)..offset(i + 1)]` (Arrow's layout of
    /// strings): the rows of `rows` that hold a byte other than plain ASCII, or all of them with
    /// options that change plain ASCII. Every other row comes back as it is, the very text
    /// given. One search through the bytes, which never stops in a row of plain ASCII, and one
    /// step per row: no row is visited on its own to find out that it has nothing to clean.
    #[must_use]
    pub fn rows_to_clean(&self, values: &[u8], offset: impl Fn(usize) -> usize, rows: Range<usize>) -> Vec<usize> {
        if !self.keeps_plain_ascii {
            return rows.collect();
        }
        let mut found = Vec::new();
        let Some(bytes) = values.get(..offset(rows.end)) else {
            return rows.collect();
        };
        let mut row = rows.start;
        let mut pos = offset(row);
        while row < rows.end
            && let Some(at) = junk::find_not_plain(bytes, pos)
        {
            // The row that holds byte `at`: rows before it end at or before it.
            while row + 1 < rows.end && offset(row + 1) <= at {
                row += 1;
            }
            found.push(row);
            row += 1;
            pos = offset(row);
        }
        found
    }

    /// [`Cleaner::clean`], adding to `tally` each piece of junk it removes or replaces, by
    /// reason, as the engine edits it (a piece a later pass removes is counted then).
    ///
    /// ```
    /// use textwash::{Cleaner, Reason, Tally};
    /// let mut tally = Tally::default();
    /// let out = Cleaner::default().clean_counted("dis🍌tricts, seveౠral p\u{430}ypal", &mut tally);
    /// assert_eq!(out, "districts, several paypal");
    /// assert_eq!((tally.get(Reason::Emoji), tally.get(Reason::Intruder), tally.get(Reason::Homoglyph)), (1, 1, 1));
    /// ```
    pub fn clean_counted<'t>(&self, text: &'t str, tally: &mut Tally) -> Cow<'t, str> {
        // Where the first byte that is not plain ASCII is, when these options keep plain ASCII:
        // text that is not plain ASCII needs the look the rounds would search for again.
        let first = self.keeps_plain_ascii.then(|| junk::find_not_plain(text.as_bytes(), 0));
        match first {
            Some(None) => Cow::Borrowed(text),
            first => self.clean_not_plain(text, first.flatten(), tally),
        }
    }

    /// [`Cleaner::clean_counted`] on text that is not plain ASCII, whose first byte that is not
    /// is `first` when these options keep plain ASCII (and the text needs a look, then); apart,
    /// so that plain ASCII pays for nothing of it.
    fn clean_not_plain<'t>(&self, text: &'t str, first: Option<usize>, tally: &mut Tally) -> Cow<'t, str> {
        // Text whose junk the passes remove to leave plain ASCII, which nothing after them
        // changes with these options, is cleaned in one walk (`junk::removals_leaving_ascii`).
        if let Some(first) = first
            && self.may_walk_to_ascii(text)
            && let Some(out) = junk::removals_leaving_ascii(text, first, &self.options.junk, |removals| {
                for &(_, reason) in removals {
                    tally.add(reason);
                }
                let removals = removals.iter().map(|(range, _)| (range.clone(), ""));
                whitespace::apply(text, removals, self.options.whitespace)
            })
        {
            return out;
        }
        self.clean_rounds(text, first.is_some(), tally)
    }

    /// Whether `text` may be cleaned in the one walk of `junk::removals_leaving_ascii`: not where
    /// a short code would be judged as an emoji (R23), nor where a replacement text is to be
    /// judged as a mark (R24).
    fn may_walk_to_ascii(&self, text: &str) -> bool {
        let short_code = self.options.junk.emoji == EmojiAction::Name && text.contains(':');
        let replacement = self.replacements.iter().any(|r| text.contains(r.as_str()));
        !(short_code || replacement)
    }

    /// [`Cleaner::clean_counted`] without its shortcut for plain ASCII; `needs_a_look` when
    /// the text is known to need one (`junk::needs_a_look`).
    fn clean_rounds<'t>(&self, text: &'t str, needs_a_look: bool, tally: &mut Tally) -> Cow<'t, str> {
        let mut out = self.clean_once(text, needs_a_look, tally);
        // A lower-case letter can look like a letter of another script where its capital does
        // not (`Γα` is Greek, `γα` is `ya`; `TO` in a Cyrillic word is no disguise, `to` is): with
        // `lowercase`, what the reader sees is judged again on the folded text, until it holds.
        // A replacement can take away the words that made a mix of scripts legitimate (a URL
        // of Hangul made `a一` a mix the text writes): with `replace`, the text is judged
        // again too, once anything changed.
        let again = |out: &Cow<'_, str>| {
            self.options.lowercase && reader::may_change(&self.options.junk, out)
                || !self.options.replace.is_empty() && matches!(out, Cow::Owned(_))
        };
        if again(&out) {
            // The text is no HTML any more: its tags are gone and its entities decoded.
            let mut options = self.options.clone();
            options.html = false;
            let plain = Cleaner {
                options,
                kinds: self.kinds.clone(),
                replacements: self.replacements.clone(),
                // `lowercase` changes ASCII; only `clean_once` is called on it anyway.
                keeps_plain_ascii: false,
            };
            for _ in 0..MAX_ROUNDS {
                if !again(&out) {
                    break;
                }
                let again = plain.clean_once(&out, false, tally).into_owned();
                if again == out {
                    break;
                }
                out = Cow::Owned(again);
            }
        }
        out
    }

    fn clean_once<'t>(&self, text: &'t str, needs_a_look: bool, tally: &mut Tally) -> Cow<'t, str> {
        let o = &self.options;
        let mut text = Cow::Borrowed(text);
        if o.html {
            text = then(text, |t| crate::html::strip(t, o.whitespace));
        }
        // R24: a replacement text the text holds is judged as a mark of punctuation.
        let (mut text, stand_ins) = standins::read(&self.replacements, &o.junk.drop, text);
        // R23: a short code is read as the emoji it names, to be judged as one.
        let mut shortcodes = 0;
        if o.junk.emoji == EmojiAction::Name
            && let (Cow::Owned(emojized), found) = junk::emojize(&text)
        {
            shortcodes = found;
            text = Cow::Owned(emojized);
        }
        // Whether anything after the first NFC changed the text, so that it needs another.
        let mut changed = false;
        let mut kept_nfc = true;
        // What the reader sees (POLICY.md §6) is restored before the junk is judged (R19), and
        // again when the junk removed changed a word the restorations judge (R14): text with no
        // backspace, bidi control or mixed-script word costs one quick look.
        // ASCII text with no control, the most common text of all, has nothing to judge.
        let rounds = if needs_a_look || junk::needs_a_look(&text, &o.junk) {
            MAX_ROUNDS
        } else {
            0
        };
        // What the last quick look saw, when it asks for the restorations. The first look is
        // taken by the first junk scan, which walks the tokens anyway (`junk::scan_looking`):
        // its edits stand unless the look saw something to restore.
        let restores = reader::Step::ALL.iter().any(|step| step.wanted(&o.junk));
        let mut seen = None;
        // The restorations of the first round, when the first scan ran them already.
        let mut ran_already = None;
        let mut kept_emoji = false; // an emoji the options name or replace (R23)
        for round in 0..rounds {
            let mut effects = passes::Effects::default();
            let mut before = (text.as_ptr(), text.len());
            let mut removed = false;
            if round == 0 {
                match self.remove_junk(text, &mut changed, &mut effects, tally, restores) {
                    Ok(out) => {
                        text = out;
                        removed = true;
                        // The look asked for restorations that changed nothing, and the junk
                        // passes went on: as if the restorations had run first.
                        seen = effects.restored_nothing;
                    }
                    Err(restore) => {
                        let Restore {
                            seen: look,
                            text: given,
                            restored,
                        } = *restore;
                        text = given;
                        seen = Some(look);
                        ran_already = restored;
                    }
                }
            }
            if !removed {
                if let Some((out, counted)) = ran_already.take() {
                    // Run on this very text, NFC, with this look (`passes::remove_junk`).
                    tally.merge(&counted);
                    text = Cow::Owned(out);
                } else if let Some(look) = seen {
                    let given = (text.as_ptr(), text.len());
                    let composed = match o.normalize {
                        Some(_) => then(text, |t| normalize::normalize(t, Form::Nfc)),
                        None => text,
                    };
                    // What the look saw holds as long as composing changed nothing.
                    let look = ((composed.as_ptr(), composed.len()) == given).then_some(look);
                    text = then(composed, |t| {
                        reader::restore(&o.junk, t, o.normalize.is_some(), look, tally)
                    });
                }
                before = (text.as_ptr(), text.len());
                text = match self.remove_junk(text, &mut changed, &mut effects, tally, false) {
                    Ok(out) => out,
                    Err(restore) => restore.text,
                };
            }
            kept_nfc &= effects.kept_nfc;
            kept_emoji |= effects.kept_emoji;
            // A look that saw nothing, at the very text the passes were given, sees nothing
            // after they removed only what it does not see.
            if (text.as_ptr(), text.len()) == before || seen.is_none() && effects.unseen {
                break;
            }
            seen = match effects.look_around.take() {
                // The first scan's look saw nothing, and the junk removed could change only the
                // words of the tokens it was in.
                Some(around) if round == 0 => reader::quick_look_around(
                    &o.junk,
                    &text,
                    || passes::around(&text, &around.changes),
                    around.seen,
                    around.removed,
                ),
                _ => reader::quick_look(&o.junk, &text),
            };
            if seen.is_none() {
                break;
            }
        }
        if o.normalize.is_some() && kept_nfc {
            changed = false;
        }
        text = standins::write_back(stand_ins, text, &mut changed);
        if kept_emoji {
            text = self.replace_emoji(text, shortcodes, &mut changed, tally);
        }
        self.fold(text, changed)
    }

    /// The opt-in folds, the final normalisation (needed when `changed`), the replacements of
    /// items, and collapsed whitespace.
    fn fold<'t>(&self, mut text: Cow<'t, str>, mut changed: bool) -> Cow<'t, str> {
        let o = &self.options;
        // The folds come before the final normalisation: lower-casing can make text that is
        // no longer NFC (`Y`+U+030A becomes `y`+U+030A, which composes to `ẙ`).
        if o.quotes == Quotes::Ascii {
            text = noting(text, &mut changed, normalize::ascii_quotes);
        }
        if o.ascii {
            text = noting(text, &mut changed, normalize::ascii);
        }
        if o.lowercase {
            let mut tokens: Vec<&str> = o.replace.iter().map(|(_, r)| r.as_str()).collect();
            if let EmojiAction::Replace(with) = &o.junk.emoji {
                tokens.push(with);
            }
            text = noting(text, &mut changed, |t| normalize::lowercase(t, &tokens));
        }
        match o.normalize {
            Some(Form::Nfc) if !changed => {}
            Some(form) => text = then(text, |t| normalize::normalize(t, form)),
            None => {}
        }
        if !o.replace.is_empty() {
            text = then(text, |t| self.replace_items(t));
        }
        if o.whitespace == Whitespace::Collapse {
            text = then(text, whitespace::collapse);
        }
        text
    }

    /// Cleans every text (`None` stays `None`) on up to `threads` threads. The result equals
    /// cleaning each text on its own.
    ///
    /// ```
    /// let cleaner = textwash::Cleaner::default();
    /// let out = cleaner.clean_many(&[Some("dis🍌tricts"), None, Some("ok")], 2);
    /// assert_eq!(out, [Some("districts".into()), None, Some("ok".into())]);
    /// ```
    #[must_use]
    pub fn clean_many<'t>(&self, texts: &[Option<&'t str>], threads: usize) -> Vec<Option<Cow<'t, str>>> {
        map_parallel_by(texts, threads, text_weight, |t| t.map(|t| self.clean(t)))
    }

    /// The junk in `text` that [`Cleaner::clean`] removes or replaces, in order.
    #[must_use]
    pub fn junk(&self, text: &str) -> Vec<Junk> {
        passes::traced(
            text,
            &self.options.junk,
            &self.replacements,
            self.options.normalize.is_some(),
            self.options.whitespace,
        )
    }

    /// The junk passes, on composed text: junk is judged on composed text, so that `x` and
    /// `clean(x)` are judged alike. The scan checks that the text is NFC on the characters it
    /// looks at anyway; only text it cannot vouch for is normalised first, and scanned again.
    /// With `look`, the first scan takes the quick look of §6 too, and `Err` gives back the text
    /// untouched with what the look saw when that asks for the restorations first.
    fn remove_junk<'t>(
        &self,
        text: Cow<'t, str>,
        changed: &mut bool,
        effects: &mut passes::Effects,
        tally: &mut Tally,
        look: bool,
    ) -> Result<Cow<'t, str>, Box<Restore<'t>>> {
        let o = &self.options;
        // Without normalisation the text is judged as it is, and the scan need not check it.
        let (text, nfc) = judge(o, text, changed, effects, tally, o.normalize.is_some(), look)?;
        if nfc {
            return Ok(text);
        }
        // Not NFC: composed, then judged as the first scan would have judged it, with the look
        // (R19: what the reader sees is restored before the junk is judged).
        let before = (text.as_ptr(), text.len());
        let text = then(text, |t| normalize::normalize(t, Form::Nfc));
        effects.unseen &= (text.as_ptr(), text.len()) == before;
        Ok(judge(o, text, changed, effects, tally, false, look)?.0)
    }

    /// R23: the emoji the junk passes kept are named (or replaced) once the text is clean; the
    /// first `shortcodes` were short codes, the text as it was and no junk.
    fn replace_emoji<'t>(
        &self,
        text: Cow<'t, str>,
        shortcodes: usize,
        changed: &mut bool,
        tally: &mut Tally,
    ) -> Cow<'t, str> {
        let mut edits = Vec::new();
        junk::emoji_replacements(&text, &self.options.junk, |range, with| edits.push((range, with)));
        if edits.is_empty() {
            return text;
        }
        for _ in shortcodes..edits.len() {
            tally.add(Reason::Emoji);
        }
        // A name starts and ends with a colon; a text given may compose with its neighbours.
        *changed |= matches!(&self.options.junk.emoji, EmojiAction::Replace(with) if !with.is_ascii());
        Cow::Owned(whitespace::apply(&text, edits, Whitespace::Keep).into_owned())
    }

    fn replace_items<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let items = patterns::find(text, &self.kinds, &patterns::Settings::default());
        let with = |kind: Kind| {
            self.options
                .replace
                .iter()
                .find(|(k, _)| *k == kind)
                .map_or("", |(_, r)| r.as_str())
        };
        // An item goes with the marks on its last character, which would join its replacement
        // text (R24: `5̸` → `<NUM>`, not `<NUM≯`).
        let with_marks = |end: usize| {
            end + text[end..]
                .chars()
                .take_while(|&c| standins::is_mark(c))
                .map(char::len_utf8)
                .sum::<usize>()
        };
        let edits: Vec<_> = items
            .into_iter()
            .map(|item| (item.range.start..with_marks(item.range.end), with(item.kind)))
            .collect();
        whitespace::apply(text, edits, self.options.whitespace)
    }
}

/// One run of the junk passes over `text` (see `passes::remove_junk`): the text they leave and
/// whether it was NFC (`false` only when `check_nfc` asked and it was not: then the text is
/// given back as it was), or the restorations the look asks for first.
fn judge<'t>(
    o: &CleanOptions,
    text: Cow<'t, str>,
    changed: &mut bool,
    effects: &mut passes::Effects,
    tally: &mut Tally,
    check_nfc: bool,
    look: bool,
) -> Result<(Cow<'t, str>, bool), Box<Restore<'t>>> {
    let mut nfc = true;
    let mut restore = None;
    let text = noting(text, changed, |t| {
        match passes::remove_junk(o, t, effects, check_nfc, look, tally) {
            passes::Passes::Done(out) => out,
            passes::Passes::NotNfc => {
                nfc = false;
                Cow::Borrowed(t)
            }
            passes::Passes::Restore(seen, restored) => {
                restore = Some((seen, restored));
                Cow::Borrowed(t)
            }
        }
    });
    match restore {
        Some((seen, restored)) => Err(Box::new(Restore { seen, text, restored })),
        None => Ok((text, nfc)),
    }
}

/// [`then`], noting in `changed` whether the step changed anything.
fn noting<'t>(
    text: Cow<'t, str>,
    changed: &mut bool,
    step: impl for<'a> FnOnce(&'a str) -> Cow<'a, str>,
) -> Cow<'t, str> {
    then(text, |t| {
        let out = step(t);
        *changed |= matches!(out, Cow::Owned(_));
        out
    })
}

/// Runs one pipeline step, keeping the borrow when the step changes nothing.
fn then<'t>(text: Cow<'t, str>, step: impl for<'a> FnOnce(&'a str) -> Cow<'a, str>) -> Cow<'t, str> {
    match text {
        Cow::Borrowed(t) => step(t),
        Cow::Owned(t) => match step(&t) {
            Cow::Borrowed(_) => Cow::Owned(t),
            Cow::Owned(changed) => Cow::Owned(changed),
        },
    }
}

/// Cleans `text` with the default options (see [`CleanOptions::new`]).
///
/// ```
/// assert_eq!(textwash::clean("seveౠral op꧅eration, ꦰHe said🍌"), "several operation, He said");
/// ```
#[must_use]
pub fn clean(text: &str) -> Cow<'_, str> {
    static DEFAULT: std::sync::OnceLock<Cleaner> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(Cleaner::default).clean(text)
}

#[cfg(test)]
mod tests;
