//! Unicode normalisation and the opt-in folds: quotes, ASCII, lower case.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfd_quick, is_nfkc_quick, is_nfkd_quick};

use crate::error::{Error, choose};

/// A Unicode normalisation form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Form {
    /// Canonical composition (the default): `e` + U+0301 becomes `é`.
    #[default]
    Nfc,
    /// Compatibility composition: also folds `ﬁ` → `fi`, `①` → `1`, `𝐁` → `B`.
    Nfkc,
    /// Canonical decomposition.
    Nfd,
    /// Compatibility decomposition.
    Nfkd,
}

impl Form {
    /// Parses `"NFC"`, `"NFKC"`, `"NFD"` or `"NFKD"`.
    ///
    /// # Errors
    /// When `value` is none of them.
    pub fn parse(value: &str) -> Result<Self, Error> {
        choose(
            "normalize",
            value,
            Form::NAMES,
            &[Form::Nfc, Form::Nfkc, Form::Nfd, Form::Nfkd],
        )
    }

    /// The names [`Form::parse`] takes.
    pub const NAMES: &'static [&'static str] = &["NFC", "NFKC", "NFD", "NFKD"];
}

/// Normalises `text` to `form`, borrowing when it already is.
pub(crate) fn normalize(text: &str, form: Form) -> Cow<'_, str> {
    if form == Form::Nfc {
        return nfc(text);
    }
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let quick = match form {
        Form::Nfc => IsNormalized::Maybe,
        Form::Nfkc => is_nfkc_quick(text.chars()),
        Form::Nfd => is_nfd_quick(text.chars()),
        Form::Nfkd => is_nfkd_quick(text.chars()),
    };
    if quick == IsNormalized::Yes {
        return Cow::Borrowed(text);
    }
    let out: String = match form {
        Form::Nfc => text.nfc().collect(),
        Form::Nfkc => text.nfkc().collect(),
        Form::Nfd => text.nfd().collect(),
        Form::Nfkd => text.nfkd().collect(),
    };
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// Latin up to U+02FF, typographic punctuation and currency signs: NFC on their own and never
/// combining (a unit test checks every one), so the common case needs no table lookup.
fn is_always_nfc(c: char) -> bool {
    matches!(c, '\0'..='\u{2FF}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{20A0}'..='\u{20C0}')
}

/// Whether NFC never joins `c` to what precedes it (ASCII included).
pub(crate) fn is_nfc_boundary(c: char) -> bool {
    is_always_nfc(c) || crate::unicode::props(c).is_nfc_boundary()
}

/// Whether `text` is NFC. NFC acts on each piece between two boundary characters on its own, so
/// only the pieces around a character that is not a boundary (a combining mark, a jamo, a
/// composition-excluded letter) are normalised and compared (see [`unsure_pieces`]).
pub(crate) fn is_nfc(text: &str) -> bool {
    unsure_pieces(text, |piece| {
        let part = &text[piece];
        part.nfc().eq(part.chars())
    })
}

/// `text` in NFC, normalising only the pieces that the quick check cannot vouch for (see
/// [`unsure_pieces`]) and copying the rest: a row with one composition-excluded letter (`ড়`,
/// `גּ`) costs the normalisation of that letter's piece, not of the whole row.
fn nfc(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    // The text up to `copied` is in `out`, once a piece changed.
    let mut copied = 0;
    let mut part_nfc = String::new();
    unsure_pieces(text, |piece| {
        let part = &text[piece.clone()];
        part_nfc.clear();
        part_nfc.extend(part.nfc());
        if part_nfc != part {
            if out.is_empty() {
                out.reserve(text.len() + part_nfc.len());
            }
            out.push_str(&text[copied..piece.start]);
            out.push_str(&part_nfc);
            copied = piece.end;
        }
        true
    });
    if copied == 0 {
        // No piece changed (a changed piece ends past the start of the text).
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Hands `piece` the pieces of `text` that NFC may change, in order, while it returns true, and
/// says whether it always did: each piece runs from the last boundary character (see
/// [`is_nfc_boundary`]) before a character that the quick check cannot vouch for (it may
/// compose with what precedes it, or break canonical order) up to the next boundary character
/// or the end of the text. NFC acts on each piece between two boundary characters on its own,
/// and leaves the text outside these pieces as it is.
fn unsure_pieces(text: &str, mut piece: impl FnMut(Range<usize>) -> bool) -> bool {
    let mut at = 0;
    // Where the piece holding the next character that is not a boundary starts.
    let mut start = 0;
    while let Some(i) = crate::unicode::find_non_ascii(text.as_bytes(), at) {
        if i > at {
            start = i - 1;
        }
        at = text.len();
        // The combining class of the last character, while the piece is in canonical order.
        let mut last_class = 0;
        // The run of non-ASCII characters from `i`, up to the next ASCII one.
        for (j, c) in text[i..].char_indices().map(|(j, c)| (i + j, c)) {
            if c.is_ascii() {
                (start, at) = (j, j + 1);
                break;
            }
            if is_always_nfc(c) {
                (start, last_class) = (j, 0);
                continue;
            }
            let props = crate::unicode::props(c);
            if props.is_nfc_boundary() {
                (start, last_class) = (j, 0);
                continue;
            }
            // Composes with nothing before it and keeps canonical order: the quick check's "yes".
            let class = canonical_combining_class(c);
            if props.is_nfc_yes() && last_class <= class {
                last_class = class;
                continue;
            }
            let next = j + c.len_utf8();
            let end = text[next..].find(is_nfc_boundary).map_or(text.len(), |k| next + k);
            if !piece(start..end) {
                return false;
            }
            at = end;
            break;
        }
    }
    true
}

/// Whether NFC text stays NFC when `edits` (sorted byte ranges and their replacements) are
/// applied, with or without tidying whitespace. NFC acts on each piece between two boundary
/// characters on its own, so it does when what follows each edit starts with a boundary (also
/// past the spaces the tidying may drop), and each replacement is NFC and starts with one.
pub(crate) fn edits_keep_nfc<R: AsRef<str>>(text: &str, edits: &[(Range<usize>, R)]) -> bool {
    edits.iter().all(|(range, with)| {
        let with = with.as_ref();
        let after = text.get(range.end..).unwrap_or_default();
        let spaced = after.trim_start_matches(char::is_whitespace);
        after[..after.len() - spaced.len()].chars().all(is_nfc_boundary)
            && spaced.chars().next().is_none_or(is_nfc_boundary)
            && with.chars().next().is_none_or(is_nfc_boundary)
            && is_nfc(with)
    })
}

/// Curly quotes, primes and guillemets become ASCII `'` and `"`.
pub(crate) fn ascii_quotes(text: &str) -> Cow<'_, str> {
    let map = |c: char| match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2039}' | '\u{203A}' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => Some('"'),
        _ => None,
    };
    if text.is_ascii() || !text.chars().any(|c| map(c).is_some()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| map(c).unwrap_or(c)).collect())
}

/// Transliterates to ASCII with `deunicode` (BSD-3): `café` → `cafe`, `東京` → `Dong Jing`.
pub(crate) fn ascii(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(deunicode::deunicode(text))
}

/// Lower case, leaving the given tokens (replacement texts) as they are.
pub(crate) fn lowercase<'t>(text: &'t str, protect: &[&str]) -> Cow<'t, str> {
    let changes = |c: char| {
        let mut lower = c.to_lowercase();
        lower.next() != Some(c) || lower.next().is_some()
    };
    if !text.chars().any(changes) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = protect
            .iter()
            .filter(|t| !t.is_empty())
            .filter_map(|t| rest.find(t).map(|i| (i, t.len())))
            .min_by_key(|&(i, len)| (i, usize::MAX - len));
        let Some((at, len)) = next else { break };
        out.push_str(&rest[..at].to_lowercase());
        out.push_str(&rest[at..at + len]);
        rest = &rest[at + len..];
    }
    out.push_str(&rest.to_lowercase());
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::is_nfc_quick;

    #[test]
    fn forms() {
        assert_eq!(normalize("e\u{301}", Form::Nfc), "é");
        assert_eq!(normalize("ﬁ", Form::Nfkc), "fi");
        assert_eq!(normalize("é", Form::Nfd), "e\u{301}");
        assert!(matches!(normalize("café", Form::Nfc), Cow::Borrowed(_)));
        assert!(Form::parse("nfc").is_err());
    }

    #[test]
    fn the_always_nfc_ranges_are_nfc() {
        for c in ('\0'..='\u{10FFFF}').filter(|&c| is_always_nfc(c)) {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
        assert!(is_nfc("café “x” — ok"));
        assert!(!is_nfc("cafe\u{301}"));
        assert!(is_nfc("caf\u{E9}\u{301} \u{1100}\u{AC00} \u{915}\u{93C}"));
        assert!(!is_nfc("\u{1100}\u{1161} x"));
        assert!(!is_nfc("x \u{AC00}\u{11A8}"));
        assert!(!is_nfc("a\u{301}\u{316}"));
    }

    #[test]
    fn is_nfc_agrees_with_the_full_check() {
        use proptest::prelude::*;
        // Letters, and marks that compose, reorder or neither, of several scripts.
        let alphabet = "[a-eA\u{E9}\u{300}-\u{306}\u{316}\u{323}\u{327}\u{345}\u{5B0}-\u{5BC}\u{5D0}\u{915}\u{93C}\u{93F}\u{94D}\u{B95}\u{BBE}\u{BC6}\u{BD7}\u{F40}\u{F71}-\u{F74}\u{F80}\u{1100}\u{1161}\u{11A8}\u{AC00}\u{AC01}\u{1E0A}\u{2126}\u{FB1D} ]{0,12}";
        proptest!(ProptestConfig::with_cases(4000), |(text in proptest::string::string_regex(alphabet).unwrap())| {
            prop_assert_eq!(is_nfc(&text), unicode_normalization::is_nfc(&text), "{:?}", text);
        });
    }

    #[test]
    fn nfc_by_pieces_is_nfc_of_the_whole_text() {
        use proptest::prelude::*;
        // As in `is_nfc_agrees_with_the_full_check`, with composition exclusions, singletons and
        // precomposed letters that decompose, between ASCII and other letters.
        let alphabet = "[a-eA \u{E9}\u{300}-\u{306}\u{316}\u{323}\u{327}\u{345}\u{387}\u{5B0}-\u{5BC}\u{5D0}\u{915}\u{93C}\u{93F}\u{94D}\u{958}\u{9DC}\u{B95}\u{BBE}\u{BC6}\u{BD7}\u{F40}\u{F71}-\u{F74}\u{F80}\u{1100}\u{1161}\u{11A8}\u{AC00}\u{AC01}\u{1E0A}\u{1F71}\u{2126}\u{F900}\u{FB1D}\u{FB32}]{0,16}";
        proptest!(ProptestConfig::with_cases(20_000), |(text in proptest::string::string_regex(alphabet).unwrap())| {
            let whole: String = text.nfc().collect();
            let by_pieces = normalize(&text, Form::Nfc);
            prop_assert_eq!(matches!(by_pieces, Cow::Borrowed(_)), whole == text, "{:?}", text);
            prop_assert_eq!(by_pieces, whole, "{:?}", text);
        });
        // A piece at the start, in the middle and at the end; pieces next to each other.
        for (text, want) in [
            ("\u{9DC}x", "\u{9A1}\u{9BC}x"),
            ("ab \u{FB32} cd", "ab \u{5D2}\u{5BC} cd"),
            ("e\u{301}", "\u{E9}"),
            ("e\u{301}\u{2126}a\u{308}", "\u{E9}\u{3A9}\u{E4}"),
        ] {
            assert_eq!(normalize(text, Form::Nfc), want, "{text:?}");
        }
    }

    #[test]
    fn nfc_never_joins_a_boundary_character_to_what_precedes_it() {
        let before = [
            "a",
            "e\u{301}",
            "\u{1100}",
            "\u{AC00}",
            "\u{915}\u{94D}",
            "\u{5D1}\u{5BC}",
            "\u{301}",
        ];
        for c in ('\0'..='\u{10FFFF}').step_by(7).filter(|&c| is_nfc_boundary(c)) {
            for b in before {
                let joined: String = format!("{b}{c}").nfc().collect();
                let apart: String = b.nfc().chain(std::iter::once(c).nfc()).collect();
                assert_eq!(joined, apart, "{b:?} {c:?}");
            }
        }
    }

    #[test]
    fn edits_that_keep_nfc() {
        let gone = |r: Range<usize>| [(r, "")];
        assert!(edits_keep_nfc("ab🍌 c", &gone(2..6)));
        assert!(edits_keep_nfc("ab🍌", &gone(2..6)));
        assert!(!edits_keep_nfc("e🍌\u{301}", &gone(1..5)));
        assert!(!edits_keep_nfc("e🍌 \u{301}", &gone(1..5)));
        assert!(!edits_keep_nfc("\u{1100}🍌\u{1161}", &gone(3..7)));
        assert!(edits_keep_nfc("x🍌y", &[(1..5, ":banana:")]));
        assert!(!edits_keep_nfc("x🍌y", &[(1..5, "\u{301}")]));
        assert!(!edits_keep_nfc("x🍌y", &[(1..5, "e\u{301}")]));
    }

    #[test]
    fn folds() {
        assert_eq!(ascii_quotes("“a” ‘b’ «c»"), "\"a\" 'b' \"c\"");
        assert_eq!(ascii("café naïve"), "cafe naive");
        assert_eq!(lowercase("Hello <URL> ΣΑΣ", &["<URL>"]), "hello <URL> σας");
    }
}
