//! Tests of the scan as a whole: the quick path against the full analysis, the counts, the
//! reasons, the fast token checks.

use unicode_segmentation::UnicodeSegmentation;

use super::intruders::{CJK_AND_LATIN, is_legit_mix};
use super::scripts::{AsciiLatin, get};
use super::single::is_single_script;
use super::standalone::{emoji_name, snake};
use super::*;

/// Text that exercises the quick paths: words, plain or not, into which characters that
/// are junk alone, glued junk, letters of other scripts, marks, joiners, selectors and
/// punctuation are glued, and a few words more around them.
pub(crate) fn quick_path_text() -> impl proptest::strategy::Strategy<Value = String> {
    const WORDS: &[&str] = &[
        "several",
        "its",
        "operation",
        "ab",
        "x",
        "don't",
        "e.g.",
        "(Nunavut),",
        "2024",
        "Ünï",
        "a·b",
        "Москва",
        "東京",
        "東京タワー.今年",
        "ภาษาไทย",
        "서울시",
        "कि",
        "می\u{200C}خواهم",
        "αβγ",
        "नमस्ते",
        "مرحبا",
        "ሰላምታ",
        "Привет-мир",
        "ab12cd",
        "",
    ];
    const GLUE: &[&str] = &[
        "🍌",
        "🔥",
        "👍",
        "\u{1F3FD}",
        "❤",
        "\u{FE0F}",
        "\u{FE0E}",
        "\u{200D}",
        "\u{200C}",
        "\u{200B}",
        "\u{AD}",
        "🇫",
        "#",
        "\u{20E3}",
        "\u{E0067}",
        "♕",
        "★",
        "𝄹",
        "𝐆",
        "𝑨",
        "𝟏",
        "ౠ",
        "ሀ",
        "ა",
        "Ꮳ",
        "ก",
        "ا",
        "꧅",
        "ꦰ",
        "Ჸ",
        "𐬎",
        "α",
        "ж",
        "\u{301}",
        "\u{E34}",
        "ʹ",
        "\u{93F}",
        "\u{94D}",
        "क",
        "東",
        "\u{FF9E}",
        "한",
        "\u{1161}",
        "©",
        "→",
        "\u{3164}",
        "\u{600}",
        ",",
        "-",
        "'",
        "1",
        " ",
        "\u{A0}",
        "(",
    ];
    glued_words(WORDS, proptest::sample::select(GLUE), 5)
}

/// Fewer than `most` words of `words`, joined by spaces, each with up to two pieces of `glue`
/// put in anywhere.
pub(crate) fn glued_words(
    words: &'static [&'static str],
    glue: impl proptest::strategy::Strategy<Value = &'static str>,
    most: usize,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let word = (
        proptest::sample::select(words),
        proptest::collection::vec((any::<proptest::sample::Index>(), glue), 0..3),
    )
        .prop_map(|(word, glue)| {
            let mut w: Vec<char> = word.chars().collect();
            for (at, g) in glue {
                let i = at.index(w.len() + 1);
                w.splice(i..i, g.chars());
            }
            w.into_iter().collect::<String>()
        });
    proptest::collection::vec(word, 1..most).prop_map(|words| words.join(" "))
}

/// What `walk::removals_leaving_ascii` takes for granted: a letter that is no emoji, pictograph
/// or invisible character is no junk alone, and those that are are of no script that a Latin
/// word does not take (so that no word it removes writes one, see `walk::glued_at_edge`); a
/// bidi control is a cluster of its own; printable ASCII stands alone and joins nothing.
#[test]
fn the_walk_to_ascii_knows_its_characters() {
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let props = unicode::props(c);
        let mut buf = [0; 4];
        if walk::never_alone_junk(props) {
            assert_eq!(standalone::standalone(c.encode_utf8(&mut buf), c, props), None, "{c:?}");
        } else if props.group() == unicode::GeneralCategoryGroup::Letter {
            assert!(!quick::foreign_to_latin(c, props), "{c:?}");
        }
        if crate::look::is_bidi_control(c) {
            assert!(unicode::stands_alone(c) && !unicode::joins_forward(c), "{c:?}");
        }
    }
    for c in ' '..='~' {
        assert!(unicode::stands_alone(c) && !unicode::joins_forward(c), "{c:?}");
    }
}

#[test]
fn the_quick_path_finds_what_the_full_analysis_finds() {
    use proptest::prelude::*;
    let options = [
        JunkOptions::default(),
        JunkOptions {
            emoji: EmojiAction::Name,
            ..JunkOptions::default()
        },
        JunkOptions {
            intruders: false,
            ..JunkOptions::default()
        },
        JunkOptions {
            styled: false,
            ..JunkOptions::default()
        },
    ];
    proptest!(ProptestConfig::with_cases(3000), |(text in quick_path_text())| {
        for opts in &options {
            let (mut quick, mut full) = (Vec::new(), Vec::new());
            scan(&text, opts, |e| quick.push(e));
            scan_full(&text, opts, |e| full.push(e));
            prop_assert_eq!(quick, full, "{:?}", text);
        }
    });
}

#[test]
fn ascii_tokens_are_counted_as_any_token() {
    use proptest::prelude::*;
    let token = proptest::string::string_regex("[ -~\t\x01\x7F\u{A0}\u{3000}é]{0,40}").unwrap();
    proptest!(|(text in token)| {
        let mut all = TextScripts::default();
        let mut counts = Vec::new();
        for t in text.split_whitespace().filter(|t| t.is_ascii()) {
            all.add_token(t, &mut counts);
        }
        let expected = AsciiLatin { letters: get(&all.letters, Script::Latin), hosts: get(&all.hosts, Script::Latin) };
        prop_assert_eq!(AsciiLatin::of(&text), expected);
    });
    assert_eq!(
        AsciiLatin::of("well-known e.g. ab1cd x"),
        AsciiLatin { letters: 16, hosts: 3 }
    );
}

fn edits(text: &str) -> Vec<(String, Reason)> {
    let mut out = Vec::new();
    scan(text, &JunkOptions::default(), |e| {
        out.push((text[e.range.clone()].to_owned(), e.reason));
    });
    out
}

#[test]
fn clean_ascii_has_no_edits() {
    assert!(edits("Hello, world! a+b=c x|y ~/path").is_empty());
}

#[test]
fn reasons() {
    assert_eq!(edits("dis🍌tricts"), [("🍌".to_owned(), Reason::Emoji)]);
    assert_eq!(edits("La♕kki"), [("♕".to_owned(), Reason::Symbol)]);
    assert_eq!(edits("𝐆its"), [("𝐆".to_owned(), Reason::Styled)]);
    assert_eq!(edits("seveౠral"), [("ౠ".to_owned(), Reason::Intruder)]);
    assert_eq!(edits("a\u{200B}b"), [("\u{200B}".to_owned(), Reason::Invisible)]);
}

#[test]
fn emoji_names() {
    assert_eq!(emoji_name("🍌"), ":banana:");
    assert_eq!(emoji_name("👍🏽"), ":thumbs_up_medium_skin_tone:");
    assert_eq!(emoji_name("©\u{FE0F}"), ":copyright:");
    assert_eq!(snake("family: man, woman, girl"), "family_man_woman_girl");
}

#[test]
fn single_script_tokens() {
    for t in [
        "Москва",
        "राष्ट्रपति",
        "(Yandex),",
        "東京",
        "ꦧꦱꦗꦮ꧉",
        "Αθήνα;",
        "١٢٣",
        "ٱلْعَرَبِيَّة",
        // Digits in a sub-word of their own, after neutral punctuation, make no number.
        "வேலூர்-166174.",
        "Москва,2024",
        "(2024)Москва",
    ] {
        assert!(is_single_script(t), "{t}");
    }
    // What ends a sub-word for `SingleScript`: every ASCII character but letters and digits is
    // punctuation or a symbol of no script, as the sub-words of the full analysis take it.
    for c in (' '..='~').filter(|c| !c.is_ascii_alphanumeric()) {
        let props = crate::unicode::props(c);
        assert!(!crate::unicode::is_specific(props.scx(c)), "{c:?}");
        assert!(
            matches!(
                props.group(),
                GeneralCategoryGroup::Punctuation | GeneralCategoryGroup::Symbol | GeneralCategoryGroup::Separator
            ),
            "{c:?}"
        );
    }
    for t in [
        "seveౠral",
        "154Ჸ36",
        "Москва2024",
        "2024-Москва2",
        "dis🍌",
        "a\u{200B}b",
        "𝐆its",
        "x©y",
        "\u{301}x",
        "4ꡀ",
    ] {
        assert!(!is_single_script(t), "{t}");
    }
}

#[test]
fn clusters_are_the_grapheme_clusters() {
    let legit = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/legit.txt")).unwrap();
    let mut tokens: Vec<String> = legit.split_whitespace().map(str::to_owned).collect();
    let glue = [
        "\u{301}",
        "\u{200D}",
        "\u{200C}",
        "🍌",
        "👍🏽",
        "🇫🇷",
        "\u{FE0F}",
        "\u{20E3}",
        "\u{1}",
        "\u{600}",
        "\u{111C2}",
        "\u{94D}",
        "क",
        "\u{1F3FB}",
        "\u{E0041}",
        "©",
        "\u{1160}",
        "\u{11A8}",
        "가",
    ];
    for (i, a) in glue.iter().enumerate() {
        for b in &glue[i..] {
            for t in ["ab", "a", "", "1x", "#"] {
                tokens.push(format!("{t}{a}{t}{b}{t}"));
                tokens.push(format!("{a}{b}{t}{a}"));
            }
        }
    }
    for t in &tokens {
        assert!(clusters(t).eq(t.grapheme_indices(true)), "{t:?}");
    }
}

/// Random sequences of characters of every segmentation class (and of the classes' edge
/// cases: ZWJ sequences, Indic conjuncts, flags, Hangul jamo, prepended marks), cut as the
/// segmentation rules cut them.
#[test]
fn clusters_of_any_sequence_are_the_grapheme_clusters() {
    use proptest::prelude::*;
    const CHARS: &[char] = &[
        'a',
        'x',
        '1',
        '#',
        '*',
        '-',
        '\u{1}',
        '\r',
        'é',
        '\u{301}',
        '\u{200D}',
        '\u{200C}',
        '\u{FE0F}',
        '\u{20E3}',
        '\u{1F3FB}',
        '🍌',
        '👍',
        '©',
        '🇫',
        '🇷',
        '\u{E0041}',
        '\u{E007F}',
        '\u{600}',
        '\u{111C2}',
        'क',
        'ष',
        '\u{94D}',
        '\u{93F}',
        '\u{93C}',
        '\u{1100}',
        '\u{1161}',
        '\u{11A8}',
        '가',
        '각',
        '東',
        'か',
        'ー',
        'ก',
        '\u{E33}',
        '\u{E31}',
        'ب',
        '\u{64E}',
        '\u{FFFD}',
        '\u{85}',
        '\u{2060}',
        'ক',
        '\u{9CD}',
        'த',
        '\u{BCD}',
        '\u{BBE}',
        '\u{34F}',
        '\u{200B}',
        '\u{1F1E6}',
    ];
    let text = proptest::collection::vec(proptest::sample::select(CHARS), 0..24)
        .prop_map(|chars| chars.into_iter().collect::<String>());
    proptest!(ProptestConfig::with_cases(20_000), |(t in text)| {
        prop_assert!(clusters(&t).eq(t.grapheme_indices(true)), "{:?}", t);
    });
}

#[test]
fn cjk_and_latin_mix_with_each_other_and_with_numbers() {
    for a in CJK_AND_LATIN {
        assert!(cjk_and_latin().contains_script(a));
        for b in CJK_AND_LATIN {
            assert!(a == b || is_legit_mix(a, b), "{a:?} {b:?}");
        }
        assert!(Host::Number.accepts_scx(ScriptExtension::from(a)));
    }
    for t in ["東京スカイツリーは、に開業しました。", "2024.년월", "漢字かなカナ"] {
        assert!(is_single_script(t), "{t}");
    }
    // A number with a counter is judged: in a text that writes another script, the counter
    // can be an intruder (R8).
    for t in ["東京スカイツリーは、2012年に開業しました。", "2024년3월", "3月"] {
        assert!(!is_single_script(t), "{t}");
    }
    for t in ["→", "①②", "≤5", "(½)", "─┐", "می‌خواهم", "ශ්‍රී", "क\u{200D}ष"] {
        assert!(is_single_script(t), "{t}");
    }
    for t in [
        "東京ไทย",
        "重さ5㎏",
        "東京\u{94D}",
        "ক東",
        "x→",
        "→\u{301}",
        "♕",
        "©",
        "a\u{200C}",
        "\u{200C}a",
        "a\u{200D}\u{200C}b",
        "a\u{200C}.",
        "→\u{200D}→",
        "a\u{200C}b",
        "б\u{200D}в",
        "Tシャツ",
        "用iPhone聊天",
    ] {
        assert!(!is_single_script(t), "{t}");
    }
}

#[test]
fn legit_mixes() {
    assert!(is_legit_mix(Script::Latin, Script::Han));
    assert!(is_legit_mix(Script::Katakana, Script::Latin));
    assert!(is_legit_mix(Script::Han, Script::Hiragana));
    assert!(!is_legit_mix(Script::Latin, Script::Telugu));
    assert!(!is_legit_mix(Script::Thai, Script::Javanese));
}

/// The look the scan takes as it walks the tokens is the look of the whole text.
#[test]
fn the_scan_looks_as_the_look_does() {
    use proptest::prelude::*;
    let look_alikes = proptest::string::string_regex(
        "[a-zA-Z0-9 .,+$<^'\t\n\r\u{1C}\u{85}\u{A0}\u{2029}\u{8}\u{301}аеорсухѕіАВЕКМНОРСТХяжбαβγοπρΑΒΕΗΙΚμλ漢カ한\u{202E}\u{2066}\u{2069}\u{202C}שאمی\u{200C}\u{200D}🍌𝐁ǅ©-]{0,40}",
    )
    .unwrap();
    let check = |t: &str| {
        let (scanned, seen) = scan_looking(t, &JunkOptions::default(), |_| false, |_| {});
        let whole = crate::look::look(t);
        // A scan that goes on past the look's answer reports what a scan without the look does.
        let mut resumed = Vec::new();
        let (on, _) = scan_looking(t, &JunkOptions::default(), |_| true, |e| resumed.push(e));
        let mut plain = Vec::new();
        let without = scan_in(t, &JunkOptions::default(), None, |e| plain.push(e));
        assert_eq!(resumed, plain, "{t:?}");
        assert_eq!(
            (on.settled, on.nfc, on.consulted),
            (without.settled, without.nfc, without.consulted),
            "{t:?}"
        );
        assert!(scanned.walked);
        assert_eq!(
            (seen.bidi, seen.lookalikes, seen.backspace),
            (whole.bidi, whole.lookalikes, whole.backspace),
            "{t:?}"
        );
        // Blank exactly when the text holds nothing the look could ever see, when it was given
        // every token.
        let blank = t
            .chars()
            .all(|c| crate::look::shows_nothing_in(c, crate::unicode::props(c)));
        if !scanned.stopped {
            assert_eq!(scanned.blank, blank, "{t:?}");
        }
        assert!(!on.blank || blank, "{t:?}");
        // Unmixed exactly when no token holds cased letters of two scripts.
        let unmixed = t.split(char::is_whitespace).all(|token| {
            let mut scripts = token
                .chars()
                .filter(|&c| c.is_ascii_alphabetic() || crate::unicode::props(c).is_cased_letter())
                .map(|c| crate::unicode::props(c).script);
            scripts.next().is_none_or(|first| scripts.all(|s| s == first))
        });
        if !scanned.stopped {
            assert_eq!(scanned.unmixed, unmixed, "{t:?}");
        }
        // Words of look-alikes not followed only where Latin cannot lead.
        let unknown = matches!(seen.disguised, crate::look::Disguise::Unknown { .. });
        assert!(seen.lookalikes || unknown || seen.disguised == whole.disguised, "{t:?}");
        if let crate::look::Disguise::Unknown { spare } = seen.disguised {
            // As many letters as could go with Latin still not leading, or fewer.
            assert!(
                crate::look::tests::exact_spare(t).is_some_and(|most| spare <= most),
                "{t:?}"
            );
        }
        // A bidi pairing that decides nothing: the walk goes on past the bidi controls.
        let keep_bidi = JunkOptions {
            bidi: Restoration::Keep,
            ..JunkOptions::default()
        };
        let (_, seen) = scan_looking(t, &keep_bidi, |_| false, |_| {});
        assert_eq!(
            (seen.bidi, seen.lookalikes, seen.backspace),
            (whole.bidi, whole.lookalikes, whole.backspace),
            "{t:?}"
        );
    };
    // ASCII symbols join a word, ASCII punctuation breaks it: `с$о` is a word of look-alikes.
    for t in ["с$о and more", "с+о, and more", "с,о and more", "ѕ<с^о abc"] {
        check(t);
    }
    for t in [
        "the ѕсоре of it",
        "сор, да and more",
        "Москвa",
        "pаypal",
        "Яндекс сор (Yandex)",
        "a\u{8}b",
        "x\u{202E}y\u{202C}",
    ] {
        check(t);
    }
    proptest!(ProptestConfig::with_cases(30_000), |(t in look_alikes)| check(&t));
    proptest!(ProptestConfig::with_cases(10_000), |(t in quick_path_text())| check(&t));
}

proptest::proptest! {
    /// The word-at-a-time check equals its definition: printable ASCII, tab and line breaks.
    #[test]
    fn plain_ascii_is_what_it_says(text in proptest::prop_oneof![
        "[ -~]{0,40}",
        "([ -~]|[\\x00-\\x1F\\x7F]|é|\\u{200B}){0,40}",
    ]) {
        let plain = text.bytes().all(|b| (b' '..0x7F).contains(&b) || b"\t\n\r".contains(&b));
        proptest::prop_assert_eq!(is_plain_ascii(&text), plain);
    }
}

/// The form of the suspect bytes the block search takes is the plain one.
#[test]
fn is_suspect_is_needs_look() {
    for b in 0..=u8::MAX {
        assert_eq!(super::is_suspect(b), super::needs_look(b, &[]), "{b:#x}");
    }
}

/// The shortcut after a token finds the suspect byte that the search finds.
#[test]
fn the_suspect_after_a_space_is_the_suspect() {
    use proptest::prelude::*;
    let bytes = proptest::collection::vec(
        prop_oneof![Just(b' '), Just(b'a'), Just(0x08), Just(0xD0), Just(0x80)],
        0..12,
    );
    let drop = proptest::collection::vec(prop_oneof![Just(b' '), Just(b'a')], 0..2);
    proptest!(ProptestConfig::with_cases(5000), |(bytes in bytes, drop in drop, from in 0usize..14)| {
        if let Some(at) = super::suspect_after_a_space(&bytes, from, &drop) {
            prop_assert_eq!(Some(at), super::find_suspect(&bytes, from, &drop), "{:?} {:?} {}", bytes, drop, from);
        }
    });
}

/// Tokens whose junk needs no context and that need no analysis without it are decided by
/// `Scanner::without_junk` (held to the full analysis by
/// `the_quick_path_finds_what_the_full_analysis_finds`, and to the look by
/// `the_scan_looks_as_the_look_does`); the others are left to the quick path and the analysis.
#[test]
fn tokens_without_their_junk_are_walked() {
    let opts = JunkOptions::default();
    let decided = |text: &'static str| {
        let mut scanner = Scanner::new(text, &opts);
        let found = scanner.without_junk(0..text.len(), true, &mut OnlyCjkAndLatin::new(text));
        let removed: Vec<&str> = scanner.edits.iter().map(|e| &text[e.range.clone()]).collect();
        found.map(|span| (span.end, span.nfc, span.look, removed))
    };
    // The token's end, whether it is NFC, what the look finds, the junk removed.
    let (nothing, walk) = (TokenLook::Nothing, TokenLook::Walk);
    let cased = |script, letters| TokenLook::Cased { script, letters };
    for (token, nfc, look, junk) in [
        ("Моск🍌ва", true, cased(Script::Cyrillic, 6), vec!["🍌"]),
        ("文化🍌必須.不過國家經驗", true, nothing, vec!["🍌"]),
        ("wo\u{200B}rd", true, nothing, vec!["\u{200B}"]),
        ("♕dis🍌tricts★", true, nothing, vec!["♕", "🍌", "★"]),
        ("λόγ🔥ος", true, cased(Script::Greek, 5), vec!["🔥"]),
        ("서울시\u{FEFF}", true, nothing, vec!["\u{FEFF}"]),
        ("서울\u{FEFF}시", true, nothing, vec!["\u{FEFF}"]),
        // Clusters of more than one character.
        ("se❤\u{FE0F}veral", true, nothing, vec!["❤\u{FE0F}"]),
        ("🇫🇷several👍🏽", true, nothing, vec!["🇫🇷", "👍🏽"]),
        // What is left is not NFC, and neither is the token.
        ("e\u{301}x🍌", false, nothing, vec!["🍌"]),
        // Junk the look sees: it walks the token.
        ("a\u{202E}b", true, walk, vec!["\u{202E}"]),
        // A styled letter or digit glued to an ordinary letter (R5); the look sees the letter.
        ("Моск𝐆ва", true, walk, vec!["𝐆"]),
        ("𝐆its🍌", true, walk, vec!["𝐆", "🍌"]),
        ("文化𝟏必須", true, nothing, vec!["𝟏"]),
        ("ab𝐆\u{301}c", false, walk, vec!["𝐆\u{301}"]),
    ] {
        assert_eq!(decided(token), Some((token.len(), nfc, look, junk)), "{token:?}");
    }
    // A separator in the junk's cluster (`™` joined to a pictograph by a ZWJ) changes the words
    // of the text: it is not settled.
    let text = "a🍌\u{200D}™b";
    let mut scanner = Scanner::new(text, &opts);
    let found = scanner.without_junk(0..text.len(), true, &mut OnlyCjkAndLatin::new(text));
    assert!(found.is_some() && !scanner.settled, "{text:?}");
    // No junk, junk that needs context, a cluster that starts before the junk, two scripts or
    // letters the analysis judges once the junk is out.
    for token in [
        "Москва",
        // Styled letters alone (folded, or notation), or beside no ordinary letter.
        "𝐁𝐨𝐥𝐝",
        "𝑥",
        "2𝑥+1",
        "a-𝐆",
        // The letter after it is in its cluster (found by `make explore`).
        "𝐆\u{FF9E}",
        "𝐨ำ",
        "s🏽everal",
        "a\u{200D}🍌b",
        // An emoji with a mark is no emoji sequence: the analysis judges it.
        "e🍌\u{301}",
        "Mo🍌сква",
        "seveౠral🍌",
        // A leading jamo and the Hangul syllable after the junk would join.
        "서\u{1100}\u{FEFF}시",
    ] {
        assert_eq!(decided(token), None, "{token:?}");
    }
}
