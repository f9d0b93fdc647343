//! Edits: every edit undoes exactly, a history of edits unwinds to the start and winds back,
//! typing in one field is one step.

mod common;

use common::{edit, minutes, plan};
use muistio_core::edit::{diff, Edit, History, Parent, Part};
use muistio_core::{Id, Item, Minutes};
use proptest::prelude::*;
use std::collections::HashSet;

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
            // Views exist only for what is still there: a removed element needs no redraw.
            let ids = doc.ids();
            let shown = |p: &Part| match p {
                Part::Attendee(id) | Part::Item(id) | Part::Entry(id) | Part::Entries(Parent::Item(id)) => ids.contains(id),
                _ => true,
            };
            let missing: Vec<Part> = diff(&before, &doc).difference(&named).filter(|p| shown(p)).copied().collect();
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
