//! URLs and emails, found by `linkify` (boundary-aware: trailing punctuation, parentheses),
//! and URLs with a scheme whose top-level domain is not ASCII (`https://пример.рф/`), which
//! `linkify` does not take.

use std::ops::Range;
use std::sync::OnceLock;

use linkify::{LinkFinder, LinkKind};

fn finder(email: bool) -> &'static LinkFinder {
    static URLS: OnceLock<LinkFinder> = OnceLock::new();
    static EMAILS: OnceLock<LinkFinder> = OnceLock::new();
    let (cell, kinds) = if email {
        (&EMAILS, [LinkKind::Email])
    } else {
        (&URLS, [LinkKind::Url])
    };
    cell.get_or_init(|| {
        let mut f = LinkFinder::new();
        f.kinds(&kinds);
        f.url_must_have_scheme(false);
        f
    })
}

/// URLs with a scheme, or starting `www.`, or a bare domain followed by a path.
pub(super) fn urls(text: &str, out: &mut Vec<Range<usize>>) {
    let first = out.len();
    for link in finder(false).links(text) {
        let s = link.as_str();
        let bare = !s.contains("://");
        if bare && !s.starts_with("www.") && !s.contains('/') {
            continue;
        }
        out.push(link.start()..link.end());
    }
    let mut from = 0;
    while let Some(i) = text[from..].find("://") {
        let at = from + i;
        from = at + 3;
        if out[first..].iter().any(|r| r.contains(&at)) {
            continue;
        }
        if let Some(range) = unicode_tld_url(text, at) {
            from = range.end;
            out.push(range);
        }
    }
    out[first..].sort_by_key(|r| r.start);
}

/// A URL around the `://` at `at` whose host ends in a top-level domain of letters that are
/// not all ASCII: `scheme://label.label[:port][/path…]`, without trailing punctuation or an
/// unbalanced closing bracket.
fn unicode_tld_url(text: &str, at: usize) -> Option<Range<usize>> {
    let scheme = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        .last()
        .map(|(i, _)| i)?;
    if !text[scheme..].starts_with(|c: char| c.is_ascii_alphabetic())
        || super::before(text, scheme).is_some_and(super::is_word)
    {
        return None;
    }
    let rest = &text[at + 3..];
    let host_len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
        .unwrap_or(rest.len());
    let host = rest[..host_len].trim_end_matches('.');
    let (labels, tld) = host.rsplit_once('.')?;
    let tld_ok = tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic) && !tld.is_ascii();
    if labels.is_empty() || !tld_ok || host.split('.').any(str::is_empty) {
        return None;
    }
    let mut end = at + 3 + host.len();
    if host.len() == host_len {
        let tail = &text[end..];
        let tail_len = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .unwrap_or(tail.len());
        end += trimmed_len(&tail[..tail_len]);
    }
    Some(scheme..end)
}

/// The length of a URL's tail (port, path, query) without trailing punctuation and without
/// closing brackets that open nowhere in it.
fn trimmed_len(tail: &str) -> usize {
    let mut len = tail.len();
    loop {
        let Some(last) = tail[..len].chars().next_back() else {
            return len;
        };
        let open = match last {
            ')' => '(',
            ']' => '[',
            '}' => '{',
            '.' | ',' | ':' | ';' | '!' | '?' | '\'' | '"' | '…' => {
                len -= last.len_utf8();
                continue;
            }
            _ => return len,
        };
        let body = &tail[..len];
        if body.matches(open).count() >= body.matches(last).count() {
            return len;
        }
        len -= last.len_utf8();
    }
}

/// Email addresses.
pub(super) fn emails(text: &str, out: &mut Vec<Range<usize>>) {
    out.extend(finder(true).links(text).map(|l| l.start()..l.end()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        urls(text, &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn url_boundaries() {
        assert_eq!(
            found("(see https://example.com/a_(b)?q=1)."),
            ["https://example.com/a_(b)?q=1"]
        );
        assert_eq!(found("go to www.example.org, now"), ["www.example.org"]);
        assert_eq!(found("example.com/path here"), ["example.com/path"]);
        assert_eq!(found("e.g. this, file.txt"), Vec::<&str>::new());
    }

    #[test]
    fn hosts_with_a_top_level_domain_that_is_not_ascii() {
        assert_eq!(
            found("see https://пример.рф/путь?q=1, (https://例子.测试/路径) and http://bücher.example/x."),
            [
                "https://пример.рф/путь?q=1",
                "https://例子.测试/路径",
                "http://bücher.example/x"
            ]
        );
        assert_eq!(found("https://例子.测试"), ["https://例子.测试"]);
        assert_eq!(found("1https://пример.рф"), Vec::<&str>::new());
    }
}
