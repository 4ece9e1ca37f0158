//! The one vocabulary of item kinds: every kind `extract` finds, with its name, from one table.
//!
//! `patterns` (the recognisers), `extract`, the binding and the CLI all use this [`Kind`]; junk's
//! reasons (`junk::Reason`) are declared with the same [`named!`] table, so every name a
//! user types or reads comes from exactly one place.

/// Declares a fieldless enum from a table of `Variant = "name"` rows, and gives it `ALL` (every
/// variant, in the table's order), `NAMES` (their names, in the same order), `name()` and
/// `parse()`. The table is the only place a name is written.
macro_rules! named {
    (
        $(#[$meta:meta])*
        $vis:vis enum $enum:ident as $option:literal {
            $($(#[$vmeta:meta])* $variant:ident = $name:literal,)*
        }
    ) => {
        $(#[$meta])*
        $vis enum $enum {
            $($(#[$vmeta])* $variant,)*
        }

        impl $enum {
            /// Every value, in the order of the table that declares them.
            pub const ALL: &'static [$enum] = &[$($enum::$variant,)*];

            /// Their names, as Python and the command line spell them, in the order of `ALL`.
            pub const NAMES: &'static [&'static str] = &[$($name,)*];

            /// The name, as Python and the command line spell it.
            #[must_use]
            pub fn name(self) -> &'static str {
                // The variants are numbered from 0 in the table's order, like `NAMES`.
                Self::NAMES[self as usize]
            }

            /// The value called `name`.
            ///
            /// # Errors
            /// When no value has this name; the message names the option and lists the names.
            pub fn parse(name: &str) -> Result<Self, crate::error::Error> {
                crate::error::choose($option, name, Self::NAMES, Self::ALL)
            }
        }
    };
}
pub(crate) use named;

named! {
    /// A kind of item `extract` finds.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum Kind as "kinds" {
        /// An emoji, sequences included (`👨‍👩‍👧`, `🇫🇷`, `1️⃣`); its value is its CLDR name.
        Emoji = "emoji",
        /// `https://example.com/a?b=1`, `www.example.org`.
        Url = "url",
        /// `x.y+tag@mail.example.org`.
        Email = "email",
        /// `#tag`.
        Hashtag = "hashtag",
        /// `@user`.
        Mention = "mention",
        /// `+44 20 7946 0958`; its value is the E.164 form when the metadata was consulted.
        Phone = "phone",
        /// A number standing alone (not part of a date, money, …); its value is a plain decimal.
        Number = "number",
        /// `$1,200.50`, `100 EUR`; its value is the amount, and it has a currency.
        Money = "money",
        /// `12%`, `3.5 percent`; its value is the number.
        Percent = "percent",
        /// `2023-02-17`, `17/02/2023`, `Feb 17, 2023`; its value is the ISO date.
        Date = "date",
        /// `19:10`, `7.10 pm`; its value is `HH:MM` on a 24-hour clock.
        Time = "time",
        /// `192.168.0.1`, `2001:db8::1`; its value is the canonical form.
        Ip = "ip",
        /// What `clean` removes or replaces; its value is the reason (see `Reason`).
        Junk = "junk",
    }
}

impl Kind {
    /// The kinds the regex recognisers of `patterns` find, in the order in which they claim
    /// overlapping text: the `@` of an email is no mention, the digits of a date are no number,
    /// the `#` in a URL is no hashtag.
    pub const CLAIM_ORDER: [Kind; 11] = [
        Kind::Url,
        Kind::Email,
        Kind::Ip,
        Kind::Date,
        Kind::Time,
        Kind::Money,
        Kind::Percent,
        Kind::Phone,
        Kind::Mention,
        Kind::Hashtag,
        Kind::Number,
    ];

    /// Whether a recogniser of `patterns` finds this kind (every kind but emoji and junk).
    #[must_use]
    pub fn is_pattern(self) -> bool {
        !matches!(self, Kind::Emoji | Kind::Junk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_follow_the_table() {
        assert_eq!(Kind::ALL.len(), Kind::NAMES.len());
        for (i, &kind) in Kind::ALL.iter().enumerate() {
            assert_eq!(kind as usize, i);
            assert_eq!(Kind::parse(kind.name()).unwrap(), kind);
        }
        assert_eq!(Kind::Junk.name(), "junk");
        let err = Kind::parse("emojis").unwrap_err().to_string();
        assert!(err.contains("kinds") && err.contains("\"emoji\""), "{err}");
    }

    #[test]
    fn claim_order_holds_every_pattern_kind_once() {
        let mut pattern_kinds: Vec<Kind> = Kind::ALL.iter().copied().filter(|k| k.is_pattern()).collect();
        let mut claim = Kind::CLAIM_ORDER.to_vec();
        pattern_kinds.sort();
        claim.sort();
        assert_eq!(claim, pattern_kinds);
    }
}
