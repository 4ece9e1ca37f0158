//! POLICY.md §2, styled letters, and R5: styled letters glued to ordinary ones go, a word of
//! styled letters alone is folded, one styled letter alone is notation.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use super::{Class, Reason, Scanner};

impl Scanner<'_, '_> {
    /// Styled letters glued to ordinary letters go (`𝐆its` → `its`); a word written only in
    /// styled letters is folded to plain ones (`𝐁𝐨𝐥𝐝` → `Bold`); one styled letter alone is
    /// notation (`𝑥`) and stays.
    pub(super) fn styled(&mut self, span: Range<usize>) {
        let live = || self.units[span.clone()].iter().filter(|u| !u.gone && !u.forced);
        let styled = live().filter(|u| u.class == Class::Styled).count();
        if styled == 0 {
            return;
        }
        let ordinary = live().filter(|u| u.class == Class::Letter).count();
        if ordinary == 0 && styled == 1 && self.lone_styled_is_notation() {
            return;
        }
        for k in span {
            let u = &self.units[k];
            if u.gone || u.forced || u.class != Class::Styled {
                continue;
            }
            if ordinary > 0 || styled == 1 {
                self.remove_unit(k, Reason::Styled);
            } else {
                let mut unit = u.clone();
                let folded = fold(&self.text[unit.range.clone()]);
                self.replace(&mut unit, Reason::Styled, folded);
                unit.gone = false;
                unit.class = Class::Letter;
                self.set_unit(k, unit);
            }
        }
    }

    /// One styled letter with no ordinary letter beside it is notation (`𝑥`, `𝑥²`, `2𝑥+1`)
    /// unless its token also holds decimal digits or an ordinary word (`𝕏7.10`, `𝑨(TTP)`), with
    /// no math symbol in the token to say it is a formula.
    pub(super) fn lone_styled_is_notation(&self) -> bool {
        let live = &self.live;
        live.math > 0 || !(live.digits > 0 || live.letters > 0)
    }
}

/// The NFKC form of a styled letter, with no allocation when it is one ASCII character (most
/// are: `𝐁` → `B`), so that a long word of styled letters costs no allocation per letter.
fn fold(letter: &str) -> Cow<'static, str> {
    /// Every ASCII character, in order: the one-character strings are slices of it.
    static ASCII: [u8; 128] = {
        let mut all = [0; 128];
        let mut b: u8 = 0;
        while b < 128 {
            all[b as usize] = b;
            b += 1;
        }
        all
    };
    let mut folded = letter.nfkc();
    if let (Some(c), None) = (folded.next(), folded.next())
        && let Some(one) = ASCII.get(c as usize..=c as usize)
        && let Ok(one) = std::str::from_utf8(one)
    {
        return Cow::Borrowed(one);
    }
    Cow::Owned(letter.nfkc().collect())
}

#[cfg(test)]
mod tests {
    use unicode_normalization::UnicodeNormalization;

    /// `fold` is NFKC, borrowed or not.
    #[test]
    fn fold_is_nfkc() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(super::fold(&s), s.nfkc().collect::<String>(), "{c:?}");
        }
    }
}
