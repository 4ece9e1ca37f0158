//! Money: an amount with its currency, as a symbol (`$1,200.50`, `€100`, `100 €`, `US$5m`,
//! `₹250`) or an ISO 4217 code (`100 EUR`, `USD 20`). Currency symbols are the Unicode general
//! category Sc; codes are checked against ISO 4217 (`iso_currency`).

use std::ops::Range;
use std::sync::OnceLock;

use iso_currency::Currency;
use regex::Regex;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// Money found in a text: where, the amount as a plain decimal, and the currency as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Money {
    pub range: Range<usize>,
    pub amount: String,
    pub currency: String,
}

fn number() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(&RE, || r"[0-9]+(?:[.,\u{202F}\u{A0}'][0-9]+)*")
}

fn scale_word() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(&RE, || r"\A ?(thousand|million|billion|trillion|bn|[kKmM])\b")
}

fn is_currency_symbol(c: char) -> bool {
    c.general_category() == GeneralCategory::CurrencySymbol
}

/// An ISO 4217 code (`EUR`) standing alone at the end of `before`: its start.
fn code_before(before: &str) -> Option<usize> {
    let start = before.len().checked_sub(3)?;
    let code = before.get(start..)?;
    let alone = !super::before(before, start).is_some_and(super::is_word);
    (alone && is_code(code)).then_some(start)
}

fn is_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) && Currency::from_code(code).is_some()
}

/// The currency written before an amount starting at `at` (`$`, `US$`, `EUR `): its start.
fn currency_before(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at];
    let before = before.strip_suffix(' ').unwrap_or(before);
    let symbol = before.chars().next_back().filter(|&c| is_currency_symbol(c));
    let Some(symbol) = symbol else {
        return code_before(before);
    };
    let start = before.len() - symbol.len_utf8();
    // `US$`, `HK$`: one or two capitals glued to the symbol.
    let letters = before[..start].bytes().rev().take_while(u8::is_ascii_uppercase).count();
    if (1..=2).contains(&letters) && !super::before(before, start - letters).is_some_and(super::is_word) {
        return Some(start - letters);
    }
    Some(start)
}

/// The currency written after an amount ending at `at` (` €`, `EUR`): its end. A symbol that
/// starts another amount (`5 $100`) is not this one's.
fn currency_after(text: &str, at: usize) -> Option<usize> {
    let after = &text[at..];
    let skip = usize::from(after.starts_with(' '));
    let rest = &after[skip..];
    let end = match rest.chars().next() {
        Some(c) if is_currency_symbol(c) => c.len_utf8(),
        Some(_) if rest.get(..3).is_some_and(is_code) && !rest[3..].starts_with(super::is_word) => 3,
        _ => return None,
    };
    let starts_amount = rest[end..]
        .trim_start_matches(' ')
        .starts_with(|c: char| c.is_ascii_digit());
    (!starts_amount).then_some(at + skip + end)
}

/// Finds amounts of money standing alone: an amount with a currency before or after it.
pub(crate) fn find(text: &str, out: &mut Vec<Money>) {
    let mut from = 0;
    for m in number().find_iter(text) {
        if m.start() < from {
            continue;
        }
        let scale = scale_word().captures(&text[m.end()..]);
        let amount_end = m.end() + scale.as_ref().and_then(|c| c.get(0)).map_or(0, |s| s.end());
        let (start, end) = match currency_before(text, m.start()) {
            Some(start) => (start, amount_end),
            None => match currency_after(text, amount_end) {
                Some(end) => (m.start(), end),
                None => continue,
            },
        };
        // `-$5`: a minus before the currency makes the amount negative.
        let (start, negative) = match super::before(text, start) {
            Some(sign @ ('-' | '−'))
                if !super::before(text, start - sign.len_utf8())
                    .is_some_and(|c| super::is_word(c) || c.is_ascii_punctuation() && c != '(') =>
            {
                (start - sign.len_utf8(), true)
            }
            _ => (start, false),
        };
        if start < from || !super::stands_alone(text, start..end) {
            continue;
        }
        let currency = if start < m.start() {
            text[start..m.start()].trim_start_matches(['-', '−']).trim_end()
        } else {
            text[amount_end..end].trim_start()
        };
        let scale = scale.as_ref().and_then(|c| c.get(1)).map(|s| s.as_str());
        let amount = scaled(&super::number::decimal(m.as_str()), scale);
        out.push(Money {
            range: start..end,
            amount: if negative { format!("-{amount}") } else { amount },
            currency: currency.to_owned(),
        });
        from = end;
    }
}

/// `1.5` with `m` is `1500000`: the amount times its scale word, as a plain decimal.
fn scaled(amount: &str, scale: Option<&str>) -> String {
    let zeros = match scale {
        Some("thousand" | "k" | "K") => 3,
        Some("million" | "m" | "M") => 6,
        Some("billion" | "bn") => 9,
        Some("trillion") => 12,
        _ => return amount.to_owned(),
    };
    let (whole, frac) = amount.split_once('.').unwrap_or((amount, ""));
    let mut digits = format!("{whole}{frac}");
    let point = whole.len() + zeros;
    while digits.len() < point {
        digits.push('0');
    }
    let (int, rest) = digits.split_at(point);
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let rest = rest.trim_end_matches('0');
    if rest.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{rest}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, String, String)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.into_iter()
            .map(|m| (&text[m.range], m.amount, m.currency))
            .collect()
    }

    #[test]
    fn money() {
        let got = found("$1,200.50, €100, 100 EUR, ₹250, 5 € and US$5m or USD 20 and £1.5 billion, 5 $100, -$5");
        let want = [
            ("$1,200.50", "1200.50", "$"),
            ("€100", "100", "€"),
            ("100 EUR", "100", "EUR"),
            ("₹250", "250", "₹"),
            ("5 €", "5", "€"),
            ("US$5m", "5000000", "US$"),
            ("USD 20", "20", "USD"),
            ("£1.5 billion", "1500000000", "£"),
            ("$100", "100", "$"),
            ("-$5", "-5", "$"),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(a, b, c)| (*a, (*b).to_owned(), (*c).to_owned()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn not_money() {
        for text in [
            "100 ABC", "x$100", "AND 20", "$", "20 km", "a $ sign", "5 EURO", "USD20x",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn scales() {
        assert_eq!(scaled("1.5", Some("m")), "1500000");
        assert_eq!(scaled("0.25", Some("k")), "250");
        assert_eq!(scaled("2.125", Some("k")), "2125");
        assert_eq!(scaled("3", None), "3");
    }
}
