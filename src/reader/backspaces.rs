//! R20: a character followed by BACKSPACE U+0008 goes with it, as a terminal shows it.

use super::Edit;
use crate::junk::Reason;
use crate::unicode::{self, GeneralCategoryGroup};

const BACKSPACE: char = '\u{8}';

/// Characters that end a line: a backspace never reaches past them.
fn ends_line(c: char) -> bool {
    matches!(c, '\n' | '\u{B}' | '\u{C}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// The removals the backspaces of `text` make: each removes itself and the character before it
/// on its line, with that character's combining marks.
pub(super) fn edits(text: &str) -> Vec<Edit> {
    // The characters still standing on the current line, as byte ranges, and where each column
    // (a character and the combining marks that follow it once the removed ones are gone)
    // starts among them.
    let mut standing: Vec<(usize, usize)> = Vec::new();
    let mut columns: Vec<usize> = Vec::new();
    // The bytes removed; a backspace removes a column before itself, so they are marked first
    // and collected in order after.
    let mut removed = vec![false; text.len()];
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if c == BACKSPACE {
            if let Some(first) = columns.pop() {
                for (start, end) in standing.drain(first..) {
                    removed[start..end].fill(true);
                }
            }
            removed[i..end].fill(true);
        } else if ends_line(c) {
            standing.clear();
            columns.clear();
        } else {
            if columns.is_empty() || unicode::props(c).group() != GeneralCategoryGroup::Mark {
                columns.push(standing.len());
            }
            standing.push((i, end));
        }
    }
    let mut edits: Vec<Edit> = Vec::new();
    for (at, _) in removed.iter().enumerate().filter(|&(_, &r)| r) {
        match edits.last_mut() {
            Some(e) if e.range.end == at => e.range.end = at + 1,
            _ => edits.push(Edit {
                range: at..at + 1,
                reason: Reason::Backspace,
                replacement: String::new(),
            }),
        }
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::apply;

    fn run(text: &str) -> String {
        apply(text, &edits(text)).into_owned()
    }

    #[test]
    fn a_backspace_takes_the_character_before_it() {
        assert_eq!(run("abc\u{8}d"), "abd");
        assert_eq!(run("abc\u{8}\u{8}d"), "ad");
        assert_eq!(run("\u{8}abc"), "abc");
        assert_eq!(run("ab\n\u{8}\u{8}c"), "ab\nc");
        assert_eq!(run("ae\u{301}\u{8}x"), "ax");
        assert_eq!(run("a\u{8}\u{8}\u{8}"), "");
        assert_eq!(run("xy\u{8}z\u{8}\u{8}w"), "w");
        // A mark left after a removed letter joins the column before it.
        assert_eq!(run("ax\u{8}\u{303}\u{8}b"), "b");
    }
}
