//! Percentages: `12%`, `-3.5 %`, `12 percent`, `2‰`; the value is the number as a plain decimal.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(
        &RE,
        || r"(?P<num>[+\-−]?[0-9]+(?:[.,][0-9]+)*)\ ?(?:%|‰|‱|(?:percent|per\ cent|pct)\b)",
    )
}

/// Finds percentages standing alone.
pub(crate) fn find(text: &str, out: &mut Vec<(Range<usize>, String)>) {
    super::each_match(pattern(), text, |caps| {
        let (Some(m), Some(num)) = (caps.get(0), caps.name("num")) else {
            return false;
        };
        let alone = super::stands_alone(text, m.range());
        if alone {
            out.push((m.range(), super::number::decimal(num.as_str())));
        }
        alone
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages() {
        let text = "up 12%, -3.5 % and 12 percent, 2‰; not 12%x or v12%";
        let mut out = Vec::new();
        find(text, &mut out);
        let got: Vec<(&str, &str)> = out.iter().map(|(r, v)| (&text[r.clone()], v.as_str())).collect();
        assert_eq!(
            got,
            [("12%", "12"), ("-3.5 %", "-3.5"), ("12 percent", "12"), ("2‰", "2")]
        );
    }
}
