//! The saved format: the versioned [`Envelope`] a draft is kept in (in the browser's storage
//! and in Muistio files), read back through every earlier version (`migrate.rs`), and where a
//! draft sits inside the files that carry one (a part of a Word or OpenDocument file, a script
//! element of a web page). It sits low: the readers and the writers both use it.

mod migrate;

use crate::error::ImportError;
use crate::model::{Id, Minutes};
use serde::{Deserialize, Serialize};

/// The part of a Word or OpenDocument file that holds the draft.
pub const DRAFT_PART: &str = "muistio/draft.json";

/// The element of a web page that holds the draft (its JSON follows, then `</script>`).
pub const DRAFT_SCRIPT: &str = r#"<script type="application/json" id="muistio-draft">"#;

/// The draft's saved form inside a web page made by Muistio, if it is one.
pub fn embedded_draft(html: &str) -> Option<String> {
    let start = html.find(DRAFT_SCRIPT)? + DRAFT_SCRIPT.len();
    let end = start + html[start..].find("</script>")?;
    Some(html[start..end].to_string())
}

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

pub fn from_json(text: &str) -> Result<Envelope, ImportError> {
    // A file of this version is read straight into the envelope; an older one goes through
    // the migrations, which work on the JSON's tree (three times the work of reading it).
    #[derive(serde::Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u64>,
    }
    if let Ok(Head {
        format: Some(format),
        version: Some(VERSION),
    }) = serde_json::from_str::<Head>(text)
    {
        if format == FORMAT {
            return serde_json::from_str(text).map_err(|e| ImportError::Damaged { detail: e.to_string() });
        }
    }
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
