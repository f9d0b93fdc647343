//! A standalone HTML file: one file with its styles inline, readable in any browser, printable,
//! accessible (language, title, headings, table headers), and carrying the draft itself so that
//! Muistio can open it again exactly.

use super::outline::{Block, Outline};
use super::style;
use crate::format::DRAFT_SCRIPT;
use crate::model::{Rich, Span};

/// Escapes text for HTML (as for XML: markup characters, and the control characters XML forbids).
pub use crate::xml::escape;

/// Addresses that may be links, on the page and in a document sent to others: web addresses
/// and e-mail addresses only (never `javascript:`, `data:`, `file:` or anything else).
pub fn safe_url(url: &str) -> bool {
    let u = url.trim().to_lowercase();
    ["https://", "http://", "mailto:"].iter().any(|s| u.starts_with(s))
}

fn inline(text: &Rich) -> String {
    let mut out = String::new();
    for span in text.spans() {
        let piece = match span {
            Span::Text(s) => escape(s),
            Span::Bold(s) => format!("<strong>{}</strong>", escape(s)),
            Span::Italic(s) => format!("<em>{}</em>", escape(s)),
            Span::Link { text, url } if safe_url(url) => {
                format!(r#"<a href="{}">{}</a>"#, escape(url.trim()), escape(text))
            }
            Span::Link { text, .. } => escape(text),
        };
        out.push_str(&piece);
    }
    out.replace('\n', "<br>\n")
}

/// The page's style sheet: the shared style as CSS custom properties, then the rules that use
/// them (`templates/page.css`).
fn style_sheet() -> String {
    let mut values: Vec<(String, String)> = [
        ("text", style::TEXT.css()),
        ("muted", style::MUTED.css()),
        ("link", style::LINK.css()),
        ("rule", style::RULE.css()),
        ("shade", style::SHADE.css()),
        ("title", style::rem(style::TITLE)),
        ("heading", style::rem(style::HEADING)),
        ("subheading", style::rem(style::SUBHEADING)),
        ("kind-tracking", style::rem(style::KIND_TRACKING)),
        ("cell-pad", style::rem(style::CELL_PAD)),
        ("head-rule", style::pt(style::HEAD_RULE)),
        ("row-rule", style::pt(style::ROW_RULE)),
        ("mark-bar", style::pt(style::MARK_BAR)),
        ("mark-gap", style::rem(style::MARK_GAP)),
        ("sign-rule", style::pt(style::SIGN_RULE)),
        ("signature-line", style::cm(style::SIGNATURE_LINE)),
    ]
    .map(|(k, v)| (k.to_string(), v))
    .into();
    values.extend(
        style::spaces(style::rem)
            .into_iter()
            .map(|(k, v)| (k.replace('_', "-"), v)),
    );
    values.extend(style::MARKS.map(|m| (m.class().to_string(), style::mark(m).css())));
    let vars: String = values.iter().map(|(k, v)| format!("--{k}:{v};")).collect();
    let page = [style::MARGIN_TOP, style::MARGIN_SIDE, style::MARGIN_BOTTOM].map(style::cm);
    format!(
        ":root{{{vars}}}\n@page{{size:A4;margin:{}}}\n{}",
        page.join(" "),
        include_str!("templates/page.css")
    )
}

/// Renders the outline as a standalone HTML page; `draft_json` (the saved form) is embedded.
pub fn render(outline: &Outline, draft_json: &str) -> String {
    let mut body = String::new();
    for block in &outline.blocks {
        let html = match block {
            Block::Kind(kind) | Block::Subtitle(kind) => format!(r#"<p class="kind">{}</p>"#, escape(kind)),
            Block::Title(title) => format!("<h1>{}</h1>", escape(title)),
            Block::Facts(facts) => {
                let rows: String = facts
                    .iter()
                    .map(|(k, v)| format!("<dt>{}</dt><dd>{}</dd>", escape(k), escape(v)))
                    .collect();
                format!("<dl>{rows}</dl>")
            }
            Block::Heading { level, text } => format!("<h{level}>{}</h{level}>", escape(text)),
            Block::Paragraph(text) => format!("<p>{}</p>", inline(text)),
            Block::List(items) => format!(
                "<ul>{}</ul>",
                items
                    .iter()
                    .map(|i| format!("<li>{}</li>", inline(i)))
                    .collect::<String>()
            ),
            Block::Table { head, widths, rows } => {
                let head: String = head
                    .iter()
                    .zip(widths)
                    .map(|(h, w)| format!(r#"<th scope="col" style="width:{w}%">{}</th>"#, escape(h)))
                    .collect();
                let rows: String = rows
                    .iter()
                    .map(|r| {
                        format!(
                            "<tr>{}</tr>",
                            r.iter().map(|c| format!("<td>{}</td>", inline(c))).collect::<String>()
                        )
                    })
                    .collect();
                format!("<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
            }
            Block::Marked { mark, label, text } => {
                let class = mark.class();
                format!(
                    r#"<p class="mark {class}"><strong>{}:</strong> {}</p>"#,
                    escape(label),
                    inline(text)
                )
            }
            Block::Signatures { heading, lines } => {
                let sigs: String = lines
                    .iter()
                    .map(|(role, name)| {
                        let who = if name.is_empty() {
                            escape(role)
                        } else {
                            format!("{}, {}", escape(name), escape(role))
                        };
                        format!(r#"<span class="sig">{who}</span>"#)
                    })
                    .collect();
                format!(
                    r#"<section class="signatures"><h2>{}</h2>{sigs}</section>"#,
                    escape(heading)
                )
            }
        };
        body.push_str(&html);
        body.push('\n');
    }
    // Inside a script element only "</" could end it early; JSON allows "<" as \u003c.
    let json = draft_json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Muistio\">\n<title>{title}</title>\n<style>{css}</style>\n\
         {DRAFT_SCRIPT}{json}</script>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        lang = outline.lang.code(),
        title = escape(&outline.title),
        css = style_sheet(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_inert() {
        assert_eq!(
            escape("<script>alert('x')</script>&\u{1}"),
            "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;"
        );
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" data:text/html,x"));
        assert!(!safe_url("tel:+358401234567") && !safe_url("file:///etc/passwd") && !safe_url("vbscript:x"));
        assert!(safe_url(" HTTPS://x.fi") && safe_url("mailto:ida@x.fi"));
    }
}
