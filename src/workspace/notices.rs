//! Messages to the person, and what a notice's buttons do: undo, download the draft, make
//! room in storage, take the draft over from another tab.

use super::Workspace;
use crate::texts::{Message, Texts};
use leptos::prelude::*;

/// A message to the person.
#[derive(Clone, PartialEq, Debug)]
pub struct Notice {
    /// Distinguishes notices in the list.
    pub key: u64,
    /// What happened, in the interface's language.
    pub text: Message,
    /// An error (read out at once) rather than information.
    pub error: bool,
    /// The buttons it offers.
    pub actions: Vec<Action>,
}

/// What a notice's undo button brings back.
#[derive(Clone, PartialEq, Debug)]
pub enum Undo {
    /// A deleted draft: its id and saved text.
    Draft(String, String),
    /// The last edit to the open document.
    Edit,
}

/// A button on a notice.
#[derive(Clone, PartialEq, Debug)]
pub enum Action {
    /// "Kumoa".
    Undo(Undo),
    /// Download the open draft as a Muistio file (storage failed).
    DownloadDraft,
    /// Delete old versions to make room, then save again.
    FreeSpace,
    /// Edit here the draft another tab changed (leaving read-only).
    TakeOver,
}

impl Action {
    /// The button's label.
    pub fn label(&self, t: &Texts) -> &'static str {
        match self {
            Action::Undo(_) => t.undo,
            Action::DownloadDraft => t.download_draft,
            Action::FreeSpace => t.free_space,
            Action::TakeOver => t.take_over,
        }
    }
}

impl Workspace {
    /// Shows a notice; only the latest few stay on screen.
    pub(crate) fn notify(&self, text: Message, error: bool, actions: Vec<Action>) {
        let key = self.next_key.get_value();
        let lasting = error || !actions.is_empty();
        self.next_key.set_value(key + 1);
        self.notices.update(|n| {
            n.push(Notice {
                key,
                text,
                error,
                actions,
            });
            let excess = n.len().saturating_sub(4);
            n.drain(..excess);
        });
        // A notice that only informs goes by itself after a while; errors and offers stay.
        if !lasting {
            let ws = *self;
            set_timeout(move || ws.dismiss(key), std::time::Duration::from_secs(12));
        }
    }

    /// Removes a notice.
    pub fn dismiss(&self, key: u64) {
        self.notices.update(|n| n.retain(|x| x.key != key));
    }

    /// Removes every notice that offers `action`.
    pub(super) fn dismiss_offering(&self, action: &Action) {
        if self
            .notices
            .with_untracked(|n| n.iter().any(|x| x.actions.contains(action)))
        {
            self.notices.update(|n| n.retain(|x| !x.actions.contains(action)));
        }
    }

    /// Carries out a notice's button, and removes the notice.
    pub fn act(&self, key: u64, action: Action) {
        self.dismiss(key);
        match action {
            Action::Undo(Undo::Draft(id, text)) => self.undelete(&id, &text),
            Action::Undo(Undo::Edit) => self.undo(),
            Action::DownloadDraft => self.download(muistio_core::export::Format::Json),
            Action::FreeSpace => self.free_space(),
            Action::TakeOver => self.take_over(),
        }
    }
}
