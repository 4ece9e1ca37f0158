//! Phone numbers in international and national formats, not dates, prices or IDs.
//!
//! Candidates are found by their shape; [`Check::Metadata`] then checks each against
//! libphonenumber's metadata (the `phonenumber` crate): international numbers (`+…`, `00…`)
//! always, national ones when a region is known.

use std::ops::Range;
use std::sync::OnceLock;

use phonenumber::Mode;
use phonenumber::country::Id;
use regex::Regex;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(&RE, || {
        r"(?x)
            (?:\+[0-9]{1,3}[\ .-]?)?            # country code
            (?:\([0-9]{1,4}\)[\ .-]?)?          # area code in parentheses
            [0-9]{1,5}(?:[\ .-][0-9]{2,8}){1,4} # groups (`07700 900123`, `0300-1234567`)
            | \+[0-9]{7,15}                     # compact international
            "
    })
}

/// How candidates are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Check {
    /// By shape alone: 7 to 15 digits, grouped or after a `+` (what `clean` replaces).
    #[default]
    Shape,
    /// Against libphonenumber's metadata; national numbers need the region they are dialled in
    /// and are taken by shape when it is unknown.
    Metadata(Option<Id>),
}

/// Finds phone numbers standing alone, with their E.164 form when the metadata was consulted.
pub(super) fn find(text: &str, check: Check, out: &mut Vec<(Range<usize>, Option<String>)>) {
    for m in pattern().find_iter(text) {
        let s = m.as_str();
        let digits = s.bytes().filter(u8::is_ascii_digit).count();
        if !(7..=15).contains(&digits)
            || looks_like_date(s)
            || looks_like_thousands(s)
            || looks_like_decimal(s)
            || looks_like_years(s)
        {
            continue;
        }
        let lead = super::before(text, m.start());
        let trail = super::after(text, m.end());
        let glued_before =
            lead.is_some_and(|c| super::is_word(c) || "$€£¥₹.,/:-".contains(c) || c.is_ascii_punctuation() && c != '(');
        let glued_after = trail.is_some_and(|c| {
            super::is_word(c) || c == '.' && text[m.end()..].chars().nth(1).is_some_and(|d| d.is_ascii_digit())
        });
        if glued_before || glued_after {
            continue;
        }
        // Without a region to check it against, `90210-1234` is a US ZIP+4 code.
        if looks_like_zip(s) && matches!(check, Check::Shape | Check::Metadata(None)) {
            continue;
        }
        let value = match check {
            Check::Shape => None,
            Check::Metadata(region) => {
                let international = s.starts_with('+') || s.starts_with("00");
                match (international, region) {
                    (true, _) => Some(e164(None, s)),
                    (false, Some(region)) => Some(e164(Some(region), s)),
                    (false, None) => None,
                }
            }
        };
        match value {
            Some(None) => {} // the metadata says no
            Some(Some(e164)) => out.push((m.range(), Some(e164))),
            None => out.push((m.range(), None)),
        }
    }
}

/// The E.164 form (`+442079460958`) of a valid number, or None. `00` before a country code
/// is read as `+`, as it is dialled from most of the world.
fn e164(region: Option<Id>, candidate: &str) -> Option<String> {
    let plus;
    let candidate = match candidate.strip_prefix("00") {
        Some(rest) if region.is_none() => {
            plus = format!("+{rest}");
            plus.as_str()
        }
        _ => candidate,
    };
    let number = phonenumber::parse(region, candidate).ok()?;
    phonenumber::is_valid(&number).then(|| number.format().mode(Mode::E164).to_string())
}

/// `1 200 000`, `12.345.678`: thousands grouped in threes.
fn looks_like_thousands(s: &str) -> bool {
    let mut groups = s.split([' ', '.', '-']);
    let first = groups.next().unwrap_or_default();
    !s.starts_with('+') && (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// `12.34567`, `51.50735`: two groups joined by a dot are a decimal number.
fn looks_like_decimal(s: &str) -> bool {
    !s.starts_with('+') && s.bytes().all(|b| b.is_ascii_digit() || b == b'.') && s.matches('.').count() == 1
}

/// `90210-1234`: five digits, a hyphen and four.
fn looks_like_zip(s: &str) -> bool {
    s.split_once('-')
        .is_some_and(|(a, b)| a.len() == 5 && b.len() == 4 && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()))
}

/// `2019-2023`: a range of years, the second after the first.
fn looks_like_years(s: &str) -> bool {
    let year = |g: &str| {
        g.parse::<u32>()
            .ok()
            .filter(|y| g.len() == 4 && (1000..=2099).contains(y))
    };
    match s.split_once('-') {
        Some((a, b)) => year(a).zip(year(b)).is_some_and(|(a, b)| a < b),
        None => false,
    }
}

/// `2023-02-17`, `17.02.2023`, `2023 02 17`: a four-digit year and two small groups.
fn looks_like_date(s: &str) -> bool {
    let groups: Vec<&str> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    if s.starts_with('+') || groups.len() != 3 {
        return false;
    }
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    matches!(lens.as_slice(), [4, 1..=2, 1..=2] | [1..=2, 1..=2, 4])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, Check::Shape, &mut out);
        out.into_iter().map(|(r, _)| &text[r]).collect()
    }

    fn checked(text: &str, region: Option<Id>) -> Vec<(&str, Option<String>)> {
        super::super::found_with_values(text, |t, out| find(t, Check::Metadata(region), out))
    }

    #[test]
    fn metadata_checks_international_numbers_and_national_ones_with_a_region() {
        let text = "+44 20 7946 0958, +1 202-555-0143, 020 7946 0958 or +99 1234 5678";
        assert_eq!(
            checked("0044 20 7946 0958", None),
            [("0044 20 7946 0958", Some("+442079460958".into()))]
        );
        assert_eq!(
            checked(text, None),
            [
                ("+44 20 7946 0958", Some("+442079460958".into())),
                ("+1 202-555-0143", Some("+12025550143".into())),
                ("020 7946 0958", None),
            ]
        );
        assert_eq!(
            checked(text, Some(Id::GB)),
            [
                ("+44 20 7946 0958", Some("+442079460958".into())),
                ("+1 202-555-0143", Some("+12025550143".into())),
                ("020 7946 0958", Some("+442079460958".into())),
            ]
        );
        // A German national number is no British one (`030 1234 5678` would be: UK 03 numbers).
        assert_eq!(checked("089 12345678", Some(Id::GB)), []);
        assert_eq!(
            checked("089 12345678", Some(Id::DE)),
            [("089 12345678", Some("+498912345678".into()))]
        );
    }

    #[test]
    fn phones() {
        assert_eq!(found("call +1 (555) 123-4567 now"), ["+1 (555) 123-4567"]);
        assert_eq!(found("or 020 7946 0958."), ["020 7946 0958"]);
        assert_eq!(found("ring +442079460958"), ["+442079460958"]);
    }

    #[test]
    fn groups_of_five_to_eight_digits() {
        // A five-digit first group, a six-, seven- or eight-digit last one.
        assert_eq!(
            found("07700 900123, 0300-1234567, 030 12345678, 98765 43210 or +49 151 23456789"),
            [
                "07700 900123",
                "0300-1234567",
                "030 12345678",
                "98765 43210",
                "+49 151 23456789"
            ]
        );
        assert_eq!(
            checked("+92 21 9921 3333 or 0300-1234567", Some(Id::PK)),
            [
                ("+92 21 9921 3333", Some("+922199213333".into())),
                ("0300-1234567", Some("+923001234567".into())),
            ]
        );
        assert_eq!(
            checked("+49 30 12345678", None),
            [("+49 30 12345678", Some("+493012345678".into()))]
        );
    }

    #[test]
    fn not_phones() {
        assert!(found("on 2023-02-17 at 19:10").is_empty());
        assert!(found("on 17.02.2023").is_empty());
        assert!(found("costs $1,200.50 or 1 200 000").is_empty());
        assert!(found("IP 192.168.100.200").is_empty());
        assert!(found("2023-02-17T19:10:00").is_empty());
        assert!(found("lat 51.50735, value 12.34567 or 3.14159265").is_empty());
        assert!(found("from 2019-2023 on").is_empty());
        // A range the wrong way round, or of numbers beyond years, is taken by shape.
        assert_eq!(found("2023-2019 and 1234-5678"), ["2023-2019", "1234-5678"]);
        // A ZIP+4 code (with a region, the metadata judges it).
        assert!(found("Beverly Hills, CA 90210-1234").is_empty());
        assert!(checked("CA 90210-1234", None).is_empty());
        assert!(checked("CA 90210-1234", Some(Id::US)).is_empty());
    }
}
