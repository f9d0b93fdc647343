//! Two copies of one document changed apart (two tabs, or a copy that came back) become one
//! again: [`diff`] names the parts in which a copy differs from where both started, and
//! [`merge`] takes each part from the copy that changed it. A part both changed differently
//! is a conflict: the merge refuses rather than choose.

use super::{Parent, Part};
use crate::model::{Attendee, Entry, Id, Item, Minutes};
use std::collections::{HashMap, HashSet};

/// The entries of every parent, by parent, in order.
fn lists(doc: &Minutes) -> HashMap<Parent, Vec<Id>> {
    let mut out = HashMap::with_capacity(doc.items.len() + 1);
    out.insert(Parent::Intro, doc.intro.iter().map(|e| e.id).collect());
    for item in &doc.items {
        out.insert(Parent::Item(item.id), item.entries.iter().map(|e| e.id).collect());
    }
    out
}

fn entries(doc: &Minutes) -> HashMap<Id, &Entry> {
    doc.entries().map(|(_, e)| (e.id, e)).collect()
}

fn attendees(doc: &Minutes) -> HashMap<Id, &Attendee> {
    doc.attendees.iter().map(|a| (a.id, a)).collect()
}

/// Each item's own fields: its title, whether it is confidential, and its time.
fn titles(doc: &Minutes) -> HashMap<Id, (&str, bool, u32)> {
    doc.items
        .iter()
        .map(|i| (i.id, (i.title.as_str(), i.confidential, i.seconds)))
        .collect()
}

/// Adds `part` for every key whose value differs between the two maps (present in one only
/// included).
fn differing<K: Copy + Eq + std::hash::Hash, V: PartialEq>(
    old: &HashMap<K, V>,
    new: &HashMap<K, V>,
    part: impl Fn(K) -> Part,
    out: &mut HashSet<Part>,
) {
    for (k, v) in new {
        if old.get(k) != Some(v) {
            out.insert(part(*k));
        }
    }
    for k in old.keys() {
        if !new.contains_key(k) {
            out.insert(part(*k));
        }
    }
}

/// Every part in which `new` differs from `old`: the header; which attendees, items and
/// entries there are and in what order; each attendee's fields, item's title and entry's
/// contents (an element added or removed counts as changed).
pub fn diff(old: &Minutes, new: &Minutes) -> HashSet<Part> {
    let mut out = HashSet::new();
    if old.header != new.header {
        out.insert(Part::Header);
    }
    let order = |d: &Minutes| d.attendees.iter().map(|a| a.id).collect::<Vec<_>>();
    if order(old) != order(new) {
        out.insert(Part::Attendees);
    }
    let order = |d: &Minutes| d.items.iter().map(|i| i.id).collect::<Vec<_>>();
    if order(old) != order(new) {
        out.insert(Part::Items);
    }
    differing(&attendees(old), &attendees(new), Part::Attendee, &mut out);
    differing(&titles(old), &titles(new), Part::Item, &mut out);
    differing(&lists(old), &lists(new), Part::Entries, &mut out);
    differing(&entries(old), &entries(new), Part::Entry, &mut out);
    out
}

/// The value under `key` in the copy that changed its part (`changed_here`: mine), else in the
/// other copy (an element only one copy has).
fn pick<'a, K: Eq + std::hash::Hash, V>(
    changed_here: bool,
    mine: &'a HashMap<K, V>,
    theirs: &'a HashMap<K, V>,
    key: &K,
) -> Option<&'a V> {
    let (first, second) = if changed_here { (mine, theirs) } else { (theirs, mine) };
    first.get(key).or_else(|| second.get(key))
}

/// Whether two documents hold the same value for `part`.
fn same(a: &Minutes, b: &Minutes, part: Part) -> bool {
    match part {
        Part::Header => a.header == b.header,
        Part::Attendees => a.attendees.iter().map(|x| x.id).eq(b.attendees.iter().map(|x| x.id)),
        Part::Attendee(id) => a.attendees.iter().find(|x| x.id == id) == b.attendees.iter().find(|x| x.id == id),
        Part::Items => a.items.iter().map(|x| x.id).eq(b.items.iter().map(|x| x.id)),
        Part::Item(id) => titles(a).get(&id) == titles(b).get(&id),
        Part::Entries(parent) => lists(a).get(&parent) == lists(b).get(&parent),
        Part::Entry(id) => entries(a).get(&id) == entries(b).get(&id),
    }
}

/// Merges `mine` and `theirs`, two copies changed apart from `base`: every part comes from the
/// copy that changed it (from `theirs` where neither did). `Err` lists the parts both copies
/// changed in different ways, or that would leave an entry in two places or bring back one a
/// copy removed; nothing is merged then.
pub fn merge(base: &Minutes, mine: &Minutes, theirs: &Minutes) -> Result<Minutes, Vec<Part>> {
    let ours = diff(base, mine);
    let their = diff(base, theirs);
    let mut conflicts: Vec<Part> = ours
        .iter()
        .filter(|p| their.contains(p) && !same(mine, theirs, **p))
        .copied()
        .collect();
    if !conflicts.is_empty() {
        conflicts.sort_by_key(|p| format!("{p:?}"));
        return Err(conflicts);
    }
    let from = |part: Part| if ours.contains(&part) { mine } else { theirs };
    let (my_people, their_people) = (attendees(mine), attendees(theirs));
    let (my_entries, their_entries) = (entries(mine), entries(theirs));
    let (my_lists, their_lists) = (lists(mine), lists(theirs));
    let (my_titles, their_titles) = (titles(mine), titles(theirs));
    let build = |parent: Parent| -> Vec<Entry> {
        pick(ours.contains(&Part::Entries(parent)), &my_lists, &their_lists, &parent)
            .into_iter()
            .flatten()
            .filter_map(|id| pick(ours.contains(&Part::Entry(*id)), &my_entries, &their_entries, id))
            .map(|e| (*e).clone())
            .collect()
    };
    let mut merged = Minutes {
        header: from(Part::Header).header.clone(),
        attendees: from(Part::Attendees)
            .attendees
            .iter()
            .filter_map(|a| pick(ours.contains(&Part::Attendee(a.id)), &my_people, &their_people, &a.id))
            .map(|p| (*p).clone())
            .collect(),
        intro: build(Parent::Intro),
        items: Vec::new(),
    };
    for item in &from(Part::Items).items {
        let (title, confidential, seconds) =
            pick(ours.contains(&Part::Item(item.id)), &my_titles, &their_titles, &item.id)
                .copied()
                .unwrap_or_default();
        let mut merged_item = Item::new(item.id, title);
        merged_item.confidential = confidential;
        merged_item.seconds = seconds;
        merged_item.entries = build(Parent::Item(item.id));
        merged.items.push(merged_item);
    }
    // An entry moved to different places in the two copies would now stand twice; one that a
    // copy removed but the other kept in a list it changed would come back unasked.
    let mut seen = HashSet::new();
    let refused: Vec<Part> = merged
        .entries()
        .filter(|(_, e)| {
            let removed_by = |diff: &HashSet<Part>, copy: &HashMap<Id, &Entry>| {
                diff.contains(&Part::Entry(e.id)) && !copy.contains_key(&e.id)
            };
            !seen.insert(e.id) || removed_by(&ours, &my_entries) || removed_by(&their, &their_entries)
        })
        .map(|(_, e)| Part::Entry(e.id))
        .collect();
    if !refused.is_empty() {
        return Err(refused);
    }
    Ok(merged)
}
