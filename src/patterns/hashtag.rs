//! Hashtags: `#tag`, not `#1` or an HTML entity.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(&RE, || r"#[\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*")
}

/// Finds `#tag`s that start a word.
pub(super) fn find(text: &str, out: &mut Vec<Range<usize>>) {
    for m in pattern().find_iter(text) {
        if !super::before(text, m.start()).is_some_and(|c| super::is_word(c) || c == '&' || c == '#') {
            out.push(m.start()..m.end());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashtags() {
        let text = "#tag #日本 #2023goals but not #1, a#b or &#39;";
        let mut out = Vec::new();
        find(text, &mut out);
        let found: Vec<&str> = out.into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["#tag", "#日本", "#2023goals"]);
    }
}
