//! Two copies changed apart become one, element by element: what either copy did alone
//! arrives; what both changed differently is a clash, settled by a choice (merge3) or refused
//! (merge). Swapping the copies and the choices gives the same document.

mod common;

use common::{edit, minutes, plan, Plan};
use muistio_core::edit::{merge, merge3, steps, Clash, Edit, Part, Side};
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
    fn swapping_the_copies_and_the_choices_gives_the_same_document(
        doc in minutes(),
        mine in prop::collection::vec(plan(), 0..8),
        theirs in prop::collection::vec(plan(), 0..8),
        pick_mine in any::<bool>(),
    ) {
        let (a, _) = changed(&doc, mine, 1_000_000);
        let (b, _) = changed(&doc, theirs, 2_000_000);
        let choose = |c: &Clash| if (c.id().map_or(0, |id| id.0) % 2 == 0) == pick_mine { Side::Mine } else { Side::Theirs };
        let ab = merge3(&doc, &a, &b, &choose);
        let ba = merge3(&doc, &b, &a, &|c| choose(c).other());
        prop_assert_eq!(&ab.minutes, &ba.minutes);
        let (mut x, mut y) = (ab.clashes.clone(), ba.clashes.clone());
        x.sort_by_key(|c| format!("{c:?}"));
        y.sort_by_key(|c| format!("{c:?}"));
        prop_assert_eq!(x, y, "the same clashes, whichever copy is which");
    }

    #[test]
    fn what_either_copy_did_alone_arrives(
        doc in minutes(),
        mine in prop::collection::vec(plan(), 0..8),
        theirs in prop::collection::vec(plan(), 0..8),
    ) {
        let (a, _) = changed(&doc, mine, 1_000_000);
        let (b, _) = changed(&doc, theirs, 2_000_000);
        let merged = merge3(&doc, &a, &b, &|_| Side::Mine);
        let m = &merged.minutes;
        let mut ids = m.ids();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), n, "an element stands twice");
        if merged.clashes.is_empty() {
            let (base_ids, a_ids, b_ids) = (doc.ids(), a.ids(), b.ids());
            for id in a_ids.iter().chain(&b_ids) {
                if !base_ids.contains(id) {
                    // Added by one copy: there, unless it was written into an item the other removed.
                    let parent_removed = [&a, &b].iter().any(|c| {
                        c.items.iter().any(|i| i.entries.iter().any(|e| e.id == *id) && !m.items.iter().any(|x| x.id == i.id))
                    });
                    prop_assert!(m.ids().contains(id) || parent_removed, "{:?} added and lost", id);
                }
            }
            for id in &base_ids {
                let (in_a, in_b) = (a_ids.contains(id), b_ids.contains(id));
                if !in_a || !in_b {
                    prop_assert!(!m.ids().contains(id), "{:?} removed by a copy and back", id);
                }
            }
            // Each entry holds what the copy that changed it wrote.
            let text = |d: &Minutes, id: Id| d.entries().find(|(_, e)| e.id == id).map(|(_, e)| e.clone());
            for (_, e) in m.entries() {
                let (ta, tb, t0) = (text(&a, e.id), text(&b, e.id), text(&doc, e.id));
                let expected = if ta != t0 { ta } else { tb };
                prop_assert_eq!(Some(e.clone()), expected);
            }
            prop_assert_eq!(merge(&doc, &a, &b), Ok(m.clone()));
        } else {
            prop_assert!(merge(&doc, &a, &b).is_err());
        }
    }
}

#[test]
fn moves_and_additions_of_both_copies_are_kept() {
    let mut base = doc();
    base.items.push(Item::new(Id(5), "Muut asiat"));
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    // Here the last item goes first and a paragraph is added to the first item;
    mine.apply(Edit::MoveItem { id: Id(5), to: 0 }).unwrap();
    mine.apply(Edit::InsertEntry {
        parent: muistio_core::edit::Parent::Item(Id(1)),
        index: 2,
        entry: Entry::paragraph(Id(10), "Lisäys tässä."),
    })
    .unwrap();
    // there an item is added at the end and the entries of the first swap places.
    theirs
        .apply(Edit::InsertItem {
            index: 3,
            item: Item::new(Id(6), "Seuraava kokous"),
        })
        .unwrap();
    theirs
        .apply(Edit::MoveEntry {
            id: Id(3),
            parent: muistio_core::edit::Parent::Item(Id(1)),
            index: 0,
        })
        .unwrap();
    let merged = merge3(&base, &mine, &theirs, &|_| Side::Mine);
    assert!(merged.clashes.is_empty(), "{:?}", merged.clashes);
    let order: Vec<u64> = merged.minutes.items.iter().map(|i| i.id.0).collect();
    assert_eq!(order, [5, 1, 4, 6]);
    let entries: Vec<u64> = merged.minutes.items[1].entries.iter().map(|e| e.id.0).collect();
    assert_eq!(entries, [3, 2, 10]);
}

#[test]
fn header_fields_changed_on_each_side_both_arrive_and_the_same_field_is_a_clash() {
    let base = doc();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.header.place = "Kirjasto".into();
    theirs.header.title = "Hallituksen kokous".into();
    let merged = merge3(&base, &mine, &theirs, &|_| Side::Mine);
    assert!(merged.clashes.is_empty());
    assert_eq!(
        (
            merged.minutes.header.place.as_str(),
            merged.minutes.header.title.as_str()
        ),
        ("Kirjasto", "Hallituksen kokous")
    );
    theirs.header.place = "Kaupungintalo".into();
    let merged = merge3(&base, &mine, &theirs, &|_| Side::Theirs);
    assert_eq!(merged.clashes, [Clash::Header("place".into())]);
    assert_eq!(merged.minutes.header.place, "Kaupungintalo");
    assert_eq!(merged.minutes.header.title, "Hallituksen kokous");
}

#[test]
fn a_clash_is_settled_by_the_choice_and_keeping_a_removed_item_keeps_its_entries() {
    let base = doc();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set(&mut mine, 2, "Avattiin klo 9.");
    set(&mut theirs, 2, "Avattiin klo 9.05.");
    let pick = |side| merge3(&base, &mine, &theirs, &move |_| side).minutes;
    assert_eq!(pick(Side::Mine).items[0].entries[0], mine.items[0].entries[0]);
    assert_eq!(pick(Side::Theirs).items[0].entries[0], theirs.items[0].entries[0]);
    // One copy removed the first item, the other wrote into it.
    let mut theirs = base.clone();
    theirs.apply(Edit::RemoveItem(Id(1))).unwrap();
    let merged = merge3(&base, &mine, &theirs, &|_| Side::Mine);
    assert_eq!(merged.clashes, [Clash::Removed(Id(1))]);
    assert_eq!(merged.minutes.items[0].entries.len(), 2, "kept with both its entries");
    assert_eq!(merged.minutes.items[0].entries[0], mine.items[0].entries[0]);
    let merged = merge3(&base, &mine, &theirs, &|_| Side::Theirs);
    assert_eq!(merged.minutes.items.len(), 1, "removed as the other copy did");
    assert_eq!(merged.minutes.entries().count(), 0);
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_steps_between_two_documents_lead_from_one_to_the_other_and_back(
        doc in minutes(),
        mine in prop::collection::vec(plan(), 0..10),
        theirs in prop::collection::vec(plan(), 0..10),
    ) {
        let (a, _) = changed(&doc, mine, 1_000_000);
        let (b, _) = changed(&doc, theirs, 2_000_000);
        let merged = merge3(&doc, &a, &b, &|_| Side::Theirs).minutes;
        let mut copy = a.clone();
        let undo = copy.apply(Edit::Batch(steps(&a, &merged))).expect("every step applies");
        prop_assert_eq!(&copy, &merged);
        copy.apply(undo).expect("the undo applies");
        prop_assert_eq!(copy, a, "one undo takes the whole merge back");
        prop_assert!(steps(&b, &b).is_empty());
    }
}
