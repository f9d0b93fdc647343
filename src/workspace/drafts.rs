//! Drafts: import, new, copy, open, delete and bring back.

use super::{OpenDraft, Undo, Workspace};
use crate::browser::{self, storage};
use crate::texts;
use leptos::prelude::*;
use muistio_core::export::{export, pdf, ExportError, Exported, Format};
use muistio_core::{restore, Date, Minutes};

impl Workspace {
    /// Stores `doc` as a new draft and opens it; false (and a notice) when it could not be stored.
    fn add_draft(&self, doc: Minutes) -> bool {
        self.save_now();
        let id = format!("{:x}", self.new_id().0);
        let stored = match storage::save(&id, &doc, browser::now_ms()) {
            Ok(()) => true,
            Err(e) => {
                self.notify(texts::save_failed(&e), true, None);
                false
            }
        };
        if stored {
            storage::set_open_id(Some(&id));
            self.drafts.set(storage::list());
        }
        self.show(OpenDraft { id, minutes: doc }, stored);
        stored
    }

    /// Makes a document out of a file or pasted text and saves it as a new draft. On any error
    /// the person is told why and nothing stored changes.
    pub fn import(&self, bytes: &[u8]) -> bool {
        let restored = match self.with_ids(|ids| restore(bytes, ids)) {
            Ok(r) => r,
            Err(e) => {
                self.notify(e.message(texts::UI_LANG), true, None);
                return false;
            }
        };
        let doc = restored.minutes;
        let message = texts::imported(doc.items.len(), doc.attendees.len());
        self.add_draft(doc);
        self.notify(message, false, None);
        true
    }

    /// Starts a blank memo dated today.
    pub fn new_blank(&self) {
        let mut doc = Minutes::default();
        doc.header.when.date = browser::today().and_then(|(y, m, d)| Date::new(y, m, d));
        self.add_draft(doc);
        self.focus_on("header-title");
    }

    /// Starts the next meeting's memo from a draft's header and attendees.
    pub fn new_follow_up(&self, id: &str) {
        match storage::load(id) {
            Ok((doc, _)) => {
                let next = self.with_ids(|ids| doc.follow_up(ids));
                self.add_draft(next);
                self.focus_on("header-title");
            }
            Err(e) => self.notify(e.message(texts::UI_LANG), true, None),
        }
    }

    /// Copies a whole draft into a new one.
    pub fn duplicate(&self, id: &str) {
        match storage::load(id) {
            Ok((doc, _)) => {
                let mut copy = self.with_ids(|ids| doc.with_fresh_ids(ids));
                copy.header.title = texts::copy_of(&copy.header.title);
                self.add_draft(copy);
            }
            Err(e) => self.notify(e.message(texts::UI_LANG), true, None),
        }
    }

    /// Opens a stored draft.
    pub fn open_draft(&self, id: &str) {
        self.save_now();
        match storage::load(id) {
            Ok((minutes, saved_at)) => {
                storage::set_open_id(Some(id));
                self.show(
                    OpenDraft {
                        id: id.to_string(),
                        minutes,
                    },
                    true,
                );
                self.save_state.set(super::SaveState::Saved(saved_at));
            }
            Err(e) => self.notify(e.message(texts::UI_LANG), true, None),
        }
    }

    /// Puts a document on screen with a fresh history.
    fn show(&self, draft: OpenDraft, stored: bool) {
        self.history.set_value(Default::default());
        self.can_undo.set(false);
        self.can_redo.set(false);
        self.open.set(Some(draft));
        self.settled.update(|n| *n += 1);
        self.save_state.set(if stored {
            super::SaveState::Saved(browser::now_ms())
        } else {
            super::SaveState::Unsaved
        });
    }

    /// Deletes a draft; the notice that says so can bring it back.
    pub fn delete_draft(&self, id: &str) {
        let title = self
            .drafts
            .with_untracked(|d| d.iter().find(|x| x.id == id).map(|x| x.title.clone()))
            .unwrap_or_default();
        if self.open.with_untracked(|o| o.as_ref().is_some_and(|o| o.id == id)) {
            self.save_now();
            self.open.set(None);
        }
        let saved = storage::raw(id);
        storage::remove(id);
        self.drafts.set(storage::list());
        let title = if title.is_empty() {
            texts::UNTITLED.to_string()
        } else {
            title
        };
        self.notify(
            texts::deleted(&title),
            false,
            saved.map(|s| Undo::Draft(id.to_string(), s)),
        );
    }

    /// Carries out the undo of a notice.
    pub fn undo_notice(&self, key: u64) {
        let undo = self
            .notices
            .with_untracked(|n| n.iter().find(|x| x.key == key).and_then(|x| x.undo.clone()));
        self.dismiss(key);
        match undo {
            Some(Undo::Draft(id, text)) => match storage::put_raw(&id, &text) {
                Ok(()) => {
                    self.drafts.set(storage::list());
                    self.open_draft(&id);
                }
                Err(e) => self.notify(texts::save_failed(&e), true, None),
            },
            Some(Undo::Edit) => self.undo(),
            None => {}
        }
    }

    /// Downloads the open document in `format` (a PDF fetches its fonts the first time).
    pub fn download(&self, format: Format) {
        self.save_now();
        let ws = *self;
        leptos::task::spawn_local(async move {
            match ws.make(format).await {
                Ok(file) => {
                    if let Err(e) = browser::download::download(&file) {
                        ws.notify(texts::download_failed(&format!("{e:?}")), true, None);
                    }
                }
                Err(message) => ws.notify(message, true, None),
            }
        });
    }

    /// Makes one file of the open document; `Err` holds what to tell the person.
    pub async fn make(&self, format: Format) -> Result<Exported, String> {
        let fonts = match format {
            Format::Pdf => Some(self.fonts().await?),
            _ => None,
        };
        let made = self.with_doc_untracked(|d| match &fonts {
            Some(f) => pdf::export(d, &f.0, &f.1).map_err(|e| texts::fonts_failed(e.0)),
            None => export(d, format, browser::now_ms()).map_err(|e| match e {
                ExportError::NoNextMeeting => texts::NO_NEXT_MEETING.to_string(),
                ExportError::NeedsFonts => texts::fonts_failed("PDF"),
            }),
        });
        made.unwrap_or_else(|| Err(texts::NOTHING_OPEN.into()))
    }

    /// The PDF fonts, fetched once and kept.
    async fn fonts(&self) -> Result<super::PdfFonts, String> {
        if let Some(f) = self.fonts.get_value() {
            return Ok(f);
        }
        let regular = browser::fetch::bytes("fonts/DejaVuSans.ttf")
            .await
            .map_err(|e| texts::fonts_failed(&e))?;
        let bold = browser::fetch::bytes("fonts/DejaVuSans-Bold.ttf")
            .await
            .map_err(|e| texts::fonts_failed(&e))?;
        let fonts = std::sync::Arc::new((regular, bold));
        self.fonts.set_value(Some(fonts.clone()));
        Ok(fonts)
    }
}
