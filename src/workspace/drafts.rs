//! Drafts: new, copy, open (with the edits a crash left unsaved), delete and bring back.

use super::saving::{save_message, SaveState};
use super::{Action, Base, OpenDraft, Undo, Workspace};
use crate::browser::{self, storage};
use crate::texts::{self, Message};
use leptos::prelude::*;
use muistio_core::edit::forms::skeleton;
use muistio_core::store::copies;
use muistio_core::store::versions::Reason;
use muistio_core::store::{Envelope, Unsent};
use muistio_core::{Date, DocKind, Minutes};

impl Workspace {
    /// Stores `doc` as a new draft and opens it; false (and a notice) when it could not be stored.
    pub(super) fn add_draft(&self, doc: Minutes) -> bool {
        self.save_now();
        let id = format!("{:x}", self.new_id().0);
        let draft = storage::Draft {
            id: &id,
            minutes: &doc,
            base: 0,
            unsent: &[],
        };
        let saved = match storage::save(&draft, browser::now_ms()) {
            Ok(saved) => Some(saved),
            // A document the browser's storage cannot hold is refused: nothing was stored.
            Err(e @ storage::SaveError::NoRoom { .. }) => {
                self.notify(save_message(&e), true, Vec::new());
                return false;
            }
            Err(e) => {
                self.notify(save_message(&e), true, vec![Action::DownloadDraft]);
                None
            }
        };
        if saved.is_some() {
            storage::set_open_id(Some(&id));
            self.drafts.set(storage::list());
            // The first draft kept here: ask the browser not to evict the drafts.
            if self.usage.with_untracked(|u| u.persisted.is_none()) {
                let usage = self.usage;
                storage::persist::ask(move |yes| usage.update(|u| u.persisted = Some(yes)));
            }
        }
        // A new draft is for writing: the editor, not the preview.
        self.preview.set(false);
        let base = saved.map(|(info, text, _)| Base {
            revision: info.revision,
            saved_text: text,
            ..Base::default()
        });
        let stored = base.is_some();
        self.show(OpenDraft { id, minutes: doc }, base.unwrap_or_default());
        if !stored {
            self.save_state.set(SaveState::Unsaved);
        }
        stored
    }

    /// Starts a blank memo dated today. It is stored with the first thing typed into it (then
    /// at once, see `touch`), so an untouched "Uusi muistio" leaves nothing behind.
    pub fn new_blank(&self) {
        self.new_of_kind(DocKind::Memo);
    }

    /// Starts a new document of `kind` dated today, in the interface's language: a memo is
    /// blank; formal minutes and an agenda have the standard items, numbered with § as the
    /// language numbers them, and their formal fields open. Stored as [`Workspace::new_blank`].
    pub fn new_of_kind(&self, kind: DocKind) {
        self.save_now();
        // A new document is written in the interface's language until the person says otherwise.
        let lang = self.ui_lang.get_untracked();
        let mut doc = self.with_ids(|ids| skeleton(kind, lang, ids));
        doc.header.when.date = browser::today().and_then(|(y, m, d)| Date::new(y, m, d));
        let id = format!("{:x}", self.new_id().0);
        self.preview.set(false);
        let base = Base {
            unstored: true,
            ..Base::default()
        };
        self.show(OpenDraft { id, minutes: doc }, base);
        self.focus_on("header-title");
    }

    /// Stores a draft started by [`Workspace::new_blank`] the moment something is typed into it.
    pub(super) fn first_save(&self) {
        let Some(id) = self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) else {
            return;
        };
        self.save_now();
        if self.base.with_value(|b| b.unstored) {
            return;
        }
        storage::set_open_id(Some(&id));
        if self.usage.with_untracked(|u| u.persisted.is_none()) {
            let usage = self.usage;
            storage::persist::ask(move |yes| usage.update(|u| u.persisted = Some(yes)));
        }
    }

    /// Starts the next meeting's memo from a draft's header and attendees.
    pub fn new_follow_up(&self, id: &str) {
        match storage::load(id) {
            Ok(saved) => {
                let next = self.with_ids(|ids| saved.minutes.follow_up(ids));
                self.add_draft(next);
                self.focus_on("header-title");
            }
            Err(e) => self.notify(import_message(e), true, Vec::new()),
        }
    }

    /// Copies a whole draft into a new one, titled with the day of the copy ("Kokous (kopio
    /// 29.11.)", "(kopio 29.11. 2)" for a second that day; a copy of a copy is named from the
    /// original title).
    pub fn duplicate(&self, id: &str) {
        match storage::load(id) {
            Ok(saved) => {
                let mut copy = self.with_ids(|ids| saved.minutes.with_fresh_ids(ids));
                let t = self.t_untracked();
                let day = browser::today()
                    .map(|(_, m, d)| format!("{d}.{m}."))
                    .unwrap_or_default();
                let marks = texts::LANGUAGES.map(|(lang, _)| texts::of(lang).copy);
                let title = match copy.header.title.trim() {
                    "" => t.untitled.to_string(),
                    title => title.to_string(),
                };
                let taken = |name: &str| self.drafts.with_untracked(|d| d.iter().any(|x| x.info.title == name));
                copy.header.title =
                    copies::copy_title(&title, &marks, &day, taken, |t0, stamp| t.copy_of.with(&[t0, stamp]));
                self.add_draft(copy);
            }
            Err(e) => self.notify(import_message(e), true, Vec::new()),
        }
    }

    /// Opens a stored draft, with the edits a crashed or closed tab did not save.
    pub fn open_draft(&self, id: &str) {
        self.save_now();
        let text = storage::raw(id).unwrap_or_default();
        match storage::load(id) {
            Ok(saved) => {
                storage::set_open_id(Some(id));
                let base = Base {
                    revision: saved.revision,
                    saved_text: text,
                    unsent: saved.unsent.clone(),
                    ..Base::default()
                };
                self.show(
                    OpenDraft {
                        id: id.to_string(),
                        minutes: saved.minutes.clone(),
                    },
                    base,
                );
                self.save_state.set(SaveState::Saved(saved.saved_at));
                self.recover_journal(id, &saved);
            }
            Err(e) => self.notify(import_message(e), true, Vec::new()),
        }
    }

    /// Brings back the edits of the journal of draft `id`: applied when they start from the
    /// revision that is stored, kept as a version otherwise (another tab saved since).
    fn recover_journal(&self, id: &str, saved: &Envelope) {
        let Some((revision, edits)) = storage::take_journal(id) else {
            return;
        };
        let count = edits.len();
        if revision == saved.revision {
            for edit in edits {
                self.edit(edit);
            }
            self.notify(Message::new(move |t| t.recovered.of(count)), false, Vec::new());
        } else {
            let mut copy = saved.minutes.clone();
            for edit in edits {
                let _ = copy.apply(edit);
            }
            let text = Envelope::stored(&copy, browser::now_ms(), revision, &[]);
            let _ = storage::keep_version(id, Reason::Conflict, &text, browser::now_ms());
            self.refresh_storage();
            self.notify(Message::new(move |t| t.recovered_aside.of(count)), false, Vec::new());
        }
    }

    /// Puts a document on screen with a fresh history, starting from `base`.
    pub(super) fn show(&self, draft: OpenDraft, base: Base) {
        // A meeting running in the draft left keeps its current item's time there.
        if self.live.with_untracked(Option::is_some) {
            self.pause_meeting();
            self.save_now();
        }
        self.history.set_value(Default::default());
        self.base.set_value(base);
        self.can_undo.set(false);
        self.can_redo.set(false);
        self.read_only.set(false);
        self.open.set(Some(draft));
        self.settled.update(|n| *n += 1);
        self.save_state.set(SaveState::Saved(browser::now_ms()));
        self.refresh_storage();
    }

    /// Deletes a draft (kept as a version until pruned); the notice can bring it back.
    pub fn delete_draft(&self, id: &str) {
        let title = self
            .drafts
            .with_untracked(|d| d.iter().find(|x| x.id == id).map(|x| x.info.title.clone()))
            .unwrap_or_default();
        if self.open.with_untracked(|o| o.as_ref().is_some_and(|o| o.id == id)) {
            self.save_now();
            self.open.set(None);
        }
        let saved = storage::raw(id);
        if let Some(text) = &saved {
            let _ = storage::keep_version(id, Reason::Deletion, text, browser::now_ms());
        }
        storage::remove(id);
        self.drafts.set(storage::list());
        self.refresh_storage();
        self.notify(
            Message::new(move |t| t.deleted.with(&[if title.is_empty() { t.untitled } else { &title }])),
            false,
            saved
                .map(|s| vec![Action::Undo(Undo::Draft(id.to_string(), s))])
                .unwrap_or_default(),
        );
    }

    /// Brings a deleted draft back and opens it.
    pub(super) fn undelete(&self, id: &str, text: &str) {
        match storage::put_raw(id, text) {
            Ok(()) => {
                self.drafts.set(storage::list());
                self.open_draft(id);
            }
            Err(e) => self.notify(save_message(&e), true, Vec::new()),
        }
    }

    /// The entry box used last (`None` inside: the introduction's), if any.
    pub fn last_box(&self) -> Option<Option<muistio_core::Id>> {
        self.base.with_value(|b| b.unsent.last().map(|u| u.item))
    }

    /// The text typed into the entry box of `item` (`None`: the introduction's) and not added.
    pub fn unsent(&self, item: Option<muistio_core::Id>) -> String {
        self.base
            .with_value(|b| b.unsent.iter().find(|u| u.item == item).map(|u| u.text.clone()))
            .unwrap_or_default()
    }

    /// Keeps what is typed in an entry box with the draft (saved when typing pauses); the box
    /// becomes the one used last (the list's last, kept even when empty), where "Jatka
    /// kirjoittamista" leads.
    pub fn set_unsent(&self, item: Option<muistio_core::Id>, text: &str) {
        let changed = self.base.try_update_value(|b| {
            let entry = Unsent {
                item,
                text: text.to_string(),
            };
            if b.unsent.last() == Some(&entry) {
                return false;
            }
            b.unsent.retain(|u| u.item != item && !u.text.is_empty());
            b.unsent.push(entry);
            true
        });
        if changed == Some(true) && !self.read_only.get_untracked() {
            self.touch();
        }
    }
}

/// Why an input did not open, in the interface's language.
pub(super) fn import_message(e: muistio_core::ImportError) -> Message {
    Message::new(move |t| e.message(t.lang))
}
