//! Grapheme clusters of a token, segmented only where a rule can join characters.

use unicode_segmentation::UnicodeSegmentation;

use crate::unicode;

/// The extended grapheme clusters of `token` with their offsets, as `grapheme_indices` finds
/// them, without running the segmentation rules between two ASCII characters: no rule of UAX #29
/// joins them but CR LF (a token holds no line break), and none looks back past one. So an
/// ASCII character followed by another is a cluster of its own, and the rules run on the
/// stretches in between, each starting where two ASCII characters meet — and not even there
/// when every character of the stretch stands alone (most letters, emoji and symbols do).
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
    }
}

/// The iterator of [`pieces`]. The stretch being cut is kept in one of two fields, so that the
/// common one (every character a cluster) never moves the state of the segmentation rules.
pub(super) struct Pieces<'t> {
    token: &'t str,
    /// Where the next stretch starts.
    at: usize,
    /// A stretch whose characters each stand alone, and where it starts.
    chars: Option<(usize, std::str::CharIndices<'t>)>,
    /// A stretch cut by the segmentation rules, and where it starts.
    graphemes: Option<(usize, unicode_segmentation::GraphemeIndices<'t>)>,
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
            // The stretch ends where two ASCII characters meet.
            let mut end = start + 1;
            while end < bytes.len() && !(bytes[end - 1].is_ascii() && bytes[end].is_ascii()) {
                end += 1;
            }
            self.at = end;
            let part = token.get(start..end)?;
            if part.chars().all(unicode::stands_alone) {
                self.chars = Some((start, part.char_indices()));
            } else {
                self.graphemes = Some((start, part.grapheme_indices(true)));
            }
        }
    }
}
