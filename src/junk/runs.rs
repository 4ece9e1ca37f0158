//! Runs of letters of one script, the common case of the walk of tokens of one script
//! (`single::one_script_or_junk`): decoded from their bytes and looked up a block of the
//! property table at a time.

use crate::unicode::{self, Script};

/// The walk of `single::one_script_or_junk` through characters that are not ASCII: each is
/// decoded from its bytes and looked up in the table of the block of the one before it (see
/// `unicode::props_block`), which most often holds it too, and runs of letters of one script
/// (see `Props::is_run_letter`), what words of most scripts are made of, are taken in a loop of
/// their own.
#[derive(Default)]
pub(super) struct Run {
    index: usize,
    block: Option<&'static [unicode::Props; unicode::BLOCK]>,
}

/// Where [`Run::letters`] stopped.
pub(super) struct Stop {
    /// The byte after the run.
    pub(super) end: usize,
    /// Its letters, the last one, and their script.
    pub(super) count: usize,
    pub(super) last: char,
    pub(super) script: Option<Script>,
    /// The character after the run when it is not ASCII, its length and its facts.
    pub(super) next: Option<(char, usize, unicode::Props)>,
}

impl Run {
    /// The run of letters at byte `i` of `bytes` (a character boundary) of `script`, or of the
    /// script of its first letter, and the character after it.
    #[inline]
    pub(super) fn letters(&mut self, bytes: &[u8], mut i: usize, mut script: Option<Script>) -> Stop {
        let mut count = 0;
        let mut last = 0;
        let next = loop {
            let Some(&b0) = bytes.get(i) else { break None };
            let Some((code, len)) = decode(bytes, i, b0) else {
                break None;
            };
            if self.index != code / unicode::BLOCK || self.block.is_none() {
                self.index = code / unicode::BLOCK;
                self.block = unicode::props_block(self.index);
            }
            let Some(props) = self.block.map(|block| block[code % unicode::BLOCK]) else {
                break None;
            };
            if !props.is_run_letter() || *script.get_or_insert(props.script) != props.script {
                let c = u32::try_from(code).ok().and_then(char::from_u32);
                break c.map(|c| (c, len, props));
            }
            (count, last, i) = (count + 1, code, i + len);
        };
        let last = u32::try_from(last).ok().and_then(char::from_u32).unwrap_or_default();
        Stop {
            end: i,
            count,
            last,
            script: if count == 0 { None } else { script },
            next,
        }
    }
}

/// The code point of the character that starts with byte `b0` at `i` in `bytes` (valid UTF-8),
/// and its length; `None` for ASCII.
#[inline]
fn decode(bytes: &[u8], i: usize, b0: u8) -> Option<(usize, usize)> {
    let more = |n: usize| bytes.get(i + n).map_or(0, |&b| usize::from(b & 0x3F));
    let b0 = usize::from(b0);
    match b0 {
        0xC0..=0xDF => Some((((b0 & 0x1F) << 6) | more(1), 2)),
        0xE0..=0xEF => Some((((b0 & 0x0F) << 12) | (more(1) << 6) | more(2), 3)),
        0xF0..=0xF7 => Some((((b0 & 0x07) << 18) | (more(1) << 12) | (more(2) << 6) | more(3), 4)),
        _ => None,
    }
}
