//! Word (.docx) and OpenDocument (.odt) files in: a file Muistio made carries the draft and
//! opens exactly; any other is read for its text — headings, paragraphs, lists, tables, links,
//! notes, text boxes, content controls, pictures' descriptions — as the pieces the file marks,
//! which go through the same rules and the same block builder as a memo written as text. Elements are known by namespace, whatever prefix
//! the file gives them, and a Word file's main part is found through its relationships.

mod blocks;
mod docx;
mod odt;
mod pieces;

use crate::import::Piece;
use crate::xml::{ns_attr, ns_events, Ns, NsEvent, XmlError, MAX_ATTRIBUTES, MAX_DEPTH};
use crate::zip::{self, Archive, ZipError};
use crate::ImportError;
use blocks::Doc;
use std::collections::HashMap;

/// The largest office file accepted, in bytes (its pictures count; only its text is used).
pub const MAX_BYTES: usize = 25 << 20;
/// The most one part (`document.xml`, `content.xml`, the relationships) may unpack to, in bytes.
const MAX_PART: usize = 8 << 20;
/// The most all the parts read from one file may unpack to together, in bytes.
const MAX_UNPACKED: usize = 16 << 20;
/// The most text (or draft) a file may yield: what one memo holds.
const MAX_TEXT: usize = super::decode::MAX_BYTES;
/// The longest run of spaces written for one `<text:s text:c="…"/>`.
const MAX_SPACES: usize = 1000;
/// Where a Muistio export keeps the draft.
use crate::format::DRAFT_PART;

/// What an office file holds for Muistio.
pub enum Office {
    /// The draft a Muistio export carries (its JSON envelope).
    Draft(String),
    /// The text of a document made elsewhere, as the pieces the file marks.
    Text(Vec<Piece>),
}

/// The reason a zip is refused, as the person reads it.
fn refusal(e: ZipError) -> ImportError {
    match e {
        ZipError::TooLarge { limit } => ImportError::Expands { limit },
        ZipError::TooManyEntries { count } => ImportError::TooManyParts {
            count,
            limit: zip::MAX_ENTRIES,
        },
        ZipError::Overlapping => ImportError::Overlapping,
        other => ImportError::Damaged {
            detail: format!("{other:?}"),
        },
    }
}

/// The reason a part's XML is refused.
fn xml_refusal(e: XmlError) -> ImportError {
    match e {
        XmlError::TooDeep => ImportError::TooDeep { limit: MAX_DEPTH },
        XmlError::TooManyAttributes => ImportError::TooManyAttributes { limit: MAX_ATTRIBUTES },
    }
}

fn part(archive: &mut Archive, name: &str, limit: usize) -> Result<Option<String>, ImportError> {
    let bytes = archive.read(name, limit).map_err(refusal)?;
    Ok(bytes.map(|b| String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())))
}

/// Reads a zip-based office file. What it yields — the draft, or the text — is at most what
/// one memo holds ([`super::decode::MAX_BYTES`]); the parts read unpack to at most 16 MiB
/// together.
pub fn read(bytes: &[u8]) -> Result<Office, ImportError> {
    read_as(bytes, true)
}

/// The text of an office file, even one that carries a draft: what a person who edited the
/// file in a word processor sees.
pub fn visible_text(bytes: &[u8]) -> Result<Vec<Piece>, ImportError> {
    match read_as(bytes, false)? {
        Office::Text(text) => Ok(text),
        Office::Draft(_) => Err(ImportError::Unsupported { what: "zip" }),
    }
}

fn read_as(bytes: &[u8], draft: bool) -> Result<Office, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    let mut archive = Archive::open(bytes, MAX_UNPACKED).map_err(refusal)?;
    if draft {
        if let Some(json) = part(&mut archive, DRAFT_PART, MAX_TEXT)? {
            return Ok(Office::Draft(json));
        }
    }
    let mut doc = Doc::default();
    if let Some((name, xml)) = main_part(&mut archive)? {
        let parts = Parts::of(&mut archive, &name)?;
        docx::read(&xml, &parts, &mut doc)?;
    } else if let Some(xml) = part(&mut archive, "content.xml", MAX_PART)? {
        odt::read(&xml, &mut doc)?;
    } else {
        return Err(ImportError::Unsupported { what: "zip" });
    }
    Ok(Office::Text(doc.pieces()))
}

/// The relationships of a part: (id, type, target) of each.
fn relationships(xml: &str) -> Result<Vec<(String, String, String)>, ImportError> {
    let mut found = Vec::new();
    for e in ns_events(xml) {
        if let NsEvent::Open { name, attrs, .. } = e.map_err(xml_refusal)? {
            if name.local == "Relationship" {
                let get = |key| ns_attr(&attrs, Ns::None, key).unwrap_or("").to_string();
                found.push((get("Id"), get("Type"), get("Target")));
            }
        }
    }
    Ok(found)
}

/// A part's name from a relationship's target: relative to the folder of the part it is
/// from (`base`), or to the package's root when it starts with a slash; `.` and `..` resolved.
fn resolve(base: &str, target: &str) -> String {
    let mut path: Vec<&str> = match target.starts_with('/') {
        true => Vec::new(),
        false => base.split('/').filter(|s| !s.is_empty()).collect(),
    };
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                path.pop();
            }
            s => path.push(s),
        }
    }
    path.join("/")
}

/// Whether a content type is a Word document's main part (document, template, with macros).
fn word_main(content_type: &str) -> bool {
    content_type.contains("wordprocessingml.document.main")
        || content_type.contains("wordprocessingml.template.main")
        || content_type.starts_with("application/vnd.ms-word.")
}

/// The main part of a Word file (name, text): the package's `officeDocument` relationship,
/// else the part `[Content_Types].xml` gives a Word main part's type, else
/// `word/document.xml`. `None` for a zip that is no Word file.
fn main_part(archive: &mut Archive) -> Result<Option<(String, String)>, ImportError> {
    let types = part(archive, "[Content_Types].xml", MAX_PART)?.unwrap_or_default();
    let mut overrides = HashMap::new();
    for e in ns_events(&types) {
        if let NsEvent::Open { name, attrs, .. } = e.map_err(xml_refusal)? {
            if let (true, Some(n), Some(t)) = (
                name.local == "Override",
                ns_attr(&attrs, Ns::None, "PartName"),
                ns_attr(&attrs, Ns::None, "ContentType"),
            ) {
                overrides.entry(resolve("", n)).or_insert_with(|| t.to_string());
            }
        }
    }
    let rels = part(archive, "_rels/.rels", MAX_PART)?.unwrap_or_default();
    let by_relationship = relationships(&rels)?
        .into_iter()
        .find(|(_, kind, _)| kind.ends_with("/officeDocument"))
        .map(|(_, _, target)| resolve("", &target));
    // A package whose main part is something else (a presentation, a workbook) is no Word file.
    if let Some(name) = &by_relationship {
        if overrides.get(name).is_some_and(|t| !word_main(t)) {
            return Ok(None);
        }
    }
    let by_type = overrides.iter().find(|(_, t)| word_main(t)).map(|(n, _)| n.clone());
    for name in [by_relationship, by_type, Some("word/document.xml".to_string())]
        .into_iter()
        .flatten()
    {
        if let Some(xml) = part(archive, &name, MAX_PART)? {
            return Ok(Some((name, xml)));
        }
    }
    Ok(None)
}

/// What a Word file's main part refers to: link addresses, notes, heading styles.
#[derive(Default)]
pub struct Parts {
    /// Relationship id → address.
    links: HashMap<String, String>,
    footnotes: HashMap<String, String>,
    endnotes: HashMap<String, String>,
    /// Style id → heading level (0: title).
    styles: HashMap<String, u8>,
}

impl Parts {
    fn of(archive: &mut Archive, main: &str) -> Result<Parts, ImportError> {
        let (dir, file) = main.rsplit_once('/').unwrap_or(("", main));
        let rels = part(archive, &resolve(dir, &format!("_rels/{file}.rels")), MAX_PART)?.unwrap_or_default();
        let mut parts = Parts::default();
        for (id, kind, target) in relationships(&rels)? {
            let kind = kind.rsplit('/').next().unwrap_or("");
            let xml = match kind {
                "footnotes" | "endnotes" | "styles" => {
                    part(archive, &resolve(dir, &target), MAX_PART)?.unwrap_or_default()
                }
                _ => String::new(),
            };
            match kind {
                "footnotes" => parts.footnotes = docx::notes(&xml)?,
                "endnotes" => parts.endnotes = docx::notes(&xml)?,
                "styles" => parts.styles = docx::styles(&xml)?,
                _ => {
                    parts.links.entry(id).or_insert(target);
                }
            }
        }
        Ok(parts)
    }
}

/// An element whose content is not read (a deletion, a comment, a drawing's fallback) and how
/// deep the reader is inside it.
#[derive(Default)]
struct Skipped(usize);

impl Skipped {
    /// The element just opened is not read.
    fn open(&mut self) {
        self.0 = 1;
    }

    /// Whether `e` lies inside the element not read (counting the depth as it goes).
    fn holds(&mut self, e: &NsEvent) -> bool {
        if self.0 == 0 {
            return false;
        }
        match e {
            NsEvent::Open { empty: false, .. } => self.0 += 1,
            NsEvent::Close(_) => self.0 -= 1,
            _ => {}
        }
        true
    }
}

/// Refuses text beyond what one memo holds, as soon as what is held reaches it.
fn within_limit(held: usize) -> Result<(), ImportError> {
    match held > MAX_TEXT {
        true => Err(ImportError::Expands { limit: MAX_TEXT }),
        false => Ok(()),
    }
}

#[cfg(test)]
mod tests;
