//! Saving the open draft: debounced after each change, flushed when the page is hidden or left,
//! and only reported as saved once the stored text has been read back.

use super::Workspace;
use crate::browser::{self, storage};
use crate::texts::Message;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing may pause before the draft is saved.
const SAVE_AFTER: Duration = Duration::from_millis(700);

/// Where the open draft stands.
#[derive(Clone, PartialEq, Debug)]
pub enum SaveState {
    /// Stored and verified, at this time (milliseconds since 1970).
    Saved(u64),
    /// Changed since the last save.
    Unsaved,
    /// The last save failed; the reason, for the person.
    Failed(Message),
}

/// What a failed save means for the person, and what they can do.
pub(super) fn save_message(e: &storage::SaveError) -> Message {
    use storage::SaveError::*;
    match e {
        Full => Message::text(|t| t.save_full),
        Unavailable(_) => Message::text(|t| t.save_unavailable),
        NotVerified => Message::text(|t| t.save_not_verified),
    }
}

impl Workspace {
    /// Marks the draft changed and saves it once typing pauses.
    pub(super) fn touch(&self) {
        if self.save_state.get_untracked() != SaveState::Unsaved {
            self.save_state.set(SaveState::Unsaved);
        }
        if let Some(handle) = self.save_timer.get_value() {
            handle.clear();
        }
        let ws = *self;
        let handle = set_timeout_with_handle(move || ws.save_now(), SAVE_AFTER).ok();
        self.save_timer.set_value(handle);
    }

    /// Saves the open draft now if it has unsaved changes.
    pub fn save_now(&self) {
        if let Some(handle) = self.save_timer.try_get_value().flatten() {
            handle.clear();
            self.save_timer.set_value(None);
        }
        if matches!(self.save_state.try_get_untracked(), Some(SaveState::Saved(_)) | None) {
            return;
        }
        self.settled.update(|n| *n += 1);
        let Some((id, result, info)) = self.open.with_untracked(|o| {
            o.as_ref().map(|o| {
                let now = browser::now_ms();
                let result = storage::save(&o.id, &o.minutes, now).map(|()| now);
                (o.id.clone(), result, storage::info(&o.id, &o.minutes, now))
            })
        }) else {
            return;
        };
        match result {
            Ok(at) => {
                let first_failure_cleared = matches!(self.save_state.get_untracked(), SaveState::Failed(_));
                self.save_state.set(SaveState::Saved(at));
                self.drafts.update(|list| {
                    list.retain(|d| d.id != id);
                    list.insert(0, info);
                });
                if first_failure_cleared {
                    self.notify(Message::text(|t| t.saved_again), false, None);
                }
            }
            Err(e) => {
                let already = matches!(self.save_state.get_untracked(), SaveState::Failed(_));
                let message = save_message(&e);
                self.save_state.set(SaveState::Failed(message.clone()));
                if !already {
                    self.notify(message, true, None);
                }
            }
        }
    }
}
