//! The text of an OpenDocument's content.xml, by namespace: headings (and paragraphs in the
//! title style), paragraphs, spans, runs of spaces, lists, links, tables (their header rows
//! too), notes and text boxes (after the paragraph they stand in), pictures' descriptions.
//! Tracked deletions, comments and notes' citation marks are not text.

use super::blocks::Doc;
use super::{xml_refusal, Skipped, MAX_SPACES};
use crate::xml::{ns_attr, ns_events, Ns, NsEvent};
use crate::ImportError;
use std::collections::HashMap;

/// Reads content.xml into `doc`.
pub fn read(xml: &str, doc: &mut Doc) -> Result<(), ImportError> {
    // Automatic style → the style it is based on ("P1" → "Title").
    let mut parents: HashMap<String, String> = HashMap::new();
    let mut list = 0usize;
    let mut header_rows = 0usize;
    // Depth inside what is not read (deletions, comments, citation marks).
    let mut skip = Skipped::default();
    // The title and description of each frame open (frames nest in text boxes), and which
    // of the two is being read.
    let mut frames: Vec<[String; 2]> = Vec::new();
    let mut reading: Option<usize> = None;
    let mut held = 0usize;
    for e in ns_events(xml) {
        let e = e.map_err(xml_refusal)?;
        if skip.holds(&e) {
            continue;
        }
        match e {
            NsEvent::Open { name, attrs, empty } => match (name.ns, name.local) {
                (Ns::Text, "tracked-changes" | "deletion" | "note-citation" | "sequence-decls" | "ruby-text")
                | (Ns::Office, "annotation" | "forms")
                    if !empty =>
                {
                    skip.open()
                }
                (Ns::Style, "style") => {
                    let own = ns_attr(&attrs, Ns::Style, "name");
                    let parent = ns_attr(&attrs, Ns::Style, "parent-style-name");
                    if let (Some(own), Some(parent)) = (own, parent) {
                        super::within_limit(parents.len() * 64 + own.len() + parent.len())?;
                        parents.insert(own.to_string(), parent.to_string());
                    }
                }
                (Ns::Text, "h" | "p") if !empty => {
                    doc.open_para();
                    let style = ns_attr(&attrs, Ns::Text, "style-name").unwrap_or("");
                    let style = parents.get(style).map_or(style, String::as_str);
                    if style == "Title" {
                        doc.heading(0);
                    } else if name.local == "h" {
                        let level = ns_attr(&attrs, Ns::Text, "outline-level").and_then(|l| l.parse::<u8>().ok());
                        doc.heading(level.unwrap_or(2).clamp(1, 10));
                    } else if list > 0 {
                        doc.bullet();
                    }
                }
                (Ns::Text, "list") if !empty => list += 1,
                (Ns::Text, "line-break") => doc.raw("\\\n")?,
                (Ns::Text, "tab") => doc.raw("\t")?,
                (Ns::Text, "s") => {
                    let count = ns_attr(&attrs, Ns::Text, "c").and_then(|c| c.parse::<u64>().ok());
                    let count = count.map_or(1, |c| c.min(MAX_SPACES as u64) as usize);
                    doc.raw(&" ".repeat(count))?;
                }
                (Ns::Text, "a") if !empty => doc.link(ns_attr(&attrs, Ns::XLink, "href").unwrap_or(""))?,
                (Ns::Draw, "frame") if !empty => frames.push(Default::default()),
                (Ns::Svg, "title" | "desc") if !empty && !frames.is_empty() => {
                    reading = Some(usize::from(name.local == "desc"));
                }
                (Ns::Table, "table") if !empty => doc.open_table(),
                (Ns::Table, "table-header-rows") if !empty => header_rows += 1,
                (Ns::Table, "table-row") if !empty => doc.open_row(header_rows > 0),
                (Ns::Table, "table-cell" | "covered-table-cell") => {
                    doc.open_cell();
                    if empty {
                        doc.close_cell();
                    }
                }
                _ => {}
            },
            NsEvent::Text(t) => match (reading, frames.last_mut()) {
                (Some(i), Some(frame)) => {
                    held += t.len();
                    super::within_limit(held)?;
                    frame[i].push_str(&t);
                }
                _ => doc.text(&t, false)?,
            },
            NsEvent::Close(name) => match (name.ns, name.local) {
                (Ns::Text, "h" | "p") => doc.close_para(),
                (Ns::Text, "list") => {
                    list = list.saturating_sub(1);
                    if list == 0 {
                        doc.close_list();
                    }
                }
                (Ns::Text, "a") => doc.link_end(),
                (Ns::Svg, "title" | "desc") => reading = None,
                // The description says what the picture shows; its title, when it has none.
                (Ns::Draw, "frame") => {
                    if let Some([title, desc]) = frames.pop() {
                        doc.aside(if desc.trim().is_empty() { &title } else { &desc })?;
                    }
                }
                (Ns::Table, "table-header-rows") => header_rows = header_rows.saturating_sub(1),
                (Ns::Table, "table-cell" | "covered-table-cell") => doc.close_cell(),
                (Ns::Table, "table-row") => doc.close_row(),
                (Ns::Table, "table") => doc.close_table(),
                _ => {}
            },
        }
    }
    Ok(())
}
