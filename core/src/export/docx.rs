//! Word documents (Office Open XML, ISO/IEC 29500) from the outline: title, heading styles,
//! tables with header rows, real hyperlinks, bullet lists, marked decisions and actions, the
//! document's title and language in its properties — and the draft itself inside, so that
//! Muistio can open the file again exactly.

use super::outline::{Block, Mark, Outline};
use super::style::{self, twips};
use super::template::{compact, fill};
use crate::model::{Rich, Span};
use crate::xml::escape;
use crate::zip::ZipWriter;

/// Collects hyperlinks as document relationships while runs are written.
struct Body {
    xml: String,
    links: Vec<String>,
}

impl Body {
    fn runs(&mut self, text: &Rich) -> String {
        let mut out = String::new();
        for span in text.spans() {
            let (props, content) = match span {
                Span::Text(s) => ("", s.as_str()),
                Span::Bold(s) => ("<w:b/>", s.as_str()),
                Span::Italic(s) => ("<w:i/>", s.as_str()),
                Span::Link { text, url } if super::html::safe_url(url) => {
                    self.links.push(url.trim().to_string());
                    let id = format!("rIdLink{}", self.links.len());
                    out.push_str(&format!(
                        r#"<w:hyperlink r:id="{id}">{}</w:hyperlink>"#,
                        run(r#"<w:rStyle w:val="Hyperlink"/>"#, text)
                    ));
                    continue;
                }
                Span::Link { text, .. } => ("", text.as_str()),
            };
            out.push_str(&run(props, content));
        }
        out
    }

    fn para(&mut self, style: Option<&str>, extra: &str, runs: &str) {
        let style = style.map(|s| format!(r#"<w:pStyle w:val="{s}"/>"#)).unwrap_or_default();
        self.xml
            .push_str(&format!("<w:p><w:pPr>{style}{extra}</w:pPr>{runs}</w:p>"));
    }

    fn table(&mut self, head: &[String], widths: &[u8], rows: &[Vec<Rich>]) {
        // The text width of an A4 page with these margins, in twentieths of a point.
        let grid: String = widths
            .iter()
            .map(|w| format!(r#"<w:gridCol w:w="{}"/>"#, twips(style::TEXT_W) * i32::from(*w) / 100))
            .collect();
        let first_row = u8::from(!head.is_empty());
        let look = format!(
            r#"<w:tblLook w:val="04A0" w:firstRow="{first_row}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>"#
        );
        let props =
            format!(r#"<w:tblPr><w:tblStyle w:val="Taulukko"/><w:tblW w:w="5000" w:type="pct"/>{look}</w:tblPr>"#);
        let mut t = format!("<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>");
        if !head.is_empty() {
            t.push_str(r#"<w:tr><w:trPr><w:tblHeader/></w:trPr>"#);
            for h in head {
                t.push_str(&format!(
                    r#"<w:tc><w:p><w:pPr><w:keepNext/></w:pPr>{}</w:p></w:tc>"#,
                    run("<w:b/>", h)
                ));
            }
            t.push_str("</w:tr>");
        }
        for row in rows {
            t.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for cell in row {
                let runs = self.runs(cell);
                t.push_str(&format!("<w:tc><w:p>{runs}</w:p></w:tc>"));
            }
            t.push_str("</w:tr>");
        }
        t.push_str("</w:tbl>");
        self.xml.push_str(&t);
        self.para(None, "", "");
    }
}

/// One run of text; line breaks become `<w:br/>`.
fn run(props: &str, text: &str) -> String {
    let props = if props.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{props}</w:rPr>")
    };
    let parts: Vec<String> = text
        .split('\n')
        .map(|p| format!(r#"<w:t xml:space="preserve">{}</w:t>"#, escape(p)))
        .collect();
    format!("<w:r>{props}{}</w:r>", parts.join("<w:br/>"))
}

fn document(outline: &Outline) -> (String, Vec<String>) {
    let mut b = Body {
        xml: String::new(),
        links: Vec::new(),
    };
    for block in &outline.blocks {
        match block {
            Block::Kind(kind) | Block::Subtitle(kind) => b.para(Some("Asiakirja"), "", &run("", kind)),
            Block::Title(title) => b.para(Some("Title"), "", &run("", title)),
            Block::Facts(facts) => {
                // The header table: label and value, no header row.
                let rows: Vec<Vec<Rich>> = facts
                    .iter()
                    .map(|(k, v)| vec![Rich::from(vec![Span::Bold(format!("{k}:"))]), Rich::plain(v)])
                    .collect();
                b.table(&[], &[18, 82], &rows);
            }
            Block::Heading { level, text } => b.para(
                Some(if *level <= 2 { "Heading1" } else { "Heading2" }),
                "",
                &run("", text),
            ),
            Block::Paragraph(text) => {
                let runs = b.runs(text);
                b.para(None, "", &runs);
            }
            Block::List(items) => {
                for item in items {
                    let runs = b.runs(item);
                    b.para(
                        Some("ListBullet"),
                        r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#,
                        &runs,
                    );
                }
            }
            Block::Table { head, widths, rows } => b.table(head, widths, rows),
            Block::Marked { mark, label, text } => {
                let style = match mark {
                    Mark::Decision => "Paatos",
                    Mark::Action => "Tehtava",
                    Mark::Attachment => "Liite",
                    Mark::Proposal => "Ehdotus",
                    Mark::Vote => "Aanestys",
                    Mark::Dissent => "Eriava",
                };
                let runs = format!("{}{}", run("<w:b/>", &format!("{label}: ")), b.runs(text));
                b.para(Some(style), "", &runs);
            }
            Block::Signatures { heading, lines } => {
                b.para(Some("Heading1"), "<w:keepNext/>", &run("", heading));
                for (role, name) in lines {
                    let who = if name.is_empty() {
                        role.clone()
                    } else {
                        format!("{name}, {role}")
                    };
                    b.para(Some("Allekirjoitus"), "<w:keepNext/>", "");
                    let line = format!(
                        r#"<w:pBdr><w:top w:val="single" w:sz="{}" w:space="1" w:color="{}"/></w:pBdr><w:ind w:right="{}"/>"#,
                        eighths(style::SIGN_RULE),
                        style::TEXT.hex(),
                        twips(style::TEXT_W - style::SIGNATURE_LINE),
                    );
                    b.para(Some("Allekirjoitus"), &line, &run("", &who));
                }
            }
        }
    }
    let page = [
        ("page_w", style::PAGE_W),
        ("page_h", style::PAGE_H),
        ("margin_top", style::MARGIN_TOP),
        ("margin_bottom", style::MARGIN_BOTTOM),
        ("margin_side", style::MARGIN_SIDE),
    ];
    let mut values: Vec<(&str, String)> = page.map(|(k, v)| (k, twips(v).to_string())).into();
    values.push(("body", b.xml));
    let xml = fill(include_str!("templates/docx/document.xml"), &values);
    (xml, b.links)
}

/// Eighths of a point, as Word measures borders.
fn eighths(pt: f32) -> String {
    ((pt * 8.0).round() as i32).to_string()
}

/// The styles part: the shared style in Word's units (sizes in half points, spacing in
/// twentieths of a point).
fn styles(lang: &str) -> String {
    let half = |pt: f32| ((pt * 2.0).round() as i32).to_string();
    let tw = |pt: f32| twips(pt).to_string();
    let mut values: Vec<(String, String)> = [
        ("lang", lang.to_string()),
        ("text", style::TEXT.hex()),
        ("muted", style::MUTED.hex()),
        ("link", style::LINK.hex()),
        ("rule", style::RULE.hex()),
        ("shade", style::SHADE.hex()),
        ("body", half(style::BODY)),
        ("title", half(style::TITLE)),
        ("heading", half(style::HEADING)),
        ("subheading", half(style::SUBHEADING)),
        ("kind_tracking", tw(style::KIND_TRACKING)),
        ("mark_bar", eighths(style::MARK_BAR)),
        ("mark_gap", (style::MARK_GAP.round() as i32).to_string()),
        ("mark_indent", tw(style::MARK_BAR + style::MARK_GAP)),
        ("cell_pad", tw(style::CELL_PAD)),
        ("head_rule", eighths(style::HEAD_RULE)),
        ("row_rule", eighths(style::ROW_RULE)),
        ("line", ((240.0 * style::LINE_SPACING).round() as i32).to_string()),
    ]
    .map(|(k, v)| (k.to_string(), v))
    .into();
    values.extend(style::spaces(tw));
    values.extend(style::MARKS.map(|m| (m.class().to_string(), style::mark(m).hex())));
    fill(include_str!("templates/docx/styles.xml"), &values)
}

/// The document as a .docx file; `draft_json` (the saved form) goes inside.
pub fn render(outline: &Outline, draft_json: &str) -> Vec<u8> {
    let lang = outline.lang.tag();
    let (body, links) = document(outline);
    let link_rels: String = links
        .iter()
        .enumerate()
        .map(|(i, url)| {
            let kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
            let (n, url) = (i + 1, escape(url));
            format!(r#"<Relationship Id="rIdLink{n}" Type="{kind}" Target="{url}" TargetMode="External"/>"#)
        })
        .collect();
    let mut zip = ZipWriter::new();
    zip.add(
        "[Content_Types].xml",
        compact(include_str!("templates/docx/content_types.xml")).as_bytes(),
    );
    zip.add(
        "_rels/.rels",
        compact(include_str!("templates/docx/package.rels")).as_bytes(),
    );
    let title = escape(&outline.title);
    let core = fill(
        include_str!("templates/docx/core.xml"),
        &[("title", title.as_str()), ("lang", lang)],
    );
    zip.add("docProps/core.xml", core.as_bytes());
    zip.add(
        "docProps/app.xml",
        compact(include_str!("templates/docx/app.xml")).as_bytes(),
    );
    let rels = fill(
        include_str!("templates/docx/document.xml.rels"),
        &[("links", link_rels)],
    );
    zip.add("word/_rels/document.xml.rels", rels.as_bytes());
    zip.add("word/document.xml", body.as_bytes());
    zip.add("word/styles.xml", styles(lang).as_bytes());
    let indent = twips(style::LIST_INDENT).to_string();
    let numbering = fill(include_str!("templates/docx/numbering.xml"), &[("list_indent", indent)]);
    zip.add("word/numbering.xml", numbering.as_bytes());
    zip.add(crate::format::DRAFT_PART, draft_json.as_bytes());
    zip.finish()
}
