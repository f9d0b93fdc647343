//! Plain text, for the body of an e-mail: the outline with underlined headings, links written
//! out, and no markup.

use super::outline::{Block, Outline};
use crate::model::{Rich, Span};

fn inline(text: &Rich) -> String {
    text.spans()
        .iter()
        .map(|s| match s {
            Span::Link { text, url } if url.trim().is_empty() || url.trim() == "#" || text == url => text.clone(),
            Span::Link { text, url } => format!("{text} <{url}>"),
            other => other.text().to_string(),
        })
        .collect()
}

fn underline(text: &str, ch: char) -> String {
    format!("{text}\n{}", ch.to_string().repeat(text.chars().count().max(3)))
}

/// Renders the outline as plain text, ending in one newline.
pub fn render(outline: &Outline) -> String {
    let mut out: Vec<String> = Vec::new();
    for block in &outline.blocks {
        out.push(match block {
            Block::Kind(kind) | Block::Subtitle(kind) => kind.clone(),
            Block::Title(title) => underline(title, '='),
            Block::Facts(facts) => facts
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Heading { level: 2, text } => underline(text, '-'),
            Block::Heading { text, .. } => text.clone(),
            Block::Paragraph(text) => inline(text),
            Block::List(items) => items
                .iter()
                .map(|i| format!("- {}", inline(i).replace('\n', "\n  ")))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Table { rows, .. } => rows
                .iter()
                .map(|cells| {
                    let cells: Vec<String> = cells.iter().map(inline).filter(|c| !c.is_empty()).collect();
                    format!("- {}", cells.join(" – "))
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Marked { label, text, .. } => format!("{label}: {}", inline(text)),
            Block::Signatures { heading, lines } => {
                let mut s = heading.clone();
                for (role, name) in lines {
                    let signer = if name.is_empty() {
                        role.clone()
                    } else {
                        format!("{name}, {role}")
                    };
                    s.push_str(&format!("\n\n\n______________________________\n{signer}"));
                }
                s
            }
        });
    }
    out.join("\n\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::outline::outline;
    use crate::model::Ids;

    #[test]
    fn an_email_body() {
        let doc = crate::import::text(
            include_str!("../../tests/fixtures/hallitus-muistio.md"),
            &mut Ids::seeded(1),
        );
        let text = render(&outline(&doc));
        assert!(text.starts_with("MUISTIO\n\nPohjoisen valokuvakeskuksen hallituksen kokous\n==="));
        assert!(text.contains("\nAika: 3.2.2026 klo 17.30–19.15\nPaikka: kokoushuone Revontuli"));
        assert!(text.contains("\n- Eero Juhani Mäkelä – Lapin ammattikorkeakoulu, mediakoulutus\n"));
        assert!(
            !text.contains("[näyttelysuunnitelman]")
                && text.contains("näyttelysuunnitelman <https://example.org/nayttelyt>")
        );
        assert!(text.contains("\nEero: Kuinka paljon opiskelijatöitä mahtuu kevään ohjelmaan? Saana: Kaksi viikkoa"));
        assert!(text.contains("\nTehtävä (Liisa, 13.3.2026): Kokoaa avustushakemuksen"));
        assert!(text.contains("Tehtävät\n--------\n\n- Liisa – Kokoaa avustushakemuksen"));
    }
}
