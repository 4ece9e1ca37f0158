//! POLICY.md §1, what is junk whatever surrounds it (emoji as whole clusters, pictographs,
//! invisible characters; R4, R13), and what a kept cluster carries that its base does not: stray
//! selectors, keycaps, skin tones and tags, and marks of a foreign script (R7). A cluster that
//! holds letters of two scripts is judged one script's part at a time (R12).

use std::ops::Range;

use super::{Class, Edit, EmojiAction, JunkOptions, Reason, Scanner, Unit, class_of};
use crate::unicode::emoji::is_emoji_cluster;
use crate::unicode::{self, GeneralCategoryGroup, Script, ScriptExtension};

impl<'t> Scanner<'t, '_> {
    /// Classifies one grapheme cluster, and removes what is junk whatever surrounds it.
    pub(super) fn unit(&mut self, range: Range<usize>, cluster: &'t str) {
        let opts = self.opts;
        let mut chars = cluster.chars();
        let Some(base) = chars.next() else { return };
        if cluster.len() == 1 && !base.is_ascii_control() && opts.drop.is_empty() {
            // ASCII: Latin letters and Common digits, punctuation and symbols, never junk.
            let script = if base.is_ascii_alphabetic() {
                Script::Latin
            } else {
                Script::Common
            };
            let class = match base {
                'a'..='z' | 'A'..='Z' => Class::Letter,
                '0'..='9' => Class::Digit,
                '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' => Class::Symbol,
                _ => Class::Punct,
            };
            let scx = ScriptExtension::from(script);
            self.units.push(Unit {
                range,
                class,
                script,
                scx,
                gone: false,
                forced: false,
            });
            return;
        }
        let props = unicode::props(base);
        let mut unit = Unit {
            range: range.clone(),
            class: class_of(props),
            script: props.script,
            scx: props.scx(base),
            gone: false,
            forced: false,
        };
        if unit.class == Class::Mark && !unicode::is_specific(unit.scx) {
            // Marks with no base, led by a neutral one: their order can change under NFC, so
            // the cluster takes the scripts of all its marks, not of whichever comes first.
            unit.script = Script::Common;
            unit.scx = cluster
                .chars()
                .map(|c| unicode::props(c).scx(c))
                .filter(|&scx| unicode::is_specific(scx))
                .reduce(ScriptExtension::union)
                .unwrap_or(unit.scx);
        }
        if opts.keep.binary_search(&base).is_ok() {
            unit.forced = true;
        } else if opts.drop.binary_search(&base).is_ok() {
            self.remove(&mut unit, Reason::Drop);
        } else if let Some(reason) = standalone(cluster, base, props) {
            if reason != Reason::Symbol {
                unit.class = Class::Other;
            }
            if removes(opts, reason) {
                unit.gone = true;
                self.edits.push(Edit::removal(unit.range.clone(), reason));
            } else {
                self.kept_emoji |= reason == Reason::Emoji;
                unit.forced = true;
            }
        } else if (base == unicode::ZWJ || base == unicode::ZWNJ) && cluster.len() == base.len_utf8() {
            // Judged once its neighbours are known (see `joiners`).
            unit.class = Class::Joiner;
        } else {
            self.inner_debris(&unit, base, chars.as_str(), range.start + base.len_utf8());
        }
        self.units.push(unit);
    }

    /// Strips from a kept cluster the parts that belong to no emoji and no script of its base:
    /// stray selectors, keycaps, skin tones and tags, and combining marks of a foreign script.
    pub(super) fn inner_debris(&mut self, unit: &Unit, base: char, rest: &str, mut pos: usize) {
        if rest.is_empty() {
            return;
        }
        let emoji_base = unicode::is_emoji(base);
        let base_script = unit.scx;
        for c in rest.chars() {
            let len = c.len_utf8();
            let reason = if self.opts.keep.binary_search(&c).is_ok() {
                None
            } else if self.opts.drop.binary_search(&c).is_ok() {
                Some(Reason::Drop)
            } else if (c == unicode::VS16 || c == unicode::VS15) && !emoji_base
                || c == unicode::KEYCAP
                || unicode::is_emoji_modifier(c)
                || unicode::is_tag(c)
                || unicode::is_invisible(c)
            {
                self.opts.invisible.then_some(Reason::Invisible)
            } else if self.opts.intruders && self.is_foreign_mark(c, base, base_script) {
                Some(Reason::Intruder)
            } else {
                None
            };
            if let Some(reason) = reason {
                self.edits.push(Edit::removal(pos..pos + len, reason));
            }
            pos += len;
        }
    }

    /// A combining mark of a script foreign to its base: on a letter of another script always
    /// (`worే̈d`); on a neutral base (digit, punctuation) unless the text writes that script.
    pub(super) fn is_foreign_mark(&mut self, c: char, base: char, base_script: ScriptExtension) -> bool {
        let props = unicode::props(c);
        if props.group() != GeneralCategoryGroup::Mark {
            return false;
        }
        let scx = props.scx(c);
        if !unicode::is_specific(scx) {
            return false;
        }
        if unicode::is_specific(base_script) {
            return scx.intersection(base_script).is_empty();
        }
        // A dotted circle or no-break space is how texts show a mark on its own; a mark with no
        // base at all (an orphan cluster of marks) has no base to be foreign to.
        let shown = matches!(base, '\u{25CC}' | '\u{A0}');
        let orphan = unicode::props(base).group() == GeneralCategoryGroup::Mark;
        !shown && !orphan && !self.used_elsewhere(scx, &[])
    }
}

/// Why a cluster is junk whatever surrounds it, by its base: an emoji, a pictograph, or an
/// invisible character (a joiner, selector or skin tone with nothing before it included). A
/// joiner standing alone is judged by its neighbours (see `Scanner::joiners`), so it is `None`.
/// `props` are the base's.
pub(super) fn standalone(cluster: &str, base: char, props: unicode::Props) -> Option<Reason> {
    // Every emoji cluster starts with an emoji (`Emoji=Yes`), regional indicators included.
    if props.is_emoji() && is_emoji_cluster(cluster) {
        Some(Reason::Emoji)
    } else if props.is_pictographic() {
        Some(Reason::Symbol)
    } else if (base == unicode::ZWJ || base == unicode::ZWNJ) && cluster.len() == base.len_utf8() {
        None
    } else if props.is_invisible()
        || unicode::is_emoji_component(base)
        || unicode::is_variation_selector(base)
        || base == unicode::ZWNJ
    {
        Some(Reason::Invisible)
    } else {
        None
    }
}

/// Whether the options remove a [`standalone`] cluster of this reason (or keep it). Emoji to
/// name or replace are kept: they are replaced once the text is clean (R23,
/// `names::emoji_replacements`).
pub(super) fn removes(opts: &JunkOptions, reason: Reason) -> bool {
    match reason {
        Reason::Emoji => opts.emoji == EmojiAction::Remove,
        Reason::Symbol => opts.symbols,
        _ => opts.invisible,
    }
}

/// The byte offset of the first letter in `cluster` whose script the cluster's first character
/// does not share (R12), or of the first letter or mark of a script after an emoji (R18).
pub(super) fn foreign_letter_at(cluster: &str) -> Option<usize> {
    let mut chars = cluster.char_indices();
    let (_, base) = chars.next()?;
    if base.len_utf8() == cluster.len() {
        return None;
    }
    let base_scx = unicode::props(base).scx(base);
    if !unicode::is_specific(base_scx) {
        // R18: what the segmentation glues to an emoji is no part of it.
        return unicode::emoji::glued_after(cluster);
    }
    chars
        .find(|&(_, c)| {
            let props = unicode::props(c);
            let scx = props.scx(c);
            props.group() == GeneralCategoryGroup::Letter
                && unicode::is_specific(scx)
                && scx.intersection(base_scx).is_empty()
        })
        .map(|(i, _)| i)
}

/// `:banana:` — the GitHub short code, or the CLDR name in snake case.
pub(super) fn emoji_name(cluster: &str) -> String {
    let snaked;
    let name = match unicode::emoji::lookup(cluster) {
        Some(e) => {
            if let Some(code) = e.shortcode() {
                code
            } else {
                snaked = snake(e.name());
                &snaked
            }
        }
        None => "emoji",
    };
    let mut out = String::with_capacity(name.len() + 2);
    out.push(':');
    out.push_str(name);
    out.push(':');
    out
}

pub(super) fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_owned()
}
