//! The app's state and the actions that change it: which drafts exist, which one is open, and
//! the notices shown to the person. Components call these actions; the actions call the core
//! and the browser effects.

use crate::browser::{self, storage};
use crate::texts;
use leptos::prelude::*;
use muistio_core::export::{export, Format};
use muistio_core::{restore, Ids, Minutes, Source};

/// The open draft: its storage id and its document.
#[derive(Clone, PartialEq, Debug)]
pub struct OpenDraft {
    /// Storage id.
    pub id: String,
    /// The document.
    pub minutes: Minutes,
}

/// A message to the person.
#[derive(Clone, PartialEq, Debug)]
pub struct Notice {
    /// Distinguishes notices in the list.
    pub key: u64,
    /// What happened.
    pub text: String,
    /// An error (read out at once) rather than information.
    pub error: bool,
    /// A deleted draft that "Kumoa" brings back: (id, saved text).
    pub undo: Option<(String, String)>,
}

/// Shared state, handed to components through context.
#[derive(Clone, Copy)]
pub struct Workspace {
    /// The drafts in storage, newest first.
    pub drafts: RwSignal<Vec<storage::DraftInfo>>,
    /// The draft on screen.
    pub open: RwSignal<Option<OpenDraft>>,
    /// Messages, oldest first.
    pub notices: RwSignal<Vec<Notice>>,
    next_key: StoredValue<u64>,
}

impl Workspace {
    /// Reads storage and reopens the draft that was open before the reload.
    pub fn load() -> Workspace {
        let ws = Workspace {
            drafts: RwSignal::new(storage::list()),
            open: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            next_key: StoredValue::new(0),
        };
        if let Some(id) = storage::open_id() {
            ws.open_draft(&id);
        }
        ws
    }

    /// The workspace provided by [`crate::app::App`].
    pub fn get() -> Workspace {
        expect_context::<Workspace>()
    }

    fn notify(&self, text: String, error: bool, undo: Option<(String, String)>) {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        self.notices.update(|n| n.push(Notice { key, text, error, undo }));
    }

    /// Removes a notice.
    pub fn dismiss(&self, key: u64) {
        self.notices.update(|n| n.retain(|x| x.key != key));
    }

    /// Makes a document out of a file or pasted text and saves it as a new draft. On any error
    /// the person is told why and nothing stored changes.
    pub fn import(&self, bytes: &[u8], source: Source) {
        let restored = match restore(bytes, source, &mut Ids::seeded(browser::random_seed())) {
            Ok(r) => r,
            Err(e) => return self.notify(e.message(texts::UI_LANG), true, None),
        };
        let id = format!("{:x}", Ids::seeded(browser::random_seed()).next_id().0);
        let doc = restored.minutes;
        if let Err(e) = storage::save(&id, &doc, browser::now_ms()) {
            self.notify(texts::save_failed(&e), true, None);
        }
        self.notify(texts::imported(doc.items.len(), doc.attendees.len()), false, None);
        storage::set_open_id(Some(&id));
        self.open.set(Some(OpenDraft { id, minutes: doc }));
        self.drafts.set(storage::list());
    }

    /// Opens a stored draft.
    pub fn open_draft(&self, id: &str) {
        match storage::load(id) {
            Ok((minutes, _)) => {
                storage::set_open_id(Some(id));
                self.open.set(Some(OpenDraft {
                    id: id.to_string(),
                    minutes,
                }));
            }
            Err(e) => self.notify(e.message(texts::UI_LANG), true, None),
        }
    }

    /// Deletes a draft; the notice that says so can bring it back.
    pub fn delete_draft(&self, id: &str) {
        let title = self
            .drafts
            .with(|d| d.iter().find(|x| x.id == id).map(|x| x.title.clone()))
            .unwrap_or_default();
        let saved = storage::raw(id);
        storage::remove(id);
        if self.open.with(|o| o.as_ref().is_some_and(|o| o.id == id)) {
            self.open.set(None);
        }
        self.drafts.set(storage::list());
        let title = if title.is_empty() {
            texts::UNTITLED.to_string()
        } else {
            title
        };
        self.notify(texts::deleted(&title), false, saved.map(|s| (id.to_string(), s)));
    }

    /// Brings back a deleted draft from its notice.
    pub fn undo_delete(&self, key: u64) {
        let undo = self
            .notices
            .with(|n| n.iter().find(|x| x.key == key).and_then(|x| x.undo.clone()));
        self.dismiss(key);
        if let Some((id, text)) = undo {
            match storage::put_raw(&id, &text) {
                Ok(()) => {
                    self.drafts.set(storage::list());
                    self.open_draft(&id);
                }
                Err(e) => self.notify(texts::save_failed(&e), true, None),
            }
        }
    }

    /// Downloads the open document in `format`.
    pub fn download(&self, format: Format) {
        let Some(file) = self
            .open
            .with(|o| o.as_ref().map(|o| export(&o.minutes, format, browser::now_ms())))
        else {
            return;
        };
        if let Err(e) = browser::download::download(&file) {
            self.notify(texts::download_failed(&format!("{e:?}")), true, None);
        }
    }

    /// Reports a file the browser could not read.
    pub fn file_failed(&self, reason: &str) {
        self.notify(texts::file_unreadable(reason), true, None);
    }
}
