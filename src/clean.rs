//! `clean()`: the options, the compiled [`Cleaner`], and the pipeline.

use std::borrow::Cow;

use crate::error::{Error, choose};
use crate::junk::{self, EmojiAction, JunkOptions, Reason};
use crate::normalize::{self, Form};
use crate::patterns::{self, Kind};
use crate::whitespace::{self, Whitespace};

/// How curly quotes are treated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Quotes {
    /// Keep them as written (the default).
    #[default]
    Keep,
    /// `‘ ’ “ ” « »` become `'` and `"`.
    Ascii,
}

impl Quotes {
    /// Parses `"keep"` or `"ascii"`.
    ///
    /// # Errors
    /// When `value` is neither.
    pub fn parse(value: &str) -> Result<Self, Error> {
        choose("quotes", value, &["keep", "ascii"], &[Quotes::Keep, Quotes::Ascii])
    }
}

impl Whitespace {
    /// Parses `"tidy"`, `"collapse"` or `"keep"`.
    ///
    /// # Errors
    /// When `value` is none of them.
    pub fn parse(value: &str) -> Result<Self, Error> {
        choose(
            "whitespace",
            value,
            &["tidy", "collapse", "keep"],
            &[Whitespace::Tidy, Whitespace::Collapse, Whitespace::Keep],
        )
    }
}

impl EmojiAction {
    /// Parses `"remove"`, `"keep"`, `"name"`, or takes any other text as the replacement.
    #[must_use]
    pub fn parse(value: &str) -> Self {
        match value {
            "remove" | "" => EmojiAction::Remove,
            "keep" => EmojiAction::Keep,
            "name" => EmojiAction::Name,
            other => EmojiAction::Replace(other.to_owned()),
        }
    }
}

/// Parses `"remove"` (`true`) or `"keep"` (`false`) for the junk switches.
///
/// # Errors
/// When `value` is neither.
pub fn parse_remove(option: &'static str, value: &str) -> Result<bool, Error> {
    choose(option, value, &["remove", "keep"], &[true, false])
}

/// Everything `clean()` can do. [`CleanOptions::default`] restores the text as its author
/// wrote it: junk removed, NFC, whitespace tidy.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CleanOptions {
    /// The junk policy.
    pub junk: JunkOptions,
    /// Unicode normalisation; `None` leaves the text as it is.
    pub normalize: Option<Form>,
    /// Whitespace handling.
    pub whitespace: Whitespace,
    /// Lower-case the text (replacement tokens keep their case).
    pub lowercase: bool,
    /// Transliterate to ASCII.
    pub ascii: bool,
    /// Curly quotes.
    pub quotes: Quotes,
    /// Strip HTML tags and decode entities first.
    pub html: bool,
    /// Replace (or with `""` remove) URLs, emails, phones, numbers, mentions and hashtags.
    pub replace: Vec<(Kind, String)>,
}

impl CleanOptions {
    /// The defaults: remove junk, NFC, tidy whitespace.
    #[must_use]
    pub fn new() -> Self {
        CleanOptions::default()
    }
}

impl Default for CleanOptions {
    fn default() -> Self {
        CleanOptions {
            junk: JunkOptions::default(),
            normalize: Some(Form::Nfc),
            whitespace: Whitespace::Tidy,
            lowercase: false,
            ascii: false,
            quotes: Quotes::Keep,
            html: false,
            replace: Vec::new(),
        }
    }
}

/// How many times at most the junk step runs on its own output (see `remove_junk`).
pub(crate) const MAX_PASSES: usize = 4;

/// The names of every option, as Python spells them.
pub const OPTION_NAMES: &[&str] = &[
    "emoji",
    "symbols",
    "intruders",
    "styled",
    "invisible",
    "normalize",
    "whitespace",
    "lowercase",
    "ascii",
    "quotes",
    "html",
    "urls",
    "emails",
    "phones",
    "numbers",
    "mentions",
    "hashtags",
    "keep",
    "drop",
];

/// A value given to an option by name (see [`CleanOptions::set`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionValue<'a> {
    /// `None` in Python.
    None,
    /// A boolean.
    Bool(bool),
    /// A string.
    Str(&'a str),
    /// Anything else (a number, a list, …): always a type error, which names what the option takes.
    Other,
}

impl CleanOptions {
    /// Sets one option by its Python name: the single place that knows every option.
    ///
    /// # Errors
    /// An unknown name, a value of the wrong type, or a value the option does not take.
    ///
    /// ```
    /// use textwash::{CleanOptions, OptionValue};
    /// let mut options = CleanOptions::new();
    /// options.set("urls", OptionValue::Str("<URL>")).unwrap();
    /// assert!(options.set("colour", OptionValue::Bool(true)).is_err());
    /// ```
    pub fn set(&mut self, name: &str, value: OptionValue<'_>) -> Result<(), Error> {
        use OptionValue as V;
        let option = OPTION_NAMES
            .iter()
            .copied()
            .find(|&n| n == name)
            .ok_or_else(|| Error::unknown_option(name))?;
        let text = || match value {
            V::Str(s) => Ok(s),
            _ => Err(Error::wrong_type(option, "a string")),
        };
        let flag = || match value {
            V::Bool(b) => Ok(b),
            _ => Err(Error::wrong_type(option, "True or False")),
        };
        match option {
            "emoji" => self.junk.emoji = EmojiAction::parse(text()?),
            "symbols" => self.junk.symbols = parse_remove(option, text()?)?,
            "intruders" => self.junk.intruders = parse_remove(option, text()?)?,
            "styled" => self.junk.styled = parse_remove(option, text()?)?,
            "invisible" => self.junk.invisible = parse_remove(option, text()?)?,
            "normalize" => {
                self.normalize = match value {
                    V::None => None,
                    V::Str(s) => Some(Form::parse(s)?),
                    V::Bool(_) | V::Other => {
                        return Err(Error::wrong_type(option, "a string or None"));
                    }
                };
            }
            "whitespace" => self.whitespace = Whitespace::parse(text()?)?,
            "lowercase" => self.lowercase = flag()?,
            "ascii" => self.ascii = flag()?,
            "quotes" => self.quotes = Quotes::parse(text()?)?,
            "html" => self.html = flag()?,
            "keep" => self.junk.keep = text()?.chars().collect(),
            "drop" => self.junk.drop = text()?.chars().collect(),
            _ => {
                let kind = match option {
                    "urls" => Kind::Url,
                    "emails" => Kind::Email,
                    "phones" => Kind::Phone,
                    "numbers" => Kind::Number,
                    "mentions" => Kind::Mention,
                    _ => Kind::Hashtag,
                };
                self.replace.retain(|(k, _)| *k != kind);
                match value {
                    V::None => {}
                    V::Str(s) => self.replace.push((kind, s.to_owned())),
                    V::Bool(_) | V::Other => {
                        return Err(Error::wrong_type(option, "a string or None"));
                    }
                }
            }
        }
        Ok(())
    }
}

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
        options.junk.keep.sort_unstable();
        options.junk.keep.dedup();
        options.junk.drop.sort_unstable();
        options.junk.drop.dedup();
        let kinds = options.replace.iter().map(|(k, _)| *k).collect();
        Cleaner { options, kinds }
    }

    /// The options this cleaner was built from.
    #[must_use]
    pub fn options(&self) -> &CleanOptions {
        &self.options
    }

    /// Cleans one text. Borrows it back when nothing changes.
    #[must_use]
    pub fn clean<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let o = &self.options;
        let mut text = Cow::Borrowed(text);
        if o.html {
            text = then(text, |t| crate::html::strip(t, o.whitespace));
        }
        // Whether anything after the first NFC changed the text, so that it needs another.
        let mut changed = false;
        let mut kept_nfc = true;
        // Junk is judged on composed text, so that `x` and `clean(x)` are judged alike. The scan
        // checks that the text is NFC on the characters it looks at anyway; only text it cannot
        // vouch for is normalised first, and scanned again.
        let mut checked = o.normalize.is_none();
        if !checked {
            text = then(text, |t| match self.remove_junk(t, &mut kept_nfc, true) {
                Some(out) => {
                    checked = true;
                    changed = matches!(out, Cow::Owned(_));
                    out
                }
                None => Cow::Borrowed(t),
            });
        }
        if !checked {
            text = then(text, |t| normalize::normalize(t, Form::Nfc));
            text = noting(text, &mut changed, |t| {
                self.remove_junk(t, &mut kept_nfc, false).unwrap_or(Cow::Borrowed(t))
            });
        }
        if o.normalize.is_some() && kept_nfc {
            changed = false;
        }
        // The folds come before the final normalisation: lower-casing can make text that is
        // no longer NFC (`Y`+U+030A becomes `y`+U+030A, which composes to `ẙ`).
        if o.quotes == Quotes::Ascii {
            text = noting(text, &mut changed, normalize::ascii_quotes);
        }
        if o.ascii {
            text = noting(text, &mut changed, normalize::ascii);
        }
        if o.lowercase {
            let tokens: Vec<&str> = o.replace.iter().map(|(_, r)| r.as_str()).collect();
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

    /// The junk in `text` that [`Cleaner::clean`] removes or replaces, in order.
    #[must_use]
    pub fn junk(&self, text: &str) -> Vec<Junk> {
        crate::extract::removed::junk(text, &self.options.junk)
    }

    /// Removes junk until none is left: a removal can expose more (a folded styled word meets a
    /// mark of another script, a cluster gains a mark, a tidied space glues two tokens, a script
    /// is no longer used elsewhere), so the step runs again on its result until nothing
    /// changes, which makes `clean` idempotent. Clean text takes one scan; so does text whose
    /// junk leaves it settled (see `junk::scan_settled`); other noisy text takes two.
    ///
    /// `kept_nfc` is cleared unless the edits are known to leave NFC text NFC. With `check_nfc`,
    /// `None` when the first scan cannot vouch that the text is NFC.
    fn remove_junk<'t>(&self, text: &'t str, kept_nfc: &mut bool, check_nfc: bool) -> Option<Cow<'t, str>> {
        let mut text = Cow::Borrowed(text);
        for pass in 0..MAX_PASSES {
            let mut edits = Vec::new();
            let settled = if check_nfc && pass == 0 {
                junk::scan_settled_if_nfc(&text, &self.options.junk, |e| edits.push((e.range, e.replacement)))?
            } else {
                junk::scan_settled(&text, &self.options.junk, |e| edits.push((e.range, e.replacement)))
            };
            if edits.is_empty() {
                break;
            }
            *kept_nfc = *kept_nfc && normalize::edits_keep_nfc(&text, &edits);
            let (next, glued) = whitespace::apply_glued(&text, edits, self.options.whitespace);
            text = Cow::Owned(next);
            if settled && !glued {
                break;
            }
        }
        Some(text)
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
        let edits: Vec<_> = items.into_iter().map(|item| (item.range, with(item.kind))).collect();
        whitespace::apply(text, edits, self.options.whitespace)
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
mod tests {
    use super::*;

    /// `remove_junk` as it would be with no quick path and no early stop: every pass a full scan.
    fn reference(cleaner: &Cleaner, text: &str) -> String {
        let mut text = text.to_owned();
        for _ in 0..MAX_PASSES {
            let mut edits = Vec::new();
            junk::scan_full(&text, &cleaner.options.junk, |e| edits.push((e.range, e.replacement)));
            if edits.is_empty() {
                break;
            }
            text = whitespace::apply(&text, edits, cleaner.options.whitespace).into_owned();
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
                cleaner.remove_junk(glued, &mut true, false).unwrap_or_default(),
                reference(cleaner, glued)
            );
        }
        proptest!(ProptestConfig::with_cases(3000), |(text in junk::tests::quick_path_text())| {
            for cleaner in &cleaners {
                let mut kept_nfc = true;
                let quick = cleaner.remove_junk(&text, &mut kept_nfc, false).unwrap_or_default().into_owned();
                prop_assert_eq!(quick, reference(cleaner, &text), "{:?}", text);
            }
        });
    }
}
