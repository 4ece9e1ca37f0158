//! Numbers standing alone: `42`, `1,200.50`, `3.14`.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    #[allow(clippy::expect_used)] // a constant pattern, covered by tests
    RE.get_or_init(|| Regex::new(r"[0-9]+(?:[.,][0-9]+)*").expect("number pattern compiles"))
}

/// Finds numbers that are not part of a word (`COVID19`, `20s` and `x2` are words).
pub(super) fn find(text: &str, out: &mut Vec<Range<usize>>) {
    for m in pattern().find_iter(text) {
        let glued = super::before(text, m.start()).is_some_and(|c| c.is_alphabetic() || c == '_')
            || super::after(text, m.end()).is_some_and(|c| c.is_alphabetic() || c == '_');
        if !glued {
            out.push(m.start()..m.end());
        }
    }
}

/// A number as written (`1,200.50`, `1.200,50`, `3,5`, `1 200`, `−4`) as a plain decimal
/// (`1200.50`, `1200.50`, `3.5`, `1200`, `-4`). When both `.` and `,` appear, the last one is
/// the decimal point; a lone `,` before exactly three digits separates thousands, as do repeated
/// separators and spaces; a lone `.` is a decimal point.
pub(crate) fn decimal(written: &str) -> String {
    let (sign, digits) = match written.chars().next() {
        Some('-' | '−') => (
            "-",
            &written[written.char_indices().nth(1).map_or(written.len(), |(i, _)| i)..],
        ),
        Some('+') => ("", &written[1..]),
        _ => ("", written),
    };
    let point = match (digits.rfind('.'), digits.rfind(',')) {
        (Some(d), Some(c)) => Some(d.max(c)),
        (Some(d), None) if digits.matches('.').count() == 1 => Some(d),
        (None, Some(c)) if digits.matches(',').count() == 1 && digits.len() - c - 1 != 3 => Some(c),
        _ => None,
    };
    let mut out = String::with_capacity(digits.len() + 1);
    out.push_str(sign);
    for (i, c) in digits.char_indices() {
        if c.is_ascii_digit() {
            out.push(c);
        } else if Some(i) == point {
            out.push('.');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        for (written, plain) in [
            ("1,200.50", "1200.50"),
            ("1.200,50", "1200.50"),
            ("3,5", "3.5"),
            ("1,200", "1200"),
            ("1.5", "1.5"),
            ("1.200.000", "1200000"),
            ("1\u{202F}200", "1200"),
            ("−4", "-4"),
            ("+7", "7"),
        ] {
            assert_eq!(decimal(written), plain, "{written}");
        }
    }

    #[test]
    fn numbers() {
        let text = "1,200.50 and 42, not COVID19 or 20s";
        let mut out = Vec::new();
        find(text, &mut out);
        let found: Vec<&str> = out.into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["1,200.50", "42"]);
    }
}
