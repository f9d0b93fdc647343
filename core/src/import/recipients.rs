//! E-mail recipient lists as mail programs copy them: "Ida Tirkkonen <ida@x.fi>; Tomi Aho
//! <tomi@x.fi>", addresses alone, commas or line breaks between them, and Outlook's quoted
//! "Sukunimi, Etunimi" or "Sukunimi Etunimi" forms. Each becomes a name and an address.

use crate::model::is_email;

/// One recipient: first names, last name and address.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Recipient {
    /// First names ("Ida"), from the display name or the address.
    pub first: String,
    /// Last name ("Tirkkonen"); may be empty.
    pub last: String,
    /// The address.
    pub email: String,
}

/// Most recipients read from one paste.
const MOST: usize = 2000;

/// The recipients of `text` when it is a recipient list (every piece holds an address),
/// else `None`.
pub fn recipients(text: &str) -> Option<Vec<Recipient>> {
    if !text.contains('@') {
        return None;
    }
    let mut out = Vec::new();
    let mut pending: Option<String> = None;
    for piece in pieces(text) {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        if !piece.contains('@') {
            // Outlook's unquoted "Aho, Tomi <…>": the piece before the comma is the last name.
            if pending.is_some() {
                return None;
            }
            pending = Some(piece.to_string());
            continue;
        }
        let whole = match pending.take() {
            Some(last) => format!("\"{last}, {}", piece.replacen('<', "\" <", 1)),
            None => piece.to_string(),
        };
        out.push(recipient(&whole)?);
        if out.len() >= MOST {
            break;
        }
    }
    (pending.is_none() && !out.is_empty()).then_some(out)
}

/// The first piece of a typed recipient list that is not an address, to point it out.
pub fn first_invalid(text: &str) -> Option<String> {
    let mut pending = false;
    for piece in pieces(text) {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        match (piece.contains('@'), pending) {
            (false, false) => pending = true,
            (false, true) => return Some(piece.to_string()),
            (true, _) => {
                pending = false;
                if recipient(piece).is_none() {
                    return Some(piece.to_string());
                }
            }
        }
    }
    None
}

/// Splits at `;`, `,` and line breaks outside quotes and angle brackets.
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut quoted, mut angled) = (false, false);
    let mut cur = String::new();
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '<' if !quoted => angled = true,
            '>' if !quoted => angled = false,
            ';' | ',' | '\n' | '\r' | '\t' if !quoted && !angled => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur);
    out
}

/// "Name <address>", "\"Last, First\" <address>", "address", "<address>", "mailto:address".
fn recipient(piece: &str) -> Option<Recipient> {
    let (name, email) = match piece.rsplit_once('<') {
        Some((name, rest)) => (name.trim(), rest.trim().strip_suffix('>')?.trim()),
        None => ("", piece),
    };
    let email = email.trim().trim_start_matches("mailto:").to_string();
    if !is_email(&email) {
        return None;
    }
    let name = name.trim().trim_matches(['"', '\'']).trim();
    let (first, last) = match name {
        "" => from_address(&email),
        _ => split_name(name, &email),
    };
    Some(Recipient { first, last, email })
}

/// "Aho, Tomi" → (Tomi, Aho); "Aho Tomi" → (Tomi, Aho) when the address begins with "tomi";
/// "Tomi Aho" → (Tomi, Aho).
fn split_name(name: &str, email: &str) -> (String, String) {
    if let Some((last, first)) = name.split_once(',') {
        return (first.trim().to_string(), last.trim().to_string());
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    let first_in_address = local.split(['.', '_']).next().unwrap_or("");
    match words.as_slice() {
        [] => from_address(email),
        [only] => (only.to_string(), String::new()),
        [last, first] if fold(first) == first_in_address && fold(last) != first_in_address => {
            (first.to_string(), last.to_string())
        }
        [firsts @ .., last] => (firsts.join(" "), last.to_string()),
    }
}

/// A name as an address spells it: lower case, "ä" and "å" as "a", "ö" as "o".
fn fold(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' | 'å' | 'á' | 'à' => 'a',
            'ö' | 'ó' | 'ø' => 'o',
            'ü' => 'u',
            'é' | 'è' => 'e',
            c => c,
        })
        .collect()
}

/// "ida.tirkkonen@x.fi" → (Ida, Tirkkonen); "anna-liisa@x.fi" → (Anna-Liisa, "").
fn from_address(email: &str) -> (String, String) {
    let local = email.split('@').next().unwrap_or("");
    let words: Vec<String> = local
        .split(['.', '_'])
        .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
        .map(|w| w.split('-').map(capital).collect::<Vec<_>>().join("-"))
        .collect();
    match words.as_slice() {
        [] => (local.to_string(), String::new()),
        [only] => (only.clone(), String::new()),
        [firsts @ .., last] => (firsts.join(" "), last.clone()),
    }
}

fn capital(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, String, String)> {
        recipients(text)
            .unwrap_or_default()
            .into_iter()
            .map(|r| (r.first, r.last, r.email))
            .collect()
    }

    fn r(first: &str, last: &str, email: &str) -> (String, String, String) {
        (first.into(), last.into(), email.into())
    }

    #[test]
    fn lists_from_mail_programs() {
        assert_eq!(
            read("Ida Tirkkonen <ida.tirkkonen@lapinliitto.fi>; Tomi Aho <tomi.aho@arcticfactory.fi>"),
            [
                r("Ida", "Tirkkonen", "ida.tirkkonen@lapinliitto.fi"),
                r("Tomi", "Aho", "tomi.aho@arcticfactory.fi")
            ]
        );
        assert_eq!(
            read(
                "\"Aho, Tomi\" <tomi.aho@x.fi>, \"Tirkkonen Ida\" <ida.tirkkonen@x.fi>, \"Öberg Åsa\" <asa.oberg@x.se>"
            ),
            [
                r("Tomi", "Aho", "tomi.aho@x.fi"),
                r("Ida", "Tirkkonen", "ida.tirkkonen@x.fi"),
                r("Åsa", "Öberg", "asa.oberg@x.se")
            ]
        );
        assert_eq!(read("Aho, Tomi <tomi.aho@x.fi>"), [r("Tomi", "Aho", "tomi.aho@x.fi")]);
        assert_eq!(
            read("anna-liisa.korhonen@x.fi\nsam_ng@y.co.uk;"),
            [
                r("Anna-Liisa", "Korhonen", "anna-liisa.korhonen@x.fi"),
                r("Sam", "Ng", "sam_ng@y.co.uk")
            ]
        );
        assert_eq!(
            read("Jussi Olavi Jokinen <jussi@x.fi>; <info@y.fi>; mailto:kirsi@z.fi"),
            [
                r("Jussi Olavi", "Jokinen", "jussi@x.fi"),
                r("Info", "", "info@y.fi"),
                r("Kirsi", "", "kirsi@z.fi")
            ]
        );
        assert_eq!(
            read("Åsa Öberg <asa.oberg@kommun.se>"),
            [r("Åsa", "Öberg", "asa.oberg@kommun.se")]
        );
    }

    #[test]
    fn other_text_is_not_a_list() {
        assert_eq!(recipients("Ida\tTirkkonen\tLapin liitto"), None);
        assert_eq!(recipients("Ida Tirkkonen <ida@x.fi>; Tomi Aho"), None);
        assert_eq!(recipients("Kirjoita osoitteeseen ida@x.fi kysymykset"), None);
        assert_eq!(recipients("Ida <ida@x.fi\r\nBcc: z@y.fi>"), None);
        assert_eq!(first_invalid("Ida <ida@x.fi>, tomi@x"), Some("tomi@x".into()));
        assert_eq!(first_invalid("Aho, Tomi <tomi@x.fi>; ida@x.fi"), None);
    }
}
