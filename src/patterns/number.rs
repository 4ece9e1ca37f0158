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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let text = "1,200.50 and 42, not COVID19 or 20s";
        let mut out = Vec::new();
        find(text, &mut out);
        let found: Vec<&str> = out.into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["1,200.50", "42"]);
    }
}
