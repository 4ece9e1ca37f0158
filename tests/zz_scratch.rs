//! SCRATCH — reviewer's probe, never commit; delete when done.
#![allow(clippy::all, clippy::pedantic, clippy::unwrap_used, clippy::print_stdout, clippy::panic, dead_code)]

mod common;

use proptest::prelude::*;
use std::time::Instant;
use textwash::extract::{ExtractOptions, Extractor, Kind};
use textwash::{CleanOptions, Cleaner, OptionValue};
use unicode_normalization::UnicodeNormalization;

fn cleaner(opts: &[(&str, OptionValue<'_>)]) -> Cleaner {
    let mut o = CleanOptions::new();
    for (n, v) in opts {
        o.set(n, *v).unwrap();
    }
    Cleaner::new(o)
}

fn all_cleaners() -> Vec<(String, Cleaner, Extractor)> {
    let mut out = Vec::new();
    for bs in ["restore", "remove", "keep"] {
        for bidi in ["restore", "remove", "keep"] {
            for h in ["restore", "remove"] {
                for inv in ["remove", "keep"] {
                    for lower in [false, true] {
                        let opts = [
                            ("backspaces", OptionValue::Str(bs)),
                            ("bidi", OptionValue::Str(bidi)),
                            ("homoglyphs", OptionValue::Str(h)),
                            ("invisible", OptionValue::Str(inv)),
                            ("lowercase", OptionValue::Bool(lower)),
                        ];
                        let mut co = CleanOptions::new();
                        for (n, v) in &opts {
                            co.set(n, *v).unwrap();
                        }
                        let mut eo = ExtractOptions::kinds(&[Kind::Junk]);
                        eo.clean = co.clone();
                        out.push((
                            format!("bs={bs} bidi={bidi} h={h} inv={inv} lower={lower}"),
                            Cleaner::new(co),
                            Extractor::new(eo).unwrap(),
                        ));
                    }
                }
            }
        }
    }
    out
}

const HOSTILE: &[&str] = &[
    "\u{8}", "\u{8}", "\u{8}", "\u{7F}", "\r\n", "\r", "\n", "\u{2029}", "\u{85}", "\u{2028}", "\u{B}", "\u{C}",
    "\u{1C}", "\u{1E}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}",
    "\u{2067}", "\u{2068}", "\u{2069}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{61C}", "\u{301}", "\u{303}",
    "\u{308}", "\u{306}", "\u{200D}", "\u{200C}", "\u{200B}", "\u{FE0F}", " ", " ", "a", "b", "p", "o", "x",
    "A", "P", "а", "о", "р", "с", "А", "Р", "ο", "α", "γ", "Γ", "ν", "ѕ", "і", "ж", "Я", "שלום", "ש", "مرحبا",
    "ع", "1", "2", ".", ",", "-", "+", "🍌", "👍🏽", "𝐆", "𝐨", "é", "e\u{301}", "ǅ", "ª", "漢", "ロ", "ਲਿ",
    "ᏣᎳᎩ", "Երևան", "ⴰ", "\u{0}", "\t", "$", "<", "&amp;",
];

fn hostile_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(HOSTILE), 0..40).prop_map(|v| v.concat())
}

fn check_junk(text: &str, junk: &[textwash::Junk]) -> Result<(), String> {
    let mut last = 0;
    for j in junk {
        if !(j.start >= last && j.start < j.end && j.end <= text.len()) {
            return Err(format!("bad order/overlap {j:?} in {junk:?}"));
        }
        if !text.is_char_boundary(j.start) || !text.is_char_boundary(j.end) {
            return Err(format!("not char boundary {j:?}"));
        }
        last = j.end;
    }
    Ok(())
}

fn apply_junk(text: &str, junk: &[textwash::Junk]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for j in junk {
        out.push_str(&text[at..j.start]);
        out.push_str(&j.replacement);
        at = j.end;
    }
    out.push_str(&text[at..]);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_panics(text in hostile_text()) {
        static C: std::sync::OnceLock<Vec<(String, Cleaner, Extractor)>> = std::sync::OnceLock::new();
        let cs = C.get_or_init(all_cleaners);
        for (name, c, e) in cs {
            let once = c.clean(&text).into_owned();
            let j = c.junk(&text);
            if let Err(m) = check_junk(&text, &j) {
                prop_assert!(false, "{} {:?}: {}", name, text, m);
            }
            let _ = e.extract(&text);
            let _ = c.clean(&once);
        }
    }
}

fn keep_ws() -> Cleaner {
    cleaner(&[("whitespace", OptionValue::Str("keep"))])
}

fn coherent(text: &str) -> Result<(), String> {
    let text: String = text.nfc().collect();
    let c = keep_ws();
    let j = c.junk(&text);
    check_junk(&text, &j)?;
    let applied: String = apply_junk(&text, &j).nfc().collect();
    let cleaned = c.clean(&text).into_owned();
    if applied != cleaned {
        return Err(format!("junk applied {applied:?} != clean(keep ws) {cleaned:?}; junk {j:?}"));
    }
    // also: the default cleaner reports the same junk
    let j2 = Cleaner::default().junk(&text);
    if j2 != j {
        return Err(format!("junk differs between whitespace settings"));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn traced_is_coherent_perturbed(text in common::reader::perturbed_text()) {
        let r = coherent(&text);
        prop_assert!(r.is_ok(), "{:?}: {}", text, r.unwrap_err());
    }

    #[test]
    fn traced_is_coherent_mixed(text in (common::reader::perturbed_text(), proptest::collection::vec(proptest::sample::select(&["🍌", "𝐆", "\u{FE0F}", "ౠ", "\u{200D}", "👍🏽", "\u{7F}", "𝐨𝐤", "Ж", "α"][..]), 0..4), proptest::collection::vec(any::<proptest::sample::Index>(), 4)).prop_map(|(t, ins, at)| {
        let mut chars: Vec<char> = t.chars().collect();
        for (k, s) in ins.iter().enumerate() {
            let i = at[k].index(chars.len() + 1);
            chars.splice(i..i, s.chars());
        }
        chars.into_iter().collect::<String>()
    })) {
        let r = coherent(&text);
        prop_assert!(r.is_ok(), "{:?}: {}", text, r.unwrap_err());
    }
}

#[test]
fn deep_nesting() {
    let cs = all_cleaners();
    let mut texts = Vec::new();
    for n in [124, 125, 126, 127, 130, 200, 300] {
        for (o, c) in [('\u{202A}', '\u{202C}'), ('\u{202E}', '\u{202C}'), ('\u{2067}', '\u{2069}'), ('\u{2066}', '\u{2069}')] {
            let mut t = String::new();
            for i in 0..n {
                t.push(o);
                t.push(if i % 2 == 0 { 'a' } else { 'ש' });
            }
            for _ in 0..n {
                t.push(c);
                t.push('b');
            }
            texts.push(t.clone());
            texts.push(t.replace('b', ""));
            texts.push(format!("x{}\n{}", t, t));
        }
        let mut mix = String::new();
        for i in 0..n {
            mix.push(['\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}'][i % 7]);
            mix.push('z');
        }
        for i in (0..n).rev() {
            mix.push(if i % 7 >= 4 { '\u{2069}' } else { '\u{202C}' });
            mix.push('ع');
        }
        texts.push(mix);
    }
    for t in &texts {
        for (name, c, e) in &cs {
            let out = c.clean(t);
            let j = c.junk(t);
            check_junk(t, &j).unwrap_or_else(|m| panic!("{name} {m}"));
            let _ = e.extract(t);
            let _ = out;
        }
    }
}

fn time<F: FnMut() -> R, R>(mut f: F) -> f64 {
    let s = Instant::now();
    let _ = f();
    s.elapsed().as_secs_f64()
}

fn families() -> Vec<(&'static str, Box<dyn Fn(usize) -> String>)> {
    vec![
        ("LRE^k PDI^k (closed() rposition)", Box::new(|n| "\u{202A}".repeat(n / 2) + &"\u{2069}".repeat(n / 2))),
        ("RLO^k PDF^k nested", Box::new(|n| "\u{202E}".repeat(n / 2) + &"\u{202C}".repeat(n / 2))),
        ("RLO a^k PDF", Box::new(|n| format!("\u{202E}{}\u{202C}", "ab ".repeat(n / 3)))),
        ("(RLI a PDI)^k", Box::new(|n| "\u{2067}a\u{2069}".repeat(n / 3))),
        ("(LRI a)^k PDI^k", Box::new(|n| "\u{2066}a".repeat(n / 4) + &"\u{2069}b".repeat(n / 4))),
        ("swapped pairs", Box::new(|n| common::reader::swapped_pair('a', 'b').repeat(n / 13))),
        ("strays + one pair", Box::new(|n| format!("\u{202E}x\u{202C}{}", "\u{202E}y".repeat(n / 2)))),
        ("PDF^k then RLO a PDF", Box::new(|n| format!("{}\u{202E}a\u{202C}", "\u{202C}".repeat(n)))),
        ("strays run before chars", Box::new(|n| format!("\u{202E}x\u{202C}{}", "\u{2069}".repeat(n)))),
        ("arabic+latin RLO", Box::new(|n| format!("\u{202E}{}\u{202C}", "مرحبا iPhone ".repeat(n / 13)))),
        ("arabic+latin RLI mixed", Box::new(|n| "مرحبا \u{2067}iPhone APP\u{2069} ".repeat(n / 20))),
        ("LRE mark^k PDF", Box::new(|n| format!("\u{202A}a{}\u{202C}", "\u{301}".repeat(n)))),
        ("a^k BS^k", Box::new(|n| "a".repeat(n / 2) + &"\u{8}".repeat(n / 2))),
        ("(a BS)^k", Box::new(|n| "a\u{8}".repeat(n / 2))),
        ("BS^k", Box::new(|n| "\u{8}".repeat(n))),
        ("marks^k BS^k", Box::new(|n| "a".to_owned() + &"\u{301}".repeat(n / 2) + &"\u{8}".repeat(n / 2))),
        ("(a mark BS mark)^k", Box::new(|n| "ax\u{8}\u{303}".repeat(n / 4))),
        ("pаypal words", Box::new(|n| "pаypal ".repeat(n / 7))),
        ("one huge mixed word", Box::new(|n| "pаypal".repeat(n / 6))),
        ("whole words ѕсоре", Box::new(|n| "the ѕсоре of it ".repeat(n / 16))),
        ("Latin+cyr word huge alt", Box::new(|n| "aа".repeat(n / 2))),
        ("many scripts alt", Box::new(|n| "aаαաᏣⴰ".repeat(n / 6))),
        ("emoji + lookalikes", Box::new(|n| "pа🍌ypal ".repeat(n / 9))),
        ("lowercase Γα", Box::new(|n| "Γα abc ".repeat(n / 7))),
        ("mixed all", Box::new(|n| "pаypal \u{202E}ab\u{202C} x\u{8}y 🍌 ".repeat(n / 23))),
    ]
}

fn run_timings(sizes: &[usize]) {
    let def = Cleaner::default();
    let lower = cleaner(&[("lowercase", OptionValue::Bool(true))]);
    let mut eo = ExtractOptions::kinds(&[Kind::Junk]);
    eo.clean = CleanOptions::new();
    let ex = Extractor::new(eo).unwrap();
    for (name, f) in families() {
        let mut line = format!("{name:40}");
        let mut prev: Option<[f64; 3]> = None;
        for &n in sizes {
            let t = f(n);
            let a = time(|| def.clean(&t).len());
            let b = time(|| def.junk(&t).len());
            let c = time(|| lower.clean(&t).len());
            let _ = &ex;
            line += &format!(" | n={n} chars={} clean {a:.4}s junk {b:.4}s lower {c:.4}s", t.chars().count());
            if let Some(p) = prev {
                line += &format!(" ratios {:.1} {:.1} {:.1}", a / p[0], b / p[1], c / p[2]);
            }
            prev = Some([a, b, c]);
        }
        println!("{line}");
    }
}

#[test]
#[ignore]
fn timings() {
    run_timings(&[20_000, 200_000]);
}
