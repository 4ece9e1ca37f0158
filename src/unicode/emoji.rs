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

/// Where the emoji sequence or pictograph that leads `cluster` ends: before the first letter or
/// mark of a script that the segmentation glued to it (a Thai vowel, a vowel sign: POLICY.md
/// R18), or `None` when nothing follows it, or it is led by no emoji character beyond ASCII and
/// no pictograph (`🈗`, which is no emoji).
pub(crate) fn glued_after(cluster: &str) -> Option<usize> {
    let mut chars = cluster.char_indices();
    let (_, base) = chars.next()?;
    let props = super::props(base);
    if base.is_ascii() || !(props.is_emoji() || props.is_pictographic() || super::is_regional_indicator(base)) {
        return None;
    }
    chars
        .find(|&(_, c)| {
            let props = super::props(c);
            matches!(
                props.group(),
                super::GeneralCategoryGroup::Letter | super::GeneralCategoryGroup::Mark
            ) && super::is_specific(props.scx(c))
        })
        .map(|(i, _)| i)
}
