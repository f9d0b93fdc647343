//! The same drafts open in several tabs or windows. Every tab hears at once (the browser's
//! `storage` event) when another saves: its list of drafts follows, and the draft it has open
//! takes the other tab's changes in. Changes of its own not yet saved are merged with them
//! part by part; where both changed the same part, nothing is written over: this tab keeps its
//! changes as a version and shows the draft read-only until the person takes it over here.

use super::saving::SaveState;
use super::{Action, Base, OpenDraft, Workspace};
use crate::browser::{self, storage};
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::edit::{diff, merge, Part};
use muistio_core::store::versions::Reason;
use muistio_core::store::{self, Envelope};
use muistio_core::Ids;

impl Workspace {
    /// Another tab changed `key` in storage (`value` is the new text, `None` when removed; the
    /// key `None` when it cleared all storage).
    pub fn storage_changed(&self, key: Option<&str>, value: Option<String>) {
        // What this tab knew of the sizes in storage is out of date.
        storage::changed_elsewhere();
        let Some((id, is_draft)) = key.and_then(storage::draft_of_key) else {
            return;
        };
        if !is_draft {
            // A list entry: the list of drafts follows.
            let entry = storage::draft_info(&id);
            self.drafts.update(|list| {
                list.retain(|d| d.id != id);
                if let Some(entry) = entry {
                    let at = list
                        .iter()
                        .position(|d| d.info.saved_at < entry.info.saved_at)
                        .unwrap_or(list.len());
                    list.insert(at, entry);
                }
            });
            self.refresh_storage();
            return;
        }
        if !self.open.with_untracked(|o| o.as_ref().is_some_and(|o| o.id == id)) {
            return;
        }
        match value {
            Some(_) => self.reconcile(),
            None => {
                // Deleted in another tab: it stays open here, and saving here brings it back.
                self.base.update_value(|b| b.revision = 0);
                self.notify(Message::text(|t| t.deleted_elsewhere), false, Vec::new());
            }
        }
    }

    /// Takes in the stored draft when another tab saved a newer revision of the open one:
    /// adopted as it is when nothing here is unsaved, merged with what is, or — where both
    /// changed the same part — shown read-only with this tab's changes kept as a version.
    pub(super) fn reconcile(&self) {
        let Some(id) = self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) else {
            return;
        };
        let (Some(text), Ok(theirs)) = (storage::raw(&id), storage::load(&id)) else {
            return;
        };
        let (revision, saved, previous) = self
            .base
            .with_value(|b| (b.revision, b.saved_text.clone(), b.prev_text.clone()));
        // Two tabs that saved at the same moment both wrote the same revision, and one wrote
        // over the other: the tab whose save is gone merges again from where both started.
        let overwritten = theirs.revision == revision && text != saved && !previous.is_empty();
        if theirs.revision < revision || (theirs.revision == revision && !overwritten) {
            return;
        }
        let unsaved = overwritten
            || !matches!(
                self.save_state.get_untracked(),
                SaveState::Saved(_) | SaveState::ReadOnly
            )
            || self.base.with_value(|b| !b.pending.is_empty());
        if !unsaved {
            self.adopt(theirs, text);
            return;
        }
        let started = if overwritten { previous } else { saved };
        let base = store::open(&started, &mut Ids::seeded(1))
            .map(|e| e.minutes)
            .unwrap_or_default();
        let merged = self.with_doc_untracked(|mine| merge(&base, mine, &theirs.minutes));
        match merged {
            Some(Ok(merged)) => {
                let _ = storage::keep_version(&id, Reason::Merge, &text, browser::now_ms());
                let revision = theirs.revision;
                self.replace_doc(merged);
                self.base.update_value(|b| {
                    b.revision = revision;
                    b.saved_text = text;
                });
                self.save_state.set(SaveState::Unsaved);
                self.save_now();
                self.notify(Message::text(|t| t.merged_other_tab), false, Vec::new());
            }
            Some(Err(_)) => {
                // Both changed the same part: this tab's changes go aside as a version.
                let now = browser::now_ms();
                if let Some(mine) = self.with_doc_untracked(|d| Envelope::stored(d, now, 0, &[])) {
                    let _ = storage::keep_version(&id, Reason::Conflict, &mine, now);
                }
                self.adopt(theirs, text);
                self.read_only.set(true);
                self.preview.set(true);
                self.save_state.set(SaveState::ReadOnly);
                self.notify(Message::text(|t| t.conflict_other_tab), true, vec![Action::TakeOver]);
            }
            None => {}
        }
    }

    /// Shows the stored draft as it is, redrawing only what differs.
    fn adopt(&self, theirs: Envelope, text: String) {
        let at = theirs.saved_at;
        let revision = theirs.revision;
        self.replace_doc(theirs.minutes);
        self.base.update_value(|b| {
            b.revision = revision;
            b.saved_text = text;
            b.pending.clear();
        });
        self.history.set_value(Default::default());
        self.can_undo.set(false);
        self.can_redo.set(false);
        // Still read-only here until the person takes it over: the indicator keeps saying so.
        self.save_state.set(if self.read_only.get_untracked() {
            SaveState::ReadOnly
        } else {
            SaveState::Saved(at)
        });
        self.refresh_storage();
    }

    /// Puts another document in place of the open one and wakes the views of what differs.
    pub(super) fn replace_doc(&self, minutes: muistio_core::Minutes) {
        let mut changed: Vec<Part> = Vec::new();
        self.open.update_untracked(|o| {
            if let Some(OpenDraft { minutes: old, .. }) = o {
                changed = diff(old, &minutes).into_iter().collect();
                *old = minutes;
            }
        });
        self.notify_parts(&changed);
        self.settled.update(|n| *n += 1);
    }

    /// Edits here the draft another tab changed: its newest saved form, this tab's own
    /// changes being in the versions.
    pub(super) fn take_over(&self) {
        let Some(id) = self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) else {
            return;
        };
        self.read_only.set(false);
        self.preview.set(false);
        if let (Some(text), Ok(saved)) = (storage::raw(&id), storage::load(&id)) {
            let unsent = self.base.with_value(|b| b.unsent.clone());
            self.replace_doc(saved.minutes);
            self.base.set_value(Base {
                revision: saved.revision,
                saved_text: text,
                unsent,
                ..Base::default()
            });
            self.save_state.set(SaveState::Saved(saved.saved_at));
        }
        self.dismiss_offering(&Action::TakeOver);
    }
}
