//! Byte offsets to string indices (code points), as Python counts them.

/// Turns every byte offset in `offsets` (on character boundaries of `text`) into the number of
/// characters before it, walking the text once.
pub fn to_char_offsets(text: &str, offsets: &mut [usize]) {
    if text.is_ascii() {
        return;
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let (mut byte, mut chars) = (0, 0);
    for i in order {
        let target = offsets[i];
        chars += text.get(byte..target).map_or(0, |s| s.chars().count());
        byte = target.max(byte);
        offsets[i] = chars;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters() {
        let text = "a🍌bé c";
        let mut offsets = [text.len(), 0, 1, 5, 8];
        to_char_offsets(text, &mut offsets);
        assert_eq!(offsets, [6, 0, 1, 2, 4]);
    }
}
