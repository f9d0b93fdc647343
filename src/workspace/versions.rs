//! The open draft's earlier versions: looked at, and restored (the current one is kept as a
//! version first, so a restore can itself be undone by restoring).

use super::saving::SaveState;
use super::Workspace;
use crate::browser::{self, storage};
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::store::versions::Reason;
use muistio_core::{store, Ids, Minutes};

impl Workspace {
    /// The document of a kept version of the open draft.
    pub fn version(&self, at: u64) -> Option<Minutes> {
        let id = self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone()))?;
        let text = storage::version_text(&id, at)?;
        store::open(&text, &mut Ids::seeded(browser::random_seed()))
            .ok()
            .map(|e| e.minutes)
    }

    /// Keeps the open draft as it is now among its versions (before a change of an entry's kind,
    /// say), so that the change can be taken back whatever happens after it.
    pub fn checkpoint(&self, reason: Reason) {
        self.save_now();
        let Some(id) = self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) else {
            return;
        };
        if let Some(text) = storage::raw(&id) {
            let _ = storage::keep_version(&id, reason, &text, browser::now_ms());
            self.refresh_storage();
        }
    }

    /// Puts a kept version in place of the open draft, keeping the current one as a version.
    pub fn restore_version(&self, at: u64) {
        let Some(old) = self.version(at) else {
            return self.notify(Message::text(|t| t.version_unreadable), true, Vec::new());
        };
        self.save_now();
        let Some(id) = self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) else {
            return;
        };
        if let Some(text) = storage::raw(&id) {
            let _ = storage::keep_version(&id, Reason::Restore, &text, browser::now_ms());
        }
        self.replace_doc(old);
        self.history.set_value(Default::default());
        self.can_undo.set(false);
        self.can_redo.set(false);
        self.save_state.set(SaveState::Unsaved);
        self.save_now();
        self.refresh_storage();
        let (date, clock) = (browser::local_date(at), browser::local_clock(at));
        let message = Message::new(move |t| t.version_restored.with(&[&t.date_time.with(&[&date, &clock])]));
        self.notify(message, false, Vec::new());
    }
}
