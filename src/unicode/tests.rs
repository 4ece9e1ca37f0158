//! Tests of the Unicode facts.

use super::*;

/// A letter that looks Latin is a cased letter: `one_script_or_junk` asks only the first.
#[test]
fn letters_that_look_latin_are_cased() {
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let p = props(c);
        assert!(!p.looks_latin() || p.is_cased_letter(), "{c:?}");
    }
}

/// The block search finds what a search one byte at a time finds, wherever the byte is
/// against the blocks of 64 and 16 and the padded tail.
#[test]
fn find_byte_finds_the_first_flagged_byte() {
    use proptest::prelude::*;
    let bytes = proptest::collection::vec(
        prop_oneof![8 => Just(b'a'), 1 => Just(b' '), 1 => Just(0x08), 1 => Just(0xD0), 1 => any::<u8>()],
        0..200,
    );
    proptest!(ProptestConfig::with_cases(20_000), |(mut bytes in bytes, from in 0usize..210, sparse in any::<bool>())| {
        if sparse {
            // One flagged byte at most, far from the start: the blocks of 64 are skipped.
            bytes.fill(b'a');
            if let Some(last) = bytes.last_mut() { *last = 0xD0; }
        }
        let flags = [|b: u8| b >= 0x80, |b: u8| b >= 0x80 || b == 0x08];
        for flag in flags {
            let naive = bytes.get(from..).and_then(|rest| rest.iter().position(|&b| flag(b))).map(|i| from + i);
            prop_assert_eq!(find_byte(&bytes, from, flag), naive, "{:?} {}", bytes, from);
        }
    });
}

#[test]
fn every_table_has_the_same_unicode_version() {
    use tables::UCD_VERSION;
    let v: Vec<u64> = UNICODE_VERSION.split('.').map(|p| p.parse().unwrap_or(0)).collect();
    let ucd = (
        u64::from(UCD_VERSION.0),
        u64::from(UCD_VERSION.1),
        u64::from(UCD_VERSION.2),
    );
    assert_eq!((v[0], v[1], v[2]), ucd);
    assert_eq!(unicode_properties::UNICODE_VERSION, ucd);
    assert_eq!(unicode_script::UNICODE_VERSION, ucd);
    assert_eq!(unicode_security::UNICODE_VERSION, ucd);
    assert_eq!(unicode_normalization::UNICODE_VERSION, UCD_VERSION);
}

#[test]
fn pictographs_are_found_and_typography_is_not() {
    for c in ['♕', '♌', '★', '✓', '𝄹', '⠁', 'Ⓐ', 'ⓐ', '⒜', '🅰', '🀄', '䷀'] {
        assert!(props(c).is_pictographic(), "{c}");
    }
    for c in [
        '©', '®', '™', '°', '№', '℃', '→', '•', '─', '①', '½', '€', '±', 'a', '♯',
    ] {
        assert!(!props(c).is_pictographic(), "{c}");
    }
}

#[test]
fn styled_letters_are_font_and_circle_letters() {
    for c in ['𝐆', '𝐁', '𝑥', '𝟏', 'ℂ', 'ℓ'] {
        assert!(props(c).is_styled(), "{c}");
    }
    for c in ['G', 'é', 'ﬁ', 'Ａ', 'ª', '①', 'Ⓐ'] {
        assert!(!props(c).is_styled(), "{c}");
    }
}

#[test]
fn invisible_characters() {
    for c in [
        '\u{200B}', '\u{FEFF}', '\u{2060}', '\u{AD}', '\u{202E}', '\u{2067}', '\u{1}', '\u{85}',
    ] {
        assert!(is_invisible(c), "{c:?}");
    }
    for c in ['\u{E000}', '\u{FDD0}', '\u{FFFF}', '\u{10FFFF}', '\u{378}'] {
        assert!(is_invisible(c), "{c:?}");
    }
    for c in ['\t', '\n', '\r', ' ', 'a', ZWJ, ZWNJ, '\u{A0}', '\u{2028}'] {
        assert!(!is_invisible(c), "{c:?}");
    }
}

#[test]
fn the_table_agrees_with_the_crates() {
    for u in (0..0x1_0000u32).step_by(7).chain([0x1F34C, 0x1D406, 0xE0001]) {
        let Some(c) = char::from_u32(u) else { continue };
        let p = props(c);
        assert_eq!(p, Props::compute(c));
        assert_eq!(p.gc, c.general_category());
        assert_eq!(p.group(), c.general_category_group(), "{c:?}");
        assert_eq!(p.script, c.script());
        assert_eq!(p.scx(c), c.script_extension());
    }
}

/// Every `step`-th code point of the first three planes that stands alone.
fn standing_alone(step: usize) -> Vec<char> {
    (0..0x3_0000u32)
        .step_by(step)
        .filter_map(char::from_u32)
        .filter(|&c| stands_alone(c))
        .collect()
}

#[test]
fn characters_that_stand_alone_are_their_own_clusters() {
    use unicode_segmentation::UnicodeSegmentation;
    for c in ['a', '🍌', 'ౠ', '𝐆', '\u{200B}', 'я', '漢', 'क', '\u{E000}'] {
        assert!(stands_alone(c), "{c:?}");
    }
    // Extend, ZWJ, SpacingMark, Prepend, regional indicators, jamo and Hangul syllables.
    for c in [
        '\u{301}',
        '\u{200D}',
        '\u{FE0F}',
        '\u{1F3FD}',
        '\u{93F}',
        '\u{600}',
        '🇫',
        '\u{1100}',
        '\u{AC00}',
        '\r',
    ] {
        assert!(!stands_alone(c), "{c:?}");
    }
    // Every run of characters that stand alone is one cluster per character.
    let alone = standing_alone(3);
    let text: String = alone.iter().collect();
    assert_eq!(text.graphemes(true).count(), alone.len());
    let reversed: String = alone.iter().rev().collect();
    assert_eq!(reversed.graphemes(true).count(), alone.len());
}

#[test]
fn hangul_syllables_are_their_own_clusters() {
    use unicode_normalization::UnicodeNormalization;
    use unicode_segmentation::UnicodeSegmentation;
    let syllables: Vec<char> = (0..=0x10_FFFF)
        .filter_map(char::from_u32)
        .filter(|&c| is_hangul_syllable(c))
        .collect();
    // Each decomposes into two or three jamo, as the Hangul syllables of the standard do.
    assert_eq!(syllables.len(), 11_172);
    for &c in &syllables {
        let jamo = std::iter::once(c).nfd().count();
        assert!(!stands_alone(c) && (2..=3).contains(&jamo), "{c:?}");
    }
    for c in [
        'a', '漢', 'か', '\u{1100}', '\u{1161}', '\u{11A8}', '\u{301}', '\r', '\u{1}',
    ] {
        assert!(!is_hangul_syllable(c), "{c:?}");
    }
    // Runs of syllables and characters that stand alone, in any order, are one cluster per
    // character.
    let alone = standing_alone(5);
    let mixed: String = syllables
        .iter()
        .step_by(7)
        .zip(&alone)
        .flat_map(|(&s, &a)| [s, s, a, s])
        .collect();
    assert_eq!(mixed.graphemes(true).count(), mixed.chars().count());
}

#[test]
fn letters_that_prepend_are_no_plain_letters() {
    use unicode_segmentation::UnicodeSegmentation;
    // Every letter is flagged exactly when it makes one cluster with what follows it.
    for c in (0..0x3_0000u32).filter_map(char::from_u32) {
        let p = props(c);
        if p.group() != GeneralCategoryGroup::Letter {
            continue;
        }
        let joined = [format!("{c}a"), format!("{c}.")]
            .iter()
            .all(|s| s.graphemes(true).count() == 1);
        assert_eq!(p.prepends(), joined, "{c:?}");
        assert!(!(p.prepends() && p.is_plain_letter()), "{c:?}");
    }
    assert!(props('\u{111C2}').prepends() && props('\u{D4E}').prepends());
    assert!(!props('क').prepends() && !props('\u{600}').prepends());
}

#[test]
fn characters_that_join_forward() {
    for c in ['\u{600}', '\u{94D}', '\u{200D}', '\u{111C2}'] {
        assert!(joins_forward(c), "{c:?}");
    }
    for c in ['a', '\u{301}', '\u{93F}', '\u{7A6}', '🍌', '\u{FE0F}', 'क'] {
        assert!(!joins_forward(c), "{c:?}");
    }
}

#[test]
fn scripts_that_use_joiners() {
    let uses = |c: char| uses_joiners(c.script_extension());
    for c in ['م', 'ܐ', 'क', 'ক', 'ශ', 'က', 'ក', 'ᠮ', 'ꦧ'] {
        assert!(uses(c), "{c}");
    }
    for c in ['a', 'б', 'γ', 'ա', 'ა', '漢', 'カ', '한', 'Ꮳ'] {
        assert!(!uses(c), "{c}");
    }
}

#[test]
fn emoji_properties() {
    assert!(is_emoji_presentation('🍌'));
    assert!(is_emoji_presentation('⌚'));
    assert!(!is_emoji_presentation('©'));
    assert!(!is_emoji_presentation('1'));
    assert!(is_emoji('©') && is_emoji('1') && is_emoji('#'));
    assert!(!is_emoji('a'));
    // An emoji cluster starts with an emoji (`junk::standalone` asks that first).
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        if is_regional_indicator(c) || is_emoji_presentation(c) {
            assert!(is_emoji(c), "{c:?}");
        }
    }
}

#[test]
fn letters_that_join_the_cluster_before_them_are_no_run_letters() {
    // Thai and Lao SARA AM are spacing marks to the segmentation (GB9a), though letters; so are
    // the halfwidth kana sound marks (`Extend`), which are no plain letters anyway.
    let joining: Vec<char> = ('\u{80}'..='\u{2FFFF}')
        .filter(|&c| props(c).group() == GeneralCategoryGroup::Letter && joins_back(c))
        .collect();
    assert_eq!(joining, ['\u{E33}', '\u{EB3}', '\u{FF9E}', '\u{FF9F}']);
    for c in joining {
        assert!(!props(c).is_run_letter() && joins_punctuation(c), "{c:?}");
    }
    assert!(props('ก').is_run_letter() && !joins_back('ก'));
}
