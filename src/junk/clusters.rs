//! Grapheme clusters of a token, segmented only where a rule can join characters.

use unicode_segmentation::UnicodeSegmentation;

use crate::unicode;

/// The extended grapheme clusters of `token` with their offsets, as `grapheme_indices` finds
/// them, without running the segmentation rules between two ASCII characters: no rule of UAX #29
/// joins them but CR LF (a token holds no line break), and none looks back past one. So an
/// ASCII character followed by another is a cluster of its own, and the rules run on the
/// stretches in between, each starting where two ASCII characters meet — and within those only
/// around the characters that do not stand alone (most letters, emoji and symbols do; see
/// [`cut`]).
pub(super) fn clusters(token: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pieces = pieces(token);
    let mut run: Option<(usize, &str)> = None;
    std::iter::from_fn(move || {
        loop {
            if let Some((offset, rest)) = &mut run
                && let Some(first) = rest.get(..1)
            {
                let at = *offset;
                (*offset, *rest) = (at + 1, &rest[1..]);
                return Some((at, first));
            }
            match pieces.next()? {
                (offset, Piece::Ascii(chars)) => run = Some((offset, chars)),
                (offset, Piece::Cluster(cluster)) => return Some((offset, cluster)),
            }
        }
    })
}

/// The end of the extended grapheme cluster of `token` that starts at byte `at`, or `None` if
/// no cluster starts there.
pub(super) fn cluster_at(token: &str, at: usize) -> Option<usize> {
    let mut cursor = unicode_segmentation::GraphemeCursor::new(at, token.len(), true);
    if !cursor.is_boundary(token, 0).ok()? {
        return None;
    }
    cursor.next_boundary(token, 0).ok().flatten()
}

/// A piece of a token, as [`clusters`] cuts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Piece<'t> {
    /// Printable ASCII characters, each a cluster of its own.
    Ascii(&'t str),
    /// One cluster.
    Cluster(&'t str),
}

/// [`clusters`], with each run of printable ASCII characters that are clusters of their own in
/// one piece, for the walks that take such characters in bulk.
pub(super) fn pieces(token: &str) -> Pieces<'_> {
    Pieces {
        token,
        at: 0,
        chars: None,
        graphemes: None,
        stretch_end: 0,
    }
}

/// The iterator of [`pieces`]. The stretch being cut is kept in one of two fields, so that the
/// common one (every character a cluster) never moves the state of the segmentation rules.
pub(super) struct Pieces<'t> {
    token: &'t str,
    /// Where the next stretch starts.
    at: usize,
    /// Characters that each stand alone, and where they start.
    chars: Option<(usize, std::str::CharIndices<'t>)>,
    /// A stretch cut by the segmentation rules, and where it starts.
    graphemes: Option<(usize, unicode_segmentation::GraphemeIndices<'t>)>,
    /// Where the last stretch found ends (two ASCII characters meet there): [`cut`] may take
    /// only its start, and the rest starts before that end, which is not sought again (a token
    /// of many characters that do not stand alone would be walked to that end once each).
    stretch_end: usize,
}

impl<'t> Iterator for Pieces<'t> {
    type Item = (usize, Piece<'t>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some((offset, chars)) = &mut self.chars {
                let rest = chars.as_str();
                if let Some((i, c)) = chars.next() {
                    return Some((*offset + i, Piece::Cluster(&rest[..c.len_utf8()])));
                }
                self.chars = None;
            }
            if let Some((offset, graphemes)) = &mut self.graphemes {
                if let Some((i, cluster)) = graphemes.next() {
                    return Some((*offset + i, Piece::Cluster(cluster)));
                }
                self.graphemes = None;
            }
            let (token, bytes, start) = (self.token, self.token.as_bytes(), self.at);
            // Whether the byte at `i` is ASCII followed by ASCII or nothing: a cluster of its own.
            let alone = |i: usize| bytes.get(i).is_some_and(u8::is_ascii) && bytes.get(i + 1).is_none_or(u8::is_ascii);
            let &b = bytes.get(start)?;
            if alone(start) {
                let mut at = start + 1;
                if !b.is_ascii_graphic() {
                    self.at = at;
                    return token.get(start..at).map(|c| (start, Piece::Cluster(c)));
                }
                while alone(at) && bytes[at].is_ascii_graphic() {
                    at += 1;
                }
                self.at = at;
                return token.get(start..at).map(|run| (start, Piece::Ascii(run)));
            }
            // The stretch ends where two ASCII characters meet: the first place after `start`,
            // which is the last stretch's end if `start` is before it.
            let mut end = start + 1;
            if self.stretch_end > start {
                end = self.stretch_end;
            }
            while end < bytes.len() && !(bytes[end - 1].is_ascii() && bytes[end].is_ascii()) {
                end += 1;
            }
            self.stretch_end = end;
            let part = token.get(start..end)?;
            let (alone, rules) = cut(part);
            self.at = start + rules.end;
            if !alone.is_empty() {
                self.chars = part.get(alone.clone()).map(|chars| (start, chars.char_indices()));
            }
            if !rules.is_empty() {
                self.graphemes = part
                    .get(rules.clone())
                    .map(|rest| (start + rules.start, rest.grapheme_indices(true)));
            }
        }
    }
}

/// Where the rules must cut `part` (a stretch of [`Pieces`]): its characters up to `alone.end`
/// each stand alone and are clusters of their own, and the rules run on `rules`, which follows
/// and ends at the end of `part` or between two characters that stand alone. No rule joins two
/// such characters, and none looks back past them (the rules that look further back need a ZWJ,
/// a virama or a regional indicator on the way, none of which stands alone), so the clusters of
/// `part` are those of the two pieces, and what comes after `rules` is a stretch of its own.
fn cut(part: &str) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let mut chars = part.char_indices();
    // The start of the last character that stands alone before the first that does not.
    let mut last_alone: Option<usize> = None;
    let mut rules_start = None;
    for (i, c) in chars.by_ref() {
        if unicode::stands_alone(c) {
            last_alone = Some(i);
            continue;
        }
        // The character before this one may join it: the rules start there.
        rules_start = Some(last_alone.unwrap_or(i));
        break;
    }
    let Some(rules_start) = rules_start else {
        return (0..part.len(), part.len()..part.len());
    };
    // The rules end between the first two characters after it that stand alone.
    let mut before_alone = false;
    for (i, c) in chars {
        let alone = unicode::stands_alone(c);
        if before_alone && alone {
            return (0..rules_start, rules_start..i);
        }
        before_alone = alone;
    }
    (0..rules_start, rules_start..part.len())
}
