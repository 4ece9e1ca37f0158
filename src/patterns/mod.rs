//! Recognisers for structured items: one per file, each finding byte ranges in a text.
//!
//! [`find`] runs the recognisers for the kinds asked for and resolves overlaps: URLs and
//! emails claim their ranges first (so `@` and `#` inside them are no mention or hashtag), then
//! phones, mentions, hashtags and numbers.

use std::ops::Range;

mod hashtag;
mod link;
mod mention;
mod number;
mod phone;

/// A kind of structured item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// `https://example.com/a?b=1`, `www.example.org`.
    Url,
    /// `x.y+tag@mail.example.org`.
    Email,
    /// `+1 (555) 123-4567`, `020 7946 0958`.
    Phone,
    /// `@user`.
    Mention,
    /// `#tag`.
    Hashtag,
    /// `1,200.50`, `42`.
    Number,
}

impl Kind {
    /// Every kind, in the order that claims overlapping ranges.
    pub const ALL: [Kind; 6] = [
        Kind::Url,
        Kind::Email,
        Kind::Phone,
        Kind::Mention,
        Kind::Hashtag,
        Kind::Number,
    ];

    fn finds(self, text: &str, out: &mut Vec<Range<usize>>) {
        match self {
            Kind::Url => link::urls(text, out),
            Kind::Email => link::emails(text, out),
            Kind::Phone => phone::find(text, out),
            Kind::Mention => mention::find(text, out),
            Kind::Hashtag => hashtag::find(text, out),
            Kind::Number => number::find(text, out),
        }
    }
}

/// Finds the items of the `wanted` kinds, sorted by start and never overlapping.
///
/// URLs and emails are always looked for when anything is wanted, so that nothing else fires
/// inside them; they are reported only when wanted.
#[must_use]
pub fn find(text: &str, wanted: &[Kind]) -> Vec<(Range<usize>, Kind)> {
    let mut claimed: Vec<(Range<usize>, Kind)> = Vec::new();
    if wanted.is_empty() {
        return claimed;
    }
    let mut found = Vec::new();
    for kind in Kind::ALL {
        if !wanted.contains(&kind) && !matches!(kind, Kind::Url | Kind::Email) {
            continue;
        }
        found.clear();
        kind.finds(text, &mut found);
        for range in found.drain(..) {
            if !claimed.iter().any(|(r, _)| r.start < range.end && range.start < r.end) {
                claimed.push((range, kind));
            }
        }
    }
    claimed.retain(|(_, kind)| wanted.contains(kind));
    claimed.sort_by_key(|(r, _)| r.start);
    claimed
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

#[cfg(test)]
mod tests {
    use super::*;

    fn items<'t>(text: &'t str, kinds: &[Kind]) -> Vec<(&'t str, Kind)> {
        find(text, kinds).into_iter().map(|(r, k)| (&text[r], k)).collect()
    }

    #[test]
    fn every_kind_in_one_sentence() {
        let text = "see https://example.com/a?b=1 or mail x.y@example.org #tag @user +1 (555) 123-4567 $1,200.50 on 2023-02-17";
        assert_eq!(
            items(text, &Kind::ALL),
            [
                ("https://example.com/a?b=1", Kind::Url),
                ("x.y@example.org", Kind::Email),
                ("#tag", Kind::Hashtag),
                ("@user", Kind::Mention),
                ("+1 (555) 123-4567", Kind::Phone),
                ("1,200.50", Kind::Number),
                ("2023", Kind::Number),
                ("02", Kind::Number),
                ("17", Kind::Number),
            ]
        );
    }

    #[test]
    fn nothing_fires_inside_urls_and_emails() {
        let text = "https://example.com/#frag and me@example.org";
        assert_eq!(items(text, &[Kind::Hashtag, Kind::Mention]), []);
    }
}
