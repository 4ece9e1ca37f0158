//! User regular expressions, matched the way pandas' `str.extract` and `str.extractall` match
//! them: the first match, or every match, with the text of each capture group.
//!
//! The engine is the `regex` crate: linear time, Unicode classes such as `\p{Greek}`. Where its
//! iteration differs from Python's `re.finditer` (which may match empty right after a match),
//! [`Groups::all`] follows Python.

use std::ops::Range;

use regex::{Regex, RegexBuilder};

use crate::Error;

/// Flags, as Python's `re` spells them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[allow(clippy::struct_excessive_bools)] // four independent flags, as in `re`
pub struct Flags {
    /// `re.IGNORECASE`.
    pub ignore_case: bool,
    /// `re.MULTILINE`: `^` and `$` match at line ends.
    pub multi_line: bool,
    /// `re.DOTALL`: `.` matches `\n`.
    pub dot_all: bool,
    /// `re.VERBOSE`: whitespace and `#` comments in the pattern are ignored.
    pub verbose: bool,
}

/// Byte ranges of the capture groups of one match (`None` for a group that took no part).
pub type GroupRanges = Vec<Option<Range<usize>>>;

/// A compiled pattern with at least one capture group.
///
/// ```
/// use textwash::groups::{Flags, Groups};
/// let g = Groups::new(r"(?P<letter>[ab])(\d)", Flags::default()).unwrap();
/// assert_eq!(g.names(), [Some("letter".to_owned()), None]);
/// assert_eq!(g.first("x a1 b2"), Some(vec![Some(2..3), Some(3..4)]));
/// assert_eq!(g.all("x a1 b2").len(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct Groups {
    re: Regex,
    names: Vec<Option<String>>,
}

impl Groups {
    /// Compiles `pattern`.
    ///
    /// # Errors
    /// [`crate::ErrorKind::Pattern`] with the engine's message, or when it has no capture group.
    pub fn new(pattern: &str, flags: Flags) -> Result<Self, Error> {
        let re = RegexBuilder::new(pattern)
            .case_insensitive(flags.ignore_case)
            .multi_line(flags.multi_line)
            .dot_matches_new_line(flags.dot_all)
            .ignore_whitespace(flags.verbose)
            .build()
            .map_err(|e| Error::pattern(e.to_string()))?;
        let names: Vec<Option<String>> = re.capture_names().skip(1).map(|n| n.map(str::to_owned)).collect();
        if names.is_empty() {
            return Err(Error::pattern("pattern contains no capture groups"));
        }
        Ok(Groups { re, names })
    }

    /// The name of each group, in order (`None` for an unnamed one).
    #[must_use]
    pub fn names(&self) -> &[Option<String>] {
        &self.names
    }

    /// The groups of the first match, like Python's `re.search(...).groups()`.
    #[must_use]
    pub fn first(&self, text: &str) -> Option<GroupRanges> {
        self.re.captures(text).map(|caps| Self::ranges(&caps))
    }

    /// The groups of every match, left to right, like Python's `re.finditer`: after a
    /// non-empty match, an empty one may follow at its end (`a*` in `ab` matches `a`, then
    /// empty at 1 and at 2). After an empty match the search moves one character on, where
    /// Python would first try a non-empty match at the same place; that differs only for
    /// patterns that prefer an empty match to a longer one, such as `|a` or `a??`.
    #[must_use]
    pub fn all(&self, text: &str) -> Vec<GroupRanges> {
        let mut out = Vec::new();
        let mut at = 0;
        while at <= text.len() {
            let Some(caps) = self.re.captures_at(text, at) else {
                break;
            };
            let Some(whole) = caps.get(0) else { break };
            out.push(Self::ranges(&caps));
            at = if whole.is_empty() {
                whole.end() + text[whole.end()..].chars().next().map_or(1, char::len_utf8)
            } else {
                whole.end()
            };
        }
        out
    }

    fn ranges(caps: &regex::Captures<'_>) -> GroupRanges {
        caps.iter().skip(1).map(|m| m.map(|m| m.range())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all<'t>(pattern: &str, text: &'t str) -> Vec<&'t str> {
        let g = Groups::new(pattern, Flags::default()).unwrap();
        g.all(text)
            .into_iter()
            .map(|m| m[0].clone().map_or("-", |r| &text[r]))
            .collect()
    }

    #[test]
    fn empty_matches_follow_python() {
        assert_eq!(all("(a*)", "ab"), ["a", "", ""]);
        assert_eq!(all("(a*)", "baaa"), ["", "aaa", ""]);
        assert_eq!(all("(x*)", ""), [""]);
        assert_eq!(all("(é?)", "éa"), ["é", "", ""]);
    }

    #[test]
    fn unmatched_groups_are_none() {
        let g = Groups::new("(a)|(b)", Flags::default()).unwrap();
        assert_eq!(g.first("b"), Some(vec![None, Some(0..1)]));
        assert_eq!(g.first("c"), None);
    }

    #[test]
    fn flags_and_errors() {
        let g = Groups::new(
            "(abc)",
            Flags {
                ignore_case: true,
                ..Flags::default()
            },
        )
        .unwrap();
        assert_eq!(g.first("xABC"), Some(vec![Some(1..4)]));
        let e = Groups::new("(a", Flags::default()).unwrap_err();
        assert!(e.to_string().contains("unclosed group"), "{e}");
        let e = Groups::new("abc", Flags::default()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid value for option `pattern`: pattern contains no capture groups"
        );
    }
}
