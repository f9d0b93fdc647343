//! Markdown in the layout of the memos our users write: title, document type, time, place,
//! a tab-separated attendee table, the document type again, then numbered items.
//!
//! Every block is checked against the reader in [`crate::import`]: when a line would read back
//! as something else (a statement, a heading, a bullet…), it is escaped until it reads back as
//! itself. So `import(export(doc))` holds the same content as `doc`.

mod entries;
mod escape;

use super::inline::escape;
use crate::import::body;
use crate::labels;
use crate::model::{Attendee, Header, Minutes};

/// The document as Markdown, ending in one newline.
pub fn render(doc: &Minutes) -> String {
    let h = &doc.header;
    let words = h.lang.words();
    let kind_line = match h.number.is_empty() {
        true => words.kind(h.kind).to_string(),
        false => format!("{} {}", words.kind(h.kind), h.number),
    };
    let mut blocks: Vec<String> = Vec::new();
    if !h.title.is_empty() {
        blocks.push(title_line(&h.title));
    }
    blocks.push(kind_line.clone());
    blocks.extend(when_lines(h));
    if !h.place.is_empty() {
        blocks.push(format!("{}: {}", words.place, escape(&h.place)));
    }
    for (absent, label) in [(false, words.present), (true, words.absent)] {
        let rows: Vec<String> = doc.attendees.iter().filter(|a| a.absent == absent).map(row).collect();
        if !rows.is_empty() {
            blocks.push(format!("{label}:"));
            blocks.push(rows.join("\n"));
        }
    }
    blocks.push(kind_line);
    blocks.extend(entries::render(&doc.intro, None, None, h.lang));
    for (n, item) in doc.items.iter().enumerate() {
        blocks.push(heading(n + 1, &item.title));
        blocks.extend(entries::render(&item.entries, Some(item), Some(n + 2), h.lang));
    }
    blocks.join("\n\n") + "\n"
}

fn title_line(title: &str) -> String {
    let plain = escape(title);
    let misread = labels::doc_kind_line(&plain).is_some()
        || labels::header_label(&plain).is_some()
        || body::item_heading(&plain, None).is_some()
        || plain.starts_with('#');
    if misread {
        format!("# {}", escape::hash(&plain))
    } else {
        plain
    }
}

fn when_lines(h: &Header) -> Vec<String> {
    let words = h.lang.words();
    let (date, times) = (h.when.date_text(h.lang), h.when.times_text(h.lang));
    match (words.clock, date, times) {
        (_, None, None) => vec![],
        (Some(clock), Some(d), Some(t)) => vec![format!("{}: {d}", words.when), format!("{clock}: {t}")],
        (Some(clock), None, Some(t)) => vec![format!("{clock}: {t}")],
        _ => vec![format!("{}: {}", words.when, h.when.text(h.lang))],
    }
}

/// "First names⇥Last name⇥Organisation, role": the real memo's table row.
fn row(a: &Attendee) -> String {
    let mut cells = vec![a.first_names.clone(), a.last_name.clone()];
    if !a.organisations.is_empty() {
        cells.push(a.organisations.join(", "));
    }
    cells.join("\t")
}

fn heading(n: usize, title: &str) -> String {
    let plain = format!("{n}. {}", escape(title));
    let expected = if n == 1 { None } else { Some(n) };
    if body::item_heading(&plain, expected).as_deref() == Some(title) {
        plain
    } else {
        format!("## {plain}")
    }
}
