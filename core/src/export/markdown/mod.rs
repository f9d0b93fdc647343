//! Markdown in the layout of the memos our users write: title, document type, time, place,
//! a tab-separated attendee table, the document type again, then numbered items.
//!
//! Every block is checked against the reader in [`crate::import`]: when a line would read back
//! as something else (a statement, a heading, a bullet…), it is escaped until it reads back as
//! itself. So `import(export(doc))` holds the same content as `doc`.

mod entries;
mod escape;
mod vote;

use crate::import::{body, decode, kind, when};
use crate::inline;
use crate::inline::{escape_for_file as escape, fragile, reference};
use crate::labels;
use crate::model::{Attendee, Date, DocKind, Header, Item, Minutes, Stage};
use crate::ImportError;

/// The document as Markdown, ending in one newline.
pub fn render(doc: &Minutes) -> String {
    let h = &doc.header;
    let words = h.lang.words();
    let kind_line = kind_line(h);
    let mut blocks: Vec<String> = Vec::new();
    if !h.title.is_empty() {
        blocks.push(title_line(&h.title));
    } else if !h.subtitle.is_empty() {
        // An empty title, so that the line under the document type is not taken for the title.
        blocks.push("#".into());
    }
    blocks.push(kind_line.clone());
    if !h.subtitle.is_empty() {
        blocks.push(subtitle_line(&h.subtitle));
    }
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
    blocks.extend(approval_lines(h));
    blocks.push(kind_line);
    // The end of formal minutes is where signatures are read: no line there may read as one.
    let formal = h.kind == DocKind::Minutes;
    let signable = formal && doc.items.is_empty();
    blocks.extend(entries::render(&doc.intro, None, None, (h.lang, h.when.date, signable)));
    let first = h.first_item as usize;
    for (n, item) in doc.items.iter().enumerate() {
        blocks.push(heading(h, n, item));
        let signable = formal && n + 1 == doc.items.len();
        blocks.extend(entries::render(
            &item.entries,
            Some(item),
            Some(first + n + 1),
            (h.lang, h.when.date, signable),
        ));
    }
    blocks.join("\n\n") + "\n"
}

/// The title, first in the file: escaped so that it reads as the title, and so that the file
/// does not begin like a file of another kind (`%PDF`, `GIF8`, a JSON object).
fn title_line(title: &str) -> String {
    let mut plain = escape(title);
    let sniffed = matches!(decode::decode(plain.as_bytes()), Err(ImportError::Unsupported { .. }));
    if let Some(c) = plain.chars().next().filter(|c| sniffed || *c == '{') {
        plain = format!("{}{}", reference(c), &plain[c.len_utf8()..]);
    }
    let misread = kind::kind_line(&plain).is_some()
        || labels::header_label(&plain).is_some()
        || body::item_heading(&plain, None).is_some()
        || plain.starts_with('#');
    if misread {
        format!("# {}", escape::hash(&plain))
    } else {
        plain
    }
}

/// The line under the document type, escaped until it reads back as the subtitle: its colons,
/// then its first and last characters as references, as far as needed (at worst every
/// character).
fn subtitle_line(subtitle: &str) -> String {
    let n = subtitle.chars().count();
    let built = |first: bool, last: bool, colons: bool| {
        let mut out = String::with_capacity(subtitle.len() + 16);
        let (mut middle, mut tail) = (String::new(), String::new());
        for (i, c) in subtitle.chars().enumerate() {
            match (i == 0 && first) || (i + 1 == n && last) {
                true if i == 0 => out.push_str(&reference(c)),
                true => tail = reference(c),
                false => middle.push(c),
            }
        }
        let middle = escape(&middle);
        out.push_str(&match colons {
            true => middle.replace(':', &reference(':')),
            false => middle,
        });
        out + &tail
    };
    let reads = |line: &String| kind::subtitle(line, None).as_deref() == Some(subtitle);
    [
        (false, false, false),
        (false, false, true),
        (false, true, true),
        (true, true, true),
    ]
    .into_iter()
    .map(|(f, l, c)| built(f, l, c))
    .find(reads)
    .unwrap_or_else(|| subtitle.chars().map(reference).collect())
}

/// "MUISTIO", "PÖYTÄKIRJA 3/2025", or "PÖYTÄKIRJA #3:4" for a number that reads otherwise.
fn kind_line(h: &Header) -> String {
    let word = h.lang.words().kind(h.kind);
    if h.number.is_empty() {
        return word.to_string();
    }
    let plain = format!("{word} {}", h.number);
    match kind::kind_line(&plain) == Some((h.kind, h.lang, h.number.clone())) {
        true => plain,
        false => format!("{word} #{}", escape(&h.number)),
    }
}

/// The checkers, where and when they checked, and the stage when past a draft.
fn approval_lines(h: &Header) -> Vec<String> {
    let (words, a) = (h.lang.words(), &h.approval);
    let mut out = Vec::new();
    if !a.checkers.is_empty() {
        let names: Vec<String> = a.checkers.iter().map(|n| vote::name(n)).collect();
        out.push(format!("{}: {}", words.checkers, names.join(", ")));
    }
    if !a.place.is_empty() || a.date.is_some() {
        let mut place = escape(&a.place);
        // A place whose last word reads as a date, with no date after it, keeps it a word.
        let last = place.rsplit(' ').next().unwrap_or("").to_string();
        if a.date.is_none() && Date::parse(last.trim_end_matches('.')).is_some() {
            if let Some(c) = last.chars().next() {
                let at = place.len() - last.len();
                place = format!("{}{}{}", &place[..at], reference(c), &last[c.len_utf8()..]);
            }
        }
        // Before a date, a comma at the end of the place would be taken for a separator.
        if a.date.is_some() && place.ends_with(',') {
            place = format!("{}{}", &place[..place.len() - 1], reference(','));
        }
        let date = a.date.map(|d| d.dotted()).unwrap_or_default();
        out.push(format!("{}: {}", words.checked[0], [place, date].join(" ").trim()));
    }
    if a.stage != Stage::Draft {
        out.push(format!("{}: {}", words.stage[0], words.stage_word(a.stage)));
    }
    out
}

/// The date and time lines, the zone in brackets after the times ("Aika: 3.2.2027 klo
/// 10.00–11.30 (EET)"); a zone that would not read back there goes on a line of its own.
fn when_lines(h: &Header) -> Vec<String> {
    let words = h.lang.words();
    let (date, times) = (h.when.date_text(h.lang), h.when.times_text(h.lang));
    let mut lines = match (words.clock, date, times) {
        (_, None, None) => vec![],
        (Some(clock), Some(d), Some(t)) => vec![format!("{}: {d}", words.when), format!("{clock}: {t}")],
        (Some(clock), None, Some(t)) => vec![format!("{clock}: {t}")],
        _ => vec![format!("{}: {}", words.when, h.when.text(h.lang))],
    };
    if h.zone.is_empty() {
        return lines;
    }
    let zone = escape(&h.zone)
        .replace('(', &reference('('))
        .replace(')', &reference(')'));
    let last = lines.pop().unwrap_or_else(|| format!("{}:", words.when));
    let zoned = format!("{last} ({zone})");
    let rest = labels::header_label(&zoned).map_or("", |(_, _, rest)| rest);
    let reads = when::parse_zoned(rest, None).is_some_and(|(_, z)| inline::parse(&z).to_plain() == h.zone);
    match reads {
        true => lines.push(zoned),
        false => {
            lines.extend((last != format!("{}:", words.when)).then_some(last));
            lines.push(format!("{}: {}", words.zone, escape(&h.zone)));
        }
    }
    lines
}

/// "First names⇥Last name⇥Organisation, role": the real memo's table row ("–⇥" for a row
/// with nothing filled in).
fn row(a: &Attendee) -> String {
    let mut cells = vec![cell(&a.first_names), cell(&a.last_name)];
    if !a.organisations.is_empty() {
        cells.push(a.organisations.iter().map(|o| cell(o)).collect::<Vec<_>>().join(", "));
    }
    if cells.iter().all(String::is_empty) {
        cells[0] = "–".into();
    }
    let line = cells.join("\t");
    // A row that is a line of dashes would read as the underline of the row above it.
    match escape::underline(&line) {
        true => line.replacen('-', &reference('-'), 1).replacen('=', &reference('='), 1),
        false => line,
    }
}

/// A cell of an attendee row: characters the reader would change as character references,
/// backslashes and a `&#` that would read as a reference escaped; a lone dash (an empty cell)
/// as its reference.
fn cell(text: &str) -> String {
    if text == "–" {
        return reference('–');
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '&' if chars.peek() == Some(&'#') => out.push_str("\\&"),
            c if fragile(c) => out.push_str(&reference(c)),
            c => out.push(c),
        }
    }
    out
}

/// The heading of the item at `index`, numbered as the document numbers its items.
fn heading(h: &Header, index: usize, item: &Item) -> String {
    let mut title = escape(&item.title);
    if item.confidential {
        title = format!("{title} ({})", h.lang.words().confidential[0])
            .trim_start()
            .to_string();
    } else if title.ends_with(')') {
        // A title that ends like the mark of a confidential item keeps its parenthesis text, also
        // a title that is only the mark: the reader sees it after the item's number.
        if let Some(open) = title.rfind('(') {
            if body::confidential_title(&format!("{} {title}", h.item_number(index)), &item.title).1 {
                title = format!("{}\\{}", &title[..open], &title[open..]);
            }
        }
    }
    let plain = format!("{} {title}", h.item_number(index));
    let expected = (index > 0).then(|| h.first_item as usize + index);
    let reads = |line: &str| {
        body::item_heading(line, expected).map(|t| body::confidential_title(line, &t))
            == Some((item.title.clone(), item.confidential))
    };
    if reads(&plain) {
        plain
    } else {
        format!("## {plain}")
    }
}
