//! OpenDocument text (ODF 1.3, ISO/IEC 26300) from the outline, for offices that run
//! LibreOffice only: the same sections as the Word file, heading styles with outline levels,
//! tables with header rows, links, lists, title and language in the metadata, and the draft
//! inside.

use super::outline::{Block, Mark, Outline};
use crate::model::{Rich, Span};
use crate::xml::escape;
use crate::zip::ZipWriter;

const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3""#;

/// Inline text: spans, links, line breaks; runs of spaces kept.
fn inline(text: &Rich) -> String {
    let mut out = String::new();
    for span in text.spans() {
        let piece = match span {
            Span::Text(s) => plain(s),
            Span::Bold(s) => format!(r#"<text:span text:style-name="Lihava">{}</text:span>"#, plain(s)),
            Span::Italic(s) => format!(r#"<text:span text:style-name="Kursiivi">{}</text:span>"#, plain(s)),
            Span::Link { text, url } if super::html::safe_url(url) => {
                format!(
                    r#"<text:a xlink:type="simple" xlink:href="{}">{}</text:a>"#,
                    escape(url.trim()),
                    plain(text)
                )
            }
            Span::Link { text, .. } => plain(text),
        };
        out.push_str(&piece);
    }
    out
}

/// Text with line breaks, tabs and runs of spaces as ODF writes them.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut spaces = 0;
    for c in text.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces > 0 {
            out.push(' ');
            if spaces > 1 {
                out.push_str(&format!(r#"<text:s text:c="{}"/>"#, spaces - 1));
            }
            spaces = 0;
        }
        match c {
            '\n' => out.push_str("<text:line-break/>"),
            '\t' => out.push_str("<text:tab/>"),
            c => out.push_str(&escape(&c.to_string())),
        }
    }
    if spaces > 0 {
        out.push_str(&format!(r#"<text:s text:c="{spaces}"/>"#));
    }
    out
}

/// A table; a header row when `head` has cells.
fn table(n: usize, head: &[String], widths: &[u8], rows: &[Vec<Rich>]) -> String {
    let cols: String = widths
        .iter()
        .map(|w| format!(r#"<table:table-column table:style-name="Sarake{w}"/>"#))
        .collect();
    let head: String = match head.is_empty() {
        true => String::new(),
        false => {
            let cells: String = head.iter().map(|h| format!(r#"<table:table-cell table:style-name="Solu" office:value-type="string"><text:p text:style-name="Otsikkosolu">{}</text:p></table:table-cell>"#, plain(h))).collect();
            format!("<table:table-header-rows><table:table-row>{cells}</table:table-row></table:table-header-rows>")
        }
    };
    let rows: String = rows
        .iter()
        .map(|r| format!("<table:table-row>{}</table:table-row>", r.iter().map(|c| format!(r#"<table:table-cell table:style-name="Solu" office:value-type="string"><text:p text:style-name="Solu">{}</text:p></table:table-cell>"#, inline(c))).collect::<String>()))
        .collect();
    format!(r#"<table:table table:name="Taulukko{n}" table:style-name="Taulukko">{cols}{head}{rows}</table:table>"#)
}

fn content(outline: &Outline) -> String {
    let mut body = String::new();
    let mut tables = 0;
    for block in &outline.blocks {
        let xml = match block {
            Block::Kind(kind) | Block::Subtitle(kind) => {
                format!(r#"<text:p text:style-name="Asiakirja">{}</text:p>"#, plain(kind))
            }
            Block::Title(title) => format!(
                r#"<text:h text:style-name="Title" text:outline-level="1">{}</text:h>"#,
                plain(title)
            ),
            Block::Facts(facts) => {
                // The header table: label and value, no header row.
                tables += 1;
                let rows: Vec<Vec<Rich>> = facts
                    .iter()
                    .map(|(k, v)| vec![Rich::from(vec![Span::Bold(format!("{k}:"))]), Rich::plain(v)])
                    .collect();
                table(tables, &[], &[18, 82], &rows)
            }
            Block::Heading { level, text } => {
                let (style, level) = if *level <= 2 {
                    ("Heading_20_1", 2)
                } else {
                    ("Heading_20_2", 3)
                };
                format!(
                    r#"<text:h text:style-name="{style}" text:outline-level="{level}">{}</text:h>"#,
                    plain(text)
                )
            }
            Block::Paragraph(text) => format!(r#"<text:p text:style-name="Standard">{}</text:p>"#, inline(text)),
            Block::List(items) => {
                let items: String = items
                    .iter()
                    .map(|i| {
                        format!(
                            r#"<text:list-item><text:p text:style-name="Luettelo">{}</text:p></text:list-item>"#,
                            inline(i)
                        )
                    })
                    .collect();
                format!(r#"<text:list text:style-name="Pallot">{items}</text:list>"#)
            }
            Block::Table { head, widths, rows } => {
                tables += 1;
                table(tables, head, widths, rows)
            }
            Block::Marked { mark, label, text } => {
                let style = match mark {
                    Mark::Decision => "Paatos",
                    Mark::Action => "Tehtava",
                    Mark::Attachment => "Liite",
                    Mark::Proposal => "Ehdotus",
                    Mark::Vote => "Aanestys",
                    Mark::Dissent => "Eriava",
                };
                format!(
                    r#"<text:p text:style-name="{style}"><text:span text:style-name="Lihava">{}: </text:span>{}</text:p>"#,
                    plain(label),
                    inline(text)
                )
            }
            Block::Signatures { heading, lines } => {
                let mut s = format!(
                    r#"<text:h text:style-name="Heading_20_1" text:outline-level="2">{}</text:h>"#,
                    plain(heading)
                );
                for (role, name) in lines {
                    let who = if name.is_empty() {
                        role.clone()
                    } else {
                        format!("{name}, {role}")
                    };
                    s.push_str(&format!(
                        r#"<text:p text:style-name="Allekirjoitus">{}</text:p>"#,
                        plain(&who)
                    ));
                }
                s
            }
        };
        body.push_str(&xml);
    }
    // One column style per share of the width used by the outline's tables.
    let columns: String = [18u8, 20, 25, 40, 55, 60, 82]
        .iter()
        .map(|w| format!(r#"<style:style style:name="Sarake{w}" style:family="table-column"><style:table-column-properties style:column-width="{:.2}cm"/></style:style>"#, 17.0 * f32::from(*w) / 100.0))
        .collect();
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}><office:automatic-styles><style:style style:name="Lihava" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="Kursiivi" style:family="text"><style:text-properties fo:font-style="italic"/></style:style><style:style style:name="Taulukko" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>{columns}<style:style style:name="Solu" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border-bottom="0.02cm solid #c9d0d8"/></style:style></office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"##
    )
}

fn styles(outline: &Outline) -> String {
    let (lang, country) = outline.lang.tag().split_once('-').unwrap_or(("fi", "FI"));
    let para = |name: &str, display: &str, props: &str, text: &str| {
        format!(
            r#"<style:style style:name="{name}" style:display-name="{display}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties {props}/><style:text-properties {text}/></style:style>"#
        )
    };
    let marked = |name: &str, display: &str, color: &str| {
        para(
            name,
            display,
            &format!(
                r##"fo:background-color="#f3f5f7" fo:border-left="0.1cm solid {color}" fo:padding-left="0.2cm" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm""##
            ),
            "",
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/></office:font-face-decls><office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="{lang}" fo:country="{country}"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/></style:style><style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style><style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>{kind}{fact}{list}{head}{cell}{decision}{action}{attachment}{proposal}{vote}{dissent}{sign}</office:styles><office:automatic-styles><style:page-layout style:name="Sivu"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Sivu"/></office:master-styles></office:document-styles>"#,
        kind = para(
            "Asiakirja",
            "Asiakirjan laji",
            r#"fo:margin-bottom="0cm""#,
            r##"fo:font-weight="bold" fo:letter-spacing="0.05cm" fo:color="#4a525c""##
        ),
        fact = para("Tieto", "Perustieto", r#"fo:margin-bottom="0.05cm""#, ""),
        list = para("Luettelo", "Luettelo", r#"fo:margin-bottom="0.1cm""#, ""),
        head = para(
            "Otsikkosolu",
            "Taulukon otsikko",
            r#"fo:margin-bottom="0cm""#,
            r#"fo:font-weight="bold""#
        ),
        cell = para("Solu", "Taulukon solu", r#"fo:margin-bottom="0cm""#, ""),
        decision = marked("Paatos", "Päätös", "#0b5cab"),
        action = marked("Tehtava", "Tehtävä", "#1d6b35"),
        attachment = marked("Liite", "Liite", "#808080"),
        proposal = marked("Ehdotus", "Päätösehdotus", "#5b3e96"),
        vote = marked("Aanestys", "Äänestys", "#7a4b00"),
        dissent = marked("Eriava", "Eriävä mielipide", "#8a1c1c"),
        sign = para(
            "Allekirjoitus",
            "Allekirjoitus",
            r##"fo:margin-top="1.5cm" fo:border-top="0.03cm solid #000000" fo:margin-right="9cm""##,
            ""
        ),
    ) + ""
}

const LIST_STYLE: &str = r#"<text:list-style style:name="Pallot"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>"#;

/// The document as an .odt file; `draft_json` (the saved form) goes inside.
pub fn render(outline: &Outline, draft_json: &str) -> Vec<u8> {
    let mut zip = ZipWriter::new();
    // ODF: the media type comes first, stored, so that a file's kind can be read at a fixed place.
    zip.add_stored("mimetype", b"application/vnd.oasis.opendocument.text");
    zip.add(
        "META-INF/manifest.xml",
        br#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="muistio/draft.json" manifest:media-type="application/json"/></manifest:manifest>"#,
    );
    let lang = outline.lang.tag();
    zip.add(
        "meta.xml",
        format!(r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta><dc:title>{}</dc:title><dc:language>{lang}</dc:language><meta:generator>Muistio</meta:generator></office:meta></office:document-meta>"#, escape(&outline.title)).as_bytes(),
    );
    let styles = styles(outline).replace("</office:styles>", &format!("{LIST_STYLE}</office:styles>"));
    zip.add("styles.xml", styles.as_bytes());
    zip.add("content.xml", content(outline).as_bytes());
    zip.add(crate::format::DRAFT_PART, draft_json.as_bytes());
    zip.finish()
}
