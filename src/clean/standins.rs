//! R24: the replacement texts of the options (`urls="<URL>"`, `emoji="<E>"`, …) are no part of
//! the text being judged. Where the text holds one, it is judged with a mark of punctuation in
//! its place (a *stand-in*, which no rule removes and which counts as no letter), and written
//! back once the junk passes are done.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::ops::Range;

/// The marks a replacement text can stand in as: ASCII and Latin-1 punctuation and symbols and
/// general punctuation that every rule keeps wherever it stands (see `junk::single::is_plain`),
/// that NFC leaves alone, that are neither closing punctuation, which the tidying of
/// whitespace pulls to the word before it, nor a character that word boundaries do not cut
/// (`'`, `.`, `:`, `_`, `·`), nor the start of an emoji (`#`, `*`: a keycap).
const MARKS: [char; 23] = [
    '|', '~', '^', '<', '>', '=', '+', '\\', '&', '$', '@', '/', '`', '"', '§', '¶', '¡', '¿', '†', '‡', '•', '‣', '‖',
];

/// The replacement texts of a text, each with the mark it stands in as there.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct StandIns<'o> {
    /// (mark, replacement text).
    marks: Vec<(char, &'o str)>,
}

impl<'o> StandIns<'o> {
    /// The stand-ins for `texts` (non-empty, distinct) in `text`: a mark for each that `text`
    /// does not hold and the options do not drop. `None` when `text` holds none of `texts`, or,
    /// in a text that holds almost every mark, when too few marks are left (the replacement
    /// texts are then judged as text).
    pub(super) fn find(texts: &'o [String], text: &str, drop: &[char]) -> Option<Self> {
        if !texts.iter().any(|t| text.contains(t.as_str())) {
            return None;
        }
        let free = MARKS.iter().filter(|m| !drop.contains(m) && !text.contains(**m));
        let marks: Vec<(char, &str)> = free.copied().zip(texts.iter().map(String::as_str)).collect();
        (marks.len() == texts.len()).then_some(StandIns { marks })
    }

    /// `text` with each replacement text it holds replaced by its mark (see
    /// [`StandIns::pieces`]).
    pub(super) fn read(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut pos = 0;
        for (range, mark) in self.pieces(text) {
            out.push_str(&text[pos..range.start]);
            out.push(mark);
            pos = range.end;
        }
        out.push_str(&text[pos..]);
        out
    }

    /// Where `text` holds a replacement text, and its mark: the leftmost first, the longest of
    /// those that start there.
    pub(super) fn pieces(&self, text: &str) -> Vec<(Range<usize>, char)> {
        let mut found = Vec::new();
        // The next place each replacement text is found at, from `pos` on: each text is searched
        // forward only, so the whole reading is linear in the text for given options.
        let mut next: Vec<Option<usize>> = self.marks.iter().map(|(_, t)| text.find(t)).collect();
        let mut pos = 0;
        loop {
            for ((_, t), at) in self.marks.iter().zip(&mut next) {
                if at.is_some_and(|a| a < pos) {
                    *at = text[pos..].find(t).map(|i| pos + i);
                }
            }
            let first = self
                .marks
                .iter()
                .zip(&next)
                .filter_map(|(&(mark, t), at)| at.map(|at| (at, Reverse(t.len()), mark)))
                .min();
            let Some((at, Reverse(len), mark)) = first else {
                break;
            };
            found.push((at..at + len, mark));
            pos = at + len;
        }
        found
    }

    /// `text` with each mark written back as the replacement text it stands for.
    pub(super) fn write<'t>(&self, text: Cow<'t, str>) -> Cow<'t, str> {
        if !text.contains(|c| self.marks.iter().any(|&(m, _)| m == c)) {
            return text;
        }
        let mut out = String::with_capacity(text.len());
        // Marks the judging left on a replacement text go (R24): they would join it.
        let mut after_text = false;
        for c in text.chars() {
            match self.marks.iter().find(|&&(m, _)| m == c) {
                Some((_, t)) => {
                    out.push_str(t);
                    after_text = true;
                }
                None if after_text && is_mark(c) => {}
                None => {
                    out.push(c);
                    after_text = false;
                }
            }
        }
        Cow::Owned(out)
    }

    /// Whether a replacement text written back may not be NFC next to what surrounds it.
    pub(super) fn may_compose(&self) -> bool {
        self.marks.iter().any(|(_, t)| !t.is_ascii())
    }
}

/// Whether `c` is a mark (`M`), which joins the character before it.
pub(super) fn is_mark(c: char) -> bool {
    crate::unicode::props(c).group() == crate::unicode::GeneralCategoryGroup::Mark
}

/// `text` with the replacement texts it holds read as marks, and what [`write_back`] needs: the
/// marks, and `text` as it was.
pub(super) fn read<'t, 'o>(
    replacements: &'o [String],
    drop: &[char],
    text: Cow<'t, str>,
) -> (Cow<'t, str>, Option<(StandIns<'o>, Cow<'t, str>)>) {
    match StandIns::find(replacements, &text, drop) {
        Some(stand_ins) => (Cow::Owned(stand_ins.read(&text)), Some((stand_ins, text))),
        None => (text, None),
    }
}

/// `text` with the marks that [`read`] gave written back as their replacement texts; the text
/// as it was given to [`read`] when that is what comes back. `changed` is set when the text may
/// need composing again.
pub(super) fn write_back<'t>(
    read: Option<(StandIns<'_>, Cow<'t, str>)>,
    text: Cow<'t, str>,
    changed: &mut bool,
) -> Cow<'t, str> {
    let Some((stand_ins, given)) = read else { return text };
    let text = stand_ins.write(text);
    if text == given {
        // Borrowed, if it was.
        return given;
    }
    *changed |= stand_ins.may_compose();
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|&t| t.to_owned()).collect()
    }

    #[test]
    fn the_leftmost_and_longest_text_is_read() {
        let given = texts(&["<N>", "<NUM>", "UM"]);
        let found = StandIns::find(&given, "a <NUM> <N> UM", &[]);
        assert!(found.is_some());
        let Some(s) = found else { return };
        let read = s.read("a <NUM> <N> UM");
        assert_eq!(read, "a ~ | ^");
        assert_eq!(s.write(Cow::Owned(read)), "a <NUM> <N> UM");
    }

    #[test]
    fn marks_the_text_holds_or_drops_are_not_taken() {
        let given = texts(&["<N>"]);
        let found = StandIns::find(&given, "|~ <N>", &['^']);
        assert!(found.is_some());
        let Some(s) = found else { return };
        // `<` and `>` are in the replacement text, and so in the text.
        assert_eq!(s.read("|~ <N>"), "|~ =");
        assert_eq!(s.write(Cow::Owned("|~ =".into())), "|~ <N>");
    }

    #[test]
    fn nothing_to_read_or_too_few_marks() {
        assert_eq!(StandIns::find(&texts(&["<N>"]), "no replacement here", &[]), None);
        let every_mark: String = MARKS.iter().collect();
        assert_eq!(
            StandIns::find(&texts(&["<N>"]), &format!("{every_mark} <N>"), &[]),
            None
        );
    }

    #[test]
    fn reading_is_linear_in_overlapping_texts() {
        // Each text is searched forward from where the last one read ended.
        let text = "ab".repeat(10_000);
        let given = texts(&["aba", "bab"]);
        let found = StandIns::find(&given, &text, &[]);
        assert!(found.is_some());
        let Some(s) = found else { return };
        let read = s.read(&text);
        assert_eq!(s.write(Cow::Owned(read)), text);
    }
}
