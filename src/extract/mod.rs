//! Extraction: the structured items in a text (URLs, emails, dates, money, …), its emoji, and
//! the junk `clean` would remove, each with its place in the text and its normalised value.
//!
//! ```
//! use textwash::extract::{Extractor, ExtractOptions, Kind};
//! let extractor = Extractor::new(ExtractOptions::kinds(&[Kind::Emoji, Kind::Money])).unwrap();
//! let text = "paid $1,200.50 🎉";
//! let found: Vec<_> = extractor.extract(text).into_iter().map(|m| (&text[m.range()], m.value)).collect();
//! assert_eq!(found, [("$1,200.50", Some("1200.50".to_owned())), ("🎉", Some("party popper".to_owned()))]);
//! ```

use std::ops::Range;
use std::str::FromStr;

use phonenumber::country::Id;

use crate::patterns::{self, PhoneCheck, Settings};
use crate::{CleanOptions, Cleaner, Error};

mod emoji;
mod offsets;

pub use offsets::to_char_offsets;

pub use crate::kind::Kind;

/// One item found: what, where (bytes), and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// What it is.
    pub kind: Kind,
    /// Byte offset of its start in the text.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// Its normalised value (see [`Kind`]), when it has one.
    pub value: Option<String>,
    /// The currency of money, as written (`$`, `EUR`).
    pub currency: Option<String>,
    /// What `clean` puts in junk's place (`""` for a removal, `a` for a look-alike `а`).
    pub replacement: Option<String>,
}

impl Match {
    /// Its byte range in the text.
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// What to extract, and how to read ambiguous items.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct ExtractOptions {
    /// The kinds to find (all of them when empty).
    pub kinds: Vec<Kind>,
    /// Read `01/02/2023` as 1 February.
    pub dayfirst: bool,
    /// The region national phone numbers are dialled in (`"GB"`), to check them against
    /// libphonenumber's metadata; without it they are taken by shape.
    pub region: Option<String>,
    /// The options of the `clean` whose removals `Kind::Junk` reports.
    pub clean: CleanOptions,
}

impl ExtractOptions {
    /// Options that find `kinds`, with the defaults otherwise.
    #[must_use]
    pub fn kinds(kinds: &[Kind]) -> Self {
        ExtractOptions {
            kinds: kinds.to_vec(),
            ..ExtractOptions::default()
        }
    }
}

/// Options compiled once, to extract from many texts.
#[derive(Clone, Debug)]
pub struct Extractor {
    kinds: Vec<Kind>,
    /// The wanted kinds a recogniser of `patterns` finds.
    patterns: Vec<Kind>,
    settings: Settings,
    cleaner: Cleaner,
}

impl Extractor {
    /// Compiles `options`.
    ///
    /// # Errors
    /// When `region` is no two-letter CLDR region code.
    pub fn new(options: ExtractOptions) -> Result<Self, Error> {
        let mut kinds = if options.kinds.is_empty() {
            Kind::ALL.to_vec()
        } else {
            options.kinds
        };
        kinds.sort_unstable();
        kinds.dedup();
        let region = match options.region.as_deref() {
            None => None,
            Some(r) => Some(Id::from_str(&r.to_ascii_uppercase()).map_err(|_| Error::unknown_region(r))?),
        };
        let settings = Settings {
            dayfirst: options.dayfirst,
            phones: PhoneCheck::Metadata(region),
            claim_all: true,
        };
        let patterns = kinds.iter().copied().filter(|k| k.is_pattern()).collect();
        Ok(Extractor {
            kinds,
            patterns,
            settings,
            cleaner: Cleaner::new(options.clean),
        })
    }

    /// The kinds this extractor finds, in the order of [`Kind::ALL`].
    #[must_use]
    pub fn kinds(&self) -> &[Kind] {
        &self.kinds
    }

    /// Every item of the wanted kinds in `text`, by start (emoji and junk may lie inside
    /// other items; the other kinds never overlap each other).
    #[must_use]
    pub fn extract(&self, text: &str) -> Vec<Match> {
        let mut out: Vec<Match> = patterns::find(text, &self.patterns, &self.settings)
            .into_iter()
            .map(|item| Match {
                kind: item.kind,
                start: item.range.start,
                end: item.range.end,
                value: item.value,
                currency: item.currency,
                replacement: None,
            })
            .collect();
        if self.kinds.contains(&Kind::Emoji) {
            let mut found = Vec::new();
            emoji::find(text, &mut found);
            out.extend(found.into_iter().map(|(range, name)| Match {
                kind: Kind::Emoji,
                start: range.start,
                end: range.end,
                value: name.map(str::to_owned),
                currency: None,
                replacement: None,
            }));
        }
        if self.kinds.contains(&Kind::Junk) {
            out.extend(self.cleaner.junk(text).into_iter().map(|j| Match {
                kind: Kind::Junk,
                start: j.start,
                end: j.end,
                value: Some(j.reason.name().to_owned()),
                currency: None,
                replacement: Some(j.replacement),
            }));
        }
        out.sort_by_key(|m| (m.start, m.kind));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(kinds: &[Kind], text: &str) -> Vec<(Kind, String, Option<String>)> {
        Extractor::new(ExtractOptions::kinds(kinds))
            .unwrap()
            .extract(text)
            .into_iter()
            .map(|m| (m.kind, text[m.range()].to_owned(), m.value))
            .collect()
    }

    #[test]
    fn junk_and_emoji_sit_inside_other_items() {
        let got = found(&[Kind::Junk, Kind::Emoji, Kind::Hashtag], "#dis🍌tricts");
        assert_eq!(
            got,
            [
                (Kind::Hashtag, "#dis".into(), None),
                (Kind::Emoji, "🍌".into(), Some("banana".into())),
                (Kind::Junk, "🍌".into(), Some("emoji".into())),
            ]
        );
    }

    #[test]
    fn region_is_checked() {
        let opts = ExtractOptions {
            region: Some("Narnia".into()),
            ..ExtractOptions::default()
        };
        assert!(
            Extractor::new(opts)
                .unwrap_err()
                .to_string()
                .contains("option `region`")
        );
        let opts = ExtractOptions {
            region: Some("gb".into()),
            kinds: vec![Kind::Phone],
            ..ExtractOptions::default()
        };
        let m = Extractor::new(opts).unwrap().extract("ring 020 7946 0958");
        assert_eq!(m[0].value.as_deref(), Some("+442079460958"));
    }
}
