//! Emoji facts: which grapheme clusters are emoji, and their entries in the emoji data (CLDR
//! names and GitHub short codes, from the `emojis` crate).

/// Whether a grapheme cluster is an emoji: shown as one by default, or made one by U+FE0F, a
/// keycap, a skin tone, a ZWJ to another emoji, or tag characters; flags and lone regional
/// indicators too.
pub(crate) fn is_emoji_cluster(cluster: &str) -> bool {
    let mut chars = cluster.chars();
    let Some(base) = chars.next() else {
        return false;
    };
    if base.is_ascii() && cluster.len() == 1 {
        return false;
    }
    if super::is_regional_indicator(base) || super::is_emoji_presentation(base) {
        return true;
    }
    if !super::is_emoji(base) {
        return false;
    }
    let rest = chars.as_str();
    let joined = rest.find(super::ZWJ).is_some_and(|i| i + 3 < rest.len());
    joined
        || rest
            .chars()
            .any(|c| c == super::VS16 || c == super::KEYCAP || super::is_emoji_modifier(c) || super::is_tag(c))
}

/// The emoji data entry for a cluster, whatever its qualification: `☺`, `☺️` and a sequence
/// missing its U+FE0F all find theirs.
pub(crate) fn lookup(cluster: &str) -> Option<&'static emojis::Emoji> {
    emojis::get(cluster).or_else(|| {
        let bare: String = cluster.chars().filter(|&c| c != super::VS16).collect();
        emojis::get(&bare).or_else(|| emojis::get(&format!("{bare}\u{FE0F}")))
    })
}
