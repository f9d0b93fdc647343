//! The inline reader and the span tidying, rewritten to be linear, against the versions they
//! replaced (kept here as they were, as the oracle): the same text for any input, built from the
//! pieces of the reader's syntax.

mod common;

use common::PIECES;
use muistio_core::inline::parse;
use muistio_core::{Rich, Span};
use proptest::prelude::*;

/// The reader before it was made linear: it scanned the rest of the paragraph at each `[`,
/// `*`, `<` and `&#`.
mod reference {
    use muistio_core::{Rich, Span};

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
                } else if let Some((len, span)) = emphasis(rest)
                    .or_else(|| link(rest))
                    .or_else(|| autolink(rest))
                    .or_else(|| super::bare(&self.src[..self.pos], rest))
                {
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

    /// Literal text with escapes decoded.
    fn unescape(s: &str) -> String {
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
    fn find_unescaped(s: &str, delim: &str) -> Option<usize> {
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
}

/// A bare address (added to both readers after the linear one was written): tried afresh at
/// every place one may start, where the linear reader skips what a failed try looked at.
fn bare(before: &str, rest: &str) -> Option<(usize, Span)> {
    use muistio_core::inline::{bare_address, bare_may_start_after};
    bare_may_start_after(before).then(|| bare_address(rest)).flatten()
}

/// Text made of the reader's syntax: brackets, stars, escapes, references, autolinks.
fn soup() -> impl Strategy<Value = String> {
    const MORE: &[&str] = &[
        "](",
        "](<",
        ">)",
        "<https://",
        "<tel:",
        "HTTP://",
        "&#",
        "&#x4",
        ";",
        "\\",
        "\\*",
        "***",
        "\n",
        "(",
        "a b",
        " https://x.fi",
        " www.a.fi/(b)",
        " www.",
        "http://",
        " w",
        ".",
    ];
    let pieces: Vec<&'static str> = PIECES.iter().chain(MORE).copied().collect();
    prop::collection::vec(prop::sample::select(pieces), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5000, ..ProptestConfig::default() })]

    #[test]
    fn the_linear_reader_reads_as_the_old_one(text in soup()) {
        prop_assert_eq!(parse(&text), reference::parse(&text), "{:?}", text);
    }

    #[test]
    fn tidying_in_one_pass_tidies_as_before(text in soup()) {
        let rich = parse(&text);
        prop_assert_eq!(rich.clone().tidy(), old_tidy(rich));
    }

    #[test]
    fn tidying_arbitrary_spans_tidies_as_before(spans in prop::collection::vec(span(), 0..12)) {
        let rich = Rich::from(spans);
        prop_assert_eq!(rich.clone().tidy(), old_tidy(rich));
    }
}

fn span() -> impl Strategy<Value = Span> {
    let text = prop::sample::select(vec![" ", "\t", "\n", " a ", "a", "\n  b\t", "", "  ", "\u{A0}", "x\n"])
        .prop_map(String::from);
    prop_oneof![
        text.clone().prop_map(Span::Text),
        text.clone().prop_map(Span::Bold),
        text.clone().prop_map(Span::Italic),
        (text.clone(), text).prop_map(|(text, url)| Span::Link { text, url }),
    ]
}

/// The span tidying as it was before it became linear: trims, merges, and repeats until nothing
/// changes (the reference the one-pass `Rich::tidy` must agree with).
fn old_tidy(rich: Rich) -> Rich {
    let mut spans: Vec<Span> = Vec::from(rich)
        .into_iter()
        .map(|span| match span {
            Span::Text(s) if s.contains('\n') => {
                let lines: Vec<&str> = s.split('\n').collect();
                let kept: Vec<&str> = lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| if i > 0 { l.trim_start_matches([' ', '\t']) } else { l })
                    .collect();
                Span::Text(kept.join("\n"))
            }
            span => span,
        })
        .collect();
    loop {
        let before = spans.clone();
        if let Some(Span::Text(s) | Span::Bold(s) | Span::Italic(s)) = spans.first_mut() {
            *s = s.trim_start().to_string();
        }
        if let Some(Span::Text(s) | Span::Bold(s) | Span::Italic(s)) = spans.last_mut() {
            *s = s.trim_end().to_string();
        }
        spans = Vec::from(Rich::from(spans));
        if spans == before {
            return Rich::from(spans);
        }
    }
}

// What a file keeps, against what the memo reader normalises (above both, the reader may be used).
#[test]
fn fragile_characters_are_those_the_reader_normalises() {
    let ranges = [0..0x3100, 0xFE00..0x10000, 0x1F300..0x1F700, 0xE0000..0xE0080];
    for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
        let text = format!("a{c}b");
        // A line feed and a tab are kept, but end a line and a cell: fragile too.
        let kept = muistio_core::import::decode::normalise(&text) == text && !matches!(c, '\n' | '\t');
        assert_eq!(kept, !muistio_core::inline::fragile(c), "U+{:04X}", u32::from(c));
    }
}

#[test]
fn a_file_keeps_what_its_reader_would_normalise() {
    let rich = muistio_core::Rich::from(vec![
        muistio_core::Span::Text("a\u{2028}b\u{a0}\n\u{3000}c".into()),
        muistio_core::Span::Bold(" d".into()),
        muistio_core::Span::Link {
            text: "e".into(),
            url: "https://x.fi/\u{200b}*&#83;".into(),
        },
    ]);
    let written = muistio_core::inline::render_for_file(&rich, false);
    assert_eq!(
        written,
        "a&#8232;b&#160;\\\n&#12288;c**&#32;d**[e](https://x.fi/&#8203;\\*\\&#83;)"
    );
    let lines: Vec<&str> = written.split('\n').map(str::trim).collect();
    assert_eq!(muistio_core::inline::parse(&muistio_core::import::join(&lines)), rich);
    assert_eq!(muistio_core::inline::escape_for_file("a\nb\t\u{7}"), "a b &#7;");
}
