//! Bytes to clean text: encoding detection, refusal of binaries, and the normalisation of what
//! word processors leave in pasted text.

use crate::ImportError;

/// The largest input accepted, in bytes: several times a three-hour meeting, and well inside
/// what a browser's localStorage holds.
pub const MAX_BYTES: usize = 2 << 20;

/// Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.
/// Refuses empty, oversized and binary input with a reason.
pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    if let Some(what) = known_binary(bytes) {
        return Err(ImportError::Unsupported { what });
    }
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8(rest.to_vec()).map_err(|_| ImportError::Binary)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)?
    } else if bytes.contains(&0) {
        return Err(ImportError::Binary);
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
        }
    };
    check_text(text)
}

/// Checks text that arrived as text (a paste): empty, oversized or full of control characters.
pub fn check_text(text: String) -> Result<String, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0B' | '\x0C'))
        .count();
    if controls * 100 > text.chars().count() {
        return Err(ImportError::Binary);
    }
    Ok(text)
}

fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\xD0\xCF\x11\xE0", "Word 97–2003"),
        (b"{\\rtf", "RTF"),
        (b"\x89PNG", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF8", "GIF"),
    ];
    MAGIC.iter().find(|(m, _)| bytes.starts_with(m)).map(|(_, what)| *what)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| ImportError::Binary)
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// A character of a line as plain text has it: a no-break space as a space; zero-width marks,
/// soft hyphens and control characters (but the tab) gone.
pub fn plain_char(c: char) -> Option<char> {
    match c {
        '\u{A0}' | '\u{2007}' | '\u{202F}' => Some(' '),
        '\u{200B}' | '\u{FEFF}' | '\u{2060}' | '\u{AD}' => None,
        '\t' => Some('\t'),
        c if c.is_control() => None,
        c => Some(c),
    }
}

/// Normalises line breaks and invisible characters: CRLF, CR and paragraph separators become
/// LF; a vertical tab (Word's manual line break) or line separator becomes a Markdown hard
/// break; no-break spaces become spaces; zero-width characters, soft hyphens and other control
/// characters go; trailing spaces are trimmed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let breaks = |c: char| matches!(c, '\r' | '\n' | '\x0B' | '\x0C' | '\u{85}' | '\u{2028}' | '\u{2029}');
    let stays = |c: char| !breaks(c) && plain_char(c) == Some(c);
    while let Some((at, c)) = chars.next() {
        // Most characters stay as they are: a run of them is copied at once.
        if stays(c) {
            let mut end = at + c.len_utf8();
            while let Some(&(i, n)) = chars.peek().filter(|(_, n)| stays(*n)) {
                end = i + n.len_utf8();
                chars.next();
            }
            out.push_str(&text[at..end]);
            continue;
        }
        match c {
            '\r' => {
                if chars.peek().map(|(_, n)| *n) == Some('\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\x0C' | '\u{2029}' | '\u{85}' => out.push('\n'),
            // Word's manual line break: a hard break inside the paragraph.
            '\x0B' | '\u{2028}' => out.push_str("\\\n"),
            c => out.extend(plain_char(c)),
        }
    }
    // Trailing tabs stay: they keep an attendee row's empty cells in place.
    out.split('\n')
        .map(|l| l.trim_end_matches(' '))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(decode("Päivi".as_bytes()).unwrap(), "Päivi");
        assert_eq!(decode(b"\xEF\xBB\xBFAika").unwrap(), "Aika");
        assert_eq!(decode(b"P\xE4ivi \x96 \x80").unwrap(), "Päivi – €");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Öö".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16).unwrap(), "Öö");
    }

    #[test]
    fn refusals() {
        assert_eq!(decode(b""), Err(ImportError::Empty));
        assert_eq!(decode(b" \n\t\n"), Err(ImportError::Empty));
        assert_eq!(decode(b"abc\0def"), Err(ImportError::Binary));
        assert_eq!(decode(b"%PDF-1.7 ..."), Err(ImportError::Unsupported { what: "PDF" }));
        assert!(matches!(
            decode(&vec![b'a'; MAX_BYTES + 1]),
            Err(ImportError::TooLarge { .. })
        ));
        let noise: String = (0..200).map(|i| if i % 10 == 0 { '\u{7}' } else { 'a' }).collect();
        assert_eq!(check_text(noise), Err(ImportError::Binary));
    }

    #[test]
    fn word_processor_noise_is_normalised() {
        let pasted = "Aika:\u{A0}14.11.2025\r\nIda:\u{200B} hei\u{AD}hei  \rrivi\u{B}toinen";
        assert_eq!(normalise(pasted), "Aika: 14.11.2025\nIda: heihei\nrivi\\\ntoinen");
    }
}
