//! Tests of the tokens that need no analysis (`single.rs`).

use super::*;

/// The shortcut of [`token_span`] finds what the walks find.
#[test]
fn the_shortcut_finds_what_the_walks_find() {
    use proptest::prelude::*;
    proptest!(ProptestConfig::with_cases(20_000), |(t in super::super::tests::quick_path_text())| {
        let mut start = 0;
        while start < t.len() {
            let found = token_span(&t, start, true, true, &mut OnlyCjkAndLatin::new(&t));
            let walked = span_from(&t, start, false, true, true, &mut OnlyCjkAndLatin::new(&t));
            prop_assert_eq!(
                (found.end, found.fast, found.nfc, found.look),
                (walked.end, walked.fast, walked.nfc, walked.look),
                "{:?} at {}", t, start
            );
            start = found.end + t[found.end..].chars().next().map_or(1, char::len_utf8);
        }
    });
}

/// Every token `one_script` accepts, `SingleScript` skips too, with the same NFC verdict; so
/// does every one `east_asian` accepts, but those whose numbers it judges itself (R8, held to
/// the model by the differential tests), which it skips in a text where no counter is an
/// intruder, as `east_asian` does then.
#[test]
fn one_script_is_a_case_of_single_script() {
    use proptest::prelude::*;
    let token = proptest::string::string_regex(
        "[a-zA-Z0-9 .,;!?$\t\u{1}\u{7F}\u{A0}«»—“”\u{301}\u{308}\u{E34}ʹªéЖжяёΑβγάאבגمنهक\u{94D}\u{93F}\u{93C}ஊ\u{BBE}\u{BCD}\u{BC6}ো\u{9BE}한\u{1161}\u{11A8}가東京カかー、。「」ㄅ々〆①１\u{200C}\u{200D}‼©→𝐆।॥،։჻᠂]{0,12}",
    )
    .unwrap();
    proptest!(ProptestConfig::with_cases(20_000), |(t in token)| {
        for (len, nfc) in one_script(&t, true, false).map(|(len, nfc, _)| (len, nfc)).into_iter().chain(east_asian(&t, || true)) {
            let mut single = SingleScript::default();
            let token = &t[..len];
            let pushed = token.chars().all(|c| single.push(c));
            let number = single.number || single.sub_digits && single.sub_strong;
            prop_assert!(pushed && (single.holds() || number), "{:?}", t);
            prop_assert!(single.holds_in(&mut OnlyCjkAndLatin::known(true)), "{:?}", t);
            prop_assert_eq!(single.nfc.ok, nfc, "{:?}", t);
            prop_assert!(t[len..].chars().next().is_none_or(char::is_whitespace));
            prop_assert!(!token.contains(char::is_whitespace));
        }
    });
    let cyrillic = |letters| TokenLook::Cased {
        script: Script::Cyrillic,
        letters,
    };
    assert_eq!(one_script("Москва, да", true, false), Some((13, true, cyrillic(6))));
    assert_eq!(
        one_script("Москва, да", false, false),
        Some((13, true, TokenLook::Nothing))
    );
    assert_eq!(
        one_script("राष्ट्रपति", true, false),
        Some(("राष्ट्रपति".len(), true, TokenLook::Nothing))
    );
    assert_eq!(one_script("сор, да", true, false), Some((7, true, cyrillic(3))));
    assert_eq!(
        one_script("পেরেক।", true, false),
        Some(("পেরেক।".len(), true, TokenLook::Nothing))
    );
    assert_eq!(one_script("154Ჸ36", true, false), None);
    // A letter that prepends joins the punctuation after it into its cluster: the rules do
    // not cut a sub-word there, so neither walk takes the token.
    assert_eq!(one_script("𑆃𑇂•𑆃", true, false), None);
    let mut single = SingleScript::default();
    assert!(!"𑆃𑇂•53342".chars().all(|c| single.push(c)));
    // `ำ` joins the cluster of the punctuation before it, and so the mark after it: R7
    // judges that mark on punctuation, so neither walk takes the token; in a word, it is a
    // letter like any other.
    assert_eq!(one_script("’ำ\u{E34}", true, false), None);
    let mut single = SingleScript::default();
    assert!(!"’ำ\u{E34}".chars().all(|c| single.push(c)));
    assert_eq!(
        one_script("กำไร", true, false),
        Some(("กำไร".len(), true, TokenLook::Nothing))
    );
    assert_eq!(one_script("aж", true, false), None);
}

/// A span `one_script` fuses over spaces and line feeds is what it accepts of each token
/// alone: tokens of one script (or of no letters), up to the first it does not accept.
#[test]
fn one_script_fuses_what_it_accepts_alone() {
    use proptest::prelude::*;
    let token =
        proptest::string::string_regex("[a-z0-9.,«»\u{301}ЖжяёсорΑβγάαοאבक\u{94D}\u{93F}한가東京カ①\u{200D}→]{0,6}")
            .unwrap();
    let separator = prop_oneof![Just(" "), Just("\n"), Just("\t"), Just("  ")];
    let pieces = proptest::collection::vec((token, separator), 1..8);
    proptest!(ProptestConfig::with_cases(20_000), |(pieces in pieces)| {
        let t: String = pieces.iter().flat_map(|(token, sep)| [token.as_str(), sep]).collect();
        let t = t.trim_end_matches('\t');
        prop_assert_eq!(one_script(t, true, true), fused_alone(t), "{:?}", t);
    });
    let cyrillic = |letters| TokenLook::Cased {
        script: Script::Cyrillic,
        letters,
    };
    let text = "Москва да\nнет";
    assert_eq!(one_script(text, true, true), Some((text.len(), true, cyrillic(11))));
    // Another script, or a token not accepted alone, ends the span at the space before it.
    assert_eq!(one_script("да no", true, true), Some((4, true, cyrillic(2))));
    assert_eq!(one_script("да да2", true, true), Some((4, true, cyrillic(2))));
    assert_eq!(one_script("да\tнет", true, true), Some((4, true, cyrillic(2))));
    assert_eq!(one_script("да сор ", true, true), Some((11, true, cyrillic(5))));
    assert_eq!(one_script("אב גד", true, true), Some((9, true, TokenLook::Nothing)));
}

/// A span of plain tokens (see `is_plain`) goes on over spaces and line feeds through the plain
/// tokens after it, up to the first that is not, or other whitespace: what the tokens alone
/// would be, each a span that needs no analysis and nothing for the look.
#[test]
fn plain_tokens_fuse_as_each_alone() {
    use proptest::prelude::*;
    fn alone(t: &str) -> usize {
        let (mut at, mut end) = (0, 0);
        loop {
            let token_end = t[at..].find(char::is_whitespace).map_or(t.len(), |i| at + i);
            if !t[at..token_end].chars().all(is_plain) {
                return end;
            }
            let span = token_span(t, at, true, false, &mut OnlyCjkAndLatin::new(t));
            assert_eq!(
                (span.end, span.fast, span.nfc, span.look),
                (token_end, true, true, TokenLook::Nothing)
            );
            end = token_end;
            match t[end..].chars().next() {
                Some(c @ (' ' | '\n')) => at = end + c.len_utf8(),
                _ => return end,
            }
        }
    }
    let token = proptest::string::string_regex("[a-z.,éřŧ«–\u{301}жא🍌\u{200B}\u{7}\u{7F}]{0,5}").unwrap();
    let separator = prop_oneof![
        Just(" "),
        Just("\n"),
        Just("\t"),
        Just("  "),
        Just("\u{A0}"),
        Just("\r\n")
    ];
    let pieces = proptest::collection::vec((token, separator), 1..8);
    proptest!(ProptestConfig::with_cases(20_000), |(first in "[a-zéř]{1,4}", pieces in pieces)| {
        let mut t = first;
        for (token, sep) in &pieces {
            t.push_str(sep);
            t.push_str(token);
        }
        let span = token_span(&t, 0, true, true, &mut OnlyCjkAndLatin::new(&t));
        if t[..t.find(char::is_whitespace).unwrap_or(t.len())].chars().all(is_plain) {
            prop_assert_eq!((span.end, span.fast, span.nfc, span.look), (alone(&t), true, true, TokenLook::Nothing), "{:?}", t);
        }
    });
    for (text, end) in [
        ("Příliš žluťoučký kůň\núpěl", "Příliš žluťoučký kůň\núpěl".len()),
        ("Příliš kůň жук", "Příliš kůň".len()),
        ("Příliš kůň\tüber", "Příliš kůň".len()),
        ("Příliš dis🍌tricts", "Příliš".len()),
        ("über  alles ", "über  alles ".len()),
    ] {
        let span = token_span(text, 0, true, true, &mut OnlyCjkAndLatin::new(text));
        assert_eq!(
            (span.end, span.fast, span.look),
            (end, true, TokenLook::Nothing),
            "{text:?}"
        );
    }
}

/// A span tells the look the letters of a cased script other than Latin only (see
/// `cased_only`): the look counts no others.
#[test]
fn spans_of_scripts_without_case_tell_the_look_nothing() {
    let cyrillic = TokenLook::Cased {
        script: Script::Cyrillic,
        letters: 8,
    };
    for (text, look) in [
        ("مرحبا بكم", TokenLook::Nothing),
        ("राष्ट्रपति भवन", TokenLook::Nothing),
        ("שלום עולם", TokenLook::Nothing),
        ("Москва да", cyrillic),
        ("Ünï", TokenLook::Nothing),
    ] {
        let span = token_span(text, 0, true, true, &mut OnlyCjkAndLatin::new(text));
        assert_eq!((span.end, span.look), (text.len(), look), "{text}");
    }
}

/// What `one_script` fuses, told by walking each token alone.
fn fused_alone(t: &str) -> Option<(usize, bool, TokenLook)> {
    let (mut at, mut result, mut span_script, mut nfc) = (0, None, None, true);
    loop {
        let Some((len, token_nfc, _)) = one_script(&t[at..], true, false) else {
            return result;
        };
        let end = at + len;
        // The letters of a token it accepts are of one script.
        let script = t[at..end].chars().find_map(|c| {
            if c.is_ascii_alphabetic() {
                return Some(Script::Latin);
            }
            let props = unicode::props(c);
            (!c.is_ascii() && props.is_plain_letter()).then_some(props.script)
        });
        if matches!((span_script, script), (Some(a), Some(b)) if a != b) {
            return result;
        }
        span_script = span_script.or(script);
        nfc &= token_nfc;
        // A span of a cased script other than Latin tells its letters, all of that script.
        let letters = t[..end]
            .chars()
            .filter(|&c| unicode::props(c).group() == GeneralCategoryGroup::Letter)
            .count();
        let look = match span_script {
            Some(script) if script != Script::Latin && unicode::lookalike::is_cased_script(script) => {
                TokenLook::Cased { script, letters }
            }
            _ => TokenLook::Nothing,
        };
        result = Some((end, nfc, look));
        match t[end..].chars().next() {
            Some(' ' | '\n') if end + 1 < t.len() => at = end + 1,
            _ => return result,
        }
    }
}

/// What the quick check vouches for is NFC.
#[test]
fn the_nfc_check_vouches_only_for_nfc() {
    use proptest::prelude::*;
    let text = proptest::string::string_regex(
        "[ae;\u{301}\u{308}\u{327}\u{37E}\u{387}\u{2126}\u{F900}éஊக\u{BBE}\u{BC6}\u{BCD}ক\u{9C7}\u{9BE}\u{9D7}한하\u{1100}\u{1161}\u{11A8}\u{AC00}\u{0F71}\u{0F72}\u{0F80}]{0,10}",
    )
    .unwrap();
    proptest!(ProptestConfig::with_cases(20_000), |(t in text)| {
        let mut check = NfcCheck::default();
        for c in t.chars() {
            if c.is_ascii() { check.ascii(c) } else { check.push(c, unicode::props(c)) }
        }
        if check.ok {
            prop_assert!(unicode_normalization::is_nfc(&t), "{:?}", t);
        }
    });
}
