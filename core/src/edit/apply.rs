//! Carrying out an [`Edit`] and producing its inverse.

use super::{Edit, EditError, Parent};
use crate::import::next;
use crate::model::{Entry, EntryKind, Id, Minutes};

fn clamp(index: usize, len: usize) -> usize {
    index.min(len)
}

impl Minutes {
    /// Reads every next meeting written as a sentence again, after the meeting's date changed
    /// (a day without a year takes the meeting's year). Undoing the date reads them back.
    fn reread_next_meetings(&mut self) {
        let meeting = self.header.when.date;
        let entries = self
            .intro
            .iter_mut()
            .chain(self.items.iter_mut().flat_map(|i| i.entries.iter_mut()));
        for entry in entries {
            if let EntryKind::NextMeeting(n) = &mut entry.kind {
                if !n.sentence.is_empty() {
                    *n = next::from_sentence(std::mem::take(&mut n.sentence), meeting);
                }
            }
        }
    }

    /// Applies `edit` and returns the edit that undoes it. On error nothing has changed.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        Ok(match edit {
            Edit::Header(header) => {
                let old = std::mem::replace(&mut self.header, header);
                if old.when.date != self.header.when.date {
                    self.reread_next_meetings();
                }
                Edit::Header(old)
            }
            Edit::InsertAttendee { index, attendee } => {
                let id = attendee.id;
                self.attendees.insert(clamp(index, self.attendees.len()), attendee);
                Edit::RemoveAttendee(id)
            }
            Edit::RemoveAttendee(id) => {
                let index = self.attendee_index(id)?;
                Edit::InsertAttendee {
                    index,
                    attendee: self.attendees.remove(index),
                }
            }
            Edit::SetAttendee(attendee) => {
                let index = self.attendee_index(attendee.id)?;
                Edit::SetAttendee(std::mem::replace(&mut self.attendees[index], attendee))
            }
            Edit::MoveAttendee { id, to } => {
                let from = self.attendee_index(id)?;
                let a = self.attendees.remove(from);
                self.attendees.insert(clamp(to, self.attendees.len()), a);
                Edit::MoveAttendee { id, to: from }
            }
            Edit::InsertItem { index, item } => {
                let id = item.id;
                self.items.insert(clamp(index, self.items.len()), item);
                Edit::RemoveItem(id)
            }
            Edit::RemoveItem(id) => {
                let index = self.item_index(id)?;
                Edit::InsertItem {
                    index,
                    item: self.items.remove(index),
                }
            }
            Edit::RetitleItem { id, title } => {
                let index = self.item_index(id)?;
                Edit::RetitleItem {
                    id,
                    title: std::mem::replace(&mut self.items[index].title, title),
                }
            }
            Edit::MarkItem { id, confidential } => {
                let index = self.item_index(id)?;
                Edit::MarkItem {
                    id,
                    confidential: std::mem::replace(&mut self.items[index].confidential, confidential),
                }
            }
            Edit::TimeItem { id, seconds } => {
                let index = self.item_index(id)?;
                Edit::TimeItem {
                    id,
                    seconds: std::mem::replace(&mut self.items[index].seconds, seconds),
                }
            }
            Edit::MoveItem { id, to } => {
                let from = self.item_index(id)?;
                let item = self.items.remove(from);
                self.items.insert(clamp(to, self.items.len()), item);
                Edit::MoveItem { id, to: from }
            }
            Edit::InsertEntry { parent, index, entry } => {
                let id = entry.id;
                let list = self.entries_of(parent).ok_or(EditError::NotFound(parent_id(parent)))?;
                list.insert(clamp(index, list.len()), entry);
                Edit::RemoveEntry(id)
            }
            Edit::RemoveEntry(id) => {
                let (parent, index) = self.entry_position(id)?;
                let list = self.entries_of(parent).expect("the parent was just found");
                Edit::InsertEntry {
                    parent,
                    index,
                    entry: list.remove(index),
                }
            }
            Edit::SetEntry(entry) => {
                let (parent, index) = self.entry_position(entry.id)?;
                let list = self.entries_of(parent).expect("the parent was just found");
                Edit::SetEntry(std::mem::replace(&mut list[index], entry))
            }
            Edit::MoveEntry { id, parent, index } => {
                self.entries_of(parent).ok_or(EditError::NotFound(parent_id(parent)))?;
                let (from_parent, from) = self.entry_position(id)?;
                let entry: Entry = self.entries_of(from_parent).expect("found").remove(from);
                let list = self.entries_of(parent).expect("checked above");
                list.insert(clamp(index, list.len()), entry);
                Edit::MoveEntry {
                    id,
                    parent: from_parent,
                    index: from,
                }
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            for inverse in inverses.into_iter().rev() {
                                self.apply(inverse).expect("an inverse always applies");
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Edit::Batch(inverses)
            }
        })
    }

    fn attendee_index(&self, id: Id) -> Result<usize, EditError> {
        self.attendees
            .iter()
            .position(|a| a.id == id)
            .ok_or(EditError::NotFound(id))
    }

    fn item_index(&self, id: Id) -> Result<usize, EditError> {
        self.items
            .iter()
            .position(|i| i.id == id)
            .ok_or(EditError::NotFound(id))
    }

    /// The entries of the introduction or of an item.
    pub fn entries_of(&mut self, parent: Parent) -> Option<&mut Vec<Entry>> {
        match parent {
            Parent::Intro => Some(&mut self.intro),
            Parent::Item(id) => self.items.iter_mut().find(|i| i.id == id).map(|i| &mut i.entries),
        }
    }

    /// Where an entry is: its parent and its index there.
    pub fn entry_position(&self, id: Id) -> Result<(Parent, usize), EditError> {
        if let Some(i) = self.intro.iter().position(|e| e.id == id) {
            return Ok((Parent::Intro, i));
        }
        self.items
            .iter()
            .find_map(|item| {
                item.entries
                    .iter()
                    .position(|e| e.id == id)
                    .map(|i| (Parent::Item(item.id), i))
            })
            .ok_or(EditError::NotFound(id))
    }
}

fn parent_id(parent: Parent) -> Id {
    match parent {
        Parent::Intro => Id(0),
        Parent::Item(id) => id,
    }
}
