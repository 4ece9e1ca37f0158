//! POLICY.md R16: a token's sub-words, split at neutral punctuation and symbols, which the
//! styled-letter and intruder rules judge one at a time; and the facts about the token's units
//! that those rules keep up to date as they remove and fold units.

use std::collections::BTreeSet;
use std::ops::Range;

use super::{Class, Reason, Scanner, Unit};
use crate::unicode::{self, Script, ScriptExtension};

impl Scanner<'_, '_> {
    /// Splits the token into sub-words and applies the styled-letter and intruder rules to each.
    pub(super) fn sub_words(&mut self) {
        let n = self.units.len();
        self.live = Live::default();
        for k in 0..n {
            let fact = self.fact(k);
            self.live.add(k, fact, true);
        }
        let mut start = 0;
        while start < n {
            if !self.units[start].is_word_part() && !self.units[start].gone {
                start += 1;
                continue;
            }
            let mut end = start;
            while end < n && (self.units[end].gone || self.units[end].is_word_part()) {
                end += 1;
            }
            if self.opts.styled {
                self.styled(start..end);
            }
            if self.opts.intruders {
                self.intruders(start..end, n);
            }
            start = end;
        }
    }

    /// The token's letters per script outside the units of `span` (see [`Live::counts_outside`]),
    /// found where they are the first time a rule asks, and kept up to date from then on.
    pub(super) fn counts_outside(&mut self, span: &Range<usize>) -> Vec<(Script, usize)> {
        if self.live.scripts.is_none() {
            let mut scripts: Vec<(Script, BTreeSet<usize>)> = Vec::new();
            for k in 0..self.units.len() {
                if let Some(script) = self.fact(k).script {
                    match scripts.iter_mut().find(|(s, _)| *s == script) {
                        Some((_, at)) => {
                            at.insert(k);
                        }
                        None => scripts.push((script, BTreeSet::from([k]))),
                    }
                }
            }
            self.live.scripts = Some(scripts);
        }
        Live::counts_outside(self.live.scripts.as_deref().unwrap_or_default(), span)
    }

    /// What unit `k` adds to the token's [`Live`] facts while it is there.
    pub(super) fn fact(&self, k: usize) -> Fact {
        let u = &self.units[k];
        if u.gone {
            return Fact::default();
        }
        let gc = self.text[u.range.clone()].chars().next().map(|c| unicode::props(c).gc);
        Fact {
            math: u.class == Class::Symbol && gc == Some(unicode::GeneralCategory::MathSymbol),
            digit: gc == Some(unicode::GeneralCategory::DecimalNumber),
            letter: u.class == Class::Letter,
            script: (u.class == Class::Letter && unicode::is_specific(ScriptExtension::from(u.script)))
                .then_some(u.script),
        }
    }

    /// Puts `unit` in place of unit `k`, keeping the token's [`Live`] facts and its letters as the
    /// text counts them up to date.
    pub(super) fn set_unit(&mut self, k: usize, unit: Unit) {
        let before = self.fact(k);
        self.live.add(k, before, false);
        if self.units[k].gone != unit.gone
            && let Some(mut counts) = self.in_text.take()
        {
            // The letters of a unit's text, which a removal or a fold does not move.
            for (script, n) in self.letters_as_in_text(&[k]) {
                match counts.iter_mut().find(|(s, _)| *s == script) {
                    Some((_, m)) if unit.gone => *m = m.saturating_sub(n),
                    Some((_, m)) => *m += n,
                    None if !unit.gone => counts.push((script, n)),
                    None => {}
                }
            }
            self.in_text = Some(counts);
        }
        self.units[k] = unit;
        let after = self.fact(k);
        self.live.add(k, after, true);
    }

    /// Removes unit `k` for `reason`.
    pub(super) fn remove_unit(&mut self, k: usize, reason: Reason) {
        let mut unit = self.units[k].clone();
        self.remove(&mut unit, reason);
        self.set_unit(k, unit);
    }
}

/// Facts about the units of the token being judged that are still there, kept up to date as
/// the sub-word rules remove and fold units, so that no rule walks the whole token again.
#[derive(Debug, Default)]
pub(super) struct Live {
    /// Math symbols (`Sm`).
    pub(super) math: usize,
    /// Decimal digits.
    pub(super) digits: usize,
    /// Ordinary letters.
    pub(super) letters: usize,
    /// Where the ordinary letters of a specific script are, per script (see [`super::intruders::letter_counts`]),
    /// once a rule asks (see [`Scanner::counts_outside`]).
    scripts: Option<Vec<(Script, BTreeSet<usize>)>>,
}

/// What one unit adds to [`Live`].
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Fact {
    pub(super) math: bool,
    digit: bool,
    letter: bool,
    script: Option<Script>,
}

impl Live {
    /// Adds (`on`) or takes away the fact of unit `k`.
    pub(super) fn add(&mut self, k: usize, fact: Fact, on: bool) {
        let step = |n: &mut usize, yes: bool| {
            if yes {
                *n = if on { *n + 1 } else { n.saturating_sub(1) };
            }
        };
        step(&mut self.math, fact.math);
        step(&mut self.digits, fact.digit);
        step(&mut self.letters, fact.letter);
        if let (Some(script), Some(scripts)) = (fact.script, &mut self.scripts) {
            match scripts.iter_mut().find(|(s, _)| *s == script) {
                Some((_, at)) if on => {
                    at.insert(k);
                }
                Some((_, at)) => {
                    at.remove(&k);
                }
                None if on => scripts.push((script, BTreeSet::from([k]))),
                None => {}
            }
        }
    }

    /// Letters per script outside the units of `span`, in the order in which the scripts first
    /// appear there, as [`super::intruders::letter_counts`] gives them for those units.
    fn counts_outside(scripts: &[(Script, BTreeSet<usize>)], span: &Range<usize>) -> Vec<(Script, usize)> {
        let mut firsts: Vec<(usize, Script, usize)> = scripts
            .iter()
            .filter_map(|(script, at)| {
                let inside = at.range(span.clone()).count();
                let first = at.range(..span.start).next().or_else(|| at.range(span.end..).next())?;
                Some((*first, *script, at.len() - inside))
            })
            .collect();
        firsts.sort_unstable_by_key(|&(first, _, _)| first);
        firsts.into_iter().map(|(_, s, n)| (s, n)).collect()
    }
}
