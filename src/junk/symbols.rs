//! POLICY.md §2, symbols inside words, and R1: a symbol glued between letters goes, unless it
//! is ASCII (code and math) or notation between two single cased letters.

use super::{Class, Reason, Scanner, Unit};
use crate::unicode;

impl Scanner<'_, '_> {
    /// Removes symbols (of no particular script) glued between letters: `Ca©t` → `Cat`.
    ///
    /// ASCII symbols are code and math (`a+b`, `x=y`, `a|b`) and stay; so does a symbol between
    /// two single cased letters, which is notation (`C→T`, `A×B`).
    pub(super) fn symbols_inside_words(&mut self) {
        let n = self.units.len();
        let mut i = 0;
        while i < n {
            let u = &self.units[i];
            let candidate =
                !u.gone && !u.forced && u.class == Class::Symbol && !u.is_strong() && !self.is_kept_symbol(u);
            if !candidate {
                i += 1;
                continue;
            }
            // The run of such symbols (removed units in between are transparent).
            let mut j = i + 1;
            while j < n && (self.units[j].gone || self.units[j].class == Class::Symbol && !self.units[j].forced) {
                j += 1;
            }
            let left = Self::letter_run(self.units[..i].iter().rev());
            let right = Self::letter_run(self.units[j..].iter());
            let before = self.units[..i].iter().rev().find(|u| !u.gone && u.class != Class::Mark);
            let after = self.units[j..].iter().find(|u| !u.gone && u.class != Class::Mark);
            let notation = left == 1 && right == 1 && self.is_cased(before) && self.is_cased(after);
            if left >= 1 && right >= 1 && !notation {
                for k in i..j {
                    // ASCII symbols are code and math, in a run of other symbols too (R1), and
                    // symbols of one script are judged as intruders, not here (`ؠ¢؆ٱ` → `ؠ؆ٱ`).
                    let unit = &self.units[k];
                    if !unit.gone && !unit.is_strong() && !self.is_kept_symbol(unit) {
                        let mut unit = self.units[k].clone();
                        self.remove(&mut unit, Reason::Symbol);
                        self.units[k] = unit;
                    }
                }
            }
            i = j;
        }
    }

    /// Whether a unit is a symbol that stays inside words (R1): its first character is ASCII
    /// (`+`, `$`, also with a mark or selector on it) or a spacing accent typed for an apostrophe
    /// (`d´água`, `it´s`).
    fn is_kept_symbol(&self, unit: &Unit) -> bool {
        let first = self.text.get(unit.range.start..).and_then(|t| t.chars().next());
        first.is_some_and(|c| c.is_ascii() || unicode::props(c).is_spacing_accent())
    }

    /// Whether a unit is a cased letter, as single-letter variables are (`C→T`); a syllable of
    /// an abugida is not.
    pub(super) fn is_cased(&self, unit: Option<&Unit>) -> bool {
        unit.and_then(|u| self.text[u.range.clone()].chars().next())
            .is_some_and(|c| c.is_uppercase() || c.is_lowercase())
    }

    /// How many letters stand next to each other, walking away from a position (marks that
    /// stand as units of their own, such as some Myanmar signs, belong to their letters).
    /// Counts up to two: the rule asks only whether there is one letter, or more.
    pub(super) fn letter_run<'a>(units: impl Iterator<Item = &'a Unit>) -> usize {
        units
            .filter(|u| !u.gone && u.class != Class::Mark)
            .take_while(|u| u.is_letter())
            .take(2)
            .count()
    }
}
