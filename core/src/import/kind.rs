//! The document-kind line ("MUISTIO", "PÖYTÄKIRJA 3/2025"), with a number of any form after a
//! `#` ("PÖYTÄKIRJA #3:4/2025", as Muistio writes a number that is not digits and slashes), and
//! the line under it ("VUOSIKOKOUS 2/2027").

use super::body;
use crate::inline;
use crate::labels;
use crate::model::DocKind;
use crate::Lang;

/// Reads a document-kind line: kind, language and number.
pub fn kind_line(line: &str) -> Option<(DocKind, Lang, String)> {
    labels::doc_kind_line(line).or_else(|| {
        let line = line.trim().trim_start_matches('#').trim();
        let (word, rest) = line.split_once(' ')?;
        let number = rest.trim_start().strip_prefix('#')?.trim();
        let (kind, lang, none) = labels::doc_kind_line(word)?;
        (none.is_empty() && !number.is_empty()).then(|| (kind, lang, inline::unescape(number)))
    })
}

/// The subtitle a line under the document-kind line gives ("VUOSIKOKOUS 2/2027", "Extra
/// årsmöte", "Annual General Meeting"): one line of its own (`next` is the line after it), no
/// label, no heading, no sentence (nothing after a colon, no full stop at its end) and nothing
/// that reads as an entry.
pub fn subtitle(line: &str, next: Option<&str>) -> Option<String> {
    let line = line.trim();
    let alone = next.is_none_or(|n| {
        let n = n.trim();
        n.is_empty()
            || labels::header_label(n).is_some()
            || kind_line(n).is_some()
            || body::item_heading(n, None).is_some()
    });
    let sentence = line.ends_with(['.', '!', '?', ':', ',']) || inline::find_unescaped(line, ":").is_some();
    let other = line.starts_with('#')
        || labels::header_label(line).is_some()
        || kind_line(line).is_some()
        || body::item_heading(line, None).is_some()
        || body::bullet(line).is_some()
        || super::starts_entry(line);
    if !alone || sentence || other || line.is_empty() {
        return None;
    }
    let text = inline::parse(line).to_plain();
    (!text.trim().is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_any_form() {
        assert_eq!(
            kind_line("PÖYTÄKIRJA 3/2025"),
            Some((DocKind::Minutes, Lang::Fi, "3/2025".into()))
        );
        assert_eq!(
            kind_line("Protokoll #3:4 \\#"),
            Some((DocKind::Minutes, Lang::Sv, "3:4 #".into()))
        );
        assert_eq!(kind_line("MUISTIO kokouksesta"), None);
        assert_eq!(kind_line("MUISTIO #"), None);
    }
}
