//! Moving and removing attendees, items and entries, with the focus that follows and the
//! notice that offers undo: the core decides (`muistio_core::edit::arrange`), every part of the
//! page calls these.

use super::{dom_id, Workspace};
use crate::texts::Message;
use muistio_core::edit::arrange::{drop_onto, removal, set_absent, step, After, Element, Removed};
use muistio_core::edit::Parent;

/// The DOM id that takes the cursor for an element: a row, an item's title, an entry.
fn focus_of(element: Element) -> String {
    match element {
        Element::Attendee(id) | Element::Entry(id) => dom_id(id),
        Element::Item(id) => format!("{}-title", dom_id(id)),
    }
}

/// The DOM id where the cursor goes after a removal.
fn focus_after(after: After) -> String {
    match after {
        After::Element(id) => dom_id(id),
        After::ItemTitle(id) => format!("{}-title", dom_id(id)),
        After::EntryBox(Parent::Item(id)) => format!("{}-composer", dom_id(id)),
        After::EntryBox(Parent::Intro) => "header-title".into(),
        After::NewAttendee => "attendee-new".into(),
        After::NewItem => "item-new".into(),
    }
}

/// What the notice calls what was removed: "osallistuja Ida Aho", "kohta 3. Talous",
/// "puheenvuoro (Ida) kohdasta 3", "päätös ”Sovittiin …”".
fn said(removed: Removed) -> Message {
    match removed {
        Removed::Attendee(name) => Message::new(move |t| t.attendee_named.with(&[&name])),
        Removed::Item { number, title } if title.is_empty() => Message::new(move |t| t.item_number.with(&[&number])),
        Removed::Item { number, title } => Message::new(move |t| t.item_named.with(&[&number, &title])),
        Removed::Entry { kind, who, words, item } => {
            let kind = kind.index();
            Message::new(move |t| {
                let name = t.entry_kinds[kind].to_lowercase();
                let what = match (&who, words.is_empty()) {
                    (Some(who), _) => t.kind_by.with(&[&name, who]),
                    (None, false) => t.kind_quoting.with(&[&name, &words]),
                    (None, true) => name,
                };
                match &item {
                    Some(n) => t.entry_in_item.with(&[&what, n]),
                    None => what,
                }
            })
        }
    }
}

impl Workspace {
    /// Moves an element one place up or down, as one undo step; the cursor follows it (or goes
    /// to `focus`, a view's own line for it).
    pub fn move_element(&self, element: Element, down: bool, focus: Option<String>) {
        let Some(Some(edit)) = self.with_doc_untracked(|d| step(d, element, down)) else {
            return;
        };
        self.seal();
        self.edit(edit);
        self.focus_on(focus.unwrap_or_else(|| focus_of(element)));
    }

    /// Removes an element; the notice names it and offers undo, and the cursor goes to its
    /// neighbour or to where a new one is added.
    pub fn remove_element(&self, element: Element) {
        let Some(Some((edit, after, removed))) = self.with_doc_untracked(|d| removal(d, element)) else {
            return;
        };
        self.remove(edit, said(removed), Some(focus_after(after)));
    }

    /// Puts a dragged item (or attendee) where the one it was dropped on stands.
    pub fn drop_onto(&self, dragged: Element, onto: Element) {
        if let Some(Some(edit)) = self.with_doc_untracked(|d| drop_onto(d, dragged, onto)) {
            self.seal();
            self.edit(edit);
        }
    }

    /// Marks an attendee absent or present; the row moves to the boundary between the present
    /// and the absent, and its checkbox keeps the cursor there.
    pub fn set_absent(&self, id: muistio_core::Id, absent: bool) {
        let Some(Some(edit)) = self.with_doc_untracked(|d| set_absent(d, id, absent)) else {
            return;
        };
        let from = self
            .with_doc_untracked(|d| d.attendees.iter().position(|a| a.id == id))
            .flatten();
        self.seal();
        self.edit(edit);
        if self
            .with_doc_untracked(|d| d.attendees.iter().position(|a| a.id == id))
            .flatten()
            != from
        {
            self.focus_on(format!("{}-absent", dom_id(id)));
        }
    }
}
