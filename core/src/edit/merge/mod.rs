//! Two copies of one document changed apart (two tabs, or a copy that came back) become one
//! again: [`diff`] names the parts in which a copy differs from where both started;
//! [`merge3`] joins the copies element by element and lists what both changed differently
//! (with the side a choice took); [`merge`] refuses such a merge instead.

mod order;
mod shown;
mod three;

pub use shown::{chooser, shown, Shown, Subject};

use super::{Parent, Part};
use crate::model::{Attendee, Entry, Id, Minutes};
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

/// Which copy a clash is settled from.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Side {
    /// The copy here (the open draft).
    Mine,
    /// The other copy (another tab's, or one that came back).
    Theirs,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Mine => Side::Theirs,
            Side::Theirs => Side::Mine,
        }
    }
}

/// Something both copies changed, each in its own way: the merge needs a choice.
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub enum Clash {
    /// A header field, by its name in the saved format ("title", "date", "place", "approval"…).
    Header(String),
    /// An attendee, item (its title, confidentiality…) or entry both copies changed differently.
    Changed(Id),
    /// An attendee, item or entry one copy removed and the other changed or moved.
    Removed(Id),
    /// An attendee, item or entry both copies moved, to different places.
    Place(Id),
}

impl Clash {
    /// The element the clash is about (`None` for a header field).
    pub fn id(&self) -> Option<Id> {
        match self {
            Clash::Header(_) => None,
            Clash::Changed(id) | Clash::Removed(id) | Clash::Place(id) => Some(*id),
        }
    }
}

/// A merge: the document, and every clash met on the way with the side `choose` took.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Merged {
    /// The merged document.
    pub minutes: Minutes,
    /// The clashes, in document order.
    pub clashes: Vec<Clash>,
}

/// Merges `mine` and `theirs`, two copies changed apart from `base`, element by element (by
/// id): additions, removals, moves and changes of either copy are kept; header fields merge
/// one by one. Where both changed the same thing differently — a field, an element one removed
/// and the other changed, an element both moved elsewhere — `choose` says which copy's to take,
/// and the clash is listed. A copy that changed nothing gives the other copy; swapping the
/// copies (and the choices) gives the same document.
pub fn merge3(base: &Minutes, mine: &Minutes, theirs: &Minutes, choose: &dyn Fn(&Clash) -> Side) -> Merged {
    three::merge3(base, mine, theirs, choose)
}

/// Merges like [`merge3`] but refuses rather than choose: `Err` lists the parts both copies
/// changed in different ways (an element's part for a removal or a move that clashes).
pub fn merge(base: &Minutes, mine: &Minutes, theirs: &Minutes) -> Result<Minutes, Vec<Part>> {
    let merged = merge3(base, mine, theirs, &|_| Side::Mine);
    if merged.clashes.is_empty() {
        return Ok(merged.minutes);
    }
    let part = |id: Id| {
        let is = |d: &Minutes| {
            (
                d.attendees.iter().any(|a| a.id == id),
                d.items.iter().any(|i| i.id == id),
            )
        };
        match [base, mine, theirs].map(is).into_iter().find(|(a, i)| *a || *i) {
            Some((true, _)) => Part::Attendee(id),
            Some((_, true)) => Part::Item(id),
            _ => Part::Entry(id),
        }
    };
    let mut parts: Vec<Part> = merged
        .clashes
        .iter()
        .map(|c| c.id().map_or(Part::Header, part))
        .collect();
    crate::sort::by_key(&mut parts, |p| format!("{p:?}"));
    parts.dedup();
    Err(parts)
}
