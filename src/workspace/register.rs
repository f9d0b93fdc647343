//! The register of decisions and open actions across drafts: gathered from the drafts' list
//! entries, a row opened at its place, and an action marked done where it is written.

use super::{dom_id, Action, Place, Undo, Workspace};
use crate::browser::storage;
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::edit::Edit;
use muistio_core::register::Summary;
use muistio_core::{EntryKind, Id};

/// One draft as the register reads it: id, title, date, summary.
pub type Listed = (String, String, String, Summary);

impl Workspace {
    /// Every readable draft's decisions and open actions, from the list entries (tracked: the
    /// register follows every save).
    pub fn register_sources(&self) -> Vec<Listed> {
        self.drafts.with(|drafts| {
            drafts
                .iter()
                .filter(|d| d.unreadable.is_none())
                .filter_map(|d| {
                    let summary = d.info.register.clone()?;
                    Some((d.id.clone(), d.info.title.clone(), d.info.date.clone(), summary))
                })
                .collect()
        })
    }

    /// Reads once the drafts whose list entry was written before the register was kept, and
    /// keeps their summaries in the list here. (Storage is left as it is: the next save of
    /// each draft writes its entry anew, and a write here could race another tab's save.)
    pub fn complete_register(&self) {
        let missing: Vec<String> = self.drafts.with_untracked(|list| {
            let old = list
                .iter()
                .filter(|d| d.unreadable.is_none() && d.info.register.is_none());
            old.map(|d| d.id.clone()).collect()
        });
        if missing.is_empty() {
            return;
        }
        let made: Vec<(String, Summary)> = missing
            .into_iter()
            .filter_map(|id| storage::load(&id).ok().map(|e| (id, Summary::of(&e.minutes))))
            .collect();
        self.drafts.update(|list| {
            for d in list.iter_mut() {
                if let Some((_, s)) = made.iter().find(|(id, _)| *id == d.id) {
                    d.info.register = Some(s.clone());
                }
            }
        });
    }

    /// Opens `draft` (when it is not the open one) and goes to `entry` in `item`.
    pub fn open_at(&self, place: Place, draft: &str, item: Option<Id>, entry: Id) -> bool {
        if !self.open.with_untracked(|o| o.as_ref().is_some_and(|o| o.id == draft)) {
            self.open_draft(draft);
        }
        if !self.open.with_untracked(|o| o.as_ref().is_some_and(|o| o.id == draft)) {
            return false;
        }
        self.preview.set(self.is_final());
        place.menu.set(false);
        if let Some(item) = item {
            place.enter(item);
            place.folded.update(|f| {
                f.remove(&item);
            });
        }
        self.focus_on(dom_id(entry));
        crate::browser::events::scroll_into_view_soon(dom_id(entry), true);
        true
    }

    /// Marks the action `entry` of `draft` done. The draft is opened first when it is not the
    /// open one (its unsaved edits and another tab's come in as on every opening), and the
    /// change is an edit like any other: saved as usual, and undone by "Kumoa".
    pub fn mark_done(&self, draft: &str, entry: Id) {
        if !self.open.with_untracked(|o| o.as_ref().is_some_and(|o| o.id == draft)) {
            self.open_draft(draft);
        }
        let changed = self
            .open
            .with_untracked(|o| o.as_ref().filter(|o| o.id == draft).map(|o| o.minutes.clone()))
            .and_then(|d| d.entries().find(|(_, e)| e.id == entry).map(|(_, e)| e.clone()));
        let Some(mut changed) = changed else { return };
        let what = muistio_core::edit::gist(&changed.kind, 40);
        let EntryKind::Action { done, .. } = &mut changed.kind else {
            return;
        };
        *done = true;
        if self.read_only.get_untracked() || self.is_final_untracked() {
            return self.notify(Message::text(|t| t.locked_final), true, Vec::new());
        }
        self.seal();
        self.edit(Edit::SetEntry(changed));
        self.seal();
        self.save_now();
        self.notify(
            Message::new(move |t| t.marked_done.with(&[&what])),
            false,
            vec![Action::Undo(Undo::Edit)],
        );
    }
}
