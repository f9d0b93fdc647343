//! The lines of a signature block: lines to sign on, a block's opening words, and rows of
//! names, roles, names with roles, places and dates side by side.

use crate::import::dates;
use crate::labels::{self, SignedBlock, Signer};
use crate::model::Date;

/// One cell of a signature line.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Cell {
    Name(String),
    Role(Signer),
    Signed(String, Signer),
    PlaceDate(String, Date),
}

/// A line of a signature block.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Line {
    /// A line to sign on ("______", "..........").
    Rule,
    /// A block's opening words, with what follows them on the line.
    Opens(SignedBlock, Vec<Cell>),
    /// Names, roles, names with roles, a place and date, side by side.
    Row(Vec<Cell>),
}

/// A name as signatures write it: two to five words, each begun with a capital, of letters,
/// hyphens and apostrophes ("Anna-Liisa Berg", "Karin af Ekström").
fn name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let particle = |w: &str| ["af", "von", "van", "de", "der", "la", "du", "da", "di", "zu"].contains(&w);
    let fits = |i: usize, w: &str| {
        let mut chars = w.chars();
        let first = chars.next().is_some_and(char::is_uppercase) || (i > 0 && i + 1 < words.len() && particle(w));
        first && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
    };
    let ok = (2..=5).contains(&words.len()) && words.iter().enumerate().all(|(i, w)| fits(i, w));
    (ok && labels::signer(text).is_none() && labels::signed_block(text).is_none()).then(|| words.join(" "))
}

/// "Kemijärvellä 20.5.2026", "Haparanda den 5 maj 2027", "Helsinki, 3 February 2027": a place
/// of up to four words (or none) and a date.
fn place_date(text: &str, meeting: Option<Date>) -> Option<(String, Date)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (0..words.len().min(5)).find_map(|i| {
        let date = dates::date(&words[i..].join(" "), meeting)?;
        let mut place: Vec<&str> = words[..i].to_vec();
        if place.last().is_some_and(|w| w.eq_ignore_ascii_case("den")) {
            place.pop();
        }
        let place = place.join(" ");
        let place = place.trim_end_matches(',');
        let fits = place.chars().next().is_none_or(char::is_uppercase) && !place.chars().any(|c| c.is_ascii_digit());
        fits.then(|| (place.to_string(), date))
    })
}

/// One cell: a name, a role, a name with its role ("Helmi Korhonen, puheenjohtaja", "Tom Reed
/// (Chair)"), or a place and date.
fn cell(text: &str, meeting: Option<Date>) -> Option<Cell> {
    let text = text.trim();
    if let Some(role) = labels::signer(text) {
        return Some(Cell::Role(role));
    }
    if let Some(n) = name(text) {
        return Some(Cell::Name(n));
    }
    let paren = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .map(|(n, r)| (n.trim(), r));
    let split = paren
        .or_else(|| text.rsplit_once(", "))
        .or_else(|| text.rsplit_once(" – "));
    if let Some((n, r)) = split {
        if let (Some(n), Some(role)) = (name(n), labels::signer(r)) {
            return Some(Cell::Signed(n, role));
        }
    }
    place_date(text, meeting).map(|(p, d)| Cell::PlaceDate(p, d))
}

/// The cells of a row: apart at tabs, runs of spaces, slashes or bars.
fn cells(text: &str, meeting: Option<Date>) -> Option<Vec<Cell>> {
    let spaced = text.replace('\t', "   ").replace(" / ", "   ").replace(" | ", "   ");
    spaced
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| cell(c, meeting))
        .collect()
}

/// Names after a block's opening words: "Anna Berg, Erik Lund", "Tom Reed and Sam Cole".
fn listed(text: &str, meeting: Option<Date>) -> Option<Vec<Cell>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    if let Some(c) = cell(text, meeting) {
        return Some(vec![c]);
    }
    let mut out = Vec::new();
    for part in text.split([',', ';', '&']) {
        let part = part.trim();
        let mut rest = part;
        for joint in [" ja ", " och ", " and "] {
            if let Some((a, b)) = rest.split_once(joint) {
                out.push(cell(a, meeting)?);
                rest = b;
            }
        }
        if !rest.is_empty() {
            out.push(cell(rest, meeting)?);
        }
    }
    Some(out)
}

/// What `text` is as a line of a signature block, if it is one. Lines with markup, escapes or
/// character references never are (so the Markdown writer can keep any line text).
pub fn line(text: &str, meeting: Option<Date>) -> Option<Line> {
    let t = text.trim();
    if t.is_empty() || t.contains(['\\', '&', '*', '[', '`', '<', '#']) {
        return None;
    }
    let rule = t.chars().filter(|c| matches!(c, '_' | '.' | '…')).count() >= 3;
    if rule && t.chars().all(|c| "_.…-–— \t".contains(c)) {
        return Some(Line::Rule);
    }
    if let Some((block, rest)) = labels::signed_block(t) {
        return listed(rest, meeting).map(|c| Line::Opens(block, c));
    }
    cells(t, meeting).map(Line::Row)
}

/// Whether `text` would be read as a line of a signature block at the end of formal minutes.
pub fn is_line(text: &str) -> bool {
    line(text, None).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_signature_blocks() {
        let row = |t: &str| line(t, None);
        assert_eq!(row("______________   ______________"), Some(Line::Rule));
        assert!(matches!(row("Puheenjohtaja\t\tSihteeri"), Some(Line::Row(c)) if c.len() == 2));
        assert!(matches!(row("Helmi Korhonen               Sirpa Heikkilä"), Some(Line::Row(c)) if c.len() == 2));
        assert!(
            matches!(row("Kemijärvellä 20.5.2026"), Some(Line::Row(c)) if matches!(&c[0], Cell::PlaceDate(p, _) if p == "Kemijärvellä"))
        );
        assert!(
            matches!(row("Haparanda den 5 maj 2027"), Some(Line::Row(c)) if matches!(&c[0], Cell::PlaceDate(p, _) if p == "Haparanda"))
        );
        assert!(matches!(
            row("Pöytäkirja tarkastettu ja hyväksytty"),
            Some(Line::Opens(SignedBlock::Checked { stated: true }, c)) if c.is_empty()
        ));
        assert!(matches!(row("Justerat: Anna Berg, Erik Lund"), Some(Line::Opens(_, c)) if c.len() == 2));
        assert!(matches!(row("Signed: Ann Lee, Chair"), Some(Line::Opens(SignedBlock::Signed, c)) if c.len() == 1));
        assert!(matches!(row("Ordförande / Sekreterare"), Some(Line::Row(c)) if c.len() == 2));
        for not in [
            "Puheenjohtaja päätti kokouksen klo 19.38.",
            "Kiitos kaikille",
            "&#86;akuudeksi",
            "Päätös: Hyväksyttiin.",
            "Helmi",
            "Minutes approved as a correct record of a busy evening with many words",
        ] {
            assert_eq!(row(not), None, "{not}");
        }
    }
}
