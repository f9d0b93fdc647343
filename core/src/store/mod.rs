//! The saved-data format and the one funnel every input passes through: [`restore`].
//!
//! A document is saved as a versioned JSON envelope. Whatever arrives — a draft from storage,
//! a JSON file, a Markdown file, pasted text — goes through `restore`, which recognises it,
//! migrates old versions, and repairs what would break the editor (duplicate ids, line breaks in
//! one-line fields). Nothing else builds a document from outside data.

pub mod backup;
pub mod copies;
mod info;
mod repair;
pub mod versions;
mod words;

pub use info::Info;

use crate::error::ImportError;
use crate::format::{embedded_draft, from_json};
pub use crate::format::{Envelope, Unsent, FORMAT, VERSION};
use crate::import;
use crate::model::{Ids, Minutes};

/// What kind of input it turned out to be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Origin {
    /// A Muistio envelope (JSON).
    Saved,
    /// A memo written as text or Markdown.
    Text,
}

/// A document that came through [`restore`], with what was done to it on the way.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Restored {
    /// The document, migrated and repaired.
    pub minutes: Minutes,
    /// Saved envelope or text.
    pub origin: Origin,
    /// When it was saved, for an envelope that says so.
    pub saved_at: Option<u64>,
    /// Where this copy and the one it came from started, for a copy that carries it
    /// ([`Envelope::base`]).
    pub base: Option<Minutes>,
    /// Repairs made, as short technical notes (empty for a healthy document).
    pub repairs: Vec<String>,
}

/// Turns any input into a document: a Muistio envelope (any version) or a memo as text.
/// `ids` supplies fresh ids for imported text and for repairs.
pub fn restore(bytes: &[u8], ids: &mut Ids) -> Result<Restored, ImportError> {
    restore_by(bytes, ids, &import::office::read)
}

/// Whether `bytes` are a zip archive (a Word or OpenDocument file): what [`restore_light`]
/// leaves to [`restore`].
pub fn zipped(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// [`restore`] without the Word and OpenDocument reader, which what calls only this leaves out
/// of its code: a zip archive is refused as a binary file.
pub fn restore_light(bytes: &[u8], ids: &mut Ids) -> Result<Restored, ImportError> {
    restore_by(bytes, ids, &|_| Err(ImportError::Binary))
}

/// [`restore`], a zip archive read by `office`.
fn restore_by<O>(bytes: &[u8], ids: &mut Ids, office: &O) -> Result<Restored, ImportError>
where
    O: Fn(&[u8]) -> Result<import::office::Office, ImportError>,
{
    // Word and OpenDocument files are zip archives: the draft inside, or their text.
    let office = match zipped(bytes) {
        true => Some(office(bytes)?),
        false => None,
    };
    let text = match office {
        Some(import::office::Office::Draft(json)) => json,
        Some(import::office::Office::Text(pieces)) => {
            return Ok(repaired(
                import::office_text(&pieces, ids)?,
                Origin::Text,
                None,
                None,
                ids,
            ));
        }
        None => import::decode::decode(bytes)?,
    };
    let trimmed = text.trim_start();
    let html = looks_like_html(trimmed);
    let embedded = html.then(|| embedded_draft(trimmed)).flatten();
    if let Some(json) = embedded.as_deref().or(looks_like_json(trimmed).then_some(trimmed)) {
        let envelope = from_json(json)?;
        let saved_at = Some(envelope.saved_at).filter(|t| *t > 0);
        return Ok(repaired(envelope.minutes, Origin::Saved, saved_at, envelope.base, ids));
    }
    let minutes = match html {
        true => import::text(&import::html::text_of(trimmed), ids),
        false => import::text(&text, ids),
    };
    Ok(repaired(minutes, Origin::Text, None, None, ids))
}

/// A document read, repaired (see [`repair`]).
fn repaired(
    mut minutes: Minutes,
    origin: Origin,
    saved_at: Option<u64>,
    base: Option<Minutes>,
    ids: &mut Ids,
) -> Restored {
    let repairs = repair::repair(&mut minutes, ids);
    Restored {
        minutes,
        origin,
        saved_at,
        base,
        repairs,
    }
}

/// A web page ("<!doctype html>" or "<html").
fn looks_like_html(text: &str) -> bool {
    let head: String = text.chars().take(20).collect::<String>().to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// An object, or something that tried to be a Muistio envelope and broke on the way.
fn looks_like_json(text: &str) -> bool {
    text.starts_with('{') && (text.contains("\"format\"") || serde_json::from_str::<serde_json::Value>(text).is_ok())
}

/// A draft kept in the browser's storage: only a saved envelope (any version) is accepted —
/// stored text is never read as a memo — migrated and repaired like every other input.
pub fn open(text: &str, ids: &mut Ids) -> Result<Envelope, ImportError> {
    if !text.trim_start().starts_with('{') {
        return Err(ImportError::ForeignJson);
    }
    let mut envelope = from_json(text.trim_start())?;
    repair::repair(&mut envelope.minutes, ids);
    let known = envelope.minutes.ids();
    envelope.unsent.retain(|u| u.item.is_none_or(|id| known.contains(&id)));
    Ok(envelope)
}

#[cfg(test)]
mod tests;
