//! Saving the open draft: every edit is written to the journal at once; the draft itself is
//! saved when typing pauses and when the page is hidden or left, as the next revision, and is
//! only reported as saved once the stored text has been read back. A save that finds another
//! tab's newer save merges with it instead of writing over it.

use super::{Action, Workspace};
use crate::browser::{self, storage};
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::edit::Edit;
use std::time::Duration;

/// How long typing may pause before the draft is saved.
const SAVE_AFTER: Duration = Duration::from_millis(700);
/// How soon after the first change since a save a due periodic version is kept, at the latest
/// (before the save: typing must pause longer than this for a save).
const KEEP_WITHIN: Duration = Duration::from_millis(500);
/// How often saving shows the storage in use again, in milliseconds.
const USAGE_EVERY_MS: u64 = 10_000;

/// Where the open draft stands.
#[derive(Clone, PartialEq, Debug)]
pub enum SaveState {
    /// Stored and verified, at this time (milliseconds since 1970).
    Saved(u64),
    /// Changed since the last save.
    Unsaved,
    /// The last save failed; the reason, for the person.
    Failed(Message),
    /// Shown read-only: another tab changed the same parts.
    ReadOnly,
}

/// What a failed save means for the person, and what they can do.
pub(super) fn save_message(e: &storage::SaveError) -> Message {
    use storage::SaveError::*;
    match e {
        Full => Message::text(|t| t.save_full),
        Unavailable(_) => Message::text(|t| t.save_unavailable),
        NotVerified | Newer(_) => Message::text(|t| t.save_not_verified),
        NoRoom { size, room } => {
            let (size, room) = (crate::texts::grouped(*size), crate::texts::grouped(*room));
            Message::new(move |t| t.no_room.with(&[&size, &room]))
        }
    }
}

impl Workspace {
    /// Records an applied edit: kept in the journal at once (a crash or a closed tab loses
    /// nothing), and the draft saved once typing pauses.
    pub(super) fn record(&self, edit: Edit) {
        let Some(id) = self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) else {
            return;
        };
        self.base.update_value(|b| {
            // Typing in one field keeps only its latest value.
            let same = b.pending.last().and_then(Edit::typing_target).is_some()
                && b.pending.last().and_then(Edit::typing_target) == edit.typing_target();
            if same {
                b.pending.pop();
            }
            b.pending.push(edit);
            storage::journal(&id, b.revision, &b.pending);
        });
        self.touch();
    }

    /// Marks the draft changed and saves it once typing pauses.
    pub(super) fn touch(&self) {
        if self.save_state.get_untracked() != SaveState::Unsaved {
            self.save_state.set(SaveState::Unsaved);
            self.keep_version_when_idle();
        }
        // A new draft's first word is stored at once: until then it was not in storage at all.
        if self.base.with_value(|b| b.unstored) {
            return self.first_save();
        }
        self.changed_at.set_value(browser::now_ms());
        if self.save_timer.with_value(Option::is_none) {
            self.save_after(SAVE_AFTER);
        }
    }

    /// Saves once typing has paused for [`SAVE_AFTER`]: one timer from the first change, which
    /// waits again for what is left when later changes came meanwhile (no timer set per key).
    fn save_after(&self, wait: Duration) {
        let ws = *self;
        let handle = set_timeout_with_handle(
            move || {
                if ws.save_timer.try_update_value(|t| *t = None).is_none() {
                    return;
                }
                let quiet = browser::now_ms().saturating_sub(ws.changed_at.get_value());
                match SAVE_AFTER.checked_sub(Duration::from_millis(quiet)) {
                    Some(left) if !left.is_zero() => ws.save_after(left),
                    _ => ws.save_now(),
                }
            },
            wait,
        )
        .ok();
        self.save_timer.set_value(handle);
    }

    /// Keeps the stored draft as its periodic version (when one is due) in the next idle moment,
    /// before the save that will replace it: the copy (as large as the draft) then stays out of
    /// the save. A save that comes first keeps the version itself.
    fn keep_version_when_idle(&self) {
        let Some(id) = self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) else {
            return;
        };
        let ws = *self;
        browser::events::when_idle(KEEP_WITHIN, move || {
            let same = ws.open.try_with_untracked(|o| o.as_ref().is_some_and(|o| o.id == id));
            if same != Some(true) || browser::crash::crashed() {
                return;
            }
            if browser::timing::measure("periodic version", || storage::keep_periodic(&id, browser::now_ms())) {
                ws.refresh_storage();
            }
        });
    }

    /// Saves the open draft now if it has unsaved changes.
    pub fn save_now(&self) {
        if browser::crash::crashed() {
            return;
        }
        if let Some(handle) = self.save_timer.try_get_value().flatten() {
            handle.clear();
            self.save_timer.set_value(None);
        }
        if matches!(
            self.save_state.try_get_untracked(),
            Some(SaveState::Saved(_) | SaveState::ReadOnly) | None
        ) {
            return;
        }
        browser::timing::measure("autosave", || self.write_open());
    }

    /// Writes the open draft as its next revision, reads it back and says so.
    fn write_open(&self) {
        self.settled.update(|n| *n += 1);
        let now = browser::now_ms();
        let Some((id, result)) = self.open.with_untracked(|o| {
            o.as_ref().map(|o| {
                let result = self.base.with_value(|b| {
                    storage::save(
                        &storage::Draft {
                            id: &o.id,
                            minutes: &o.minutes,
                            base: b.revision,
                            unsent: &b.unsent,
                        },
                        now,
                    )
                });
                (o.id.clone(), result)
            })
        }) else {
            return;
        };
        match result {
            Ok((info, text, kept)) => {
                let mut recovered = false;
                self.base.update_value(|b| {
                    b.unstored = false;
                    b.revision = info.revision;
                    b.prev_text = std::mem::replace(&mut b.saved_text, text);
                    b.pending.clear();
                    recovered = std::mem::take(&mut b.failing);
                });
                self.save_state.set(SaveState::Saved(now));
                self.drafts.update(|list| {
                    list.retain(|d| d.id != id);
                    list.insert(
                        0,
                        storage::DraftInfo {
                            id: id.clone(),
                            info,
                            unreadable: None,
                        },
                    );
                });
                // The figures shown follow when versions change, and every ten seconds of saves.
                if kept || now.saturating_sub(self.usage_at.get_value()) > USAGE_EVERY_MS {
                    self.refresh_storage();
                }
                if recovered {
                    self.dismiss_offering(&Action::FreeSpace);
                    self.notify(Message::text(|t| t.saved_again), false, Vec::new());
                }
            }
            // Another tab saved first: its changes are taken in, never written over.
            Err(storage::SaveError::Newer(_)) => self.reconcile(),
            Err(e) => {
                let mut already = false;
                self.base
                    .update_value(|b| already = std::mem::replace(&mut b.failing, true));
                let message = save_message(&e);
                self.save_state.set(SaveState::Failed(message.clone()));
                if !already {
                    let actions = match e {
                        storage::SaveError::Full => vec![Action::DownloadDraft, Action::FreeSpace],
                        _ => vec![Action::DownloadDraft],
                    };
                    self.notify(message, true, actions);
                }
            }
        }
    }

    /// Storage is full: old versions go (oldest first) and the draft is saved again.
    pub(super) fn free_space(&self) {
        let freed = storage::free_versions();
        self.save_now();
        self.refresh_storage();
        self.notify(Message::new(move |t| t.freed.of(freed)), false, Vec::new());
    }

    /// Shows again how much storage is used, and the open draft's versions (counted from what
    /// storage knows of its keys: no value is read).
    pub(super) fn refresh_storage(&self) {
        self.usage_at.set_value(browser::now_ms());
        let persisted = self.usage.with_untracked(|u| u.persisted);
        self.usage.set(storage::Usage {
            persisted,
            ..storage::usage()
        });
        let versions = self
            .open
            .with_untracked(|o| o.as_ref().map(|o| storage::versions(&o.id)))
            .unwrap_or_default();
        if self.versions.with_untracked(|v| *v != versions) {
            self.versions.set(versions);
        }
    }
}
