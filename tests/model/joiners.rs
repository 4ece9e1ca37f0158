//! §1 invisible / §3 / R15: ZWJ and ZWNJ are kept only where they join two letters of scripts
//! that use joiners (POLICY change (a): `behavi\u200dor` → `behavior`), judged once the junk
//! between them is gone. Inside an emoji sequence they go or stay with the emoji (§1).

use unicode_script::Script;

use super::chars::{ZWJ, ZWNJ};
use super::token::{Fate, Kind, Unit};

/// Scripts in which a joiner changes how letters join, so that ZWJ and ZWNJ are part of
/// their spelling. POLICY.md names Arabic/Persian, the Indic scripts, Sinhala, Myanmar and
/// Khmer and ends in "…"; the rule the list follows: the cursive scripts whose letters join
/// (Arabic, Syriac, Mongolian, N'Ko, …), and every script with a virama (a character of
/// canonical combining class 9, from the UCD), whose conjuncts ZWJ and ZWNJ shape.
const CURSIVE: &[&str] = &[
    "Arab", "Syrc", "Mong", "Nkoo", "Mand", "Mani", "Phlp", "Rohg", "Sogd", "Ougr", "Adlm", "Phag", "Chrs",
];
const VIRAMA: &[&str] = &[
    "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Thai", "Laoo", "Tibt", "Mymr",
    "Tglg", "Hano", "Khmr", "Lana", "Bali", "Sund", "Batk", "Tfng", "Sylo", "Saur", "Rjng", "Java", "Mtei", "Khar",
    "Brah", "Kthi", "Cakm", "Shrd", "Khoj", "Sind", "Gran", "Tutg", "Newa", "Tirh", "Sidd", "Modi", "Takr", "Ahom",
    "Dogr", "Diak", "Nand", "Zanb", "Soyo", "Bhks", "Gonm", "Gong", "Kawi", "Gukh",
];

pub fn uses_joiners(s: Script) -> bool {
    let name = s.short_name();
    CURSIVE.contains(&name) || VIRAMA.contains(&name)
}

fn is_joiner(c: char) -> bool {
    c == ZWJ || c == ZWNJ
}

/// Removes every joiner of the token that joins nothing: a joiner stays only where the
/// nearest characters still there on either side (other joiners aside) belong to clusters
/// led by a letter or mark of a script that uses joiners (a mark or letter of no script
/// counts as one: it takes the script of what it is written with).
pub fn apply(units: &[Unit], fates: &mut [Fate]) {
    // The token's characters still there: (index in the text, character, unit).
    let mut kept: Vec<(usize, char, usize)> = Vec::new();
    for (k, u) in units.iter().enumerate() {
        if u.gone {
            continue;
        }
        for (i, &c) in u.chars.iter().enumerate() {
            if fates[u.start + i] == Fate::Keep {
                kept.push((u.start + i, c, k));
            }
        }
    }
    for (j, &(at, c, k)) in kept.iter().enumerate() {
        // Joiners inside junk kept on request (a kept emoji) are not judged.
        let judged = !units[k].forced && units[k].kind != Kind::Other;
        if !is_joiner(c) || !judged {
            continue;
        }
        let before = kept[..j].iter().rev().find(|&&(_, c, _)| !is_joiner(c));
        let after = kept[j + 1..].iter().find(|&&(_, c, _)| !is_joiner(c));
        let joins = match (before, after) {
            (Some(&(_, _, b)), Some(&(_, _, a))) => joinable(&units[b]) && joinable(&units[a]),
            _ => false,
        };
        if !joins {
            fates[at] = Fate::Remove;
        }
    }
}

/// A cluster led by a letter or mark of a script that uses joiners, or of no script.
fn joinable(unit: &Unit) -> bool {
    matches!(unit.kind, Kind::Letter | Kind::Mark) && (unit.scx.is_empty() || unit.scx.iter().any(|&s| uses_joiners(s)))
}
