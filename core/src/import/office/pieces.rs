//! An office file's blocks as pieces: the lines each is as text, which the memo's head and
//! its signatures are read from, and what it gives the body's block builder.

use super::blocks::Block;
use crate::import::{Feed, Piece};

/// The document as pieces: each block's lines, as the memo reader would read them as
/// text, and what it gives the body's builder. Headings are leveled by what the document
/// uses: its title (a title style, or a single top heading before any other) is `#`, the
/// next level its items (`##`), any deeper `###`.
pub fn of(blocks: Vec<Block>) -> Vec<Piece> {
    let levels = blocks.iter().filter_map(|b| match b {
        Block::Heading { level, .. } if *level > 0 => Some(*level),
        _ => None,
    });
    let top = levels.clone().min().unwrap_or(1);
    let has_title = blocks.iter().any(|b| matches!(b, Block::Heading { level: 0, .. }));
    let first_is_lone_top = levels.clone().next() == Some(top) && levels.filter(|l| *l == top).count() == 1;
    let title_by_level = !has_title && first_is_lone_top;
    let mut out = Vec::new();
    let mut table = People(false);
    for block in blocks {
        match block {
            Block::Heading { level, text } => {
                let rank = match level {
                    0 => 1,
                    l if title_by_level => (l - top + 1).min(3),
                    l => (l - top + 2).min(3),
                };
                finish(&mut out, &text, Some(rank), false);
            }
            Block::Para { text, bullet } => finish(&mut out, &text, None, bullet),
            Block::Row { cells, header } => out.extend(table.row(cells, header)),
            Block::TableEnd => {
                table = People(false);
                out.push(gap());
            }
            Block::ListEnd => out.push(gap()),
        }
    }
    out
}

/// A blank line between blocks.
fn gap() -> Piece {
    Piece {
        lines: "\n".into(),
        feed: Feed::Gap,
    }
}

/// A table as the memo reader wants it: in a two-column table of people (name, organisation)
/// the name is split into first names and last name, and the header row is written as a
/// Markdown table's, which the reader knows for a header.
struct People(bool);

impl People {
    fn row(&mut self, cells: Vec<String>, header: bool) -> Option<Piece> {
        let first = cells.first().map(|c| c.trim().to_lowercase()).unwrap_or_default();
        if header && cells.len() == 2 && ["nimi", "name", "namn"].contains(&first.as_str()) {
            self.0 = true;
            return Some(Piece {
                lines: format!("| {} |\n", cells.join(" | ")),
                feed: Feed::Row(cells),
            });
        }
        let line = match (self.0, &cells[..]) {
            (true, [name, orgs]) => {
                let (first, last) = name.trim().rsplit_once(' ').unwrap_or((name.trim(), ""));
                format!("{first}\t{last}\t{}", orgs.trim())
            }
            _ => cells.join("\t"),
        };
        (!line.trim().is_empty()).then(|| Piece {
            lines: format!("{line}\n"),
            feed: Feed::Row(cells),
        })
    }
}

/// Whether a line begins with a header label ("Paikka:", "Närvarande:").
fn labelled(line: &str) -> bool {
    crate::labels::header_label(line).is_some()
}

/// A header label set in bold ("**Närvarande**", "**Plats:** Vasa") as the memo reader
/// knows it: "Närvarande:", "Plats: Vasa".
fn unbold_label(line: &str) -> Option<String> {
    let inner = line.strip_prefix("**")?;
    let (label, rest) = inner.split_once("**")?;
    let label = label.trim().trim_end_matches(':');
    let rest = rest.trim_start().strip_prefix(':').unwrap_or(rest).trim();
    let line = format!("{label}: {rest}");
    labelled(&line).then(|| line.trim_end().to_string())
}

/// A paragraph as pieces: its lines with headings marked and list items bulleted, and what it
/// gives the body. A paragraph whose broken lines begin with header labels ("Aika: …",
/// "Paikka: …") is one paragraph for each.
fn finish(out: &mut Vec<Piece>, line: &str, heading: Option<u8>, bullet: bool) {
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    let parts: Vec<&str> = line.split("\\\n").collect();
    if heading.is_none() && parts.len() > 1 && parts.iter().skip(1).any(|p| labelled(p.trim())) {
        let mut paragraph = String::new();
        for part in parts {
            if labelled(part.trim()) && !paragraph.is_empty() {
                finish(out, &std::mem::take(&mut paragraph), None, bullet);
            }
            if !paragraph.is_empty() {
                paragraph.push_str("\\\n");
            }
            paragraph.push_str(part);
        }
        return finish(out, &paragraph, None, bullet);
    }
    let unbolded = unbold_label(line).filter(|_| heading.is_none() && !bullet);
    let line = unbolded.as_deref().unwrap_or(line);
    // A heading that is a header label ("Paikalla") introduces what follows, as "Paikalla:".
    if heading.is_some() && crate::labels::header_label(&format!("{line}:")).is_some_and(|(_, _, rest)| rest.is_empty())
    {
        return out.push(Piece {
            lines: format!("{line}:\n\n"),
            feed: Feed::Para(format!("{line}:")),
        });
    }
    let (prefix, feed) = match (heading, bullet) {
        (Some(1), _) => ("# ", Feed::Item(line.into())),
        (Some(2), _) if crate::import::body::item_heading(line, None).is_some() => ("", Feed::Item(line.into())),
        (Some(2), _) => ("## ", Feed::Item(line.into())),
        (Some(_), _) => ("### ", Feed::Sub(line.into())),
        (None, true) => ("- ", Feed::Bullet(line.into())),
        _ => ("", Feed::Para(line.into())),
    };
    // A paragraph after a list is no part of its last item.
    let tail: String = out.iter().rev().take(2).rev().map(|p| p.lines.as_str()).collect();
    let after_list = tail.ends_with('\n') && !tail.ends_with("\n\n");
    let mut lines = String::new();
    if !bullet && after_list {
        lines.push('\n');
    }
    lines.push_str(prefix);
    lines.push_str(line);
    lines.push_str(if bullet { "\n" } else { "\n\n" });
    out.push(Piece { lines, feed });
}
