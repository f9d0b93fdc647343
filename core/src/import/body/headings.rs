//! The lines that are not paragraphs: an item's heading (numbered, or not for publication) and a
//! bullet.

use crate::inline;
use crate::model::Numbering;

/// A numbered item heading: "3. Title", "3) Title", "§ 3 Title", "3 § Title", "## 3. Title",
/// or an unnumbered Markdown heading of level 1–2. `expected` is the number the next item must
/// carry (`None` before the first item, when any number starts the list). Returns the title.
pub fn item_heading(line: &str, expected: Option<usize>) -> Option<String> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if hashes > 2 {
        return None;
    }
    match hashes {
        0 => titled(line.trim(), false, expected),
        _ => titled(line[hashes..].strip_prefix(' ')?.trim(), true, expected),
    }
}

/// The title of a heading a file marks as an item's (a Word heading style): after its number
/// when that is the one due, else its whole text.
pub fn marked_heading(text: &str, expected: Option<usize>) -> String {
    titled(text.trim(), true, expected).unwrap_or_default()
}

/// A heading's title; `marked`: the text is a heading whatever it says.
fn titled(body: &str, marked: bool, expected: Option<usize>) -> Option<String> {
    let title = match numbered_heading(body) {
        // The first item has at most three digits; later ones any number that runs on.
        Some((n, _, title)) if expected.map_or(n < 1000, |e| e == n) => title,
        _ if marked => body,
        _ => return None,
    };
    let first = title.chars().next();
    if !marked && first.is_some_and(|c| c.is_lowercase()) {
        return None;
    }
    Some(inline::parse(title).to_plain())
}

/// The words that mark an item not for publication after its title, in every language.
const CONFIDENTIAL: &[&str] = &[
    "salassa pidettävä",
    "luottamuksellinen",
    "ei julkinen",
    "sekretessbelagd",
    "sekretess",
    "konfidentiell",
    "confidential",
    "not for publication",
];

/// A heading's title without the mark of an item not for publication ("Henkilöstöasia
/// (salassa pidettävä)"), and whether it had one. `raw` is the heading as written: a mark
/// whose parenthesis is escaped is part of the title.
pub fn confidential_title(raw: &str, title: &str) -> (String, bool) {
    let raw = raw.trim_end();
    let marked = CONFIDENTIAL.iter().find(|w| {
        raw.len() > w.len() + 2
            && raw.ends_with(')')
            && raw
                .get(raw.len() - w.len() - 2..)
                .is_some_and(|tail| tail.to_lowercase() == format!("({w})"))
            && !inline::ends_escaping(&raw[..raw.len() - w.len() - 2])
    });
    match marked {
        Some(w) => {
            let kept = title.len().saturating_sub(w.len() + 2);
            let head = title.get(..kept).unwrap_or(title);
            (head.trim_end().to_string(), true)
        }
        None => (title.to_string(), false),
    }
}

/// The number and numbering of an item heading line ("5. Avaus", "5 § Avaus", "§ 5 Öppnande",
/// "## 5 § Avaus"), when it has one.
pub fn heading_number(line: &str) -> Option<(usize, Numbering)> {
    let body = line.trim_start_matches('#').trim();
    numbered_heading(body).map(|(n, numbering, _)| (n, numbering))
}

fn numbered_heading(body: &str) -> Option<(usize, Numbering, &str)> {
    let (body, before) = match body.strip_prefix('§') {
        Some(rest) => (rest.trim_start(), true),
        None => (body, false),
    };
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 6 {
        return None;
    }
    let n: usize = body[..digits].parse().ok()?;
    let rest = &body[digits..];
    let (numbering, title) = if before {
        (Numbering::SectionBefore, title_after(rest)?)
    } else if let Some(r) = rest.trim_start_matches([' ', '\t']).strip_prefix('§') {
        (Numbering::SectionAfter, title_after(r)?)
    } else {
        let r = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
        (Numbering::Dotted, title_after(r)?)
    };
    Some((n, numbering, title.trim()))
}

/// What follows a heading's number: a title after white space, or nothing.
fn title_after(rest: &str) -> Option<&str> {
    rest.strip_prefix([' ', '\t']).or(rest.is_empty().then_some(""))
}

/// A bullet line: (marker, text). Markers: `-`, `*`, `+`, `•`, `–`, `◦`, `▪`.
pub fn bullet(line: &str) -> Option<(char, &str)> {
    let line = line.trim_start();
    let marker = line
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '*' | '+' | '•' | '–' | '◦' | '▪'))?;
    let rest = &line[marker.len_utf8()..];
    if rest.is_empty() {
        return Some((marker, ""));
    }
    let text = rest.strip_prefix([' ', '\t'])?;
    // "**Ida:** …" and "*x*" are emphasis, not bullets.
    if marker == '*' && text.is_empty() {
        return None;
    }
    Some((marker, text.trim_start()))
}
