//! Inputs of pathological shape, each built at about `n` bytes: texts that once made a reader
//! scan the rest of its input per character, line or span, and office files (real zips) that
//! are bombs, overlap, nest without end or ask for absurd amounts. Shared by the
//! `pathological` example and `tests/pathological.rs`.
#![allow(dead_code)]

use flate2::write::DeflateEncoder;
use flate2::Compression;
use muistio_core::zip::{crc32, ZipWriter};
use std::io::Write;

/// One shape: a name, what it is, and how to build it at about `n` bytes.
pub struct Shape {
    /// Short name, for the command line and the report.
    pub name: &'static str,
    /// What it stresses.
    pub what: &'static str,
    /// Builds the input at about `n` bytes.
    pub build: fn(usize) -> Vec<u8>,
    /// True when the reader must refuse it (a bomb, not a meeting).
    pub refused: bool,
}

/// `unit` repeated after `head` until the whole is about `n` bytes, then `tail`.
fn fill(head: &str, unit: &str, tail: &str, n: usize) -> Vec<u8> {
    let mut s = String::with_capacity(n + head.len() + tail.len());
    s.push_str(head);
    while s.len() + unit.len() + tail.len() <= n.max(head.len() + unit.len() + tail.len()) {
        s.push_str(unit);
    }
    s.push_str(tail);
    s.into_bytes()
}

/// The start of a memo, so that what follows is the body of item 1.
const MEMO: &str = "Kokous\n\nMUISTIO\n\nAika: 14.11.2025 klo 9.00–11.30\n\n1. Asia\n\n";

fn text_shapes() -> Vec<Shape> {
    vec![
        Shape {
            name: "unclosed-bracket",
            what: "a paragraph of `[` that never close",
            build: |n| fill(MEMO, "[a ", "\n", n),
            refused: false,
        },
        Shape {
            name: "link-angle",
            what: "`[x](<` repeated, an address in angle brackets that never ends",
            build: |n| fill(MEMO, "[x](<", "\n", n),
            refused: false,
        },
        Shape {
            name: "link-paren",
            what: "`[x](a` repeated, an address that never ends",
            build: |n| fill(MEMO, "[x](a", "\n", n),
            refused: false,
        },
        Shape {
            name: "link-nested",
            what: "`[x](a(` repeated: parentheses inside addresses that never close",
            build: |n| fill(MEMO, "[x](a(", "\n", n),
            refused: false,
        },
        Shape {
            name: "many-lt",
            what: "a paragraph of `<`",
            build: |n| fill(MEMO, "<", "\n", n),
            refused: false,
        },
        Shape {
            name: "autolink-open",
            what: "`<https://a` repeated, autolinks that never close",
            build: |n| fill(MEMO, "<https://a", "\n", n),
            refused: false,
        },
        Shape {
            name: "entity-open",
            what: "`&#1` repeated: character references without `;`",
            build: |n| fill(MEMO, "&#1", "\n", n),
            refused: false,
        },
        Shape {
            name: "italic-open",
            what: "`*a ` repeated: italics that never close",
            build: |n| fill(MEMO, "*a ", "\n", n),
            refused: false,
        },
        Shape {
            name: "bold-open",
            what: "`**a ` repeated: bold that never closes",
            build: |n| fill(MEMO, "**a ", "\n", n),
            refused: false,
        },
        Shape {
            name: "bold-blank",
            what: "whitespace-only bold and italic spans, alternating (span tidying)",
            build: |n| fill(MEMO, "**&#32;***&#32;*", "\n", n),
            refused: false,
        },
        Shape {
            name: "escapes",
            what: "a run of backslashes and escaped markup",
            build: |n| fill(MEMO, "\\\\\\*\\[\\<\\&#", "\n", n),
            refused: false,
        },
        Shape {
            name: "long-item",
            what: "one bullet of tens of thousands of lines (hard breaks)",
            build: |n| fill(&format!("{MEMO}- alku\\\n"), "rivi\\\n", "loppu\n", n),
            refused: false,
        },
        Shape {
            name: "many-paragraphs",
            what: "one item of hundreds of thousands of short paragraphs",
            build: |n| fill(MEMO, "a\n\n", "", n),
            refused: false,
        },
        Shape {
            name: "many-lines",
            what: "a paste of short lines without blank lines (line mode)",
            build: |n| fill(MEMO, "Ida: hei\n", "", n),
            refused: false,
        },
        Shape {
            name: "bullet-lines",
            what: "a paragraph of bullet-like lines joined by hard breaks (Markdown escaping)",
            build: |n| fill(&format!("{MEMO}Teksti\\\n"), "- b\\\n", "loppu\n", n),
            refused: false,
        },
        Shape {
            name: "heading-lines",
            what: "a paragraph of heading- and entry-like lines joined by hard breaks",
            build: |n| fill(&format!("{MEMO}Teksti\\\n"), "1. Ida: Päätös: x\\\n", "loppu\n", n),
            refused: false,
        },
        Shape {
            name: "alternating-lists",
            what: "hundreds of thousands of one-item lists in a row",
            build: |n| fill(MEMO, "- a\n* b\n", "", n),
            refused: false,
        },
        Shape {
            name: "many-items",
            what: "hundreds of thousands of numbered items",
            build: |n| {
                let mut s = String::from("Kokous\n\nMUISTIO\n\n");
                let mut k = 0;
                while s.len() + 16 <= n {
                    k += 1;
                    s.push_str(&format!("{k}. A\n\n"));
                }
                s.into_bytes()
            },
            refused: false,
        },
        Shape {
            name: "many-attendees",
            what: "an attendee table of hundreds of thousands of rows",
            build: |n| {
                fill(
                    "Kokous\n\nMUISTIO\n\nPaikalla:\n\n",
                    "Ida\tA\tB, pj.\n",
                    "\n1. Asia\n\nx\n",
                    n,
                )
            },
            refused: false,
        },
        Shape {
            name: "many-decisions",
            what: "decisions and actions, each repeated in the summaries",
            build: |n| fill(MEMO, "Päätös: a\n\nTehtävä (A, 1.2.2026): b\n\n", "", n),
            refused: false,
        },
        Shape {
            name: "colons",
            what: "a paragraph that must be escaped, with a million colons",
            build: |n| fill(&format!("{MEMO}Päätös\\: "), ":", "\n", n),
            refused: false,
        },
        Shape {
            name: "replies",
            what: "one statement with tens of thousands of replies",
            build: |n| fill(&format!("{MEMO}Ida: alku"), " **Minna:** vastaus", "\n", n),
            refused: false,
        },
        Shape {
            name: "long-word",
            what: "one word of two megabytes (line breaking in the PDF)",
            build: |n| fill(MEMO, "a", "\n", n),
            refused: false,
        },
        Shape {
            name: "realistic",
            what: "a long meeting of ordinary statements, lists and links",
            build: |n| {
                let unit = "Ida: Keskusteltiin strategian toimeenpanosta ja [rahoituksesta](https://example.org/r) – \
                            alueen toimijat ovat *mukana*. **Minna:** Totta, 5 < 7 & <https://example.org>.\n\n\
                            - ensimmäinen nosto\n- toinen nosto\n\nPäätös: Hyväksyttiin.\n\n";
                fill(MEMO, unit, "", n)
            },
            refused: false,
        },
        Shape {
            name: "html-paragraph",
            what: "a realistic HTML paragraph pasted from a word processor",
            build: |n| {
                let unit = concat!(
                    r#"<span style="font-family:Calibri;mso-ansi-language:FI">Keskusteltiin strategian toimeenpanosta &amp; "#,
                    r#"rahoituksesta (ks. <a href="https://example.org/r">liite [1]</a>) &ndash; alueen toimijat ovat "#,
                    r#"<b>mukana</b>, 5 &lt; 7 ja *tärkeä* huomio.</span> "#
                );
                fill(
                    "<!DOCTYPE html><html><head><style>p{}</style></head><body><h1>Kokous</h1><p><b>Ida:</b> ",
                    unit,
                    "</p></body></html>",
                    n,
                )
            },
            refused: false,
        },
        Shape {
            name: "html-lt",
            what: "an HTML page whose text is `a < b` repeated (no tag ever closes)",
            build: |n| fill("<html><body><p>", "a < b ", "</p></body></html>", n),
            refused: false,
        },
        Shape {
            name: "json-spans",
            what: "a saved draft: one paragraph of alternating spans full of markup",
            build: |n| {
                let unit =
                    r#"{"bold":"- a: "},{"italic":"*[x"},{"link":{"text":"](<","url":"(a b"}},{"text":"\n1. Ida: "},"#;
                envelope(
                    &fill(
                        r#"{"id":1,"kind":"paragraph","text":["#,
                        unit,
                        r#"{"text":"."}]}"#,
                        n - 400,
                    ),
                    "Kokous",
                )
            },
            refused: false,
        },
        Shape {
            name: "json-replies",
            what: "a saved draft: one statement of tens of thousands of replies",
            build: |n| {
                let unit = r#"{"speaker":"Minna:","text":[{"text":"**Ida:** ja\n- b"}]},"#;
                let head = r#"{"id":1,"kind":"statement","speaker":"Ida","text":[{"text":"alku"}],"replies":["#;
                envelope(&fill(head, unit, r#"{"speaker":"X","text":[]}]}"#, n - 400), "Kokous")
            },
            refused: false,
        },
        Shape {
            name: "json-bullets",
            what: "a saved draft: one list of a hundred thousand items that look like markup",
            build: |n| {
                let unit = r#"[{"text":"1. Päätös: - x\n# y"}],"#;
                envelope(
                    &fill(r#"{"id":1,"kind":"bullets","items":["#, unit, r#"[]]}"#, n - 400),
                    "Kokous",
                )
            },
            refused: false,
        },
        Shape {
            name: "json-title",
            what: "a saved draft whose title is two megabytes",
            build: |n| {
                let title = String::from_utf8(fill("", "Hallituksen *kokous* [1] ", "", n - 400)).expect("text");
                envelope(br#"{"id":1,"kind":"paragraph","text":[{"text":"a"}]}"#, &title)
            },
            refused: false,
        },
        Shape {
            name: "json-deep",
            what: "a saved draft nested a million levels deep",
            build: |n| fill("{\"format\":\"muistio\",\"version\":1,\"minutes\":", "[", "", n),
            refused: true,
        },
    ]
}

/// A saved draft of one item holding `entries` (JSON objects, comma-separated), titled `title`.
fn envelope(entries: &[u8], title: &str) -> Vec<u8> {
    let mut out = format!(
        r#"{{"format":"muistio","version":1,"saved_at":0,"minutes":{{"header":{{"title":"{title}","kind":"memo","lang":"fi","#
    );
    out.push_str(r#""date":"2025-11-14"},"attendees":[],"items":[{"id":7,"title":"Asia","entries":["#);
    out.push_str(std::str::from_utf8(entries).expect("text"));
    out.push_str("]}]}}");
    out.into_bytes()
}

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
    let mut e = DeflateEncoder::new(Vec::new(), Compression::best());
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

const DOCX_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w" xmlns:r="r"><w:body>"#;
const DOCX_TAIL: &str = "</w:body></w:document>";
const ODT_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content><office:body><office:text>"#;
const ODT_TAIL: &str = "</office:text></office:body></office:document-content>";

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
fn docx_links(count: usize) -> Vec<u8> {
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
fn bomb_entry(name: &str, head: &str, byte: u8, size: usize) -> Raw {
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

fn office_shapes() -> Vec<Shape> {
    vec![
        Shape {
            name: "odt-space-run",
            what: "a 200-byte OpenDocument file whose space run counts four billion",
            build: |_| {
                odt(format!(r#"{ODT_HEAD}<text:p>a<text:s text:c="4000000000"/>b</text:p>{ODT_TAIL}"#).as_bytes())
            },
            refused: false,
        },
        Shape {
            name: "odt-spaces",
            what: "space runs of a thousand, over and over: text beyond the memo limit",
            build: |n| {
                let xml = fill(
                    &format!("{ODT_HEAD}<text:p>"),
                    r#"a<text:s text:c="1000"/>"#,
                    &format!("</text:p>{ODT_TAIL}"),
                    n,
                );
                zip(&[("content.xml", &xml)], false)
            },
            refused: true,
        },
        Shape {
            name: "odt-heading-level",
            what: "headings of outline level 4000000000 and 255",
            build: |n| {
                let unit =
                    r#"<text:h text:outline-level="4000000000">a</text:h><text:h text:outline-level="255">b</text:h>"#;
                let xml = fill(ODT_HEAD, unit, ODT_TAIL, n);
                zip(&[("content.xml", &xml)], false)
            },
            refused: false,
        },
        Shape {
            name: "docx-heading-level",
            what: "paragraphs in style heading255 (a level one past the largest byte)",
            build: |n| {
                let unit = r#"<w:p><w:pPr><w:pStyle w:val="heading255"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>"#;
                docx(&fill(DOCX_HEAD, unit, DOCX_TAIL, n), b"")
            },
            refused: false,
        },
        Shape {
            name: "docx-amp",
            what: "a Word part full of `&`",
            build: |n| {
                let xml = fill(
                    &format!("{DOCX_HEAD}<w:p><w:r><w:t>"),
                    "&",
                    &format!("</w:t></w:r></w:p>{DOCX_TAIL}"),
                    n,
                );
                zip(&[("word/document.xml", &xml)], false)
            },
            refused: true,
        },
        Shape {
            name: "docx-entities",
            what: "a Word part of character references, some broken",
            build: |n| {
                let unit = "&#228;&amp;&#x;&#99999999999;&lt&";
                let xml = fill(
                    &format!("{DOCX_HEAD}<w:p><w:r><w:t>"),
                    unit,
                    &format!("</w:t></w:r></w:p>{DOCX_TAIL}"),
                    n,
                );
                zip(&[("word/document.xml", &xml)], false)
            },
            refused: true,
        },
        Shape {
            name: "docx-links",
            what: "a Word file with tens of thousands of links (one per 40 bytes of the size)",
            build: |n| docx_links(n / 40),
            refused: false,
        },
        Shape {
            name: "docx-links-many",
            what: "a Word file with ninety thousand links, more text than a memo holds",
            build: |n| docx_links(n / 24),
            refused: true,
        },
        Shape {
            name: "docx-paragraphs",
            what: "a Word file of short paragraphs, deflated",
            build: |n| {
                let unit = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Ida:</w:t></w:r><w:r><w:t xml:space=\"preserve\"> hei</w:t></w:r></w:p>";
                let xml = fill(DOCX_HEAD, unit, DOCX_TAIL, n * 3);
                docx(&xml, b"")
            },
            refused: false,
        },
        Shape {
            name: "docx-tags",
            what: "a Word part that is one unclosed tag, and one of unclosed comments",
            build: |n| {
                let xml = fill(
                    &format!("{DOCX_HEAD}<w:p><w:r><w:t>a</w:t></w:r></w:p><!--"),
                    "<!-- <a ",
                    "",
                    n,
                );
                zip(&[("word/document.xml", &xml)], false)
            },
            refused: false,
        },
        Shape {
            name: "docx-deep",
            what: "XML nested hundreds of thousands of levels deep",
            build: |n| {
                let xml = fill(DOCX_HEAD, "<w:p>", "", n);
                zip(&[("word/document.xml", &xml)], false)
            },
            refused: true,
        },
        Shape {
            name: "docx-attributes",
            what: "one element with hundreds of thousands of attributes",
            build: |n| {
                let xml = fill(&format!("{DOCX_HEAD}<w:p "), r#"a="1" "#, "/>", n);
                zip(&[("word/document.xml", &xml)], false)
            },
            refused: true,
        },
        Shape {
            name: "zip-bomb",
            what: "a deflate bomb: 200 MB of one letter in a Word part",
            build: |_| {
                let e = bomb_entry(
                    "word/document.xml",
                    &format!("{DOCX_HEAD}<w:p><w:r><w:t>"),
                    b'a',
                    200 << 20,
                );
                raw_zip(&[e], &[("word/document.xml", 0)])
            },
            refused: true,
        },
        Shape {
            name: "zip-bomb-lying",
            what: "a deflate bomb whose directory claims a small size",
            build: |_| {
                let mut e = bomb_entry(
                    "word/document.xml",
                    &format!("{DOCX_HEAD}<w:p><w:r><w:t>"),
                    b'a',
                    200 << 20,
                );
                e.size = 1000;
                raw_zip(&[e], &[("word/document.xml", 0)])
            },
            refused: true,
        },
        Shape {
            name: "zip-stored-huge",
            what: "a stored (not packed) part larger than any meeting",
            build: |n| {
                let xml = fill(&format!("{DOCX_HEAD}<w:p><w:r><w:t>"), "a", "", n.max(1 << 20) * 12);
                zip(&[("word/document.xml", &xml)], false)
            },
            refused: true,
        },
        Shape {
            name: "zip-overlap",
            what: "directory rows that all point at one packed part (overlapping entries)",
            build: |_| {
                let e = bomb_entry(
                    "word/document.xml",
                    &format!("{DOCX_HEAD}<w:p><w:r><w:t>"),
                    b'a',
                    6 << 20,
                );
                let rows = [
                    "muistio/draft.json",
                    "word/document.xml",
                    "word/_rels/document.xml.rels",
                    "content.xml",
                ];
                raw_zip(&[e], &rows.map(|name| (name, 0)))
            },
            refused: true,
        },
        Shape {
            name: "zip-entries",
            what: "65535 entries in the directory",
            build: |_| {
                let entries: Vec<Raw> = (0..0xFFFF)
                    .map(|i| Raw {
                        name: format!("x/{i}"),
                        method: 0,
                        crc: 0,
                        size: 0,
                        packed: Vec::new(),
                    })
                    .collect();
                let rows: Vec<(&str, usize)> = entries.iter().enumerate().map(|(i, e)| (e.name.as_str(), i)).collect();
                raw_zip(&entries, &rows)
            },
            refused: true,
        },
        Shape {
            name: "draft-large",
            what: "a Word file carrying a draft larger than the memo limit",
            build: |n| {
                let json = fill(
                    r#"{"format":"muistio","version":1,"minutes":{"header":{"title":""#,
                    "a",
                    r#""}}}"#,
                    n.max(1 << 20) * 2,
                );
                zip(&[("muistio/draft.json", &json)], true)
            },
            refused: true,
        },
    ]
}

/// Every shape: texts first, then office files.
pub fn all() -> Vec<Shape> {
    let mut shapes = text_shapes();
    shapes.extend(office_shapes());
    shapes
}
