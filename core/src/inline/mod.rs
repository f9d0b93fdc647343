//! The inline-text codec, in one home beside the model, below every reader and writer: inline
//! Markdown to [`Rich`] text (`**bold**`, `*italic*`, `[links](url)`, `<autolinks>`, bare
//! addresses (`https://…`, `www.…`), backslash escapes and numeric character references;
//! anything else stays literal text), and back (`render.rs`).

mod bare;
mod index;
mod render;

pub use bare::{bare as bare_address, bare_prefix, link_addresses, starts_after as bare_may_start_after};
pub use render::*;

use crate::model::{Rich, Span};
use index::Index;

/// Address schemes that make `<…>` an autolink.
const SCHEMES: &[&str] = &["http://", "https://", "mailto:", "ftp://", "tel:"];

/// Parses one paragraph's inline Markdown. A `\n` in `src` is kept as a hard line break.
///
/// Linear in the length of `src`: every closing delimiter is looked up in an index of the
/// paragraph built once (see [`Index`]), so no scan restarts at each opening character.
pub fn parse(src: &str) -> Rich {
    // The index keeps 32-bit offsets; no paragraph comes near 4 GiB (a memo is at most 2 MB).
    if u32::try_from(src.len()).is_err() {
        return Rich::plain(src);
    }
    let mut p = Parser {
        src,
        pos: 0,
        out: Rich::default(),
        text: String::new(),
        index: None,
        bare_after: 0,
    };
    p.run();
    p.out
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    out: Rich,
    text: String,
    index: Option<Index>,
    /// No bare address starts before this byte: one failed to read up to here.
    bare_after: usize,
}

impl Parser<'_> {
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        self.out.push(Span::Text(text));
    }

    fn index(&mut self) -> &Index {
        let src = self.src;
        self.index.get_or_insert_with(|| Index::new(src))
    }

    fn run(&mut self) {
        while let Some(c) = self.src[self.pos..].chars().next() {
            let rest = &self.src[self.pos..];
            if let Some((len, ch)) = escape_at(rest) {
                self.text.push(ch);
                self.pos += len;
                continue;
            }
            let span = match c {
                '*' => self.emphasis(),
                '[' => self.link(),
                '<' => autolink(rest),
                'h' | 'w' if self.pos >= self.bare_after && bare::starts_after(&self.src[..self.pos]) => self.bare(),
                _ => None,
            };
            match span {
                Some((len, span)) => {
                    self.flush();
                    self.out.push(span);
                    self.pos += len;
                }
                None => {
                    self.text.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
        self.flush();
    }

    /// `**bold**` or `*italic*` at the current position, with non-empty content that does not
    /// begin with a space.
    fn emphasis(&mut self) -> Option<(usize, Span)> {
        let (src, pos) = (self.src, self.pos);
        let bold = src[pos..].starts_with("**");
        let (delim, make): (usize, fn(String) -> Span) = if bold { (2, Span::Bold) } else { (1, Span::Italic) };
        let body = pos + delim;
        let rest = &src[body..];
        if rest.starts_with(char::is_whitespace) || (!bold && rest.starts_with('*')) {
            return None;
        }
        let index = self.index();
        let end = if bold {
            index.bold_close(src, body)
        } else {
            index.italic_close(src, body)
        }?;
        if end == body {
            return None;
        }
        Some((end + delim - pos, make(unescape(&src[body..end]))))
    }

    /// A bare address at the current position; when none is read, none is tried again before
    /// the end of what was looked at (so the reader stays linear).
    fn bare(&mut self) -> Option<(usize, Span)> {
        let rest = &self.src[self.pos..];
        bare_prefix(rest)?;
        let found = bare::bare(rest);
        if found.is_none() {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            self.bare_after = self.pos + end;
        }
        found
    }

    /// `[text](url)` or `[text](<url with spaces>)` at the current position.
    fn link(&mut self) -> Option<(usize, Span)> {
        let (src, pos) = (self.src, self.pos);
        let index = self.index();
        let close = index.next(&index.brackets, pos + 1)?;
        if !src[close + 1..].starts_with('(') {
            return None;
        }
        let after = close + 2;
        let (url, end) = if src[after..].starts_with('<') {
            let gt = index.next(&index.angles, after + 1)?;
            if !src[gt + 1..].starts_with(')') {
                return None;
            }
            (unescape(&src[after + 1..gt]), gt + 2)
        } else {
            let paren = index.address_end(after)?;
            (unescape(&src[after..paren]), paren + 1)
        };
        let text = unescape(&src[pos + 1..close]);
        Some((end - pos, Span::Link { text, url }))
    }
}

/// The longest character reference read, `&#` to `;` inclusive, in bytes.
const MAX_REFERENCE: usize = 11;

/// `\*` (a backslash before ASCII punctuation) or `&#123;` / `&#x7B;`: (bytes used, character).
/// Looks at most [`MAX_REFERENCE`] bytes ahead.
fn escape_at(s: &str) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    match bytes.first()? {
        b'\\' => s[1..].chars().next().filter(char::is_ascii_punctuation).map(|c| (2, c)),
        b'&' if bytes.get(1) == Some(&b'#') => {
            let end = bytes.iter().take(MAX_REFERENCE).position(|&b| b == b';')?;
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
        match escape_at(&s[i..]) {
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
        match escape_at(&s[i..]) {
            Some((len, _)) => i += len,
            None => i += s[i..].chars().next()?.len_utf8(),
        }
    }
    None
}

/// Splits `s` at every character of `separators` that is not part of an escape or character
/// reference (so "a&#59;b" is one piece); linear in the length of `s`.
pub fn split_unescaped<'a>(s: &'a str, separators: &[char]) -> Vec<&'a str> {
    let mut pieces = Vec::new();
    let (mut start, mut i) = (0, 0);
    while let Some(c) = s[i..].chars().next() {
        if let Some((len, _)) = escape_at(&s[i..]) {
            i += len;
            continue;
        }
        if separators.contains(&c) {
            pieces.push(&s[start..i]);
            start = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    pieces.push(&s[start..]);
    pieces
}

/// The longest scheme of [`SCHEMES`], in bytes.
const MAX_SCHEME: usize = 8;

/// `<https://example.org>`: an address with no whitespace and no `<`, so the look-ahead ends
/// at the next `<` and never covers what another `<` will look at.
fn autolink(s: &str) -> Option<(usize, Span)> {
    let body = s.strip_prefix('<')?;
    let head = &body.as_bytes()[..body.len().min(MAX_SCHEME)];
    if !SCHEMES.iter().any(|scheme| starts_with_ignoring_case(head, scheme)) {
        return None;
    }
    let end = body.find(|c: char| c == '>' || c == '<' || c.is_whitespace())?;
    if !body[end..].starts_with('>') {
        return None;
    }
    let url = &body[..end];
    Some((
        end + 2,
        Span::Link {
            text: url.to_string(),
            url: url.to_string(),
        },
    ))
}

/// True when `head` begins with the ASCII `prefix`, whatever the case of its letters.
fn starts_with_ignoring_case(head: &[u8], prefix: &str) -> bool {
    head.len() >= prefix.len() && head[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// True when `url` would be written back as an autolink.
pub fn is_autolink(text: &str, url: &str) -> bool {
    let head = &url.as_bytes()[..url.len().min(MAX_SCHEME)];
    text == url
        && SCHEMES.iter().any(|s| starts_with_ignoring_case(head, s))
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
    fn bare_addresses_become_links_only_as_words_of_their_own() {
        let norden = "https://www.norden.org/fi/visio-2030";
        let link = |t: &str, u: &str| Span::Link {
            text: t.into(),
            url: u.into(),
        };
        assert_eq!(
            parse(&format!("Katso {norden}. Ja www.lapinliitto.fi, (www.x.fi)")).spans(),
            &[
                t("Katso "),
                link(norden, norden),
                t(". Ja "),
                link("www.lapinliitto.fi", "https://www.lapinliitto.fi"),
                t(", (www.x.fi)")
            ]
        );
        assert_eq!(
            parse("x='https://evil.example/'").spans(),
            &[t("x='https://evil.example/'")]
        );
        assert_eq!(parse("ahttps://x.fi www.").spans(), &[t("ahttps://x.fi www.")]);
        assert_eq!(
            parse(r"https&#58;//x.fi www&#46;x.fi").spans(),
            &[t("https://x.fi www.x.fi")]
        );
        assert_eq!(parse("**https://x.fi**").spans(), &[Span::Bold("https://x.fi".into())]);
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
