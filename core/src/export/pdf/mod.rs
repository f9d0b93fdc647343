//! PDF files made without any outside program: the outline set on A4 pages in DejaVu Sans
//! (embedded as subsets, so Finnish, Swedish and Sámi letters print and copy right), with
//! bookmarks for the headings, clickable links, page numbers, title and language.

mod font;
mod layout;

pub use font::{Font, FontError};

use super::outline::Outline;
use layout::{Face, Op, PAGE_H, PAGE_W};
use std::collections::{BTreeMap, BTreeSet};

/// A PDF text string: UTF-16BE with a byte-order mark, in hex.
fn text_string(s: &str) -> String {
    let mut out = String::from("<FEFF");
    for u in s.encode_utf16() {
        out.push_str(&format!("{u:04X}"));
    }
    out.push('>');
    out
}

/// A URI as a PDF string: ASCII, with parentheses and backslashes escaped.
fn uri_string(url: &str) -> String {
    let mut out = String::from("(");
    for b in url.bytes() {
        match b {
            b'(' | b')' | b'\\' => {
                out.push('\\');
                out.push(b as char);
            }
            0x21..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out.push(')');
    out
}

fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Objects of the file, numbered from 1.
#[derive(Default)]
struct Objects(Vec<Vec<u8>>);

impl Objects {
    fn reserve(&mut self) -> usize {
        self.0.push(Vec::new());
        self.0.len()
    }
    fn set(&mut self, id: usize, body: impl Into<Vec<u8>>) {
        self.0[id - 1] = body.into();
    }
    fn add(&mut self, body: impl Into<Vec<u8>>) -> usize {
        let id = self.reserve();
        self.set(id, body);
        id
    }
    fn stream(&mut self, dict: &str, data: &[u8]) -> usize {
        let mut body = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
        body.extend(data);
        body.extend(b"\nendstream");
        self.add(body)
    }
    fn finish(self, root: usize, info: usize) -> Vec<u8> {
        let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in self.0.iter().enumerate() {
            offsets.push(out.len());
            out.extend(format!("{} 0 obj\n", i + 1).bytes());
            out.extend(body);
            out.extend(b"\nendobj\n");
        }
        let xref = out.len();
        out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", self.0.len() + 1).bytes());
        for o in offsets {
            out.extend(format!("{o:010} 00000 n \n").bytes());
        }
        out.extend(
            format!(
                "trailer\n<< /Size {} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                self.0.len() + 1
            )
            .bytes(),
        );
        out
    }
}

/// The glyphs a face uses, with the characters they stand for.
#[derive(Default)]
struct Used(BTreeMap<u16, char>);

fn embed(objects: &mut Objects, font: &Font, used: &Used, name: &str) -> usize {
    let scale = 1000.0 / f32::from(font.units_per_em);
    let glyphs: BTreeSet<u16> = used.0.keys().copied().collect();
    let subset = font.subset(&glyphs);
    let file = objects.stream(&format!("/Length1 {}", subset.len()), &subset);
    let [x0, y0, x1, y1] = font.bbox.map(|v| (f32::from(v) * scale) as i32);
    let descriptor = objects.add(format!(
        "<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{x0} {y0} {x1} {y1}] /ItalicAngle 0 /Ascent {} /Descent {} /CapHeight {} /StemV 80 /FontFile2 {file} 0 R >>",
        (f32::from(font.ascent) * scale) as i32,
        (f32::from(font.descent) * scale) as i32,
        (f32::from(font.ascent) * scale * 0.73) as i32,
    ));
    let widths: String = used
        .0
        .keys()
        .map(|g| format!("{g} [{}] ", (f32::from(font.advance(*g)) * scale).round() as i32))
        .collect();
    let cid = objects.add(format!(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /W [{widths}] /CIDToGIDMap /Identity >>"
    ));
    let mut cmap = String::from("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    let pairs: Vec<(&u16, &char)> = used.0.iter().collect();
    for chunk in pairs.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (g, c) in chunk {
            let hex: String = c.encode_utf16(&mut [0; 2]).iter().map(|u| format!("{u:04X}")).collect();
            cmap.push_str(&format!("<{g:04X}> <{hex}>\n"));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend");
    let to_unicode = objects.stream("", cmap.as_bytes());
    objects.add(format!("<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>"))
}

/// Renders the outline as a PDF with the given DejaVu Sans regular and bold font files.
pub fn render(outline: &Outline, regular: &[u8], bold: &[u8]) -> Result<Vec<u8>, FontError> {
    let regular = Font::parse(regular.to_vec())?;
    let bold = Font::parse(bold.to_vec())?;
    let mut laid = layout::layout(outline, &regular, &bold);
    let total = laid.pages.len();
    let words = outline.lang.words();
    for (n, page) in laid.pages.iter_mut().enumerate() {
        let label = format!("{} {} / {total}", words.page, n + 1);
        let x = PAGE_W / 2.0 - regular.width(&label, 8.5) / 2.0;
        page.ops.push(Op::Text {
            x,
            y: 32.0,
            size: 8.5,
            face: Face::Regular,
            italic: false,
            color: [0.35; 3],
            text: label,
        });
    }
    // Which glyphs each face uses.
    let (mut used_regular, mut used_bold) = (Used::default(), Used::default());
    for op in laid.pages.iter().flat_map(|p| &p.ops) {
        if let Op::Text { face, text, .. } = op {
            let (font, used) = match face {
                Face::Regular => (&regular, &mut used_regular),
                Face::Bold => (&bold, &mut used_bold),
            };
            for c in text.chars() {
                used.0.entry(font.glyph(c)).or_insert(c);
            }
        }
    }
    let mut objects = Objects::default();
    let catalog = objects.reserve();
    let pages_id = objects.reserve();
    let f1 = embed(&mut objects, &regular, &used_regular, "MUISTA+DejaVuSans");
    let f2 = embed(&mut objects, &bold, &used_bold, "MUISTB+DejaVuSans-Bold");
    let mut page_ids = Vec::new();
    for page in &laid.pages {
        let mut content = String::new();
        for op in &page.ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    face,
                    italic,
                    color,
                    text,
                } => {
                    let (font, name) = match face {
                        Face::Regular => (&regular, "F1"),
                        Face::Bold => (&bold, "F2"),
                    };
                    let hex: String = text.chars().map(|c| format!("{:04X}", font.glyph(c))).collect();
                    let shear = if *italic { "0.2" } else { "0" };
                    content.push_str(&format!(
                        "BT /{name} {} Tf {} {} {} rg 1 0 {shear} 1 {} {} Tm <{hex}> Tj ET\n",
                        num(*size),
                        num(color[0]),
                        num(color[1]),
                        num(color[2]),
                        num(*x),
                        num(*y)
                    ));
                }
                Op::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    gray,
                } => {
                    content.push_str(&format!(
                        "{} G {} w {} {} m {} {} l S\n",
                        num(*gray),
                        num(*width),
                        num(*x1),
                        num(*y1),
                        num(*x2),
                        num(*y2)
                    ));
                }
                Op::Rect { x, y, w, h, color } => {
                    content.push_str(&format!(
                        "{} {} {} rg {} {} {} {} re f\n",
                        num(color[0]),
                        num(color[1]),
                        num(color[2]),
                        num(*x),
                        num(*y),
                        num(*w),
                        num(*h)
                    ));
                }
            }
        }
        let stream = objects.stream("", content.as_bytes());
        let annots: Vec<String> = page
            .links
            .iter()
            .map(|([a, b, c, d], url)| {
                let id = objects.add(format!(
                    "<< /Type /Annot /Subtype /Link /Rect [{} {} {} {}] /Border [0 0 0] /A << /S /URI /URI {} >> >>",
                    num(*a),
                    num(*b),
                    num(*c),
                    num(*d),
                    uri_string(url)
                ));
                format!("{id} 0 R")
            })
            .collect();
        let page_id = objects.add(format!(
            "<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {} {}] /Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {stream} 0 R /Annots [{}] >>",
            num(PAGE_W),
            num(PAGE_H),
            annots.join(" ")
        ));
        page_ids.push(page_id);
    }
    let kids: String = page_ids.iter().map(|id| format!("{id} 0 R ")).collect();
    objects.set(
        pages_id,
        format!("<< /Type /Pages /Kids [{kids}] /Count {} >>", page_ids.len()),
    );
    // Bookmarks: one per heading, in order.
    let outlines = objects.reserve();
    let marks: Vec<usize> = laid.bookmarks.iter().map(|_| objects.reserve()).collect();
    for (i, (title, page, y)) in laid.bookmarks.iter().enumerate() {
        let prev = i
            .checked_sub(1)
            .map(|p| format!("/Prev {} 0 R ", marks[p]))
            .unwrap_or_default();
        let next = marks.get(i + 1).map(|n| format!("/Next {n} 0 R ")).unwrap_or_default();
        objects.set(
            marks[i],
            format!(
                "<< /Title {} /Parent {outlines} 0 R {prev}{next}/Dest [{} 0 R /XYZ 0 {} null] >>",
                text_string(title),
                page_ids[*page],
                num(*y)
            ),
        );
    }
    match (marks.first(), marks.last()) {
        (Some(first), Some(last)) => objects.set(
            outlines,
            format!(
                "<< /Type /Outlines /First {first} 0 R /Last {last} 0 R /Count {} >>",
                marks.len()
            ),
        ),
        _ => objects.set(outlines, "<< /Type /Outlines /Count 0 >>"),
    }
    let lang = outline.lang.tag();
    objects.set(catalog, format!("<< /Type /Catalog /Pages {pages_id} 0 R /Outlines {outlines} 0 R /PageMode /UseOutlines /Lang ({lang}) /ViewerPreferences << /DisplayDocTitle true >> >>"));
    let info = objects.add(format!(
        "<< /Title {} /Producer (Muistio) /Creator (Muistio) >>",
        text_string(&outline.title)
    ));
    Ok(objects.finish(catalog, info))
}

/// The document as a PDF file, named like the other exports.
pub fn export(doc: &crate::model::Minutes, regular: &[u8], bold: &[u8]) -> Result<super::Exported, FontError> {
    let bytes = render(&super::outline::outline(doc), regular, bold)?;
    Ok(super::Exported {
        name: super::file_name(doc, "pdf"),
        mime: "application/pdf",
        bytes,
    })
}
