//! Word (.docx) and OpenDocument (.odt) files in: a file Muistio made carries the draft and
//! opens exactly; any other is read for its text — headings, paragraphs, lists, tables, links —
//! and that text goes through the same rules as a memo written in Markdown.

use crate::xml::{attr, events, Event, XmlError, MAX_ATTRIBUTES, MAX_DEPTH};
use crate::zip::{self, Archive, ZipError};
use crate::ImportError;
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
const DRAFT_PART: &str = "muistio/draft.json";

/// What an office file holds for Muistio.
pub enum Office {
    /// The draft a Muistio export carries (its JSON envelope).
    Draft(String),
    /// The text of a document made elsewhere, as Markdown-like lines.
    Text(String),
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
pub fn visible_text(bytes: &[u8]) -> Result<String, ImportError> {
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
    if let Some(xml) = part(&mut archive, "word/document.xml", MAX_PART)? {
        let rels = part(&mut archive, "word/_rels/document.xml.rels", MAX_PART)?.unwrap_or_default();
        return docx_text(&xml, &rels).map(Office::Text);
    }
    if let Some(xml) = part(&mut archive, "content.xml", MAX_PART)? {
        return odt_text(&xml).map(Office::Text);
    }
    Err(ImportError::Unsupported { what: "zip" })
}

/// Relationship id → target (hyperlink addresses of a Word file); the first of an id counts.
fn relationships(rels: &str) -> Result<HashMap<String, String>, ImportError> {
    let mut links = HashMap::new();
    for e in events(rels) {
        if let Event::Open {
            name: "Relationship",
            attrs,
            ..
        } = e.map_err(xml_refusal)?
        {
            if let (Some(id), Some(target)) = (attr(&attrs, "Id"), attr(&attrs, "Target")) {
                links.entry(id.to_string()).or_insert_with(|| target.to_string());
            }
        }
    }
    Ok(links)
}

/// Refuses text beyond what one memo holds, as soon as what is held reaches it.
fn within_limit(held: usize) -> Result<(), ImportError> {
    match held > MAX_TEXT {
        true => Err(ImportError::Expands { limit: MAX_TEXT }),
        false => Ok(()),
    }
}

/// A table as the memo reader wants it: a header row is left out, and in a two-column table
/// of people (name, organisation) the name is split into first names and last name.
struct Table {
    people: bool,
}

impl Table {
    fn row(&mut self, cells: &[String], header: bool, out: &mut String) {
        if header {
            let first = cells.first().map(|c| c.trim().to_lowercase()).unwrap_or_default();
            self.people = cells.len() == 2 && ["nimi", "name", "namn"].contains(&first.as_str());
            return;
        }
        let line = match (self.people, cells) {
            (true, [name, orgs]) => {
                let (first, last) = name.trim().rsplit_once(' ').unwrap_or((name.trim(), ""));
                format!("{first}\t{last}\t{}", orgs.trim())
            }
            _ => cells.join("\t"),
        };
        out.push_str(&line);
        out.push('\n');
    }
}

/// Escapes what the memo reader would take for markup in text from a document.
fn literal(text: &str) -> String {
    crate::export::inline::escape(text)
}

/// A paragraph's lines as the memo reader wants them: headings marked, list items bulleted.
fn finish(out: &mut String, line: &str, heading: Option<u8>, bullet: bool) {
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    // A heading that is a header label ("Paikalla") introduces what follows, as "Paikalla:".
    if heading.is_some() && crate::labels::header_label(&format!("{line}:")).is_some_and(|(_, _, rest)| rest.is_empty())
    {
        out.push_str(&format!("{line}:\n\n"));
        return;
    }
    let prefix = match (heading, bullet) {
        (Some(1), _) => "# ",
        (Some(2), _) if crate::import::body::item_heading(line, None).is_some() => "",
        (Some(2), _) => "## ",
        (Some(_), _) => "### ",
        (None, true) => "- ",
        _ => "",
    };
    // A paragraph after a list is no part of its last item.
    if !bullet && out.ends_with('\n') && !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(prefix);
    out.push_str(line);
    out.push_str(if bullet { "\n" } else { "\n\n" });
}

fn docx_text(xml: &str, rels: &str) -> Result<String, ImportError> {
    let links = relationships(rels)?;
    let mut out = String::new();
    let (mut line, mut heading, mut bullet, mut bold, mut in_text) = (String::new(), None, false, false, false);
    let mut link: Option<(String, String)> = None;
    let (mut cells, mut cells_len): (Vec<String>, usize) = (Vec::new(), 0);
    let mut in_table = 0;
    let (mut table, mut header_row) = (Table { people: false }, false);
    for e in events(xml) {
        match e.map_err(xml_refusal)? {
            Event::Open { name, attrs, empty } => match name {
                "w:tblHeader" => header_row = attr(&attrs, "w:val").is_none_or(|v| v != "0" && v != "false"),
                "w:p" if !empty => {
                    line.clear();
                    (heading, bullet) = (None, false);
                }
                "w:pStyle" => {
                    let style = attr(&attrs, "w:val").unwrap_or("").to_lowercase();
                    heading = if style == "title" {
                        Some(1)
                    } else {
                        style
                            .strip_prefix("heading")
                            .and_then(|n| n.parse::<u8>().ok())
                            .map(|n| n.saturating_add(1))
                    };
                    bullet |= style.contains("list");
                }
                "w:numPr" => bullet = true,
                "w:b" => bold = attr(&attrs, "w:val").is_none_or(|v| v != "0" && v != "false"),
                "w:r" => bold = false,
                "w:t" if !empty => in_text = true,
                "w:br" | "w:cr" => line.push_str("\\\n"),
                "w:tab" => line.push('\t'),
                "w:hyperlink" => {
                    let url = attr(&attrs, "r:id").and_then(|id| links.get(id));
                    link = url.map(|u| (u.clone(), String::new()));
                }
                "w:tbl" => {
                    in_table += 1;
                    table = Table { people: false };
                }
                "w:tr" => {
                    (cells_len, header_row) = (0, false);
                    cells.clear();
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                let t = literal(&t);
                match &mut link {
                    Some((_, text)) => text.push_str(&t),
                    None if bold && !t.trim().is_empty() => line.push_str(&format!("**{t}**")),
                    None => line.push_str(&t),
                }
            }
            Event::Close(name) => match name {
                "w:t" => in_text = false,
                "w:hyperlink" => {
                    if let Some((url, text)) = link.take() {
                        line.push_str(&format!("[{text}]({url})"));
                    }
                }
                "w:p" if in_table > 0 => {
                    cells.push(std::mem::take(&mut line).replace("**", ""));
                    cells_len += cells.last().map_or(0, String::len);
                }
                "w:p" => finish(&mut out, &line.replace("****", ""), heading, bullet),
                "w:tr" => table.row(&cells, header_row, &mut out),
                "w:tbl" => {
                    in_table -= 1;
                    out.push('\n');
                }
                _ => {}
            },
            _ => {}
        }
        within_limit(out.len() + line.len() + link.as_ref().map_or(0, |l| l.1.len()) + cells_len)?;
    }
    Ok(out)
}

fn odt_text(xml: &str) -> Result<String, ImportError> {
    let mut out = String::new();
    let (mut line, mut heading, mut list, mut in_table) = (String::new(), None, 0, 0);
    let mut link: Option<(String, String)> = None;
    let (mut cells, mut cells_len): (Vec<String>, usize) = (Vec::new(), 0);
    let mut cell = String::new();
    let mut body = false;
    let (mut table, mut header_rows) = (Table { people: false }, false);
    for e in events(xml) {
        match e.map_err(xml_refusal)? {
            Event::Open { name, attrs, empty } => match name {
                "office:body" => body = true,
                "text:h" if !empty => {
                    line.clear();
                    heading = attr(&attrs, "text:outline-level")
                        .and_then(|l| l.parse::<u8>().ok())
                        .or(Some(2));
                }
                "text:p" if !empty => {
                    line.clear();
                    heading = None;
                }
                "text:list" => list += 1,
                "text:line-break" => line.push_str("\\\n"),
                "text:tab" => line.push('\t'),
                "text:s" => {
                    let count = attr(&attrs, "text:c").and_then(|c| c.parse::<u64>().ok());
                    let count = count.map_or(1, |c| c.min(MAX_SPACES as u64) as usize);
                    line.extend(std::iter::repeat_n(' ', count));
                }
                "text:a" => link = Some((attr(&attrs, "xlink:href").unwrap_or("").to_string(), String::new())),
                "table:table" => {
                    in_table += 1;
                    table = Table { people: false };
                }
                "table:table-header-rows" => header_rows = true,
                "table:table-row" => {
                    cells.clear();
                    cells_len = 0;
                }
                "table:table-cell" if empty => cells.push(String::new()),
                "table:table-cell" => cell.clear(),
                _ => {}
            },
            Event::Text(t) if body => {
                let t = literal(&t);
                match &mut link {
                    Some((_, text)) => text.push_str(&t),
                    None => line.push_str(&t),
                }
            }
            Event::Close(name) => match name {
                "text:a" => {
                    if let Some((url, text)) = link.take() {
                        line.push_str(&format!("[{text}]({url})"));
                    }
                }
                "text:p" | "text:h" if in_table > 0 => {
                    if !cell.is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(line.trim());
                    line.clear();
                }
                "text:p" | "text:h" => finish(&mut out, &line, heading, list > 0),
                "text:list" => {
                    list -= 1;
                    if list == 0 {
                        out.push('\n');
                    }
                }
                "table:table-cell" => {
                    cells_len += cell.len();
                    cells.push(std::mem::take(&mut cell));
                }
                "table:table-header-rows" => header_rows = false,
                "table:table-row" => table.row(&cells, header_rows, &mut out),
                "table:table" => {
                    in_table -= 1;
                    out.push('\n');
                }
                _ => {}
            },
            _ => {}
        }
        let link_len = link.as_ref().map_or(0, |l| l.1.len());
        within_limit(out.len() + line.len() + link_len + cell.len() + cells_len)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_text_with_headings_lists_tables_and_links() {
        let xml = r#"<w:document><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Hallituksen kokous</w:t></w:r></w:p><w:p><w:r><w:t>MUISTIO</w:t></w:r></w:p><w:p><w:r><w:t>Paikalla:</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ida</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Tirkkonen</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Lapin elokuvakomissio</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Avaus</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Ida:</w:t></w:r><w:r><w:t xml:space="preserve"> Katso </w:t></w:r><w:hyperlink r:id="rId5"><w:r><w:t>ohje</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>eka</w:t></w:r></w:p></w:body></w:document>"#;
        let rels = r#"<Relationships><Relationship Id="rId5" Type="x" Target="https://example.org/ohje" TargetMode="External"/></Relationships>"#;
        let text = docx_text(xml, rels).unwrap();
        assert_eq!(text, "# Hallituksen kokous\n\nMUISTIO\n\nPaikalla:\n\nIda\tTirkkonen\tLapin elokuvakomissio\n\n## Avaus\n\n**Ida:** Katso [ohje](https://example.org/ohje).\n\n- eka\n");
    }

    #[test]
    fn open_document_text() {
        let xml = r#"<office:document-content><office:body><office:text><text:h text:outline-level="1">Kokous</text:h><text:p>Aika: 1.2.2026</text:p><text:h text:outline-level="2">1. Avaus</text:h><text:p>Ida:<text:s/>hei<text:s text:c="2"/>kaikki <text:a xlink:href="https://x.fi">linkki</text:a></text:p><text:list><text:list-item><text:p>a</text:p></text:list-item><text:list-item><text:p>b</text:p></text:list-item></text:list></office:text></office:body></office:document-content>"#;
        assert_eq!(
            odt_text(xml).unwrap(),
            "# Kokous\n\nAika: 1.2.2026\n\n1. Avaus\n\nIda: hei  kaikki [linkki](https://x.fi)\n\n- a\n- b\n\n"
        );
    }
}
