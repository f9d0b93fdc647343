//! Drafts: import, new, copy, open, delete and bring back.

use super::saving::save_message;
use super::{OpenDraft, Undo, Workspace};
use crate::browser::{self, storage};
use crate::texts::Message;
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
                self.notify(save_message(&e), true, None);
                false
            }
        };
        if stored {
            storage::set_open_id(Some(&id));
            self.drafts.set(storage::list());
        }
        // A new draft is for writing: the editor, not the preview.
        self.preview.set(false);
        self.show(OpenDraft { id, minutes: doc }, stored);
        stored
    }

    /// Makes a document out of a file or pasted text and saves it as a new draft. On any error
    /// the person is told why and nothing stored changes.
    pub fn import(&self, bytes: &[u8]) -> bool {
        let restored = match self.with_ids(|ids| restore(bytes, ids)) {
            Ok(r) => r,
            Err(e) => {
                self.notify(import_message(e), true, None);
                return false;
            }
        };
        let doc = restored.minutes;
        let (items, people) = (doc.items.len(), doc.attendees.len());
        self.add_draft(doc);
        self.notify(
            Message::new(move |t| {
                t.imported
                    .with(&[&t.item_count.of(items), &t.attendee_count.of(people)])
            }),
            false,
            None,
        );
        true
    }

    /// Starts a blank memo dated today.
    pub fn new_blank(&self) {
        let mut doc = Minutes::default();
        // A new memo is written in the interface's language until the person says otherwise.
        doc.header.lang = self.ui_lang.get_untracked();
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
            Err(e) => self.notify(import_message(e), true, None),
        }
    }

    /// Copies a whole draft into a new one.
    pub fn duplicate(&self, id: &str) {
        match storage::load(id) {
            Ok((doc, _)) => {
                let mut copy = self.with_ids(|ids| doc.with_fresh_ids(ids));
                let t = self.t_untracked();
                copy.header.title = match copy.header.title.as_str() {
                    "" => t.copy.to_string(),
                    title => t.copy_of.with(&[title]),
                };
                self.add_draft(copy);
            }
            Err(e) => self.notify(import_message(e), true, None),
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
            Err(e) => self.notify(import_message(e), true, None),
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
        self.notify(
            Message::new(move |t| t.deleted.with(&[if title.is_empty() { t.untitled } else { &title }])),
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
                Err(e) => self.notify(save_message(&e), true, None),
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
                        ws.notify(download_failed(e), true, None);
                    }
                }
                Err(message) => ws.notify(message, true, None),
            }
        });
    }

    /// Makes one file of the open document; `Err` holds what to tell the person.
    pub async fn make(&self, format: Format) -> Result<Exported, Message> {
        let fonts = match format {
            Format::Pdf => Some(self.fonts().await?),
            _ => None,
        };
        let made = self.with_doc_untracked(|d| match &fonts {
            Some(f) => {
                // Letters the PDF's font lacks: the person hears which, and where they do show.
                let missing: String = pdf::unsupported(d, &f.0).unwrap_or_default().into_iter().collect();
                if !missing.is_empty() {
                    self.notify(Message::new(move |t| t.pdf_letters.with(&[&missing])), false, None);
                }
                pdf::export(d, &f.0, &f.1).map_err(|e| fonts_failed(e.0.to_string()))
            }
            None => export(d, format, browser::now_ms()).map_err(|e| match e {
                ExportError::NoNextMeeting => Message::text(|t| t.no_next_meeting),
                ExportError::NeedsFonts => fonts_failed("PDF".into()),
            }),
        });
        made.unwrap_or_else(|| Err(Message::text(|t| t.nothing_open)))
    }

    /// The PDF fonts, fetched once and kept.
    async fn fonts(&self) -> Result<super::PdfFonts, Message> {
        if let Some(f) = self.fonts.get_value() {
            return Ok(f);
        }
        let regular = browser::fetch::bytes("fonts/DejaVuSans.ttf")
            .await
            .map_err(fonts_failed)?;
        let bold = browser::fetch::bytes("fonts/DejaVuSans-Bold.ttf")
            .await
            .map_err(fonts_failed)?;
        let fonts = std::sync::Arc::new((regular, bold));
        self.fonts.set_value(Some(fonts.clone()));
        Ok(fonts)
    }
}

/// Why an input did not open, in the interface's language.
pub(super) fn import_message(e: muistio_core::ImportError) -> Message {
    Message::new(move |t| e.message(t.lang))
}

/// A download the browser would not start.
pub(super) fn download_failed(e: wasm_bindgen::JsValue) -> Message {
    let reason = format!("{e:?}");
    Message::new(move |t| t.download_failed.with(&[&reason]))
}

fn fonts_failed(reason: String) -> Message {
    Message::new(move |t| t.fonts_failed.with(&[&reason]))
}
