//! A backup of every draft in the browser, with its kept versions, in one file; and what
//! reading one back does: a draft the browser does not have is added, an older copy of a draft
//! is replaced (kept as a version first), a newer one is left as it is.

use super::versions::Reason;
use super::{open, Envelope};
use crate::error::ImportError;
use crate::model::Ids;
use serde::{Deserialize, Serialize};

/// The `format` field of a backup.
pub const FORMAT: &str = "muistio-backup";
/// The backup format's version.
pub const VERSION: u64 = 1;
/// The largest backup read, in bytes (the browser keeps about 5 million characters).
pub const MAX_BYTES: usize = 24 << 20;

/// Every draft, as saved, with its versions.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`FORMAT`].
    pub format: String,
    /// The backup format's version.
    pub version: u64,
    /// When it was made, milliseconds since 1970.
    pub made_at: u64,
    /// The drafts.
    pub drafts: Vec<BackedUp>,
}

/// One draft in a backup: its storage id, its saved text, its kept versions.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct BackedUp {
    /// The draft's id in storage.
    pub id: String,
    /// Its saved envelope, as stored.
    pub draft: String,
    /// Its kept versions.
    #[serde(default)]
    pub versions: Vec<BackedVersion>,
}

/// A kept version in a backup.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct BackedVersion {
    /// When it was kept.
    pub at: u64,
    /// Why.
    pub reason: Reason,
    /// Its saved envelope, as stored.
    pub draft: String,
}

impl Backup {
    /// A backup made now of these drafts.
    pub fn new(drafts: Vec<BackedUp>, made_at: u64) -> Backup {
        Backup {
            format: FORMAT.into(),
            version: VERSION,
            made_at,
            drafts,
        }
    }

    /// The backup file's contents.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a backup always serialises")
    }

    /// Reads a backup file: `None` when the bytes are not a backup at all (then they are a
    /// memo or a draft for [`super::restore`]), `Err` when they are a damaged or newer one.
    pub fn read(bytes: &[u8]) -> Option<Result<Backup, ImportError>> {
        let head: Vec<u8> = bytes
            .iter()
            .copied()
            .filter(|b| !b.is_ascii_whitespace())
            .take(64)
            .collect();
        let head = String::from_utf8_lossy(&head);
        if !head.starts_with('{') || !head.contains(&format!("\"format\":\"{FORMAT}\"")) {
            return None;
        }
        if bytes.len() > MAX_BYTES {
            return Some(Err(ImportError::TooLarge {
                bytes: bytes.len(),
                limit: MAX_BYTES,
            }));
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => return Some(Err(ImportError::Damaged { detail: e.to_string() })),
        };
        let value: serde_json::Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => return Some(Err(ImportError::Damaged { detail: e.to_string() })),
        };
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(found) if found > VERSION => return Some(Err(ImportError::TooNew { found })),
            Some(_) => {}
            None => {
                return Some(Err(ImportError::Damaged {
                    detail: "no version".into(),
                }))
            }
        }
        Some(serde_json::from_value(value).map_err(|e| ImportError::Damaged { detail: e.to_string() }))
    }
}

/// What reading a backup does with one draft.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    /// The browser does not have it: added.
    Add,
    /// The browser's copy is older: kept as a version, then replaced.
    Replace,
    /// The browser's copy is as new or newer: left as it is.
    Keep,
    /// The draft in the backup cannot be opened: left out.
    Skip,
}

/// The step for a backed-up draft, given when the browser's copy of it was saved (`None`: the
/// browser has no such draft), and its envelope when it opens.
pub fn step(draft: &BackedUp, local_saved_at: Option<u64>) -> (Step, Option<Envelope>) {
    let Ok(envelope) = open(&draft.draft, &mut Ids::seeded(1)) else {
        return (Step::Skip, None);
    };
    let step = match local_saved_at {
        None => Step::Add,
        Some(local) if envelope.saved_at > local => Step::Replace,
        Some(_) => Step::Keep,
    };
    (step, Some(envelope))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Minutes;

    fn draft(id: &str, saved_at: u64) -> BackedUp {
        let mut doc = Minutes::default();
        doc.header.title = format!("Kokous {id}");
        BackedUp {
            id: id.into(),
            draft: Envelope::stored(&doc, saved_at, 3, &[]),
            versions: vec![BackedVersion {
                at: saved_at - 1,
                reason: Reason::Periodic,
                draft: Envelope::stored(&doc, saved_at - 1, 2, &[]),
            }],
        }
    }

    #[test]
    fn a_backup_reads_back_whole() {
        let backup = Backup::new(vec![draft("a", 100), draft("b", 200)], 300);
        let text = backup.to_json();
        assert_eq!(Backup::read(text.as_bytes()), Some(Ok(backup)));
        assert_eq!(
            Backup::read(b"Hallituksen kokous\n\nMUISTIO"),
            None,
            "a memo is no backup"
        );
        assert_eq!(
            Backup::read(br#"{"format":"muistio","version":2}"#),
            None,
            "nor is a draft"
        );
        assert!(matches!(
            Backup::read(br#"{"format":"muistio-backup","version":9}"#),
            Some(Err(ImportError::TooNew { found: 9 }))
        ));
        assert!(matches!(
            Backup::read(br#"{ "format" : "muistio-backup", "drafts": ["#),
            Some(Err(ImportError::Damaged { .. }))
        ));
    }

    #[test]
    fn newer_drafts_are_never_replaced() {
        let d = draft("a", 100);
        assert_eq!(step(&d, None).0, Step::Add);
        assert_eq!(step(&d, Some(50)).0, Step::Replace);
        assert_eq!(step(&d, Some(100)).0, Step::Keep);
        assert_eq!(step(&d, Some(150)).0, Step::Keep);
        let broken = BackedUp {
            draft: "{\"format\":\"muistio\",".into(),
            ..d
        };
        assert_eq!(step(&broken, None).0, Step::Skip);
    }
}
