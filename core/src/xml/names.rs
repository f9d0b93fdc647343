//! Elements and attributes by namespace, whatever prefix a file gives them: `<w:p>`, `<ns0:p>`
//! and `<p xmlns="…wordprocessingml…">` are the same paragraph. Each element's `xmlns`
//! declarations are in scope until it closes; a prefix no element declares falls back to the
//! namespace that prefix usually stands for (fragments and careless writers).

use super::{events, Event, Events, XmlError};
use std::collections::HashMap;

/// The namespaces office files are read by; any other is [`Ns::Other`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ns {
    /// No namespace (an attribute without a prefix).
    None,
    /// `xml:` (`xml:space`).
    Xml,
    /// WordprocessingML (transitional or strict).
    W,
    /// Office relationships (`r:id`).
    R,
    /// Word drawings (`wp:docPr`).
    Wp,
    /// Markup compatibility (`mc:AlternateContent`).
    Mc,
    /// OpenDocument office.
    Office,
    /// OpenDocument text.
    Text,
    /// OpenDocument table.
    Table,
    /// OpenDocument drawing.
    Draw,
    /// OpenDocument's SVG-compatible names (`svg:desc`).
    Svg,
    /// XLink (`xlink:href`).
    XLink,
    /// OpenDocument style.
    Style,
    /// Any other namespace.
    Other,
}

fn by_uri(uri: &str) -> Ns {
    match uri {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        | "http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::W,
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        | "http://purl.oclc.org/ooxml/officeDocument/relationships" => Ns::R,
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
        | "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing" => Ns::Wp,
        "http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Mc,
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0" => Ns::Office,
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0" => Ns::Text,
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0" => Ns::Table,
        "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" => Ns::Draw,
        "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" => Ns::Svg,
        "http://www.w3.org/1999/xlink" => Ns::XLink,
        "urn:oasis:names:tc:opendocument:xmlns:style:1.0" => Ns::Style,
        "http://www.w3.org/XML/1998/namespace" => Ns::Xml,
        _ => Ns::Other,
    }
}

/// The namespace a prefix usually stands for, for a prefix nothing declares.
fn by_custom(prefix: &str) -> Ns {
    match prefix {
        "w" => Ns::W,
        "r" => Ns::R,
        "wp" => Ns::Wp,
        "mc" => Ns::Mc,
        "office" => Ns::Office,
        "text" => Ns::Text,
        "table" => Ns::Table,
        "draw" => Ns::Draw,
        "svg" => Ns::Svg,
        "xlink" => Ns::XLink,
        "style" => Ns::Style,
        "xml" => Ns::Xml,
        _ => Ns::Other,
    }
}

/// An element's or attribute's name: its namespace and its local part.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Name<'a> {
    /// The namespace.
    pub ns: Ns,
    /// The name without its prefix.
    pub local: &'a str,
}

/// One piece of a document, names resolved.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum NsEvent<'a> {
    /// An element opens (`empty`: and closes at once).
    Open {
        name: Name<'a>,
        attrs: Vec<(Name<'a>, String)>,
        empty: bool,
    },
    /// An element closes.
    Close(Name<'a>),
    /// Text, entities decoded.
    Text(String),
}

/// The events of a document with names resolved; linear time, as [`events`]: each name is
/// looked up once in a map from prefix to the declarations in scope.
pub struct NsEvents<'a> {
    inner: Events<'a>,
    bound: HashMap<&'a str, Vec<Ns>>,
    /// The prefixes each open element declared, innermost last.
    frames: Vec<Vec<&'a str>>,
}

/// The events of `xml`, names resolved by namespace.
pub fn ns_events(xml: &str) -> NsEvents<'_> {
    NsEvents {
        inner: events(xml),
        bound: HashMap::new(),
        frames: Vec::new(),
    }
}

impl<'a> NsEvents<'a> {
    fn resolve(&self, qname: &'a str, attribute: bool) -> Name<'a> {
        let (prefix, local) = match qname.split_once(':') {
            Some((p, l)) => (p, l),
            None if attribute => {
                return Name {
                    ns: Ns::None,
                    local: qname,
                }
            }
            None => ("", qname),
        };
        let ns = match self.bound.get(prefix).and_then(|b| b.last()) {
            Some(ns) => *ns,
            None if prefix.is_empty() => Ns::None,
            None => by_custom(prefix),
        };
        Name { ns, local }
    }

    fn unbind(&mut self, frame: Vec<&'a str>) {
        for prefix in frame {
            if let Some(b) = self.bound.get_mut(prefix) {
                b.pop();
            }
        }
    }
}

impl<'a> Iterator for NsEvents<'a> {
    type Item = Result<NsEvent<'a>, XmlError>;

    fn next(&mut self) -> Option<Self::Item> {
        Some(Ok(match self.inner.next()? {
            Err(e) => return Some(Err(e)),
            Ok(Event::Text(t)) => NsEvent::Text(t),
            Ok(Event::Close(qname)) => {
                let name = self.resolve(qname, false);
                if let Some(frame) = self.frames.pop() {
                    self.unbind(frame);
                }
                NsEvent::Close(name)
            }
            Ok(Event::Open { name, attrs, empty }) => {
                let mut frame = Vec::new();
                for (key, value) in &attrs {
                    let prefix = match *key {
                        "xmlns" => "",
                        k => match k.strip_prefix("xmlns:") {
                            Some(p) => p,
                            None => continue,
                        },
                    };
                    self.bound.entry(prefix).or_default().push(by_uri(value));
                    frame.push(prefix);
                }
                let name = self.resolve(name, false);
                let attrs = attrs
                    .into_iter()
                    .filter(|(k, _)| *k != "xmlns" && !k.starts_with("xmlns:"))
                    .map(|(k, v)| (self.resolve(k, true), v))
                    .collect();
                match empty {
                    true => self.unbind(frame),
                    false => self.frames.push(frame),
                }
                NsEvent::Open { name, attrs, empty }
            }
        }))
    }
}

/// An attribute's value by namespace and local name; an attribute without a prefix matches
/// too (a default-namespace document often leaves its attributes unprefixed).
pub fn ns_attr<'v>(attrs: &'v [(Name<'_>, String)], ns: Ns, local: &str) -> Option<&'v str> {
    let find = |want: Ns| attrs.iter().find(|(k, _)| k.ns == want && k.local == local);
    find(ns).or_else(|| find(Ns::None)).map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opened(xml: &str) -> Vec<(Ns, String)> {
        ns_events(xml)
            .filter_map(|e| match e.unwrap() {
                NsEvent::Open { name, .. } => Some((name.ns, name.local.to_string())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn prefixes_resolve_to_namespaces_in_scope() {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        let xml = format!(
            r#"<ns0:document xmlns:ns0="{w}"><ns0:p><x:t xmlns:x="{w}">a</x:t></ns0:p><p xmlns="{w}"/><x:t/><w:t/></ns0:document>"#
        );
        assert_eq!(
            opened(&xml),
            [
                (Ns::W, "document".into()),
                (Ns::W, "p".into()),
                (Ns::W, "t".into()),
                (Ns::W, "p".into()),
                (Ns::Other, "t".into()),
                (Ns::W, "t".into()),
            ]
        );
    }

    #[test]
    fn a_prefix_can_stand_for_another_namespace() {
        let xml = r#"<w:a xmlns:w="urn:elsewhere"><w:b xmlns:w="urn:oasis:names:tc:opendocument:xmlns:text:1.0"/><w:c/></w:a>"#;
        assert_eq!(
            opened(xml),
            [(Ns::Other, "a".into()), (Ns::Text, "b".into()), (Ns::Other, "c".into())]
        );
    }

    #[test]
    fn attributes_by_namespace() {
        let xml = r#"<q:p xmlns:q="http://schemas.openxmlformats.org/wordprocessingml/2006/main" q:val="1" id="2"/>"#;
        let Some(Ok(NsEvent::Open { attrs, .. })) = ns_events(xml).next() else {
            panic!()
        };
        assert_eq!(ns_attr(&attrs, Ns::W, "val"), Some("1"));
        assert_eq!(ns_attr(&attrs, Ns::W, "id"), Some("2"));
        assert_eq!(ns_attr(&attrs, Ns::R, "val"), None);
    }
}
