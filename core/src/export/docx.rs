//! Word documents (Office Open XML, ISO/IEC 29500) from the outline: title, heading styles,
//! tables with header rows, real hyperlinks, bullet lists, marked decisions and actions, the
//! document's title and language in its properties — and the draft itself inside, so that
//! Muistio can open the file again exactly.

use super::outline::{Block, Mark, Outline};
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
            .map(|w| format!(r#"<w:gridCol w:w="{}"/>"#, 9638 * u32::from(*w) / 100))
            .collect();
        let first_row = u8::from(!head.is_empty());
        let mut t = format!(
            r#"<w:tbl><w:tblPr><w:tblStyle w:val="Taulukko"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="{first_row}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"#
        );
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
                    b.para(Some("Allekirjoitus"), r#"<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:ind w:right="4500"/>"#, &run("", &who));
                }
            }
        }
    }
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
        b.xml
    );
    (xml, b.links)
}

fn styles(lang: &str) -> String {
    let para = |id: &str, name: &str, ppr: &str, rpr: &str| {
        format!(
            r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#
        )
    };
    let heading = |id: &str, name: &str, level: u8, size: u8| {
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="{level}"/></w:pPr><w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr></w:style>"#
        )
    };
    let marked = |id: &str, name: &str, color: &str| {
        para(
            id,
            name,
            &format!(
                r#"<w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="{color}"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F3F5F7"/><w:ind w:left="170"/>"#
            ),
            "",
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:eastAsia="Liberation Sans" w:cs="Liberation Sans"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>{h1}{h2}{kind}{fact}{list}{decision}{action}{attachment}{proposal}{vote}{dissent}{sign}<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0B5CAB"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="table" w:styleId="Taulukko"><w:name w:val="Taulukko"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="C9D0D8"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#,
        h1 = heading("Heading1", "heading 1", 0, 28),
        h2 = heading("Heading2", "heading 2", 1, 24),
        kind = para(
            "Asiakirja",
            "Asiakirjan laji",
            r#"<w:spacing w:after="0"/>"#,
            r#"<w:b/><w:caps/><w:spacing w:val="20"/><w:color w:val="4A525C"/>"#
        ),
        fact = para("Tieto", "Perustieto", r#"<w:spacing w:after="40"/>"#, ""),
        list = para(
            "ListBullet",
            "List Bullet",
            r#"<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>"#,
            ""
        ),
        decision = marked("Paatos", "Päätös", "0B5CAB"),
        action = marked("Tehtava", "Tehtävä", "1D6B35"),
        attachment = marked("Liite", "Liite", "808080"),
        proposal = marked("Ehdotus", "Päätösehdotus", "5B3E96"),
        vote = marked("Aanestys", "Äänestys", "7A4B00"),
        dissent = marked("Eriava", "Eriävä mielipide", "8A1C1C"),
        sign = para(
            "Allekirjoitus",
            "Allekirjoitus",
            r#"<w:spacing w:before="600" w:after="0"/>"#,
            ""
        ),
    )
}

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

/// The document as a .docx file; `draft_json` (the saved form) goes inside.
pub fn render(outline: &Outline, draft_json: &str) -> Vec<u8> {
    let lang = outline.lang.tag();
    let (body, links) = document(outline);
    let link_rels: String = links
        .iter()
        .enumerate()
        .map(|(i, url)| format!(r#"<Relationship Id="rIdLink{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{}" TargetMode="External"/>"#, i + 1, escape(url)))
        .collect();
    let mut zip = ZipWriter::new();
    zip.add(
        "[Content_Types].xml",
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="json" ContentType="application/json"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#,
    );
    zip.add(
        "_rels/.rels",
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId4" Type="https://muistio.invalid/relationships/draft" Target="muistio/draft.json"/></Relationships>"#,
    );
    zip.add(
        "docProps/core.xml",
        format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:language>{lang}</dc:language></cp:coreProperties>"#, escape(&outline.title)).as_bytes(),
    );
    zip.add(
        "docProps/app.xml",
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Muistio</Application></Properties>"#,
    );
    zip.add(
        "word/_rels/document.xml.rels",
        format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>{link_rels}</Relationships>"#).as_bytes(),
    );
    zip.add("word/document.xml", body.as_bytes());
    zip.add("word/styles.xml", styles(lang).as_bytes());
    zip.add("word/numbering.xml", NUMBERING.as_bytes());
    zip.add(crate::format::DRAFT_PART, draft_json.as_bytes());
    zip.finish()
}
