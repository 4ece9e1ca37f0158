//! The error type.

use std::fmt;

/// An error from textwash: an invalid option value or regular expression.
///
/// The type is opaque on purpose; [`Error::kind`] tells what went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No option has this name.
    UnknownOption {
        /// The name given.
        option: String,
        /// The names there are.
        expected: &'static [&'static str],
    },
    /// An option was given a value of the wrong type.
    WrongType {
        /// The option's name.
        option: &'static str,
        /// What it takes, in words.
        expected: &'static str,
    },
    /// An option was given a value it does not take.
    InvalidOption {
        /// The option's name, as Python spells it.
        option: &'static str,
        /// The value given.
        value: String,
        /// The values it takes.
        allowed: &'static [&'static str],
    },
    /// `region` is no two-letter CLDR region code.
    UnknownRegion {
        /// The value given.
        value: String,
    },
    /// A regular expression the engine cannot compile, or one without a capture group.
    Pattern {
        /// The engine's message.
        message: String,
    },
}

impl Error {
    pub(crate) fn invalid_option(option: &'static str, value: &str, allowed: &'static [&'static str]) -> Self {
        Error {
            kind: ErrorKind::InvalidOption {
                option,
                value: value.to_owned(),
                allowed,
            },
        }
    }

    pub(crate) fn unknown_option(option: &str, expected: &'static [&'static str]) -> Self {
        Error {
            kind: ErrorKind::UnknownOption {
                option: option.to_owned(),
                expected,
            },
        }
    }

    pub(crate) fn wrong_type(option: &'static str, expected: &'static str) -> Self {
        Error {
            kind: ErrorKind::WrongType { option, expected },
        }
    }

    pub(crate) fn unknown_region(value: &str) -> Self {
        Error {
            kind: ErrorKind::UnknownRegion {
                value: value.to_owned(),
            },
        }
    }

    pub(crate) fn pattern(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Pattern {
                message: message.into(),
            },
        }
    }

    /// What went wrong.
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::UnknownOption { option, expected } => {
                write!(f, "unknown option `{option}`: expected one of {}", expected.join(", "))
            }
            ErrorKind::WrongType { option, expected } => {
                write!(f, "option `{option}` takes {expected}")
            }
            ErrorKind::InvalidOption { option, value, allowed } => {
                let allowed: Vec<String> = allowed.iter().map(|a| format!("{a:?}")).collect();
                write!(
                    f,
                    "invalid value {value:?} for option `{option}`: expected one of {}",
                    allowed.join(", ")
                )
            }
            ErrorKind::UnknownRegion { value } => {
                write!(
                    f,
                    "invalid value {value:?} for option `region`: expected a two-letter CLDR region code such as \"US\" or \"GB\""
                )
            }
            ErrorKind::Pattern { message } => write!(f, "invalid value for option `pattern`: {message}"),
        }
    }
}

impl std::error::Error for Error {}

/// Picks the variant named `value` from `choices`, or explains which names `option` takes.
pub(crate) fn choose<T: Clone>(
    option: &'static str,
    value: &str,
    names: &'static [&'static str],
    variants: &[T],
) -> Result<T, Error> {
    names
        .iter()
        .position(|&n| n == value)
        .and_then(|i| variants.get(i).cloned())
        .ok_or_else(|| Error::invalid_option(option, value, names))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_option_and_values() {
        let err = choose("quotes", "curly", &["keep", "ascii"], &[1, 2]).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid value "curly" for option `quotes`: expected one of "keep", "ascii""#
        );
    }
}
