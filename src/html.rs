//! The opt-in `html` step: strip tags, decode entities.

use std::borrow::Cow;

use crate::whitespace::{Tidy, Whitespace};

/// Tags that end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "br",
    "p",
    "div",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "blockquote",
    "pre",
    "hr",
];

/// Removes tags, comments, and `<script>`/`<style>` contents; block tags become line breaks;
/// entities are decoded (`&amp;` → `&`, `&#8217;` → `’`).
pub(crate) fn strip(text: &str, mode: Whitespace) -> Cow<'_, str> {
    let tags_stripped = if text.contains('<') {
        strip_tags(text, mode)
    } else {
        Cow::Borrowed(text)
    };
    if !tags_stripped.contains('&') {
        return tags_stripped;
    }
    match htmlize::unescape(tags_stripped.as_ref()) {
        Cow::Borrowed(_) => tags_stripped,
        Cow::Owned(s) => Cow::Owned(s),
    }
}

fn strip_tags(text: &str, mode: Whitespace) -> Cow<'_, str> {
    let mut out = Tidy::new(text.len(), mode);
    let mut rest = text;
    let mut changed = false;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let is_tag = after.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        let end = if after.starts_with("!--") {
            after.find("-->").map(|i| i + 3)
        } else if is_tag {
            after.find('>').map(|i| i + 1)
        } else {
            None
        };
        let Some(end) = end else {
            out.push(&rest[..=open]);
            rest = after;
            continue;
        };
        changed = true;
        out.push(&rest[..open]);
        let tag = &after[..end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        rest = &after[end..];
        if !tag.starts_with('/') && (name == "script" || name == "style") {
            let closing = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            let skip = lower
                .find(&closing)
                .and_then(|i| lower[i..].find('>').map(|j| i + j + 1));
            rest = &rest[skip.unwrap_or(rest.len())..];
        }
        if BLOCK_TAGS.contains(&name.as_str()) {
            out.push("\n");
        } else {
            out.removal();
        }
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    out.push(rest);
    Cow::Owned(out.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_entities() {
        let html = "<p>Caf&eacute; <b>bold</b> &amp; 5 &lt; 6</p><script>x()</script>";
        assert_eq!(strip(html, Whitespace::Tidy), "\nCafé bold & 5 < 6\n");
        assert_eq!(strip("a < b and c > d", Whitespace::Tidy), "a < b and c > d");
        assert_eq!(strip("x <!-- note --> y", Whitespace::Tidy), "x y");
    }
}
