//! Web pages read for their text: any page not made by Muistio, one block a line, for the memo
//! reader (a page Muistio made carries its draft: see `crate::format`).

/// The text of any other HTML page, one block a line, for the memo reader.
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some(lt) = tag_start(rest) {
        if skip_until.is_none() {
            out.push_str(&decode(&rest[..lt]));
        }
        // A `<` that no `>` follows is text, and so is everything after it.
        let Some(gt) = rest[lt..].find('>') else {
            rest = &rest[lt..];
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if let Some(end) = skip_until {
            if tag.starts_with('/') && name == end {
                skip_until = None;
            }
        } else if (name == "script" || name == "style" || name == "head") && !tag.starts_with('/') {
            skip_until = Some(if name == "script" {
                "script"
            } else if name == "style" {
                "style"
            } else {
                "head"
            });
        } else {
            match name.as_str() {
                "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "section" | "article" | "table" | "ul"
                | "ol" | "dl"
                    if tag.starts_with('/') =>
                {
                    out.push_str("\n\n")
                }
                "br" | "tr" | "dt" | "dd" => out.push('\n'),
                "li" if !tag.starts_with('/') => out.push_str("\n- "),
                "td" | "th" if tag.starts_with('/') => out.push('\t'),
                _ => {}
            }
        }
        rest = &rest[lt + gt + 1..];
    }
    if skip_until.is_none() {
        out.push_str(&decode(rest));
    }
    out
}

/// Where the next tag (or comment, or declaration) begins: a `<` before a letter, `/`, `!` or
/// `?`. Any other `<` is text, as in a browser.
fn tag_start(html: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = html[from..].find('<') {
        let at = from + i;
        if html[at + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn decode(text: &str) -> String {
    text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_pages_read_as_text() {
        let text = text_of(concat!(
            "<html><head><title>x</title><style>p{}</style></head><body><h1>Kokous</h1><p>Aika: 1.2.2026</p>",
            "<ul><li>a</li><li>b &amp; c</li></ul><script>bad()</script></body></html>"
        ));
        assert!(text.contains("Kokous\n\nAika: 1.2.2026\n\n"), "{text}");
        assert!(text.contains("\n- a\n- b & c"));
        assert!(!text.contains("bad()") && !text.contains("p{}"));
        assert_eq!(text_of("<p>a < b, c</p>"), "a < b, c\n\n");
        assert_eq!(text_of("<p>x</p>a < b and c"), "x\n\na < b and c");
        assert_eq!(text_of("<p>x</p><style>p{}"), "x\n\n");
    }
}
