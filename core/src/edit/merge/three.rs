//! The three-way merge: every element of either copy is kept, removed, changed and placed as
//! the copy that touched it says; where both touched the same thing differently, `choose`
//! decides and the merge records a [`Clash`], so that nothing is overwritten unseen.

use super::order::{arrange, moved, From, Lists};
use super::{Clash, Merged, Side};
use crate::edit::Parent;
use crate::model::{Header, Id, Item, Minutes};
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// One kind of element (attendees, items, entries) in the three copies: where each stands,
/// what it holds, and which the copies moved.
struct Three<P, V> {
    lists: [Lists<P>; 3],
    values: [HashMap<Id, V>; 3],
    moved: [HashSet<Id>; 2],
}

const BASE: usize = 0;

impl<P: Copy + Eq + Hash, V: PartialEq + Clone> Three<P, V> {
    fn new(lists: [Lists<P>; 3], values: [HashMap<Id, V>; 3]) -> Three<P, V> {
        let moved = [moved(&lists[BASE], &lists[1]), moved(&lists[BASE], &lists[2])];
        Three { lists, values, moved }
    }

    /// Whether copy `c` (1 or 2) changed the element: its value or its place.
    fn changed(&self, c: usize, id: Id) -> bool {
        self.values[c].get(&id) != self.values[BASE].get(&id) || self.moved[c - 1].contains(&id)
    }

    /// The ids of this kind, in the order given (every id of the three copies, in document order).
    fn ids<'a>(&'a self, order: &'a [Id]) -> impl Iterator<Item = Id> + 'a {
        order
            .iter()
            .copied()
            .filter(|id| self.values.iter().any(|v| v.contains_key(id)))
    }
}

/// What the merge keeps of one kind of element: where each stands and what it holds.
struct Kept<V> {
    place: HashMap<Id, From>,
    values: HashMap<Id, V>,
}

/// Resolves every element of one kind. `touched(c, id)`: the copy changed something inside
/// the element beyond its own value (an item's entries); `follows(id)`: the element goes
/// with its parent (an entry of an item one copy removed whole), `Some(kept)` then.
fn resolve<P: Copy + Eq + Hash, V: PartialEq + Clone>(
    three: &Three<P, V>,
    order: &[Id],
    touched: impl Fn(usize, Id) -> bool,
    follows: impl Fn(Id) -> Option<bool>,
    decide: &mut dyn FnMut(Clash) -> Side,
) -> Kept<V> {
    let mut kept = Kept {
        place: HashMap::new(),
        values: HashMap::new(),
    };
    for id in three.ids(order) {
        let has = |c: usize| three.lists[c].has(id);
        let in_base = has(BASE);
        let present = match (in_base, has(1), has(2)) {
            (false, _, _) | (true, true, true) => true,
            (true, false, false) => false,
            (true, mine, _) => {
                let holder = if mine { 1 } else { 2 };
                match follows(id) {
                    Some(kept) => kept,
                    None if three.changed(holder, id) || touched(holder, id) => {
                        let side = decide(Clash::Removed(id));
                        (side == Side::Mine) == mine
                    }
                    None => false,
                }
            }
        };
        if !present {
            continue;
        }
        let (a, b) = (three.values[1].get(&id), three.values[2].get(&id));
        let value = match (a, b) {
            (Some(a), Some(b)) if a == b => a,
            (Some(a), Some(b)) => match three.values[BASE].get(&id) {
                Some(base) if base == a => b,
                Some(base) if base == b => a,
                _ => match decide(Clash::Changed(id)) {
                    Side::Mine => a,
                    Side::Theirs => b,
                },
            },
            (Some(v), None) | (None, Some(v)) => v,
            (None, None) => continue,
        };
        kept.values.insert(id, value.clone());
        let place = match (has(1), has(2)) {
            (true, false) => From::First,
            (false, true) => From::Second,
            _ if !in_base => From::First,
            _ => match (three.moved[0].contains(&id), three.moved[1].contains(&id)) {
                (false, false) => From::Both,
                (true, false) => From::First,
                (false, true) => From::Second,
                (true, true) => {
                    let at = |c: usize| {
                        let parent = three.lists[c].parent_of[&id];
                        (parent, three.lists[c].by_parent.get(&parent))
                    };
                    let (x, y) = (at(1), at(2));
                    if x == y {
                        From::First
                    } else {
                        match decide(Clash::Place(id)) {
                            Side::Mine => From::First,
                            Side::Theirs => From::Second,
                        }
                    }
                }
            },
        };
        kept.place.insert(id, place);
    }
    kept
}

/// The header, field by field (by the names of the saved format).
fn header(base: &Header, mine: &Header, theirs: &Header, decide: &mut dyn FnMut(Clash) -> Side) -> Header {
    use serde_json::{to_value, Map, Value};
    let object = |h: &Header| match to_value(h) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    let (b, m, t) = (object(base), object(mine), object(theirs));
    let mut keys: Vec<&String> = b.keys().chain(m.keys()).chain(t.keys()).collect();
    crate::sort::all(&mut keys);
    keys.dedup();
    let mut out = Map::new();
    for key in keys {
        let (vb, vm, vt) = (b.get(key), m.get(key), t.get(key));
        let value = if vm == vt || vt == vb {
            vm
        } else if vm == vb {
            vt
        } else {
            match decide(Clash::Header(key.clone())) {
                Side::Mine => vm,
                Side::Theirs => vt,
            }
        };
        if let Some(v) = value {
            out.insert(key.clone(), v.clone());
        }
    }
    serde_json::from_value(Value::Object(out)).unwrap_or_else(|_| mine.clone())
}

fn people(d: &Minutes) -> (Lists<()>, HashMap<Id, crate::model::Attendee>) {
    let lists = Lists::new([((), d.attendees.iter().map(|a| a.id).collect())]);
    (lists, d.attendees.iter().map(|a| (a.id, a.clone())).collect())
}

fn items(d: &Minutes) -> (Lists<()>, HashMap<Id, Item>) {
    let lists = Lists::new([((), d.items.iter().map(|i| i.id).collect())]);
    let fields = |i: &Item| Item {
        entries: Vec::new(),
        ..i.clone()
    };
    (lists, d.items.iter().map(|i| (i.id, fields(i))).collect())
}

fn entries(d: &Minutes) -> (Lists<Parent>, HashMap<Id, crate::model::Entry>) {
    let intro = std::iter::once((Parent::Intro, d.intro.iter().map(|e| e.id).collect()));
    let items = d
        .items
        .iter()
        .map(|i| (Parent::Item(i.id), i.entries.iter().map(|e| e.id).collect()));
    let lists = Lists::new(intro.chain(items));
    (lists, d.entries().map(|(_, e)| (e.id, e.clone())).collect())
}

fn three<P: Copy + Eq + Hash, V: PartialEq + Clone>(
    docs: [&Minutes; 3],
    split: impl Fn(&Minutes) -> (Lists<P>, HashMap<Id, V>),
) -> Three<P, V> {
    let [b, m, t] = docs.map(&split);
    Three::new([b.0, m.0, t.0], [b.1, m.1, t.1])
}

/// See [`super::merge3`].
pub(super) fn merge3(base: &Minutes, mine: &Minutes, theirs: &Minutes, choose: &dyn Fn(&Clash) -> Side) -> Merged {
    let mut clashes = Vec::new();
    let mut decide = |clash: Clash| {
        let side = choose(&clash);
        clashes.push(clash);
        side
    };
    let docs = [base, mine, theirs];
    let mut seen = HashSet::new();
    let order: Vec<Id> = [mine, theirs, base]
        .iter()
        .flat_map(|d| d.ids())
        .filter(|id| seen.insert(*id))
        .collect();
    let header = header(&base.header, &mine.header, &theirs.header, &mut decide);

    let people = three(docs, people);
    let people_kept = resolve(&people, &order, |_, _| false, |_| None, &mut decide);

    let entries = three(docs, entries);
    let items = three(docs, items);
    // An item one copy removed and the other wrote into (its entries, or one of them) is changed.
    let touched = |c: usize, id: Id| {
        let parent = Parent::Item(id);
        let list = |k: usize| entries.lists[k].by_parent.get(&parent);
        list(c) != list(BASE) || list(c).into_iter().flatten().any(|e| entries.changed(c, *e))
    };
    let items_kept = resolve(&items, &order, touched, |_| None, &mut decide);
    // An entry that stays in its item in one copy, while the other removed the item whole,
    // goes with the item.
    let follows = |id: Id| {
        let Some(Parent::Item(item)) = entries.lists[BASE].parent_of.get(&id).copied() else {
            return None;
        };
        let (mine_has, theirs_has) = (items.lists[1].has(item), items.lists[2].has(item));
        let holder = match (entries.lists[1].has(id), entries.lists[2].has(id)) {
            (true, false) if !theirs_has => 1,
            (false, true) if !mine_has => 2,
            _ => return None,
        };
        (entries.lists[holder].parent_of.get(&id) == Some(&Parent::Item(item)))
            .then(|| items_kept.values.contains_key(&item))
    };
    let entries_kept = resolve(&entries, &order, |_, _| false, follows, &mut decide);

    let people_order = arrange(
        &people.lists[0],
        &people.lists[1],
        &people.lists[2],
        &people_kept.place,
        &[()],
    );
    let item_order = arrange(
        &items.lists[0],
        &items.lists[1],
        &items.lists[2],
        &items_kept.place,
        &[()],
    );
    let item_ids = item_order.get(&()).cloned().unwrap_or_default();
    let parents: Vec<Parent> = std::iter::once(Parent::Intro)
        .chain(item_ids.iter().map(|id| Parent::Item(*id)))
        .collect();
    let mut entry_order = arrange(
        &entries.lists[0],
        &entries.lists[1],
        &entries.lists[2],
        &entries_kept.place,
        &parents,
    );
    let mut take = |parent: Parent| {
        let ids = entry_order.remove(&parent).unwrap_or_default();
        ids.iter()
            .filter_map(|id| entries_kept.values.get(id).cloned())
            .collect()
    };
    let minutes = Minutes {
        header,
        attendees: people_order[&()]
            .iter()
            .filter_map(|id| people_kept.values.get(id).cloned())
            .collect(),
        intro: take(Parent::Intro),
        items: item_ids
            .iter()
            .filter_map(|id| {
                let mut item = items_kept.values.get(id)?.clone();
                item.entries = take(Parent::Item(*id));
                Some(item)
            })
            .collect(),
    };
    Merged { minutes, clashes }
}
