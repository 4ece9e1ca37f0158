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

use crate::error::choose;
use crate::patterns::{self, PhoneCheck, Settings};
use crate::{CleanOptions, Cleaner, Error};

mod emoji;
mod offsets;

pub use offsets::to_char_offsets;

/// A kind of item `extract` finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// An emoji, sequences included (`👨‍👩‍👧`, `🇫🇷`, `1️⃣`); its value is its CLDR name.
    Emoji,
    /// `https://example.com/a?b=1`, `www.example.org`.
    Url,
    /// `x.y+tag@mail.example.org`.
    Email,
    /// `#tag`.
    Hashtag,
    /// `@user`.
    Mention,
    /// `+44 20 7946 0958`; its value is the E.164 form when the metadata was consulted.
    Phone,
    /// A number standing alone (not part of a date, money, …); its value is a plain decimal.
    Number,
    /// `$1,200.50`, `100 EUR`; its value is the amount, and it has a currency.
    Money,
    /// `12%`; its value is the number.
    Percent,
    /// `2023-02-17`, `17/02/2023`, `Feb 17, 2023`; its value is the ISO date.
    Date,
    /// `19:10`, `7.10 pm`; its value is `HH:MM` on a 24-hour clock.
    Time,
    /// `192.168.0.1`, `2001:db8::1`; its value is the canonical form.
    Ip,
    /// What `clean` removes; its value is the reason (emoji, symbol, styled, intruder,
    /// invisible, drop).
    Junk,
}

impl Kind {
    /// Every kind, in the order of their names in [`Kind::NAMES`].
    pub const ALL: [Kind; 13] = [
        Kind::Emoji,
        Kind::Url,
        Kind::Email,
        Kind::Hashtag,
        Kind::Mention,
        Kind::Phone,
        Kind::Number,
        Kind::Money,
        Kind::Percent,
        Kind::Date,
        Kind::Time,
        Kind::Ip,
        Kind::Junk,
    ];

    /// The kinds' names, as Python spells them.
    pub const NAMES: [&'static str; 13] = [
        "emoji", "url", "email", "hashtag", "mention", "phone", "number", "money", "percent", "date", "time", "ip",
        "junk",
    ];

    /// The kind's name.
    #[must_use]
    pub fn name(self) -> &'static str {
        let i = Kind::ALL.iter().position(|&k| k == self).unwrap_or_default();
        Kind::NAMES[i]
    }

    /// The kind called `name`.
    ///
    /// # Errors
    /// When no kind has this name; the message lists the names.
    pub fn parse(name: &str) -> Result<Kind, Error> {
        choose("kinds", name, &Kind::NAMES, &Kind::ALL)
    }

    fn pattern(self) -> Option<patterns::Kind> {
        Some(match self {
            Kind::Url => patterns::Kind::Url,
            Kind::Email => patterns::Kind::Email,
            Kind::Hashtag => patterns::Kind::Hashtag,
            Kind::Mention => patterns::Kind::Mention,
            Kind::Phone => patterns::Kind::Phone,
            Kind::Number => patterns::Kind::Number,
            Kind::Money => patterns::Kind::Money,
            Kind::Percent => patterns::Kind::Percent,
            Kind::Date => patterns::Kind::Date,
            Kind::Time => patterns::Kind::Time,
            Kind::Ip => patterns::Kind::Ip,
            Kind::Emoji | Kind::Junk => return None,
        })
    }
}

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
    patterns: Vec<patterns::Kind>,
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
        let patterns = kinds.iter().filter_map(|k| k.pattern()).collect();
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
                kind: Kind::ALL
                    .into_iter()
                    .find(|k| k.pattern() == Some(item.kind))
                    .unwrap_or(Kind::Junk),
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
                value: Some(j.reason.as_str().to_owned()),
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
    fn kinds_round_trip_their_names() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.name()).unwrap(), kind);
        }
        assert!(Kind::parse("emojis").unwrap_err().to_string().contains("\"emoji\""));
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
