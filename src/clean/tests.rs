//! Tests of `Cleaner`: its shortcuts against the rounds, batches, idempotence.

use proptest::prelude::*;

use super::*;
use crate::{OPTIONS, OptionValue, Takes};

/// Any value each option takes, as the Python binding would hand it over.
fn any_options() -> impl Strategy<Value = Vec<(usize, &'static str, bool)>> {
    let texts = ["", "a", " ", "~", "é", "\u{200B}", "<X>", "remove", "keep"];
    prop::collection::vec(
        (0..OPTIONS.len(), prop::sample::select(texts.to_vec()), any::<bool>()),
        0..6,
    )
}

fn cleaner_of(picks: &[(usize, &'static str, bool)]) -> Cleaner {
    let mut options = CleanOptions::new();
    for &(i, text, flag) in picks {
        let spec = &OPTIONS[i];
        let value = match spec.takes {
            Takes::Flag => OptionValue::Bool(flag),
            Takes::ChoiceOrNone | Takes::TextOrNone if flag => OptionValue::None,
            Takes::Choice | Takes::ChoiceOrNone => OptionValue::Str(spec.choices[text.len() % spec.choices.len()]),
            Takes::ChoiceOrText | Takes::TextOrNone | Takes::Characters => OptionValue::Str(text),
        };
        // A value an option does not take leaves the options as they were.
        let _ = options.set(spec.name, value);
    }
    Cleaner::new(options)
}

proptest! {
    /// The shortcut of `clean_counted` for plain ASCII gives what the rounds give, whatever
    /// the options.
    #[test]
    fn the_shortcut_changes_nothing(
        picks in any_options(),
        text in prop_oneof![
            "([ -~\t\n\r]|&amp;|<b>|http://x\\.io){0,30}",
            "([ -~]|[\t\n\r\x00-\x1F\x7F]|  |é|\u{200B}|&amp;|<b>|http://x\\.io){0,24}",
        ],
    ) {
        let cleaner = cleaner_of(&picks);
        let shortcut = cleaner.clean_counted(&text, &mut Tally::default());
        let rounds = cleaner.clean_rounds(&text, false, &mut Tally::default());
        prop_assert_eq!(&shortcut, &rounds, "{:?}", cleaner.options());
        if cleaner.keeps_plain_ascii && junk::is_plain_ascii(&text) {
            prop_assert!(matches!(shortcut, Cow::Borrowed(_)));
        }
    }
}

/// Noisy text of ASCII words: characters of every kind glued in, most of which the passes
/// remove to leave plain ASCII, and many of which they do not (look-alikes, bidi controls,
/// BACKSPACE, marks, joiners, letters of other scripts, odd whitespace).
fn noisy_ascii() -> impl Strategy<Value = String> {
    const WORDS: &[&str] = &[
        "several",
        "its",
        "ab",
        "x",
        "Its",
        "USA",
        "McDonald",
        "don't",
        "e.g.",
        "(Nunavut),",
        "2024",
        "#1",
        "a-b",
        "",
    ];
    // Most often what the passes remove; as often, anything else.
    const GONE: &[&str] = &[
        "🍌",
        "👍🏽",
        "👍",
        "🏽",
        "❤\u{FE0F}",
        "©\u{FE0F}",
        "‼\u{FE0F}",
        "\u{FE0F}",
        "👨\u{200D}👩",
        "🇫🇷",
        "🇫",
        "#\u{FE0F}\u{20E3}",
        "\u{E0067}",
        "★",
        "♕",
        "𝄹",
        "𝐆",
        "𝑨",
        "𝟏",
        "ౠ",
        "꧅",
        "ꦰ",
        "\u{200B}",
        "\u{AD}",
        "\u{1F3FD}",
    ];
    const OTHER: &[&str] = &[
        "❤", "©", "\u{20E3}", "ﬁ", "東", "한", "ا", "ב", "क", "\u{93F}", "ж", "а", "о", "α", "Ω", "\u{2126}", "é",
        "\u{301}", "\u{200D}", "\u{200C}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{8}", "\u{7F}", "\u{1}", "\u{B}",
        "\u{A0}", "\u{2029}", "\u{85}", "\u{3000}", "\t", "\n", " ", "  ", ".", "\u{600}",
    ];
    // What the walk judges beyond junk that needs no context: bidi controls (stray, or pairs in
    // a paragraph), letters of scripts a Latin word does not take, at a word's edge or inside
    // it, and marks on letters.
    #[rustfmt::skip]
    const WHOLE: &[&str] = &[
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{2067}", "\u{2068}", "\u{2069}", "\n", "\r",
        "ꤻ", "ߦ", "𐑉", "ܨ", "ᱢ", "ౠ", "ㅤ", "\u{3164}\u{3164}", "ﾠ", "a",
        // Marks: of such scripts (an Oriya vowel in two parts, some of them reordered by NFC),
        // of Greek, of CJK, Thai and Lao, of several scripts, of none.
        "\u{9C0}", "\u{F82}", "\u{7AA}", "\u{AFF}", "\u{B47}", "\u{B3E}", "\u{B47}\u{B3E}", "\u{1DC0}",
        "\u{302A}", "\u{951}", "\u{F82}\u{301}", "\u{9CD}", "\u{74A}", "\u{1BE6}", "\u{E48}", "\u{EB7}",
        "\u{17BF}", "\u{1E01E}", "\u{982}", "\u{E48}\u{E49}", "\u{74A}\u{F82}", "\u{1E01E}\u{1E01B}", "\u{302E}",
        // Cased letters of other scripts, with and without a Latin look-alike, capital and small.
        "Կ", "ա", "Ј", "ј", "ѭ", "Ԑ", "Ꮣ", "Ꭺ", "ꮃ", "ⳓ", "Ⲁ", "𐐀", "𐐨", "ϻ", "Ν", "ν", "Ა", "ა",
    ];
    let glue = prop_oneof![
        3 => prop::sample::select(GONE),
        1 => prop::sample::select(OTHER),
        1 => prop::sample::select(WHOLE),
    ];
    junk::tests::glued_words(WORDS, glue, 6)
}

/// Latin words with a letter of the East Asian scripts glued in, most often one of Han, up to
/// eight of them, for the rule that asks whether the text writes them elsewhere (three letters:
/// R17); with junk, and Hangul fillers.
fn east_asian_glued() -> impl Strategy<Value = String> {
    const WORDS: &[&str] = &["several", "nation", "its", "e.g.", "2024"];
    #[rustfmt::skip]
    const GLUE: &[&str] = &[
        "中", "ゲ", "ー", "뇋", "ㄅ", "ฯ", "ຯ", "ក", "က", "🍌", "\u{3164}", "\u{3164}\u{3164}",
    ];
    let glue = prop_oneof![2 => Just(""), 3 => Just("琼"), 2 => prop::sample::select(GLUE)];
    let word = (prop::sample::select(WORDS), any::<prop::sample::Index>(), glue).prop_map(|(word, at, glue)| {
        let at = word
            .char_indices()
            .map(|(i, _)| i)
            .chain([word.len()])
            .nth(at.index(word.chars().count() + 1));
        let at = at.unwrap_or(0);
        format!("{}{glue}{}", &word[..at], &word[at..])
    });
    prop::collection::vec(word, 1..9).prop_map(|words| words.join(" "))
}

/// Text that the passes clean to plain ASCII is cleaned in one walk
/// (`junk::removals_leaving_ascii`) to what the passes give, whatever the options; and the
/// walk takes a good part of the noisy text, so that this test tests it.
#[test]
fn the_walk_to_ascii_gives_what_the_passes_give() {
    let taken = std::cell::Cell::new(0usize);
    let cases = 6000;
    proptest!(ProptestConfig::with_cases(cases), |(
        picks in prop_oneof![2 => Just(Vec::new()), 1 => any_options()],
        text in prop_oneof![3 => noisy_ascii(), 1 => junk::tests::quick_path_text(), 1 => east_asian_glued()],
    )| {
        let cleaner = cleaner_of(&picks);
        let mut walked = Tally::default();
        let once = cleaner.clean_counted(&text, &mut walked);
        let mut passed = Tally::default();
        let rounds = cleaner.clean_rounds(&text, false, &mut passed);
        prop_assert_eq!(&once, &rounds, "{:?} {:?}", text, cleaner.options());
        prop_assert_eq!(walked, passed, "{:?}", text);
        if cleaner.keeps_plain_ascii
                && cleaner.may_walk_to_ascii(&text)
                && let Some(first) = junk::find_not_plain(text.as_bytes(), 0)
                && junk::removals_leaving_ascii(&text, first, &cleaner.options.junk, |_| ()).is_some()
            {
            prop_assert!(junk::is_plain_ascii(&once), "{:?}", once);
            taken.set(taken.get() + 1);
        }
    });
    // Texts that are not plain ASCII, which the walk took (some 15 % of them).
    assert!(taken.get() > cases as usize / 10, "the walk took {} texts", taken.get());
}

/// The walk to ASCII takes a cased letter of another script glued into a word only where the
/// look-alike step leaves it (`walk::kept_by_lookalikes`): with no Latin look-alike, or a capital
/// inside a word with small letters; and a letter glued beside a removal as the token the
/// removal leaves has it. The passes agree on each.
#[test]
fn the_walk_leaves_lookalikes_to_their_step() {
    let cleaner = Cleaner::default();
    for (text, taken, cleaned) in [
        ("olԿd.", true, "old."),
        ("Bѭlood", true, "Blood"),
        ("oЈff", true, "off"),
        ("UЈSA", false, "UJSA"),
        ("Јoff", false, "Joff"),
        ("gоod", false, "good"),
        // Beside a removal: judged in the token the removal leaves.
        ("Trainޤi🪛ng", true, "Training"),
        ("sꤻe🍌v", true, "sev"),
        ("ab‼\u{FE0F}CЈD", false, "abCJD"),
    ] {
        let first = junk::find_not_plain(text.as_bytes(), 0);
        let walked = first.and_then(|first| junk::removals_leaving_ascii(text, first, &cleaner.options.junk, |_| ()));
        assert_eq!(walked.is_some(), taken, "{text:?}");
        assert_eq!(cleaner.clean_counted(text, &mut Tally::default()), cleaned, "{text:?}");
        assert_eq!(
            cleaner.clean_rounds(text, false, &mut Tally::default()),
            cleaned,
            "{text:?}"
        );
    }
}

proptest::proptest! {
    /// The rows found in a run of text are those that are not plain ASCII, and so every row
    /// `clean` changes (all rows with options that change plain ASCII).
    #[test]
    fn rows_to_clean_are_the_rows_not_plain(
        rows in proptest::collection::vec("([a-z ]{0,20}|[a-z ]{0,80}|[a-z]{0,3}[\t\x00\x7Fé🍌][a-z]{0,3})", 0..12),
        lower in proptest::bool::ANY,
        from in 0usize..12,
    ) {
        let mut options = CleanOptions::new();
        prop_assert!(options.set("lowercase", OptionValue::Bool(lower)).is_ok());
        let cleaner = Cleaner::new(options);
        let values = rows.concat();
        let mut offsets = vec![0];
        for row in &rows {
            offsets.push(offsets.last().copied().unwrap_or(0) + row.len());
        }
        let range = from.min(rows.len())..rows.len();
        let found = cleaner.rows_to_clean(values.as_bytes(), |i| offsets[i], range.clone());
        let expected: Vec<usize> = range.clone().filter(|&i| lower || !junk::is_plain_ascii(&rows[i])).collect();
        prop_assert!(range.clone().all(|i| cleaner.may_change(&rows[i]) == expected.contains(&i)));
        if cleaner.keeps_every_text_within(values.as_bytes()) {
            prop_assert!(expected.is_empty());
            prop_assert!(rows.iter().all(|r| !cleaner.may_change(r)));
        } else {
            prop_assert!(lower || !junk::is_plain_ascii(&values));
        }
        prop_assert_eq!(&found, &expected);
        for i in range.filter(|i| !found.contains(i)) {
            prop_assert!(matches!(cleaner.clean(&rows[i]), Cow::Borrowed(_)));
        }
    }
}

/// A replacement that takes away the words that made a mix of scripts legitimate leaves
/// text that is judged again: `clean` stays idempotent (found by `options_keep_idempotence`).
#[test]
fn replacements_keep_idempotence() {
    let mut options = CleanOptions::new();
    assert!(options.set("urls", OptionValue::Str("<URL>")).is_ok());
    let cleaner = Cleaner::new(options);
    for text in ["A.Aa/가가’ a一", "see example.com/東京 for a一"] {
        let once = cleaner.clean(text).into_owned();
        assert_eq!(cleaner.clean(&once), once, "{text:?}");
    }
}

/// The shortcut is taken where it should be: default options on plain ASCII.
#[test]
fn plain_ascii_is_given_back_at_once() {
    assert!(Cleaner::default().keeps_plain_ascii);
    assert!(junk::is_plain_ascii("row 1 of\tplain words\r\n"));
    assert!(!junk::is_plain_ascii("row 1\u{8}"));
    assert!(!junk::is_plain_ascii("café"));
    let mut lower = CleanOptions::new();
    assert!(lower.set("lowercase", OptionValue::Bool(true)).is_ok());
    assert!(!Cleaner::new(lower).keeps_plain_ascii);
}

/// Junk goes whatever the normalisation, none included (it used to stay with `normalize=None`).
#[test]
fn junk_goes_without_normalisation() {
    let mut options = CleanOptions::new();
    assert!(options.set("normalize", OptionValue::None).is_ok());
    let cleaner = Cleaner::new(options);
    assert_eq!(
        cleaner.clean("dis🍌tricts, seveౠral, e\u{301}"),
        "districts, several, e\u{301}"
    );
}

#[test]
fn batches_equal_rows() {
    let cleaner = Cleaner::default();
    let texts: Vec<String> = (0..3000).map(|i| format!("row {i} dis🍌tricts seveౠral {i}")).collect();
    let inputs: Vec<Option<&str>> = texts.iter().map(|t| Some(t.as_str())).collect();
    let batch = cleaner.clean_many(&inputs, 4);
    for (text, out) in texts.iter().zip(batch) {
        assert_eq!(out.as_deref(), Some(cleaner.clean(text).as_ref()));
    }
}
