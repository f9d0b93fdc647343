//! Moving an attendee, item or entry one place, and removing one: the edit, where the cursor
//! goes next, and what the notice says was removed. The editor's buttons and keys (Alt+↑,
//! Alt+↓, Alt+Delete) in every part of the page go through these.

use super::{by_whom, gist, Edit, KindTag, Parent};
use crate::model::{Id, Minutes};

/// An element that can be moved and removed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Element {
    /// A row of the attendee table.
    Attendee(Id),
    /// An item with its entries.
    Item(Id),
    /// An entry of the introduction or of an item.
    Entry(Id),
}

/// Where the cursor goes once an element is removed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum After {
    /// Another attendee's row or another entry.
    Element(Id),
    /// An item's title.
    ItemTitle(Id),
    /// The entry box of an item (`Parent::Intro`: the meeting's title, the introduction having
    /// no box of its own).
    EntryBox(Parent),
    /// The field that adds an attendee (the table is empty now).
    NewAttendee,
    /// The field that adds an item (none is left).
    NewItem,
}

/// What was removed, for the notice that offers undo.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Removed {
    /// An attendee, by name.
    Attendee(String),
    /// An item: its place (1 for the first), and its title (may be empty).
    Item { number: String, title: String },
    /// An entry: its kind, who spoke or is responsible, its first words, and the number of
    /// the item it stood in (`None` in the introduction).
    Entry {
        kind: KindTag,
        who: Option<String>,
        words: String,
        item: Option<String>,
    },
}

fn parents(doc: &Minutes) -> Vec<Parent> {
    std::iter::once(Parent::Intro)
        .chain(doc.items.iter().map(|i| Parent::Item(i.id)))
        .collect()
}

fn entry_count(doc: &Minutes, parent: Parent) -> usize {
    match parent {
        Parent::Intro => doc.intro.len(),
        Parent::Item(item) => doc.items.iter().find(|i| i.id == item).map_or(0, |i| i.entries.len()),
    }
}

/// The edit that moves `element` one place up or down (`None` where it cannot go further).
/// An entry past the first or last of its item moves on to the end of the item before or the
/// start of the one after.
pub fn step(doc: &Minutes, element: Element, down: bool) -> Option<Edit> {
    let one = |from: usize, len: usize| match down {
        true => (from + 1 < len).then_some(from + 1),
        false => from.checked_sub(1),
    };
    match element {
        Element::Attendee(id) => {
            let from = doc.attendees.iter().position(|a| a.id == id)?;
            one(from, doc.attendees.len()).map(|to| Edit::MoveAttendee { id, to })
        }
        Element::Item(id) => {
            let from = doc.items.iter().position(|i| i.id == id)?;
            one(from, doc.items.len()).map(|to| Edit::MoveItem { id, to })
        }
        Element::Entry(id) => {
            let (parent, index) = doc.entry_position(id).ok()?;
            let parents = parents(doc);
            let p = parents.iter().position(|x| *x == parent)?;
            let (parent, index) = match (down, index) {
                (false, 0) => p.checked_sub(1).map(|q| (parents[q], entry_count(doc, parents[q])))?,
                (false, i) => (parent, i - 1),
                (true, i) if i + 1 < entry_count(doc, parent) => (parent, i + 1),
                (true, _) => (*parents.get(p + 1)?, 0),
            };
            Some(Edit::MoveEntry { id, parent, index })
        }
    }
}

/// The edit that puts `dragged` where `onto` stands (an item dropped on another item, an
/// attendee on another row); `None` when it is already there or either is not found.
pub fn drop_onto(doc: &Minutes, dragged: Element, onto: Element) -> Option<Edit> {
    match (dragged, onto) {
        (Element::Item(id), Element::Item(other)) if id != other => {
            let to = doc.items.iter().position(|i| i.id == other)?;
            doc.items
                .iter()
                .any(|i| i.id == id)
                .then_some(Edit::MoveItem { id, to })
        }
        (Element::Attendee(id), Element::Attendee(other)) if id != other => {
            let to = doc.attendees.iter().position(|a| a.id == other)?;
            doc.attendees
                .iter()
                .any(|a| a.id == id)
                .then_some(Edit::MoveAttendee { id, to })
        }
        _ => None,
    }
}

/// Marks an attendee absent or present: the present are listed first, then the absent, so
/// the row also moves to the boundary between them. One edit.
pub fn set_absent(doc: &Minutes, id: Id, absent: bool) -> Option<Edit> {
    let mut attendee = doc.attendees.iter().find(|a| a.id == id)?.clone();
    attendee.absent = absent;
    let to = doc.attendees.iter().filter(|a| !a.absent && a.id != id).count();
    Some(Edit::Batch(vec![
        Edit::SetAttendee(attendee),
        Edit::MoveAttendee { id, to },
    ]))
}

/// The edit that removes `element`, where the cursor goes next (the element before it, else
/// the one after, else the place to add a new one), and what was removed.
pub fn removal(doc: &Minutes, element: Element) -> Option<(Edit, After, Removed)> {
    match element {
        Element::Attendee(id) => {
            let i = doc.attendees.iter().position(|a| a.id == id)?;
            let next = doc
                .attendees
                .get(i + 1)
                .or_else(|| i.checked_sub(1).and_then(|p| doc.attendees.get(p)))
                .map_or(After::NewAttendee, |a| After::Element(a.id));
            Some((
                Edit::RemoveAttendee(id),
                next,
                Removed::Attendee(doc.attendees[i].full_name()),
            ))
        }
        Element::Item(id) => {
            let i = doc.items.iter().position(|x| x.id == id)?;
            let next = i
                .checked_sub(1)
                .or((i + 1 < doc.items.len()).then_some(i + 1))
                .map_or(After::NewItem, |k| After::ItemTitle(doc.items[k].id));
            let removed = Removed::Item {
                number: (i + 1).to_string(),
                title: doc.items[i].title.trim().to_string(),
            };
            Some((Edit::RemoveItem(id), next, removed))
        }
        Element::Entry(id) => {
            let (parent, index) = doc.entry_position(id).ok()?;
            let siblings: Vec<Id> = match parent {
                Parent::Intro => doc.intro.iter().map(|e| e.id).collect(),
                Parent::Item(item) => doc
                    .items
                    .iter()
                    .find(|i| i.id == item)?
                    .entries
                    .iter()
                    .map(|e| e.id)
                    .collect(),
            };
            let next = index
                .checked_sub(1)
                .or((index + 1 < siblings.len()).then_some(index + 1))
                .map_or(After::EntryBox(parent), |k| After::Element(siblings[k]));
            let (item, entry) = doc.entries().find(|(_, e)| e.id == id)?;
            let removed = Removed::Entry {
                kind: KindTag::of(&entry.kind),
                who: by_whom(&entry.kind).map(str::to_string),
                words: gist(&entry.kind, 40),
                item: item
                    .and_then(|i| doc.items.iter().position(|x| x.id == i.id))
                    .map(|n| (n + 1).to_string()),
            };
            Some((Edit::RemoveEntry(id), next, removed))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attendee, Entry, Item};

    fn doc() -> Minutes {
        let mut d = Minutes {
            attendees: vec![Attendee::new(Id(1), "Ida", "Aho"), Attendee::new(Id(2), "Tomi", "Berg")],
            ..Minutes::default()
        };
        d.intro.push(Entry::paragraph(Id(3), "Alussa."));
        let mut a = Item::new(Id(4), "Avaus");
        a.entries.push(Entry::paragraph(Id(5), "Avattiin."));
        a.entries.push(Entry::paragraph(Id(6), "Todettiin."));
        d.items = vec![a, Item::new(Id(7), "Talous")];
        d
    }

    #[test]
    fn elements_move_one_place_and_entries_cross_into_the_next_item() {
        let d = doc();
        assert_eq!(
            step(&d, Element::Attendee(Id(1)), true),
            Some(Edit::MoveAttendee { id: Id(1), to: 1 })
        );
        assert_eq!(
            step(&d, Element::Attendee(Id(2)), true),
            None,
            "the last goes no further"
        );
        assert_eq!(
            step(&d, Element::Item(Id(7)), false),
            Some(Edit::MoveItem { id: Id(7), to: 0 })
        );
        assert_eq!(
            step(&d, Element::Entry(Id(6)), true),
            Some(Edit::MoveEntry {
                id: Id(6),
                parent: Parent::Item(Id(7)),
                index: 0
            }),
        );
        assert_eq!(
            step(&d, Element::Entry(Id(5)), false),
            Some(Edit::MoveEntry {
                id: Id(5),
                parent: Parent::Intro,
                index: 1
            }),
            "the first entry of an item goes to the end of what comes before"
        );
        assert_eq!(step(&d, Element::Entry(Id(3)), false), None);
    }

    #[test]
    fn dropped_and_marked_absent_elements_land_where_they_belong() {
        let mut d = doc();
        assert_eq!(
            drop_onto(&d, Element::Item(Id(7)), Element::Item(Id(4))),
            Some(Edit::MoveItem { id: Id(7), to: 0 })
        );
        assert_eq!(drop_onto(&d, Element::Item(Id(7)), Element::Item(Id(7))), None);
        assert_eq!(drop_onto(&d, Element::Item(Id(7)), Element::Entry(Id(5))), None);
        d.apply(set_absent(&d, Id(1), true).unwrap()).unwrap();
        assert_eq!(
            d.attendees.iter().map(|a| (a.id.0, a.absent)).collect::<Vec<_>>(),
            [(2, false), (1, true)]
        );
        d.apply(set_absent(&d, Id(1), false).unwrap()).unwrap();
        assert_eq!(d.attendees[1].id, Id(1), "back among the present, at their end");
    }

    #[test]
    fn after_a_removal_the_cursor_goes_to_a_neighbour_or_the_place_to_add() {
        let mut d = doc();
        let (edit, after, what) = removal(&d, Element::Item(Id(4))).unwrap();
        assert_eq!(edit, Edit::RemoveItem(Id(4)));
        assert_eq!(after, After::ItemTitle(Id(7)));
        assert_eq!(
            what,
            Removed::Item {
                number: "1".into(),
                title: "Avaus".into()
            }
        );
        assert_eq!(removal(&d, Element::Entry(Id(6))).unwrap().1, After::Element(Id(5)));
        assert_eq!(
            removal(&d, Element::Entry(Id(3))).unwrap().1,
            After::EntryBox(Parent::Intro)
        );
        assert_eq!(removal(&d, Element::Attendee(Id(2))).unwrap().1, After::Element(Id(1)));
        d.attendees.truncate(1);
        assert_eq!(removal(&d, Element::Attendee(Id(1))).unwrap().1, After::NewAttendee);
        d.items.truncate(1);
        assert_eq!(removal(&d, Element::Item(Id(4))).unwrap().1, After::NewItem);
        let Removed::Entry { item, words, .. } = removal(&d, Element::Entry(Id(5))).unwrap().2 else {
            panic!()
        };
        assert_eq!((item.as_deref(), words.as_str()), (Some("1"), "Avattiin."));
        assert!(removal(&d, Element::Entry(Id(99))).is_none());
    }
}
