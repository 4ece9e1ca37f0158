//! §6, R19–R22: what the reader sees. Three restorations that run on the NFC text before the
//! junk of §1–§2 is judged, in this order (R19): backspaces (R20), bidi reordering (R21) and
//! look-alike letters (R22). Each is written the plain way, on a `Vec<char>`: the backspaces
//! as a terminal applies them, the bidi display order from `unicode-bidi`'s levels, and the
//! look-alikes by brute force over every letter of the scripts with case, with UTS #39's
//! prototypes from `unicode-security`.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_bidi::{BidiClass, BidiInfo, bidi_class};
use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};
use unicode_script::{Script, UnicodeScript};
use unicode_security::GeneralSecurityProfile;

use super::chars;

pub const BACKSPACE: char = '\u{8}';
pub const DEL: char = '\u{7F}';

/// The nine controls of R21 that make stored order differ from shown order: the embeddings
/// and overrides U+202A–202E and the isolates U+2066–2069.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// R20: what ends a line for a backspace (it has nothing before it after one of these).
fn breaks_line(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

// ---------------------------------------------------------------------------------------------
// R20 Backspaces

/// R20: each U+0008 removes itself and the character before it on its line, with the combining
/// marks that follow that character; with nothing before it on its line, only itself. DEL is
/// not touched here (it is an invisible control, for the junk step). What is left is the text as
/// a terminal shows it, whitespace included: §4 tidies after the junk removals, and a
/// restoration gives back what the reader sees (`a x`+BS+` b` shows `a  b`).
pub fn backspaces(text: &[char]) -> String {
    let mut removed = vec![false; text.len()];
    // The characters still on the current line, by index.
    let mut line: Vec<usize> = Vec::new();
    for (i, &c) in text.iter().enumerate() {
        if c == BACKSPACE {
            removed[i] = true;
            while let Some(&j) = line.last()
                && chars::is_mark(text[j])
            {
                removed[j] = true;
                line.pop();
            }
            if let Some(j) = line.pop() {
                removed[j] = true;
            }
        } else if breaks_line(c) {
            line.clear();
        } else {
            line.push(i);
        }
    }
    text.iter()
        .zip(&removed)
        .filter(|&(_, &gone)| !gone)
        .map(|(&c, _)| c)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// R21 Bidi

/// The positions of the characters of one paragraph (no paragraph separator inside) in the order
/// UAX #9 shows them, the whole paragraph one line, its direction from its first strong
/// character, without the nine controls. They are dropped from the shown sequence, not before the
/// runs are reversed: an isolate initiator and its PDI are characters of their own in UAX #9
/// (neutrals, with levels), and they keep two isolates of the same level apart (the paper's
/// swapped pair).
pub fn shown_order(paragraph: &[char]) -> Vec<usize> {
    let text: String = paragraph.iter().collect();
    let info = BidiInfo::new(&text, None);
    let Some(para) = info.paragraphs.first() else {
        return Vec::new();
    };
    assert_eq!(info.paragraphs.len(), 1, "one paragraph: {text:?}");
    let levels = info.reordered_levels_per_char(para, para.range.clone());
    BidiInfo::reorder_visual(&levels)
        .into_iter()
        .filter(|&i| !is_bidi_control(paragraph[i]))
        .collect()
}

/// The characters of a paragraph in the order they are shown, without the nine controls.
pub fn shown(paragraph: &[char]) -> Vec<char> {
    shown_order(paragraph).into_iter().map(|i| paragraph[i]).collect()
}

/// R21: which of the nine controls of a paragraph are closed: an embedding or override by its
/// PDF, an isolate by its PDI, each pair nested in the pairs around it. A PDF closes the
/// innermost open embedding or override, if no isolate is open inside it; a PDI closes the
/// innermost open isolate, and the embeddings left open inside that isolate stay unclosed.
pub fn closed(paragraph: &[char]) -> Vec<bool> {
    let mut closed = vec![false; paragraph.len()];
    // The open controls: (is an isolate, position).
    let mut open: Vec<(bool, usize)> = Vec::new();
    for (i, &c) in paragraph.iter().enumerate() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push((false, i)),
            '\u{2066}'..='\u{2068}' => open.push((true, i)),
            '\u{202C}' if matches!(open.last(), Some(&(false, _))) => {
                if let Some((_, j)) = open.pop() {
                    closed[i] = true;
                    closed[j] = true;
                }
            }
            '\u{2069}' if open.iter().any(|&(isolate, _)| isolate) => {
                while let Some((isolate, j)) = open.pop() {
                    if isolate {
                        closed[i] = true;
                        closed[j] = true;
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    closed
}

/// R21: the order in which a paragraph whose controls are all closed is stored once they are gone,
/// as positions in the paragraph: the first of these that shows as `V` (what the paragraph
/// shows): the paragraph without the controls (they changed nothing visible), `V` itself, `V`
/// reordered by its own levels; when none does, the paragraph without the controls.
pub fn restored_order(paragraph: &[char]) -> Vec<usize> {
    let v_order = shown_order(paragraph);
    let v: Vec<char> = v_order.iter().map(|&i| paragraph[i]).collect();
    let stored: Vec<usize> = (0..paragraph.len())
        .filter(|&i| !is_bidi_control(paragraph[i]))
        .collect();
    let v_reordered: Vec<usize> = shown_order(&v).into_iter().map(|k| v_order[k]).collect();
    for candidate in [stored.clone(), v_order, v_reordered] {
        let chars: Vec<char> = candidate.iter().map(|&i| paragraph[i]).collect();
        if shown(&chars) == v {
            return candidate;
        }
    }
    stored
}

/// R21 for one paragraph: its closed controls are restored; its stray ones (left open, or
/// closing nothing) reorder nothing and stay for the junk step (§1 invisible), each before the
/// character it stood before (at the end if none), wherever the restoration put that character.
pub fn restored_paragraph(paragraph: &[char]) -> Vec<char> {
    let closed = closed(paragraph);
    let stray = |i: usize| is_bidi_control(paragraph[i]) && !closed[i];
    // The paragraph without its stray controls, and where each of its characters was.
    let core: Vec<usize> = (0..paragraph.len()).filter(|&i| !stray(i)).collect();
    let core_chars: Vec<char> = core.iter().map(|&i| paragraph[i]).collect();
    let order: Vec<usize> = if core_chars.iter().any(|&c| is_bidi_control(c)) {
        restored_order(&core_chars).into_iter().map(|k| core[k]).collect()
    } else {
        core.clone()
    };
    let mut out = Vec::new();
    for &i in &order {
        // The strays that stood right before this character (past other controls).
        let mut before = Vec::new();
        let mut j = i;
        while j > 0 && is_bidi_control(paragraph[j - 1]) {
            j -= 1;
            if stray(j) {
                before.push(paragraph[j]);
            }
        }
        out.extend(before.into_iter().rev());
        out.push(paragraph[i]);
    }
    // The strays after the last character.
    let last = (0..paragraph.len()).rev().find(|&i| !is_bidi_control(paragraph[i]));
    let tail = last.map_or(0, |i| i + 1);
    out.extend((tail..paragraph.len()).filter(|&i| stray(i)).map(|i| paragraph[i]));
    out
}

/// R21 over the whole text: each paragraph (split at bidi paragraph separators) that holds one
/// of the nine controls is replaced by its restored order. The whitespace stays as it is shown
/// (`a RLO b PDF c` shows `a  b  c`): like the backspaces, a restoration gives back what the
/// reader sees, and §4 tidies only after the junk removals.
pub fn bidi(text: &[char]) -> String {
    let mut out = String::new();
    let mut start = 0;
    for end in 0..=text.len() {
        if end < text.len() && bidi_class(text[end]) != BidiClass::B {
            continue;
        }
        let paragraph = &text[start..end];
        if paragraph.iter().any(|&c| is_bidi_control(c)) {
            out.extend(restored_paragraph(paragraph));
        } else {
            out.extend(paragraph);
        }
        if end < text.len() {
            out.push(text[end]);
        }
        start = end + 1;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// R22 Look-alike letters

pub fn is_letter(c: char) -> bool {
    c.general_category_group() == GeneralCategoryGroup::Letter
}

/// The script of a letter (`Script`), if it is a specific one.
pub fn script(c: char) -> Option<Script> {
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => None,
        s => Some(s),
    }
}

/// Upper, lower, title case, or none.
fn case(c: char) -> u8 {
    match c.general_category() {
        GeneralCategory::UppercaseLetter => 0,
        GeneralCategory::LowercaseLetter => 1,
        GeneralCategory::TitlecaseLetter => 2,
        _ => 3,
    }
}

fn is_capital(c: char) -> bool {
    matches!(
        c.general_category(),
        GeneralCategory::UppercaseLetter | GeneralCategory::TitlecaseLetter
    )
}

/// Every letter of the Unicode range (general category L*).
fn all_letters() -> impl Iterator<Item = char> {
    (0..=0x10_FFFF_u32).filter_map(char::from_u32).filter(|&c| is_letter(c))
}

/// The scripts with case: those with at least one Lu or Ll letter.
pub fn cased_scripts() -> &'static [Script] {
    static CASED: OnceLock<Vec<Script>> = OnceLock::new();
    CASED.get_or_init(|| {
        let mut out: Vec<Script> = Vec::new();
        for c in all_letters() {
            let lu_ll = matches!(
                c.general_category(),
                GeneralCategory::UppercaseLetter | GeneralCategory::LowercaseLetter
            );
            if let Some(s) = script(c)
                && lu_ll
                && !out.contains(&s)
            {
                out.push(s);
            }
        }
        out
    })
}

pub fn is_cased_script(s: Script) -> bool {
    cased_scripts().contains(&s)
}

/// A letter of a script with case.
fn of_cased_script(c: char) -> Option<Script> {
    script(c).filter(|&s| is_cased_script(s))
}

/// The UTS #39 prototype of `c` when it is one character: its own prototype, or `c` where it
/// has none. The confusables table has no entry for a character with a canonical decomposition
/// (its prototype is itself), and its one-character prototypes are in NFD, so the skeleton of a
/// character that does not decompose is its prototype, decomposed.
pub fn prototype(c: char) -> Option<char> {
    let mut nfd = std::iter::once(c).nfd();
    if nfd.next() != Some(c) || nfd.next().is_some() {
        return Some(c);
    }
    let skeleton: Vec<char> = unicode_security::skeleton(&c.to_string()).collect();
    match skeleton.as_slice() {
        [] => Some(c),
        &[p] => Some(p),
        _ => None,
    }
}

/// The letters of each script with case that a look-alike can be written back to, by their
/// one-character prototype, in code point order.
///
/// POLICY.md's own examples need more than its words here: by UTS #39's data `λ` has the Latin
/// look-alike `ꟛ` (U+A7DB), `к` has `ĸ` and `в` has `ʙ`, so R22 read as written turns
/// `disλtricts` into `disꟛtricts` (R22 says `districts`) and a lone `Москва` in Latin text into
/// `Mocĸʙa` (policy.toml keeps it). The letters of a script written back to are taken to be the
/// ones UTS #39 allows in identifiers (`Identifier_Status=Allowed`, its General Security
/// Profile): the letters the script's writers use, not historic, technical or phonetic ones.
fn by_prototype() -> &'static HashMap<(Script, char), Vec<char>> {
    static TABLE: OnceLock<HashMap<(Script, char), Vec<char>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<(Script, char), Vec<char>> = HashMap::new();
        for y in all_letters().filter(|&y| y.identifier_allowed()) {
            if let (Some(s), Some(p)) = (of_cased_script(y), prototype(y)) {
                table.entry((s, p)).or_default().push(y);
            }
        }
        table
    })
}

/// R22: the look-alike of the letter `x` in the script `s`: a letter of `s` (see `by_prototype`)
/// with `x`'s one-character prototype and `x`'s case; of several, the lowest code point. Only
/// letters of scripts with case have look-alikes, and only in such scripts.
pub fn lookalike(x: char, s: Script) -> Option<char> {
    let own = of_cased_script(x)?;
    if own == s || !is_cased_script(s) || !is_letter(x) {
        return None;
    }
    let candidates = by_prototype().get(&(s, prototype(x)?))?;
    candidates.iter().copied().find(|&y| case(y) == case(x))
}

/// R22's words: maximal runs of characters that are neither whitespace nor punctuation.
pub fn words(text: &[char]) -> Vec<std::ops::Range<usize>> {
    let splits = |c: char| c.is_whitespace() || c.general_category_group() == GeneralCategoryGroup::Punctuation;
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if splits(text[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < text.len() && !splits(text[i]) {
            i += 1;
        }
        out.push(start..i);
    }
    out
}

/// Letters per script (specific scripts only) among `letters`.
fn counts(letters: impl IntoIterator<Item = char>) -> Vec<(Script, usize)> {
    let mut out: Vec<(Script, usize)> = Vec::new();
    for c in letters {
        let Some(s) = script(c) else { continue };
        match out.iter_mut().find(|(t, _)| *t == s) {
            Some((_, n)) => *n += 1,
            None => out.push((s, 1)),
        }
    }
    out
}

fn count_of(counts: &[(Script, usize)], s: Script) -> usize {
    counts.iter().find(|&&(t, _)| t == s).map_or(0, |&(_, n)| n)
}

/// Whether the word `text[word]` holds a run of three letters or more of the script `s`: letters
/// in a row among the word's letters. What is not a letter neither breaks a run nor counts, as
/// it splits no word (R16: digits join, `ab1cd` is one word; junk neither splits nor counts), so
/// that junk or a digit injected between its letters does not make `helloпривет` a disguise.
fn has_run_of_three(text: &[char], word: std::ops::Range<usize>, s: Script) -> bool {
    let mut run = 0;
    for &c in text[word].iter().filter(|&&c| is_letter(c)) {
        if script(c) == Some(s) {
            run += 1;
            if run >= 3 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// R22 in a mixed word: when one script, the host, has more than half the letters of the word
/// and no run of three letters or more of one other script stands in it (R11), each
/// letter of another script that has a look-alike in the host becomes that look-alike, except
/// a capital inside a word that is not all capitals.
fn mixed_words(text: &mut [char]) {
    for word in words(text) {
        let letters: Vec<usize> = word.clone().filter(|&i| is_letter(text[i])).collect();
        let here = counts(letters.iter().map(|&i| text[i]));
        let Some(&(host, _)) = here.iter().find(|&&(_, n)| 2 * n > letters.len()) else {
            continue;
        };
        if here
            .iter()
            .any(|&(s, _)| s != host && has_run_of_three(text, word.clone(), s))
        {
            continue;
        }
        // All capitals: no lower-case letter (letters without case, `ァ`, are neither).
        let all_capitals = !letters
            .iter()
            .any(|&i| text[i].general_category() == GeneralCategory::LowercaseLetter);
        for (k, &i) in letters.iter().enumerate() {
            let x = text[i];
            if script(x) == Some(host) || (is_capital(x) && k > 0 && !all_capitals) {
                continue;
            }
            if let Some(y) = lookalike(x, host) {
                text[i] = y;
            }
        }
    }
}

/// R22 for a whole word: in a text where Latin has the most letters (more than any other script:
/// in a tie no script has the most, and nothing is changed), a word of
/// two letters or more of one other script with case, every letter of which has a Latin
/// look-alike, is mapped to Latin, unless the text writes a word of that script (a word in which
/// no script has more letters) with a letter that looks like no Latin letter.
fn whole_words(text: &mut [char]) {
    let all = counts(text.iter().copied().filter(|&c| is_letter(c)));
    let latin = count_of(&all, Script::Latin);
    if all.iter().any(|&(s, n)| s != Script::Latin && n >= latin) || latin == 0 {
        return;
    }
    let words = words(text);
    let letters_of = |text: &[char], w: &std::ops::Range<usize>| -> Vec<char> {
        text[w.clone()].iter().copied().filter(|&c| is_letter(c)).collect()
    };
    // The scripts the text writes a word in (a word in which no script has more letters; one
    // letter is a word too: R22's words have no size) with a letter that looks like no Latin
    // letter.
    let mut unmistakable: Vec<Script> = Vec::new();
    for w in &words {
        let letters = letters_of(text, w);
        let here = counts(letters.iter().copied());
        let most = here.iter().map(|&(_, n)| n).max().unwrap_or(0);
        for &(s, n) in &here {
            let plain = letters
                .iter()
                .any(|&c| script(c) == Some(s) && lookalike(c, Script::Latin).is_none());
            if n == most && plain && s != Script::Latin {
                unmistakable.push(s);
            }
        }
    }
    for w in &words {
        let letters = letters_of(text, w);
        let Some(s) = letters.first().and_then(|&c| script(c)) else {
            continue;
        };
        let one_script = letters.iter().all(|&c| script(c) == Some(s));
        let disguised = letters.iter().all(|&c| lookalike(c, Script::Latin).is_some());
        if letters.len() >= 2 && one_script && disguised && s != Script::Latin && !unmistakable.contains(&s) {
            for i in w.clone() {
                if let Some(y) = lookalike(text[i], Script::Latin) {
                    text[i] = y;
                }
            }
        }
    }
}

/// R22: look-alike letters replaced by the letters of the word's script (mixed words), then
/// whole words of look-alikes mapped to Latin, judged on the result.
pub fn lookalikes(text: &[char]) -> String {
    let mut text = text.to_vec();
    mixed_words(&mut text);
    whole_words(&mut text);
    text.into_iter().collect()
}

/// The golden examples of §6, on the model alone.
#[cfg(test)]
mod tests {
    use super::super::{Options, Restoration, clean, clean_with};
    use super::*;

    const LRE: char = '\u{202A}';
    const RLE: char = '\u{202B}';
    const PDF: char = '\u{202C}';
    const LRO: char = '\u{202D}';
    const RLO: char = '\u{202E}';
    const LRI: char = '\u{2066}';
    const RLI: char = '\u{2067}';
    const PDI: char = '\u{2069}';

    /// The paper's encoding of the pair `(a, b)`: `b` stored first, `a b` shown.
    fn swapped(a: &str, b: &str) -> String {
        format!("{LRO}{LRI}{RLO}{LRI}{b}{PDI}{LRI}{a}{PDI}{PDF}{PDI}{PDF}")
    }

    #[test]
    fn backspaces() {
        for (input, want) in [
            ("abc\u{8}d", "abd"),
            ("abc\u{8}\u{8}d", "ad"),
            ("ab\u{8}\u{8}\u{8}\u{8}c", "c"),
            ("\u{8}abc", "abc"),
            ("ab\n\u{8}c", "ab\nc"),
            ("ab\r\n\u{8}\u{8}c", "ab\r\nc"),
            ("ne\u{301}\u{8}t", "nt"),
            ("n\u{8}e\u{301}\u{301}\u{8}t", "t"),
            ("a\u{7F}b", "ab"),
            ("pass\u{8}\u{8}\u{8}\u{8}word x\u{8}", "word "),
            ("a x\u{8} b", "a  b"),
            ("a xy\u{8}\u{8}, b", "a , b"),
        ] {
            assert_eq!(clean(input), want, "{input:?}");
        }
        let remove = Options {
            backspaces: Restoration::Remove,
            ..Options::default()
        };
        assert_eq!(clean_with("abc\u{8}d\u{7F}", remove), "abcd");
        let keep = Options {
            backspaces: Restoration::Keep,
            ..Options::default()
        };
        assert_eq!(clean_with("abc\u{8}d\u{7F} \u{200B}", keep), "abc\u{8}d\u{7F}");
    }

    #[test]
    fn bidi() {
        let ab = swapped("a", "b");
        assert_eq!(shown(&ab.chars().collect::<Vec<_>>()), ['a', 'b']);
        assert_eq!(clean(&ab), "ab");
        let word = format!("he{}o world", swapped("l", "l"));
        assert_eq!(clean(&word), "hello world");
        let hidden = format!("sw{}ped", swapped("a", "p"));
        assert_eq!(clean(&hidden), "swapped");
        // Stored without the controls it reads `swpaped`.
        let remove = Options {
            bidi: Restoration::Remove,
            ..Options::default()
        };
        assert_eq!(clean_with(&hidden, remove), "swpaped");
        for (input, want) in [
            (format!("abc {RLO}def{PDF} ghi"), "abc fed ghi"),
            // A control left open, or closing nothing, is a stray: invisible junk (§1).
            (format!("abc {RLO}def ghi"), "abc def ghi"),
            (
                format!("the {RLO}chapter of the book {PDI}ends"),
                "the chapter of the book ends",
            ),
            (format!("x{RLO}ab{PDF}y {RLE}cd"), "xbay cd"),
            (format!("{RLE}{LRI}{PDF}ray{PDI}p"), "rayp"),
            (format!("{RLE}{LRI}ray{PDI}p{PDF}"), "pray"),
            (format!("x{RLO}ab{LRO}cd{PDF}ef{PDF}y"), "xfecdbay"),
            (format!("{RLO}ab{PDF}\ncd"), "ba\ncd"),
            (format!("{RLO}ab\ncd{PDF}"), "ab\ncd"),
            // Controls that change nothing visible are simply removed.
            (format!("abc {LRE}def{PDF} ghi"), "abc def ghi"),
            (format!("a {LRI} b{PDI}"), "a  b"),
            (format!("a {LRI} b"), "a b"),
            (format!("{RLE}abc{PDF}"), "abc"),
            // Hebrew under a left-to-right override shows in stored order: stored reversed.
            (format!("{LRO}שלום{PDF}"), "םולש"),
            (format!("{RLI}שלום{PDI}"), "שלום"),
            // The controls change nothing visible: removed where they stand.
            (format!("{RLE}שלום{PDF} world"), "שלום world"),
            // No controls: never reordered.
            ("שלום abc".to_owned(), "שלום abc"),
        ] {
            assert_eq!(clean(&input), want, "{input:?}");
        }
        assert_eq!(clean_with(&ab, remove), "ba");
        assert_eq!(clean_with(&format!("abc {RLO}def{PDF} ghi"), remove), "abc def ghi");
        let keep = Options {
            bidi: Restoration::Keep,
            ..Options::default()
        };
        assert_eq!(clean_with(&ab, keep), ab);
        assert_eq!(clean_with(&format!("a{RLO}b\u{200B}"), keep), format!("a{RLO}b"));
        // Closed controls are restored whatever `invisible` says; strays are its junk.
        let invisible = Options {
            invisible: false,
            ..Options::default()
        };
        assert_eq!(
            clean_with(&format!("x{RLO}ab{PDF}y {RLE}cd"), invisible),
            format!("xbay {RLE}cd")
        );
        assert_eq!(clean_with(&format!("{LRE}ab{PDF}"), invisible), "ab");
    }

    #[test]
    fn lookalikes() {
        for (input, want) in [
            ("pаypal", "paypal"),
            ("pаypal.com", "paypal.com"),
            ("Москвa", "Москва"),
            ("gοοgle", "google"),
            ("PАYPAL", "PAYPAL"),
            ("Рaypal", "Paypal"),
            ("the ѕсоре of the change", "the scope of the change"),
            ("Яндекс сор (Yandex)", "Яндекс сор (Yandex)"),
            (
                "Яндекс сор (Yandex) is a search engine",
                "Яндекс сор (Yandex) is a search engine",
            ),
            ("5μm and μmol", "5μm and μmol"),
            ("the word helloпривет stays", "the word helloпривет stays"),
            ("Он сказал Москваb, e.g. x-y вчера", "Он сказал Москва, e.g. x-y вчера"),
            (
                "Вчера я купил iPhone и Coca-Cola в Москве, всё OK",
                "Вчера я купил iPhone и Coca-Cola в Москве, всё OK",
            ),
            ("Αθήνα and Москва", "Αθήνα and Москва"),
        ] {
            assert_eq!(clean(input), want, "{input:?}");
        }
        let remove = Options {
            homoglyphs: false,
            ..Options::default()
        };
        assert_eq!(clean_with("pаypal", remove), "pypal");
        assert_eq!(clean_with("the ѕсоре of the change", remove), "the ѕсоре of the change");
        // A capital inside a word that is not all capitals is not a disguise: §2 judges it.
        assert_eq!(clean("disАtricts"), "districts");
        // `α` is a confusable of `a`; `λ` looks like no Latin letter.
        assert_eq!(clean("disαtricts"), "disatricts");
        assert_eq!(clean("disλtricts"), "districts");
        // A host needs more than half the letters, and no run of three letters of one other
        // script stands in the word.
        let map = |s: &str| super::lookalikes(&s.chars().collect::<Vec<_>>());
        assert_eq!(map("abοο"), "abοο");
        assert_eq!(map("abοοc"), "abooc");
        assert_eq!(map("abcdefаοο"), "abcdefaoo");
        assert_eq!(map("h1el🍌ixМосква"), "h1el🍌ixМосква");
        assert_eq!(map("AAAァϷ"), "AAAァÞ");
        assert_eq!(map("AaAァϷ"), "AaAァϷ");
        assert_eq!(map("abcdefοοο"), "abcdefοοο");
        assert_eq!(map("abcdefοο1ο"), "abcdefοο1ο");
    }

    #[test]
    fn lookalike_table() {
        assert_eq!(lookalike('а', Script::Latin), Some('a'));
        assert_eq!(lookalike('a', Script::Cyrillic), Some('а'));
        assert_eq!(lookalike('ο', Script::Latin), Some('o'));
        assert_eq!(lookalike('Р', Script::Latin), Some('P'));
        assert_eq!(lookalike('μ', Script::Latin), None);
        assert_eq!(lookalike('Я', Script::Latin), None);
        // `b` looks like the capital `Ь` only: no look-alike of its case.
        assert_eq!(lookalike('b', Script::Cyrillic), None);
        assert_eq!(lookalike('m', Script::Cyrillic), None);
        // No look-alikes into or out of scripts without case.
        assert_eq!(lookalike('o', Script::Han), None);
        assert!(is_cased_script(Script::Cherokee) && !is_cased_script(Script::Han));
    }

    #[test]
    fn order() {
        // R19: backspaces, then bidi, then look-alikes, each on the result of the one before.
        assert_eq!(clean(&format!("{RLO}lapyаpx\u{8}{PDF}")), "paypal");
        // A backspace after a control removes the control.
        assert_eq!(clean(&format!("{RLO}ab{PDF}\u{8}cd")), "abcd");
    }
}
