//! Unicode facts, in one place.
//!
//! Everything here comes from well-kept crates (`unicode-properties`, `unicode-script`,
//! `unicode-segmentation`, `unicode-normalization`) or from `tables.rs`, which
//! `scripts/gen_unicode_tables.py` generates from the Unicode Character Database. The only lists
//! written by hand are the short, commented policy lists of named format characters below.

use std::sync::OnceLock;

pub(crate) mod emoji;
pub(crate) mod lookalike;
#[rustfmt::skip]
mod tables;

pub use tables::UNICODE_VERSION;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, is_nfc_quick};
pub(crate) use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeEmoji, UnicodeGeneralCategory};
pub(crate) use unicode_script::{Script, ScriptExtension, UnicodeScript};

/// The index of the first non-ASCII byte at or after `from`.
pub(crate) fn find_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    find_byte(bytes, from, |b| b >= 0x80)
}

/// The index of the first byte at or after `from` for which `flag` holds. The bytes are
/// taken 16 at a time, then 64 once the first 16 hold none, in loops with no branch inside a
/// block, which the compiler turns into vector instructions; the few bytes past the last
/// block of 16 are looked at in a block of 16 padded with spaces, for which `flag` must not
/// hold.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], from: usize, flag: impl Fn(u8) -> bool + Copy) -> Option<usize> {
    let any = |block: &[u8]| block.iter().fold(false, |seen, &b| seen | flag(b));
    let first = |at: usize, block: &[u8]| block.iter().position(|&b| flag(b)).map(|i| from + at + i);
    let rest = bytes.get(from..)?;
    let mut at = 0;
    // Most searches end within a few bytes (in text of another script than Latin), the rest
    // goes on for long (in ASCII).
    if let Some(block) = rest.first_chunk::<16>() {
        if any(block) {
            return first(0, block);
        }
        at = 16;
        for block in rest[at..].chunks_exact(64) {
            // Of a length the compiler knows, for the vector instructions.
            let block: Option<&[u8; 64]> = block.try_into().ok();
            if block.is_none_or(|block| any(block)) {
                break;
            }
            at += 64;
        }
    }
    let blocks = rest[at..].chunks_exact(16);
    let tail = blocks.remainder();
    for block in blocks {
        let block: Option<&[u8; 16]> = block.try_into().ok();
        if let Some(block) = block
            && any(block)
        {
            return first(at, block);
        }
        at += 16;
    }
    let mut padded = [b' '; 16];
    padded[..tail.len()].copy_from_slice(tail);
    if any(&padded) { first(at, tail) } else { None }
}

/// Zero width joiner.
pub(crate) const ZWJ: char = '\u{200D}';
/// Zero width non-joiner.
pub(crate) const ZWNJ: char = '\u{200C}';
/// Variation selector 16, "show as emoji".
pub(crate) const VS16: char = '\u{FE0F}';
/// Variation selector 15, "show as text".
pub(crate) const VS15: char = '\u{FE0E}';
/// Combining enclosing keycap.
pub(crate) const KEYCAP: char = '\u{20E3}';

/// The facts the junk policy asks of a character, looked up once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Props {
    /// General category.
    pub(crate) gc: GeneralCategory,
    /// Script property.
    pub(crate) script: Script,
    flags: u16,
}

const PICTOGRAPHIC: u16 = 1;
const STYLED: u16 = 1 << 1;
const INVISIBLE: u16 = 1 << 2;
const EMOJI: u16 = 1 << 3;
const EMOJI_PRESENTATION: u16 = 1 << 4;
/// `Script_Extensions` is just `{Script}` (or Common/Inherited alike), so it needs no lookup.
const SCX_IS_SCRIPT: u16 = 1 << 5;
/// Canonical combining class 0 and `NFC_Quick_Check=Yes`: NFC never joins it to what precedes.
const NFC_BOUNDARY: u16 = 1 << 6;
/// `NFC_Quick_Check=Yes`: NFC never composes it with what precedes (it may reorder it).
const NFC_YES: u16 = 1 << 8;
/// A letter or mark of one specific script, and nothing else the junk policy looks at.
const PLAIN_LETTER: u16 = 1 << 9;
/// A letter or punctuation of the scripts that write Chinese, Japanese and Korean (see
/// [`Props::is_east_asian`]).
const EAST_ASIAN: u16 = 1 << 11;
/// `NFC_Quick_Check=Maybe`: NFC may compose it with what precedes it.
const NFC_MAYBE: u16 = 1 << 12;
/// A letter of a script with case (see [`lookalike::is_cased_script`]).
const CASED_LETTER: u16 = 1 << 13;
/// A spacing accent: a modifier symbol whose compatibility decomposition is a space and
/// combining marks (`´ ¨ ¯ ¸ ˜`, Greek `΄`), typed for an apostrophe or a tonos.
const SPACING_ACCENT: u16 = 1 << 7;
/// A letter of a cased script other than Latin that looks like a Latin letter of its case.
const LOOKS_LATIN: u16 = 1 << 14;
/// A letter that joins the character after it to its cluster (see [`prepends`]).
const PREPENDS: u16 = 1 << 15;
/// A plain letter (see [`Props::is_plain_letter`]) of the letter group that is an NFC boundary:
/// what words of most scripts are mostly made of.
const RUN_LETTER: u16 = 1 << 10;

/// The scripts that write Chinese, Japanese and Korean together.
pub(crate) const CJK: [Script; 5] = [
    Script::Han,
    Script::Hiragana,
    Script::Katakana,
    Script::Hangul,
    Script::Bopomofo,
];

impl Props {
    fn compute(c: char) -> Self {
        let gc = c.general_category();
        let script = c.script();
        let flag = |on: bool, bit: u16| if on { bit } else { 0 };
        let flags = flag(
            c >= '\u{2460}' && in_table(c, tables::PICTOGRAPHIC_SYMBOLS),
            PICTOGRAPHIC,
        ) | flag(c >= '\u{2100}' && in_table(c, tables::STYLED_LETTERS), STYLED)
            | flag(is_invisible_uncached(c, gc), INVISIBLE)
            | flag(c.is_emoji_char(), EMOJI)
            | flag(is_emoji_presentation_uncached(c), EMOJI_PRESENTATION)
            | flag(c.script_extension() == ScriptExtension::from(script), SCX_IS_SCRIPT)
            | flag(
                canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes,
                NFC_BOUNDARY,
            )
            | flag(is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes, NFC_YES);
        let mut props = Props { gc, script, flags };
        // Only letters of the `Lo` category prepend (`GB9b`); the others are format characters.
        let prepends = gc == GeneralCategory::OtherLetter && prepends(c);
        let plain_letter = matches!(props.group(), GeneralCategoryGroup::Letter | GeneralCategoryGroup::Mark)
            && flags & (PICTOGRAPHIC | STYLED | INVISIBLE | EMOJI | EMOJI_PRESENTATION) == 0
            && flags & SCX_IS_SCRIPT != 0
            && is_specific(ScriptExtension::from(script))
            && !is_emoji_component(c)
            && !is_variation_selector(c)
            && c != ZWJ
            && c != ZWNJ
            && !prepends;
        props.flags |= flag(plain_letter, PLAIN_LETTER) | flag(prepends, PREPENDS);
        let scx = c.script_extension();
        let cjk = |scx: ScriptExtension| scx.iter().any(|s| CJK.contains(&s)) && !scx.contains_script(Script::Latin);
        let east_asian = matches!(
            props.group(),
            GeneralCategoryGroup::Letter | GeneralCategoryGroup::Punctuation
        ) && flags & (PICTOGRAPHIC | STYLED | INVISIBLE | EMOJI | EMOJI_PRESENTATION) == 0
            && is_specific(scx)
            && cjk(scx)
            && (!is_specific(ScriptExtension::from(script)) || CJK.contains(&script));
        props.flags |= flag(east_asian, EAST_ASIAN);
        props.flags |= flag(is_nfc_quick(std::iter::once(c)) == IsNormalized::Maybe, NFC_MAYBE);
        let cased = props.group() == GeneralCategoryGroup::Letter && lookalike::is_cased_script(script);
        props.flags |= flag(cased, CASED_LETTER);
        props.flags |= flag(
            gc == GeneralCategory::ModifierSymbol && is_spacing_accent(c),
            SPACING_ACCENT,
        );
        props.flags |= flag(cased && lookalike::lookalike(c, Script::Latin).is_some(), LOOKS_LATIN);
        // A letter that joins the cluster before it (`ำ` after punctuation) is no run letter:
        // the shortcuts ask of it what came before.
        props.flags |= flag(
            props.is_plain_letter()
                && props.group() == GeneralCategoryGroup::Letter
                && props.is_nfc_boundary()
                && !(gc == GeneralCategory::OtherLetter && joins_punctuation(c)),
            RUN_LETTER,
        );
        props
    }

    /// General category group.
    pub(crate) fn group(self) -> GeneralCategoryGroup {
        use GeneralCategory as G;
        use GeneralCategoryGroup as Group;
        match self.gc {
            G::UppercaseLetter | G::LowercaseLetter | G::TitlecaseLetter | G::ModifierLetter | G::OtherLetter => {
                Group::Letter
            }
            G::NonspacingMark | G::SpacingMark | G::EnclosingMark => Group::Mark,
            G::DecimalNumber | G::LetterNumber | G::OtherNumber => Group::Number,
            G::ConnectorPunctuation
            | G::DashPunctuation
            | G::OpenPunctuation
            | G::ClosePunctuation
            | G::InitialPunctuation
            | G::FinalPunctuation
            | G::OtherPunctuation => Group::Punctuation,
            G::MathSymbol | G::CurrencySymbol | G::ModifierSymbol | G::OtherSymbol => Group::Symbol,
            G::SpaceSeparator | G::LineSeparator | G::ParagraphSeparator => Group::Separator,
            G::Control | G::Format | G::Surrogate | G::PrivateUse | G::Unassigned => Group::Other,
        }
    }

    /// `Script_Extensions` of `c` (whose props these are).
    pub(crate) fn scx(self, c: char) -> ScriptExtension {
        if self.flags & SCX_IS_SCRIPT != 0 {
            ScriptExtension::from(self.script)
        } else {
            c.script_extension()
        }
    }

    /// `So` characters of the notation and pictograph blocks: chess, zodiac, music, Braille, …
    pub(crate) fn is_pictographic(self) -> bool {
        self.flags & PICTOGRAPHIC != 0
    }

    /// Mathematical alphanumerics and other letters whose decomposition is `<font>` or `<circle>`.
    pub(crate) fn is_styled(self) -> bool {
        self.flags & STYLED != 0
    }

    pub(crate) fn is_invisible(self) -> bool {
        self.flags & INVISIBLE != 0
    }

    pub(crate) fn is_emoji(self) -> bool {
        self.flags & EMOJI != 0
    }

    pub(crate) fn is_emoji_presentation(self) -> bool {
        self.flags & EMOJI_PRESENTATION != 0
    }

    /// `NFC_Quick_Check=Yes`.
    pub(crate) fn is_nfc_yes(self) -> bool {
        self.flags & NFC_YES != 0
    }

    /// `NFC_Quick_Check=Maybe`.
    pub(crate) fn is_nfc_maybe(self) -> bool {
        self.flags & NFC_MAYBE != 0
    }

    /// A letter or mark whose `Script_Extensions` is one specific script, and not styled,
    /// emoji, pictographic, invisible, a joiner or a selector.
    pub(crate) fn is_plain_letter(self) -> bool {
        self.flags & PLAIN_LETTER != 0
    }

    /// A letter that joins the character after it to its cluster, whatever that is (see
    /// [`prepends`]); no plain letter.
    pub(crate) fn prepends(self) -> bool {
        self.flags & PREPENDS != 0
    }

    /// A plain letter ([`Props::is_plain_letter`]) of the letter group that is an NFC boundary
    /// ([`Props::is_nfc_boundary`]).
    pub(crate) fn is_run_letter(self) -> bool {
        self.flags & RUN_LETTER != 0
    }

    /// A letter or punctuation of a script of [`CJK`] (by `Script_Extensions`, which has no
    /// Latin), and not emoji, pictographic, styled or invisible (`東`, `か`, `ー`, `、`, `한`).
    pub(crate) fn is_east_asian(self) -> bool {
        self.flags & EAST_ASIAN != 0
    }

    /// A modifier symbol that is a space and combining marks in compatibility decomposition
    /// (`´`, `¨`, `΄`): an accent typed on its own.
    pub(crate) fn is_spacing_accent(self) -> bool {
        self.flags & SPACING_ACCENT != 0
    }

    /// A letter of a script with case (Latin, Greek, Cyrillic, Armenian, Cherokee, …).
    pub(crate) fn is_cased_letter(self) -> bool {
        self.flags & CASED_LETTER != 0
    }

    /// A letter of a cased script other than Latin that has a Latin look-alike of its case.
    pub(crate) fn looks_latin(self) -> bool {
        self.flags & LOOKS_LATIN != 0
    }

    /// NFC never composes or reorders this character with the ones before it, so text can be
    /// checked (or normalised) piece by piece between such characters.
    pub(crate) fn is_nfc_boundary(self) -> bool {
        self.flags & NFC_BOUNDARY != 0
    }
}

/// Whether the compatibility decomposition of `c` is a space followed by combining marks.
fn is_spacing_accent(c: char) -> bool {
    let mut parts = Vec::new();
    unicode_normalization::char::decompose_compatible(c, |d| parts.push(d));
    parts.len() >= 2 && parts[0] == ' ' && parts[1..].iter().all(|&m| canonical_combining_class(m) != 0)
}

/// Code points per block of the lazily built table.
pub(crate) const BLOCK: usize = 256;

/// The facts about `c`. They are tabulated a block of 256 code points at a time, on first use
/// of the block (a few microseconds), so that every plane — emoji and styled letters too — is
/// looked up in constant time.
pub(crate) fn props(c: char) -> Props {
    let u = c as usize;
    match props_block(u / BLOCK) {
        Some(table) => table[u % BLOCK],
        None => Props::compute(c),
    }
}

/// The facts about the 256 code points from `index * 256` (see [`props`]), for walks that look up
/// many characters of one block in a row; `None` past the last plane.
pub(crate) fn props_block(index: usize) -> Option<&'static [Props; BLOCK]> {
    static BLOCKS: [OnceLock<Box<[Props; BLOCK]>>; 0x11_0000 / BLOCK] = [const { OnceLock::new() }; 0x11_0000 / BLOCK];
    let block = BLOCKS.get(index)?.get_or_init(|| {
        let first = index * BLOCK;
        Box::new(std::array::from_fn(|i| {
            char::from_u32(u32::try_from(first + i).unwrap_or(0))
                .map_or_else(|| Props::compute('\u{FFFD}'), Props::compute)
        }))
    });
    Some(&**block)
}

/// What the segmentation rules do with a character, asked of `unicode-segmentation` by probes
/// (see [`probe_stands_alone`] and [`probe_joins_forward`]) the first time it is asked about
/// (about a microsecond), and remembered: only the characters of tokens with junk are asked.
fn segmentation(c: char) -> u8 {
    use std::sync::atomic::{AtomicU8, Ordering};
    const KNOWN: u8 = 1 << 7;
    static SEEN: [AtomicU8; 0x11_0000] = [const { AtomicU8::new(0) }; 0x11_0000];
    let Some(seen) = SEEN.get(c as usize) else { return 0 };
    let known = seen.load(Ordering::Relaxed);
    if known & KNOWN != 0 {
        return known;
    }
    let found = KNOWN
        | u8::from(probe_stands_alone(c))
        | u8::from(probe_joins_forward(c)) << 1
        | u8::from(one_cluster(&['.', c])) << 2
        | u8::from(probe_is_syllable(c)) << 3;
    seen.store(found, Ordering::Relaxed);
    found
}

/// Whether a run of such characters is segmented one character per grapheme cluster.
pub(crate) fn stands_alone(c: char) -> bool {
    segmentation(c) & 1 != 0
}

/// Whether a character that stands alone, put right after this one, can join its cluster.
pub(crate) fn joins_forward(c: char) -> bool {
    segmentation(c) & 2 != 0
}

/// Whether `c` joins the cluster of the punctuation before it (`Extend`, `ZWJ`, `SpacingMark`;
/// among letters, Thai and Lao `ำ ຳ`, whose cluster is then led by that punctuation).
pub(crate) fn joins_back(c: char) -> bool {
    segmentation(c) & 4 != 0
}

/// Whether `c` is a precomposed Hangul syllable (`Grapheme_Cluster_Break` `LV` or `LVT`). No rule
/// of UAX #29 joins two of them, or one of them and a character that stands alone (see
/// [`stands_alone`]): a run of such characters is one cluster per character too.
pub(crate) fn is_hangul_syllable(c: char) -> bool {
    segmentation(c) & 8 != 0
}

/// [`is_hangul_syllable`], asked of `unicode-segmentation` by probes: a leading jamo joins `c`
/// (`GB6`: `L`, `V`, `LV`, `LVT`, and the characters of `GB9`, `GB9a`), and `c` does not join
/// itself (as `L`, `V`, `Extend`, `ZWJ` and `SpacingMark` do).
fn probe_is_syllable(c: char) -> bool {
    one_cluster(&['\u{1100}', c]) && !one_cluster(&[c, c])
}

/// Whether no rule of UAX #29 joins `c` to a neighbour that stands alone too: it extends nothing
/// (`Extend`, `ZWJ`, `SpacingMark`), prepends to nothing, and is no CR, LF, Hangul jamo or syllable,
/// or regional indicator. Asked of `unicode-segmentation` itself, with a probe for each rule:
/// the rules that look further back (emoji ZWJ sequences, Indic conjuncts) need a ZWJ or a
/// virama between the two, which never stand alone.
fn probe_stands_alone(c: char) -> bool {
    // A leading consonant, a vowel and a trailing consonant jamo.
    let (leading, vowel, trailing) = ('\u{1100}', '\u{1161}', '\u{11A8}');
    let pairs = [
        ('a', c),
        (c, 'a'),
        (c, c),
        ('\r', c),
        (c, '\n'),
        (leading, c),
        (vowel, c),
        (c, vowel),
        (c, trailing),
    ];
    pairs.iter().all(|&(x, y)| !one_cluster(&[x, y]))
}

/// Whether these characters, as one string, are one extended grapheme cluster.
pub(crate) fn one_cluster(chars: &[char]) -> bool {
    use unicode_segmentation::UnicodeSegmentation;
    // Three characters of four bytes at most: no allocation, as every code point is asked.
    let mut buf = [0u8; 16];
    let mut len = 0;
    for &c in chars {
        if let Some(room) = buf.get_mut(len..len + c.len_utf8()) {
            len += c.encode_utf8(room).len();
        }
    }
    std::str::from_utf8(buf.get(..len).unwrap_or_default()).is_ok_and(|s| s.graphemes(true).nth(1).is_none())
}

/// Whether `c` joins the character after it to its cluster whatever that is (`GB9b`,
/// `Grapheme_Cluster_Break=Prepend`: Sharada `𑇂`, Malayalam dot reph `ൎ`): a token's
/// sub-words are then not cut at the punctuation after it (`𑇂•` is one cluster). Asked of
/// `unicode-segmentation` with a probe: no other rule joins a letter to a Latin letter after it.
fn prepends(c: char) -> bool {
    // `c` then `a`, and whether the cursor between them is no boundary.
    let mut buf = [b'a'; 5];
    let len = c.encode_utf8(&mut buf).len();
    let probe = buf
        .get(..=len)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or_default();
    let mut cursor = unicode_segmentation::GraphemeCursor::new(len, probe.len(), true);
    cursor.is_boundary(probe, 0) == Ok(false)
}

/// Whether `c` joins the cluster of a full stop before it (see [`joins_back`]), asked of
/// `unicode-segmentation` with one cursor, as [`prepends`] is.
fn joins_punctuation(c: char) -> bool {
    let mut buf = [b'.'; 5];
    let len = buf.get_mut(1..).map_or(0, |room| c.encode_utf8(room).len());
    let probe = buf
        .get(..=len)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or_default();
    let mut cursor = unicode_segmentation::GraphemeCursor::new(1, probe.len(), true);
    cursor.is_boundary(probe, 0) == Ok(false)
}

/// Whether a character that stands alone can join the cluster `c` ends: `c` prepends (`GB9b`),
/// links Indic consonants (`GB9c`), or joins emoji (`GB11`). Asked of `unicode-segmentation`
/// with a probe for each rule; the other rules join only characters that do not stand alone.
fn probe_joins_forward(c: char) -> bool {
    one_cluster(&[c, 'a']) || one_cluster(&['\u{915}', c, '\u{915}']) || one_cluster(&['🍌', c, '🍌'])
}

fn in_table(c: char, table: &[(char, char)]) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Characters that are invisible junk wherever they stand (POLICY.md §1, "invisible").
///
/// ZWJ and ZWNJ are not here: they are junk only where they join nothing, which takes context.
pub fn is_invisible(c: char) -> bool {
    props(c).is_invisible()
}

/// `So` characters of the notation and pictograph blocks (POLICY.md §1, "pictographic symbols").
pub fn is_pictographic(c: char) -> bool {
    props(c).is_pictographic()
}

/// Styled letters and digits: decomposition `<font>` or `<circle>` (POLICY.md §2).
pub fn is_styled(c: char) -> bool {
    props(c).is_styled()
}

fn is_invisible_uncached(c: char, gc: GeneralCategory) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        '\u{00AD}'                    // soft hyphen
        | '\u{061C}'                  // Arabic letter mark (bidi)
        | '\u{180E}'                  // Mongolian vowel separator
        | '\u{200B}'                  // zero width space
        | '\u{200E}' | '\u{200F}'     // left-to-right / right-to-left marks
        | '\u{202A}'..='\u{202E}'     // bidi embeddings and overrides
        | '\u{2060}'                  // word joiner
        | '\u{2061}'..='\u{2064}'     // invisible math operators
        | '\u{2066}'..='\u{2069}'     // bidi isolates
        | '\u{206A}'..='\u{206F}'     // deprecated format characters
        | '\u{3164}' | '\u{FFA0}'     // Hangul fillers, used as invisible "letters"
        | '\u{FEFF}'                  // byte order mark / zero width no-break space
        | '\u{FFF9}'..='\u{FFFB}'     // interlinear annotation controls
        | '\u{E0001}' => true,        // language tag
        _ => matches!(
            gc,
            GeneralCategory::Control
                | GeneralCategory::PrivateUse
                | GeneralCategory::Unassigned
                | GeneralCategory::Surrogate
        ),
    }
}

/// Whether letters of one of these scripts take ZWJ and ZWNJ between them (POLICY.md §3): the
/// scripts that build conjuncts with a virama (from the UCD, see `tables::VIRAMAS`) and the
/// cursive scripts, where the joiners choose a letter's joining form. Between letters of other
/// scripts (Latin, Greek, Cyrillic, Han, …) a joiner joins nothing.
pub(crate) fn uses_joiners(scx: ScriptExtension) -> bool {
    static SET: OnceLock<ScriptExtension> = OnceLock::new();
    let set = SET.get_or_init(|| {
        // The scripts with letters of joining type dual or right in ArabicShaping.txt.
        const CURSIVE: [Script; 13] = [
            Script::Arabic,
            Script::Syriac,
            Script::Mongolian,
            Script::Nko,
            Script::Mandaic,
            Script::Manichaean,
            Script::Psalter_Pahlavi,
            Script::Sogdian,
            Script::Old_Uyghur,
            Script::Chorasmian,
            Script::Hanifi_Rohingya,
            Script::Adlam,
            Script::Phags_Pa,
        ];
        let viramas = tables::VIRAMAS
            .iter()
            .flat_map(|&(lo, hi)| lo..=hi)
            .map(|c| c.script_extension())
            .filter(|&scx| is_specific(scx));
        CURSIVE
            .iter()
            .map(|&s| ScriptExtension::from(s))
            .chain(viramas)
            .reduce(ScriptExtension::union)
            .unwrap_or(ScriptExtension::from(Script::Unknown))
    });
    !scx.intersection(*set).is_empty()
}

/// Skin-tone modifiers U+1F3FB..U+1F3FF.
pub(crate) fn is_emoji_modifier(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
}

/// Tag characters, the tail of subdivision flags such as 🏴󠁧󠁢󠁥󠁮󠁧󠁿.
pub(crate) fn is_tag(c: char) -> bool {
    matches!(c, '\u{E0020}'..='\u{E007F}')
}

/// Regional indicator letters, the halves of flags.
pub(crate) fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// Variation selectors of any kind (VS1..VS256).
pub(crate) fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Emoji parts that mean nothing without an emoji before them.
pub(crate) fn is_emoji_component(c: char) -> bool {
    c == ZWJ || c == VS16 || c == VS15 || c == KEYCAP || is_emoji_modifier(c) || is_tag(c)
}

/// `Emoji=Yes`: the character can be shown as an emoji (with U+FE0F if it is not by default).
pub(crate) fn is_emoji(c: char) -> bool {
    props(c).is_emoji()
}

/// `Emoji_Presentation=Yes`: shown as an emoji by default.
pub(crate) fn is_emoji_presentation(c: char) -> bool {
    props(c).is_emoji_presentation()
}

fn is_emoji_presentation_uncached(c: char) -> bool {
    use unicode_properties::EmojiStatus as S;
    !c.is_ascii()
        && matches!(
            c.emoji_status(),
            S::EmojiPresentation
                | S::EmojiPresentationAndModifierBase
                | S::EmojiPresentationAndEmojiComponent
                | S::EmojiPresentationAndModifierAndEmojiComponent
        )
}

/// Whether a script extension names at least one real script (not Common, Inherited, Unknown).
pub(crate) fn is_specific(scx: ScriptExtension) -> bool {
    !(scx.is_common() || scx.is_inherited() || scx.is_empty())
}

#[cfg(test)]
mod tests;
