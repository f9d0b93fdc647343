//! Bare addresses in running text: `https://…`, `http://…` and `www.…` typed without any
//! Markdown become links, as e-mail programs and word processors make them. An address starts
//! at the start of the text or after white space (so a reader that failed to read one need not
//! look again before the next space, and stays linear); it ends before white space or
//! `<>*[]\`` and `"`, and punctuation at its end (`.,:;!?'`, a `)` without its `(`) is not
//! part of it.

use crate::model::Span;

/// What starts a bare address, and the byte within it that a writer turns into a character
/// reference to keep such text from being read as an address.
const PREFIXES: [(&str, usize); 3] = [("https://", 5), ("http://", 4), ("www.", 3)];

/// The byte offset (in `s`) of the character a writer must write as a reference for `s` not
/// to start a bare address; `None` when `s` does not start like one.
pub fn bare_prefix(s: &str) -> Option<usize> {
    PREFIXES.iter().find(|(p, _)| s.starts_with(p)).map(|(_, at)| *at)
}

/// True when a bare address may start after `before` (the source read so far).
pub fn starts_after(before: &str) -> bool {
    before.chars().next_back().is_none_or(char::is_whitespace)
}

/// A bare address at the start of `s`: (bytes used, the link). Looks no further than the
/// address's end (the next space or stop character).
pub fn bare(s: &str) -> Option<(usize, Span)> {
    let www = s.starts_with("www.");
    let prefix = PREFIXES.iter().find(|(p, _)| s.starts_with(p))?.0;
    let end = s
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '*' | '[' | ']' | '\\' | '`' | '"'))
        .unwrap_or(s.len());
    let mut url = &s[..end];
    // Trailing punctuation ends the sentence, not the address; a ')' stays when it closes a '('.
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ':', ';', '!', '?', '\'']);
        let trimmed = match trimmed.strip_suffix(')') {
            Some(t) if t.matches('(').count() < t.matches(')').count() + 1 => t,
            _ => trimmed,
        };
        if trimmed.len() == url.len() {
            break;
        }
        url = trimmed;
    }
    if url.len() <= prefix.len() {
        return None;
    }
    let host = url[prefix.len()..].split(['/', '?', '#']).next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let good_host = labels.len() >= if www { 2 } else { 1 }
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-' || c == ':'));
    if !good_host {
        return None;
    }
    let target = if www { format!("https://{url}") } else { url.to_string() };
    Some((
        url.len(),
        Span::Link {
            text: url.to_string(),
            url: target,
        },
    ))
}

/// Plain `text` (typed, with no Markdown) as runs of text and the bare addresses in it.
pub fn link_addresses(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let (mut start, mut at) = (0, 0);
    while let Some(c) = text[at..].chars().next() {
        if starts_after(&text[..at]) && bare_prefix(&text[at..]).is_some() {
            if let Some((len, link)) = bare(&text[at..]) {
                out.push(Span::Text(text[start..at].to_string()));
                out.push(link);
                at += len;
                start = at;
                continue;
            }
            // Nothing starts again before the next space.
            at += text[at..].find(char::is_whitespace).unwrap_or(text.len() - at);
            continue;
        }
        at += c.len_utf8();
    }
    out.push(Span::Text(text[start..].to_string()));
    out.retain(|s| !matches!(s, Span::Text(t) if t.is_empty()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(text: &str, url: &str) -> Option<(usize, Span)> {
        Some((
            text.len(),
            Span::Link {
                text: text.into(),
                url: url.into(),
            },
        ))
    }

    #[test]
    fn addresses_end_where_the_sentence_goes_on() {
        let norden = "https://www.norden.org/fi/visio-2030";
        assert_eq!(bare(&format!("{norden}. Visiona")), link(norden, norden));
        assert_eq!(
            bare("www.lapinliitto.fi, ja"),
            link("www.lapinliitto.fi", "https://www.lapinliitto.fi")
        );
        assert_eq!(
            bare("http://x.fi/a_(b)) ja"),
            link("http://x.fi/a_(b)", "http://x.fi/a_(b)")
        );
        assert_eq!(
            bare("https://luote.online/protot/)."),
            link("https://luote.online/protot/", "https://luote.online/protot/")
        );
        assert_eq!(
            bare("https://localhost:8080/x?"),
            link("https://localhost:8080/x", "https://localhost:8080/x")
        );
    }

    #[test]
    fn typed_text_keeps_every_character_and_links_its_addresses() {
        let spans = link_addresses("Katso www.x.fi, *ei* \\ https:// ja https://y.fi");
        assert_eq!(
            spans,
            [
                Span::Text("Katso ".into()),
                Span::Link {
                    text: "www.x.fi".into(),
                    url: "https://www.x.fi".into()
                },
                Span::Text(", *ei* \\ https:// ja ".into()),
                Span::Link {
                    text: "https://y.fi".into(),
                    url: "https://y.fi".into()
                },
            ]
        );
        assert_eq!(link_addresses(""), []);
        assert_eq!(link_addresses("ahttps://x.fi"), [Span::Text("ahttps://x.fi".into())]);
    }

    #[test]
    fn what_only_looks_like_an_address_stays_text() {
        assert_eq!(bare("https://"), None);
        assert_eq!(bare("https://."), None);
        assert_eq!(bare("www."), None);
        assert_eq!(
            bare("www.fi"),
            None,
            "a www. address names a domain below the top level"
        );
        assert_eq!(bare("www.x.fi"), link("www.x.fi", "https://www.x.fi"));
        assert_eq!(bare("wwwx.fi"), None);
        assert_eq!(bare("ftp://x.fi"), None);
        assert!(starts_after("") && starts_after("katso ") && starts_after("\n"));
        assert!(!starts_after("a") && !starts_after("'") && !starts_after("("));
        assert_eq!(bare_prefix("www.x"), Some(3));
        assert_eq!(bare_prefix("https://x"), Some(5));
        assert_eq!(bare_prefix("HTTPS://x"), None);
    }
}
