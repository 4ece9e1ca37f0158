//! §1: what is junk whatever surrounds it — emoji, pictographic symbols, invisible characters
//! — and the debris inside a cluster that is otherwise kept (orphan selectors, keycaps, skin
//! tones and tags; R13; R7 foreign marks).

use super::chars::{self, KEYCAP, VS15, VS16, ZWJ, ZWNJ};
use super::token::{Fate, Kind, Unit};
use super::usage::Usage;
use super::{EmojiMode, Options};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Emoji,
    Symbol,
    Invisible,
}

/// §1 emoji: a grapheme cluster shown as an emoji by default (`Emoji_Presentation`), a flag
/// or lone regional indicator, or a character that can be an emoji made one by U+FE0F, a
/// keycap, a skin tone, tag characters or a ZWJ to something more.
pub fn is_emoji_cluster(cluster: &[char]) -> bool {
    let base = cluster[0];
    if chars::is_regional_indicator(base) || chars::is_emoji_presentation(base) {
        return true;
    }
    if !chars::is_emoji(base) || cluster.len() == 1 {
        return false;
    }
    let rest = &cluster[1..];
    let zwj_to_more = rest.iter().position(|&c| c == ZWJ).is_some_and(|i| i + 1 < rest.len());
    zwj_to_more
        || rest
            .iter()
            .any(|&c| c == VS16 || c == KEYCAP || chars::is_modifier(c) || chars::is_tag(c))
}

/// Why a unit is junk whatever surrounds it (§1), if it is.
pub fn junk_alone(unit: &Unit) -> Option<Reason> {
    let base = unit.base();
    if is_emoji_cluster(&unit.chars) {
        Some(Reason::Emoji)
    } else if chars::is_pictographic(base) {
        Some(Reason::Symbol)
    } else if unit.kind == Kind::Joiner {
        // A joiner on its own is judged by its neighbours (joiners.rs).
        None
    } else if chars::is_invisible(base)
        || chars::is_emoji_part(base)
        || chars::is_variation_selector(base)
        || base == ZWNJ
    {
        // §1 invisible; R13 and §1 "nothing of a removed sequence may remain": a selector,
        // keycap, skin tone, tag or joiner with nothing before it to belong to.
        Some(Reason::Invisible)
    } else {
        None
    }
}

/// Applies §1 to every unit of a token: junk units go (or are named, or kept as asked), and
/// the debris inside kept clusters goes.
pub fn apply(units: &mut [Unit], fates: &mut [Fate], opts: Options, usage: &Usage) {
    for unit in units.iter_mut() {
        match junk_alone(unit) {
            Some(reason) => {
                if reason != Reason::Symbol {
                    unit.kind = Kind::Other;
                }
                let verdict = match reason {
                    Reason::Emoji => match opts.emoji {
                        EmojiMode::Remove => Some(String::new()),
                        EmojiMode::Keep => None,
                        EmojiMode::Name => Some(emoji_name(&unit.text())),
                    },
                    Reason::Symbol => opts.symbols.then(String::new),
                    // §6: the controls of a switch set to `"keep"` are never removed.
                    Reason::Invisible => (opts.invisible && !opts.keeps(unit.base())).then(String::new),
                };
                match verdict {
                    Some(with) => super::replace_unit(unit, fates, &with),
                    None => unit.forced = true,
                }
            }
            None => {
                if unit.kind != Kind::Joiner {
                    debris(unit, fates, opts, usage);
                }
            }
        }
    }
}

/// The characters after the first of a kept cluster that belong to no emoji and to no script
/// of their base.
fn debris(unit: &Unit, fates: &mut [Fate], opts: Options, usage: &Usage) {
    let base = unit.base();
    for (i, &c) in unit.chars.iter().enumerate().skip(1) {
        // R13: a text-presentation selector stays after a character that can be an emoji;
        // selectors after anything else, and keycaps, skin tones and tags outside an emoji,
        // are orphans.
        let orphan = ((c == VS15 || c == VS16) && !chars::is_emoji(base))
            || c == KEYCAP
            || chars::is_modifier(c)
            || chars::is_tag(c)
            || chars::is_invisible(c);
        let junk = if orphan {
            opts.invisible
        } else {
            opts.intruders && is_foreign_mark(c, unit, usage)
        };
        if junk {
            fates[unit.start + i] = Fate::Remove;
        }
    }
}

/// R7: a combining mark of a script foreign to its base. On a letter (or anything) of another
/// script always (`worే̈d`); on a neutral base (a digit, punctuation) unless the text writes
/// words in that script; on a dotted circle or a no-break space it is a mark being shown, and
/// on another mark (no base at all) it has nothing to be foreign to.
fn is_foreign_mark(c: char, unit: &Unit, usage: &Usage) -> bool {
    if !chars::is_mark(c) {
        return false;
    }
    let own = chars::scripts(c);
    if own.is_empty() {
        return false;
    }
    if !unit.scx.is_empty() {
        return !own.iter().any(|s| unit.scx.contains(s));
    }
    let base = unit.base();
    let shown = base == '\u{25CC}' || base == '\u{A0}';
    let no_base = chars::is_mark(base);
    !shown && !no_base && !usage.writes_elsewhere(&own, &[])
}

/// `emoji="name"`: `:banana:`, the GitHub short code or the CLDR name in snake case.
fn emoji_name(cluster: &str) -> String {
    let found = emojis::get(cluster).or_else(|| {
        let bare: String = cluster.chars().filter(|&c| c != VS16).collect();
        emojis::get(&bare).or_else(|| emojis::get(&format!("{bare}{VS16}")))
    });
    let name = match found {
        Some(e) => e.shortcode().map_or_else(|| snake(e.name()), str::to_owned),
        None => "emoji".to_owned(),
    };
    format!(":{name}:")
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_owned()
}

/// Every name `emoji_name` gives, with the emoji it names (the first in the data's order, skin
/// tones after their emoji).
fn names() -> &'static std::collections::HashMap<String, String> {
    static NAMES: std::sync::OnceLock<std::collections::HashMap<String, String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = std::collections::HashMap::new();
        for e in emojis::iter() {
            let tones = e.skin_tones().into_iter().flatten();
            for e in std::iter::once(e).chain(tones) {
                names
                    .entry(emoji_name(e.as_str()))
                    .or_insert_with(|| e.as_str().to_owned());
            }
        }
        // `:emoji:`, the name of the emoji the data does not name, is read as one of them that
        // is a cluster of its own next to anything: a digit with a tag character.
        names
            .entry(":emoji:".to_owned())
            .or_insert_with(|| "0\u{E0020}".to_owned());
        names
    })
}

/// R23: each short code of `text` (a colon, a name, the next colon), leftmost first, replaced by
/// the emoji it names.
pub fn emojize(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ':'
            && let Some(j) = chars[i + 1..].iter().position(|&c| c == ':').map(|k| i + 1 + k)
            && let Some(emoji) = names().get(&chars[i..=j].iter().collect::<String>())
        {
            out.push_str(emoji);
            i = j + 1;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// R23: `text` with each unit that §1 calls an emoji replaced by its name.
pub fn name_emoji(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    // What each character becomes: itself, the name of the unit it starts, or nothing.
    let mut fates: Vec<Option<String>> = chars.iter().map(|c| Some(c.to_string())).collect();
    for (start, end) in super::usage::tokens(&chars) {
        for unit in super::token::units(&chars, start, end) {
            if junk_alone(&unit) == Some(Reason::Emoji) {
                for k in 1..unit.chars.len() {
                    fates[unit.start + k] = None;
                }
                fates[unit.start] = Some(emoji_name(&unit.text()));
            }
        }
    }
    fates.into_iter().flatten().collect()
}
