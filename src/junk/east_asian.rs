//! The common case of the tokens that need no analysis in Chinese, Japanese and Korean text
//! (see [`super::single`]), numbers with counters included where no rule can find one an
//! intruder (POLICY.md R8).

use super::intruders::CJK_AND_LATIN;
use super::single::NfcCheck;
use crate::unicode::{self, GeneralCategoryGroup, ScriptExtension};

/// The common case of [`SingleScript`](super::SingleScript) for Chinese, Japanese and Korean
/// text (letters and punctuation of [`unicode::CJK`] alone, see `Props::is_east_asian`), with
/// ASCII punctuation and neutral punctuation, which every host the rules could choose accepts
/// (`東京スカイツリーは、開業`), and ASCII digits in sub-words where no counter can be an
/// intruder (R8): those a script hosts (see [`hosted`]: `東京スカイツリーは、2012年に開業しました`),
/// and any when `free()` says the text is one where no counter is an intruder (see
/// [`OnlyCjkAndLatin`]: `2024년`), asked only then. Its length
/// and whether it is NFC, or `None`.
pub(super) fn east_asian(token: &str, mut free: impl FnMut() -> bool) -> Option<(usize, bool)> {
    let mut nfc = NfcCheck::default();
    // Where the sub-word started, and whether it holds digits.
    let (mut sub_word, mut digits) = (0, false);
    // The sub-word ends at `at`, the next starts at `next`: whether the rules find nothing in it.
    let mut end_sub_word = |at: usize, next: usize, digits: &mut bool| {
        let ok = !std::mem::take(digits) || hosted(token, sub_word..at) || free();
        sub_word = next;
        ok
    };
    for (i, c) in token.char_indices() {
        if c.is_ascii() {
            nfc.ascii(c);
            match c {
                '\t'..='\r' | ' ' => return end_sub_word(i, i, &mut digits).then_some((i, nfc.ok)),
                '0'..='9' => digits = true,
                // Of no script: it ends a sub-word.
                '!'..='@' | '['..='`' | '{'..='~' if end_sub_word(i, i + 1, &mut digits) => {}
                _ => return None,
            }
            continue;
        }
        let props = unicode::props(c);
        let neutral_punctuation = || {
            props.group() == GeneralCategoryGroup::Punctuation
                && !unicode::is_specific(props.scx(c))
                && !props.is_emoji()
                && !props.is_invisible()
        };
        if !props.is_east_asian() {
            if !neutral_punctuation() {
                return (c.is_whitespace() && end_sub_word(i, i, &mut digits)).then_some((i, nfc.ok));
            }
            if !end_sub_word(i, i + c.len_utf8(), &mut digits) {
                return None;
            }
        }
        nfc.push(c, props);
    }
    end_sub_word(token.len(), token.len(), &mut digits).then_some((token.len(), nfc.ok))
}

/// Whether the sub-word `token[range]` of East Asian letters and punctuation and ASCII digits
/// has a script for its host (`Scanner::intruders`): three letters or more of one script, and
/// no fewer than its digits. Then no counter in it is glued to a number (R8) and the rules
/// find nothing in it. Letters are counted as the rules count them, one per grapheme cluster
/// led by a letter; a character before the sub-word that may join its first cluster makes the
/// answer no.
fn hosted(token: &str, range: std::ops::Range<usize>) -> bool {
    use unicode_segmentation::UnicodeSegmentation;
    if token[..range.start]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_ascii() && !unicode::stands_alone(c))
    {
        return false;
    }
    let sub_word = &token[range];
    let digits = sub_word.bytes().filter(u8::is_ascii_digit).count();
    let mut letters = [0_usize; unicode::CJK.len()];
    let mut count = |c: char| {
        let props = unicode::props(c);
        if props.group() == GeneralCategoryGroup::Letter
            && let Some(k) = unicode::CJK.iter().position(|&s| s == props.script)
        {
            letters[k] += 1;
        }
    };
    // Most often each character is a cluster of its own, and is counted as such.
    let own_clusters = |c: char| c.is_ascii_graphic() || unicode::stands_alone(c) || unicode::is_hangul_syllable(c);
    if sub_word.chars().all(own_clusters) {
        sub_word.chars().for_each(&mut count);
    } else {
        sub_word
            .graphemes(true)
            .filter_map(|cluster| cluster.chars().next())
            .for_each(&mut count);
    }
    letters.iter().any(|&n| n >= 3 && n >= digits)
}

/// Whether a text holds no letter of a specific script other than those of [`CJK_AND_LATIN`]
/// (the letters `TextScripts` counts): then no sub-word has a host of another script, and no
/// East Asian counter glued to a number is an intruder (R8 asks for such a host, see
/// `Scanner::writes_apart`). Found on first use, by a walk of the text's characters beyond
/// ASCII, and remembered: only tokens that mix East Asian letters and digits ask.
pub(super) struct OnlyCjkAndLatin<'t> {
    text: &'t str,
    found: Option<bool>,
}

impl<'t> OnlyCjkAndLatin<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        OnlyCjkAndLatin { text, found: None }
    }

    /// The answer for a text, known (for the tests).
    #[cfg(test)]
    pub(super) fn known(holds: bool) -> Self {
        OnlyCjkAndLatin {
            text: "",
            found: Some(holds),
        }
    }

    pub(super) fn holds(&mut self) -> bool {
        let text = self.text;
        *self.found.get_or_insert_with(|| {
            // The letters `TextScripts` counts, which alone make hosts.
            let other = |c: char| {
                let props = unicode::props(c);
                props.group() == GeneralCategoryGroup::Letter
                    && !props.is_styled()
                    && unicode::is_specific(ScriptExtension::from(props.script))
                    && !CJK_AND_LATIN.contains(&props.script)
            };
            !text.chars().any(|c| !c.is_ascii() && other(c))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn east_asian_tokens_and_their_numbers() {
        let judged = || false;
        assert_eq!(
            east_asian("東京スカイツリーは、に開業。", judged),
            Some(("東京スカイツリーは、に開業。".len(), true))
        );
        for t in ["2012年", "年2012", "2024년3월", "12345ひらが", "ひらが12,3月"] {
            assert_eq!(east_asian(t, judged), None, "{t}");
            // In a text where no counter is an intruder.
            assert_eq!(east_asian(t, || true), Some((t.len(), true)), "{t}");
        }
        // A sub-word hosted by a script, the number in it no host (R8).
        for t in [
            "2012年に開業しました。",
            "서울특별시 2024",
            "서울특별시2024",
            "ひらが12,月",
        ] {
            let len = t.find(' ').unwrap_or(t.len());
            let asked = std::cell::Cell::new(false);
            assert_eq!(east_asian(t, || asked.replace(true)), Some((len, true)), "{t}");
            assert!(!asked.get(), "{t}: the text was asked about for no need");
        }
        assert_eq!(east_asian("Tシャツ", || true), None);
    }

    /// [`hosted`] as the rules count letters, one per grapheme cluster, for every sub-word.
    fn hosted_by_clusters(token: &str, range: std::ops::Range<usize>) -> bool {
        use unicode_segmentation::UnicodeSegmentation;
        let before = token[..range.start].chars().next_back();
        if before.is_some_and(|c| !c.is_ascii() && !unicode::stands_alone(c)) {
            return false;
        }
        let sub_word = &token[range];
        let digits = sub_word.bytes().filter(u8::is_ascii_digit).count();
        let letters = |script| {
            let leads = sub_word.graphemes(true).filter_map(|cluster| cluster.chars().next());
            leads
                .filter(|&c| {
                    let props = unicode::props(c);
                    props.group() == GeneralCategoryGroup::Letter && props.script == script
                })
                .count()
        };
        unicode::CJK.iter().any(|&s| letters(s) >= 3 && letters(s) >= digits)
    }

    #[test]
    fn hosted_counts_letters_as_the_clusters_do() {
        use proptest::prelude::*;
        // Syllables, jamo, kana with their sound marks, Han, marks, digits and punctuation.
        let token = proptest::string::string_regex(
            "[가각힣\u{1100}\u{1161}\u{11A8}かカｶ\u{FF9E}\u{3099}東京\u{301}\u{200D}0-9.,、。a]{0,10}",
        )
        .unwrap();
        proptest!(ProptestConfig::with_cases(20_000), |(t in token, cut in 0usize..4)| {
            let start = t.char_indices().nth(cut).map_or(t.len(), |(i, _)| i);
            prop_assert_eq!(hosted(&t, start..t.len()), hosted_by_clusters(&t, start..t.len()), "{:?}", t);
        });
        // Syllables are counted one a character; a trailing jamo joins the syllable before it.
        let hosts = |t: &str| hosted(t, 0..t.len());
        assert!(!hosts("서울시2024") && hosts("서울특별시2024"));
        assert!(!hosts("가\u{11A8}가\u{11A8}12") && hosts("가\u{11A8}가\u{11A8}가1"));
    }

    #[test]
    fn which_texts_write_only_cjk_and_latin() {
        for (text, only) in [
            ("서울 2024년 3월, iPhone 16 発売 ー々〆 𝐆 Æ", true),
            ("ครั้ง 2024年", false),
            ("दाङ 53룗342", false),
            ("Москва 3月", false),
        ] {
            assert_eq!(OnlyCjkAndLatin::new(text).holds(), only, "{text}");
        }
    }
}
