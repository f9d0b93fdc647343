//! The saved-data format and the one funnel every input passes through: [`restore`].
//!
//! A document is saved as a versioned JSON envelope. Whatever arrives — a draft from storage,
//! a JSON file, a Markdown file, pasted text — goes through `restore`, which recognises it,
//! migrates old versions, and repairs what would break the editor (duplicate ids, line breaks in
//! one-line fields). Nothing else builds a document from outside data.

pub mod backup;
pub mod copies;
mod info;
mod migrate;
mod repair;
pub mod versions;

pub use info::Info;

use crate::error::ImportError;
use crate::model::{Id, Ids, Minutes};
use crate::{export, import};
use serde::{Deserialize, Serialize};

/// The `format` field of every envelope.
pub const FORMAT: &str = "muistio";
/// The current version of the saved format: 2 added the revision and the unsent entry boxes,
/// 3 the numbering of items (§), votes and dissents.
pub const VERSION: u64 = 3;

/// A saved document: format name, version, when it was saved, and the document itself; in
/// the browser's storage also its revision and what was typed but not yet added.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Envelope {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version the document is written in.
    pub version: u64,
    /// When it was saved, in milliseconds since 1970 (UTC); 0 when unknown.
    #[serde(default)]
    pub saved_at: u64,
    /// How many times the draft has been saved; a save that did not start from the stored
    /// revision must not write over it (another tab saved in between). 0 in files.
    #[serde(default)]
    pub revision: u64,
    /// The document.
    pub minutes: Minutes,
    /// In a copy made from another Muistio's file: the document as it came in, where both
    /// copies started. It travels in the files this copy exports, so that a copy sent back can
    /// be merged three ways. (None in the original draft and the files it exports.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Minutes>,
    /// Text typed into entry boxes and not yet added, with the box it is in. Kept only in the
    /// browser's storage, never in exported files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unsent: Vec<Unsent>,
}

/// Text in an entry box that was not yet turned into entries.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Unsent {
    /// The item whose box it is (`None`: the introduction's).
    pub item: Option<Id>,
    /// What was typed.
    pub text: String,
}

impl Envelope {
    /// Wraps a document in the current format.
    pub fn new(minutes: Minutes, saved_at: u64) -> Envelope {
        Envelope {
            format: FORMAT.into(),
            version: VERSION,
            saved_at,
            revision: 0,
            minutes,
            base: None,
            unsent: Vec::new(),
        }
    }

    /// The envelope as compact JSON.
    pub fn to_json(&self) -> String {
        Envelope::stored(&self.minutes, self.saved_at, self.revision, &self.unsent)
    }

    /// The form of `minutes` inside exported files (no revision, nothing unsent), written
    /// straight from the document.
    pub fn json(minutes: &Minutes, saved_at: u64) -> String {
        Envelope::stored(minutes, saved_at, 0, &[])
    }

    /// The form inside exported files of a copy that has a base (see [`Envelope::base`]).
    pub fn carried(minutes: &Minutes, base: Option<&Minutes>, saved_at: u64) -> String {
        Envelope::write(minutes, base, saved_at, 0, &[])
    }

    /// The form of a draft in storage, written straight from the document (no copy of it is
    /// made: this runs on every autosave).
    pub fn stored(minutes: &Minutes, saved_at: u64, revision: u64, unsent: &[Unsent]) -> String {
        Envelope::write(minutes, None, saved_at, revision, unsent)
    }

    fn write(minutes: &Minutes, base: Option<&Minutes>, saved_at: u64, revision: u64, unsent: &[Unsent]) -> String {
        #[derive(Serialize)]
        struct Borrowed<'a> {
            format: &'a str,
            version: u64,
            saved_at: u64,
            #[serde(skip_serializing_if = "is_zero")]
            revision: u64,
            minutes: &'a Minutes,
            #[serde(skip_serializing_if = "Option::is_none")]
            base: Option<&'a Minutes>,
            #[serde(skip_serializing_if = "<[Unsent]>::is_empty")]
            unsent: &'a [Unsent],
        }
        fn is_zero(n: &u64) -> bool {
            *n == 0
        }
        serde_json::to_string(&Borrowed {
            format: FORMAT,
            version: VERSION,
            saved_at,
            revision,
            minutes,
            base,
            unsent,
        })
        .expect("a document always serialises")
    }
}

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
    // Word and OpenDocument files are zip archives: the draft inside, or their text.
    let office = if bytes.starts_with(b"PK\x03\x04") {
        Some(import::office::read(bytes)?)
    } else {
        None
    };
    let text = match &office {
        Some(import::office::Office::Draft(json)) => json.clone(),
        Some(import::office::Office::Text(text)) => import::decode::check_text(text.clone())?,
        None => import::decode::decode(bytes)?,
    };
    let trimmed = text.trim_start();
    let html = looks_like_html(trimmed);
    let embedded = html.then(|| export::html::embedded_draft(trimmed)).flatten();
    let (mut minutes, origin, saved_at, base) =
        if let Some(json) = embedded.as_deref().or(looks_like_json(trimmed).then_some(trimmed)) {
            let envelope = from_json(json)?;
            (
                envelope.minutes,
                Origin::Saved,
                Some(envelope.saved_at).filter(|t| *t > 0),
                envelope.base,
            )
        } else if html {
            (
                import::text(&export::html::text_of(trimmed), ids),
                Origin::Text,
                None,
                None,
            )
        } else {
            (import::text(&text, ids), Origin::Text, None, None)
        };
    let repairs = repair::repair(&mut minutes, ids);
    Ok(Restored {
        minutes,
        origin,
        saved_at,
        base,
        repairs,
    })
}

/// A web page ("<!doctype html>" or "<html").
fn looks_like_html(text: &str) -> bool {
    let head: String = text.chars().take(20).collect::<String>().to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// An object, or something that tried to be a Muistio envelope and broke on the way.
fn looks_like_json(text: &str) -> bool {
    text.starts_with('{') && (serde_json::from_str::<serde_json::Value>(text).is_ok() || text.contains("\"format\""))
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

fn from_json(text: &str) -> Result<Envelope, ImportError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ImportError::Damaged { detail: e.to_string() })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ImportError::ForeignJson);
    }
    let version = value
        .get("version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| ImportError::Damaged {
            detail: "no version".into(),
        })?;
    if version > VERSION {
        return Err(ImportError::TooNew { found: version });
    }
    let current = migrate::to_current(value, version)?;
    serde_json::from_value(current).map_err(|e| ImportError::Damaged { detail: e.to_string() })
}

#[cfg(test)]
mod tests;
