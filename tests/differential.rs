//! Differential tests: the engine (`textwash::clean`) against the model of POLICY.md in
//! tests/model/, byte for byte, on the golden cases, the reference article, the legit corpus,
//! families of hostile inputs, the yardstick documents (tests/data/yardstick/*.jsonl, if any),
//! generated text mixing every class of junk with text of many scripts, and generated text
//! perturbed the ways of §6 (backspaces, bidi controls, look-alike letters, joiners).

#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)] // test code reports by panicking and printing

mod common;
mod model;

use std::fs;
use std::path::Path;

use common::reader::{perturbed_text, swapped_pair};
use common::{data, golden_cases, noisy_text};
use model::{EmojiMode, Options, Restoration};
use proptest::prelude::*;
use textwash::{CleanOptions, Cleaner, OptionValue};

/// The option sets compared: the default and each switch turned the other way.
fn option_sets() -> Vec<(&'static str, Options)> {
    let d = Options::default();
    vec![
        ("default", d),
        ("intruders=keep", Options { intruders: false, ..d }),
        ("styled=keep", Options { styled: false, ..d }),
        ("symbols=keep", Options { symbols: false, ..d }),
        ("invisible=keep", Options { invisible: false, ..d }),
        (
            "emoji=keep",
            Options {
                emoji: EmojiMode::Keep,
                ..d
            },
        ),
        (
            "emoji=name",
            Options {
                emoji: EmojiMode::Name,
                ..d
            },
        ),
        (
            "backspaces=remove",
            Options {
                backspaces: Restoration::Remove,
                ..d
            },
        ),
        (
            "backspaces=keep",
            Options {
                backspaces: Restoration::Keep,
                ..d
            },
        ),
        (
            "bidi=remove",
            Options {
                bidi: Restoration::Remove,
                ..d
            },
        ),
        (
            "bidi=keep",
            Options {
                bidi: Restoration::Keep,
                ..d
            },
        ),
        ("homoglyphs=remove", Options { homoglyphs: false, ..d }),
    ]
}

fn restore_name(r: Restoration) -> &'static str {
    match r {
        Restoration::Restore => "restore",
        Restoration::Remove => "remove",
        Restoration::Keep => "keep",
    }
}

fn engine(opts: Options) -> Cleaner {
    let mut o = CleanOptions::new();
    let keep = |remove: bool| OptionValue::Str(if remove { "remove" } else { "keep" });
    let emoji = match opts.emoji {
        EmojiMode::Remove => "remove",
        EmojiMode::Keep => "keep",
        EmojiMode::Name => "name",
    };
    o.set("emoji", OptionValue::Str(emoji)).unwrap();
    o.set("symbols", keep(opts.symbols)).unwrap();
    o.set("intruders", keep(opts.intruders)).unwrap();
    o.set("styled", keep(opts.styled)).unwrap();
    o.set("invisible", keep(opts.invisible)).unwrap();
    o.set("backspaces", OptionValue::Str(restore_name(opts.backspaces)))
        .unwrap();
    o.set("bidi", OptionValue::Str(restore_name(opts.bidi))).unwrap();
    let homoglyphs = if opts.homoglyphs { "restore" } else { "remove" };
    o.set("homoglyphs", OptionValue::Str(homoglyphs)).unwrap();
    Cleaner::new(o)
}

/// The divergences of the engine from the model on `texts`, one line each.
fn divergences<'a>(texts: impl IntoIterator<Item = &'a str>, sets: &[(&str, Options)]) -> Vec<String> {
    let engines: Vec<Cleaner> = sets.iter().map(|&(_, o)| engine(o)).collect();
    let mut out = Vec::new();
    for text in texts {
        for ((name, opts), cleaner) in sets.iter().zip(&engines) {
            let want = model::clean_with(text, *opts);
            let got = cleaner.clean(text);
            if got != want {
                out.push(format!(
                    "[{name}] input: {text:?}\n    model:  {want:?}\n    engine: {got:?}"
                ));
            }
        }
    }
    out
}

fn assert_none(what: &str, found: &[String]) {
    assert!(
        found.is_empty(),
        "{what}: {} divergences\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The model's options for a golden case, if the model knows them all.
fn model_options(options: &toml::Table) -> Option<Options> {
    let mut o = Options::default();
    for (name, value) in options {
        let value = value.as_str()?;
        let remove = value == "remove";
        match name.as_str() {
            "emoji" => {
                o.emoji = match value {
                    "remove" => EmojiMode::Remove,
                    "keep" => EmojiMode::Keep,
                    "name" => EmojiMode::Name,
                    _ => return None,
                }
            }
            "symbols" => o.symbols = remove,
            "intruders" => o.intruders = remove,
            "styled" => o.styled = remove,
            "invisible" => o.invisible = remove,
            "backspaces" | "bidi" => {
                let r = match value {
                    "restore" => Restoration::Restore,
                    "remove" => Restoration::Remove,
                    "keep" => Restoration::Keep,
                    _ => return None,
                };
                if name == "bidi" {
                    o.bidi = r;
                } else {
                    o.backspaces = r;
                }
            }
            "homoglyphs" => {
                o.homoglyphs = match value {
                    "restore" => true,
                    "remove" => false,
                    _ => return None,
                }
            }
            _ => return None,
        }
    }
    Some(o)
}

/// The model meets the golden cases it has the options for: it is a model of the policy.
#[test]
fn the_model_meets_the_golden_cases() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (_, case) in golden_cases() {
        let Some(opts) = model_options(&case.options) else {
            continue;
        };
        count += 1;
        let got = model::clean_with(&case.input, opts);
        if got != case.expected {
            failures.push(format!(
                "{}\n    input:    {:?}\n    expected: {:?}\n    model:    {:?}",
                case.name, case.input, case.expected, got
            ));
        }
    }
    assert!(count > 60, "{count} cases");
    assert_none("golden cases (model)", &failures);
    let noisy = data("article_noisy.txt");
    let clean = data("article_clean.txt");
    assert_eq!(model::clean(&noisy), clean);
    assert_eq!(model::clean(&clean), clean);
}

#[test]
fn golden_inputs() {
    let mut found = Vec::new();
    for (_, case) in &golden_cases() {
        found.extend(divergences(
            [case.input.as_str(), case.expected.as_str()],
            &option_sets(),
        ));
    }
    assert_none("golden inputs", &found);
}

#[test]
fn article_and_legit_corpus() {
    let noisy = data("article_noisy.txt");
    let clean = data("article_clean.txt");
    let legit = data("legit.txt");
    let mut texts: Vec<&str> = vec![&noisy, &clean, &legit];
    texts.extend(noisy.lines());
    texts.extend(legit.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')));
    assert_none("article and legit corpus", &divergences(texts, &option_sets()));
}

/// Small instances of the hostile families (the engine's worst cases for speed).
#[test]
fn hostile_families() {
    let scripts8 = "aбγאع中ꦰౠ";
    let mut texts = Vec::new();
    for n in [1, 2, 3, 7, 40] {
        texts.push(scripts8.repeat(n));
        texts.push(format!("a{}", "\u{FE0F}".repeat(n * 5)));
        texts.push("1ౠ2".repeat(n * 3));
        texts.push("abcౠdef".repeat(n * 3));
        texts.push(format!("{} x", scripts8.repeat(n)));
        texts.push("ab\u{200D}".repeat(n * 3));
        texts.push("🍌a".repeat(n * 5));
        texts.push("𝐚b".repeat(n * 5));
        // §6: backspaces, bidi controls nested deep, swapped pairs, look-alikes.
        texts.push(format!("{}{}", "ab\u{8}".repeat(n * 3), "\u{8}".repeat(n * 5)));
        texts.push(format!("{}x{}", "\u{8}\n".repeat(n), "\u{7F}".repeat(n)));
        texts.push(format!(
            "{}abc def{}",
            "\u{202E}\u{2066}".repeat(n),
            "\u{2069}\u{202C}".repeat(n)
        ));
        texts.push(format!("{}abc", "\u{202B}\u{202D}".repeat(n)));
        texts.push(swapped_pair('a', 'b').repeat(n * 3));
        texts.push("pаypal ѕсоре ".repeat(n * 2));
    }
    // Deeper than UAX #9's 125 levels.
    texts.push(format!(
        "{}abc{} x",
        "\u{202E}\u{202D}".repeat(70),
        "\u{202C}".repeat(140)
    ));
    texts.push(format!(
        "{}abc{} x",
        "\u{2067}\u{2066}".repeat(70),
        "\u{2069}".repeat(140)
    ));
    assert_none(
        "hostile families",
        &divergences(texts.iter().map(String::as_str), &option_sets()),
    );
}

/// Inputs on which the engine and the model once disagreed, each a rule of POLICY.md.
const REGRESSIONS: &[&str] = &[
    // R8: East Asian sub-words with digits that the shortcut judges by counting letters, in a
    // text of another script; letters are counted per grapheme cluster (jamo that NFC composes,
    // and three leading jamo that make one cluster).
    "दाङ 2012年に開業しました वडा 12345ひらが, ひらが12,3月 ひらが12,月",
    "दाङ \u{1100}\u{1161}\u{1100}\u{1161}1 वडा",
    "दाङ \u{1100}\u{1100}\u{1100}1 वडा",
    // R8: a text of CJK and Latin alone, where numbers with counters need no analysis, and one
    // of Thai, where they do.
    "서울 2024년 3월 15일, iPhone 16 発売 5個",
    "ครั้ง 53룗342 ไทย 2024年",
    // R16: a cluster of two letters or more (leading jamo, an Indic conjunct) is one unit of its
    // sub-word but as many letters of the text, which "elsewhere" leaves out.
    "दाङ \u{1100}\u{1100}1 वडा",
    "the ab\u{1100}\u{1100}\u{1100}\u{1100}cd and more",
    "the abक्षcd and क्ष more",
    // R1: an ASCII symbol carrying a mark, selector or tag is still an ASCII symbol.
    "abc+\u{112E7}def",
    "ab^\u{FE0F}cd",
    "Ü+\u{112E7}nï ",
    "ab$\u{303}cd",
    "ab<\u{E0068}cd",
    // R1: ASCII symbols in a run of symbols glued inside a word stay.
    "a©+bseveral ",
    "ab×+cd",
    // R15: a joiner is judged once the junk around it is gone.
    "می\u{200C}αخواهم ",
    "कक्\u{200D}×ष",
    "क्\u{200D}𝑥ष",
    "ⓐक\u{94D}\u{200D}\u{FF9E}ष",
    "(\u{200D}Nunavut),#αы می\u{200D}β\u{200C}خواهم ",
    "क\u{94D}\u{200D}\u{200D}𝟏ष",
    // §3 change (a): a joiner inside a cluster joins nothing in a script without joiners.
    "a\u{200D}\u{301}b",
    "♕◌\u{200D}\u{1A79} ",
    "96\u{200C}\u{34E}",
    "क\u{94D},\u{200D}\u{FF9E}+ष",
    "behavi\u{200D}or pa\u{200C}per",
    // R16: ZWNJ is neither punctuation nor a symbol; it splits no word.
    "its ශ🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}\u{DCA}\u{200D}ර\u{DD3}\u{200C}िⵜⴰⵎⴰⵣⵉⵖⵜ ",
    "abمی\u{200C}خواهم",
    "5\u{93F}k×g महाराष\u{94D}ट\u{94D}रمی\u{200C}خواهم",
    // R9: two letters glued through punctuation to a word of another script, in a text that
    // writes no other word in their script (`۝` prepends to the digit after it).
    "खघ”लऑ\u{6DD}๕プコテ",
    // An orphan mark, a removed invisible and a Thai mark: NFC is judged on what is left.
    "\u{301}\u{200b}\u{e3a} ",
    // R15: a joiner's neighbours are the letters around it, past other joiners.
    "ශ\u{dca}\u{200d}\u{200b}\u{200d}ර\u{dd3} ",
    // Orphan marks of two scripts before a Javanese letter, in a text that writes no word.
    "\u{312}ꦴ\u{900}ꦄ꧁一",
    // R7: a mark of a script the text does not use, on a letter of no script.
    "ʹ\u{e34} ",
    // R17: CJK glued to a Latin word of a text that writes no CJK.
    "ab中 x",
    "aбγאع中ꦰౠ x",
    // §6, R19, R22, R14: whole words are judged on the text the mixed-word mapping gives, or a
    // second clean maps them.
    "sсоре paypal",
    "work OK, paypal TΟΡ scope",
    // R22: styled letters (script Common) are no script's letters when Latin's are counted.
    "𝐁𝐨𝐆 abc ор",
    // R22: a Cyrillic letter glued into a Latin word is no Cyrillic word.
    "жiPhone several ѕсоре",
    // R21: an isolate is closed by its PDI, an embedding by the PDF after it (UAX #9 BD9); an
    // embedding or override left open inside an isolate is a stray.
    "\u{202b}a\u{2066}\u{202a}b\u{2069}\u{202c}",
    "x\u{2067}.ab \u{202a}cd\u{2069}y",
    "\u{2066}ab \u{202e}cd \u{2069} x",
    // R21: a stray is §1's to judge (kept with invisible="keep") in a reordered paragraph too.
    "x\u{202e}ab\u{202c}y \u{202b}cd",
    // R20: the mark left by an erased character follows the character before: one column.
    "ax\u{8}\u{303}\u{8}b",
    // Found by the lib and property tests' random runs (their proptest-regressions files, now
    // kept here, the one home of the inputs random runs found).
    "Москва severalж",
    "\u{316}\u{f71}क",
    "\u{a980}\u{c3e}A",
    "𝐀𝚨\u{363},",
    "ఒ\u{340} ",
    "Y\u{30a}",
    ",\u{200c}\u{fe0f}",
    "0\u{e0020}ꦄ ",
    "A\u{2ee5e}aAؠٱ’",
    "\u{900}\u{200b}\u{35e}\t“",
    "ऄ\t\u{e0020}”A",
    "𝐀𝚨𝐀:K\u{e0020}\u{341}",
    "\u{300}\u{e0020}\u{31b}",
    "\u{314}\u{e0020}\u{a9c0}A",
    "@2023-02-17 19:10https://example.com/a?b=1",
    "Γα,aAa",
    "AAa’ЀЀаTO",
    // R19: each restoration judges composed text (found by review).
    "pаx\u{8}\u{306}ypal",
    "xο\u{2066}\u{2069}\u{301}yz",
    "e\u{2066}\u{2069}\u{301}\u{2066}\u{202E}x\u{2069}\u{202C}y",
    "\u{202a}scop\u{202c}\u{301}\u{202d}\u{2066}\u{202e}\u{2066}e\u{2069}\u{2066}\u{8}\u{2069}\u{202c}\u{2069}\u{202c}",
    // R16: the rest of a token, as the host of a piece glued to it, counts its letters as the
    // text does (the conjunct क्ष is one cluster but two Devanagari letters).
    "東-क्षab",
    // R19 on text that is not NFC: composed, then restored before the junk is judged (the
    // Cyrillic look-alike word is Latin `cop`, so the text writes no word of a script for R8).
    "\u{1100}\u{1161}\u{1100}\u{1161}1 café сор ",
    // A letter that prepends (GB9b) makes one cluster with the punctuation after it, so the
    // rules cut no sub-word there: the shortcuts must not take the token.
    "𑇂•53342 ",
    "𑆃𑇂•53342",
    // R7: `ำ` joins the cluster of the punctuation before it, and the mark after it is on that
    // punctuation: the shortcuts took `ำ` for the first letter of a word.
    "’ำ\u{e34} ",
    // R23: with `emoji="name"` the names' letters once made the words they were glued to
    // intruders, or look-alikes (`Ура` became `Ypa`); a short code is read as its emoji.
    "а  x\u{8}म\u{a0}ह🍌ाराष\u{94d}ट\u{94d}र ",
    "да😂 Ура!🎉🎉 ок👍 ना😂",
    "д:joy: ::joy:: :joy:banana: ก🧚🏼ำไร",
    // R5, through the walk of what is left once junk is out (`Scanner::without_junk`): the
    // character after a styled letter is in its cluster, and no ordinary letter beside it
    // (found by `make explore`).
    "𝑨\u{ff9e}° ",
    "𝐆\u{ff9e} ",
    "ท🈗𝐁\u{a0}𝐨ำ ",
];

#[test]
fn regressions() {
    assert_none("regressions", &divergences(REGRESSIONS.iter().copied(), &option_sets()));
}

/// The one known divergence (README, "held to a model"): the engine runs the junk passes at most
/// `MAX_PASSES` times to stay linear, and a chain of five removals, each exposing the next, stops
/// one short of R14's fixed point. When this fails, the bound no longer bites: move the input to
/// `REGRESSIONS` and take the paragraph out of the README.
#[test]
fn the_pass_bound_stops_a_chain_of_five_removals_short() {
    let text = "б а  म\u{a0}ह:banana:ाराष\u{94d}ट\u{94d}र ";
    let once = engine(Options::default()).clean(text).into_owned();
    assert_eq!(once, "б:banana: ");
    assert_eq!(engine(Options::default()).clean(&once), ":banana: ");
    assert_eq!(model::clean(text), ":banana: ");
}

/// Every document of tests/data/yardstick/*.jsonl (one JSON string per line), if any.
#[test]
fn yardstick_documents() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/yardstick");
    let Ok(entries) = fs::read_dir(&dir) else { return };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut docs = Vec::new();
    for path in files {
        for line in fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            let doc: String = serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            docs.push(doc);
        }
    }
    let sets = &option_sets()[..1];
    assert_none("yardstick", &divergences(docs.iter().map(String::as_str), sets));
}

/// Words of many scripts, plain and legitimately mixed.
const WORDS: &[&str] = &[
    "several",
    "its",
    "operation",
    "ab",
    "x",
    "e.g.",
    "x-y",
    "don't",
    "(Nunavut),",
    "2024",
    "7.10",
    "5kg",
    "Ünï",
    "café",
    "a·b",
    "Windows",
    "C",
    "T",
    "a+b",
    "Москва",
    "Москва-166174.",
    "Яндекс",
    "вчера",
    "ы",
    "Αθήνα",
    "μm",
    "ΔG",
    "α-helix",
    "東京",
    "用iPhone聊天",
    "Tシャツ",
    "X光片",
    "한국語",
    "3시",
    "ท🈗ำ",
    "2012年に",
    "2012年に開業しました",
    "서울특별시2024",
    "12345ひらが",
    "ひらが12,3月",
    "\u{1100}\u{1161}\u{1100}\u{1161}1",
    "3月",
    "53342",
    "iPhone을",
    "ภาษาไทย",
    "ซื้อiPhoneใหม่",
    "ទិញ",
    "မြန်မာ",
    "ລາວ",
    "नमस्ते",
    "महाराष्ट्र",
    "क्\u{200D}ष",
    "ශ්\u{200D}රී",
    "ලංකා",
    "می\u{200C}خواهم",
    "مرحبا",
    "ꦧꦱꦗꦮ",
    "ᏣᎳᎩ",
    "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "ᓄᓇᕗᑦ",
    "ਲਿਪੀ",
    "ಬೆಂಗಳೂರು",
    "Việt",
    "שלום",
    "Հայերեն",
    "ქართული",
    "“quoted”",
    "«x»",
    "—",
    "©",
    "°",
    "№",
    "€5",
    "±",
    "½",
    "x²",
    "H₂O",
    "→",
    "•",
    "■",
    "〒",
    "㎏",
    "①",
    "◌᩹",
    // §6: look-alike letters in words, and whole words of them
    "pаypal",
    "gοοgle",
    "Москвa",
    "ѕсоре",
    "сор",
    "АРР",
    "disαtricts",
    "",
];

/// Characters and sequences glued into words: every class of junk, and letters, marks,
/// digits, punctuation and symbols of many scripts.
const GLUE: &[&str] = &[
    // emoji of every shape
    "🍌",
    "🔥",
    "👍",
    "👍🏽",
    "\u{1F3FD}",
    "❤",
    "❤\u{FE0F}",
    "©\u{FE0F}",
    "↔\u{FE0F}",
    "1\u{FE0F}\u{20E3}",
    "1\u{20E3}",
    "#",
    "\u{20E3}",
    "🇫🇷",
    "🇫",
    "👨\u{200D}👩\u{200D}👧",
    "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
    "\u{E0067}",
    "\u{FE0F}",
    "\u{FE0E}",
    "©\u{FE0E}",
    // pictographs
    "♕",
    "★",
    "✓",
    "𝄹",
    "⠁",
    "🀄",
    "䷀",
    "ⓐ",
    "🅰",
    // styled
    "𝐆",
    "𝐁𝐨",
    "𝑨",
    "𝑥",
    "𝟏",
    "ℂ",
    // invisible and joiners
    "\u{200D}",
    "\u{200C}",
    "\u{200B}",
    "\u{AD}",
    "\u{FEFF}",
    "\u{2060}",
    "\u{202E}",
    "\u{1}",
    "\u{85}",
    "\u{C}",
    "\u{E000}",
    "\u{378}",
    "\u{3164}",
    "\u{61C}",
    // §6: backspaces, DEL, bidi controls, look-alike letters
    "\u{8}",
    "\u{8}\u{8}",
    "x\u{8}",
    "\u{7F}",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "а",
    "о",
    "ο",
    "р",
    "a",
    "o",
    // letters, marks and signs of other scripts
    "ౠ",
    "꧅",
    "ꦰ",
    "Ჸ",
    "𐬎",
    "ᬅ",
    "ꡀ",
    "α",
    "β",
    "ж",
    "ы",
    "b",
    "\u{301}",
    "\u{308}",
    "\u{93F}",
    "\u{94D}",
    "क",
    "ણ",
    "東",
    "ユ",
    "ນ",
    "쟀",
    "한",
    "ก",
    "\u{FF9E}",
    "\u{1161}",
    "\u{600}",
    "\u{111C2}",
    "\u{112E7}",
    "\u{1A79}",
    "\u{C47}",
    "\u{E3A}",
    // typography, punctuation, digits, spaces
    "©",
    "→",
    "×",
    "•",
    "│",
    ",",
    "-",
    "'",
    ".",
    "(",
    ")",
    "»",
    "。",
    "+",
    "=",
    "1",
    "4",
    "\u{A0}",
    " ",
    "\n",
];

fn glued_word() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(WORDS),
        proptest::collection::vec((any::<proptest::sample::Index>(), proptest::sample::select(GLUE)), 0..4),
    )
        .prop_map(|(word, glue)| {
            let mut w: Vec<char> = word.chars().collect();
            for (at, g) in glue {
                let i = at.index(w.len() + 1);
                w.splice(i..i, g.chars());
            }
            w.into_iter().collect()
        })
}

/// Text of glued words, plain words and bare glue, between spaces and line breaks.
fn mixed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => glued_word(),
        2 => proptest::sample::select(WORDS).prop_map(str::to_owned),
        1 => proptest::collection::vec(proptest::sample::select(GLUE), 1..4).prop_map(|g| g.concat()),
    ];
    let sep = prop_oneof![6 => Just(" "), 1 => Just("\n"), 1 => Just(""), 1 => Just("  "), 1 => Just(" \n")];
    proptest::collection::vec((piece, sep), 1..7).prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect())
}

/// Text that a cased script other than Latin leads: enough plain Cyrillic or Greek words that
/// the look leaves them unfollowed (`look::Disguise::Unknown`), with words glued among them
/// from Latin words and look-alikes of either script: removals from within a token of words of
/// two cased scripts can make a word that the look-alike step maps.
fn cased_text() -> impl Strategy<Value = String> {
    const CYRILLIC: &[&str] = &["Это", "очень", "хорошая", "новость", "для", "всех", "жителей", "города"];
    const GREEK: &[&str] = &["Αθήνα", "καλή", "μέρα", "είναι", "πολύ", "ωραία"];
    const PIECES: &[&str] = &[
        "pay",
        "ра",
        "ok",
        "ок",
        "о",
        "р",
        "ο",
        "ρ",
        "a",
        "Samsung",
        "iPhone",
        "scope",
        "ѕсоре",
        "ж",
        "λ",
    ];
    let words = prop_oneof![Just(CYRILLIC), Just(GREEK)]
        .prop_flat_map(|script| proptest::collection::vec(proptest::sample::select(script), 6..16));
    let glued = proptest::collection::vec(
        (
            proptest::sample::select(PIECES),
            proptest::option::of(proptest::sample::select(GLUE)),
        ),
        1..4,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(piece, glue)| [piece, glue.unwrap_or_default()])
            .collect::<String>()
    });
    let placed = proptest::collection::vec((any::<proptest::sample::Index>(), glued), 1..4);
    (words, placed).prop_map(|(words, placed)| {
        let mut words: Vec<String> = words.into_iter().map(str::to_owned).collect();
        for (at, glued) in placed {
            let i = at.index(words.len() + 1);
            words.insert(i, glued);
        }
        words.join(" ")
    })
}

fn check(text: &str, sets: &[(&str, Options)]) -> Result<(), TestCaseError> {
    let found = divergences([text], sets);
    prop_assert!(found.is_empty(), "{}", found.join("\n"));
    Ok(())
}

/// `cases` generated texts, from a fixed seed so that a run can be repeated: the one
/// `.cargo/config.toml` sets for every property test, or another in `PROPTEST_RNG_SEED`
/// (`PROPTEST_RNG_SEED=$RANDOM cargo test --test differential` explores; `PROPTEST_CASES` is
/// overridden here).
fn config(cases: u32) -> ProptestConfig {
    use proptest::test_runner::RngSeed;
    let default = ProptestConfig::default();
    let rng_seed = match default.rng_seed {
        RngSeed::Random => RngSeed::Fixed(0x7e57_a5b1),
        seed @ RngSeed::Fixed(_) => seed,
    };
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_seed,
        ..default
    }
}

proptest! {
    #![proptest_config(config(4000))]

    #[test]
    fn generated_mixed_text_default(text in mixed_text()) {
        check(&text, &option_sets()[..1])?;
    }

    #[test]
    fn generated_noisy_text_default(text in noisy_text()) {
        check(&text, &option_sets()[..1])?;
    }
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn generated_text_every_switch(text in mixed_text()) {
        check(&text, &option_sets()[1..])?;
    }

    /// Removals in text another cased script leads, where the look sees nothing before them.
    #[test]
    fn generated_cased_text_default(text in cased_text()) {
        check(&text, &option_sets()[..1])?;
    }
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn generated_cased_text_every_switch(text in cased_text()) {
        check(&text, &option_sets()[1..])?;
    }
}

proptest! {
    #![proptest_config(config(2000))]

    /// §6: words of Latin, Cyrillic, Greek and other scripts with backspaces (runs, at line
    /// starts), DEL, joiners, nested bidi controls, the paper's swapped pairs and look-alike
    /// letters both ways.
    #[test]
    fn generated_perturbed_text_default(text in perturbed_text()) {
        check(&text, &option_sets()[..1])?;
    }
}

proptest! {
    #![proptest_config(config(500))]

    #[test]
    fn generated_perturbed_text_every_switch(text in perturbed_text()) {
        check(&text, &option_sets()[1..])?;
    }
}
