//! [`Rich`] text to inline Markdown that reads back as the same text.

use crate::import::inline::is_autolink;
use crate::model::{Rich, Span};

/// Escapes the characters the inline reader treats as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '*' | '[' | ']' | '<' => {
                out.push('\\');
                out.push(c);
            }
            '&' if chars.peek() == Some(&'#') => out.push_str("\\&"),
            c => out.push(c),
        }
    }
    out
}

fn escape_url(url: &str) -> String {
    if url.is_empty() || url.contains(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | '\\')) {
        let inner: String = url
            .chars()
            .flat_map(|c| {
                if matches!(c, '<' | '>' | '\\') {
                    vec!['\\', c]
                } else {
                    vec![c]
                }
            })
            .collect();
        format!("<{inner}>")
    } else {
        url.to_string()
    }
}

/// Renders rich text; `\n` becomes a Markdown hard break (a backslash at the end of the line).
/// In a statement, a bold run ending in a colon has its colon escaped so that it is not read
/// as a reply ("**Minna:**").
pub fn render(rich: &Rich, in_statement: bool) -> String {
    let mut out = String::new();
    for span in rich.spans() {
        match span {
            Span::Text(s) => out.push_str(&escape(s)),
            Span::Bold(s) => {
                let mut inner = escape(s);
                if in_statement && inner.ends_with(':') {
                    inner.insert(inner.len() - 1, '\\');
                }
                out.push_str(&format!("**{inner}**"));
            }
            Span::Italic(s) => out.push_str(&format!("*{}*", escape(s))),
            Span::Link { text, url } if is_autolink(text, url) => out.push_str(&format!("<{url}>")),
            Span::Link { text, url } => out.push_str(&format!("[{}]({})", escape(text), escape_url(url))),
        }
    }
    out.replace('\n', "\\\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::inline::parse;

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
