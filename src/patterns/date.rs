//! Dates: ISO (`2023-02-17`, with an optional time), numeric (`17/02/2023`, `02-17-23`,
//! `17.02.2023`) and written in English (`17 February 2023`, `Feb 17, 2023`, `March 2023`).
//!
//! Every date is checked against the calendar; its value is the ISO form (`2023-02-17`, or
//! `2023-03` for a month). A numeric date reads month first unless `dayfirst`, and the other
//! order when only that one is a real date, as pandas' parser does.

use std::ops::Range;
use std::sync::OnceLock;

use regex::{Captures, Regex};

const MONTH: &str = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(&RE, || {
        let ord = r"(?:st|nd|rd|th)?";
        let source = format!(
            r"(?x)
            (?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{2}})-(?P<id>[0-9]{{2}})
                (?:[T\ ][0-9]{{2}}:[0-9]{{2}}(?::[0-9]{{2}}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{{2}}:?[0-9]{{2}})?)?
            | (?P<ya>[0-9]{{4}})(?P<ys>[/.])(?P<yb>[0-9]{{1,2}})[/.](?P<yc>[0-9]{{1,2}})
            | (?P<na>[0-9]{{1,2}})(?P<ns>[/.-])(?P<nb>[0-9]{{1,2}})[/.-](?P<ny>[0-9]{{4}}|[0-9]{{2}})
            | (?P<dd>[0-9]{{1,2}}){ord}(?:\ of)?\ {MONTH}\.?,?\ (?P<dy>[0-9]{{4}})
            | {month_b}\.?\ (?P<md>[0-9]{{1,2}}){ord},?\ (?P<my>[0-9]{{4}})
            | {month_c}\.?\ (?P<yy>[0-9]{{4}})
            ",
            month_b = MONTH.replace("?P<month>", "?P<month_b>"),
            month_c = MONTH.replace("?P<month>", "?P<month_c>"),
        );
        source
    })
}

/// Finds dates standing alone; `dayfirst` reads `01/02/2023` as 1 February.
pub(crate) fn find(text: &str, dayfirst: bool, out: &mut Vec<(Range<usize>, String)>) {
    super::each_match(pattern(), text, |caps| {
        let Some(m) = caps.get(0) else { return false };
        let value = value(caps, dayfirst).filter(|_| super::stands_alone(text, m.range()));
        value.map(|v| out.push((m.range(), v))).is_some()
    });
}

/// The ISO value of a match, or None when it is no real date (or separators disagree).
fn value(caps: &Captures<'_>, dayfirst: bool) -> Option<String> {
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    if let (Some(y), Some(m), Some(d)) = (num("iy"), num("im"), num("id")) {
        return iso(y, m, d);
    }
    if let (Some(y), Some(m), Some(d)) = (num("ya"), num("yb"), num("yc")) {
        let whole = caps.get(0)?.as_str();
        let sep = caps.name("ys")?.as_str();
        return (whole.matches(sep).count() == 2).then(|| iso(y, m, d)).flatten();
    }
    if let (Some(a), Some(b), Some(y)) = (num("na"), num("nb"), caps.name("ny")) {
        let whole = caps.get(0)?.as_str();
        let sep = caps.name("ns")?.as_str();
        if whole.matches(sep).count() != 2 || sep == "." && y.len() == 2 {
            return None; // mixed separators, or a version number like 1.2.23
        }
        let year = y.as_str().parse::<u32>().ok()?;
        let year = if y.len() == 2 {
            2000 + year - if year > 68 { 100 } else { 0 }
        } else {
            year
        };
        let (first, second) = if dayfirst { ((b, a), (a, b)) } else { ((a, b), (b, a)) };
        return iso(year, first.0, first.1).or_else(|| iso(year, second.0, second.1));
    }
    if let (Some(d), Some(y)) = (num("dd"), num("dy")) {
        return iso(y, month(caps.name("month")?.as_str())?, d);
    }
    if let (Some(d), Some(y)) = (num("md"), num("my")) {
        return iso(y, month(caps.name("month_b")?.as_str())?, d);
    }
    let y = num("yy")?;
    let m = month(caps.name("month_c")?.as_str())?;
    (1000..=9999).contains(&y).then(|| format!("{y:04}-{m:02}"))
}

/// `2023-02-17` when `y`-`m`-`d` is a day of the calendar.
fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    let leap = y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1..=days).contains(&d) && (1000..=9999).contains(&y)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The month (1–12) of an English month name or its abbreviation.
fn month(name: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let prefix = name.get(..3)?.to_ascii_lowercase();
    NAMES
        .iter()
        .position(|&n| n == prefix)
        .and_then(|i| u32::try_from(i + 1).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, dayfirst: bool) -> Vec<(&str, String)> {
        super::super::found_with_values(text, |t, out| find(t, dayfirst, out))
    }

    fn values(text: &str) -> Vec<String> {
        found(text, false).into_iter().map(|(_, v)| v).collect()
    }

    #[test]
    fn iso_dates_and_timestamps() {
        assert_eq!(found("on 2023-02-17.", false), [("2023-02-17", "2023-02-17".into())]);
        assert_eq!(
            found("at 2023-02-17T19:10:00Z and 2023-02-17 19:10", false),
            [
                ("2023-02-17T19:10:00Z", "2023-02-17".into()),
                ("2023-02-17 19:10", "2023-02-17".into())
            ]
        );
        assert_eq!(values("2023/02/17 and 2023.2.7"), ["2023-02-17", "2023-02-07"]);
    }

    #[test]
    fn numeric_dates_and_dayfirst() {
        assert_eq!(values("02/03/2023"), ["2023-02-03"]);
        assert_eq!(found("02/03/2023", true)[0].1, "2023-03-02");
        // Only one reading is a date: it wins whatever the order.
        assert_eq!(values("17/02/2023 and 17.02.2023"), ["2023-02-17", "2023-02-17"]);
        assert_eq!(found("02/17/2023", true)[0].1, "2023-02-17");
        assert_eq!(values("1/2/23 and 1-2-99"), ["2023-01-02", "1999-01-02"]);
    }

    #[test]
    fn written_dates() {
        assert_eq!(
            values("17 February 2023, Feb 17, 2023, 3rd of March, 2024, Sept. 5 2021 and March 2023"),
            ["2023-02-17", "2023-02-17", "2024-03-03", "2021-09-05", "2023-03"]
        );
    }

    #[test]
    fn not_dates() {
        for text in [
            "2023-02-30",
            "31/31/2023",
            "version 1.2.23",
            "10/2023",
            "12-2023-01",
            "02/17-2023",
            "x2023-02-17",
            "call 555-12-2023-1",
            "1.5.2023.4",
            "May I",
        ] {
            assert!(found(text, false).is_empty(), "{text}");
        }
    }
}
