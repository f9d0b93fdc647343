//! Just enough XML for office documents: escaping what is written (dropping the characters XML
//! forbids), and reading elements and text back — by prefix ([`events`]) or by namespace
//! ([`names::ns_events`]).

pub mod names;

pub use names::{ns_attr, ns_events, Name, Ns, NsEvent};

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

/// How deep elements may nest in a document read (office documents nest a few dozen deep).
pub const MAX_DEPTH: usize = 256;
/// How many attributes one element may carry (a document's root declares a few dozen
/// namespaces).
pub const MAX_ATTRIBUTES: usize = 256;
/// The longest entity read, `&` to `;` inclusive, in bytes (`&#x10FFFF;` is ten).
const MAX_ENTITY: usize = 11;

/// One piece of an XML document, borrowing names from it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Event<'a> {
    /// `<name attr="v">`, or `<name/>` when `empty`.
    Open {
        name: &'a str,
        attrs: Vec<(&'a str, String)>,
        empty: bool,
    },
    /// `</name>`.
    Close(&'a str),
    /// Text between tags, entities decoded.
    Text(String),
}

/// Why a document's XML was not read to its end.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum XmlError {
    /// Elements nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// An element with more than [`MAX_ATTRIBUTES`] attributes.
    TooManyAttributes,
}

fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let semi = after.bytes().take(MAX_ENTITY).position(|b| b == b';');
        let ch = semi.and_then(|semi| match &after[1..semi] {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        });
        match (ch, semi) {
            (Some(c), Some(semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            _ => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn attrs(tag: &str) -> Result<Vec<(&str, String)>, XmlError> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(end) = after[1..].find(quote) else { break };
        if out.len() == MAX_ATTRIBUTES {
            return Err(XmlError::TooManyAttributes);
        }
        out.push((name, decode(&after[1..1 + end])));
        rest = &after[end + 2..];
    }
    Ok(out)
}

/// The events of a document, read one at a time: each step looks at the input once, so a
/// whole document takes time linear in its length, and memory for one event.
pub struct Events<'a> {
    rest: &'a str,
    depth: usize,
}

/// The events of `xml` in order. Comments, declarations and processing instructions are
/// skipped; CDATA is text. Malformed input ends the events early rather than failing; nesting
/// deeper than [`MAX_DEPTH`] or more than [`MAX_ATTRIBUTES`] on one element is an error.
pub fn events(xml: &str) -> Events<'_> {
    Events { rest: xml, depth: 0 }
}

impl<'a> Iterator for Events<'a> {
    type Item = Result<Event<'a>, XmlError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let rest = self.rest;
            if rest.is_empty() {
                return None;
            }
            let Some(lt) = rest.find('<') else {
                self.rest = "";
                return Some(Ok(Event::Text(decode(rest))));
            };
            if lt > 0 {
                self.rest = &rest[lt..];
                return Some(Ok(Event::Text(decode(&rest[..lt]))));
            }
            if let Some(body) = rest.strip_prefix("<![CDATA[") {
                let Some(end) = body.find("]]>") else {
                    self.rest = "";
                    return None;
                };
                self.rest = &body[end + 3..];
                return Some(Ok(Event::Text(body[..end].to_string())));
            }
            let close_at = if rest.starts_with("<!--") {
                rest.find("-->").map(|i| i + 3)
            } else {
                rest.find('>').map(|i| i + 1)
            };
            let Some(end) = close_at else {
                self.rest = "";
                return None;
            };
            let tag = &rest[1..end - 1];
            self.rest = &rest[end..];
            if tag.starts_with('?') || tag.starts_with('!') {
                continue;
            }
            if let Some(name) = tag.strip_prefix('/') {
                self.depth = self.depth.saturating_sub(1);
                return Some(Ok(Event::Close(name.trim())));
            }
            let empty = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let (name, rest_attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
            if !empty {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    self.rest = "";
                    return Some(Err(XmlError::TooDeep));
                }
            }
            return Some(match attrs(rest_attrs) {
                Ok(attrs) => Ok(Event::Open { name, attrs, empty }),
                Err(e) => {
                    self.rest = "";
                    Err(e)
                }
            });
        }
    }
}

/// An attribute's value by name.
pub fn attr<'a>(attrs: &'a [(&str, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
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
        let ev: Vec<Event> = events(
            r#"<?xml version="1.0"?><w:p a="1 &amp; 2"><!-- x --><w:t xml:space="preserve">Ä &lt;b&gt; &#228;</w:t><w:br/></w:p>"#,
        )
        .collect::<Result<_, _>>()
        .unwrap();
        assert_eq!(
            ev,
            vec![
                Event::Open {
                    name: "w:p",
                    attrs: vec![("a", "1 & 2".into())],
                    empty: false
                },
                Event::Open {
                    name: "w:t",
                    attrs: vec![("xml:space", "preserve".into())],
                    empty: false
                },
                Event::Text("Ä <b> ä".into()),
                Event::Close("w:t"),
                Event::Open {
                    name: "w:br",
                    attrs: vec![],
                    empty: true
                },
                Event::Close("w:p"),
            ]
        );
    }

    #[test]
    fn entities_look_ahead_a_few_bytes_only() {
        let read: Vec<Event> = events("a &amp b &#x10FFFF; &#1234567890123; &;&")
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            read,
            vec![Event::Text("a &amp b \u{10FFFF} &#1234567890123; &;&".into())]
        );
    }

    #[test]
    fn deep_nesting_and_many_attributes_are_refused() {
        let deep = "<a>".repeat(MAX_DEPTH + 1);
        assert_eq!(events(&deep).last(), Some(Err(XmlError::TooDeep)));
        let flat = "<a></a>".repeat(MAX_DEPTH * 4) + &"<b/>".repeat(10);
        assert!(events(&flat).all(|e| e.is_ok()));
        let many = format!("<a {}/>", "x=\"1\" ".repeat(MAX_ATTRIBUTES + 1));
        assert_eq!(events(&many).next(), Some(Err(XmlError::TooManyAttributes)));
        let enough = format!("<a {}/>", "x=\"1\" ".repeat(MAX_ATTRIBUTES));
        assert!(events(&enough).all(|e| e.is_ok()));
    }
}
