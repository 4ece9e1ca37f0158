//! # textwash
//!
//! Clean noisy text, restoring it as its author wrote it: emoji, pictographs, invisible
//! characters, styled letters and script intruders glued into words go; legitimate text of every
//! language stays; the result is NFC with tidy whitespace.
//!
//! ```
//! assert_eq!(
//!     textwash::clean("two tribal dis🍌tricts, 𝐆its spokes𝄹person, seveౠral questi🍌ons"),
//!     "two tribal districts, its spokesperson, several questions",
//! );
//! // Legitimate text of every language is left alone.
//! let legit = "Яндекс (Yandex), 用iPhone聊天, می‌خواهم, 5μm, “quotes” © 25°C → café";
//! assert_eq!(textwash::clean(legit), legit);
//! ```
//!
//! # Unicode
//! Unicode facts come from the `unicode-*` crates and from tables generated from the Unicode
//! Character Database by `scripts/gen_unicode_tables.py`; [`UNICODE_VERSION`] names the version.
//! The policy is written down in `POLICY.md`.
//!
//! # The Python binding
//! Behind the `python` feature, `src/python/` wraps this crate for Python; nothing else here
//! knows about Python.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod batch;
mod clean;
mod error;
pub mod extract;
pub mod groups;
mod html;
pub mod junk;
mod kind;
mod look;
mod normalize;
pub mod patterns;
mod reader;
mod unicode;
mod whitespace;

#[cfg(feature = "python")]
mod python;

/// The character facts the policy is built on, for the policy model in the tests (which shares
/// the Unicode facts with the engine, not its decisions). Not part of the API.
#[doc(hidden)]
pub mod facts {
    pub use crate::unicode::{is_invisible, is_pictographic, is_styled};
}

pub use clean::{
    CleanOptions, Cleaner, DefaultValue, Junk, OPTION_NAMES, OPTIONS, OptionSpec, OptionValue, Quotes, Takes, clean,
    parse_remove,
};
pub use error::{Error, ErrorKind};
pub use junk::{EmojiAction, JunkOptions, Reason, Restoration, Tally};
pub use kind::Kind;
pub use normalize::Form;
/// The Unicode version of every table textwash uses (`unicode-*` crates and generated tables
/// agree; a unit test checks it). `unicode-segmentation` is one version behind, at 17.0.
pub use unicode::UNICODE_VERSION;
pub use whitespace::Whitespace;
