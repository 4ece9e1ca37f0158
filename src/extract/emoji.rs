//! Emoji: every grapheme cluster that is an emoji (sequences included), with its CLDR name.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// The emoji data entry for a cluster, whatever its qualification: `☺`, `☺️` and a sequence
/// missing its U+FE0F all find theirs.
pub(crate) fn lookup(cluster: &str) -> Option<&'static emojis::Emoji> {
    emojis::get(cluster).or_else(|| {
        let bare: String = cluster.chars().filter(|&c| c != crate::unicode::VS16).collect();
        emojis::get(&bare).or_else(|| emojis::get(&format!("{bare}\u{FE0F}")))
    })
}

/// Finds the emoji in `text`, each a whole grapheme cluster (a ZWJ family, a flag, a keycap,
/// a skin-toned hand), with its CLDR name when the emoji data knows it.
pub(crate) fn find(text: &str, out: &mut Vec<(Range<usize>, Option<&'static str>)>) {
    let Some(first) = text.bytes().position(|b| !b.is_ascii()) else {
        return;
    };
    // A keycap starts with its ASCII base: segment from the character before the first
    // non-ASCII one (before an ASCII character there is always a cluster boundary).
    let from = first.saturating_sub(1);
    for (i, cluster) in text[from..].grapheme_indices(true) {
        if cluster.len() > 1 && crate::junk::is_emoji_cluster(cluster) {
            let start = from + i;
            out.push((start..start + cluster.len(), lookup(cluster).map(emojis::Emoji::name)));
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
