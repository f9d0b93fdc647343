//! Just enough XML for office documents: escaping what is written (dropping the characters XML
//! forbids), and reading elements and text back.

/// Escapes text or an attribute value. Control characters other than tab and line breaks, and
/// U+FFFE/U+FFFF, are not allowed in XML 1.0 at all: they are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' || ('\u{7F}'..='\u{9F}').contains(&c) => {}
            c => out.push(c),
        }
    }
    out
}

/// One piece of an XML document.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Event {
    /// `<name attr="v">`, or `<name/>` when `empty`.
    Open {
        name: String,
        attrs: Vec<(String, String)>,
        empty: bool,
    },
    /// `</name>`.
    Close(String),
    /// Text between tags, entities decoded.
    Text(String),
}

fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let Some(semi) = after.find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let entity = &after[1..semi];
        let ch = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn attrs(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim().to_string();
        let after = rest[eq + 1..].trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(end) = after[1..].find(quote) else { break };
        out.push((name, decode(&after[1..1 + end])));
        rest = &after[end + 2..];
    }
    out
}

/// The events of `xml` in order. Comments, declarations and processing instructions are
/// skipped; CDATA is text. Malformed input ends the list early rather than failing.
pub fn events(xml: &str) -> Vec<Event> {
    let mut out = Vec::new();
    let mut rest = xml;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            out.push(Event::Text(decode(rest)));
            break;
        };
        if lt > 0 {
            out.push(Event::Text(decode(&rest[..lt])));
        }
        rest = &rest[lt..];
        if let Some(body) = rest.strip_prefix("<![CDATA[") {
            let Some(end) = body.find("]]>") else { break };
            out.push(Event::Text(body[..end].to_string()));
            rest = &body[end + 3..];
            continue;
        }
        let close_at = if rest.starts_with("<!--") {
            rest.find("-->").map(|i| i + 3)
        } else {
            rest.find('>').map(|i| i + 1)
        };
        let Some(end) = close_at else { break };
        let tag = &rest[1..end - 1];
        rest = &rest[end..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            out.push(Event::Close(name.trim().to_string()));
            continue;
        }
        let empty = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let (name, rest_attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        out.push(Event::Open {
            name: name.to_string(),
            attrs: attrs(rest_attrs),
            empty,
        });
    }
    out
}

/// An attribute's value by name.
pub fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_drops_what_xml_forbids() {
        assert_eq!(escape("a<b>&\"c'\u{1}\u{B}\u{FFFE}ä"), "a&lt;b&gt;&amp;&quot;c&apos;ä");
    }

    #[test]
    fn reading_events() {
        let ev = events(
            r#"<?xml version="1.0"?><w:p a="1 &amp; 2"><!-- x --><w:t xml:space="preserve">Ä &lt;b&gt; &#228;</w:t><w:br/></w:p>"#,
        );
        assert_eq!(
            ev,
            vec![
                Event::Open {
                    name: "w:p".into(),
                    attrs: vec![("a".into(), "1 & 2".into())],
                    empty: false
                },
                Event::Open {
                    name: "w:t".into(),
                    attrs: vec![("xml:space".into(), "preserve".into())],
                    empty: false
                },
                Event::Text("Ä <b> ä".into()),
                Event::Close("w:t".into()),
                Event::Open {
                    name: "w:br".into(),
                    attrs: vec![],
                    empty: true
                },
                Event::Close("w:p".into()),
            ]
        );
    }
}
