//! §4 and R10: removals leave no trace in the whitespace — no double space, no space before
//! closing punctuation, no space at the start or end of a line that a removal created — and
//! every other whitespace stays as the author put it.

use super::chars;

/// A pass's result before tidying: text kept, a removal, or text put in place of a unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Kept(String),
    Removed,
    Inserted(String),
}

pub fn tidy(pieces: &[Piece]) -> String {
    let mut out = String::new();
    // Whether something was removed since the last text written.
    let mut after_removal = false;
    for piece in pieces {
        match piece {
            Piece::Removed => after_removal = true,
            Piece::Kept(s) | Piece::Inserted(s) => {
                if s.is_empty() {
                    continue;
                }
                if !after_removal {
                    out.push_str(s);
                    continue;
                }
                let mut s = s.as_str();
                let trimmed = s.trim_start_matches(chars::is_horizontal_space);
                let spaced = trimmed.len() != s.len();
                // The space after a removal goes where there is one before it (the double
                // space the removal made), at the start of a line, or after opening
                // punctuation: `a 🍌 b` → `a b`, `🍌 x` → `x`, `( 🍌 x)` → `(x)`.
                let space_before = out
                    .chars()
                    .next_back()
                    .is_none_or(|c| chars::is_horizontal_space(c) || c == '\n' || c == '\r' || chars::is_opening(c));
                if spaced && space_before {
                    s = trimmed;
                    if s.is_empty() {
                        continue;
                    }
                }
                if s.starts_with(['\n', '\r']) {
                    // No trailing space on a line that a removal created.
                    trim_end(&mut out);
                } else if !spaced && s.starts_with(chars::is_closing) {
                    // No space before closing punctuation, unless the author put one there
                    // (R10: `pas 🍌 »` → `pas »`).
                    trim_end(&mut out);
                }
                after_removal = false;
                out.push_str(s);
            }
        }
    }
    if after_removal {
        // No trailing space at the end of the text that a removal created.
        trim_end(&mut out);
    }
    out
}

fn trim_end(out: &mut String) {
    let kept = out.trim_end_matches(chars::is_horizontal_space).len();
    out.truncate(kept);
}
