//! §2 and §3 inside a token: symbols glued inside words (R1), styled letters (R5), and script
//! intruders (R7–R9, R11, R16, POLICY change (b)), judged per sub-word, with the legitimate
//! mixes of §3.

use unicode_normalization::UnicodeNormalization;
use unicode_script::Script;

use super::chars;
use super::token::{Fate, Kind, Unit};
use super::usage::{Usage, count_of, letter_counts, letters_as_in_text};

/// §2 "symbols inside words", R1: a run of symbols of no script with letters on both sides
/// goes (`Ca©t`), unless it stands between two single cased letters (`C→T`, notation). ASCII
/// symbols in the run are code and math and stay (`a+b`); symbols of one script are judged as
/// intruders, not here.
/// R1: ASCII symbols (code and math) and spacing accents (a modifier symbol that is a space and
/// combining marks in compatibility decomposition, typed for an apostrophe: `d´água`) stay.
fn stays_in_words(c: char) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    if c.is_ascii() {
        return true;
    }
    let mut parts = Vec::new();
    unicode_normalization::char::decompose_compatible(c, |d| parts.push(d));
    c.general_category() == GeneralCategory::ModifierSymbol
        && parts.first() == Some(&' ')
        && parts.len() > 1
        && parts[1..]
            .iter()
            .all(|&m| unicode_normalization::char::canonical_combining_class(m) != 0)
}

pub fn symbols_inside_words(units: &mut [Unit], fates: &mut [Fate]) {
    let n = units.len();
    let mut i = 0;
    while i < n {
        let u = &units[i];
        let candidate = !u.gone && !u.forced && u.kind == Kind::Symbol && !u.is_strong() && !stays_in_words(u.base());
        if !candidate {
            i += 1;
            continue;
        }
        // The run of symbols this one starts (what is gone already is transparent).
        let mut j = i + 1;
        while j < n && (units[j].gone || units[j].kind == Kind::Symbol && !units[j].forced) {
            j += 1;
        }
        let left = letters_in_a_row(units[..i].iter().rev());
        let right = letters_in_a_row(units[j..].iter());
        let before = units[..i].iter().rev().find(|u| !u.gone && u.kind != Kind::Mark);
        let after = units[j..].iter().find(|u| !u.gone && u.kind != Kind::Mark);
        let cased = |u: Option<&Unit>| u.is_some_and(|u| chars::is_cased(u.base()));
        let notation = left == 1 && right == 1 && cased(before) && cased(after);
        if left >= 1 && right >= 1 && !notation {
            for unit in &mut units[i..j] {
                let removable = !unit.gone && !unit.forced && !unit.is_strong() && !stays_in_words(unit.base());
                if removable {
                    super::replace_unit(unit, fates, "");
                }
            }
        }
        i = j;
    }
}

/// How many letters stand in a row, walking away from a symbol (marks that are units of their
/// own belong to their letters; what is gone is transparent).
fn letters_in_a_row<'a>(units: impl Iterator<Item = &'a Unit>) -> usize {
    units
        .filter(|u| !u.gone && u.kind != Kind::Mark)
        .take_while(|u| u.is_letter())
        .count()
}

/// R16: the sub-words of a token, as index ranges: maximal runs of word parts (what is gone is
/// transparent).
pub fn sub_words(units: &[Unit]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < units.len() {
        if !units[start].gone && !units[start].is_word_part() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < units.len() && (units[end].gone || units[end].is_word_part()) {
            end += 1;
        }
        out.push(start..end);
        start = end;
    }
    out
}

/// §2 styled letters, R5: styled letters glued to ordinary letters go (`𝐆its`); two or more
/// with no ordinary letter are a styled word, folded (`𝐁𝐨𝐥𝐝` → `Bold`); a single one alone is
/// notation (`𝑥`), unless it is glued to decimal digits or, through punctuation, to an ordinary
/// word with no math symbol in the token (`𝕏7.10`, `𝑨(TTP)`).
pub fn styled(units: &mut [Unit], fates: &mut [Fate], span: std::ops::Range<usize>) {
    let live = |units: &[Unit], kind: Kind| {
        units[span.clone()]
            .iter()
            .filter(|u| !u.gone && !u.forced && u.kind == kind)
            .count()
    };
    let styled = live(units, Kind::Styled);
    let ordinary = live(units, Kind::Letter);
    if styled == 0 {
        return;
    }
    if ordinary == 0 && styled == 1 && lone_styled_is_notation(units) {
        return;
    }
    for k in span {
        let unit = &mut units[k];
        if unit.gone || unit.forced || unit.kind != Kind::Styled {
            continue;
        }
        if ordinary > 0 || styled == 1 {
            super::replace_unit(unit, fates, "");
        } else {
            let folded: String = unit.text().nfkc().collect();
            super::replace_unit(unit, fates, &folded);
            // Folded, it is a letter of the word; its script is counted from the next pass on.
            unit.gone = false;
            unit.kind = Kind::Letter;
        }
    }
}

/// R5: the token around a single styled letter says whether it is notation.
fn lone_styled_is_notation(units: &[Unit]) -> bool {
    let live = || units.iter().filter(|u| !u.gone);
    let math = live().any(|u| u.kind == Kind::Symbol && chars::is_math_symbol(u.base()));
    let digits = live().any(|u| chars::is_decimal_digit(u.base()));
    let word = live().any(|u| u.kind == Kind::Letter);
    math || !(digits || word)
}

/// §3 legitimate mixes: Latin with CJK, Thai, Lao, Khmer or Myanmar; Han, kana, Hangul and
/// Bopomofo together.
pub fn is_legit_mix(a: Script, b: Script) -> bool {
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

/// What hosts a sub-word: a script, or a number (R8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Host {
    Script(Script),
    Number,
}

impl Host {
    /// Whether a unit of these scripts belongs in a sub-word of this host: its own script and
    /// the legitimate mixes (§3); numbers take Latin units and ordinals and East Asian
    /// counters (R8).
    fn accepts(self, scx: &[Script]) -> bool {
        match self {
            Host::Number => scx
                .iter()
                .any(|&s| s == Script::Latin || is_legit_mix(Script::Latin, s)),
            Host::Script(h) => scx.iter().any(|&s| s == h || is_legit_mix(h, s)),
        }
    }
}

/// R9: the host script of letters with these counts: the script with most letters, except
/// that a script with one or two letters here that the text writes no word in elsewhere
/// (`own`: these letters as the text counts them) cannot be host while another can. Ties go to
/// the script with more letters in the text, then to the one that comes later (POLICY.md is
/// silent; the engine's choice).
fn host_script(counts: &[(Script, usize)], own: &[(Script, usize)], usage: &Usage) -> Option<(Script, usize)> {
    // The best so far: its key (can host, letters here, letters in the text), and itself.
    type Best = ((bool, usize, usize), (Script, usize));
    let mut best: Option<Best> = None;
    for &(s, n) in counts {
        let can_host = n > 2 || usage.writes_elsewhere(&[s], own);
        let key = (can_host, n, count_of(&usage.letters, s));
        if best.as_ref().is_none_or(|(k, _)| key >= *k) {
            best = Some((key, (s, n)));
        }
    }
    best.map(|(_, host)| host)
}

/// §3: Greek letters used as symbols beside a short Latin unit (`μm`, `ΔG`, `sinθ`): at most
/// two Greek letters, together at the start or the end, and at most three Latin letters.
fn greek_beside_latin(letters: &[Option<Script>]) -> bool {
    let greek = letters.iter().filter(|&&s| s == Some(Script::Greek)).count();
    let latin = letters.iter().filter(|&&s| s == Some(Script::Latin)).count();
    if greek == 0 || latin == 0 || greek + latin != letters.len() || greek > 2 || latin > 3 {
        return false;
    }
    let at_start = letters[..greek].iter().all(|&s| s == Some(Script::Greek));
    let at_end = letters[letters.len() - greek..]
        .iter()
        .all(|&s| s == Some(Script::Greek));
    at_start || at_end
}

/// The script a foreign unit is counted under (R11 counts the letters of each script).
fn group_of(unit: &Unit) -> Option<Script> {
    unit.script.or_else(|| unit.scx.first().copied())
}

/// §2 intruders, R7–R9, R11, change (b): one or two characters of a script foreign to the
/// sub-word they are glued into.
pub fn intruders(units: &mut [Unit], fates: &mut [Fate], span: std::ops::Range<usize>, usage: &Usage) {
    let live: Vec<usize> = span.clone().filter(|&k| !units[k].gone).collect();
    let strong: Vec<usize> = live.iter().copied().filter(|&k| units[k].is_strong()).collect();
    if strong.is_empty() {
        return;
    }
    let digits = live
        .iter()
        .filter(|&&k| units[k].kind == Kind::Digit && !units[k].is_strong())
        .count();
    let shared: Vec<Script> = units[strong[0]]
        .scx
        .iter()
        .copied()
        .filter(|s| strong.iter().all(|&k| units[k].scx.contains(s)))
        .collect();
    if digits == 0 && !shared.is_empty() {
        piece_of_one_script(units, fates, &span, &live, usage);
        return;
    }
    let counts = letter_counts(live.iter().map(|&k| &units[k]));
    // The same letters, as the text counts them: for what it writes elsewhere.
    let own = letters_as_in_text(live.iter().map(|&k| &units[k]));
    let letters: Vec<Option<Script>> = live
        .iter()
        .filter(|&&k| units[k].kind == Kind::Letter)
        .map(|&k| units[k].script)
        .collect();
    if greek_beside_latin(&letters) {
        return;
    }
    // R9: the host; R8: numbers host what is glued to them unless letters outnumber the
    // digits (one or two letters of a script the text uses nowhere else never host digits).
    let host = match host_script(&counts, &own, usage) {
        Some((s, n)) if n >= digits && !(digits > 0 && n <= 2 && !usage.writes_elsewhere(&[s], &own)) => {
            Host::Script(s)
        }
        _ if digits > 0 => Host::Number,
        _ => {
            // Only marks or punctuation of some script: judged by the token around them.
            let whole = letter_counts(units.iter().filter(|u| !u.gone));
            if span.len() == units.len() {
                return;
            }
            let whole_in_text = letters_as_in_text(units.iter().filter(|u| !u.gone));
            match host_script(&whole, &whole_in_text, usage) {
                Some((s, _)) => Host::Script(s),
                None => return,
            }
        }
    };
    // §3 and R17: a script that mixes with Latin (CJK, kana, Hangul, Bopomofo, Thai, Lao,
    // Khmer, Myanmar) is foreign in a Latin word like any other, unless the text writes it
    // (`Freユssen` → `Fressen`, but `東京のTシャツ店`).
    let mixed_in = |k: usize| {
        let scx = &units[k].scx;
        host == Host::Script(Script::Latin)
            && !scx.contains(&Script::Latin)
            && host.accepts(scx)
            && !writes_for_mix(scx, &own, usage)
    };
    // R8: an East Asian counter in a number is foreign too, in a text that writes words in a
    // script that mixes with neither it nor Latin, and none in its own (`53룗342` in Nepali text).
    let counter_in = |k: usize| {
        let scx = &units[k].scx;
        host == Host::Number
            && !scx.contains(&Script::Latin)
            && host.accepts(scx)
            && writes_apart(scx, &own, usage)
            && !writes_for_mix(scx, &own, usage)
    };
    let foreign: Vec<usize> = strong
        .iter()
        .copied()
        .filter(|&k| !host.accepts(&units[k].scx) || mixed_in(k) || counter_in(k))
        .collect();
    let inside = |k: usize| {
        let before = live.iter().any(|&b| b < k && !foreign.contains(&b));
        let after = live.iter().any(|&a| a > k && !foreign.contains(&a));
        before && after
    };
    let mut doomed = Vec::new();
    for &k in &foreign {
        // R11: three or more letters of another script are a word of their own.
        let same = foreign
            .iter()
            .filter(|&&f| group_of(&units[f]) == group_of(&units[k]))
            .count();
        if same > 2 {
            continue;
        }
        // R9: inside a word never legitimate; at its edge, legitimate if the text writes
        // words in that script elsewhere.
        let junk = matches!(host, Host::Script(_)) && inside(k) || !usage.writes_elsewhere(&units[k].scx, &own);
        if junk {
            doomed.push(k);
        }
    }
    for k in doomed {
        if !units[k].forced {
            super::replace_unit(&mut units[k], fates, "");
        }
    }
}

/// R8: the text writes words, outside this sub-word, in a script other than Latin that is none
/// of `scx` and no legitimate mix with them.
fn writes_apart(scx: &[Script], here: &[(Script, usize)], usage: &Usage) -> bool {
    usage.words.iter().any(|&(s, _)| {
        s != Script::Latin && !scx.iter().any(|&t| t == s || is_legit_mix(s, t)) && usage.writes_elsewhere(&[s], here)
    })
}

/// R17: for the mixes with Latin, the text writes a script when another sub-word is hosted by
/// it or by a script of its family (Han, kana, Hangul and Bopomofo are one family), or when
/// three or more letters of it stand outside this sub-word.
fn writes_for_mix(scx: &[Script], here: &[(Script, usize)], usage: &Usage) -> bool {
    use Script::{Bopomofo, Han, Hangul, Hiragana, Katakana};
    let cjk = [Han, Hiragana, Katakana, Hangul, Bopomofo];
    let mut family = scx.to_vec();
    if scx.iter().any(|s| cjk.contains(s)) {
        family.extend(cjk);
    }
    usage.writes_elsewhere(&family, here)
        || scx
            .iter()
            .any(|&s| count_of(&usage.letters, s).saturating_sub(count_of(here, s)) >= 3)
}

/// R9: one or two letters of one script glued through punctuation to a word of another
/// script (`(Nunavut)ᬅ,`) are intruders, unless the text writes words in their script, or
/// the two scripts are a legitimate mix, or Greek beside Latin (`α-helix`).
fn piece_of_one_script(
    units: &mut [Unit],
    fates: &mut [Fate],
    span: &std::ops::Range<usize>,
    live: &[usize],
    usage: &Usage,
) {
    let here = letter_counts(live.iter().map(|&k| &units[k]));
    let [(script, n)] = here.as_slice() else { return };
    let (script, n) = (*script, *n);
    if n > 2 {
        return;
    }
    let rest_units = || {
        units
            .iter()
            .enumerate()
            .filter(|(k, u)| !u.gone && !span.contains(k))
            .map(|(_, u)| u)
    };
    let (rest, rest_in_text) = (letter_counts(rest_units()), letters_as_in_text(rest_units()));
    let Some((host, _)) = host_script(&rest, &rest_in_text, usage) else {
        return;
    };
    let greek_latin = matches!(
        (host, script),
        (Script::Latin, Script::Greek) | (Script::Greek, Script::Latin)
    );
    if host == script || is_legit_mix(host, script) || greek_latin {
        return;
    }
    if usage.writes_elsewhere(&[script], &letters_as_in_text(live.iter().map(|&k| &units[k]))) {
        return;
    }
    for &k in live {
        if units[k].is_strong() && !units[k].forced {
            super::replace_unit(&mut units[k], fates, "");
        }
    }
}
