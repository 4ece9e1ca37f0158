//! A token (a run of characters between whitespace) as the policy sees it: a row of units,
//! each a grapheme cluster (§1 "as a whole grapheme cluster"), split where one cluster holds
//! letters of two scripts (R12).

use unicode_script::Script;
use unicode_segmentation::UnicodeSegmentation;

use super::chars;

/// What a unit is, by its first character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Letter,
    /// A styled letter or digit (§2).
    Styled,
    /// Any number: decimal digits, fractions, super- and subscripts.
    Digit,
    Mark,
    Punct,
    Symbol,
    /// A ZWJ or ZWNJ that is a cluster of its own.
    Joiner,
    /// Separators, controls, and junk kept on request.
    Other,
}

/// What becomes of one character of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fate {
    Keep,
    /// Removed: the whitespace around it is tidied (§4).
    Remove,
    /// The first character of a unit replaced by this text (a styled word folded, an emoji
    /// named, a line-breaking control made a line break).
    Replace(String),
    /// A later character of a replaced unit.
    Absorbed,
}

#[derive(Clone, Debug)]
pub struct Unit {
    /// Index of its first character in the text's characters.
    pub start: usize,
    pub chars: Vec<char>,
    pub kind: Kind,
    /// `Script` of the first character, if specific.
    pub script: Option<Script>,
    /// `Script_Extensions` of the unit (specific scripts only; empty when neutral).
    pub scx: Vec<Script>,
    /// Removed or replaced already: transparent to every rule that follows.
    pub gone: bool,
    /// Junk kept on request: no rule removes it.
    pub forced: bool,
}

impl Unit {
    pub fn base(&self) -> char {
        self.chars[0]
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// Belongs to some script (a letter, mark, digit or punctuation of one script).
    pub fn is_strong(&self) -> bool {
        !self.scx.is_empty()
    }

    /// R16: letters, digits, marks, joiners and punctuation or symbols of one script hold a
    /// sub-word together; neutral punctuation and symbols (and anything else) split it.
    pub fn is_word_part(&self) -> bool {
        match self.kind {
            Kind::Letter | Kind::Styled | Kind::Digit | Kind::Mark | Kind::Joiner => true,
            Kind::Punct | Kind::Symbol => self.is_strong(),
            Kind::Other => false,
        }
    }

    pub fn is_letter(&self) -> bool {
        matches!(self.kind, Kind::Letter | Kind::Styled)
    }

    /// A letter that counts for a script (ordinary, of a specific script).
    pub fn counted_script(&self) -> Option<Script> {
        if self.kind == Kind::Letter { self.script } else { None }
    }
}

pub fn kind_of(c: char) -> Kind {
    use unicode_properties::GeneralCategoryGroup as G;
    match chars::group(c) {
        G::Letter | G::Number if chars::is_styled(c) => Kind::Styled,
        G::Letter => Kind::Letter,
        G::Number => Kind::Digit,
        G::Mark => Kind::Mark,
        G::Punctuation => Kind::Punct,
        G::Symbol => Kind::Symbol,
        G::Separator | G::Other => Kind::Other,
    }
}

/// The units of the token `text[start..end]`.
pub fn units(text: &[char], start: usize, end: usize) -> Vec<Unit> {
    let token: String = text[start..end].iter().collect();
    let mut out = Vec::new();
    let mut at = start;
    for cluster in token.graphemes(true) {
        let cluster: Vec<char> = cluster.chars().collect();
        for piece in split_scripts(&cluster) {
            out.push(unit(at, piece));
            at += piece.len();
        }
    }
    out
}

/// R12: a cluster is cut before every letter that shares no script with the first character
/// of the piece it is in (when that character has a script). R18: a cluster led by an emoji
/// character (beyond ASCII: not a keycap's digit) or a pictograph is cut before its first letter
/// or mark of a script.
fn split_scripts(cluster: &[char]) -> Vec<&[char]> {
    let mut pieces = Vec::new();
    let mut from = 0;
    let mut i = 1;
    while i < cluster.len() {
        let first = cluster[from];
        let base = chars::scripts(first);
        let c = cluster[i];
        let other = chars::scripts(c);
        let foreign_letter =
            chars::is_letter(c) && !base.is_empty() && !other.is_empty() && !other.iter().any(|s| base.contains(s));
        let emoji = base.is_empty()
            && !first.is_ascii()
            && (chars::is_emoji(first) || chars::is_pictographic(first) || chars::is_regional_indicator(first))
            && (chars::is_letter(c) || chars::is_mark(c))
            && !other.is_empty();
        if foreign_letter || emoji {
            pieces.push(&cluster[from..i]);
            from = i;
        }
        i += 1;
    }
    pieces.push(&cluster[from..]);
    pieces
}

fn unit(start: usize, piece: &[char]) -> Unit {
    let base = piece[0];
    let mut kind = kind_of(base);
    if (base == chars::ZWJ || base == chars::ZWNJ) && piece.len() == 1 {
        kind = Kind::Joiner;
    }
    let mut scx = chars::scripts(base);
    let mut script = chars::script(base);
    if kind == Kind::Mark && scx.is_empty() {
        // Marks with no base, led by a neutral one: the unit has the scripts of all its marks,
        // whatever their order (NFC may change it), listed in the scripts' own order.
        script = None;
        let all = piece
            .iter()
            .map(|&c| unicode_script::UnicodeScript::script_extension(&c))
            .filter(|x| !(x.is_common() || x.is_inherited() || x.is_empty()))
            .fold(None, |acc: Option<unicode_script::ScriptExtension>, x| {
                Some(acc.map_or(x, |a| a.union(x)))
            });
        scx = all.map(|x| x.iter().collect()).unwrap_or_default();
    }
    Unit {
        start,
        chars: piece.to_vec(),
        kind,
        script,
        scx,
        gone: false,
        forced: false,
    }
}
