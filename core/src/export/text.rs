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
