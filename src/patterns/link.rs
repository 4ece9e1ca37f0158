//! URLs and emails, found by `linkify` (boundary-aware: trailing punctuation, parentheses).

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
    for link in finder(false).links(text) {
        let s = link.as_str();
        let bare = !s.contains("://");
        if bare && !s.starts_with("www.") && !s.contains('/') {
            continue;
        }
        out.push(link.start()..link.end());
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
}
