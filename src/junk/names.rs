//! POLICY.md R23: emoji replaced by their names (`emoji="name"`) or by a text. The text is
//! judged with its emoji kept, and the replacements are written in once it is clean, so that
//! nothing they say changes how the rest is judged (`да😂` is `да:joy:`: the Latin letters of
//! `:joy:` do not make `да` a Cyrillic intruder in a Latin word). With names, a short code the
//! text holds already is read as the emoji it names, so that the output cleans to itself.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::standalone::{emoji_name, foreign_letter_at, standalone};
use super::{EmojiAction, JunkOptions, Reason, clusters, find_space};
use crate::unicode;

/// What `:emoji:`, the name of every emoji the data does not name, is read as: one of those, a
/// pictograph with a keycap mark, which starts a cluster next to anything but a ZWJ sequence
/// (two lone regional indicators would make one cluster), and is led by a character beyond
/// ASCII, so that what the segmentation glues to it is cut off as from any emoji (R18; a digit
/// with a tag would keep a Latin mark that follows it).
const UNNAMED: &str = "\u{1F300}\u{20E3}";

/// Each name [`emoji_name`] gives (`:joy:`), with the emoji it names: the first in the data's
/// order, skin tones after their emoji, when two share a name.
fn emoji_by_name() -> &'static HashMap<String, &'static str> {
    static NAMES: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for e in emojis::iter().flat_map(|e| std::iter::once(e).chain(e.skin_tones().into_iter().flatten())) {
            names.entry(emoji_name(e.as_str())).or_insert(e.as_str());
        }
        names.entry(emoji_name(UNNAMED)).or_insert(UNNAMED);
        names
    })
}

/// A character of a name between its colons (see `every_name_is_made_of_name_characters`).
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '+' | '-')
}

/// The short codes of `text` that name an emoji (`:joy:`), leftmost first, none overlapping,
/// with the emoji each names. One look at each byte: a name runs from a colon over name
/// characters, so the colon that can close it is the first character after them.
pub(crate) fn shortcodes(text: &str) -> Vec<(Range<usize>, &'static str)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = bytes.get(from..).and_then(|b| b.iter().position(|&b| b == b':')) {
        let open = from + i;
        let rest = &text[open + 1..];
        let len = rest.find(|c: char| !is_name_char(c)).unwrap_or(rest.len());
        let close = open + 1 + len;
        if len > 0
            && rest[len..].starts_with(':')
            && let Some(&emoji) = emoji_by_name().get(&text[open..=close])
        {
            found.push((open..close + 1, emoji));
            from = close + 1;
        } else {
            from = open + 1;
        }
    }
    found
}

/// `text` with each of its [`shortcodes`] made the emoji it names, and how many there were.
pub(crate) fn emojize(text: &str) -> (Cow<'_, str>, usize) {
    if !text.contains(':') {
        return (Cow::Borrowed(text), 0);
    }
    let codes = shortcodes(text);
    if codes.is_empty() {
        return (Cow::Borrowed(text), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, emoji) in &codes {
        out.push_str(&text[at..range.start]);
        out.push_str(emoji);
        at = range.end;
    }
    out.push_str(&text[at..]);
    (Cow::Owned(out), codes.len())
}

/// Each emoji of `text` that `opts` replace (`emoji="name"` or a text), with what replaces it:
/// the units the scan judges emoji (§1) and keeps, as it does every emoji with these options. A
/// cluster's emoji part goes without what the segmentation glued to it (R18); an ASCII character
/// alone, and a cluster led by a character to keep or drop, are no emoji to replace.
pub(crate) fn emoji_replacements<'t>(
    text: &'t str,
    opts: &JunkOptions,
    mut sink: impl FnMut(Range<usize>, Cow<'t, str>),
) {
    if matches!(opts.emoji, EmojiAction::Remove | EmojiAction::Keep) {
        return;
    }
    // Only tokens holding a character an emoji sequence is made of (each has one beyond ASCII:
    // its base, a selector, a keycap mark or a tag) are segmented, each once.
    let bytes = text.as_bytes();
    let mut pos = 0;
    while let Some(i) = bytes.get(pos..).and_then(|b| b.iter().position(|&b| !b.is_ascii())) {
        let at = pos + i;
        let Some(c) = text[at..].chars().next() else { break };
        pos = at + c.len_utf8();
        if !(unicode::is_emoji(c) || unicode::is_emoji_component(c)) {
            continue;
        }
        let from = text[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = find_space(text, at);
        for (offset, cluster) in clusters(&text[from..end]) {
            let head = &cluster[..foreign_letter_at(cluster).unwrap_or(cluster.len())];
            let Some(base) = head.chars().next() else { continue };
            let listed = |list: &[char]| list.binary_search(&base).is_ok();
            if head.len() == 1 || listed(&opts.keep) || listed(&opts.drop) {
                continue;
            }
            if standalone(head, base, unicode::props(base)) == Some(Reason::Emoji) {
                let with = match &opts.emoji {
                    EmojiAction::Replace(with) => Cow::Owned(with.clone()),
                    _ => Cow::Owned(emoji_name(head)),
                };
                sink(from + offset..from + offset + head.len(), with);
            }
        }
        pos = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_is_made_of_name_characters_and_names_its_emoji() {
        for (name, emoji) in emoji_by_name() {
            let inner = &name[1..name.len() - 1];
            assert!(
                name.starts_with(':') && name.ends_with(':') && !inner.is_empty(),
                "{name}"
            );
            assert!(inner.chars().all(is_name_char), "{name}");
            assert_eq!(&emoji_name(emoji), name);
        }
        assert!(emoji_by_name().len() > 3000);
        assert_eq!(emoji_by_name().get(":emoji:"), Some(&UNNAMED));
    }

    #[test]
    fn shortcodes_are_found_leftmost_first() {
        let codes = |t: &str| {
            shortcodes(t)
                .into_iter()
                .map(|(r, e)| (r, e.to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(codes("да:joy:"), [(4..9, "😂".to_owned())]);
        // `:joy:banana:` names one emoji: the colon that closed `:joy:` opens nothing after it.
        assert_eq!(codes(":joy:banana:").len(), 1);
        assert_eq!(codes("::joy::"), [(1..6, "😂".to_owned())]);
        assert!(codes("12:30:45 :nothing_of_the_kind: a:b").is_empty());
        assert_eq!(emojize(":+1: ok :joy:"), (Cow::Owned("👍 ok 😂".to_owned()), 2));
        assert_eq!(emojize("no codes"), (Cow::Borrowed("no codes"), 0));
    }

    #[test]
    fn replacements_are_the_units_the_scan_keeps_as_emoji() {
        let opts = JunkOptions {
            emoji: EmojiAction::Name,
            ..JunkOptions::default()
        };
        let found = |t: &'static str| {
            let mut out = Vec::new();
            emoji_replacements(t, &opts, |range, with| out.push((&t[range], with.into_owned())));
            out
        };
        assert_eq!(
            found("да😂 👍🏽"),
            [
                ("😂", ":joy:".to_owned()),
                ("👍🏽", ":thumbs_up_medium_skin_tone:".to_owned())
            ]
        );
        // R18: the Thai vowel the segmentation glued to the emoji stays out of it.
        assert_eq!(found("ก🧚🏼ำไร"), [("🧚🏼", ":fairy_medium_light_skin_tone:".to_owned())]);
        // `:emoji:` twice is read as two emoji, named apart.
        assert_eq!(emojize(":emoji::emoji:").0, [UNNAMED, UNNAMED].concat());
        assert_eq!(found("\u{1F300}\u{20E3}\u{1F300}\u{20E3}\u{363}").len(), 2);
        // Not emoji: a pictograph, ASCII; a keycap is one.
        assert!(found("♔ #1").is_empty());
        assert_eq!(found("#\u{FE0F}\u{20E3}"), [("#\u{FE0F}\u{20E3}", ":hash:".to_owned())]);
    }
}
