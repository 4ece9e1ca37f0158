//! R21: paragraphs with bidi overrides, embeddings or isolates come back in the order UAX #9
//! shows them, without the controls, stored so that they show in that order again.

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

use super::Edit;
use crate::junk::Reason;
use crate::look::is_bidi_control;

/// The edits that restore the shown order of every paragraph of `text` with bidi controls.
/// Each paragraph is resolved on its own, so that the work stays linear in the text however
/// many paragraphs it has.
pub(super) fn edits(text: &str) -> Vec<Edit> {
    // Which ASCII characters separate paragraphs, asked of the bidi data once.
    static ASCII: std::sync::OnceLock<[bool; 128]> = std::sync::OnceLock::new();
    let mut edits = Vec::new();
    let mut start = 0;
    let ascii = ASCII
        .get_or_init(|| std::array::from_fn(|b| bidi_class(char::from(u8::try_from(b).unwrap_or(0))) == BidiClass::B));
    for (i, c) in text.char_indices() {
        let separates = match u8::try_from(c) {
            Ok(b) if b.is_ascii() => ascii[usize::from(b)],
            _ => bidi_class(c) == BidiClass::B,
        };
        if separates {
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
    let all: Vec<char> = stored.chars().collect();
    let closed = closed(&all);
    if !closed.contains(&true) {
        // Stray controls only: junk of §1, judged where they stand.
        return None;
    }
    let stray = |i: usize| is_bidi_control(all[i]) && !closed[i];
    // The paragraph without its stray controls (`core`, positions in `all`), shown as its
    // closed controls order it.
    let core: Vec<usize> = (0..all.len()).filter(|&i| !stray(i)).collect();
    let chars: Vec<char> = core.iter().map(|&i| all[i]).collect();
    let order: Vec<usize> = restored_order(&chars).into_iter().map(|k| core[k]).collect();
    // The strays reorder nothing and stay for the junk step, each before the character it
    // stood before (past other controls), wherever that character went; the last ones at the end.
    let mut restored = String::with_capacity(stored.len());
    for &i in &order {
        let before = all[..i].iter().rposition(|&c| !is_bidi_control(c)).map_or(0, |p| p + 1);
        restored.extend((before..i).filter(|&j| stray(j)).map(|j| all[j]));
        restored.push(all[i]);
    }
    let tail = all.iter().rposition(|&c| !is_bidi_control(c)).map_or(0, |p| p + 1);
    restored.extend((tail..all.len()).filter(|&j| stray(j)).map(|j| all[j]));
    Some(trimmed(stored, offset, &restored))
}

/// The order of `chars` (a paragraph whose controls are all closed) once the controls are gone,
/// as positions in `chars`: the first of these that shows as `chars` does: the paragraph without
/// its controls (they changed nothing visible), the shown order itself, the shown order
/// reordered by its own levels; when none does, the paragraph without its controls.
fn restored_order(chars: &[char]) -> Vec<usize> {
    let text: String = chars.iter().collect();
    let shown_at: Vec<usize> = display_order(&text)
        .into_iter()
        .filter(|&i| !is_bidi_control(chars[i]))
        .collect();
    let shown: Vec<char> = shown_at.iter().map(|&i| chars[i]).collect();
    let stored: Vec<usize> = (0..chars.len()).filter(|&i| !is_bidi_control(chars[i])).collect();
    let shows_as_shown = |order: &[usize]| {
        let text: String = order.iter().map(|&i| chars[i]).collect();
        shows_as(&text, &shown)
    };
    if shows_as_shown(&stored) {
        return stored;
    }
    if shows_as_shown(&shown_at) {
        return shown_at;
    }
    let shown_text: String = shown.iter().collect();
    let reordered: Vec<usize> = display_order(&shown_text).into_iter().map(|k| shown_at[k]).collect();
    if shows_as_shown(&reordered) { reordered } else { stored }
}

/// Which characters of a paragraph are controls that are closed: an embedding or override by
/// the PDF that pops it, an isolate by its PDI, each pair nested in the pairs around it. A
/// control left open at the paragraph's end, or a PDF or PDI that closes nothing, is stray.
fn closed(chars: &[char]) -> Vec<bool> {
    const PDF: char = '\u{202C}';
    const PDI: char = '\u{2069}';
    let is_isolate = |c: char| matches!(c, '\u{2066}'..='\u{2068}');
    let mut closed = vec![false; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    // How many of `open` are isolates: a PDI with none open closes nothing, and is told so
    // without a walk down the stack (each walk pops what it passes, so all stay linear).
    let mut isolates = 0usize;
    for (i, &c) in chars.iter().enumerate() {
        if !is_bidi_control(c) {
            continue;
        }
        let pops = match c {
            PDF => Some(false),
            PDI => Some(true),
            _ => None,
        };
        match pops {
            None => {
                open.push(i);
                isolates += usize::from(is_isolate(c));
            }
            Some(isolate) => {
                if let Some(&o) = open.last()
                    && is_isolate(chars[o]) == isolate
                {
                    open.pop();
                    isolates -= usize::from(isolate);
                    closed[o] = true;
                    closed[i] = true;
                } else if isolate && isolates > 0 {
                    // A PDI closes its isolate; the embeddings left open inside it stay unclosed
                    // (X6a ends them there).
                    if let Some(k) = open.iter().rposition(|&o| is_isolate(chars[o])) {
                        closed[open[k]] = true;
                        closed[i] = true;
                        open.truncate(k);
                        isolates -= 1;
                    }
                }
            }
        }
    }
    closed
}

/// Whether `text` shows as `shown`.
fn shows_as(text: &str, shown: &[char]) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.len() == shown.len() && display_order(text).iter().map(|&i| chars[i]).eq(shown.iter().copied())
}

/// The display order of `text` (one paragraph, one line): its character indices, left to right.
fn display_order(text: &str) -> Vec<usize> {
    // Text with no right-to-left character and no control is shown as it is stored (every level
    // is 0): most candidates are, and need no resolving.
    let rtl = |c: char| {
        use BidiClass::{AL, AN, FSI, LRE, LRI, LRO, R, RLE, RLI, RLO};
        matches!(bidi_class(c), R | AL | AN | LRE | RLE | LRO | RLO | LRI | RLI | FSI)
    };
    if !text.chars().any(rtl) {
        return (0..text.chars().count()).collect();
    }
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
        assert!(edits("x \u{202E}abc def\u{2069} y").is_empty());
        // Controls that change nothing visible are removed.
        assert_eq!(run("a\u{2066}b\u{2069}c"), "abc");
        // Stray controls, left open or closing nothing, are junk: they reorder nothing.
        assert!(edits("the \u{202E}chapter of the book").is_empty());
        assert!(edits("the \u{202C}chapter \u{2069}of the book").is_empty());
        assert_eq!(run("x\u{202E}ab\u{202C}y \u{202E}cd"), "xbay \u{202E}cd");
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
