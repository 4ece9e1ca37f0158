//! What `clean` removes, in the text as given: junk is removed in passes until none is left
//! (a removal can expose more), so the junk found in later passes is mapped back through the
//! removals before it.

use std::borrow::Cow;

use crate::clean::{Junk, MAX_PASSES};
use crate::junk::{self, JunkOptions};

/// Where a byte of a later pass's text came from.
#[derive(Clone, Copy)]
enum Origin {
    /// This byte of the text as given.
    Given(usize),
    /// The replacement text of this found edit.
    Inserted(usize),
}

/// Every edit `clean`'s junk step makes to `text`, as byte ranges of `text`, in order. An item
/// found in a later pass that spans earlier removals comes back as its pieces; one that changes
/// an earlier replacement (a folded styled word then removed) changes that edit's replacement.
pub(crate) fn junk(text: &str, opts: &JunkOptions) -> Vec<Junk> {
    let mut found: Vec<Junk> = Vec::new();
    let mut current = Cow::Borrowed(text);
    let mut origin: Vec<Origin> = Vec::new();
    for pass in 0..MAX_PASSES {
        let mut edits = Vec::new();
        junk::scan(&current, opts, |e| {
            edits.push((e.range, e.reason, e.replacement.into_owned()));
        });
        if edits.is_empty() {
            break;
        }
        if pass == 0 {
            origin = (0..text.len()).map(Origin::Given).collect();
        }
        let mut next = String::with_capacity(current.len());
        let mut next_origin = Vec::with_capacity(origin.len());
        let mut at = 0;
        for (range, reason, replacement) in edits {
            next.push_str(&current[at..range.start]);
            next_origin.extend_from_slice(&origin[at..range.start]);
            let covered = &origin[range.clone()];
            let owner = covered.iter().find_map(|o| match o {
                Origin::Inserted(k) => Some(*k),
                Origin::Given(_) => None,
            });
            let first_piece = found.len();
            given_runs(covered, |start, end| {
                found.push(Junk {
                    start,
                    end,
                    reason,
                    replacement: String::new(),
                });
            });
            let holder = owner.unwrap_or(first_piece);
            next.push_str(&replacement);
            next_origin.extend(std::iter::repeat_n(Origin::Inserted(holder), replacement.len()));
            at = range.end;
        }
        next.push_str(&current[at..]);
        next_origin.extend_from_slice(&origin[at..]);
        // Each edit's replacement is what its inserted bytes have become.
        rebuild_replacements(&mut found, &next, &next_origin);
        current = Cow::Owned(next);
        origin = next_origin;
    }
    found.sort_by_key(|j| j.start);
    found
}

/// Sets each found edit's replacement to the bytes of `text` inserted on its behalf.
fn rebuild_replacements(found: &mut [Junk], text: &str, origin: &[Origin]) {
    for j in found.iter_mut() {
        j.replacement.clear();
    }
    let mut at = 0;
    while at < origin.len() {
        let Origin::Inserted(k) = origin[at] else {
            at += 1;
            continue;
        };
        let end = origin[at..]
            .iter()
            .position(|o| !matches!(o, Origin::Inserted(i) if *i == k))
            .map_or(origin.len(), |n| at + n);
        if let (Some(j), Some(piece)) = (found.get_mut(k), text.get(at..end)) {
            j.replacement.push_str(piece);
        }
        at = end;
    }
}

/// Calls `emit` with each run of consecutive bytes of the text as given in `origin`.
fn given_runs(origin: &[Origin], mut emit: impl FnMut(usize, usize)) {
    let mut run: Option<(usize, usize)> = None;
    for o in origin {
        match (run, *o) {
            (Some((s, e)), Origin::Given(b)) if b == e => run = Some((s, e + 1)),
            (_, o) => {
                if let Some((s, e)) = run {
                    emit(s, e);
                }
                run = match o {
                    Origin::Given(b) => Some((b, b + 1)),
                    Origin::Inserted(_) => None,
                };
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
    fn a_later_pass_can_change_an_earlier_replacement() {
        let text = "𝐆𝐆.ౠ";
        let found = junk(text, &JunkOptions::default());
        let edits: Vec<_> = found
            .iter()
            .map(|j| (&text[j.start..j.end], j.replacement.as_str()))
            .collect();
        assert_eq!(crate::clean(text), ".ౠ");
        assert_eq!(edits, [("𝐆", ""), ("𝐆", "")]);
    }

    #[test]
    fn runs_split_at_gaps() {
        let mut out = Vec::new();
        let origin = [0, 1, 9, 5, 6, 8].map(|b| if b == 9 { Origin::Inserted(0) } else { Origin::Given(b) });
        given_runs(&origin, |s, e| {
            out.push((s, e));
        });
        assert_eq!(out, [(0, 2), (5, 7), (8, 9)]);
    }
}
