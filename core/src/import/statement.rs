//! Statements: "Ida: …", "**Ida:** …" or "**Ida**: …", with "**Minna:** …" replies inside.

use super::body::rich;
use crate::inline;
use crate::labels;
use crate::model::{EntryKind, Reply};

/// A speaker name as a statement opens with it: one to three capitalised words
/// ("Ida", "Jussi Olavi", "Anne-Mari"), not a label such as "Huom".
pub fn is_plain_speaker(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let word_ok = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
    };
    (1..=3).contains(&words.len())
        && words.iter().all(word_ok)
        && name.chars().count() <= 40
        && !labels::is_not_a_speaker(name)
}

/// "Ida: …", "**Ida:** …" or "**Ida**: …", with "**Minna:** …" replies inside.
pub fn statement(text: &str) -> Option<EntryKind> {
    let (speaker, rest) = if let Some(bold) = text.strip_prefix("**") {
        let end = inline::find_unescaped(bold, "**")?;
        let inner = &bold[..end];
        let after = &bold[end + 2..];
        if let Some(name) = inner.strip_suffix(':').filter(|n| !inline::ends_escaping(n)) {
            (name, after)
        } else {
            (inner, after.strip_prefix(':')?)
        }
    } else {
        let (name, rest) = text.split_once(": ")?;
        if !is_plain_speaker(name) {
            return None;
        }
        (name, rest)
    };
    let raw = speaker.trim();
    let speaker = inline::unescape(raw);
    // "**:**" is a statement whose speaker is not filled in yet.
    let unnamed = speaker.is_empty() && text.starts_with("**:**");
    if (speaker.is_empty() && !unnamed) || speaker.contains('\n') || !speaker_length(raw, &speaker, 60) {
        return None;
    }
    let mut parts = split_replies(rest).into_iter();
    let text = rich(parts.next().map(|(_, t)| t).unwrap_or(""));
    let replies = parts
        .map(|(who, t)| Reply {
            speaker: inline::unescape(who),
            text: rich(t),
        })
        .collect();
    Some(EntryKind::Statement { speaker, text, replies })
}

/// A speaker name is at most `limit` characters long, as names are (a longer bold run ending
/// in a colon is a sentence); a writer marks a longer name as one by writing its first
/// character as a character reference (`raw` is the name as written, `name` as read).
fn speaker_length(raw: &str, name: &str, limit: usize) -> bool {
    raw.starts_with("&#") || name.chars().nth(limit).is_none()
}

/// Splits at each "**Name:**" ("**:**" for a speaker not filled in): the first part has no
/// speaker.
fn split_replies(rest: &str) -> Vec<(&str, &str)> {
    let mut parts = Vec::new();
    let (mut who, mut start, mut i) = ("", 0, 0);
    while let Some(off) = rest[i..].find("**") {
        let at = i + off;
        let escaped = inline::ends_escaping(&rest[..at]);
        let boundary = at == 0 || rest[..at].ends_with(char::is_whitespace);
        let marker = rest[at + 2..].find("**").map(|len| &rest[at + 2..at + 2 + len]);
        match marker.and_then(|m| m.strip_suffix(':').map(|name| (m.len(), name))) {
            Some((len, name))
                if !escaped
                    && boundary
                    && !inline::ends_escaping(name)
                    && (name.is_empty() || !name.trim().is_empty())
                    && !name.starts_with(' ')
                    && speaker_length(name, name, 40) =>
            {
                parts.push((who, &rest[start..at]));
                who = name;
                start = at + 2 + len + 2;
                i = start;
            }
            _ => i = at + 2,
        }
    }
    parts.push((who, &rest[start..]));
    parts
}
