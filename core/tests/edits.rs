//! Edits: every edit undoes exactly, a history of edits unwinds to the start and winds back,
//! typing in one field is one step.

mod common;

use common::{attendee, entry_kind, line, minutes};
use muistio_core::edit::{Edit, History, Parent, Part};
use muistio_core::{Entry, Id, Item, Minutes};
use proptest::prelude::*;
use std::collections::HashSet;

/// What to do, with random numbers that pick the target in whatever document there is then.
#[derive(Clone, Debug)]
enum Plan {
    Header(String),
    InsertAttendee(usize, muistio_core::Attendee),
    RemoveAttendee(usize),
    RenameAttendee(usize, String),
    MoveAttendee(usize, usize),
    InsertItem(usize, String),
    RemoveItem(usize),
    RetitleItem(usize, String),
    MoveItem(usize, usize),
    InsertEntry(usize, usize, muistio_core::EntryKind),
    RemoveEntry(usize),
    SetEntry(usize, muistio_core::EntryKind),
    MoveEntry(usize, usize, usize),
}

fn plan() -> impl Strategy<Value = Plan> {
    let n = 0usize..20;
    prop_oneof![
        line(4).prop_map(Plan::Header),
        (n.clone(), attendee()).prop_map(|(i, a)| Plan::InsertAttendee(i, a)),
        n.clone().prop_map(Plan::RemoveAttendee),
        (n.clone(), line(2)).prop_map(|(i, s)| Plan::RenameAttendee(i, s)),
        (n.clone(), n.clone()).prop_map(|(a, b)| Plan::MoveAttendee(a, b)),
        (n.clone(), line(4)).prop_map(|(i, s)| Plan::InsertItem(i, s)),
        n.clone().prop_map(Plan::RemoveItem),
        (n.clone(), line(4)).prop_map(|(i, s)| Plan::RetitleItem(i, s)),
        (n.clone(), n.clone()).prop_map(|(a, b)| Plan::MoveItem(a, b)),
        (n.clone(), n.clone(), entry_kind()).prop_map(|(p, i, k)| Plan::InsertEntry(p, i, k)),
        n.clone().prop_map(Plan::RemoveEntry),
        (n.clone(), entry_kind()).prop_map(|(i, k)| Plan::SetEntry(i, k)),
        (n.clone(), n.clone(), n).prop_map(|(e, p, i)| Plan::MoveEntry(e, p, i)),
    ]
}

fn parents(doc: &Minutes) -> Vec<Parent> {
    std::iter::once(Parent::Intro)
        .chain(doc.items.iter().map(|i| Parent::Item(i.id)))
        .collect()
}

fn pick<T: Copy>(list: &[T], n: usize) -> Option<T> {
    (!list.is_empty()).then(|| list[n % list.len()])
}

/// Turns a plan into an edit on `doc`; `fresh` hands out new ids.
fn edit(doc: &Minutes, plan: Plan, fresh: &mut u64) -> Option<Edit> {
    let mut new_id = || {
        *fresh += 1;
        Id(*fresh)
    };
    let attendees: Vec<Id> = doc.attendees.iter().map(|a| a.id).collect();
    let items: Vec<Id> = doc.items.iter().map(|i| i.id).collect();
    let entries: Vec<Id> = doc.entries().map(|(_, e)| e.id).collect();
    Some(match plan {
        Plan::Header(title) => Edit::Header(muistio_core::Header {
            title,
            ..doc.header.clone()
        }),
        Plan::InsertAttendee(index, mut attendee) => {
            attendee.id = new_id();
            Edit::InsertAttendee { index, attendee }
        }
        Plan::RemoveAttendee(n) => Edit::RemoveAttendee(pick(&attendees, n)?),
        Plan::RenameAttendee(n, name) => {
            let id = pick(&attendees, n)?;
            let mut a = doc.attendees.iter().find(|a| a.id == id)?.clone();
            a.first_names = name;
            Edit::SetAttendee(a)
        }
        Plan::MoveAttendee(n, to) => Edit::MoveAttendee {
            id: pick(&attendees, n)?,
            to,
        },
        Plan::InsertItem(index, title) => Edit::InsertItem {
            index,
            item: Item::new(new_id(), &title),
        },
        Plan::RemoveItem(n) => Edit::RemoveItem(pick(&items, n)?),
        Plan::RetitleItem(n, title) => Edit::RetitleItem {
            id: pick(&items, n)?,
            title,
        },
        Plan::MoveItem(n, to) => Edit::MoveItem {
            id: pick(&items, n)?,
            to,
        },
        Plan::InsertEntry(p, index, kind) => Edit::InsertEntry {
            parent: pick(&parents(doc), p)?,
            index,
            entry: Entry { id: new_id(), kind },
        },
        Plan::RemoveEntry(n) => Edit::RemoveEntry(pick(&entries, n)?),
        Plan::SetEntry(n, kind) => Edit::SetEntry(Entry {
            id: pick(&entries, n)?,
            kind,
        }),
        Plan::MoveEntry(n, p, index) => Edit::MoveEntry {
            id: pick(&entries, n)?,
            parent: pick(&parents(doc), p)?,
            index,
        },
    })
}

/// Every part of `before` that differs in `after`.
fn changed_parts(before: &Minutes, after: &Minutes) -> HashSet<Part> {
    let mut out = HashSet::new();
    if before.header != after.header {
        out.insert(Part::Header);
    }
    let ids = |d: &Minutes| d.attendees.iter().map(|a| a.id).collect::<Vec<_>>();
    if ids(before) != ids(after) {
        out.insert(Part::Attendees);
    }
    for a in &after.attendees {
        if before.attendees.iter().find(|b| b.id == a.id) != Some(a) {
            out.insert(Part::Attendee(a.id));
        }
    }
    let items = |d: &Minutes| d.items.iter().map(|i| i.id).collect::<Vec<_>>();
    if items(before) != items(after) {
        out.insert(Part::Items);
    }
    let lists = |d: &Minutes| {
        let mut m = std::collections::HashMap::new();
        m.insert(Parent::Intro, d.intro.iter().map(|e| e.id).collect::<Vec<_>>());
        for i in &d.items {
            m.insert(Parent::Item(i.id), i.entries.iter().map(|e| e.id).collect::<Vec<_>>());
        }
        m
    };
    let (lb, la) = (lists(before), lists(after));
    for (parent, list) in &la {
        if lb.get(parent) != Some(list) {
            out.insert(Part::Entries(*parent));
        }
    }
    for i in &after.items {
        if before.items.iter().find(|b| b.id == i.id).map(|b| &b.title) != Some(&i.title) {
            out.insert(Part::Item(i.id));
        }
    }
    for (_, e) in after.entries() {
        if before.entries().find(|(_, b)| b.id == e.id).map(|(_, b)| b) != Some(e) {
            out.insert(Part::Entry(e.id));
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn an_edit_names_every_part_it_changes(doc in minutes(), plans in prop::collection::vec(plan(), 1..12)) {
        let mut doc = doc;
        let mut fresh = 1_000_000;
        for p in plans {
            let Some(e) = edit(&doc, p, &mut fresh) else { continue };
            let before = doc.clone();
            let mut named: HashSet<Part> = e.parts().into_iter().collect();
            let inverse = doc.apply(e).unwrap();
            named.extend(inverse.parts());
            let missing: Vec<Part> = changed_parts(&before, &doc).difference(&named).copied().collect();
            prop_assert!(missing.is_empty(), "changed but not named: {:?}", missing);
        }
    }

    #[test]
    fn every_edit_is_undone_by_its_inverse(doc in minutes(), plans in prop::collection::vec(plan(), 1..12)) {
        let mut doc = doc;
        let mut fresh = 1_000_000;
        for p in plans {
            let Some(e) = edit(&doc, p, &mut fresh) else { continue };
            let before = doc.clone();
            let inverse = doc.apply(e.clone()).unwrap();
            let after = doc.clone();
            let redo = doc.apply(inverse).unwrap();
            prop_assert_eq!(&doc, &before);
            doc.apply(redo).unwrap();
            prop_assert_eq!(&doc, &after);
        }
    }

    #[test]
    fn history_unwinds_to_the_start_and_winds_back(doc in minutes(), plans in prop::collection::vec(plan(), 1..30)) {
        let start = doc.clone();
        let mut doc = doc;
        let mut history = History::default();
        let mut fresh = 1_000_000;
        let mut steps = 0;
        for (t, p) in plans.into_iter().enumerate() {
            let Some(e) = edit(&doc, p, &mut fresh) else { continue };
            // Far apart in time: no two edits merge.
            history.apply(&mut doc, e, t as u64 * 10_000).unwrap();
            steps += 1;
        }
        let end = doc.clone();
        let mut undone = 0;
        while history.undo(&mut doc).is_some() {
            undone += 1;
        }
        prop_assert_eq!(undone, steps);
        prop_assert_eq!(&doc, &start);
        while history.redo(&mut doc).is_some() {}
        prop_assert_eq!(&doc, &end);
    }
}

#[test]
fn typing_in_one_field_is_one_step_and_a_pause_starts_another() {
    let mut doc = Minutes::default();
    doc.items.push(Item::new(Id(1), ""));
    let mut history = History::default();
    for (t, title) in ["K", "Ko", "Kok", "Koko", "Kokous"].iter().enumerate() {
        history
            .apply(
                &mut doc,
                Edit::RetitleItem {
                    id: Id(1),
                    title: title.to_string(),
                },
                t as u64 * 200,
            )
            .unwrap();
    }
    history
        .apply(
            &mut doc,
            Edit::RetitleItem {
                id: Id(1),
                title: "Kokous 2".into(),
            },
            5_000,
        )
        .unwrap();
    history.undo(&mut doc);
    assert_eq!(doc.items[0].title, "Kokous");
    history.undo(&mut doc);
    assert_eq!(doc.items[0].title, "");
    assert!(!history.can_undo());
    history.redo(&mut doc);
    assert_eq!(doc.items[0].title, "Kokous");
}

#[test]
fn at_least_two_hundred_steps_are_kept() {
    let mut doc = Minutes::default();
    let mut history = History::default();
    for n in 0..600u64 {
        history
            .apply(
                &mut doc,
                Edit::InsertItem {
                    index: 0,
                    item: Item::new(Id(n + 1), "x"),
                },
                n * 10_000,
            )
            .unwrap();
    }
    let mut undone = 0;
    while history.undo(&mut doc).is_some() {
        undone += 1;
    }
    assert!(undone >= 200, "{undone}");
    assert_eq!(doc.items.len(), 600 - undone);
}

#[test]
fn a_failing_batch_changes_nothing() {
    let mut doc = Minutes::default();
    let before = doc.clone();
    let batch = Edit::Batch(vec![
        Edit::InsertItem {
            index: 0,
            item: Item::new(Id(1), "a"),
        },
        Edit::RemoveItem(Id(99)),
    ]);
    assert!(doc.apply(batch).is_err());
    assert_eq!(doc, before);
}
