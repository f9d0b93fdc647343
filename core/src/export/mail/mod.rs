//! Sending the minutes by e-mail: a draft message file (.eml, RFC 5322 with the files attached,
//! marked unsent so that mail programs open it for editing), and a `mailto:` address for mail
//! programs that take no files (subject and a short body, percent-encoded so that nothing typed
//! can add a recipient or header).

mod note;

pub use note::{cover_note, owner_mails, owners_without_address, OwnerMail};

use super::Exported;
use crate::model::{is_email, Minutes};

/// A recipient: the name shown and the address.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Address {
    /// Display name ("Ida Tirkkonen"); may be empty.
    pub name: String,
    /// The address ("ida.tirkkonen@lapinliitto.fi").
    pub email: String,
}

/// The attendees with an address, present ones first, as the minutes' recipients.
pub fn recipients(doc: &Minutes) -> Vec<Address> {
    doc.attendees
        .iter()
        .filter(|a| is_email(&a.email))
        .map(|a| Address {
            name: a.full_name(),
            email: a.email.clone(),
        })
        .collect()
}

/// "Ida Tirkkonen <ida@x.fi>, tomi@x.fi": recipients as a person reads and edits them.
pub fn recipients_text(list: &[Address]) -> String {
    list.iter()
        .map(|a| match a.name.trim() {
            "" => a.email.clone(),
            name if name.contains([',', ';', '<', '>', '"']) => format!("\"{}\" <{}>", name.replace('"', ""), a.email),
            name => format!("{name} <{}>", a.email),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `To:` header's value: each address (only those that are addresses) with its name as
/// RFC 2047 encoded words, one recipient a line.
fn to_header(list: &[Address]) -> String {
    list.iter()
        .filter(|a| is_email(&a.email))
        .map(|a| {
            let name: String = a.name.chars().filter(|c| !c.is_control()).collect();
            match name.trim() {
                "" => a.email.clone(),
                n => format!("=?UTF-8?B?{}?= <{}>", base64(n.as_bytes(), false), a.email),
            }
        })
        .collect::<Vec<_>>()
        .join(",\r\n ")
}

/// The subject of a message carrying the minutes: "<meeting> <date> – muistio".
pub fn subject(doc: &Minutes) -> String {
    let h = &doc.header;
    let kind = h.lang.words().kind(h.kind).to_lowercase();
    let parts: Vec<String> = [
        Some(h.title.clone()).filter(|t| !t.is_empty()),
        h.when.date.map(|d| d.dotted()),
    ]
    .into_iter()
    .flatten()
    .collect();
    match parts.is_empty() {
        true => kind,
        false => format!("{} – {kind}", parts.join(" ")),
    }
}

/// Longest `mailto:` address to hand a browser: longer ones fail in Chromium.
pub const MAILTO_LIMIT: usize = 1900;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Base64 (RFC 4648), with lines of 76 characters when `wrap`.
pub fn base64(data: &[u8], wrap: bool) -> String {
    let mut out = String::with_capacity(data.len() * 4 / 3 + 4);
    for (i, chunk) in data.chunks(3).enumerate() {
        if wrap && i > 0 && i % 19 == 0 {
            out.push_str("\r\n");
        }
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The longest header value written as it is: with its name it fits a 78-character line.
const PLAIN_HEADER: usize = 66;

/// A header value that may hold any character (control characters become spaces): as it is
/// when it is short ASCII, else RFC 2047 encoded words, each on a line of its own that is
/// short enough (a line may not pass 998 octets, and should stay within 78).
fn encoded_words(text: &str) -> String {
    let clean: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if clean.is_ascii() && !clean.contains("=?") && clean.len() <= PLAIN_HEADER {
        return clean;
    }
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in clean.chars() {
        if chunk.len() + c.len_utf8() > 45 {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    words.push(chunk);
    words
        .iter()
        .map(|w| format!("=?UTF-8?B?{}?=", base64(w.as_bytes(), false)))
        .collect::<Vec<_>>()
        .join("\r\n ")
}

/// A file name parameter for any name: a name of letters, digits, spaces and `.-_()` as it
/// is, any other in RFC 2231's encoding only (a mail reader given both forms may take either,
/// and Python's takes the plain one, which could only approximate the name).
fn file_name_param(name: &str) -> String {
    let plain = name.chars().all(|c| c.is_ascii_alphanumeric() || ".-_ ()".contains(c));
    match plain {
        true => format!("filename=\"{name}\""),
        false => format!("filename*=UTF-8''{}", percent(name)),
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn percent(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A draft e-mail: `subject`, the plain-text `body`, and `files` attached. `boundary_seed`
/// makes the MIME boundary (any number unlikely to appear in the files).
pub fn eml(subject: &str, body: &str, files: &[Exported], boundary_seed: u64) -> Vec<u8> {
    eml_to(&[], subject, body, files, boundary_seed)
}

/// A draft e-mail to `to` (addresses that are not addresses are left out), as [`eml`].
pub fn eml_to(to: &[Address], subject: &str, body: &str, files: &[Exported], boundary_seed: u64) -> Vec<u8> {
    let boundary = format!("=_muistio_{boundary_seed:016x}");
    let mut out = String::new();
    out.push_str("X-Unsent: 1\r\n");
    let to = to_header(to);
    if !to.is_empty() {
        out.push_str(&format!("To: {to}\r\n"));
    }
    out.push_str(&format!("Subject: {}\r\n", encoded_words(subject)));
    out.push_str("MIME-Version: 1.0\r\n");
    out.push_str(&format!(
        "Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n"
    ));
    out.push_str("This is a message in MIME format.\r\n");
    out.push_str(&format!(
        "--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    ));
    out.push_str(&base64(body.replace('\n', "\r\n").as_bytes(), true));
    out.push_str("\r\n");
    for f in files {
        let mime = f.mime.split(';').next().unwrap_or("application/octet-stream");
        let name = file_name_param(&f.name);
        out.push_str(&format!(
            "--{boundary}\r\nContent-Type: {mime}\r\nContent-Disposition: attachment; {name}\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n"
        ));
        out.push_str(&base64(&f.bytes, true));
        out.push_str("\r\n");
    }
    out.push_str(&format!("--{boundary}--\r\n"));
    out.into_bytes()
}

/// A `mailto:` address with `subject` and as much of `body` as fits in [`MAILTO_LIMIT`]; a body
/// that does not fit ends with `more` (saying the whole is attached).
pub fn mailto(subject: &str, body: &str, more: &str) -> String {
    mailto_to(&[], subject, body, more)
}

/// A `mailto:` address to `to`, as [`mailto`].
pub fn mailto_to(to: &[Address], subject: &str, body: &str, more: &str) -> String {
    let to: Vec<String> = to
        .iter()
        .filter(|a| is_email(&a.email))
        .map(|a| percent(&a.email))
        .collect();
    let head = format!("mailto:{}?subject={}&body=", to.join(","), percent(subject));
    let whole = percent(&body.replace('\n', "\r\n"));
    if head.len() + whole.len() <= MAILTO_LIMIT {
        return head + &whole;
    }
    let tail = percent(&format!("\r\n…\r\n{more}"));
    let room = MAILTO_LIMIT.saturating_sub(head.len() + tail.len());
    let mut cut = String::new();
    for c in body.replace('\n', "\r\n").chars() {
        let piece = percent(&c.to_string());
        if cut.len() + piece.len() > room {
            break;
        }
        cut.push_str(&piece);
    }
    head + &cut + &tail
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_of_known_text() {
        assert_eq!(base64(b"", false), "");
        assert_eq!(base64(b"f", false), "Zg==");
        assert_eq!(base64(b"fo", false), "Zm8=");
        assert_eq!(base64(b"foobar", false), "Zm9vYmFy");
        assert!(base64(&[0u8; 200], true).split("\r\n").all(|l| l.len() <= 76));
    }

    #[test]
    fn long_or_hostile_subjects_stay_one_header_of_short_lines() {
        assert_eq!(encoded_words("Kokous 3.2.2026 - muistio"), "Kokous 3.2.2026 - muistio");
        let long = encoded_words(&"a long subject ".repeat(80));
        assert!(long.starts_with("=?UTF-8?B?") && long.split("\r\n").all(|l| l.len() <= 77));
        assert_eq!(encoded_words("a\r\nBcc: x@y.fi"), "a  Bcc: x@y.fi");
    }

    #[test]
    fn mailto_cannot_add_recipients_or_headers() {
        let m = mailto(
            "Kokous & muut?",
            "Hei\ncc=x@y.fi&bcc=z@w.fi\r\nTo: a@b",
            "koko muistio liitteenä",
        );
        assert!(m.starts_with("mailto:?subject=Kokous%20%26%20muut%3F&body=Hei%0D%0Acc%3Dx%40y.fi%26bcc%3Dz%40w.fi"));
        assert_eq!(m.matches('&').count(), 1, "only the one between subject and body");
        let long = mailto("x", &"ä".repeat(5000), "koko muistio liitteenä");
        assert!(long.len() <= MAILTO_LIMIT);
        assert!(long.ends_with(&percent("\r\n…\r\nkoko muistio liitteenä")));
    }

    #[test]
    fn a_draft_message_with_attachments() {
        let file = Exported {
            name: "2026-02-03 Kokous - muistio.docx".into(),
            mime: "application/x-test",
            bytes: b"PK\x03\x04data".to_vec(),
        };
        let eml = String::from_utf8(eml(
            "Hallituksen kokous 3.2.2026 – muistio",
            "Hei,\nmuistio liitteenä.",
            &[file],
            7,
        ))
        .unwrap();
        assert!(eml.starts_with("X-Unsent: 1\r\nSubject: =?UTF-8?B?"));
        assert!(eml.contains("Content-Disposition: attachment; filename=\"2026-02-03 Kokous - muistio.docx\"\r\n"));
        assert!(eml.contains(&base64(b"PK\x03\x04data", true)));
        assert!(eml.ends_with("--=_muistio_0000000000000007--\r\n"));
        assert!(!eml.contains("\nTo:") && !eml.contains("\nFrom:"));
    }
}
