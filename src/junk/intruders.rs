//! POLICY.md §2, intruders, and §3, the legitimate mixes: one or two characters of a script
//! foreign to the word or number they are glued into, judged by the word's host script (R9),
//! numbers (R8), size (R11), pieces glued through punctuation (R9), and whether the text writes
//! that script (R17).

use std::ops::Range;

use super::scripts::{AsciiLatin, TextScripts, add, get};
use super::{Class, Reason, Scanner, Unit};
use crate::unicode::{self, GeneralCategoryGroup, Script, ScriptExtension};

impl Scanner<'_, '_> {
    /// Removes one or two characters of a script foreign to the sub-word they are glued into.
    pub(super) fn intruders(&mut self, span: Range<usize>, token_len: usize) {
        // Fast exit: no number, and every strong unit shares a script (found without a list).
        let mut common: Option<ScriptExtension> = None;
        let mut digits = 0;
        for u in self.units[span.clone()].iter().filter(|u| !u.gone) {
            if u.is_strong() {
                common = Some(common.map_or(u.scx, |c| c.intersection(u.scx)));
            } else if u.class == Class::Digit {
                digits += 1;
            }
        }
        let Some(common) = common else { return };
        let live: Vec<usize> = span.clone().filter(|&k| !self.units[k].gone).collect();
        if digits == 0 && !common.is_empty() {
            self.foreign_piece(&span, &live);
            return;
        }
        let strong: Vec<usize> = live.iter().copied().filter(|&k| self.units[k].is_strong()).collect();
        let counts = letter_counts(live.iter().map(|&k| &self.units[k]));
        if greek_unit(
            live.iter()
                .map(|&k| &self.units[k])
                .filter(|u| u.class == Class::Letter),
        ) {
            return;
        }
        // The same letters, as the text counts them: for what it writes elsewhere.
        let as_in_text = self.letters_as_in_text(&live);
        let best = self.host(&counts, &as_in_text);
        let unused_few = |this: &mut Self, script: Script, count: usize| {
            count <= 2 && !this.used_elsewhere(ScriptExtension::from(script), &as_in_text)
        };
        let host = match best {
            Some((script, count)) if count >= digits && !(digits > 0 && unused_few(self, script, count)) => {
                Host::Script(script)
            }
            _ if digits > 0 => Host::Number,
            // Only punctuation or marks of some script: judged by the token around it, if any.
            _ => {
                if live.len() == token_len {
                    return;
                }
                // Outside an empty span: the whole token.
                let all = self.counts_outside(&(0..0));
                let all_in_text = self.token_in_text();
                match self.host(&all, &all_in_text) {
                    Some((script, _)) => Host::Script(script),
                    None => return,
                }
            }
        };
        let mut foreign = Vec::new();
        for &k in &strong {
            let scx = self.units[k].scx;
            // A script that mixes with Latin (CJK, Thai, …) is foreign in a Latin word unless
            // the text writes words in it (POLICY.md §3, "legitimate mixes").
            let mixed_in = host == Host::Script(Script::Latin)
                && !scx.contains_script(Script::Latin)
                && host.accepts_scx(scx)
                && !self.writes(scx, &as_in_text);
            // So is an East Asian counter in a number, in a text that writes words in a script
            // that mixes with neither it nor Latin, and none in its own (R8: `53룗342` in Nepali
            // text).
            let counter_in = host == Host::Number
                && !scx.contains_script(Script::Latin)
                && host.accepts_scx(scx)
                && self.writes_apart(scx, &as_in_text)
                && !self.writes(scx, &as_in_text);
            if !host.accepts_scx(scx) || mixed_in || counter_in {
                foreign.push(k);
            }
        }
        // How many foreign units each script has, and where the sub-word's own word parts are.
        let mut groups: Vec<(Option<Script>, usize)> = Vec::new();
        for &k in &foreign {
            let key = key_script(&self.units[k]);
            match groups.iter_mut().find(|(s, _)| *s == key) {
                Some((_, n)) => *n += 1,
                None => groups.push((key, 1)),
            }
        }
        let own = |k: &usize| foreign.binary_search(k).is_err() && self.units[*k].is_word_part();
        let first_own = live.iter().copied().find(own);
        let last_own = live.iter().copied().rev().find(own);
        for &k in &foreign {
            let group = key_script(&self.units[k]);
            let same = groups.iter().find(|(s, _)| *s == group).map_or(0, |&(_, n)| n);
            if same > 2 {
                continue;
            }
            let (scx, forced) = (self.units[k].scx, self.units[k].forced);
            let interior = first_own.is_some_and(|b| b < k) && last_own.is_some_and(|a| a > k);
            let junk = match host {
                Host::Script(_) if interior => true,
                _ => !self.used_elsewhere(scx, &as_in_text),
            };
            if junk && !forced {
                self.remove_unit(k, Reason::Intruder);
            }
        }
    }

    /// One or two letters of one script, glued through punctuation to a word of another script
    /// that the text does not write words in (`(Nunavut)ᬅ,`), are an intruder too.
    pub(super) fn foreign_piece(&mut self, span: &Range<usize>, live: &[usize]) {
        let here = letter_counts(live.iter().map(|&k| &self.units[k]));
        let [(script, n)] = here.as_slice() else { return };
        let (script, n) = (*script, *n);
        if n > 2 {
            return;
        }
        // The token's letters outside this sub-word.
        let rest = self.counts_outside(span);
        if rest.is_empty() {
            return;
        }
        // What the token's units still there outside this sub-word add to the text's counts:
        // the token's less the sub-word's (counted once a token, not once a sub-word).
        let mut rest_in_text = self.token_in_text();
        for (script, n) in self.letters_as_in_text(live) {
            if let Some((_, m)) = rest_in_text.iter_mut().find(|(s, _)| *s == script) {
                *m = m.saturating_sub(n);
            }
        }
        let Some((host, _)) = self.host(&rest, &rest_in_text) else {
            return;
        };
        let greek_latin = matches!(
            (host, script),
            (Script::Latin, Script::Greek) | (Script::Greek, Script::Latin)
        );
        if host == script || is_legit_mix(host, script) || greek_latin {
            return;
        }
        if self.used_elsewhere(ScriptExtension::from(script), &self.letters_as_in_text(live)) {
            return;
        }
        for &k in live {
            if self.units[k].is_strong() && !self.units[k].forced {
                self.remove_unit(k, Reason::Intruder);
            }
        }
    }

    /// The host script of a sub-word: the script with most letters here, where one or two
    /// letters of a script the rest of the text never writes words in cannot be host (so
    /// `𐬎𐬤में` in Hindi text is a Devanagari word); ties go to the script the text uses most.
    /// `own` are the letters of `counts` as the text counts them (see
    /// [`Scanner::letters_as_in_text`]).
    pub(super) fn host(&mut self, counts: &[(Script, usize)], own: &[(Script, usize)]) -> Option<(Script, usize)> {
        if counts.len() < 2 {
            return counts.first().copied();
        }
        // More than two letters, and more than any other script: no count of the text can
        // change the order below.
        let most = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
        if most > 2 && counts.iter().filter(|&&(_, n)| n == most).count() == 1 {
            return counts.iter().copied().find(|&(_, n)| n == most);
        }
        let latin = counts.iter().any(|&(s, _)| s == Script::Latin);
        self.letters_consulted = true;
        let scripts = self.scripts(latin);
        counts.iter().copied().max_by_key(|&(s, n)| {
            (
                n > 2 || scripts.hosts(s) > usize::from(is_host_of(own, s)),
                n,
                scripts.letters(s),
            )
        })
    }

    /// The letters of these units (a sub-word's) per script, one per character, as
    /// [`TextScripts`] counts the text's: what the sub-word added to them, which "elsewhere"
    /// leaves out. A unit is a grapheme cluster, which can hold two letters (`ᄀᄀ`, two leading
    /// jamo: one unit, but two Hangul letters and a word of the text's counts).
    pub(super) fn letters_as_in_text(&self, live: &[usize]) -> Vec<(Script, usize)> {
        let mut counts = Vec::new();
        for &k in live {
            for c in self.text[self.units[k].range.clone()].chars() {
                let props = unicode::props(c);
                if props.group() == GeneralCategoryGroup::Letter
                    && !props.is_styled()
                    && unicode::is_specific(ScriptExtension::from(props.script))
                {
                    add(&mut counts, props.script, 1);
                }
            }
        }
        counts
    }

    /// [`Scanner::letters_as_in_text`] of the token's units still there: walked the first time a
    /// rule asks, then kept up to date as units go (see [`Scanner::set_unit`]), so that a token
    /// of many sub-words is not walked once a sub-word.
    fn token_in_text(&mut self) -> Vec<(Script, usize)> {
        let live = || {
            (0..self.units.len())
                .filter(|&k| !self.units[k].gone)
                .collect::<Vec<usize>>()
        };
        if self.in_text.is_none() {
            self.in_text = Some(self.letters_as_in_text(&live()));
        }
        let counts = self.in_text.clone().unwrap_or_default();
        #[cfg(test)]
        {
            // The counts kept up to date are those of a walk of the units still there.
            let sorted = |mut c: Vec<(Script, usize)>| {
                c.retain(|&(_, n)| n > 0);
                c.sort_by_key(|&(s, _)| s as u16);
                c
            };
            assert_eq!(sorted(counts.clone()), sorted(self.letters_as_in_text(&live())));
        }
        counts
    }

    /// Whether the rest of the text writes words in one of these scripts (`here`: the letters
    /// of this sub-word, as the text counts them).
    pub(super) fn used_elsewhere(&mut self, scx: ScriptExtension, here: &[(Script, usize)]) -> bool {
        let scripts = self.scripts(scx.contains_script(Script::Latin));
        scx.iter().any(|s| {
            let own = usize::from(is_host_of(here, s));
            scripts.hosts(s) > own
        })
    }

    /// Whether the text writes these scripts, for the legitimate mixes with Latin: it writes
    /// words elsewhere in one of them or in a script of their family (see [`family`]), or three
    /// letters or more of one of them outside this sub-word (CJK text writes words without
    /// spaces, often glued to Latin: `我用iPhone聊天，X光片`).
    pub(super) fn writes(&mut self, scx: ScriptExtension, here: &[(Script, usize)]) -> bool {
        if self.used_elsewhere(family(scx), here) {
            return true;
        }
        let scripts = self.scripts(false);
        scx.iter().any(|s| scripts.letters(s).saturating_sub(get(here, s)) >= 3)
    }

    /// Whether the rest of the text writes words in a script that is none of these, is no
    /// legitimate mix with them, and is not Latin (R8): Devanagari for a Hangul counter, say.
    pub(super) fn writes_apart(&mut self, scx: ScriptExtension, here: &[(Script, usize)]) -> bool {
        let scripts = self.scripts(false);
        scripts.hosts.iter().any(|&(s, n)| {
            s != Script::Latin
                && n > usize::from(is_host_of(here, s))
                && !scx.iter().any(|t| t == s || is_legit_mix(s, t))
        })
    }

    /// How the text uses scripts, counted on first use; Latin in ASCII tokens only if `latin`.
    pub(super) fn scripts(&mut self, latin: bool) -> &TextScripts {
        let text = self.text;
        let scripts = self.scripts.get_or_insert_with(|| TextScripts::of(text));
        if latin && scripts.ascii.is_none() {
            scripts.ascii = Some(AsciiLatin::of(text));
        }
        scripts
    }
}

/// The host of a sub-word: the script of most of its letters, or a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Host {
    Script(Script),
    Number,
}

impl Host {
    pub(super) fn accepts_scx(self, scx: ScriptExtension) -> bool {
        match self {
            // Latin units and ordinals (5kg, 20s, 3D) and East Asian counters (2024年3月, 3시).
            Host::Number => scx.iter().any(|s| s == Script::Latin || is_legit_mix(Script::Latin, s)),
            Host::Script(host) => scx.contains_script(host) || scx.iter().any(|s| is_legit_mix(host, s)),
        }
    }
}

/// Latin and the scripts of Chinese, Japanese and Korean: any two of them are a legitimate mix
/// (see [`is_legit_mix`]), and numbers take them all (see [`Host::accepts_scx`]).
pub(super) const CJK_AND_LATIN: [Script; 6] = [
    Script::Latin,
    Script::Han,
    Script::Hiragana,
    Script::Katakana,
    Script::Hangul,
    Script::Bopomofo,
];

/// [`CJK_AND_LATIN`] as a set.
pub(super) fn cjk_and_latin() -> ScriptExtension {
    static SET: std::sync::OnceLock<ScriptExtension> = std::sync::OnceLock::new();
    *SET.get_or_init(|| {
        CJK_AND_LATIN
            .iter()
            .map(|&s| ScriptExtension::from(s))
            .reduce(ScriptExtension::union)
            .unwrap_or_default()
    })
}

/// The scripts that count as one where the text's scripts are asked about: Han, kana, Hangul
/// and Bopomofo write Chinese, Japanese and Korean together (`X光片` and `Tシャツ` are one text).
pub(super) fn family(scx: ScriptExtension) -> ScriptExtension {
    static CJK: std::sync::OnceLock<ScriptExtension> = std::sync::OnceLock::new();
    let cjk = *CJK.get_or_init(|| {
        CJK_AND_LATIN
            .iter()
            .filter(|&&s| s != Script::Latin)
            .map(|&s| ScriptExtension::from(s))
            .reduce(ScriptExtension::union)
            .unwrap_or_default()
    });
    if scx.intersection(cjk).is_empty() {
        scx
    } else {
        scx.union(cjk)
    }
}

/// Scripts that legitimately share a word (POLICY.md §3, "legitimate mixes").
pub(super) fn is_legit_mix(a: Script, b: Script) -> bool {
    use Script::{Bopomofo, Han, Hangul, Hiragana, Katakana, Khmer, Lao, Latin, Myanmar, Thai};
    let east_asian = |s| {
        matches!(
            s,
            Han | Hiragana | Katakana | Hangul | Bopomofo | Thai | Lao | Khmer | Myanmar
        )
    };
    let cjk = |s| matches!(s, Han | Hiragana | Katakana | Hangul | Bopomofo);
    (a == Latin && east_asian(b)) || (b == Latin && east_asian(a)) || (cjk(a) && cjk(b))
}

/// Greek letters used as symbols beside a short Latin unit: `μm`, `ΔG`, `μmol`, `sinθ`.
/// At most two Greek letters, in one run at the start or end, and at most three Latin letters.
pub(super) fn greek_unit<'a>(letters: impl Iterator<Item = &'a Unit>) -> bool {
    let scripts: Vec<Script> = letters.map(|u| u.script).collect();
    let greek = scripts.iter().filter(|&&s| s == Script::Greek).count();
    let latin = scripts.iter().filter(|&&s| s == Script::Latin).count();
    if greek == 0 || latin == 0 || greek + latin != scripts.len() || greek > 2 || latin > 3 {
        return false;
    }
    let starts = scripts[..greek].iter().all(|&s| s == Script::Greek);
    let ends = scripts[scripts.len() - greek..].iter().all(|&s| s == Script::Greek);
    starts || ends
}

/// The script a foreign unit is grouped under.
pub(super) fn key_script(unit: &Unit) -> Option<Script> {
    if unicode::is_specific(ScriptExtension::from(unit.script)) {
        Some(unit.script)
    } else {
        unit.scx.iter().next()
    }
}

/// Letters per script (ordinary letters of a specific script only).
pub(super) fn letter_counts<'a>(units: impl Iterator<Item = &'a Unit>) -> Vec<(Script, usize)> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for u in units {
        if u.class != Class::Letter || !unicode::is_specific(ScriptExtension::from(u.script)) {
            continue;
        }
        match counts.iter_mut().find(|(s, _)| *s == u.script) {
            Some((_, n)) => *n += 1,
            None => counts.push((u.script, 1)),
        }
    }
    counts
}

/// Whether a sub-word with these letter counts writes a word in `script`: two letters or more,
/// and no other script has more.
pub(super) fn is_host_of(counts: &[(Script, usize)], script: Script) -> bool {
    let best = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
    counts.iter().any(|&(s, n)| s == script && n >= 2 && n == best)
}
