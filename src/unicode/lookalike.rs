//! Look-alike letters (UTS #39 confusables, from `unicode-security`): which letters of the
//! scripts with case share a one-character prototype, so that a letter of one script can be
//! written back as the letter of another that a reader takes it for (POLICY.md R22).

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_security::GeneralSecurityProfile;

use super::{GeneralCategoryGroup, Script, UnicodeGeneralCategory, UnicodeScript};

/// The last code point with a cased letter (Adlam ends at U+1E95F); the tables scan up to it.
const LAST_CASED: u32 = 0x1_F000;

/// The case of a letter, as far as the choice of a look-alike goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Case {
    Upper,
    Lower,
    None,
}

impl Case {
    pub(crate) fn of(c: char) -> Case {
        if c.is_uppercase() {
            Case::Upper
        } else if c.is_lowercase() {
            Case::Lower
        } else {
            Case::None
        }
    }
}

struct Tables {
    /// The scripts that have upper- or lower-case letters.
    cased: Vec<Script>,
    /// (prototype, script, case) → the letter in modern use of that script and case with that
    /// prototype and the lowest code point.
    by_prototype: HashMap<(char, Script, Case), char>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let letters = || {
            (0..LAST_CASED)
                .filter_map(char::from_u32)
                // Not `props`: its table asks these tables about every character it holds.
                .filter(|&c| c.general_category_group() == GeneralCategoryGroup::Letter)
        };
        let mut cased: Vec<Script> = letters()
            .filter(|&c| Case::of(c) != Case::None)
            .map(|c| c.script())
            .filter(|&s| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
            .collect();
        cased.sort_unstable_by_key(|s| s.full_name());
        cased.dedup();
        let mut by_prototype = HashMap::new();
        for c in letters() {
            let script = c.script();
            if cased.binary_search_by_key(&script.full_name(), |s| s.full_name()).is_err() {
                continue;
            }
            // The letter written back must be one in modern use (UTS #39 Identifier_Status
            // Allowed), not a small capital or a phonetic letter that happens to look alike.
            if !c.identifier_allowed() {
                continue;
            }
            if let Some(p) = prototype(c) {
                // Ascending code points: the first letter found for a key is the lowest.
                by_prototype.entry((p, script, Case::of(c))).or_insert(c);
            }
        }
        Tables { cased, by_prototype }
    })
}

/// The UTS #39 prototype of `c` when it is one character (`c` itself when it has none).
fn prototype(c: char) -> Option<char> {
    let mut buf = [0; 4];
    let mut skeleton = unicode_security::skeleton(c.encode_utf8(&mut buf));
    let p = skeleton.next()?;
    skeleton.next().is_none().then_some(p)
}

/// Whether `script` has letters with case (Latin, Greek, Cyrillic, Armenian, Cherokee, …).
pub(crate) fn is_cased_script(script: Script) -> bool {
    tables()
        .cased
        .binary_search_by_key(&script.full_name(), |s| s.full_name())
        .is_ok()
}

/// The letter of `script` that `c` (a letter of a cased script) looks like: same one-character
/// prototype, same case, lowest code point. `None` when `script` has none, or `c` is of `script`.
pub(crate) fn lookalike(c: char, script: Script) -> Option<char> {
    let own = c.script();
    if own == script || !is_cased_script(own) || !is_cased_script(script) {
        return None;
    }
    let p = prototype(c)?;
    tables().by_prototype.get(&(p, script, Case::of(c))).copied()
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
        for s in [Script::Latin, Script::Greek, Script::Cyrillic, Script::Armenian, Script::Cherokee] {
            assert!(is_cased_script(s), "{s:?}");
        }
        for s in [Script::Han, Script::Katakana, Script::Arabic, Script::Devanagari, Script::Common] {
            assert!(!is_cased_script(s), "{s:?}");
        }
    }
}
