//! The quick look held to the look as first written, and its shortcuts to the look.

use super::*;

/// [`look`] as first written: every character in turn, the reference the skipping of ASCII
/// words is held to.
fn look_char_by_char(text: &str) -> Seen {
    let mut seen = Seen::default();
    // Whether a word is made of Latin look-alikes.
    let mut disguised = false;
    let mut word = WordLook::default();
    let ascii_breaks = ascii_breaks();
    let mut latin = 0usize;
    // A bidi opener seen in the current paragraph.
    let mut opened = false;
    for c in text.chars() {
        if c.is_ascii() {
            // Most of most texts: a Latin letter, or a break, or neither (digits, symbols).
            if c.is_ascii_alphabetic() {
                latin += 1;
                word.letter(c, Script::Latin, false);
            } else if ascii_breaks[c as usize] {
                word.end(&mut seen, &mut disguised);
                // Line breaks end a bidi paragraph too (and so do U+1C–1E, no breaks of words).
                opened &= !matches!(c, '\n' | '\r');
            } else {
                opened &= !matches!(c, '\u{1C}'..='\u{1E}');
            }
            continue;
        }
        if matches!(c, '\u{2029}'..='\u{2069}') {
            if is_bidi_control(c) {
                // Only a closer after an opener in the same paragraph can close anything (R21):
                // stray controls alone, as junk injects them, are the junk step's.
                if matches!(c, '\u{202C}' | '\u{2069}') {
                    seen.bidi |= opened;
                } else {
                    opened = true;
                }
            } else if c == '\u{2029}' {
                opened = false;
            }
        } else if c == '\u{85}' {
            opened = false;
        }
        let props = unicode::props(c);
        if props.group() == unicode::GeneralCategoryGroup::Letter {
            latin += usize::from(props.script == Script::Latin);
            if props.is_cased_letter() {
                word.letter(c, props.script, props.looks_latin());
            } else {
                word.other_letter();
            }
        } else if breaks_words(c, props) {
            word.end(&mut seen, &mut disguised);
        }
    }
    word.end(&mut seen, &mut disguised);
    if !seen.lookalikes && disguised && latin > 0 {
        // Latin must have more letters than any other script (letters of no script count for none).
        let mut counts: Vec<(Script, usize)> = Vec::new();
        for c in text.chars().filter(|c| !c.is_ascii()) {
            let props = unicode::props(c);
            if props.group() == unicode::GeneralCategoryGroup::Letter
                && !matches!(
                    props.script,
                    Script::Latin | Script::Common | Script::Inherited | Script::Unknown
                )
            {
                match counts.iter_mut().find(|(s, _)| *s == props.script) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((props.script, 1)),
                }
            }
        }
        seen.lookalikes = counts.iter().all(|&(_, n)| n < latin);
    }
    seen
}

/// Skipping ASCII words changes nothing the look sees.
#[test]
fn the_look_skips_only_what_shows_nothing() {
    use proptest::prelude::*;
    let text = proptest::string::string_regex(
        "[a-zA-Z0-9 .,+$'\n\r\u{1C}\u{85}\u{2029}\u{8}\u{301}аеорсухѕАВЕКМНαβγοΑΒΕμ漢カ\u{202E}\u{2066}\u{2069}\u{202C}שא𝐁ǅ-]{0,40}",
    )
    .unwrap();
    proptest!(ProptestConfig::with_cases(50_000), |(t in text)| {
        let (fast, slow) = (look(&t), look_char_by_char(&t));
        prop_assert_eq!((fast.bidi, fast.lookalikes), (slow.bidi, slow.lookalikes), "{:?}", t);
        prop_assert_eq!(fast.backspace, t.contains('\u{8}'), "{:?}", t);
    });
}

/// What `Looker` counts tells that Latin does not lead only where it does not: counts of letters
/// up to those a script has, in tokens of no Latin letter.
#[test]
fn counted_letters_exclude_latin_only_where_it_does_not_lead() {
    use proptest::prelude::*;
    let text = proptest::string::string_regex("[a-zA-Zé .,1@\n аеорсжяαβγομ漢\u{301}🍌]{0,60}").unwrap();
    let picks = proptest::collection::vec(any::<bool>(), 20);
    proptest!(ProptestConfig::with_cases(50_000), |(t in text, picks in picks, known in 0..=100usize)| {
        let is_latin = |c: char| unicode::props(c).script == Script::Latin && unicode::props(c).group() == unicode::GeneralCategoryGroup::Letter;
        // Tokens of no Latin letter, some of them.
        let tokens = t.split(' ').zip(picks.iter().cycle()).filter(|&(token, &pick)| pick && !token.chars().any(is_latin));
        let mut counted = Counted::default();
        for (token, _) in tokens {
            counted.bytes += token.len();
            for script in [Script::Cyrillic, Script::Greek, Script::Han] {
                let letters = token.chars().filter(|&c| unicode::props(c).script == script && unicode::props(c).group() == unicode::GeneralCategoryGroup::Letter).count();
                counted.add(script, letters * known / 100);
            }
        }
        if let Some(spare) = counted.spare(&t) {
            prop_assert!(spare <= exact_spare(&t).unwrap_or(0) && exact_spare(&t).is_some(), "{:?} {:?}", t, counted);
            prop_assert!(!latin_leads(&t), "{:?} {:?}", t, counted);
        }
    });
    // Latin letters, and more Cyrillic ones: the counts alone tell it, and how many could go.
    let counted = |letters, bytes| {
        let mut counted = Counted {
            bytes,
            ..Counted::default()
        };
        counted.add(Script::Cyrillic, letters);
        counted
    };
    assert_eq!(counted(5, 11).spare("сор со ab"), Some(2));
    assert_eq!(exact_spare("сор со ab"), Some(3));
    assert_eq!(counted(3, 11).spare("сор со ab"), Some(0));
    assert_eq!(counted(4, 11).spare("сор со abcde"), None);
    assert!(latin_leads("сор со abcdef"));
}

/// How many letters of one script other than Latin could go from `text` with Latin still not
/// leading it (see [`latin_leads`]), counted letter by letter: `None` where Latin leads. Latin
/// without a letter leads nothing, whatever goes.
pub(crate) fn exact_spare(text: &str) -> Option<usize> {
    let mut latin = 0;
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for c in text.chars() {
        let props = unicode::props(c);
        if props.group() != unicode::GeneralCategoryGroup::Letter {
            continue;
        }
        match props.script {
            Script::Latin => latin += 1,
            Script::Common | Script::Inherited | Script::Unknown => {}
            script => match counts.iter_mut().find(|(s, _)| *s == script) {
                Some((_, n)) => *n += 1,
                None => counts.push((script, 1)),
            },
        }
    }
    let most = counts.iter().map(|&(_, n)| n).max();
    if latin == 0 {
        return Some(most.unwrap_or(usize::MAX));
    }
    most.and_then(|n| n.checked_sub(latin))
}

/// After removals from a text that shows nothing, looking at the tokens where something was
/// removed sees what looking at the whole text sees.
#[test]
fn a_look_around_the_removals_is_the_look() {
    use proptest::prelude::*;
    // Words of one script and pieces that keep them apart or spoil a word of look-alikes,
    // which the removals take away.
    const PIECES: &[&str] = &[
        "the",
        "paypal",
        "o",
        "x",
        "со",
        "с",
        "дом",
        "ο",
        "λόγος",
        "ΑΒ",
        "漢",
        "カ",
        "ǅ",
        "𝐁",
        ".",
        "-",
        "'",
        "🍌",
        "\u{200B}",
        "\u{301}",
        "\u{202E}",
        "\u{202C}",
        "\u{2066}",
        "\u{2069}",
        "\u{8}",
        "5",
        " ",
        " ",
        "\n",
        "\u{1C}",
        "\u{2029}",
    ];
    let text = proptest::collection::vec(proptest::sample::select(PIECES), 0..14).prop_map(|p| p.concat());
    // Removals never take whitespace or what ends a bidi paragraph (the caller's promise).
    let removable = |c: char| !c.is_whitespace() && !matches!(c, '\u{1C}'..='\u{1E}');
    let config = ProptestConfig {
        cases: 30_000,
        max_global_rejects: 1_000_000,
        ..ProptestConfig::default()
    };
    proptest!(config, |(t in text, picks in proptest::collection::vec(any::<bool>(), 40))| {
        let before = look(&t);
        prop_assume!(!before.bidi && !before.lookalikes && !before.backspace);
        let mut after = String::new();
        // Where characters the look sees were removed (those it does not see change nothing).
        let mut places = Vec::new();
        for ((i, c), &pick) in t.char_indices().zip(picks.iter().cycle()) {
            if pick && removable(c) && i % 2 == 0 {
                if !unseen(c) {
                    places.push(after.len());
                }
            } else {
                after.push(c);
            }
        }
        // From the whitespace before each place to the whitespace after it.
        let windows: Vec<std::ops::Range<usize>> = places
            .iter()
            .map(|&at| {
                let from = after[..at].rfind(char::is_whitespace).map_or(0, |i| i + after[i..].chars().next().map_or(1, char::len_utf8));
                let to = after[at..].find(char::is_whitespace).map_or(after.len(), |i| at + i);
                from..to
            })
            .collect();
        let whole = look(&after);
        // A word of look-alikes found before, or not followed (as `Looker` may leave it, where
        // Latin does not lead: how many letters could go, as many as can or none).
        let unknown = |spare| Seen { disguised: Disguise::Unknown { spare }, ..before };
        let spares = exact_spare(&t).map(|spare| [unknown(spare), unknown(0)]);
        let removed = t.len() - after.len();
        for before in std::iter::once(before).chain(spares.into_iter().flatten()).filter(|b| b.disguised != Disguise::Found) {
            let around = look_around(&after, &windows, before, removed);
            prop_assert_eq!((around.bidi, around.lookalikes, around.backspace), (whole.bidi, whole.lookalikes, whole.backspace), "{:?} {:?} {:?}", t, after, before);
        }
    });
}

/// A closer pairs with an opener of its own paragraph only (R21): every paragraph separator of
/// UAX #9 ends one, U+2029 too.
#[test]
fn a_paragraph_break_ends_the_pairing() {
    for (open, close) in [('\u{202E}', '\u{202C}'), ('\u{2066}', '\u{2069}')] {
        assert!(look(&format!("ab{open}cd ef{close}gh")).bidi);
        for paragraph in ['\n', '\r', '\u{1C}', '\u{85}', '\u{2029}'] {
            let text = format!("ab{open}cd{paragraph}ef{close}gh");
            assert!(!look(&text).bidi && !look_char_by_char(&text).bidi, "{text:?}");
        }
    }
}

/// The pairing found from the bytes is the look's, character by character: for every code point
/// as an opener, a closer or a paragraph break between them, and on texts that mix them.
#[test]
fn bidi_pairs_are_found_by_their_bytes() {
    use proptest::prelude::*;
    for c in (0..=0x10_FFFF_u32).filter_map(char::from_u32) {
        for text in [
            format!("ab{c}cd\u{202C}"),
            format!("\u{2066}ab{c}"),
            format!("\u{202E}a{c}b\u{2069}"),
        ] {
            assert_eq!(bidi_pairs(&text, 0), look_char_by_char(&text).bidi, "{text:?}");
        }
    }
    let text = proptest::string::string_regex(
        "[a \n\r\u{1C}\u{1F}\u{85}\u{A0}\u{2028}\u{2029}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{2060}\u{80A9}\u{20AC}\u{E2}]{0,12}",
    )
    .unwrap();
    proptest!(ProptestConfig::with_cases(20_000), |(text in text)| {
        let slow = look_char_by_char(&text).bidi;
        prop_assert_eq!(bidi_pairs(&text, 0), slow, "{:?}", text);
        // From the first bidi control, as the scan's look starts it.
        let first = text.find(is_bidi_control).unwrap_or(text.len());
        prop_assert_eq!(bidi_pairs(&text, first), slow, "{:?}", text);
    });
}

/// Removing characters the look does not see changes nothing it sees.
#[test]
fn unseen_characters_change_nothing() {
    use proptest::prelude::*;
    let text = proptest::string::string_regex(
        "[a-zA-Z0-9 .,+$'\n\r\u{1C}\u{1F}\u{7F}\u{85}\u{2029}\u{2028}\u{2060}\u{200B}\u{200D}\u{FE0F}\u{8}\u{301}аеорсухѕАВЕКМНαβγοΑΒΕμ漢カ\u{202E}\u{2066}\u{2069}\u{202C}שא𝐁ǅ🍌©♥€⁉\u{E0067}-]{0,40}",
    )
    .unwrap();
    proptest!(ProptestConfig::with_cases(50_000), |(t in text, pick in any::<u64>())| {
        let unseen_at: Vec<usize> = t.char_indices().filter(|&(_, c)| unseen(c)).map(|(i, _)| i).collect();
        let without_all: String = t.chars().filter(|&c| !unseen(c)).collect();
        let mut without_one = t.clone();
        if !unseen_at.is_empty() {
            without_one.remove(unseen_at[usize::try_from(pick).unwrap_or(0) % unseen_at.len()]);
        }
        let seen = look(&t);
        for other in [without_all, without_one] {
            let after = look(&other);
            prop_assert_eq!((seen.bidi, seen.lookalikes), (after.bidi, after.lookalikes), "{:?} {:?}", t, other);
        }
    });
}

/// A token shows nothing without a BACKSPACE, a bidi control or a cased letter of a script
/// other than Latin (the scan's look, which skips such tokens, is held to [`look`] over generated
/// text by `junk/tests.rs`).
#[test]
fn tokens_that_show_nothing() {
    for token in [
        "dis🍌tricts",
        "Straße",
        "op꧅eration",
        "seveౠral",
        "東京",
        "",
        "a\u{200D}b",
    ] {
        assert!(super::shows_nothing(token), "{token:?}");
    }
    for token in ["p\u{430}ypal", "a\u{8}b", "a\u{202E}b", "\u{2066}x", "Москва", "gοοgle"] {
        assert!(!super::shows_nothing(token), "{token:?}");
    }
}
