//! Tests of the junk passes and their traced twin (`passes.rs`).

use super::*;
use crate::Cleaner;
use crate::whitespace::Whitespace;

/// `remove_junk` as it would be with no quick path and no early stop: every pass a full scan.
fn reference(cleaner: &Cleaner, text: &str) -> String {
    let mut text = text.to_owned();
    for _ in 0..MAX_PASSES {
        let mut edits = Vec::new();
        junk::scan_full(&text, &cleaner.options().junk, |e| edits.push((e.range, e.replacement)));
        if edits.is_empty() {
            break;
        }
        let applied = whitespace::apply(&text, edits, cleaner.options().whitespace);
        text = normalize::normalize(&applied, normalize::Form::Nfc).into_owned();
    }
    text
}

#[test]
fn text_the_scan_cannot_vouch_for_is_normalised_first() {
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;
    let cleaner = Cleaner::default();
    // Decomposed: judged as `é` and `ਖ਼` are, not as the letters and marks apart.
    for text in ["cafe\u{301}🍌", "\u{A16}\u{A3C}ਾਲਸਾ x", "Ж\u{308}\u{2000}x"] {
        let composed: String = text.nfc().collect();
        assert_eq!(cleaner.clean(text), cleaner.clean(&composed), "{text:?}");
    }
    proptest!(ProptestConfig::with_cases(2000), |(text in junk::tests::quick_path_text())| {
        let composed: String = text.nfc().collect();
        prop_assert_eq!(cleaner.clean(&text), cleaner.clean(&composed), "{:?}", text);
    });
}

#[test]
fn a_settled_text_needs_no_second_pass() {
    use proptest::prelude::*;
    let cleaners = [
        Cleaner::default(),
        Cleaner::new(CleanOptions {
            whitespace: Whitespace::Keep,
            ..CleanOptions::default()
        }),
    ];
    // Tidying glues `〝` to the next word once the emoji on either side go; the word then
    // has a foreign character at its edge, which a second pass removes.
    let glued =
        "ᆇ—6 x Москваç iŒçdz 〝🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} ❤\u{FE0F}می\u{200C}خواهم";
    for cleaner in &cleaners {
        assert_eq!(
            remove_junk(
                cleaner.options(),
                glued,
                &mut Effects::default(),
                false,
                false,
                &mut Tally::default()
            )
            .into_done()
            .unwrap_or_default(),
            reference(cleaner, glued)
        );
    }
    proptest!(ProptestConfig::with_cases(3000), |(text in junk::tests::quick_path_text())| {
        // The passes are given composed text (see `Cleaner::clean`).
        let text: String = unicode_normalization::UnicodeNormalization::nfc(text.as_str()).collect();
        for cleaner in &cleaners {
            let quick = remove_junk(cleaner.options(), &text, &mut Effects::default(), false, false, &mut Tally::default()).into_done().unwrap_or_default().into_owned();
            prop_assert_eq!(quick, reference(cleaner, &text), "{:?}", text);
        }
    });
}

trait IntoDone<'t> {
    /// The text without its junk, or `None`.
    fn into_done(self) -> Option<Cow<'t, str>>;
}

impl<'t> IntoDone<'t> for Passes<'t> {
    fn into_done(self) -> Option<Cow<'t, str>> {
        match self {
            Passes::Done(text) => Some(text),
            Passes::NotNfc | Passes::Restore(..) => None,
        }
    }
}

fn removed(text: &str) -> Vec<(&str, &'static str)> {
    traced(text, &JunkOptions::default(), &[], true, Whitespace::Tidy)
        .into_iter()
        .map(|j| (&text[j.start..j.end], j.reason.name()))
        .collect()
}

#[test]
fn a_token_the_tidying_glues_is_judged_again() {
    // Removing `а` drops the space before `:` (§4), which glues `б` to a Latin word: the
    // next pass removes it, as `clean` does.
    assert_eq!(crate::clean("б а:b"), ":b");
    assert_eq!(removed("б а:b"), [("б", "intruder"), ("а", "intruder")]);
    assert_eq!(removed("x б а:b"), [("б", "intruder"), ("а", "intruder")]);
    // With `whitespace="keep"` nothing is glued, and `б` stays.
    let kept = traced("б а:b", &JunkOptions::default(), &[], true, Whitespace::Keep);
    assert_eq!(kept.iter().map(|j| (j.start, j.end)).collect::<Vec<_>>(), [(3, 5)]);
    let mut keep = crate::CleanOptions::new();
    keep.set("whitespace", crate::OptionValue::Str("keep"))
        .unwrap_or_default();
    assert_eq!(Cleaner::new(keep).clean("б а:b"), "б :b");
}

#[test]
fn text_that_is_not_nfc_is_judged_composed() {
    // Jamo that compose to `가가`; `сор` is Latin `cop` to a reader, so no Cyrillic word
    // makes `가가` a counter glued to a number (R8): only the look-alikes go.
    let text = "\u{1100}\u{1161}\u{1100}\u{1161}1 café сор";
    assert_eq!(crate::clean(text), "가가1 café cop");
    assert_eq!(
        removed(text),
        [("с", "homoglyph"), ("о", "homoglyph"), ("р", "homoglyph")]
    );
    // A removed character that composing made comes back as the characters it was made of.
    assert_eq!(
        removed("\u{1100}\u{1161}🍌b"),
        [("\u{1100}\u{1161}", "intruder"), ("🍌", "emoji")]
    );
}

#[test]
fn edits_inside_one_composed_piece_are_one_item() {
    let text = "\u{606}\u{958}\u{4E00}";
    let found = traced(text, &JunkOptions::default(), &[], true, Whitespace::Tidy);
    assert!(found.windows(2).all(|w| w[0].end <= w[1].start), "{found:?}");
    assert_eq!(found.last().map(|j| j.end), Some("\u{606}\u{958}".len()));
}

#[test]
fn composed_pieces_are_the_nfc_and_map_back() {
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;
    let text =
        proptest::string::string_regex("[a e\u{301}\u{323}\u{307}\u{1100}\u{1161}\u{11A8}가ạ🍌\u{FB01}\u{212B}]{0,12}")
            .unwrap();
    proptest!(ProptestConfig::with_cases(3000), |(t in text)| {
        let (out, origin) = composed(&t);
        prop_assert_eq!(&out, &t.nfc().collect::<String>());
        prop_assert_eq!(origin.len(), out.len());
        // Every byte of the text as given is covered, once, in order.
        let mut runs = Vec::new();
        given_runs(&origin, |s, e| runs.push(s..e));
        prop_assert_eq!(runs.first().map_or(0, |r| r.start), 0);
        prop_assert_eq!(runs.last().map_or(0, |r| r.end), t.len());
        prop_assert!(runs.windows(2).all(|w| w[0].end <= w[1].start));
    });
}

#[test]
#[allow(clippy::single_range_in_vec_init)] // lists of ranges, one of them
fn windows_are_the_tokens_around_the_changes() {
    let text = "ab cd ef gh";
    assert_eq!(around(text, &[4..4]), [3..5]);
    assert_eq!(around(text, &[3..3, 4..4, 5..5]), [3..5]);
    assert_eq!(around(text, &[2..2]), [0..2]);
    assert_eq!(around(text, &[1..1, 7..8]), [0..2, 6..8]);
    assert_eq!(around(text, &[4..7]), [3..8]);
    assert_eq!(around("", &[0..0]), [0..0]);
}

#[test]
fn later_passes_map_back() {
    // The emoji goes first; only then is the styled letter glued to `its`.
    let text = "𝐆🍌its";
    assert_eq!(crate::clean(text), "its");
    assert_eq!(removed(text), [("𝐆", "styled"), ("🍌", "emoji")]);
}

#[test]
fn a_later_pass_can_change_an_earlier_replacement() {
    let text = "𝐆𝐆.ౠ";
    let found = traced(text, &JunkOptions::default(), &[], true, Whitespace::Tidy);
    let edits: Vec<_> = found
        .iter()
        .map(|j| (&text[j.start..j.end], j.replacement.as_str()))
        .collect();
    assert_eq!(crate::clean(text), ".ౠ");
    assert_eq!(edits, [("𝐆", ""), ("𝐆", "")]);
}

#[test]
fn runs_split_at_gaps() {
    let mut out = Vec::new();
    let origin = [0, 1, 9, 5, 6, 8].map(|b| if b == 9 { Origin::Inserted(0) } else { Origin::Given(b) });
    given_runs(&origin, |s, e| {
        out.push((s, e));
    });
    assert_eq!(out, [(0, 2), (5, 7), (8, 9)]);
}

/// What the quick path of `keeps_tokens_apart` rests on: no character outside the Basic
/// Multilingual Plane is whitespace (as `char::is_whitespace` has it) or a break of bidi
/// paragraphs.
#[test]
fn supplementary_characters_are_no_whitespace() {
    let whitespace = (0x1_0000..=0x10_FFFF)
        .filter_map(char::from_u32)
        .find(|&c| c.is_whitespace());
    assert_eq!(whitespace, None);
    assert!(keeps_tokens_apart("🍌𝐆\u{E0067}"));
    assert!(!keeps_tokens_apart("🍌\u{3000}"));
    assert!(!keeps_tokens_apart("\u{1D}"));
    assert!(keeps_tokens_apart("꧅ౠ"));
}

/// In a text that a cased script other than Latin leads, whose tokens each write one cased
/// script, removals from within tokens leave the look seeing nothing, as long as Latin could
/// not come to lead: as long as they removed fewer letters of that script than it has to spare.
#[test]
fn a_blind_text_stays_unseen_while_latin_cannot_lead() {
    let options = CleanOptions::default();
    let mut blind = 0;
    for k in 1..12 {
        for junk in 1..4 {
            // `ౠ` is junk glued into a Cyrillic word, a letter that the look sees.
            let text = format!("{}{}", vec!["ваза"; k].join(" "), " сеౠмь".repeat(junk));
            let (scanned, seen) = junk::scan_looking(&text, &options.junk, |_| false, |_| {});
            assert!(scanned.unmixed, "{text:?}");
            let mut effects = Effects::default();
            let out = match remove_junk(&options, &text, &mut effects, false, true, &mut Tally::default()) {
                Passes::Done(out) => out,
                _ => Cow::Borrowed("not done"),
            };
            assert_eq!(out, format!("{}{}", vec!["ваза"; k].join(" "), " семь".repeat(junk)));
            let removed = text.len() - out.len();
            let within = matches!(seen.disguised, look::Disguise::Unknown { spare } if removed / 2 <= spare);
            assert_eq!(effects.unseen, within, "{text:?} {seen:?}");
            blind += usize::from(within);
        }
    }
    // Both sides of the bound are met.
    assert!((1..33).contains(&blind), "{blind}");
}
