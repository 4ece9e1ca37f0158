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
pub(super) fn pieces(token: &str) -> impl Iterator<Item = (usize, Piece<'_>)> {
    let bytes = token.as_bytes();
    let mut at = 0;
    let mut stretch: Option<(usize, Stretch<'_>)> = None;
    // Whether the byte at `i` is ASCII followed by ASCII or nothing: a cluster of its own.
    let alone = move |i: usize| bytes.get(i).is_some_and(u8::is_ascii) && bytes.get(i + 1).is_none_or(u8::is_ascii);
    std::iter::from_fn(move || {
        loop {
            if let Some((offset, pieces)) = &mut stretch {
                if let Some((i, cluster)) = pieces.next() {
                    return Some((*offset + i, Piece::Cluster(cluster)));
                }
                stretch = None;
            }
            let &b = bytes.get(at)?;
            if alone(at) {
                let start = at;
                if !b.is_ascii_graphic() {
                    at += 1;
                    return token.get(start..at).map(|c| (start, Piece::Cluster(c)));
                }
                while alone(at) && bytes[at].is_ascii_graphic() {
                    at += 1;
                }
                return token.get(start..at).map(|run| (start, Piece::Ascii(run)));
            }
            let start = at;
            at = (at + 1..bytes.len())
                .find(|&j| bytes[j - 1].is_ascii() && bytes[j].is_ascii())
                .unwrap_or(bytes.len());
            let part = token.get(start..at)?;
            let pieces = if part.chars().all(unicode::stands_alone) {
                Stretch::Chars(part.char_indices())
            } else {
                Stretch::Graphemes(part.grapheme_indices(true))
            };
            stretch = Some((start, pieces));
        }
    })
}

/// The clusters of a stretch of a token: one per character when every character stands alone
/// (see [`unicode::stands_alone`]), else found by the segmentation rules.
enum Stretch<'t> {
    Chars(std::str::CharIndices<'t>),
    Graphemes(unicode_segmentation::GraphemeIndices<'t>),
}

impl<'t> Iterator for Stretch<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Stretch::Chars(chars) => {
                let rest = chars.as_str();
                let (i, c) = chars.next()?;
                Some((i, &rest[..c.len_utf8()]))
            }
            Stretch::Graphemes(graphemes) => graphemes.next(),
        }
    }
}
