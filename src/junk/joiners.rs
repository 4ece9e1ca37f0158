//! POLICY.md §3 and R15: a ZWJ or ZWNJ is kept only where it joins two letters of scripts that
//! use joiners, judged once the junk around it is gone.

use super::{Class, Edit, Reason, Scanner, Unit};
use crate::unicode;

impl Scanner<'_, '_> {
    /// A ZWJ or ZWNJ, on its own or in a cluster, is kept only where it joins two letters of
    /// scripts that use joiners (`می‌خواهم`, `ශ්‍රී`, also once junk between them is gone); between
    /// letters of other scripts, or after anything but a letter, it joins nothing
    /// (`behavi\u{200D}or`). The first `debris` edits are those [`Scanner::unit`] made, in order.
    pub(super) fn joiners(&mut self, debris: usize) {
        let (Some(first), Some(last)) = (self.units.first(), self.units.last()) else {
            return;
        };
        let token = &self.text[first.range.start..last.range.end];
        if !self.opts.invisible || !token.contains([unicode::ZWJ, unicode::ZWNJ]) {
            return;
        }
        let joinable = |u: &Unit| {
            matches!(u.class, Class::Letter | Class::Mark) && (!u.is_strong() || unicode::uses_joiners(u.scx))
        };
        let n = self.units.len();
        // The next unit still there after each unit, found from the end, other joiners skipped
        // (this loop removes only the unit it looks at, and looks ahead only at units it has
        // not reached). A joiner's neighbours are the letters around it, past other joiners.
        let mut next_live = vec![None; n];
        let mut next = None;
        for k in (0..n).rev() {
            next_live[k] = next;
            if !self.units[k].gone && self.units[k].class != Class::Joiner {
                next = Some(k);
            }
        }
        let mut prev_live: Option<usize> = None;
        for (i, next) in next_live.into_iter().enumerate() {
            let after = next.is_some_and(|k| joinable(&self.units[k]));
            let unit = &self.units[i];
            if unit.class == Class::Joiner && !unit.gone && !unit.forced {
                let before = prev_live.is_some_and(|k| joinable(&self.units[k]));
                if !(before && after) {
                    let mut unit = unit.clone();
                    self.remove(&mut unit, Reason::Invisible);
                    self.units[i] = unit;
                }
                continue;
            }
            if !unit.gone && unit.class != Class::Joiner {
                prev_live = Some(i);
            }
            if unit.gone || unit.forced || unit.class == Class::Other {
                continue;
            }
            let (start, end) = (unit.range.start, unit.range.end);
            let cluster = &self.text[start..end];
            let base_len = cluster.chars().next().map_or(0, char::len_utf8);
            if !cluster[base_len..].contains([unicode::ZWJ, unicode::ZWNJ]) {
                continue;
            }
            let removed = |at: usize| {
                let edits = &self.edits[..debris];
                let k = edits.partition_point(|e| e.range.start < at);
                edits.get(k).is_some_and(|e| e.range.start == at)
            };
            // The joiners at the end of the cluster, looking past the debris `inner_debris`
            // removes (`,` + ZWNJ + U+FE0F ends in a joiner once the selector goes), join the
            // cluster to the next unit; the others join the cluster's own characters.
            let mut trailing = true;
            let mut joiners = Vec::new();
            for (offset, c) in cluster.char_indices().rev().take_while(|&(i, _)| i >= base_len) {
                let at = start + offset;
                if c == unicode::ZWJ || c == unicode::ZWNJ {
                    joiners.push((at..at + c.len_utf8(), trailing));
                } else if !removed(at) {
                    trailing = false;
                }
            }
            let base_joins = joinable(unit);
            for (range, trailing) in joiners.into_iter().rev() {
                if !(base_joins && (after || !trailing)) {
                    self.edits.push(Edit::removal(range, Reason::Invisible));
                }
            }
        }
    }
}
