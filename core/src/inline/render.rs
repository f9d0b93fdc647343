//! [`Rich`] text to inline Markdown that reads back as the same text: in the form typed into
//! the editor's fields, and in the stricter form of a Markdown file, which the memo reader
//! normalises before it reads.

use super::{bare_prefix, is_autolink};
use crate::model::{Rich, Span};

/// Escapes the characters the inline reader treats as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text, Form::Field);
    out
}

/// Escapes one-line `text` (a title, a name, a place) for a Markdown file: as [`escape`] does,
/// a line break or tab as a space (as the editor keeps such a field), and every other
/// character the memo reader's normalisation would change or drop ([`fragile`]) as a character
/// reference.
pub fn escape_for_file(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text, Form::Line);
    out
}

/// Characters that a memo file cannot hold as themselves, because reading it normalises them
/// away: control characters (the line feed too: in running text it is written as a hard line
/// break instead), line and paragraph separators, no-break spaces, zero-width characters and
/// soft hyphens.
pub fn fragile(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}'
                | '\u{2029}'
                | '\u{A0}'
                | '\u{2007}'
                | '\u{202F}'
                | '\u{200B}'
                | '\u{FEFF}'
                | '\u{2060}'
                | '\u{AD}'
        )
}

/// `c` as a numeric character reference ("&#160;"); nothing for NUL, which no reference
/// stands for (and which makes the reader refuse a file as binary).
pub fn reference(c: char) -> String {
    match c {
        '\0' => String::new(),
        c => format!("&#{};", u32::from(c)),
    }
}

/// Where escaped text goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// An editor's field: markup escaped, every other character as it is.
    Field,
    /// Running text in a file: line feeds stay (they become hard breaks), [`fragile`]
    /// characters and white space at the start of a line become references.
    Text,
    /// A one-line field in a file: every [`fragile`] character a reference.
    Line,
}

fn push_escaped(out: &mut String, text: &str, form: Form) {
    push_text(out, text, form, form != Form::Field)
}

/// Escapes `text` as [`push_escaped`] does; with `bare`, also what would read as a bare address
/// ("https://", "www.") has one character written as a reference, so that it stays text.
fn push_text(out: &mut String, text: &str, form: Form, bare: bool) {
    let mut chars = text.char_indices().peekable();
    let mut line_start = false;
    let mut referenced = None;
    while let Some((at, c)) = chars.next() {
        if bare && referenced.is_none_or(|r| r < at) {
            referenced = bare_prefix(&text[at..]).map(|offset| at + offset);
        }
        if referenced == Some(at) {
            out.push_str(&reference(c));
            continue;
        }
        let mut chars = chars.clone().map(|(_, c)| c).peekable();
        match c {
            '\\' | '*' | '[' | ']' | '<' => {
                out.push('\\');
                out.push(c);
            }
            '&' if chars.peek() == Some(&'#') => out.push_str("\\&"),
            '\n' if form == Form::Text => out.push(c),
            // A one-line field holds no line breaks: as the editor holds it, they are spaces.
            c if form == Form::Line && (c.is_whitespace() && fragile(c)) => out.push(' '),
            c if form != Form::Field && (fragile(c) || (line_start && c.is_whitespace())) => {
                out.push_str(&reference(c))
            }
            c => out.push(c),
        }
        line_start = c == '\n';
    }
}

/// An address as a link's target: bare when it can be, else in angle brackets. Escapes keep
/// backslashes and character references as written; in a file, [`fragile`] characters are
/// references.
fn escape_url(url: &str, file: bool) -> String {
    let bracketed =
        url.is_empty() || url.contains(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | '\\'));
    let mut out = String::with_capacity(url.len() + 2);
    let mut chars = url.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A star is escaped too: "**Minna:**" in an address must not start a reply.
            '<' | '>' | '\\' | '*' => {
                out.push('\\');
                out.push(c);
            }
            '&' if chars.peek() == Some(&'#') => out.push_str("\\&"),
            c if file && fragile(c) => out.push_str(&reference(c)),
            c => out.push(c),
        }
    }
    match bracketed {
        true => format!("<{out}>"),
        false => out,
    }
}

/// Renders rich text as typed into the editor; `\n` becomes a Markdown hard break (a
/// backslash at the end of the line). In a statement, a bold run ending in a colon has its
/// colon escaped so that it is not read as a reply ("**Minna:**"). Bold and italic runs that
/// begin with white space begin with its character reference instead (the reader opens no
/// emphasis before a space).
pub fn render(rich: &Rich, in_statement: bool) -> String {
    write(rich, in_statement, false)
}

/// Renders rich text for a Markdown file, as [`render`] does, with the characters the memo
/// reader normalises as references (see [`escape_for_file`]).
pub fn render_for_file(rich: &Rich, in_statement: bool) -> String {
    write(rich, in_statement, true)
}

fn write(rich: &Rich, in_statement: bool, file: bool) -> String {
    let form = if file { Form::Text } else { Form::Field };
    let mut out = String::new();
    let emphasis = |s: &str| {
        let mut inner = String::with_capacity(s.len());
        match s.chars().next() {
            Some(c) if c.is_whitespace() => {
                inner.push_str(&reference(c));
                push_escaped(&mut inner, &s[c.len_utf8()..], form);
            }
            _ => push_escaped(&mut inner, s, form),
        }
        inner
    };
    // In a statement no colon may stand right before a star: "**Minna:**" starts a reply,
    // however its stars and colon came together.
    let stars = |out: &mut String, stars: &str| {
        if in_statement && out.ends_with(':') && !crate::inline::ends_escaping(&out[..out.len() - 1]) {
            out.insert(out.len() - 1, '\\');
        }
        out.push_str(stars);
    };
    for span in rich.spans() {
        match span {
            Span::Text(s) => push_text(&mut out, s, form, true),
            Span::Bold(s) | Span::Italic(s) => {
                let delim = if matches!(span, Span::Bold(_)) { "**" } else { "*" };
                stars(&mut out, delim);
                out.push_str(&emphasis(s));
                stars(&mut out, delim);
            }
            Span::Link { text, url }
                if is_autolink(text, url) && !url.contains('*') && !(file && url.contains(fragile)) =>
            {
                out.push_str(&format!("<{url}>"))
            }
            Span::Link { text, url } => {
                out.push('[');
                push_escaped(&mut out, text, form);
                out.push_str("](");
                out.push_str(&escape_url(url, file));
                out.push(')');
            }
        }
    }
    out.replace('\n', "\\\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inline::parse;

    #[test]
    fn text_that_looks_like_an_address_stays_text_and_links_stay_links() {
        let text = Rich::plain("see https://x.fi, (www.y.fi) and http://z");
        let written = render(&text, false);
        assert_eq!(written, "see https&#58;//x.fi, (www&#46;y.fi) and http&#58;//z");
        assert_eq!(parse(&written), text);
        assert_eq!(parse(&render_for_file(&text, false)), text);
        let typed = parse("katso www.y.fi ja https://x.fi.");
        assert_eq!(typed.links().count(), 2);
        assert_eq!(parse(&render(&typed, false)), typed);
        assert_eq!(parse(&render_for_file(&typed, true)), typed);
    }

    #[test]
    fn escapes_read_back() {
        for text in [
            "5 * 3 [x] <y> \\ &#83;",
            "a *b* **c** [d](#) <https://e.fi>",
            "[w](<my file.pdf>)",
            "**Minna:** vastaus",
        ] {
            let rich = parse(text);
            assert_eq!(parse(&render(&rich, false)), rich, "{text}");
        }
    }
}
