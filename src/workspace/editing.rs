//! Changing the open document: every change is an `Edit` through the history, so that it can be
//! undone, and every change schedules a save.

use super::{Undo, Workspace};
use crate::browser;
use crate::texts;
use leptos::prelude::*;
use muistio_core::edit::{compose, Edit, Parent};
use muistio_core::{Entry, Id, Item, Minutes};

/// The DOM id of an attendee's, item's or entry's element.
pub fn dom_id(id: Id) -> String {
    format!("el-{:x}", id.0)
}

impl Workspace {
    /// Reads the open document (tracked: the caller reruns when it changes).
    pub fn with_doc<R>(&self, f: impl FnOnce(&Minutes) -> R) -> Option<R> {
        self.open.with(|o| o.as_ref().map(|o| f(&o.minutes)))
    }

    /// Reads the open document without tracking.
    pub fn with_doc_untracked<R>(&self, f: impl FnOnce(&Minutes) -> R) -> Option<R> {
        self.open.with_untracked(|o| o.as_ref().map(|o| f(&o.minutes)))
    }

    /// Applies one edit to the open document.
    pub fn edit(&self, edit: Edit) {
        let now = browser::now_ms();
        let mut applied = false;
        self.open.update(|o| {
            if let Some(o) = o {
                self.history
                    .update_value(|h| applied = h.apply(&mut o.minutes, edit, now).is_ok());
            }
        });
        if applied {
            self.after_change();
        }
    }

    /// Applies several edits as one undo step.
    pub fn edit_all(&self, edits: Vec<Edit>) {
        match edits.len() {
            0 => {}
            1 => self.edit(edits.into_iter().next().expect("one edit")),
            _ => self.edit(Edit::Batch(edits)),
        }
    }

    /// Removes an element and says so, with an undo button on the notice.
    pub fn remove(&self, edit: Edit, what: &str, focus_after: Option<String>) {
        self.history.update_value(|h| h.seal());
        self.edit(edit);
        self.notify(texts::removed(what), false, Some(Undo::Edit));
        if let Some(f) = focus_after {
            self.focus_on(f);
        }
    }

    fn after_change(&self) {
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
        self.touch();
    }

    /// Undoes the last change and shows where it was.
    pub fn undo(&self) {
        self.step(true);
    }

    /// Redoes the last undone change.
    pub fn redo(&self) {
        self.step(false);
    }

    fn step(&self, back: bool) {
        let mut focus = None;
        self.open.update(|o| {
            if let Some(o) = o {
                self.history.update_value(|h| {
                    focus = if back {
                        h.undo(&mut o.minutes)
                    } else {
                        h.redo(&mut o.minutes)
                    }
                });
            }
        });
        if let Some(target) = focus {
            self.after_change();
            match target.filter(|id| self.with_doc_untracked(|d| d.ids().contains(id)).unwrap_or(false)) {
                Some(id) => self.focus_on(dom_id(id)),
                None if target.is_none() => self.focus_on("header-title"),
                None => {}
            }
        }
    }

    /// Ends the current typing step (focus left a field).
    pub fn seal(&self) {
        self.history.update_value(|h| h.seal());
    }

    /// Adds what was typed into an entry box at the end of `parent`; true when something was added.
    pub fn compose(&self, parent: Parent, text: &str) -> bool {
        let Some(edits) = self.with_doc_untracked(|doc| self.with_ids(|ids| compose(doc, parent, text, ids))) else {
            return false;
        };
        if edits.is_empty() {
            return false;
        }
        // Typing "4. Title" starts a new item: the writing goes on there.
        let new_item = edits.iter().rev().find_map(|e| match e {
            Edit::InsertItem { item, .. } => Some(item.id),
            _ => None,
        });
        self.seal();
        self.edit_all(edits);
        self.seal();
        if let Some(id) = new_item {
            self.focus_on(format!("{}-composer", dom_id(id)));
        }
        true
    }

    /// Adds an item at the end and focuses its entry box.
    pub fn add_item(&self, title: &str) {
        let item = Item::new(self.new_id(), title.trim());
        let (id, index) = (item.id, self.with_doc_untracked(|d| d.items.len()).unwrap_or(0));
        self.seal();
        self.edit(Edit::InsertItem { index, item });
        self.focus_on(format!("{}-composer", dom_id(id)));
    }

    /// Puts the cursor where writing goes on: the last item's entry box, or the new-item field.
    pub fn continue_writing(&self) {
        self.preview.set(false);
        let last = self.with_doc_untracked(|d| d.items.last().map(|i| i.id)).flatten();
        self.focus_on(match last {
            Some(id) => format!("{}-composer", dom_id(id)),
            None => "item-new".into(),
        });
    }

    /// The entry with this id, cloned (tracked).
    pub fn entry(&self, id: Id) -> Option<Entry> {
        self.with_doc(|d| d.entries().find(|(_, e)| e.id == id).map(|(_, e)| e.clone()))
            .flatten()
    }
}
