//! Changes to a document as data. Every change the editor makes is an [`Edit`];
//! [`Minutes::apply`] carries it out and returns the edit that undoes it, which is all that
//! undo, redo and keeping unsaved edits through a crash need; [`merge`] joins two copies.

pub mod align;
mod apply;
pub mod arrange;
pub mod came_back;
mod compose;
mod convert;
pub mod fields;
mod fix;
mod format;
pub mod forms;
mod history;
mod kind;
pub mod live;
mod merge;
mod people;
mod place;
mod steps;

pub use compose::compose;
pub use convert::convert;
pub use fix::fix;
pub use format::{wrap, Wrap};
pub use history::{History, Stepped};
pub use kind::KindTag;
pub use merge::{chooser, diff, merge, merge3, shown, Clash, Merged, Shown, Side, Subject};
pub use people::{add_people, People};
pub use place::{by_whom, gist, item_of_entry, item_step};
pub use steps::steps;

use crate::model::{Attendee, Entry, Header, Id, Item};
use serde::{Deserialize, Serialize};

/// Where entries live: the introduction before the first item, or an item.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, Serialize, Deserialize)]
pub enum Parent {
    /// The text between the header and the first item.
    Intro,
    /// The item with this id.
    Item(Id),
}

/// One change to a document (serialisable: the edits not yet saved are kept in storage, so
/// that a crash loses none of them).
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub enum Edit {
    /// Replaces the whole header (title, kind, time, place…).
    Header(Header),
    /// Inserts an attendee at `index` (clamped to the end).
    InsertAttendee { index: usize, attendee: Attendee },
    /// Removes an attendee.
    RemoveAttendee(Id),
    /// Replaces the attendee with the same id.
    SetAttendee(Attendee),
    /// Moves an attendee to position `to` (clamped).
    MoveAttendee { id: Id, to: usize },
    /// Inserts an item at `index` (clamped).
    InsertItem { index: usize, item: Item },
    /// Removes an item with its entries.
    RemoveItem(Id),
    /// Renames an item.
    RetitleItem { id: Id, title: String },
    /// Marks an item confidential (left out of the public version) or not.
    MarkItem { id: Id, confidential: bool },
    /// Moves an item to position `to` (clamped).
    MoveItem { id: Id, to: usize },
    /// Sets the seconds the meeting spent on an item (live mode's clock).
    TimeItem { id: Id, seconds: u32 },
    /// Inserts an entry into `parent` at `index` (clamped).
    InsertEntry { parent: Parent, index: usize, entry: Entry },
    /// Removes an entry.
    RemoveEntry(Id),
    /// Replaces the entry with the same id (its text, or its kind).
    SetEntry(Entry),
    /// Moves an entry to `parent` at `index` (clamped).
    MoveEntry { id: Id, parent: Parent, index: usize },
    /// Several edits as one step; undone together.
    Batch(Vec<Edit>),
}

/// Why an edit could not be applied (the document is left unchanged).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum EditError {
    /// No attendee, item or entry has this id.
    NotFound(Id),
}

/// A part of a document that a view shows, to be told when exactly that part changed.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Part {
    /// The header.
    Header,
    /// The list of attendees (which, in what order).
    Attendees,
    /// One attendee's fields.
    Attendee(Id),
    /// The list of items (which, in what order: hence their numbers).
    Items,
    /// One item's title.
    Item(Id),
    /// The list of entries of the introduction or an item.
    Entries(Parent),
    /// One entry's contents.
    Entry(Id),
}

/// Which field an edit changes, so that typing in one field is undone as one step.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Target {
    /// The header.
    Header,
    /// An attendee, item or entry.
    Element(Id),
}

impl Edit {
    /// The field a text edit changes (`None` for structural edits, which never merge).
    pub fn typing_target(&self) -> Option<Target> {
        match self {
            Edit::Header(_) => Some(Target::Header),
            Edit::SetAttendee(a) => Some(Target::Element(a.id)),
            Edit::RetitleItem { id, .. } => Some(Target::Element(*id)),
            Edit::SetEntry(e) => Some(Target::Element(e.id)),
            _ => None,
        }
    }

    /// The parts this edit changes. Together with the parts its inverse changes, this is all a
    /// view needs to redraw (a removal names its parent only in its inverse).
    pub fn parts(&self) -> Vec<Part> {
        match self {
            Edit::Header(_) => vec![Part::Header],
            Edit::InsertAttendee { attendee, .. } => vec![Part::Attendees, Part::Attendee(attendee.id)],
            Edit::RemoveAttendee(id) => vec![Part::Attendees, Part::Attendee(*id)],
            Edit::SetAttendee(a) => vec![Part::Attendee(a.id)],
            Edit::MoveAttendee { .. } => vec![Part::Attendees],
            Edit::InsertItem { item, .. } => {
                vec![Part::Items, Part::Item(item.id), Part::Entries(Parent::Item(item.id))]
            }
            Edit::RemoveItem(id) => vec![Part::Items, Part::Item(*id)],
            Edit::RetitleItem { id, .. } | Edit::MarkItem { id, .. } | Edit::TimeItem { id, .. } => {
                vec![Part::Item(*id)]
            }
            Edit::MoveItem { .. } => vec![Part::Items],
            Edit::InsertEntry { parent, entry, .. } => vec![Part::Entries(*parent), Part::Entry(entry.id)],
            Edit::RemoveEntry(id) => vec![Part::Entry(*id)],
            Edit::SetEntry(e) => vec![Part::Entry(e.id)],
            Edit::MoveEntry { parent, .. } => vec![Part::Entries(*parent)],
            Edit::Batch(edits) => edits.iter().flat_map(Edit::parts).collect(),
        }
    }

    /// The element the person should see after this edit is applied (for focus).
    pub fn focus(&self) -> Option<Id> {
        match self {
            Edit::Header(_) => None,
            Edit::InsertAttendee { attendee, .. } | Edit::SetAttendee(attendee) => Some(attendee.id),
            Edit::InsertItem { item, .. } => Some(item.id),
            Edit::InsertEntry { entry, .. } | Edit::SetEntry(entry) => Some(entry.id),
            Edit::RemoveAttendee(id) | Edit::RemoveItem(id) | Edit::RemoveEntry(id) => Some(*id),
            Edit::MoveAttendee { id, .. }
            | Edit::MoveItem { id, .. }
            | Edit::RetitleItem { id, .. }
            | Edit::MarkItem { id, .. }
            | Edit::TimeItem { id, .. }
            | Edit::MoveEntry { id, .. } => Some(*id),
            Edit::Batch(edits) => edits.iter().rev().find_map(Edit::focus),
        }
    }
}
