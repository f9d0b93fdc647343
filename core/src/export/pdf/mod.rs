//! PDF files made without any outside program: the outline set on A4 pages in DejaVu Sans
//! (embedded as subsets, so Finnish, Swedish and Sámi letters print and copy right), with
//! bookmarks for the headings, clickable links, page numbers, title and language — and tagged
//! (a structure tree in reading order, XMP metadata), aiming at PDF/UA-1.

mod content;
mod font;
mod layout;
mod meta;
mod objects;
mod syntax;
mod tags;
#[cfg(test)]
mod tests;
mod words;

pub use font::{Font, FontError};

use super::outline::Outline;
use content::Shown;
use layout::{Face, Op, PAGE_H, PAGE_W};
use objects::Objects;
use std::collections::{BTreeMap, BTreeSet};
use syntax::{num, text_string, uri_string};

/// The glyphs a face uses, with the characters they stand for.
#[derive(Default)]
struct Used(BTreeMap<u16, char>);

impl Used {
    /// Notes the glyphs of `text`. A letter the font lacks is drawn as the replacement
    /// character, which stands for itself (the letter is given as actual text instead).
    fn note(&mut self, font: &Font, text: &str) {
        for c in text.chars() {
            if font.has(c) {
                self.0.entry(font.glyph(c)).or_insert(c);
            } else {
                self.0.insert(font.glyph(c), '\u{FFFD}');
            }
        }
    }
}

/// The start of a ToUnicode character map.
const CMAP_HEAD: &str = concat!(
    "/CIDInit /ProcSet findresource begin\n",
    "12 dict begin\n",
    "begincmap\n",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n",
    "/CMapName /Adobe-Identity-UCS def\n",
    "/CMapType 2 def\n",
    "1 begincodespacerange\n",
    "<0000> <FFFF>\n",
    "endcodespacerange\n",
);

fn embed(objects: &mut Objects, font: &Font, used: &Used, name: &str) -> usize {
    let scale = 1000.0 / f32::from(font.units_per_em);
    let glyphs: BTreeSet<u16> = used.0.keys().copied().collect();
    let subset = font.subset(&glyphs);
    let file = objects.packed(&format!("/Length1 {}", subset.len()), &subset);
    let [x0, y0, x1, y1] = font.bbox.map(|v| (f32::from(v) * scale) as i32);
    let descriptor = objects.add(format!(
        "<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{x0} {y0} {x1} {y1}] /ItalicAngle 0 \
         /Ascent {} /Descent {} /CapHeight {} /StemV 80 /FontFile2 {file} 0 R >>",
        (f32::from(font.ascent) * scale) as i32,
        (f32::from(font.descent) * scale) as i32,
        (f32::from(font.ascent) * scale * 0.73) as i32,
    ));
    let widths: String = used
        .0
        .keys()
        .map(|g| format!("{g} [{}] ", font.advance_1000(*g)))
        .collect();
    let cid = objects.add(format!(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} \
         /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
         /FontDescriptor {descriptor} 0 R /W [{widths}] /CIDToGIDMap /Identity >>"
    ));
    let mut cmap = String::from(CMAP_HEAD);
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
    let to_unicode = objects.packed("", cmap.as_bytes());
    objects.add(format!(
        "<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cid} 0 R] \
         /ToUnicode {to_unicode} 0 R >>"
    ))
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
        let size = crate::export::style::FOOTER;
        let x = PAGE_W / 2.0 - regular.width(&label, size) / 2.0;
        page.ops.push(Op::Text {
            x,
            y: 32.0,
            size,
            face: Face::Regular,
            italic: false,
            color: crate::export::style::MUTED.unit(),
            text: label,
            tag: None,
        });
    }
    // Which glyphs each face uses.
    let (mut used_regular, mut used_bold) = (Used::default(), Used::default());
    for op in laid.pages.iter().flat_map(|p| &p.ops) {
        if let Op::Text { face, text, .. } = op {
            match face {
                Face::Regular => used_regular.note(&regular, text),
                Face::Bold => used_bold.note(&bold, text),
            }
        }
    }
    let mut objects = Objects::default();
    let catalog = objects.reserve();
    let pages_id = objects.reserve();
    let f1 = embed(&mut objects, &regular, &used_regular, "MUISTA+DejaVuSans");
    let f2 = embed(&mut objects, &bold, &used_bold, "MUISTB+DejaVuSans-Bold");
    let faces = [
        Shown {
            font: &regular,
            resource: "F1",
            unicode: &used_regular.0,
        },
        Shown {
            font: &bold,
            resource: "F2",
            unicode: &used_bold.0,
        },
    ];
    let mut written = Vec::new();
    let mut annot_key = laid.pages.len();
    for (n, page) in laid.pages.iter().enumerate() {
        let content = content::page(&page.ops, &faces, |t| laid.tree.nodes[t].role);
        let stream = objects.packed("", &content.data);
        let mut annots = Vec::new();
        for ([a, b, c, d], url) in &page.links {
            let id = objects.add(format!(
                "<< /Type /Annot /Subtype /Link /Rect [{} {} {} {}] /Border [0 0 0] /Contents {} \
                 /StructParent {annot_key} /A << /S /URI /URI {} >> >>",
                num(*a),
                num(*b),
                num(*c),
                num(*d),
                text_string(url),
                uri_string(url)
            ));
            annots.push((id, annot_key));
            annot_key += 1;
        }
        let refs: Vec<String> = annots.iter().map(|(id, _)| format!("{id} 0 R")).collect();
        let page_id = objects.add(format!(
            "<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {} {}] \
             /Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {stream} 0 R /Annots [{}] \
             /StructParents {n} /Tabs /S >>",
            num(PAGE_W),
            num(PAGE_H),
            refs.join(" ")
        ));
        written.push(tags::Written {
            id: page_id,
            mcids: content.mcids,
            annots,
        });
    }
    let page_ids: Vec<usize> = written.iter().map(|w| w.id).collect();
    let kids: String = page_ids.iter().map(|id| format!("{id} 0 R ")).collect();
    objects.set(
        pages_id,
        format!("<< /Type /Pages /Kids [{kids}] /Count {} >>", page_ids.len()),
    );
    let structure = tags::write(&laid.tree, &written, &mut objects);
    let outlines = bookmarks(&mut objects, &laid.bookmarks, &page_ids);
    let lang = outline.lang.tag();
    let metadata = objects.stream(
        "/Type /Metadata /Subtype /XML",
        meta::xmp(&outline.title, lang).as_bytes(),
    );
    objects.set(
        catalog,
        format!(
            "<< /Type /Catalog /Pages {pages_id} 0 R /Outlines {outlines} 0 R /PageMode /UseOutlines /Lang ({lang}) \
             /ViewerPreferences << /DisplayDocTitle true >> /MarkInfo << /Marked true >> \
             /StructTreeRoot {structure} 0 R /Metadata {metadata} 0 R >>"
        ),
    );
    let info = objects.add(format!(
        "<< /Title {} /Producer (Muistio) /Creator (Muistio) >>",
        text_string(&outline.title)
    ));
    Ok(objects.finish(catalog, info))
}

/// Writes the bookmarks, one per heading in order; returns the outline dictionary.
fn bookmarks(objects: &mut Objects, marks: &[(String, usize, f32)], page_ids: &[usize]) -> usize {
    let outlines = objects.reserve();
    let ids: Vec<usize> = marks.iter().map(|_| objects.reserve()).collect();
    for (i, (title, page, y)) in marks.iter().enumerate() {
        let prev = i
            .checked_sub(1)
            .map(|p| format!("/Prev {} 0 R ", ids[p]))
            .unwrap_or_default();
        let next = ids.get(i + 1).map(|n| format!("/Next {n} 0 R ")).unwrap_or_default();
        objects.set(
            ids[i],
            format!(
                "<< /Title {} /Parent {outlines} 0 R {prev}{next}/Dest [{} 0 R /XYZ 0 {} null] >>",
                text_string(title),
                page_ids[*page],
                num(*y)
            ),
        );
    }
    match (ids.first(), ids.last()) {
        (Some(first), Some(last)) => objects.set(
            outlines,
            format!(
                "<< /Type /Outlines /First {first} 0 R /Last {last} 0 R /Count {} >>",
                ids.len()
            ),
        ),
        _ => objects.set(outlines, "<< /Type /Outlines /Count 0 >>"),
    }
    outlines
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

/// The characters of `doc` that the regular font `regular` has no glyph for, each once, in the
/// order they first appear in the PDF's text (spaces and control characters left out). The PDF
/// draws each as � and keeps the real character as actual text, so copying still gives it.
pub fn unsupported(doc: &crate::model::Minutes, regular: &[u8]) -> Result<Vec<char>, FontError> {
    let font = Font::parse(regular.to_vec())?;
    let laid = layout::layout(&super::outline::outline(doc), &font, &font);
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for op in laid.pages.iter().flat_map(|p| &p.ops) {
        if let Op::Text { text, .. } = op {
            for c in text.chars() {
                if !font.has(c) && !c.is_whitespace() && !c.is_control() && seen.insert(c) {
                    out.push(c);
                }
            }
        }
    }
    Ok(out)
}
