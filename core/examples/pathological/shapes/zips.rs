//! Zip files built by hand, packed or stored, bombs and all.

use flate2::write::DeflateEncoder;
use flate2::Compression;
use muistio_core::zip::{crc32, ZipWriter};
use std::io::Write;

/// A zip whose entries are deflated (as office programs write them) or stored.
pub fn zip(parts: &[(&str, &[u8])], deflated: bool) -> Vec<u8> {
    if !deflated {
        let mut z = ZipWriter::new();
        for (name, data) in parts {
            z.add(name, data);
        }
        return z.finish();
    }
    let entries: Vec<Raw> = parts
        .iter()
        .map(|(name, data)| Raw {
            name: name.to_string(),
            method: 8,
            crc: crc32(data),
            size: data.len() as u32,
            packed: deflate(data),
        })
        .collect();
    let rows: Vec<(&str, usize)> = parts.iter().enumerate().map(|(i, (name, _))| (*name, i)).collect();
    raw_zip(&entries, &rows)
}

/// DEFLATE at the best compression.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    deflate_at(data, 9)
}

/// DEFLATE at compression `level` (0 stores, 9 packs best).
pub fn deflate_at(data: &[u8], level: u32) -> Vec<u8> {
    let mut e = DeflateEncoder::new(Vec::new(), Compression::new(level));
    e.write_all(data).expect("writing to memory");
    e.finish().expect("writing to memory")
}

/// An entry as it is written, packed already.
pub struct Raw {
    pub name: String,
    pub method: u16,
    pub crc: u32,
    pub size: u32,
    pub packed: Vec<u8>,
}

/// A zip built by hand: the local entries in order, then a directory of `rows`, each a name
/// and the local entry it points at (the same one more than once, for overlapping entries).
pub fn raw_zip(entries: &[Raw], rows: &[(&str, usize)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut offsets = Vec::new();
    for e in entries {
        offsets.push(out.len() as u32);
        out.extend(header(e, &e.name, false, 0));
        out.extend(&e.packed);
    }
    let start = out.len() as u32;
    for (name, at) in rows {
        out.extend(header(&entries[*at], name, true, offsets[*at]));
    }
    let size = out.len() as u32 - start;
    let count = rows.len().min(0xFFFF) as u16;
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend(size.to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn header(e: &Raw, name: &str, central: bool, offset: u32) -> Vec<u8> {
    let mut h = Vec::new();
    h.extend(if central { 0x0201_4b50u32 } else { 0x0403_4b50 }.to_le_bytes());
    if central {
        h.extend(20u16.to_le_bytes());
    }
    h.extend(20u16.to_le_bytes());
    h.extend(0x0800u16.to_le_bytes());
    h.extend(e.method.to_le_bytes());
    h.extend([0u8; 4]);
    h.extend(e.crc.to_le_bytes());
    h.extend((e.packed.len() as u32).to_le_bytes());
    h.extend(e.size.to_le_bytes());
    h.extend((name.len() as u16).to_le_bytes());
    h.extend(0u16.to_le_bytes());
    if central {
        h.extend([0u8; 10]);
        h.extend(offset.to_le_bytes());
    }
    h.extend(name.as_bytes());
    h
}

pub const DOCX_HEAD: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#,
    r#" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>"#
);
pub const DOCX_TAIL: &str = "</w:body></w:document>";
pub const ODT_HEAD: &str =
    r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content><office:body><office:text>"#;
pub const ODT_TAIL: &str = "</office:text></office:body></office:document-content>";

/// A Word file of `document.xml` (and relationships), deflated.
pub fn docx(document: &[u8], rels: &[u8]) -> Vec<u8> {
    zip(
        &[("word/document.xml", document), ("word/_rels/document.xml.rels", rels)],
        true,
    )
}

/// An OpenDocument file of `content.xml`, deflated.
pub fn odt(content: &[u8]) -> Vec<u8> {
    zip(
        &[
            ("mimetype", b"application/vnd.oasis.opendocument.text".as_slice()),
            ("content.xml", content),
        ],
        true,
    )
}

/// A Word file of `count` links, each in a paragraph of its own.
pub fn docx_links(count: usize) -> Vec<u8> {
    let mut doc = String::from(DOCX_HEAD);
    let mut rels = String::from(r#"<?xml version="1.0"?><Relationships>"#);
    for i in 0..count {
        doc.push_str(&format!(
            r#"<w:p><w:hyperlink r:id="rId{i}"><w:r><w:t>l</w:t></w:r></w:hyperlink></w:p>"#
        ));
        rels.push_str(&format!(
            r#"<Relationship Id="rId{i}" Type="h" Target="https://e.fi/{i}" TargetMode="External"/>"#
        ));
    }
    doc.push_str(DOCX_TAIL);
    rels.push_str("</Relationships>");
    docx(doc.as_bytes(), rels.as_bytes())
}

/// A deflated entry: `head`, then `byte` until the whole is `size` bytes, packed by hand at
/// about 160 to 1 (a DEFLATE block of fixed codes, mostly "copy 258 bytes from 1 back"). Its
/// checksum is left at zero: a bomb is refused before any checksum is looked at.
pub fn bomb_entry(name: &str, head: &str, byte: u8, size: usize) -> Raw {
    let mut w = Bits::default();
    w.put(1, 1); // the last block
    w.put(1, 2); // of fixed codes
    for &b in head.as_bytes().iter().chain([byte].iter()) {
        w.literal(b);
    }
    let mut left = size.saturating_sub(head.len() + 1);
    while left >= 258 {
        w.code(0xC5, 8); // length 258 (symbol 285)
        w.code(0, 5); // distance 1
        left -= 258;
    }
    for _ in 0..left {
        w.literal(byte);
    }
    w.code(0, 7); // end of block (symbol 256)
    Raw {
        name: name.into(),
        method: 8,
        crc: 0,
        size: size as u32,
        packed: w.finish(),
    }
}

/// Bits written as DEFLATE packs them: values from the lowest bit, Huffman codes from the highest.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u32,
    count: u32,
}

impl Bits {
    fn put(&mut self, value: u32, n: u32) {
        self.acc |= value << self.count;
        self.count += n;
        while self.count >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.count -= 8;
        }
    }
    fn code(&mut self, code: u32, len: u32) {
        let reversed = (0..len).fold(0, |r, i| (r << 1) | ((code >> i) & 1));
        self.put(reversed, len);
    }
    fn literal(&mut self, b: u8) {
        match b {
            0..=143 => self.code(0x30 + u32::from(b), 8),
            _ => self.code(0x190 + u32::from(b - 144), 9),
        }
    }
    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}
