//! Phone numbers in international and national formats, not dates, prices or IDs.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        #[allow(clippy::expect_used)] // a constant pattern, covered by tests
        Regex::new(
            r"(?x)
            (?:\+[0-9]{1,3}[\ .-]?)?            # country code
            (?:\([0-9]{1,4}\)[\ .-]?)?          # area code in parentheses
            [0-9]{1,4}(?:[\ .-][0-9]{2,5}){1,4} # groups
            | \+[0-9]{7,15}                     # compact international
            ",
        )
        .expect("phone pattern compiles")
    })
}

/// Finds phone numbers: 7 to 15 digits, grouped or with a `+`, standing alone.
pub(super) fn find(text: &str, out: &mut Vec<Range<usize>>) {
    for m in pattern().find_iter(text) {
        let s = m.as_str();
        let digits = s.bytes().filter(u8::is_ascii_digit).count();
        if !(7..=15).contains(&digits) || looks_like_date(s) || looks_like_thousands(s) {
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
        out.push(m.start()..m.end());
    }
}

/// `1 200 000`, `12.345.678`: thousands grouped in threes.
fn looks_like_thousands(s: &str) -> bool {
    let mut groups = s.split([' ', '.', '-']);
    let first = groups.next().unwrap_or_default();
    !s.starts_with('+') && (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
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
        find(text, &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn phones() {
        assert_eq!(found("call +1 (555) 123-4567 now"), ["+1 (555) 123-4567"]);
        assert_eq!(found("or 020 7946 0958."), ["020 7946 0958"]);
        assert_eq!(found("ring +442079460958"), ["+442079460958"]);
    }

    #[test]
    fn not_phones() {
        assert!(found("on 2023-02-17 at 19:10").is_empty());
        assert!(found("on 17.02.2023").is_empty());
        assert!(found("costs $1,200.50 or 1 200 000").is_empty());
        assert!(found("IP 192.168.100.200").is_empty());
        assert!(found("2023-02-17T19:10:00").is_empty());
    }
}
