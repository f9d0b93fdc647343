//! Import: a file or pasted text made a new draft, refused before anything is stored when the
//! browser's storage has no room for it; a backup restores its drafts, and a copy that came back
//! is asked about first.

use super::drafts::import_message;
use super::files::codecs_failed;
use super::Workspace;
use crate::browser::{self, storage};
use crate::codecs::{self, Answer, Ask};
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::came_back::{self, CameBack};
use muistio_core::format::from_json;
use muistio_core::store::backup::Backup;
use muistio_core::store::{restore_light, zipped, Origin};
use muistio_core::{Lang, Restored};

impl Workspace {
    /// Makes a document out of a file or pasted text and saves it as a new draft; a backup
    /// file restores its drafts. On any error the person is told why and nothing stored changes.
    /// A Word or OpenDocument file is read by the codecs worker, after this returns `true`.
    pub fn import(&self, bytes: &[u8]) -> bool {
        if zipped(bytes) {
            let (ws, bytes) = (*self, bytes.to_vec());
            leptos::task::spawn_local(async move {
                browser::timing::measure_async("import", ws.import_office(bytes)).await;
            });
            return true;
        }
        browser::timing::measure("import", || self.import_bytes(bytes))
    }

    /// What [`Workspace::import`] does, measured as one step.
    fn import_bytes(&self, bytes: &[u8]) -> bool {
        if let Some(backup) = Backup::read(bytes) {
            return match backup {
                Ok(backup) => {
                    self.restore_backup(backup);
                    true
                }
                Err(e) => {
                    self.notify(import_message(e), true, Vec::new());
                    false
                }
            };
        }
        let restored = match self.with_ids(|ids| restore_light(bytes, ids)) {
            Ok(r) => r,
            Err(e) => {
                self.notify(import_message(e), true, Vec::new());
                return false;
            }
        };
        // A copy of a draft kept here, sent back edited: the person is asked what to do with it.
        if let Some(from) = self.came_from(&restored) {
            if let Ok(came) = self.with_ids(|ids| came_back::of_light(bytes, restored.clone(), ids)) {
                self.ask_about_return(from, came, restored);
                return true;
            }
        }
        self.import_restored(restored)
    }

    /// A Word or OpenDocument file, read by the codecs worker, made a draft (or asked about,
    /// when it is a copy of a draft here that came back).
    async fn import_office(self, bytes: Vec<u8>) {
        let asked = browser::codecs::ask(
            &Ask::Read {
                seed: browser::random_seed(),
            },
            Some(&bytes),
            None,
        )
        .await;
        let restored = match asked {
            Ok((Answer::Read { saved, draft }, _)) => match codecs::restored(saved, &draft) {
                Ok(restored) => restored,
                Err(e) => return self.notify(import_message(e), true, Vec::new()),
            },
            Ok((Answer::NotRead { fi, sv, en }, _)) => {
                let message = Message::new(move |t| match t.lang {
                    Lang::Fi => fi.clone(),
                    Lang::Sv => sv.clone(),
                    Lang::En => en.clone(),
                });
                return self.notify(message, true, Vec::new());
            }
            Ok((other, _)) => return self.notify(codecs_failed(format!("{other:?}")), true, Vec::new()),
            Err(why) => return self.notify(codecs_failed(why), true, Vec::new()),
        };
        if let Some(from) = self.came_from(&restored) {
            let ask = Ask::CameBack {
                seed: browser::random_seed(),
            };
            if let Ok((Answer::CameBack { base, theirs }, _)) = browser::codecs::ask(&ask, Some(&bytes), None).await {
                if let (Ok(base), Ok(theirs)) = (from_json(&base), from_json(&theirs)) {
                    let came = CameBack {
                        base: base.minutes,
                        theirs: theirs.minutes,
                    };
                    return self.ask_about_return(from, came, restored);
                }
            }
        }
        self.import_restored(restored);
    }

    /// Stores a document read from a file or pasted text as a new draft.
    pub(super) fn import_restored(&self, restored: Restored) -> bool {
        let doc = restored.minutes;
        let (items, people) = (doc.items.len(), doc.attendees.len());
        // A copy made from another Muistio's file keeps where it started, so that the files
        // made from it can be merged back into the original three ways.
        let origin = (restored.origin == Origin::Saved).then(|| restored.base.unwrap_or_else(|| doc.clone()));
        if !self.add_draft(doc) {
            return false;
        }
        if let (Some(origin), Some(id)) = (origin, self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone()))) {
            // Without room for it the draft still works; only its copies merge two ways.
            let _ = storage::set_origin(&id, &origin);
        }
        let message = Message::new(move |t| {
            t.imported
                .with(&[&t.item_count.of(items), &t.attendee_count.of(people)])
        });
        self.notify(message, false, Vec::new());
        true
    }
}
