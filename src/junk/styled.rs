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
                let folded: String = self.text[unit.range.clone()].nfkc().collect();
                self.replace(&mut unit, Reason::Styled, Cow::Owned(folded));
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
