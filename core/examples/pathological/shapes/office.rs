//! Word and OpenDocument files of pathological shape: real zips, some of them bombs.

use super::zips::{bomb_entry, docx, docx_links, odt, raw_zip, zip, Raw, DOCX_HEAD, DOCX_TAIL, ODT_HEAD, ODT_TAIL};
use super::{fill, Shape};

/// The shapes of office files.
pub fn shapes() -> Vec<Shape> {
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
            what: "a Word part full of `&`, more than a memo holds",
            build: |n| {
                let xml = fill(
                    &format!("{DOCX_HEAD}<w:p><w:r><w:t>"),
                    "&",
                    &format!("</w:t></w:r></w:p>{DOCX_TAIL}"),
                    n + n / 2,
                );
                zip(&[("word/document.xml", &xml)], false)
            },
            refused: true,
        },
        Shape {
            name: "docx-entities",
            what: "a Word part of character references, some broken, more than a memo holds",
            build: |n| {
                let unit = "&#228;&amp;&#x;&#99999999999;&lt&";
                let xml = fill(
                    &format!("{DOCX_HEAD}<w:p><w:r><w:t>"),
                    unit,
                    &format!("</w:t></w:r></w:p>{DOCX_TAIL}"),
                    n * 2,
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
