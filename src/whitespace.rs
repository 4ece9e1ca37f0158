//! Whitespace: leaving no trace of a removal, and the opt-in collapse.

use std::borrow::Cow;

use crate::unicode::{self, GeneralCategory};

/// How whitespace is treated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Whitespace {
    /// Tidy only what a removal disturbed: no double space, no space before closing
    /// punctuation, no space at the start or end of a line (the default).
    #[default]
    Tidy,
    /// Tidy, then turn every run of whitespace into one space and trim both ends.
    Collapse,
    /// Leave whitespace exactly as removals leave it.
    Keep,
}

/// Builds a text from kept pieces and removals, tidying the whitespace each removal disturbs.
///
/// Whitespace that was already there stays: only spaces that a removal brought together, or
/// left before closing punctuation or at the edge of a line, go.
pub(crate) struct Tidy {
    out: String,
    removed: bool,
    enabled: bool,
    /// Whether dropping a space joined two tokens (`x 🍌, y` becomes `x, y`).
    glued: bool,
    /// Where each edit landed in `out`, when asked for (see [`Tidy::changed`]).
    changes: Option<Vec<std::ops::Range<usize>>>,
}

impl Tidy {
    pub(crate) fn new(capacity: usize, mode: Whitespace) -> Self {
        Tidy {
            out: String::with_capacity(capacity),
            removed: false,
            enabled: mode != Whitespace::Keep,
            glued: false,
            changes: None,
        }
    }

    /// Records from now on where each of `edits` edits lands in the output.
    pub(crate) fn tracing(mut self, edits: usize) -> Self {
        self.changes = Some(Vec::with_capacity(edits));
        self
    }

    /// Records that an edit put `len` bytes here (none for a removal).
    fn changed(&mut self, len: usize) {
        let end = self.out.len();
        // At most `len` bytes, less if the tidying trimmed the replacement's leading space.
        let mut start = end.saturating_sub(len);
        while !self.out.is_char_boundary(start) {
            start -= 1;
        }
        if let Some(changes) = &mut self.changes {
            changes.push(start..end);
        }
    }

    /// Appends kept text.
    pub(crate) fn push(&mut self, mut s: &str) {
        if s.is_empty() {
            return;
        }
        if self.removed && self.enabled {
            let trimmed = s.trim_start_matches(is_horizontal_space);
            let spaced = trimmed.len() != s.len();
            if spaced && self.at_space_or_line_start() {
                self.glued |= self.out.ends_with(|c: char| !c.is_whitespace());
                s = trimmed;
                if s.is_empty() {
                    return;
                }
            }
            // A line break never follows a space a removal left; closing punctuation does not
            // either, unless the text already had a space before it (`pas 🍌 »` keeps `pas »`).
            if s.starts_with(['\n', '\r']) {
                self.pop_spaces();
            } else if !spaced && s.starts_with(is_closing) {
                let before = self.out.len();
                self.pop_spaces();
                self.glued |= self.out.len() != before && !self.out.is_empty();
            }
            self.removed = false;
        }
        self.out.push_str(s);
    }

    /// Records that something was removed here.
    pub(crate) fn removal(&mut self) {
        self.removed = true;
    }

    pub(crate) fn finish(mut self) -> String {
        self.close();
        self.out
    }

    /// Drops the spaces a removal left at the end.
    fn close(&mut self) {
        if self.removed && self.enabled {
            self.pop_spaces();
        }
    }

    fn at_space_or_line_start(&self) -> bool {
        self.out.chars().next_back().is_none_or(|c| {
            is_horizontal_space(c)
                || c == '\n'
                || c == '\r'
                || matches!(
                    unicode::props(c).gc,
                    GeneralCategory::OpenPunctuation | GeneralCategory::InitialPunctuation
                )
        })
    }

    fn pop_spaces(&mut self) {
        let kept = self.out.trim_end_matches(is_horizontal_space).len();
        self.out.truncate(kept);
        // An edit that landed after the spaces now lands where they were.
        if let Some(changes) = &mut self.changes {
            for change in changes.iter_mut().rev().take_while(|c| c.end > kept) {
                *change = change.start.min(kept)..kept;
            }
        }
    }
}

/// Applies `edits` (sorted, non-overlapping byte ranges with replacements) to `text`.
pub(crate) fn apply<I, R>(text: &str, edits: I, mode: Whitespace) -> Cow<'_, str>
where
    I: IntoIterator<Item = (std::ops::Range<usize>, R)>,
    R: AsRef<str>,
{
    let mut edits = edits.into_iter().peekable();
    if edits.peek().is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(apply_glued(text, edits, mode).0)
}

/// [`apply`], saying also whether dropping a space joined two tokens.
pub(crate) fn apply_glued<I, R>(text: &str, edits: I, mode: Whitespace) -> (String, bool)
where
    I: IntoIterator<Item = (std::ops::Range<usize>, R)>,
    R: AsRef<str>,
{
    let applied = fill(Tidy::new(text.len(), mode), text, edits);
    (applied.text, applied.glued)
}

/// A text with edits applied (see [`apply_traced`]).
pub(crate) struct Applied {
    pub(crate) text: String,
    /// Whether dropping a space joined two tokens.
    pub(crate) glued: bool,
    /// Where each edit landed in `text`: what it put there, an empty range for a removal.
    pub(crate) changes: Vec<std::ops::Range<usize>>,
}

/// [`apply_glued`], saying also where each edit landed.
pub(crate) fn apply_traced<R: AsRef<str>>(
    text: &str,
    edits: Vec<(std::ops::Range<usize>, R)>,
    mode: Whitespace,
) -> Applied {
    let count = edits.len();
    fill(Tidy::new(text.len(), mode).tracing(count), text, edits)
}

fn fill<I, R>(mut out: Tidy, text: &str, edits: I) -> Applied
where
    I: IntoIterator<Item = (std::ops::Range<usize>, R)>,
    R: AsRef<str>,
{
    let mut last = 0;
    for (range, replacement) in edits {
        out.push(text.get(last..range.start).unwrap_or_default());
        let replacement = replacement.as_ref();
        if replacement.is_empty() {
            out.removal();
        } else {
            out.push(replacement);
        }
        out.changed(replacement.len());
        last = range.end;
    }
    out.push(text.get(last..).unwrap_or_default());
    out.close();
    Applied {
        glued: out.glued,
        changes: out.changes.unwrap_or_default(),
        text: out.out,
    }
}

/// Every run of whitespace becomes one space; leading and trailing whitespace goes.
pub(crate) fn collapse(text: &str) -> Cow<'_, str> {
    let already = !text.starts_with(char::is_whitespace)
        && !text.ends_with(char::is_whitespace)
        && !text.contains("  ")
        && !text.chars().any(|c| c.is_whitespace() && c != ' ');
    if already {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut words = text.split_whitespace();
    if let Some(first) = words.next() {
        out.push_str(first);
        for w in words {
            out.push(' ');
            out.push_str(w);
        }
    }
    Cow::Owned(out)
}

pub(crate) fn is_horizontal_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Punctuation that closes something and takes no space before it.
fn is_closing(c: char) -> bool {
    matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '…' | '%' | '、' | '。')
        || matches!(
            unicode::props(c).gc,
            GeneralCategory::ClosePunctuation | GeneralCategory::FinalPunctuation
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Kept pieces and removals (`None`), fed to a `Tidy`.
    fn fed(pieces: &[Option<&str>]) -> Tidy {
        let mut t = Tidy::new(0, Whitespace::Tidy);
        for p in pieces {
            match p {
                Some(s) => t.push(s),
                None => t.removal(),
            }
        }
        t
    }

    fn tidy(pieces: &[Option<&str>]) -> String {
        fed(pieces).finish()
    }

    #[test]
    fn removal_leaves_no_trace() {
        assert_eq!(tidy(&[Some("came "), None, Some("to")]), "came to");
        assert_eq!(tidy(&[Some("a "), None, Some(" b")]), "a b");
        assert_eq!(tidy(&[Some("x "), None, Some(", y")]), "x, y");
        assert_eq!(tidy(&[Some("x "), None, Some(" , y")]), "x , y");
        assert_eq!(tidy(&[Some("pas "), None, Some(" » dit")]), "pas » dit");
        assert_eq!(tidy(&[Some("end "), None, Some(" \nnext")]), "end\nnext");
        assert_eq!(tidy(&[None, Some(" Hello")]), "Hello");
        assert_eq!(tidy(&[Some("Hello "), None, Some("\nWorld")]), "Hello\nWorld");
        assert_eq!(tidy(&[Some("end "), None]), "end");
        assert_eq!(tidy(&[Some("("), None, Some(" x)")]), "(x)");
    }

    #[test]
    fn dropping_a_space_between_tokens_glues_them() {
        let glued = |pieces: &[Option<&str>]| fed(pieces).glued;
        assert!(glued(&[Some("x "), None, Some(", y")]));
        assert!(glued(&[Some("("), None, Some(" x)")]));
        assert!(glued(&[Some("〝"), None, Some(" "), None, Some("x")]));
        assert!(!glued(&[Some("came "), None, Some(" to")]));
        assert!(!glued(&[Some("end "), None, Some(" \nnext")]));
        assert!(!glued(&[None, Some(" , x")]));
        assert!(!glued(&[Some("dis"), None, Some("tricts")]));
    }

    #[test]
    fn whitespace_already_there_stays() {
        assert_eq!(tidy(&[Some("a  b "), None, Some("c")]), "a  b c");
        assert_eq!(tidy(&[Some("Sindh"), None, Some(" government")]), "Sindh government");
    }

    #[test]
    fn collapse_whitespace() {
        assert_eq!(collapse("  a \t b\n\nc  "), "a b c");
        assert!(matches!(collapse("a b c"), Cow::Borrowed(_)));
        assert_eq!(collapse(""), "");
    }
}
