//! The options of `clean()`: their names, their values, and how each is parsed.

use crate::error::{Error, choose};
use crate::junk::{EmojiAction, JunkOptions, Restoration};
use crate::normalize::Form;
use crate::patterns::Kind;
use crate::whitespace::Whitespace;

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

impl Restoration {
    /// Parses `"restore"`, `"remove"` or, where the option allows it, `"keep"`.
    ///
    /// # Errors
    /// When `value` is none of the values `option` takes.
    pub fn parse(option: &'static str, value: &str) -> Result<Self, Error> {
        if option == "homoglyphs" {
            choose(
                option,
                value,
                &["restore", "remove"],
                &[Restoration::Restore, Restoration::Remove],
            )
        } else {
            choose(
                option,
                value,
                &["restore", "remove", "keep"],
                &[Restoration::Restore, Restoration::Remove, Restoration::Keep],
            )
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

/// The names of every option, as Python spells them.
pub const OPTION_NAMES: &[&str] = &[
    "emoji",
    "symbols",
    "intruders",
    "styled",
    "invisible",
    "backspaces",
    "bidi",
    "homoglyphs",
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
            .ok_or_else(|| Error::unknown_option(name, OPTION_NAMES))?;
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
            "backspaces" => self.junk.backspaces = Restoration::parse(option, text()?)?,
            "bidi" => self.junk.bidi = Restoration::parse(option, text()?)?,
            "homoglyphs" => self.junk.homoglyphs = Restoration::parse(option, text()?)?,
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
