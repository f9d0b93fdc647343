//! Inline Markdown to [`Rich`] text: `**bold**`, `*italic*`, `[links](url)`, `<autolinks>`,
//! backslash escapes and numeric character references. Anything else stays literal text.

use crate::model::{Rich, Span};

/// Address schemes that make `<…>` an autolink.
const SCHEMES: &[&str] = &["http://", "https://", "mailto:", "ftp://", "tel:"];

/// Parses one paragraph's inline Markdown. A `\n` in `src` is kept as a hard line break.
pub fn parse(src: &str) -> Rich {
    let mut p = Parser {
        src,
        pos: 0,
        out: Rich::default(),
        text: String::new(),
    };
    p.run();
    p.out
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    out: Rich,
    text: String,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        self.out.push(Span::Text(text));
    }

    fn run(&mut self) {
        while let Some(c) = self.rest().chars().next() {
            let rest = self.rest();
            if let Some((len, ch)) = escape(rest) {
                self.text.push(ch);
                self.pos += len;
            } else if let Some((len, span)) = emphasis(rest).or_else(|| link(rest)).or_else(|| autolink(rest)) {
                self.flush();
                self.out.push(span);
                self.pos += len;
            } else {
                self.text.push(c);
                self.pos += c.len_utf8();
            }
        }
        self.flush();
    }
}

/// `\*` (a backslash before ASCII punctuation) or `&#123;` / `&#x7B;`: (bytes used, character).
fn escape(s: &str) -> Option<(usize, char)> {
    let mut chars = s.chars();
    match chars.next()? {
        '\\' => chars.next().filter(char::is_ascii_punctuation).map(|c| (2, c)),
        '&' if s.starts_with("&#") => {
            let end = s.find(';').filter(|&e| e <= 10)?;
            let body = &s[2..end];
            let code = match body.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None if !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()) => body.parse().ok()?,
                None => return None,
            };
            char::from_u32(code).filter(|c| *c != '\0').map(|c| (end + 1, c))
        }
        _ => None,
    }
}

/// True when `s` ends in an odd number of backslashes, which escape the character after it.
pub fn ends_escaping(s: &str) -> bool {
    s.chars().rev().take_while(|c| *c == '\\').count() % 2 == 1
}

/// Literal text with escapes decoded.
pub fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        match escape(&s[i..]) {
            Some((len, ch)) => {
                out.push(ch);
                i += len;
            }
            None => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// Finds `delim` in `s`, skipping escaped characters; returns its byte offset.
pub fn find_unescaped(s: &str, delim: &str) -> Option<usize> {
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with(delim) {
            return Some(i);
        }
        match escape(&s[i..]) {
            Some((len, _)) => i += len,
            None => i += s[i..].chars().next()?.len_utf8(),
        }
    }
    None
}

/// `**bold**` or `*italic*` with non-empty content that does not begin with a space.
fn emphasis(s: &str) -> Option<(usize, Span)> {
    let (delim, make): (&str, fn(String) -> Span) = if s.starts_with("**") {
        ("**", Span::Bold)
    } else if s.starts_with('*') {
        ("*", Span::Italic)
    } else {
        return None;
    };
    let body = &s[delim.len()..];
    if body.starts_with(char::is_whitespace) || (delim == "*" && body.starts_with('*')) {
        return None;
    }
    let mut from = 0;
    loop {
        let end = from + find_unescaped(&body[from..], delim)?;
        // For italics, a `**` is not the closing `*`; in `***` the first `*` closes and `**` opens bold.
        if delim == "*" && body[end..].starts_with("**") && !body[end..].starts_with("***") {
            from = end + 2;
            continue;
        }
        if end == 0 {
            return None;
        }
        return Some((delim.len() * 2 + end, make(unescape(&body[..end]))));
    }
}

/// `[text](url)`, `[text](<url with spaces>)`.
fn link(s: &str) -> Option<(usize, Span)> {
    let body = s.strip_prefix('[')?;
    let close = find_unescaped(body, "]")?;
    let text = unescape(&body[..close]);
    let after = body[close + 1..].strip_prefix('(')?;
    let (url, used) = if let Some(angled) = after.strip_prefix('<') {
        let end = find_unescaped(angled, ">")?;
        angled[end + 1..]
            .starts_with(')')
            .then(|| (unescape(&angled[..end]), end + 3))?
    } else {
        let mut depth = 0usize;
        let mut end = None;
        let mut i = 0;
        while let Some(c) = after[i..].chars().next() {
            if let Some((len, _)) = escape(&after[i..]).filter(|_| c == '\\') {
                i += len;
                continue;
            }
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => {
                    end = Some(i);
                    break;
                }
                ')' => depth -= 1,
                c if c.is_whitespace() => return None,
                _ => {}
            }
            i += c.len_utf8();
        }
        let end = end?;
        (unescape(&after[..end]), end + 1)
    };
    Some((1 + close + 1 + 1 + used, Span::Link { text, url }))
}

/// `<https://example.org>`.
fn autolink(s: &str) -> Option<(usize, Span)> {
    let body = s.strip_prefix('<')?;
    if !SCHEMES.iter().any(|scheme| body.to_lowercase().starts_with(scheme)) {
        return None;
    }
    let end = body.find('>')?;
    let url = &body[..end];
    if url.contains(char::is_whitespace) || url.contains('<') {
        return None;
    }
    Some((
        end + 2,
        Span::Link {
            text: url.to_string(),
            url: url.to_string(),
        },
    ))
}

/// True when `url` would be written back as an autolink.
pub fn is_autolink(text: &str, url: &str) -> bool {
    text == url
        && SCHEMES.iter().any(|s| url.to_lowercase().starts_with(s))
        && !url.contains(|c: char| c.is_whitespace() || c == '<' || c == '>')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Span {
        Span::Text(s.into())
    }

    #[test]
    fn links_of_the_real_memo() {
        let rich = parse("valmistuneen Lapin [yritysstrategian](#). Haku (<https://luote.online/protot/>).");
        assert_eq!(
            rich.spans(),
            &[
                t("valmistuneen Lapin "),
                Span::Link {
                    text: "yritysstrategian".into(),
                    url: "#".into()
                },
                t(". Haku ("),
                Span::Link {
                    text: "https://luote.online/protot/".into(),
                    url: "https://luote.online/protot/".into()
                },
                t(")."),
            ]
        );
    }

    #[test]
    fn emphasis_and_literals() {
        assert_eq!(
            parse("a **b** *c* d").spans(),
            &[
                t("a "),
                Span::Bold("b".into()),
                t(" "),
                Span::Italic("c".into()),
                t(" d")
            ]
        );
        assert_eq!(parse("5 * 3 = 15, ** x").spans(), &[t("5 * 3 = 15, ** x")]);
        assert_eq!(
            parse(r"\*not\* \[x\] &#83;ovittiin").spans(),
            &[t("*not* [x] Sovittiin")]
        );
        assert_eq!(parse("[broken](no end").spans(), &[t("[broken](no end")]);
        assert_eq!(parse("<b>html</b>").spans(), &[t("<b>html</b>")]);
    }

    #[test]
    fn link_addresses_with_parentheses_and_spaces() {
        assert_eq!(
            parse("[w](https://x.org/a_(b))").spans(),
            &[Span::Link {
                text: "w".into(),
                url: "https://x.org/a_(b)".into()
            }]
        );
        assert_eq!(
            parse("[w](<my file.pdf>)").spans(),
            &[Span::Link {
                text: "w".into(),
                url: "my file.pdf".into()
            }]
        );
    }
}
