//! The inline-text codec, in one home beside the model, below every reader and writer: inline
//! Markdown to [`Rich`] text (`**bold**`, `*italic*`, `[links](url)`, `<autolinks>`, bare
//! addresses (`https://…`, `www.…`), backslash escapes and numeric character references;
//! anything else stays literal text), and back (`render.rs`).

mod bare;
mod escapes;
mod index;
mod render;

pub use bare::{bare as bare_address, bare_prefix, link_addresses, starts_after as bare_may_start_after};
pub use escapes::{ends_escaping, find_unescaped, split_unescaped, unescape};
pub use render::*;

use crate::model::{Rich, Span};
use escapes::escape_at;
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
mod tests;
