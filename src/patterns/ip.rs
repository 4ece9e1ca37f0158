//! IP addresses, v4 (`192.168.0.1`) and v6 (`2001:db8::1`), checked by the standard parser;
//! the value is the canonical form.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::compiled(&RE, || {
        r"(?x)
            (?P<v4>[0-9]{1,3}(?:\.[0-9]{1,3}){3})
            | (?P<v6>[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?:\.[0-9]{1,3}){3})?)
            "
    })
}

/// Finds IP addresses standing alone.
pub(crate) fn find(text: &str, out: &mut Vec<(Range<usize>, String)>) {
    super::each_match(pattern(), text, |caps| {
        let Some(m) = caps.get(0) else { return false };
        let value = if caps.name("v4").is_some() {
            m.as_str().parse::<Ipv4Addr>().ok().map(|ip| ip.to_string())
        } else {
            let s = m.as_str();
            let hex = s.bytes().any(|b| b.is_ascii_hexdigit());
            (hex && (s.contains("::") || s.matches(':').count() == 7))
                .then(|| s.parse::<Ipv6Addr>().ok())
                .flatten()
                .map(|ip| ip.to_string())
        };
        let alone = super::stands_alone(text, m.range())
            && super::before(text, m.start()).is_none_or(|c| c != ':')
            && !super::after(text, m.end()).is_some_and(|c| c == ':' || c.is_ascii_hexdigit());
        let value = value.filter(|_| alone);
        value.map(|v| out.push((m.range(), v))).is_some()
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, String)> {
        super::super::found_with_values(text, find)
    }

    #[test]
    fn addresses() {
        assert_eq!(
            found("from 192.168.0.1, 2001:DB8:0:0:0:0:0:1 and ::1 or fe80::1%eth0"),
            [
                ("192.168.0.1", "192.168.0.1".into()),
                ("2001:DB8:0:0:0:0:0:1", "2001:db8::1".into()),
                ("::1", "::1".into()),
                ("fe80::1", "fe80::1".into()),
            ]
        );
    }

    #[test]
    fn not_addresses() {
        for text in [
            "256.1.1.1",
            "1.2.3",
            "19:10:05",
            "1.2.3.4.5",
            "v1.2.3.4",
            "12:30",
            "::",
            "a:b",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
