//! R21: paragraphs with bidi overrides, embeddings or isolates come back in the order UAX #9
//! shows them, without the controls, stored so that they show in that order again.

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

use super::Edit;
use crate::junk::Reason;

/// The explicit bidi formatting characters: embeddings and overrides (U+202A–202E) and isolates
/// (U+2066–2069).
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The edits that restore the shown order of every paragraph of `text` with bidi controls.
/// Each paragraph is resolved on its own, so that the work stays linear in the text however
/// many paragraphs it has.
pub(super) fn edits(text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if bidi_class(c) == BidiClass::B {
            edits.extend(paragraph(&text[start..i], start));
            start = i + c.len_utf8();
        }
    }
    edits.extend(paragraph(&text[start..], start));
    edits
}

/// The edit that restores the shown order of `stored` (one paragraph without its separator,
/// found at byte `offset`), if it holds bidi controls.
fn paragraph(stored: &str, offset: usize) -> Option<Edit> {
    if !stored.chars().any(is_bidi_control) {
        return None;
    }
    let chars: Vec<char> = stored.chars().collect();
    let shown: Vec<char> = display_order(stored)
        .into_iter()
        .map(|i| chars[i])
        .filter(|&c| !is_bidi_control(c))
        .collect();
    // Where the controls change nothing visible, they are simply removed.
    let without: String = chars.iter().copied().filter(|&c| !is_bidi_control(c)).collect();
    let restored = if shows_as(&without, &shown) {
        without
    } else {
        stored_as(&shown).unwrap_or(without)
    };
    Some(trimmed(stored, offset, &restored))
}

/// Whether `text` shows as `shown`.
fn shows_as(text: &str, shown: &[char]) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.len() == shown.len() && display_order(text).iter().map(|&i| chars[i]).eq(shown.iter().copied())
}

/// A string with no bidi controls that shows as `shown`: `shown` itself, or `shown` reordered by
/// its own levels (reordering is its own inverse where the levels stay the same); `None` when
/// neither shows so.
fn stored_as(shown: &[char]) -> Option<String> {
    let text: String = shown.iter().collect();
    if shows_as(&text, shown) {
        return Some(text);
    }
    let candidate: String = display_order(&text).iter().map(|&i| shown[i]).collect();
    shows_as(&candidate, shown).then_some(candidate)
}

/// The display order of `text` (one paragraph, one line): its character indices, left to right.
fn display_order(text: &str) -> Vec<usize> {
    let info = ParagraphBidiInfo::new(text, None);
    let levels: Vec<Level> = info.reordered_levels_per_char(0..text.len());
    ParagraphBidiInfo::reorder_visual(&levels)
}

/// The edit that turns `stored` (found at byte `offset`) into `restored`, without the prefix and
/// suffix they share.
fn trimmed(stored: &str, offset: usize, restored: &str) -> Edit {
    let prefix: usize = stored
        .chars()
        .zip(restored.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let suffix: usize = stored[prefix..]
        .chars()
        .rev()
        .zip(restored[prefix..].chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    Edit {
        range: offset + prefix..offset + stored.len() - suffix,
        reason: Reason::Bidi,
        replacement: restored[prefix..restored.len() - suffix].to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::apply;

    fn run(text: &str) -> String {
        apply(text, &edits(text)).into_owned()
    }

    /// The encoding of "Bad Characters" for the pair `a b` stored swapped.
    fn swapped(a: char, b: char) -> String {
        format!("\u{202D}\u{2066}\u{202E}\u{2066}{b}\u{2069}\u{2066}{a}\u{2069}\u{202C}\u{2069}\u{202C}")
    }

    #[test]
    fn shown_order_comes_back() {
        assert_eq!(run(&format!("he{}o", swapped('l', 'l'))), "hello");
        assert_eq!(run(&format!("w{}ld", swapped('o', 'r'))), "world");
        assert_eq!(run(&format!("{}{}", swapped('a', 'b'), swapped('c', 'd'))), "abcd");
        // An override that spans a space: shown reversed.
        assert_eq!(run("x \u{202E}abc def\u{202C} y"), "x fed cba y");
        // Controls that change nothing visible are removed.
        assert_eq!(run("a\u{2066}b\u{2069}c"), "abc");
        // Nested isolates, and a second paragraph left alone.
        assert_eq!(run("\u{2067}\u{2066}ab\u{2069}\u{2069}\nq\u{200F}r"), "ab\nq\u{200F}r");
        // Right-to-left text needs no controls: without them, nothing moves.
        assert_eq!(run("שלום world"), "שלום world");
        assert!(edits("שלום world").is_empty());
    }

    #[test]
    fn right_to_left_text_shows_as_before() {
        // A Hebrew word forced left-to-right shows its letters reversed; stored reversed, it
        // shows the same without the override.
        let text = "\u{202D}שלום\u{202C}";
        let out = run(text);
        assert_eq!(out, "םולש");
    }
}
