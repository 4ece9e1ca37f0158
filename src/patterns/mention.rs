//! Mentions: `@user`, not the `@` of an email.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(&RE, || r"@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?")
}

/// Finds `@handle`s that start a word.
pub(super) fn find(text: &str, out: &mut Vec<Range<usize>>) {
    for m in pattern().find_iter(text) {
        if !super::before(text, m.start()).is_some_and(|c| super::is_word(c) || c == '@' || c == '.') {
            out.push(m.start()..m.end());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions() {
        let text = "@user, (@other.name) and a@b";
        let mut out = Vec::new();
        find(text, &mut out);
        let found: Vec<&str> = out.into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["@user", "@other.name"]);
    }
}
