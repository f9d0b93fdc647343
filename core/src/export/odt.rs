//! OpenDocument text (ODF 1.3, ISO/IEC 26300) from the outline, for offices that run
//! LibreOffice only: the same sections as the Word file, heading styles with outline levels,
//! tables with header rows, links, lists, title and language in the metadata, and the draft
//! inside.

use super::outline::{Block, Mark, Outline};
use super::style;
use super::template::{compact, fill};
use crate::model::{Rich, Span};
use crate::xml::escape;
use crate::zip::ZipWriter;

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

/// A table cell holding one paragraph; the cell's style and the paragraph's share a name.
fn cell(style: &str, text: &str) -> String {
    let paragraph = format!(r#"<text:p text:style-name="{style}">{text}</text:p>"#);
    format!(r#"<table:table-cell table:style-name="{style}" office:value-type="string">{paragraph}</table:table-cell>"#)
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
            let cells: String = head.iter().map(|h| cell("Otsikkosolu", &plain(h))).collect();
            format!("<table:table-header-rows><table:table-row>{cells}</table:table-row></table:table-header-rows>")
        }
    };
    let rows: String = rows
        .iter()
        .map(|r| {
            let cells: String = r.iter().map(|c| cell("Solu", &inline(c))).collect();
            format!("<table:table-row>{cells}</table:table-row>")
        })
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
        .map(|w| {
            let width = style::cm(style::TEXT_W * f32::from(*w) / 100.0);
            let props = format!(r#"<style:table-column-properties style:column-width="{width}"/>"#);
            format!(r#"<style:style style:name="Sarake{w}" style:family="table-column">{props}</style:style>"#)
        })
        .collect();
    let values = [
        ("columns", columns),
        ("body", body),
        ("text_w", style::cm(style::TEXT_W)),
        ("cell_pad", style::cm(style::CELL_PAD)),
        ("head_rule", style::pt(style::HEAD_RULE)),
        ("row_rule", style::pt(style::ROW_RULE)),
        ("text", style::TEXT.css()),
        ("rule", style::RULE.css()),
    ];
    fill(include_str!("templates/odt/content.xml"), &values)
}

fn styles(outline: &Outline) -> String {
    let (lang, country) = outline.lang.tag().split_once('-').unwrap_or(("fi", "FI"));
    let mut values: Vec<(String, String)> = [
        ("lang", lang.to_string()),
        ("country", country.to_string()),
        ("text", style::TEXT.css()),
        ("muted", style::MUTED.css()),
        ("shade", style::SHADE.css()),
        ("body", style::pt(style::BODY)),
        ("title", style::pt(style::TITLE)),
        ("heading", style::pt(style::HEADING)),
        ("subheading", style::pt(style::SUBHEADING)),
        ("kind_tracking", style::pt(style::KIND_TRACKING)),
        ("mark_bar", style::pt(style::MARK_BAR)),
        ("mark_gap", style::pt(style::MARK_GAP)),
        ("sign_rule", style::pt(style::SIGN_RULE)),
        ("line", format!("{}%", (100.0 * style::LINE_SPACING).round())),
        ("signature_right", style::cm(style::TEXT_W - style::SIGNATURE_LINE)),
        ("list_indent", style::cm(style::LIST_INDENT)),
        ("page_w", style::cm(style::PAGE_W)),
        ("page_h", style::cm(style::PAGE_H)),
        ("margin_top", style::cm(style::MARGIN_TOP)),
        ("margin_bottom", style::cm(style::MARGIN_BOTTOM)),
        ("margin_side", style::cm(style::MARGIN_SIDE)),
    ]
    .map(|(k, v)| (k.to_string(), v))
    .into();
    values.extend(style::spaces(style::cm));
    values.extend(style::MARKS.map(|m| (m.class().to_string(), style::mark(m).css())));
    fill(include_str!("templates/odt/styles.xml"), &values)
}

/// The document as an .odt file; `draft_json` (the saved form) goes inside.
pub fn render(outline: &Outline, draft_json: &str) -> Vec<u8> {
    let mut zip = ZipWriter::new();
    // ODF: the media type comes first, stored, so that a file's kind can be read at a fixed place.
    zip.add_stored("mimetype", b"application/vnd.oasis.opendocument.text");
    zip.add(
        "META-INF/manifest.xml",
        compact(include_str!("templates/odt/manifest.xml")).as_bytes(),
    );
    let (title, lang) = (escape(&outline.title), outline.lang.tag());
    let meta = fill(
        include_str!("templates/odt/meta.xml"),
        &[("title", title.as_str()), ("lang", lang)],
    );
    zip.add("meta.xml", meta.as_bytes());
    zip.add("styles.xml", styles(outline).as_bytes());
    zip.add("content.xml", content(outline).as_bytes());
    zip.add(crate::format::DRAFT_PART, draft_json.as_bytes());
    zip.finish()
}
