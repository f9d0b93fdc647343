//! The edits that turn one document into another, as one batch: a merge (a copy that came
//! back, another tab's changes) goes into the history as a single step that undo takes back.

use super::{Edit, Parent};
use crate::model::{Entry, Item, Minutes};

/// Records `edit` and applies it to the working copy.
fn step(work: &mut Minutes, out: &mut Vec<Edit>, edit: Edit) {
    if work.apply(edit.clone()).is_ok() {
        out.push(edit);
    }
}

fn entries_of(doc: &Minutes, parent: Parent) -> &[Entry] {
    match parent {
        Parent::Intro => &doc.intro,
        Parent::Item(id) => doc
            .items
            .iter()
            .find(|i| i.id == id)
            .map_or(&[], |i| i.entries.as_slice()),
    }
}

fn find_entry(doc: &Minutes, id: crate::model::Id) -> Option<(Parent, usize, &Entry)> {
    let intro = doc.intro.iter().enumerate().map(|(k, e)| (Parent::Intro, k, e));
    let items = doc.items.iter().flat_map(|i| {
        i.entries
            .iter()
            .enumerate()
            .map(move |(k, e)| (Parent::Item(i.id), k, e))
    });
    intro.chain(items).find(|(_, _, e)| e.id == id)
}

/// The edits that turn `old` into `new`, in order (none when they are the same); applied as
/// one `Edit::Batch` they are one step of the history.
pub fn steps(old: &Minutes, new: &Minutes) -> Vec<Edit> {
    let mut work = old.clone();
    let mut out = Vec::new();
    let w = &mut work;
    if w.header != new.header {
        step(w, &mut out, Edit::Header(new.header.clone()));
    }
    for (index, a) in new.attendees.iter().enumerate() {
        match w.attendees.iter().position(|x| x.id == a.id) {
            Some(at) => {
                if w.attendees[at] != *a {
                    step(w, &mut out, Edit::SetAttendee(a.clone()));
                }
                if at != index {
                    step(w, &mut out, Edit::MoveAttendee { id: a.id, to: index });
                }
            }
            None => step(
                w,
                &mut out,
                Edit::InsertAttendee {
                    index,
                    attendee: a.clone(),
                },
            ),
        }
    }
    let gone: Vec<_> = w.attendees.iter().skip(new.attendees.len()).map(|a| a.id).collect();
    for id in gone {
        step(w, &mut out, Edit::RemoveAttendee(id));
    }
    // Items in their new order (new ones empty for now), then every entry in its place.
    for (index, item) in new.items.iter().enumerate() {
        match w.items.iter().position(|x| x.id == item.id) {
            Some(at) if at != index => step(w, &mut out, Edit::MoveItem { id: item.id, to: index }),
            Some(_) => {}
            None => step(
                w,
                &mut out,
                Edit::InsertItem {
                    index,
                    item: Item {
                        entries: Vec::new(),
                        ..item.clone()
                    },
                },
            ),
        }
        let current = &w.items[index];
        if current.title != item.title {
            step(
                w,
                &mut out,
                Edit::RetitleItem {
                    id: item.id,
                    title: item.title.clone(),
                },
            );
        }
        if w.items[index].confidential != item.confidential {
            step(
                w,
                &mut out,
                Edit::MarkItem {
                    id: item.id,
                    confidential: item.confidential,
                },
            );
        }
        if w.items[index].seconds != item.seconds {
            step(
                w,
                &mut out,
                Edit::TimeItem {
                    id: item.id,
                    seconds: item.seconds,
                },
            );
        }
    }
    let parents = std::iter::once(Parent::Intro).chain(new.items.iter().map(|i| Parent::Item(i.id)));
    for parent in parents {
        for (index, entry) in entries_of(new, parent).iter().enumerate() {
            match find_entry(w, entry.id) {
                Some((at_parent, at, found)) => {
                    let differs = found != entry;
                    if at_parent != parent || at != index {
                        step(
                            w,
                            &mut out,
                            Edit::MoveEntry {
                                id: entry.id,
                                parent,
                                index,
                            },
                        );
                    }
                    if differs {
                        step(w, &mut out, Edit::SetEntry(entry.clone()));
                    }
                }
                None => step(
                    w,
                    &mut out,
                    Edit::InsertEntry {
                        parent,
                        index,
                        entry: entry.clone(),
                    },
                ),
            }
        }
        let extra: Vec<_> = entries_of(w, parent)
            .iter()
            .skip(entries_of(new, parent).len())
            .map(|e| e.id)
            .collect();
        for id in extra {
            step(w, &mut out, Edit::RemoveEntry(id));
        }
    }
    let gone: Vec<_> = w.items.iter().skip(new.items.len()).map(|i| i.id).collect();
    for id in gone {
        step(w, &mut out, Edit::RemoveItem(id));
    }
    out
}
