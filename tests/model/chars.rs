//! The Unicode facts the policy is stated in, one plain question each. Nothing here decides
//! anything: it only names properties (general category, script, emoji data) in the words of
//! POLICY.md.

use textwash::facts;
use unicode_properties::{EmojiStatus, GeneralCategory, GeneralCategoryGroup, UnicodeEmoji, UnicodeGeneralCategory};
use unicode_script::{Script, UnicodeScript};

pub const ZWJ: char = '\u{200D}';
pub const ZWNJ: char = '\u{200C}';
pub const VS15: char = '\u{FE0E}';
pub const VS16: char = '\u{FE0F}';
pub const KEYCAP: char = '\u{20E3}';

/// General category group.
pub fn group(c: char) -> GeneralCategoryGroup {
    c.general_category_group()
}

pub fn is_letter(c: char) -> bool {
    group(c) == GeneralCategoryGroup::Letter
}

pub fn is_mark(c: char) -> bool {
    group(c) == GeneralCategoryGroup::Mark
}

/// The specific scripts of `c` by `Script_Extensions`; empty for Common, Inherited and Unknown
/// ("neutral" characters, which belong to no script in particular).
pub fn scripts(c: char) -> Vec<Script> {
    let scx = c.script_extension();
    if scx.is_common() || scx.is_inherited() || scx.is_empty() {
        Vec::new()
    } else {
        scx.iter().collect()
    }
}

/// The `Script` property of `c`, if it is a specific script.
pub fn script(c: char) -> Option<Script> {
    let s = c.script();
    match s {
        Script::Common | Script::Inherited | Script::Unknown => None,
        _ => Some(s),
    }
}

/// `Emoji=Yes`: can be shown as an emoji (with U+FE0F if not by default).
pub fn is_emoji(c: char) -> bool {
    c.is_emoji_char()
}

/// `Emoji_Presentation=Yes`: shown as an emoji by default.
pub fn is_emoji_presentation(c: char) -> bool {
    matches!(
        c.emoji_status(),
        EmojiStatus::EmojiPresentation
            | EmojiStatus::EmojiPresentationAndModifierBase
            | EmojiStatus::EmojiPresentationAndEmojiComponent
            | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent
    )
}

pub fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// Skin-tone modifiers.
pub fn is_modifier(c: char) -> bool {
    ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
}

/// Tag characters (the tail of subdivision flags).
pub fn is_tag(c: char) -> bool {
    ('\u{E0020}'..='\u{E007F}').contains(&c)
}

/// Variation selectors of every kind.
pub fn is_variation_selector(c: char) -> bool {
    ('\u{FE00}'..='\u{FE0F}').contains(&c) || ('\u{E0100}'..='\u{E01EF}').contains(&c)
}

/// The parts of emoji sequences that mean nothing on their own (§1 "nothing of a removed
/// sequence may remain").
pub fn is_emoji_part(c: char) -> bool {
    c == ZWJ || c == VS15 || c == VS16 || c == KEYCAP || is_modifier(c) || is_tag(c)
}

/// §1 invisible, R3, R4 (the table is generated from the UCD; ZWJ and ZWNJ are not in it).
pub fn is_invisible(c: char) -> bool {
    facts::is_invisible(c)
}

/// §1 pictographic symbols, R6.
pub fn is_pictographic(c: char) -> bool {
    facts::is_pictographic(c)
}

/// §2 styled letters (and digits): mathematical alphanumerics, `<font>` and `<circle>` letters.
pub fn is_styled(c: char) -> bool {
    facts::is_styled(c) && matches!(group(c), GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number)
}

/// Whitespace, which separates tokens.
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Whitespace that does not break a line.
pub fn is_horizontal_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// R2: controls that break lines.
pub fn is_line_breaking_control(c: char) -> bool {
    matches!(c, '\u{B}' | '\u{C}' | '\u{85}')
}

pub fn is_math_symbol(c: char) -> bool {
    c.general_category() == GeneralCategory::MathSymbol
}

pub fn is_decimal_digit(c: char) -> bool {
    c.general_category() == GeneralCategory::DecimalNumber
}

/// Opening punctuation, after which a removal leaves no space (§4).
pub fn is_opening(c: char) -> bool {
    matches!(
        c.general_category(),
        GeneralCategory::OpenPunctuation | GeneralCategory::InitialPunctuation
    )
}

/// Closing punctuation, before which a removal leaves no space (§4).
pub fn is_closing(c: char) -> bool {
    matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '…' | '%' | '、' | '。')
        || matches!(
            c.general_category(),
            GeneralCategory::ClosePunctuation | GeneralCategory::FinalPunctuation
        )
}

/// A cased letter, as single-letter variables are (R1).
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}
