//! The text of a Word document's main part, by namespace: paragraphs and their styles, runs
//! (bold), tabs, breaks and symbols, links, fields' results, content controls, tracked changes
//! (what was inserted counts, what was deleted or moved away does not), tables, text boxes
//! (one of the forms Word writes them in), pictures' descriptions, and the notes each paragraph
//! refers to, after it.

use super::blocks::Doc;
use super::{xml_refusal, Parts, Skipped};
use crate::xml::{ns_attr, ns_events, Ns, NsEvent};
use crate::ImportError;
use std::collections::HashMap;

/// Style id → heading level (0: the title), from the names and outline levels of styles.xml.
pub fn styles(xml: &str) -> Result<HashMap<String, u8>, ImportError> {
    let mut levels = HashMap::new();
    let mut current: Option<String> = None;
    for e in ns_events(xml) {
        match e.map_err(xml_refusal)? {
            NsEvent::Open { name, attrs, .. } if name.ns == Ns::W => match name.local {
                "style" => current = ns_attr(&attrs, Ns::W, "styleId").map(str::to_string),
                "name" | "outlineLvl" => {
                    let (Some(id), Some(val)) = (&current, ns_attr(&attrs, Ns::W, "val")) else {
                        continue;
                    };
                    let level = match name.local {
                        "name" => level_of_name(val),
                        _ => val.parse::<u8>().ok().filter(|l| *l < 9).map(|l| l + 1),
                    };
                    if let Some(level) = level {
                        levels.entry(id.clone()).or_insert(level);
                    }
                }
                _ => {}
            },
            NsEvent::Close(name) if name.ns == Ns::W && name.local == "style" => current = None,
            _ => {}
        }
    }
    Ok(levels)
}

/// A style name's heading level: "Title" 0, "heading 2" (or the id "Heading2") 2.
fn level_of_name(name: &str) -> Option<u8> {
    let name = name.to_lowercase();
    if name == "title" {
        return Some(0);
    }
    let n = name.strip_prefix("heading")?.trim();
    n.parse::<u8>().ok().filter(|n| (1..=9).contains(n))
}

/// Note id → its text, from a footnotes or endnotes part.
pub fn notes(xml: &str) -> Result<HashMap<String, String>, ImportError> {
    let mut notes = HashMap::new();
    let (mut id, mut text, mut in_text, mut held) = (None::<String>, String::new(), false, 0);
    for e in ns_events(xml) {
        match e.map_err(xml_refusal)? {
            NsEvent::Open { name, attrs, empty } if name.ns == Ns::W => match name.local {
                "footnote" | "endnote" if !empty => {
                    id = ns_attr(&attrs, Ns::W, "id").map(str::to_string);
                    text.clear();
                }
                "t" if !empty => in_text = true,
                "p" | "tab" | "br" if !text.is_empty() => text.push(' '),
                _ => {}
            },
            NsEvent::Text(t) if in_text => {
                held += t.len();
                super::within_limit(held)?;
                text.push_str(&t);
            }
            NsEvent::Close(name) if name.ns == Ns::W => match name.local {
                "t" => in_text = false,
                "footnote" | "endnote" => {
                    if let Some(id) = id.take() {
                        notes.entry(id).or_insert_with(|| std::mem::take(&mut text));
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    Ok(notes)
}

/// Reads the main part into `doc`.
pub fn read(xml: &str, parts: &Parts, doc: &mut Doc) -> Result<(), ImportError> {
    let (mut bold, mut in_text) = (false, false);
    // Depth inside what is not read: deleted or moved-away text, the fallback form of a
    // drawing (Word writes a text box twice), a field's instructions.
    let mut skip = Skipped::default();
    for e in ns_events(xml) {
        let e = e.map_err(xml_refusal)?;
        if skip.holds(&e) {
            continue;
        }
        match e {
            NsEvent::Open { name, attrs, empty } => match (name.ns, name.local) {
                (Ns::W, "del" | "moveFrom" | "instrText" | "delText") | (Ns::Mc, "Fallback") if !empty => skip.open(),
                (Ns::W, "p") if !empty => doc.open_para(),
                (Ns::W, "pStyle") => {
                    let style = ns_attr(&attrs, Ns::W, "val").unwrap_or("");
                    match parts.styles.get(style).copied().or_else(|| level_of_name(style)) {
                        Some(level) => doc.heading(level),
                        None if style.to_lowercase().contains("list") => doc.bullet(),
                        None => {}
                    }
                }
                (Ns::W, "outlineLvl") => {
                    if let Some(l) = ns_attr(&attrs, Ns::W, "val")
                        .and_then(|v| v.parse::<u8>().ok())
                        .filter(|l| *l < 9)
                    {
                        doc.heading(l + 1);
                    }
                }
                (Ns::W, "numPr") => doc.bullet(),
                (Ns::W, "r") => bold = false,
                (Ns::W, "b") => bold = ns_attr(&attrs, Ns::W, "val").is_none_or(|v| v != "0" && v != "false"),
                (Ns::W, "t") if !empty => in_text = true,
                (Ns::W, "br" | "cr") => doc.raw("\\\n")?,
                (Ns::W, "tab" | "ptab") if !matches_tab_stop(&attrs) => doc.raw("\t")?,
                (Ns::W, "noBreakHyphen") => doc.raw("-")?,
                (Ns::W, "sym") => {
                    let c = ns_attr(&attrs, Ns::W, "char").and_then(|c| u32::from_str_radix(c, 16).ok());
                    // Characters of a symbol font (U+F000–U+F0FF) are pictures, not text.
                    if let Some(c) = c.filter(|c| !(0xF000..=0xF0FF).contains(c)).and_then(char::from_u32) {
                        doc.text(&c.to_string(), false)?;
                    }
                }
                (Ns::W, "hyperlink") => {
                    // A link within the document (an anchor) is read as its text.
                    let url = ns_attr(&attrs, Ns::R, "id").and_then(|id| parts.links.get(id));
                    doc.link(url.map_or("", String::as_str))?;
                }
                (Ns::W, "footnoteReference" | "endnoteReference") => {
                    let notes = match name.local {
                        "footnoteReference" => &parts.footnotes,
                        _ => &parts.endnotes,
                    };
                    if let Some(note) = ns_attr(&attrs, Ns::W, "id").and_then(|id| notes.get(id)) {
                        doc.aside(note)?;
                    }
                }
                (Ns::Wp, "docPr") => {
                    let descr = ns_attr(&attrs, Ns::None, "descr").or_else(|| ns_attr(&attrs, Ns::None, "title"));
                    doc.aside(descr.unwrap_or(""))?;
                }
                (Ns::W, "tbl") if !empty => doc.open_table(),
                (Ns::W, "tr") if !empty => doc.open_row(false),
                (Ns::W, "tblHeader") if ns_attr(&attrs, Ns::W, "val").is_none_or(|v| v != "0" && v != "false") => {
                    doc.header_row()
                }
                (Ns::W, "tc") if !empty => doc.open_cell(),
                _ => {}
            },
            NsEvent::Text(t) if in_text => doc.text(&t, bold)?,
            NsEvent::Close(name) if name.ns == Ns::W => match name.local {
                "t" => in_text = false,
                "hyperlink" => doc.link_end(),
                "p" => doc.close_para(),
                "tc" => doc.close_cell(),
                "tr" => doc.close_row(),
                "tbl" => doc.close_table(),
                _ => {}
            },
            _ => {}
        }
    }
    Ok(())
}

/// A tab in a paragraph's properties (`<w:tabs><w:tab w:val="left" w:pos="…"/>`) is a tab
/// stop, not a tab character.
fn matches_tab_stop(attrs: &[(crate::xml::Name<'_>, String)]) -> bool {
    ns_attr(attrs, Ns::W, "pos").is_some()
}
