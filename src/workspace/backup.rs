//! A backup of every draft with its versions in one file, and reading one back without
//! writing over anything newer.

use super::files::download_failed;
use super::Workspace;
use crate::browser::{self, storage};
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::export::Exported;
use muistio_core::store::backup::{step, BackedUp, BackedVersion, Backup, Step};
use muistio_core::store::versions::Reason;

impl Workspace {
    /// Downloads every draft in this browser, with its versions, as one backup file.
    pub fn export_all(&self) {
        self.save_now();
        let drafts: Vec<BackedUp> = self
            .drafts
            .get_untracked()
            .into_iter()
            .filter_map(|d| {
                let draft = storage::raw(&d.id)?;
                let versions = storage::versions(&d.id)
                    .into_iter()
                    .filter_map(|v| {
                        let draft = storage::version_text(&d.id, v.at)?;
                        Some(BackedVersion {
                            at: v.at,
                            reason: v.reason,
                            draft,
                        })
                    })
                    .collect();
                Some(BackedUp {
                    id: d.id,
                    draft,
                    versions,
                })
            })
            .collect();
        let count = drafts.len();
        let now = browser::now_ms();
        let date = browser::today()
            .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
            .unwrap_or_default();
        let file = Exported {
            name: format!("{date} {}.json", self.t_untracked().backup_name),
            mime: "application/json",
            bytes: Backup::new(drafts, now).to_json().into_bytes(),
        };
        match browser::download::download(&file) {
            Ok(()) => self.notify(Message::new(move |t| t.backed_up.of(count)), false, Vec::new()),
            Err(e) => self.notify(download_failed(e), true, Vec::new()),
        }
    }

    /// Restores the drafts of a backup: those this browser lacks are added, older copies are
    /// replaced (and kept as versions), newer ones are left as they are; then says what it did.
    pub(super) fn restore_backup(&self, backup: Backup) {
        self.save_now();
        let now = browser::now_ms();
        let (mut added, mut replaced, mut kept, mut skipped) = (0, 0, 0, 0);
        for draft in &backup.drafts {
            let local = storage::load(&draft.id).ok().map(|e| e.saved_at);
            let (what, _) = step(draft, local);
            let done = match what {
                Step::Add => storage::put_raw(&draft.id, &draft.draft).is_ok(),
                Step::Replace => {
                    if let Some(text) = storage::raw(&draft.id) {
                        let _ = storage::keep_version(&draft.id, Reason::Import, &text, now);
                    }
                    storage::put_raw(&draft.id, &draft.draft).is_ok()
                }
                Step::Keep | Step::Skip => false,
            };
            if done {
                for v in &draft.versions {
                    let _ = storage::keep_version(&draft.id, v.reason, &v.draft, v.at);
                }
            }
            match (what, done) {
                (Step::Add, true) => added += 1,
                (Step::Replace, true) => replaced += 1,
                (Step::Keep, _) => kept += 1,
                _ => skipped += 1,
            }
        }
        self.drafts.set(storage::list());
        self.refresh_storage();
        if self.open.with_untracked(Option::is_some) {
            self.reconcile();
        }
        let message = Message::new(move |t| {
            t.restored.with(&[
                &t.restored_added.of(added),
                &t.restored_replaced.of(replaced),
                &t.restored_kept.of(kept),
                &t.restored_skipped.of(skipped),
            ])
        });
        self.notify(message, skipped > 0, Vec::new());
    }
}
