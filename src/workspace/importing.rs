//! Import: a file or pasted text made a new draft, refused before anything is stored when the
//! browser's storage has no room for it; a backup restores its drafts, and a copy that came back
//! is asked about first.

use super::drafts::import_message;
use super::Workspace;
use crate::browser::storage;
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::store::backup::Backup;
use muistio_core::store::Origin;
use muistio_core::{restore, Restored};

impl Workspace {
    /// Makes a document out of a file or pasted text and saves it as a new draft; a backup
    /// file restores its drafts. On any error the person is told why and nothing stored changes.
    pub fn import(&self, bytes: &[u8]) -> bool {
        crate::browser::timing::measure("import", || self.import_bytes(bytes))
    }

    /// What [`Workspace::import`] does, measured as one step.
    fn import_bytes(&self, bytes: &[u8]) -> bool {
        if let Some(backup) = Backup::read(bytes) {
            return match backup {
                Ok(backup) => {
                    self.restore_backup(backup);
                    true
                }
                Err(e) => {
                    self.notify(import_message(e), true, Vec::new());
                    false
                }
            };
        }
        let restored = match self.with_ids(|ids| restore(bytes, ids)) {
            Ok(r) => r,
            Err(e) => {
                self.notify(import_message(e), true, Vec::new());
                return false;
            }
        };
        // A copy of a draft kept here, sent back edited: the person is asked what to do with it.
        if let Some(returned) = self.returned(bytes, &restored) {
            self.pending_return.set(Some(returned));
            return true;
        }
        self.import_restored(restored)
    }

    /// Stores a document read from a file or pasted text as a new draft.
    pub(super) fn import_restored(&self, restored: Restored) -> bool {
        let doc = restored.minutes;
        let (items, people) = (doc.items.len(), doc.attendees.len());
        // A copy made from another Muistio's file keeps where it started, so that the files
        // made from it can be merged back into the original three ways.
        let origin = (restored.origin == Origin::Saved).then(|| restored.base.unwrap_or_else(|| doc.clone()));
        if !self.add_draft(doc) {
            return false;
        }
        if let (Some(origin), Some(id)) = (origin, self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone()))) {
            // Without room for it the draft still works; only its copies merge two ways.
            let _ = storage::set_origin(&id, &origin);
        }
        let message = Message::new(move |t| {
            t.imported
                .with(&[&t.item_count.of(items), &t.attendee_count.of(people)])
        });
        self.notify(message, false, Vec::new());
        true
    }
}
