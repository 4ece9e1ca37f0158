//! Times of day: `19:10`, `19:10:05`, `7.10 pm`, `7:10PM`, `7 p.m.`; the value is 24-hour
//! `HH:MM` or `HH:MM:SS`.

use std::ops::Range;
use std::sync::OnceLock;

use regex::{Captures, Regex};

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(&RE, || {
        r"(?x)
            (?P<h>[0-9]{1,2})(?:[:.](?P<m>[0-9]{2}))?(?::(?P<s>[0-9]{2}))?\ ?(?P<half>(?i:[ap]m\b|[ap]\.m\.))
            | (?P<hh>[0-9]{1,2}):(?P<mm>[0-9]{2})(?::(?P<ss>[0-9]{2})(?:\.[0-9]{1,9})?)?
            "
    })
}

/// Finds times standing alone.
pub(crate) fn find(text: &str, out: &mut Vec<(Range<usize>, String)>) {
    super::each_match(pattern(), text, |caps| {
        let Some(m) = caps.get(0) else { return false };
        // `a.m.` ends with a dot that may also end the sentence: judge what follows the letters.
        let end = if m.as_str().ends_with('.') {
            m.end() - 1
        } else {
            m.end()
        };
        let value = value(caps).filter(|_| super::stands_alone(text, m.start()..end));
        value.map(|v| out.push((m.range(), v))).is_some()
    });
}

fn value(caps: &Captures<'_>) -> Option<String> {
    // Absent groups are None; the digits of present ones always parse.
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let (hour, minute, second) = if let Some(half) = caps.name("half") {
        let h = num("h")?;
        if !(1..=12).contains(&h) {
            return None;
        }
        let pm = half.as_str().starts_with(['p', 'P']);
        let h = h % 12 + if pm { 12 } else { 0 };
        (h, num("m").unwrap_or(0), num("s"))
    } else {
        (num("hh")?, num("mm")?, num("ss"))
    };
    if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
        return None;
    }
    Some(match second {
        Some(s) => format!("{hour:02}:{minute:02}:{s:02}"),
        None => format!("{hour:02}:{minute:02}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, String)> {
        super::super::found_with_values(text, find)
    }

    #[test]
    fn times() {
        assert_eq!(
            found("at 7.10 pm, 19:10, 07:05:09.250 and 7 p.m. or 12am."),
            [
                ("7.10 pm", "19:10".into()),
                ("19:10", "19:10".into()),
                ("07:05:09.250", "07:05:09".into()),
                ("7 p.m.", "19:00".into()),
                ("12am", "00:00".into()),
            ]
        );
    }

    #[test]
    fn not_times() {
        for text in [
            "25:10",
            "7.10",
            "19:75",
            "13 pm",
            "a 3:1 win",
            "x19:10",
            "1:2:3",
            "10:30:15:20",
            "5 amps",
            "pm",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
