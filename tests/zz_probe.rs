#![allow(clippy::all, clippy::pedantic, missing_docs)]
mod model;
use model::reader::{lookalike, script, cased_scripts, is_letter};
use unicode_script::Script;
use unicode_properties::{UnicodeGeneralCategory, GeneralCategory};

#[test]
fn probe() {
    let mut out = String::new();
    let hosts = [(Script::Latin, "abcdefgh", "ABCDEFGH"), (Script::Cyrillic, "жзийклмн", "ЖЗИЙКЛМН"), (Script::Greek, "λμνξοπρσ", "ΛΜΝΞΟΠΡΣ")];
    let mut n_model = 0; let mut n_engine = 0; let mut n_diff = 0;
    for cp in (0..0x20000u32).filter(|&c| (0x80..0x600).contains(&c) || (0x10A0..0x1100).contains(&c) || (0x13A0..0x1400).contains(&c) || (0x2C80..0x2D30).contains(&c) || (0xA640..0xA800).contains(&c) || (0xAB70..0xABC0).contains(&c) || c < 0x80) {
        let Some(x) = char::from_u32(cp) else { continue };
        if !is_letter(x) { continue; }
        let Some(s) = script(x) else { continue };
        if !cased_scripts().contains(&s) { continue; }
        for (h, lower, upper) in hosts {
            if h == s { continue; }
            let host = if x.general_category() == GeneralCategory::UppercaseLetter { upper } else { lower };
            let input = format!("{}{}{}", &host[..host.char_indices().nth(4).unwrap().0], x, &host[host.char_indices().nth(4).unwrap().0..]);
            let got = textwash::clean(&input).into_owned();
            let gc: Vec<char> = got.chars().collect();
            let engine = if gc.len() == 9 && gc[4] != x { Some(gc[4]) } else { None };
            let m = {
                use unicode_security::GeneralSecurityProfile;
                let x = if x == '\u{1FBE}' { 'ι' } else if x == '\u{212A}' { 'K' } else { x };
                // candidates restricted to identifier-allowed y
                let mut best = None;
                for cp2 in 0..0x20000u32 {
                    let Some(y) = char::from_u32(cp2) else { continue };
                    if !is_letter(y) || script(y) != Some(h) || !y.identifier_allowed() { continue; }
                    if y.general_category() != x.general_category() && !(y.general_category() == x.general_category()) { continue; }
                    if model::reader::prototype(y) == model::reader::prototype(x) && model::reader::prototype(x).is_some() { best = Some(y); break; }
                }
                if script(x) == Some(h) { None } else { best }
            };
            if m.is_some() { n_model += 1; }
            if engine.is_some() { n_engine += 1; }
            if engine != m {
                n_diff += 1;
                out.push_str(&format!("{x} U+{:04X} {s:?}->{h:?}: model {:?} engine {:?} (engine out {got:?})\n", cp, m.map(|c| format!("{c} U+{:04X}", c as u32)), engine.map(|c| format!("{c} U+{:04X}", c as u32))));
            }
        }
    }
    out.push_str(&format!("model {n_model} engine {n_engine} diff {n_diff}\n"));
    std::fs::write("/tmp/probe/diff.txt", out).unwrap();
}
