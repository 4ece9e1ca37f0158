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
