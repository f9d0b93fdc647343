//! The document-kind line ("MUISTIO", "PÖYTÄKIRJA 3/2025"), with a number of any form after a
//! `#` ("PÖYTÄKIRJA #3:4/2025", as Muistio writes a number that is not digits and slashes).

use super::inline;
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
