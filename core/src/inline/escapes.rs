//! Backslash escapes and numeric character references: read where they stand, decoded, and
//! skipped when looking for a delimiter or a separator.

/// The longest character reference read, `&#` to `;` inclusive, in bytes.
const MAX_REFERENCE: usize = 11;

/// `\*` (a backslash before ASCII punctuation) or `&#123;` / `&#x7B;`: (bytes used, character).
/// Looks at most [`MAX_REFERENCE`] bytes ahead.
pub(super) fn escape_at(s: &str) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    match bytes.first()? {
        b'\\' => s[1..].chars().next().filter(char::is_ascii_punctuation).map(|c| (2, c)),
        b'&' if bytes.get(1) == Some(&b'#') => {
            let end = bytes.iter().take(MAX_REFERENCE).position(|&b| b == b';')?;
            let body = &s[2..end];
            let code = match body.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None if !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()) => body.parse().ok()?,
                None => return None,
            };
            char::from_u32(code).filter(|c| *c != '\0').map(|c| (end + 1, c))
        }
        _ => None,
    }
}

/// True when `s` ends in an odd number of backslashes, which escape the character after it.
pub fn ends_escaping(s: &str) -> bool {
    s.chars().rev().take_while(|c| *c == '\\').count() % 2 == 1
}

/// Literal text with escapes decoded.
pub fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        match escape_at(&s[i..]) {
            Some((len, ch)) => {
                out.push(ch);
                i += len;
            }
            None => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// Finds `delim` in `s`, skipping escaped characters; returns its byte offset.
pub fn find_unescaped(s: &str, delim: &str) -> Option<usize> {
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with(delim) {
            return Some(i);
        }
        match escape_at(&s[i..]) {
            Some((len, _)) => i += len,
            None => i += s[i..].chars().next()?.len_utf8(),
        }
    }
    None
}

/// Splits `s` at every character of `separators` that is not part of an escape or character
/// reference (so "a&#59;b" is one piece); linear in the length of `s`.
pub fn split_unescaped<'a>(s: &'a str, separators: &[char]) -> Vec<&'a str> {
    let mut pieces = Vec::new();
    let (mut start, mut i) = (0, 0);
    while let Some(c) = s[i..].chars().next() {
        if let Some((len, _)) = escape_at(&s[i..]) {
            i += len;
            continue;
        }
        if separators.contains(&c) {
            pieces.push(&s[start..i]);
            start = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    pieces.push(&s[start..]);
    pieces
}
