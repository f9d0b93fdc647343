//! A copy that came back: a file Muistio made (here or in another Muistio), edited elsewhere
//! and opened here again. When a draft here is the one it was made from, the person is asked
//! whether to merge it into that draft — three ways, from where both started, with every
//! clash shown side by side for a choice — or to keep it as a draft of its own. A Word or
//! OpenDocument copy is read by the codecs worker (`importing.rs`).

use super::{Action, Undo, Workspace};
use crate::browser::storage;
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::came_back::{self, CameBack};
use muistio_core::edit::{chooser, diff, merge3, shown, steps, Clash, Edit, Shown, Side};
use muistio_core::store::versions::Reason;
use muistio_core::{Minutes, Restored};

/// A copy that came back, waiting for the person's answer.
#[derive(Clone, PartialEq, Debug)]
pub struct Returned {
    /// The draft it was made from (storage id) and that draft's title.
    pub draft: String,
    pub title: String,
    /// Where both started, and the copy.
    pub came: CameBack,
    /// How many parts the copy changed since it was made.
    pub changes: usize,
    /// What both changed differently, in words, against the draft as it is now.
    pub clashes: Vec<Shown>,
    /// The file as read, for importing it as a draft of its own instead.
    pub restored: Restored,
}

impl Workspace {
    /// The draft a file Muistio made was made from, when one is here: its storage id and the
    /// draft itself (then the person is asked), or `None` (the file is imported as usual).
    pub(super) fn came_from(&self, restored: &Restored) -> Option<(String, Minutes)> {
        let start = came_back::start(restored)?;
        let open = self
            .open
            .with_untracked(|o| o.as_ref().map(|o| (o.id.clone(), o.minutes.clone())));
        let mut best: Option<(usize, String, Minutes)> = None;
        for info in self
            .drafts
            .get_untracked()
            .into_iter()
            .filter(|d| d.unreadable.is_none())
        {
            let doc = match &open {
                Some((id, doc)) if *id == info.id => doc.clone(),
                _ => match storage::load(&info.id) {
                    Ok(saved) => saved.minutes,
                    Err(_) => continue,
                },
            };
            if let Some(score) = came_back::kinship(start, &doc) {
                if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                    best = Some((score, info.id.clone(), doc));
                }
            }
        }
        best.map(|(_, draft, mine)| (draft, mine))
    }

    /// Asks the person about a copy that came back, made from `draft` (`mine` as it is now).
    pub(super) fn ask_about_return(&self, (draft, mine): (String, Minutes), came: CameBack, restored: Restored) {
        let lang = self.ui_lang.get_untracked();
        let merged = merge3(&came.base, &mine, &came.theirs, &|_| Side::Mine);
        self.pending_return.set(Some(Returned {
            title: mine.header.title.clone(),
            changes: diff(&came.base, &came.theirs).len(),
            clashes: shown(&merged.clashes, &came.base, &mine, &came.theirs, lang),
            draft,
            came,
            restored,
        }));
    }

    /// Merges the copy into its draft (opened first), each clash settled as chosen: one step
    /// that undo takes back.
    pub fn merge_returned(&self, returned: Returned, choices: Vec<(Clash, Side)>) {
        self.pending_return.set(None);
        if self.open.with_untracked(|o| o.as_ref().map(|o| o.id.clone())) != Some(returned.draft.clone()) {
            self.open_draft(&returned.draft);
        }
        if self.is_final_untracked() {
            self.notify(Message::text(|t| t.merge_final), true, Vec::new());
            return;
        }
        let came = &returned.came;
        let Some((edits, count)) = self.with_doc_untracked(|mine| {
            let merged = merge3(&came.base, mine, &came.theirs, &chooser(&choices)).minutes;
            (steps(mine, &merged), diff(mine, &merged).len())
        }) else {
            return;
        };
        if !edits.is_empty() {
            // The draft as it was goes into its versions first, as before any import over it.
            self.save_now();
            if let Some(text) = storage::raw(&returned.draft) {
                let _ = storage::keep_version(&returned.draft, Reason::Import, &text, crate::browser::now_ms());
            }
            self.edit(Edit::Batch(edits));
            self.save_now();
        }
        let actions = if count > 0 {
            vec![Action::Undo(Undo::Edit)]
        } else {
            Vec::new()
        };
        self.notify(Message::new(move |t| t.merged_copy.of(count)), false, actions);
    }

    /// Imports the copy as a draft of its own after all.
    pub fn import_returned_apart(&self, returned: Returned) {
        self.pending_return.set(None);
        self.import_restored(returned.restored);
    }
}
