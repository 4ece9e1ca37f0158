//! Recognisers for structured items: one per file, each finding byte ranges in a text.
//!
//! [`find`] runs the recognisers for the kinds asked for and resolves overlaps: earlier kinds in
//! [`Kind::CLAIM_ORDER`] claim their ranges first, so the `@` of an email is no mention, the digits of a
//! date are no number and the `#` in a URL is no hashtag.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use regex::{Captures, Regex};

mod date;
mod hashtag;
mod ip;
mod link;
mod mention;
mod money;
mod number;
mod percent;
mod phone;
mod time;

pub use phone::Check as PhoneCheck;

pub use crate::kind::Kind;

impl Kind {
    /// Whether this kind can only occur in a text with an ASCII digit.
    fn needs_digit(self) -> bool {
        matches!(
            self,
            Kind::Ip | Kind::Date | Kind::Time | Kind::Money | Kind::Percent | Kind::Phone | Kind::Number
        )
    }

    fn finds(self, text: &str, settings: Settings, out: &mut Vec<Item>) {
        let mut ranges = Vec::new();
        let mut values = Vec::new();
        match self {
            Kind::Url => link::urls(text, &mut ranges),
            Kind::Email => link::emails(text, &mut ranges),
            Kind::Mention => mention::find(text, &mut ranges),
            Kind::Hashtag => hashtag::find(text, &mut ranges),
            Kind::Number => number::find(text, &mut values),
            Kind::Ip => ip::find(text, &mut values),
            Kind::Date => date::find(text, settings.dayfirst, &mut values),
            Kind::Time => time::find(text, &mut values),
            Kind::Percent => percent::find(text, &mut values),
            Kind::Phone => {
                let mut found = Vec::new();
                phone::find(text, settings.phones, &mut found);
                out.extend(found.into_iter().map(|(range, value)| Item::new(range, self, value)));
            }
            Kind::Money => {
                let mut found = Vec::new();
                money::find(text, &mut found);
                out.extend(found.into_iter().map(|m| Item {
                    currency: Some(m.currency),
                    ..Item::new(m.range, self, Some(m.amount))
                }));
            }
            // Found by `extract` itself, never by a regex recogniser.
            Kind::Emoji | Kind::Junk => {}
        }
        out.extend(ranges.into_iter().map(|range| Item::new(range, self, None)));
        out.extend(
            values
                .into_iter()
                .map(|(range, value)| Item::new(range, self, Some(value))),
        );
    }
}

/// How [`find`] reads ambiguous items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Settings {
    /// Read `01/02/2023` as 1 February rather than 2 January.
    pub dayfirst: bool,
    /// How phone numbers are checked.
    pub phones: PhoneCheck,
    /// Whether every kind claims its ranges even when not asked for (so that, say, the digits
    /// of a date are never a number); otherwise only URLs and emails always claim theirs.
    pub claim_all: bool,
}

/// An item found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// What it is.
    pub kind: Kind,
    /// Its normalised value, for the kinds that have one: a date's ISO form, a time's
    /// `HH:MM`, a phone's E.164 form, a number's plain decimal, an IP's canonical form.
    pub value: Option<String>,
    /// The currency of money, as written (`$`, `EUR`).
    pub currency: Option<String>,
}

impl Item {
    fn new(range: Range<usize>, kind: Kind, value: Option<String>) -> Self {
        Item {
            range,
            kind,
            value,
            currency: None,
        }
    }
}

/// Finds the items of the `wanted` kinds, sorted by start and never overlapping.
///
/// URLs and emails (every structured kind, with [`Settings::claim_all`]) are always looked
/// for when anything is wanted, so that nothing else fires inside them; they are reported only
/// when wanted.
#[must_use]
pub fn find(text: &str, wanted: &[Kind], settings: &Settings) -> Vec<Item> {
    let mut items = Vec::new();
    if wanted.is_empty() {
        return items;
    }
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    // Claimed ranges, start -> end.
    let mut claimed: BTreeMap<usize, usize> = BTreeMap::new();
    let mut found = Vec::new();
    // Kinds after the last one wanted can claim nothing a wanted kind has not claimed first.
    let last = Kind::CLAIM_ORDER
        .iter()
        .rposition(|k| wanted.contains(k))
        .unwrap_or_default();
    for kind in Kind::CLAIM_ORDER.into_iter().take(last + 1) {
        let claims = matches!(kind, Kind::Url | Kind::Email) || settings.claim_all;
        if !wanted.contains(&kind) && !claims || kind.needs_digit() && !has_digit {
            continue;
        }
        found.clear();
        kind.finds(text, *settings, &mut found);
        for item in found.drain(..) {
            let overlaps = claimed
                .range(..item.range.end)
                .next_back()
                .is_some_and(|(_, &end)| end > item.range.start);
            if !overlaps {
                claimed.insert(item.range.start, item.range.end);
                items.push(item);
            }
        }
    }
    items.retain(|item| wanted.contains(&item.kind));
    items.sort_by_key(|item| item.range.start);
    items
}

/// Calls `take` on each match of `re` in `text`, left to right. A match `take` turns down does
/// not hide the matches that overlap it: the search resumes one character after its start
/// (`4567 $` is no money, but the `$1` after it may be).
fn each_match<'t>(re: &Regex, text: &'t str, mut take: impl FnMut(&Captures<'t>) -> bool) {
    let mut at = 0;
    while let Some(caps) = re.captures_at(text, at) {
        let Some(m) = caps.get(0) else { return };
        at = if take(&caps) && !m.is_empty() {
            m.end()
        } else {
            m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8)
        };
        if at > text.len() {
            return;
        }
    }
}

/// Whether `text[range]` stands alone: not glued to a letter, digit or `_`, and not part of a
/// longer run of digits and separators (`1.2.3.4` holds no date `2.3.4`, `x2023` no year).
fn stands_alone(text: &str, range: Range<usize>) -> bool {
    let joins = |c: char| matches!(c, '.' | ',' | '/' | '-' | ':');
    let lead = before(text, range.start);
    if lead.is_some_and(|c| is_word(c) || joins(c) && before(text, range.start - 1).is_some_and(|d| d.is_ascii_digit()))
    {
        return false;
    }
    let mut rest = text[range.end..].chars();
    match rest.next() {
        Some(c) if is_word(c) => false,
        Some(c) if joins(c) => !rest.next().is_some_and(|d| d.is_ascii_digit()),
        _ => true,
    }
}

/// The character before byte `at`, if any.
fn before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

/// The character at byte `at`, if any.
fn after(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A recogniser's constant pattern, compiled into `cell` on first use.
fn compiled<S: AsRef<str>>(cell: &'static OnceLock<Regex>, source: impl FnOnce() -> S) -> &'static Regex {
    cell.get_or_init(|| {
        #[allow(clippy::expect_used)] // constant patterns, each covered by its recogniser's tests
        Regex::new(source().as_ref()).expect("a recogniser's pattern compiles")
    })
}

/// For tests: what a recogniser that gives values finds, as (text, value) pairs.
#[cfg(test)]
fn found_with_values<V>(text: &str, find: impl Fn(&str, &mut Vec<(Range<usize>, V)>)) -> Vec<(&str, V)> {
    let mut out = Vec::new();
    find(text, &mut out);
    out.into_iter().map(|(r, v)| (&text[r], v)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items<'t>(text: &'t str, kinds: &[Kind]) -> Vec<(&'t str, Kind)> {
        find(text, kinds, &Settings::default())
            .into_iter()
            .map(|item| (&text[item.range], item.kind))
            .collect()
    }

    fn claimed<'t>(text: &'t str, kinds: &[Kind]) -> Vec<(&'t str, Kind)> {
        let settings = Settings {
            claim_all: true,
            ..Settings::default()
        };
        find(text, kinds, &settings)
            .into_iter()
            .map(|item| (&text[item.range], item.kind))
            .collect()
    }

    #[test]
    fn every_kind_in_one_sentence() {
        let text = "see https://example.com/a?b=1 or mail x.y@example.org #tag @user +1 (555) 123-4567 $1,200.50 on 2023-02-17";
        assert_eq!(
            items(text, &Kind::CLAIM_ORDER),
            [
                ("https://example.com/a?b=1", Kind::Url),
                ("x.y@example.org", Kind::Email),
                ("#tag", Kind::Hashtag),
                ("@user", Kind::Mention),
                ("+1 (555) 123-4567", Kind::Phone),
                ("$1,200.50", Kind::Money),
                ("2023-02-17", Kind::Date),
            ]
        );
    }

    #[test]
    fn numbers_alone_unless_every_kind_claims() {
        let text = "on 2023-02-17 at 19:10 paid $5 (12%) to 10.0.0.1, 42 times";
        assert_eq!(
            items(text, &[Kind::Number]),
            [
                ("2023", Kind::Number),
                ("02", Kind::Number),
                ("17", Kind::Number),
                ("19", Kind::Number),
                ("10", Kind::Number),
                ("5", Kind::Number),
                ("12", Kind::Number),
                ("10.0.0.1", Kind::Number),
                ("42", Kind::Number),
            ]
        );
        assert_eq!(claimed(text, &[Kind::Number]), [("42", Kind::Number)]);
    }

    #[test]
    fn nothing_fires_inside_urls_and_emails() {
        let text = "https://example.com/#frag and me@example.org";
        assert_eq!(items(text, &[Kind::Hashtag, Kind::Mention]), []);
    }
}
