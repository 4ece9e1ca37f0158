//! Numbers standing alone: `42`, `1,200.50`, `3.14`.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(&RE, || r"[0-9]+(?:[.,][0-9]+)*")
}

/// Finds numbers that are not part of a word (`COVID19`, `20s` and `x2` are words).
/// A sign standing before a number (`-3`, `−3`, `+3`, not the dash of `10-20`) is part of it.
/// Each number comes with its plain decimal value.
pub(super) fn find(text: &str, out: &mut Vec<(Range<usize>, String)>) {
    for m in pattern().find_iter(text) {
        let glued = super::before(text, m.start()).is_some_and(|c| c.is_alphabetic() || c == '_')
            || super::after(text, m.end()).is_some_and(|c| c.is_alphabetic() || c == '_');
        if glued {
            continue;
        }
        let start = match super::before(text, m.start()) {
            Some(sign @ ('-' | '−' | '+'))
                if !super::before(text, m.start() - sign.len_utf8())
                    .is_some_and(|c| super::is_word(c) || c.is_ascii_punctuation() && c != '(') =>
            {
                m.start() - sign.len_utf8()
            }
            _ => m.start(),
        };
        out.push((start..m.end(), decimal(&text[start..m.end()])));
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
        let text = "1,200.50 and 42, not COVID19 or 20s; -3 (−4.5) pages 10-20";
        let found = super::super::found_with_values(text, find);
        let found: Vec<(&str, &str)> = found.iter().map(|(t, v)| (*t, v.as_str())).collect();
        assert_eq!(
            found,
            [
                ("1,200.50", "1200.50"),
                ("42", "42"),
                ("-3", "-3"),
                ("−4.5", "-4.5"),
                ("10", "10"),
                ("20", "20")
            ]
        );
    }
}
