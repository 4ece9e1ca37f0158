//! Emoji: every grapheme cluster that is an emoji (sequences included), with its CLDR name.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::unicode::emoji::{glued_after, is_emoji_cluster, lookup};

/// Finds the emoji in `text`, each a whole grapheme cluster (a ZWJ family, a flag, a keycap,
/// a skin-toned hand), with its CLDR name when the emoji data knows it.
pub(crate) fn find(text: &str, out: &mut Vec<(Range<usize>, Option<&'static str>)>) {
    let bytes = text.as_bytes();
    let mut at = 0;
    // Only runs of non-ASCII characters are segmented: every emoji has a non-ASCII character,
    // and all but keycaps start with one. A keycap starts with its ASCII base, so a run starts
    // one character early after a digit, `#` or `*`.
    while let Some(offset) = bytes[at..].iter().position(|b| !b.is_ascii()) {
        let mut start = at + offset;
        let keycap_base = start > 0 && matches!(bytes[start - 1], b'0'..=b'9' | b'#' | b'*');
        if keycap_base {
            start -= 1;
        }
        at = text.len();
        for (i, cluster) in text[start..].grapheme_indices(true) {
            let cluster_start = start + i;
            if cluster.is_ascii() && !(keycap_base && i == 0) {
                at = cluster_start + cluster.len();
                break;
            }
            // A letter or mark of a script glued to the emoji is no part of it (R18).
            let cluster = cluster
                .get(..glued_after(cluster).unwrap_or(cluster.len()))
                .unwrap_or(cluster);
            if is_emoji_cluster(cluster) {
                let range = cluster_start..cluster_start + cluster.len();
                out.push((range, lookup(cluster).map(emojis::Emoji::name)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, Option<&'static str>)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.into_iter().map(|(r, n)| (&text[r], n)).collect()
    }

    #[test]
    fn sequences_are_one_emoji() {
        let text = "a👨‍👩‍👧b🇫🇷🇩🇪 1️⃣ 👍🏽 🏴󠁧󠁢󠁥󠁮󠁧󠁿 ❤️ ☺ © 9";
        let names: Vec<_> = found(text).into_iter().map(|(e, n)| (e, n.unwrap_or("?"))).collect();
        assert_eq!(
            names,
            [
                ("👨‍👩‍👧", "family: man, woman, girl"),
                ("🇫🇷", "flag: France"),
                ("🇩🇪", "flag: Germany"),
                ("1️⃣", "keycap: 1"),
                ("👍🏽", "thumbs up: medium skin tone"),
                ("🏴󠁧󠁢󠁥󠁮󠁧󠁿", "flag: England"),
                ("❤️", "red heart"),
            ]
        );
    }

    #[test]
    fn a_letter_glued_to_an_emoji_is_no_part_of_it() {
        assert_eq!(found("ก🧚🏼ำไร"), [("🧚🏼", Some("fairy: medium-light skin tone"))]);
    }

    #[test]
    fn a_digit_before_other_text_is_no_keycap() {
        assert_eq!(found("1é 2🍌 #️⃣"), [("🍌", Some("banana")), ("#️⃣", Some("keycap: #"))]);
    }

    #[test]
    fn every_emoji_in_the_data_is_one_item() {
        for e in emojis::iter().flat_map(|e| std::iter::once(e).chain(e.skin_tones().into_iter().flatten())) {
            let text = format!("x {} y", e.as_str());
            let got = found(&text);
            assert_eq!(got.len(), 1, "{e:?} gave {got:?}");
            assert_eq!(got[0].0, e.as_str());
            assert_eq!(got[0].1, Some(e.name()), "{e:?}");
        }
    }
}
