//! Changing the open document: every change is an `Edit` through the history, so that it can be
//! undone, and every change schedules a save.

use super::{Action, Undo, Workspace};
use crate::browser;
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::edit::{compose, Edit, Parent, Part};
use muistio_core::{Entry, Id, Item, Minutes};

/// The DOM id of an attendee's, item's or entry's element.
pub fn dom_id(id: Id) -> String {
    format!("el-{:x}", id.0)
}

/// The id whose element has DOM id `dom` (see [`dom_id`]).
pub fn id_of_dom(dom: &str) -> Option<Id> {
    dom.strip_prefix("el-")
        .and_then(|hex| u64::from_str_radix(hex, 16).ok())
        .map(Id)
}

impl Workspace {
    /// Reads one part of the open document; the caller reruns when that part changes.
    pub fn read<R>(&self, part: Part, f: impl FnOnce(&Minutes) -> R) -> Option<R> {
        // Not subscribed to `open` itself: a view of a part is only woken by that part (the
        // editor is built anew for another draft), so thousands of views stay cheap.
        self.track(part);
        self.with_doc_untracked(f)
    }

    /// Tracks one part of the document.
    pub fn track(&self, part: Part) {
        let mut trigger = None;
        self.parts
            .update_value(|m| trigger = Some(m.entry(part).or_insert_with(ArcTrigger::new).clone()));
        if let Some(t) = trigger {
            t.track();
        }
    }

    pub(super) fn notify_parts(&self, parts: &[Part]) {
        let triggers: Vec<ArcTrigger> = self
            .parts
            .with_value(|m| parts.iter().filter_map(|p| m.get(p).cloned()).collect());
        for t in triggers {
            t.notify();
        }
        self.revision.update(|r| *r += 1);
    }

    /// Reads the open document without tracking.
    pub fn with_doc_untracked<R>(&self, f: impl FnOnce(&Minutes) -> R) -> Option<R> {
        self.open.with_untracked(|o| o.as_ref().map(|o| f(&o.minutes)))
    }

    /// Applies one edit to the open document, records it, and redraws the parts it changed.
    /// Nothing changes while the draft is read-only here (another tab changed the same parts).
    pub fn edit(&self, edit: Edit) {
        if self.read_only.get_untracked() {
            return;
        }
        // Final minutes are locked: only a change of the header out of the final stage goes.
        let unlocking = matches!(&edit, Edit::Header(h) if h.approval.stage != muistio_core::Stage::Final);
        if self.is_final_untracked() && !unlocking {
            return;
        }
        let now = browser::now_ms();
        let mut parts = None;
        let record = edit.clone();
        self.open.update_untracked(|o| {
            if let Some(o) = o {
                self.history
                    .update_value(|h| parts = h.apply(&mut o.minutes, edit, now).ok());
            }
        });
        if let Some(parts) = parts {
            self.record(record);
            browser::crash::self_test();
            self.notify_parts(&parts);
            self.after_change();
        }
    }

    /// The number of the `n`th item (1 for the first) as the document writes it ("23 §").
    pub fn item_number(&self, n: usize) -> String {
        self.read(Part::Header, |d| d.header.item_number(n.saturating_sub(1)))
            .unwrap_or_default()
    }

    /// Whether the open document is final (signed): then it is locked for editing.
    pub fn is_final(&self) -> bool {
        self.read(Part::Header, |d| d.header.approval.stage == muistio_core::Stage::Final)
            .unwrap_or(false)
    }

    pub(super) fn is_final_untracked(&self) -> bool {
        self.with_doc_untracked(|d| d.header.approval.stage == muistio_core::Stage::Final)
            .unwrap_or(false)
    }

    /// Opens final minutes for editing again, once the person says so; they become checked.
    pub fn unlock(&self) {
        if !crate::browser::confirm(self.t_untracked().unlock_question) {
            return;
        }
        let Some(mut header) = self.with_doc_untracked(|d| d.header.clone()) else {
            return;
        };
        header.approval.stage = muistio_core::Stage::Checked;
        self.seal();
        self.edit(Edit::Header(header));
        self.seal();
        self.preview.set(false);
    }

    /// Applies several edits as one undo step.
    pub fn edit_all(&self, edits: Vec<Edit>) {
        match edits.len() {
            0 => {}
            1 => self.edit(edits.into_iter().next().expect("one edit")),
            _ => self.edit(Edit::Batch(edits)),
        }
    }

    /// Removes an element and says so (`what` names it), with an undo button on the notice.
    pub fn remove(&self, edit: Edit, what: Message, focus_after: Option<String>) {
        self.history.update_value(|h| h.seal());
        self.edit(edit);
        self.notify(
            Message::new(move |t| t.removed.with(&[&what.show(t)])),
            false,
            vec![Action::Undo(Undo::Edit)],
        );
        if let Some(f) = focus_after {
            self.focus_on(f);
        }
    }

    fn after_change(&self) {
        let (undo, redo) = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        // Set only on change: every view of these would redraw on each keystroke otherwise.
        if self.can_undo.get_untracked() != undo {
            self.can_undo.set(undo);
        }
        if self.can_redo.get_untracked() != redo {
            self.can_redo.set(redo);
        }
        // A "Kumoa" on a removal notice undoes the last edit: once another edit follows, it
        // would undo the wrong thing, so the notice goes.
        self.dismiss_offering(&Action::Undo(Undo::Edit));
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
        if self.read_only.get_untracked() || self.is_final_untracked() {
            return;
        }
        let mut stepped = None;
        self.open.update_untracked(|o| {
            if let Some(o) = o {
                self.history.update_value(|h| {
                    stepped = if back {
                        h.undo(&mut o.minutes)
                    } else {
                        h.redo(&mut o.minutes)
                    }
                });
            }
        });
        let Some(stepped) = stepped else { return };
        self.sync_meeting();
        self.record(stepped.applied.clone());
        self.notify_parts(&stepped.parts);
        self.after_change();
        self.settled.update(|n| *n += 1);
        match stepped.focus {
            Some(id) if self.with_doc_untracked(|d| d.ids().contains(&id)).unwrap_or(false) => {
                self.focus_on(dom_id(id))
            }
            Some(_) => {}
            None => self.focus_on("header-title"),
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

    /// Puts the cursor where writing goes on: the entry box used last, else the last item's,
    /// else the new-item field.
    pub fn continue_writing(&self) {
        self.preview.set(false);
        let last = self
            .with_doc_untracked(|d| {
                let used = self
                    .last_box()
                    .flatten()
                    .filter(|id| d.items.iter().any(|i| i.id == *id));
                used.or(d.items.last().map(|i| i.id))
            })
            .flatten();
        self.focus_on(match last {
            Some(id) => format!("{}-composer", dom_id(id)),
            None => "item-new".into(),
        });
    }

    /// The entry with this id, cloned (redrawn when it changes).
    pub fn entry(&self, id: Id) -> Option<Entry> {
        self.read(Part::Entry(id), |d| {
            d.entries().find(|(_, e)| e.id == id).map(|(_, e)| e.clone())
        })
        .flatten()
    }
}
