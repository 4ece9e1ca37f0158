//! Look-alike letters (UTS #39 confusables, from `unicode-security`): which letters of the
//! scripts with case share a one-character prototype, so that a letter of one script can be
//! written back as the letter of another that a reader takes it for (POLICY.md R22).

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_security::GeneralSecurityProfile;

use super::{GeneralCategory, GeneralCategoryGroup, Script, UnicodeGeneralCategory, UnicodeScript};

/// The last code point with a cased letter (Adlam ends at U+1E95F); the tables scan up to it.
const LAST_CASED: u32 = 0x1_F000;

/// The case of a letter, as far as the choice of a look-alike goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Case {
    Upper,
    Title,
    Lower,
    None,
}

impl Case {
    /// Upper or title case.
    pub(crate) fn is_capital(self) -> bool {
        matches!(self, Case::Upper | Case::Title)
    }

    /// By general category, of the Unicode version of the tables (not of the compiler's `char`).
    pub(crate) fn of(c: char) -> Case {
        match c.general_category() {
            GeneralCategory::UppercaseLetter => Case::Upper,
            GeneralCategory::TitlecaseLetter => Case::Title,
            GeneralCategory::LowercaseLetter => Case::Lower,
            _ => Case::None,
        }
    }
}

struct Tables {
    /// Whether a script has upper- or lower-case letters, by `Script as u8`.
    cased: [bool; 256],
    /// The one-character prototype of each letter of a cased script that has one.
    prototype: HashMap<char, char>,
    /// (prototype, script, case) → the letter in modern use of that script and case with that
    /// prototype and the lowest code point.
    by_prototype: HashMap<(char, Script, Case), char>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        // Not `props`: its table asks these tables about every character it holds.
        let letters: Vec<char> = (0..LAST_CASED)
            .filter_map(char::from_u32)
            .filter(|&c| c.general_category_group() == GeneralCategoryGroup::Letter)
            .collect();
        let mut cased = [false; 256];
        for &c in &letters {
            let script = c.script();
            if Case::of(c) != Case::None && !matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
                cased[script as usize] = true;
            }
        }
        let mut prototype = HashMap::new();
        let mut by_prototype = HashMap::new();
        for &c in letters.iter().filter(|&&c| cased[c.script() as usize]) {
            let Some(p) = one_char_prototype(c) else { continue };
            prototype.insert(c, p);
            // The letter written back must be one in modern use (UTS #39 Identifier_Status
            // Allowed), not a small capital or a phonetic letter that happens to look alike.
            // Ascending code points: the first letter found for a key is the lowest.
            if c.identifier_allowed() {
                by_prototype.entry((p, c.script(), Case::of(c))).or_insert(c);
            }
        }
        Tables {
            cased,
            prototype,
            by_prototype,
        }
    })
}

/// The UTS #39 prototype of `c` when it is one character (`c` itself when it has none).
fn one_char_prototype(c: char) -> Option<char> {
    let mut buf = [0; 4];
    let mut skeleton = unicode_security::skeleton(c.encode_utf8(&mut buf));
    let p = skeleton.next()?;
    skeleton.next().is_none().then_some(p)
}

/// Whether `script` has letters with case (Latin, Greek, Cyrillic, Armenian, Cherokee, …).
pub(crate) fn is_cased_script(script: Script) -> bool {
    tables().cased[script as usize]
}

/// The letter of `script` that `c` (a letter of a cased script) looks like: same one-character
/// prototype, same case, lowest code point. `None` when `script` has none, or `c` is of `script`.
pub(crate) fn lookalike(c: char, script: Script) -> Option<char> {
    let own = c.script();
    let t = tables();
    if own == script || !t.cased[own as usize] || !t.cased[script as usize] {
        return None;
    }
    let p = t.prototype.get(&c)?;
    t.by_prototype.get(&(*p, script, Case::of(c))).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookalikes_of_the_confusables_data() {
        assert_eq!(lookalike('а', Script::Latin), Some('a'));
        assert_eq!(lookalike('a', Script::Cyrillic), Some('а'));
        assert_eq!(lookalike('ο', Script::Latin), Some('o'));
        assert_eq!(lookalike('ѕ', Script::Latin), Some('s'));
        assert_eq!(lookalike('І', Script::Latin), Some('I'));
        assert_eq!(lookalike('μ', Script::Latin), None);
        assert_eq!(lookalike('r', Script::Cyrillic), Some('г'));
        assert_eq!(lookalike('Я', Script::Latin), None);
        assert_eq!(lookalike('a', Script::Latin), None);
        assert_eq!(lookalike('ロ', Script::Han), None);
        // Small capitals look like Cyrillic letters, but are no letters in modern use.
        for c in "бвджзиклмнптфцчщъыьэюя".chars() {
            assert_eq!(lookalike(c, Script::Latin), None, "{c}");
        }
        for s in [
            Script::Latin,
            Script::Greek,
            Script::Cyrillic,
            Script::Armenian,
            Script::Cherokee,
        ] {
            assert!(is_cased_script(s), "{s:?}");
        }
        for s in [
            Script::Han,
            Script::Katakana,
            Script::Arabic,
            Script::Devanagari,
            Script::Common,
        ] {
            assert!(!is_cased_script(s), "{s:?}");
        }
    }
}
