//! The options of `clean()`: their names, their values, and how each is parsed.

use crate::error::{Error, choose};
use crate::junk::{EmojiAction, JunkOptions, Restoration};
use crate::kind::Kind;
use crate::normalize::Form;
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
        choose("quotes", value, QUOTES, &[Quotes::Keep, Quotes::Ascii])
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
            WHITESPACE,
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
        choose(
            option,
            value,
            choices(option),
            &[Restoration::Restore, Restoration::Remove, Restoration::Keep],
        )
    }
}

/// Parses `"remove"` (`true`) or `"keep"` (`false`) for the junk switches.
///
/// # Errors
/// When `value` is neither.
pub fn parse_remove(option: &'static str, value: &str) -> Result<bool, Error> {
    choose(option, value, REMOVE_KEEP, &[true, false])
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

/// What an option of `clean()` takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Takes {
    /// One of its `choices`.
    Choice,
    /// One of its `choices`, or any other text (`emoji`: the replacement).
    ChoiceOrText,
    /// One of its `choices`, or `None`.
    ChoiceOrNone,
    /// `True` or `False`.
    Flag,
    /// Any text, or `None`.
    TextOrNone,
    /// Characters, as one string.
    Characters,
}

impl Takes {
    /// The name the CLI, the stub test and `textwash.OPTIONS` use.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Takes::Choice => "choice",
            Takes::ChoiceOrText => "choice or text",
            Takes::ChoiceOrNone => "choice or None",
            Takes::Flag => "flag",
            Takes::TextOrNone => "text or None",
            Takes::Characters => "characters",
        }
    }
}

/// The default of an option, as Python spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultValue {
    /// A string.
    Str(&'static str),
    /// `True` or `False`.
    Bool(bool),
    /// `None`.
    None,
}

/// One option of `clean()`: the single table the parser ([`CleanOptions::set`]), the Python
/// binding (`textwash.OPTIONS`), the command line and the tests read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    /// Its name, as Python spells it.
    pub name: &'static str,
    /// What it takes.
    pub takes: Takes,
    /// The values it takes, where it takes a choice.
    pub choices: &'static [&'static str],
    /// Its default.
    pub default: DefaultValue,
    /// One line of help.
    pub help: &'static str,
}

const REMOVE_KEEP: &[&str] = &["remove", "keep"];
const RESTORE_REMOVE_KEEP: &[&str] = &["restore", "remove", "keep"];
const RESTORE_REMOVE: &[&str] = &["restore", "remove"];
const WHITESPACE: &[&str] = &["tidy", "collapse", "keep"];
const QUOTES: &[&str] = &["keep", "ascii"];

const fn spec(
    name: &'static str,
    takes: Takes,
    choices: &'static [&'static str],
    default: DefaultValue,
    help: &'static str,
) -> OptionSpec {
    OptionSpec {
        name,
        takes,
        choices,
        default,
        help,
    }
}

/// Every option of `clean()`, in the order the documentation gives them.
pub const OPTIONS: &[OptionSpec] = &[
    spec(
        "emoji",
        Takes::ChoiceOrText,
        &["remove", "keep", "name"],
        DefaultValue::Str("remove"),
        "emoji sequences: remove, keep, name (\":banana:\"), or a replacement text",
    ),
    spec(
        "symbols",
        Takes::Choice,
        REMOVE_KEEP,
        DefaultValue::Str("remove"),
        "pictographic symbols, and symbols glued inside words",
    ),
    spec(
        "intruders",
        Takes::Choice,
        REMOVE_KEEP,
        DefaultValue::Str("remove"),
        "characters of a foreign script glued into words",
    ),
    spec(
        "styled",
        Takes::Choice,
        REMOVE_KEEP,
        DefaultValue::Str("remove"),
        "styled letters glued to ordinary ones",
    ),
    spec(
        "invisible",
        Takes::Choice,
        REMOVE_KEEP,
        DefaultValue::Str("remove"),
        "zero-width, bidi, control and private-use characters",
    ),
    spec(
        "backspaces",
        Takes::Choice,
        RESTORE_REMOVE_KEEP,
        DefaultValue::Str("restore"),
        "a character followed by BACKSPACE goes with it",
    ),
    spec(
        "bidi",
        Takes::Choice,
        RESTORE_REMOVE_KEEP,
        DefaultValue::Str("restore"),
        "bidi overrides and isolates: the text in the order it is shown",
    ),
    spec(
        "homoglyphs",
        Takes::Choice,
        RESTORE_REMOVE,
        DefaultValue::Str("restore"),
        "look-alike letters of another script written back as the word's own",
    ),
    spec(
        "normalize",
        Takes::ChoiceOrNone,
        Form::NAMES,
        DefaultValue::Str("NFC"),
        "Unicode normalisation",
    ),
    spec(
        "whitespace",
        Takes::Choice,
        WHITESPACE,
        DefaultValue::Str("tidy"),
        "whitespace handling",
    ),
    spec(
        "lowercase",
        Takes::Flag,
        &[],
        DefaultValue::Bool(false),
        "lower-case the text",
    ),
    spec(
        "ascii",
        Takes::Flag,
        &[],
        DefaultValue::Bool(false),
        "transliterate to ASCII",
    ),
    spec(
        "quotes",
        Takes::Choice,
        QUOTES,
        DefaultValue::Str("keep"),
        "curly quotes: keep, or ascii",
    ),
    spec(
        "html",
        Takes::Flag,
        &[],
        DefaultValue::Bool(false),
        "strip HTML tags and decode entities first",
    ),
    spec(
        "urls",
        Takes::TextOrNone,
        &[],
        DefaultValue::None,
        "replace URLs by this text (\"\" removes them)",
    ),
    spec(
        "emails",
        Takes::TextOrNone,
        &[],
        DefaultValue::None,
        "replace emails by this text",
    ),
    spec(
        "phones",
        Takes::TextOrNone,
        &[],
        DefaultValue::None,
        "replace phone numbers by this text",
    ),
    spec(
        "numbers",
        Takes::TextOrNone,
        &[],
        DefaultValue::None,
        "replace numbers by this text",
    ),
    spec(
        "mentions",
        Takes::TextOrNone,
        &[],
        DefaultValue::None,
        "replace @mentions by this text",
    ),
    spec(
        "hashtags",
        Takes::TextOrNone,
        &[],
        DefaultValue::None,
        "replace #hashtags by this text",
    ),
    spec(
        "keep",
        Takes::Characters,
        &[],
        DefaultValue::Str(""),
        "characters always kept",
    ),
    spec(
        "drop",
        Takes::Characters,
        &[],
        DefaultValue::Str(""),
        "characters always removed",
    ),
];

/// The names of every option, as Python spells them (from [`OPTIONS`]).
pub const OPTION_NAMES: &[&str] = &{
    let mut names = [""; OPTIONS.len()];
    let mut i = 0;
    while i < OPTIONS.len() {
        names[i] = OPTIONS[i].name;
        i += 1;
    }
    names
};

/// The choices of the option `name` in [`OPTIONS`].
fn choices(name: &str) -> &'static [&'static str] {
    OPTIONS.iter().find(|o| o.name == name).map_or(&[], |o| o.choices)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    /// The table and the parser agree: every default and every choice is taken, a value
    /// outside the choices is not.
    #[test]
    fn the_table_is_what_the_parser_takes() {
        for spec in OPTIONS {
            let mut options = CleanOptions::new();
            let default = match spec.default {
                DefaultValue::Str(s) => OptionValue::Str(s),
                DefaultValue::Bool(b) => OptionValue::Bool(b),
                DefaultValue::None => OptionValue::None,
            };
            options.set(spec.name, default).unwrap();
            assert_eq!(options, CleanOptions::new(), "{} = its default", spec.name);
            for choice in spec.choices {
                options.set(spec.name, OptionValue::Str(choice)).unwrap();
            }
            let bad = options.set(spec.name, OptionValue::Str("no such value")).is_err();
            assert_eq!(
                bad,
                matches!(spec.takes, Takes::Choice | Takes::ChoiceOrNone | Takes::Flag),
                "{}",
                spec.name
            );
            let none = options.set(spec.name, OptionValue::None).is_ok();
            assert_eq!(
                none,
                matches!(spec.takes, Takes::ChoiceOrNone | Takes::TextOrNone),
                "{}",
                spec.name
            );
        }
        assert_eq!(OPTION_NAMES.len(), OPTIONS.len());
    }
}
