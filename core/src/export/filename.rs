//! File names: `2025-11-14 Luovien alojen klusterin kokous - muistio.md`, safe everywhere.

use crate::model::Minutes;

/// Longest title part kept, in characters (whole names stay well under every system's limit).
const MAX_TITLE: usize = 80;

/// `YYYY-MM-DD <title> - <type>.<ext>`; the date is left out when unknown, the title falls
/// back to the document type. Characters that Windows, macOS or Linux refuse are replaced, and
/// those that would hide or reorder part of the name are left out.
pub fn file_name(doc: &Minutes, ext: &str) -> String {
    let kind = doc.header.lang.words().kind(doc.header.kind).to_lowercase();
    let title = safe(&doc.header.title);
    let title = if title.is_empty() { kind.clone() } else { title };
    let date = doc
        .header
        .when
        .date
        .map(|d| format!("{} ", d.iso()))
        .unwrap_or_default();
    format!("{date}{title} - {kind}.{ext}")
}

/// A file of the public version: `YYYY-MM-DD <title> - <type> - julkinen versio.<ext>`.
pub fn public_file_name(doc: &Minutes, ext: &str) -> String {
    file_name_for(doc, doc.header.lang.words().public, ext)
}

/// A file of the document for one person: `YYYY-MM-DD <title> - <type> - <who>.<ext>`.
pub fn file_name_for(doc: &Minutes, who: &str, ext: &str) -> String {
    let name = file_name(doc, ext);
    let stem = name.strip_suffix(&format!(".{ext}")).unwrap_or(&name);
    let who: String = safe(who).chars().take(MAX_TITLE).collect();
    format!("{stem} - {}.{ext}", who.trim())
}

/// Characters a name shows nothing of, or that reorder what it shows (U+202E before "fdp.exe"
/// shows "exe.pdf"): bidi controls and marks, zero-width spaces, the soft hyphen, invisible operators.
fn hides(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}' | '\u{e0000}'..='\u{e007f}'
    )
}

fn safe(title: &str) -> String {
    let replaced: String = title
        .chars()
        .filter(|c| !hides(*c))
        .map(|c| match c {
            '/' | '\\' | ':' | '|' => '-',
            '<' | '>' | '"' | '?' | '*' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let words: Vec<&str> = replaced.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        if out.chars().count() + word.chars().count() + 1 > MAX_TITLE {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out.trim_matches(|c: char| c == '.' || c == ' ').to_string();
    const RESERVED: &[&str] = &[
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "LPT1", "LPT2", "LPT3",
    ];
    if RESERVED.contains(&out.to_uppercase().as_str()) {
        format!("{out}_")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    #[test]
    fn names_are_dated_typed_and_safe() {
        let mut doc = Minutes::default();
        doc.header.title = "Luovien alojen klusterin kokous".into();
        doc.header.when.date = Date::new(2025, 11, 14);
        assert_eq!(
            file_name(&doc, "md"),
            "2025-11-14 Luovien alojen klusterin kokous - muistio.md"
        );
        doc.header.title = "Hallitus 3/2025: \"talous\" <luonnos>?".into();
        doc.header.when.date = None;
        assert_eq!(file_name(&doc, "md"), "Hallitus 3-2025- talous luonnos - muistio.md");
        doc.header.title = " ... ".into();
        assert_eq!(file_name(&doc, "md"), "muistio - muistio.md");
        doc.header.title = "Lasku \u{202e}fdp.exe\u{202c}\u{200b}".into();
        assert_eq!(
            file_name(&doc, "md"),
            "Lasku fdp.exe - muistio.md",
            "nothing hidden, nothing reversed"
        );
        doc.header.title = "Hallitus".into();
        assert_eq!(
            public_file_name(&doc, "pdf"),
            "Hallitus - muistio - julkinen versio.pdf"
        );
        doc.header.lang = crate::labels::Lang::Sv;
        assert_eq!(
            public_file_name(&doc, "docx"),
            "Hallitus - minnesanteckningar - offentlig version.docx"
        );
        doc.header.title = "x".repeat(300);
        assert!(file_name(&doc, "md").chars().count() < 120);
    }
}
