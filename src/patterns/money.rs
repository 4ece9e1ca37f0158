//! Money: an amount with its currency, as a symbol (`$1,200.50`, `€100`, `100 €`, `US$5m`,
//! `₹250`) or an ISO 4217 code (`100 EUR`, `USD 20`). Currency symbols are the Unicode general
//! category Sc; codes are checked against ISO 4217 (`iso_currency`).

use std::ops::Range;
use std::sync::OnceLock;

use iso_currency::Currency;
use regex::Regex;

/// Money found in a text: where, the amount as a plain decimal, and the currency as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Money {
    pub range: Range<usize>,
    pub amount: String,
    pub currency: String,
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let num = r"[0-9]+(?:[.,\u{202F}\u{A0}'][0-9]+)*";
        let scale = r"(?:\ ?(?P<scale>thousand|million|billion|trillion|bn|[kKmM])\b)?";
        let source = format!(
            r"(?x)
            (?P<ps>(?:[A-Z]{{1,2}})?\p{{Sc}})\ ?(?P<pa>{num}){scale}
            | (?P<pc>[A-Z]{{3}})\ ?(?P<pca>{num}){scale_c}
            | (?P<sa>{num}){scale_s}\ ?(?P<ss>\p{{Sc}}|[A-Z]{{3}}\b)
            ",
            scale_c = scale.replace("?P<scale>", "?P<scale_c>"),
            scale_s = scale.replace("?P<scale>", "?P<scale_s>"),
        );
        #[allow(clippy::expect_used)] // a constant pattern, covered by tests
        Regex::new(&source).expect("money pattern compiles")
    })
}

/// Finds amounts of money standing alone.
pub(crate) fn find(text: &str, out: &mut Vec<Money>) {
    super::each_match(pattern(), text, |caps| {
        let Some(m) = caps.get(0) else { return false };
        let (currency, amount) = match (caps.name("ps"), caps.name("pc"), caps.name("ss")) {
            (Some(c), _, _) => (c, caps.name("pa")),
            (_, Some(c), _) => (c, caps.name("pca")),
            (_, _, Some(c)) => (c, caps.name("sa")),
            _ => return false,
        };
        let Some(amount) = amount else { return false };
        let code = currency.as_str();
        let is_code = code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
        if is_code && Currency::from_code(code).is_none() || !super::stands_alone(text, m.range()) {
            return false;
        }
        let scale = ["scale", "scale_c", "scale_s"].iter().find_map(|n| caps.name(n));
        out.push(Money {
            range: m.range(),
            amount: scaled(&super::number::decimal(amount.as_str()), scale.map(|s| s.as_str())),
            currency: code.to_owned(),
        });
        true
    });
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
        let got = found("$1,200.50, €100, 100 EUR, ₹250, 5 € and US$5m or USD 20 and £1.5 billion");
        let want = [
            ("$1,200.50", "1200.50", "$"),
            ("€100", "100", "€"),
            ("100 EUR", "100", "EUR"),
            ("₹250", "250", "₹"),
            ("5 €", "5", "€"),
            ("US$5m", "5000000", "US$"),
            ("USD 20", "20", "USD"),
            ("£1.5 billion", "1500000000", "£"),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(a, b, c)| (*a, (*b).to_owned(), (*c).to_owned()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn not_money() {
        for text in ["100 ABC", "x$100", "AND 20", "$", "20 km", "a $ sign"] {
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
