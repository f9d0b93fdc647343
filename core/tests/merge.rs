//! Two copies changed apart become one: each part comes from the copy that changed it, and a
//! part both changed differently is refused, never chosen.

mod common;

use common::{edit, minutes, plan, Plan};
use muistio_core::edit::{diff, merge, Edit, Part};
use muistio_core::{Entry, EntryKind, Id, Item, Minutes, Rich};
use proptest::prelude::*;

/// Applies plans to a copy of `doc`; returns the copy and the edits that applied.
fn changed(doc: &Minutes, plans: Vec<Plan>, fresh: u64) -> (Minutes, Vec<Edit>) {
    let mut copy = doc.clone();
    let mut fresh = fresh;
    let mut done = Vec::new();
    for p in plans {
        if let Some(e) = edit(&copy, p, &mut fresh) {
            if copy.apply(e.clone()).is_ok() {
                done.push(e);
            }
        }
    }
    (copy, done)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn a_copy_merged_with_an_unchanged_one_is_itself(doc in minutes(), plans in prop::collection::vec(plan(), 0..10)) {
        let (mine, _) = changed(&doc, plans, 1_000_000);
        prop_assert_eq!(merge(&doc, &mine, &doc), Ok(mine.clone()));
        prop_assert_eq!(merge(&doc, &doc, &mine), Ok(mine.clone()));
        prop_assert_eq!(merge(&doc, &mine, &mine), Ok(mine));
    }

    #[test]
    fn changes_to_different_parts_both_arrive(
        doc in minutes(),
        mine in prop::collection::vec(plan(), 0..8),
        theirs in prop::collection::vec(plan(), 0..8),
    ) {
        let (a, _) = changed(&doc, mine, 1_000_000);
        let (b, _) = changed(&doc, theirs, 2_000_000);
        let (da, db) = (diff(&doc, &a), diff(&doc, &b));
        match merge(&doc, &a, &b) {
            Ok(m) => {
                // Every part is the one of the copy that changed it, the other parts as they were.
                for part in diff(&doc, &m).iter().chain(da.iter()).chain(db.iter()) {
                    let source = if da.contains(part) { &a } else { &b };
                    prop_assert!(!diff(source, &m).contains(part), "{:?} not taken from its copy", part);
                }
                let mut ids = m.ids();
                let n = ids.len();
                ids.sort();
                ids.dedup();
                prop_assert_eq!(ids.len(), n, "an element stands twice");
            }
            Err(conflicts) => {
                for part in &conflicts {
                    prop_assert!((da.contains(part) && db.contains(part)) || matches!(part, Part::Entry(_)), "{:?} is no conflict", part);
                }
                prop_assert!(!conflicts.is_empty());
            }
        }
    }
}

fn doc() -> Minutes {
    let mut d = Minutes::default();
    d.header.title = "Hallitus".into();
    let mut item = Item::new(Id(1), "Avaus");
    item.entries.push(Entry::paragraph(Id(2), "Avattiin."));
    item.entries.push(Entry::paragraph(Id(3), "Todettiin."));
    d.items.push(item);
    d.items.push(Item::new(Id(4), "Talous"));
    d
}

fn set(d: &mut Minutes, id: u64, text: &str) {
    d.apply(Edit::SetEntry(Entry {
        id: Id(id),
        kind: EntryKind::Paragraph {
            text: Rich::plain(text),
        },
    }))
    .unwrap();
}

#[test]
fn two_tabs_typing_in_different_entries_keep_both() {
    let base = doc();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set(&mut mine, 2, "Avattiin klo 9.");
    set(&mut theirs, 3, "Todettiin päätösvaltaiseksi.");
    theirs
        .apply(Edit::RetitleItem {
            id: Id(4),
            title: "Talousarvio".into(),
        })
        .unwrap();
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.items[0].entries[0], mine.items[0].entries[0]);
    assert_eq!(merged.items[0].entries[1], theirs.items[0].entries[1]);
    assert_eq!(merged.items[1].title, "Talousarvio");
}

#[test]
fn the_same_entry_typed_differently_is_a_conflict() {
    let base = doc();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set(&mut mine, 2, "Avattiin klo 9.");
    set(&mut theirs, 2, "Avattiin klo 9.05.");
    assert_eq!(merge(&base, &mine, &theirs), Err(vec![Part::Entry(Id(2))]));
    set(&mut theirs, 2, "Avattiin klo 9.");
    assert_eq!(
        merge(&base, &mine, &theirs),
        Ok(mine),
        "the same change twice is no conflict"
    );
}

#[test]
fn an_entry_moved_to_two_places_is_refused() {
    let base = doc();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.apply(Edit::MoveEntry {
        id: Id(2),
        parent: muistio_core::edit::Parent::Item(Id(4)),
        index: 0,
    })
    .unwrap();
    theirs
        .apply(Edit::MoveEntry {
            id: Id(2),
            parent: muistio_core::edit::Parent::Intro,
            index: 0,
        })
        .unwrap();
    assert!(merge(&base, &mine, &theirs).is_err());
}

#[test]
fn an_entry_edited_in_one_copy_and_removed_in_the_other_is_a_conflict() {
    let base = doc();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set(&mut mine, 3, "Todettiin laillisuus.");
    theirs.apply(Edit::RemoveEntry(Id(3))).unwrap();
    assert!(merge(&base, &mine, &theirs).unwrap_err().contains(&Part::Entry(Id(3))));
}

#[test]
fn an_entry_saved_from_an_item_the_other_copy_removed_is_a_conflict() {
    let base = doc();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.apply(Edit::MoveEntry {
        id: Id(2),
        parent: muistio_core::edit::Parent::Intro,
        index: 0,
    })
    .unwrap();
    mine.apply(Edit::RemoveItem(Id(1))).unwrap();
    theirs.apply(Edit::RemoveItem(Id(1))).unwrap();
    assert_eq!(merge(&base, &mine, &theirs), Err(vec![Part::Entry(Id(2))]));
}
