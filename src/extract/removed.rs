//! What `clean` removes, in the text as given: junk is removed in passes until none is left
//! (a removal can expose more), so the junk found in later passes is mapped back through the
//! removals before it.

use crate::clean::{Junk, MAX_PASSES};
use crate::junk::{self, JunkOptions};

/// Every edit `clean`'s junk step makes to `text`, as byte ranges of `text`, in order. An item
/// found in a later pass that spans earlier removals comes back as its pieces.
pub(crate) fn junk(text: &str, opts: &JunkOptions) -> Vec<Junk> {
    let mut found = Vec::new();
    // The text of the current pass, and for each of its bytes the byte of `text` it came
    // from (None for replacement text).
    let mut current = text.to_owned();
    let mut origin: Option<Vec<Option<usize>>> = None;
    for _ in 0..MAX_PASSES {
        let mut edits = Vec::new();
        junk::scan(&current, opts, |e| {
            edits.push((e.range, e.reason, e.replacement.into_owned()));
        });
        if edits.is_empty() {
            break;
        }
        let map = origin.take().unwrap_or_else(|| (0..text.len()).map(Some).collect());
        let mut next = String::with_capacity(current.len());
        let mut next_origin = Vec::with_capacity(map.len());
        let mut at = 0;
        for (range, reason, replacement) in edits {
            next.push_str(&current[at..range.start]);
            next_origin.extend_from_slice(&map[at..range.start]);
            next.push_str(&replacement);
            next_origin.extend(std::iter::repeat_n(None, replacement.len()));
            pieces(&map[range.clone()], |start, end| {
                found.push(Junk {
                    start,
                    end,
                    reason,
                    replacement: replacement.clone(),
                });
            });
            at = range.end;
        }
        next.push_str(&current[at..]);
        next_origin.extend_from_slice(&map[at..]);
        current = next;
        origin = Some(next_origin);
    }
    found.sort_by_key(|j| j.start);
    found
}

/// Calls `emit` with each run of consecutive original bytes in `map`.
fn pieces(map: &[Option<usize>], mut emit: impl FnMut(usize, usize)) {
    let mut run: Option<(usize, usize)> = None;
    for &byte in map {
        match (run, byte) {
            (Some((s, e)), Some(b)) if b == e => run = Some((s, e + 1)),
            (_, b) => {
                if let Some((s, e)) = run {
                    emit(s, e);
                }
                run = b.map(|b| (b, b + 1));
            }
        }
    }
    if let Some((s, e)) = run {
        emit(s, e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(text: &str) -> Vec<(&str, &'static str)> {
        junk(text, &JunkOptions::default())
            .into_iter()
            .map(|j| (&text[j.start..j.end], j.reason.as_str()))
            .collect()
    }

    #[test]
    fn later_passes_map_back() {
        // The emoji goes first; only then is the styled letter glued to `its`.
        let text = "𝐆🍌its";
        assert_eq!(crate::clean(text), "its");
        assert_eq!(removed(text), [("𝐆", "styled"), ("🍌", "emoji")]);
    }

    #[test]
    fn pieces_split_at_gaps() {
        let mut out = Vec::new();
        pieces(&[Some(0), Some(1), None, Some(5), Some(6), Some(8)], |s, e| {
            out.push((s, e));
        });
        assert_eq!(out, [(0, 2), (5, 7), (8, 9)]);
    }
}
