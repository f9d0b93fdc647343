//! Where each element stands after a merge: the lists of both copies joined so that every
//! element added or moved in either copy keeps the place that copy gave it, and elements
//! neither copy moved keep their order. The result does not depend on which copy is "mine".

use crate::model::Id;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// The lists of one kind of element (attendees, items, or entries by parent) in one copy.
pub(super) struct Lists<P> {
    /// Each parent's elements, in order.
    pub by_parent: HashMap<P, Vec<Id>>,
    /// Each element's parent.
    pub parent_of: HashMap<Id, P>,
}

impl<P: Copy + Eq + Hash> Lists<P> {
    pub fn new(lists: impl IntoIterator<Item = (P, Vec<Id>)>) -> Lists<P> {
        let by_parent: HashMap<P, Vec<Id>> = lists.into_iter().collect();
        let parent_of = by_parent
            .iter()
            .flat_map(|(p, ids)| ids.iter().map(move |id| (*id, *p)))
            .collect();
        Lists { by_parent, parent_of }
    }

    pub fn has(&self, id: Id) -> bool {
        self.parent_of.contains_key(&id)
    }

    fn list(&self, parent: P) -> &[Id] {
        self.by_parent.get(&parent).map_or(&[], Vec::as_slice)
    }
}

/// The elements `copy` moved away from where they stood in `base`: to another parent, or out
/// of the longest run of elements that kept their order (found in O(n log n), so a list of
/// thousands of entries merges as fast as a short one).
pub(super) fn moved<P: Copy + Eq + Hash>(base: &Lists<P>, copy: &Lists<P>) -> HashSet<Id> {
    let mut out = HashSet::new();
    for (parent, list) in &copy.by_parent {
        let position: HashMap<Id, usize> = base.list(*parent).iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let mut kept = Vec::new();
        for id in list {
            match (base.parent_of.get(id), position.get(id)) {
                (Some(p), Some(at)) if p == parent => kept.push((*id, *at)),
                (Some(_), _) => {
                    out.insert(*id);
                }
                (None, _) => {}
            }
        }
        let still = increasing(&kept);
        out.extend(kept.iter().map(|(id, _)| *id).filter(|id| !still.contains(id)));
    }
    out
}

/// The ids of a longest subsequence of `seq` whose positions increase.
fn increasing(seq: &[(Id, usize)]) -> HashSet<Id> {
    // tails[k]: index in seq of the smallest tail of an increasing run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, (_, at)) in seq.iter().enumerate() {
        let k = tails.partition_point(|&t| seq[t].1 < *at);
        before[i] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut out = HashSet::new();
    let mut next = tails.last().copied();
    while let Some(i) = next {
        out.insert(seq[i].0);
        next = before[i];
    }
    out
}

/// Which copy an element's place comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum From {
    /// Neither copy moved it: it keeps its place among the others.
    Both,
    /// The first copy's place.
    First,
    /// The second copy's place.
    Second,
}

/// The merged lists: `place` says, for every element of the result, whose place it takes
/// (elements not listed are left out). Elements whose parent is not in `parents` are left out.
pub(super) fn arrange<P: Copy + Eq + Hash>(
    base: &Lists<P>,
    first: &Lists<P>,
    second: &Lists<P>,
    place: &HashMap<Id, From>,
    parents: &[P],
) -> HashMap<P, Vec<Id>> {
    let mut out = HashMap::with_capacity(parents.len());
    for parent in parents {
        let stable: Vec<Id> = base
            .list(*parent)
            .iter()
            .filter(|id| place.get(id) == Some(&From::Both))
            .copied()
            .collect();
        let stable_set: HashSet<Id> = stable.iter().copied().collect();
        // The runs of elements each copy placed after a stable element (None: at the start).
        let mut runs: HashMap<(Option<Id>, bool), Vec<Id>> = HashMap::new();
        for (copy, from, is_first) in [(first, From::First, true), (second, From::Second, false)] {
            let mut anchor = None;
            for id in copy.list(*parent) {
                if stable_set.contains(id) {
                    anchor = Some(*id);
                } else if place.get(id) == Some(&from) {
                    runs.entry((anchor, is_first)).or_default().push(*id);
                }
            }
        }
        let mut list = Vec::new();
        let mut put = |anchor: Option<Id>, list: &mut Vec<Id>| {
            let a = runs.remove(&(anchor, true)).unwrap_or_default();
            let b = runs.remove(&(anchor, false)).unwrap_or_default();
            // Two runs at one place: the order must not depend on which copy is which.
            let (x, y) = if b.first() < a.first() && !b.is_empty() || a.is_empty() {
                (b, a)
            } else {
                (a, b)
            };
            list.extend(x);
            list.extend(y);
        };
        put(None, &mut list);
        for id in stable {
            list.push(id);
            put(Some(id), &mut list);
        }
        out.insert(*parent, list);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(ids: &[u64]) -> Lists<()> {
        Lists::new([((), ids.iter().map(|i| Id(*i)).collect())])
    }

    #[test]
    fn the_longest_run_in_order_stays_and_the_rest_moved() {
        let base = lists(&[1, 2, 3, 4, 5]);
        let copy = lists(&[1, 4, 2, 3, 5, 9]);
        assert_eq!(moved(&base, &copy), HashSet::from([Id(4)]));
    }

    #[test]
    fn additions_and_moves_of_both_copies_stand_where_their_copy_put_them() {
        let base = lists(&[1, 2, 3, 4]);
        let first = lists(&[1, 7, 2, 3, 4]);
        let second = lists(&[4, 1, 2, 3, 8]);
        let mut place: HashMap<Id, From> = [1, 2, 3].iter().map(|i| (Id(*i), From::Both)).collect();
        place.insert(Id(7), From::First);
        place.insert(Id(4), From::Second);
        place.insert(Id(8), From::Second);
        let out = arrange(&base, &first, &second, &place, &[()]);
        assert_eq!(out[&()], [4, 1, 7, 2, 3, 8].map(Id));
        let swapped: HashMap<Id, From> = place
            .iter()
            .map(|(k, v)| {
                (
                    *k,
                    if *v == From::First {
                        From::Second
                    } else if *v == From::Second {
                        From::First
                    } else {
                        *v
                    },
                )
            })
            .collect();
        assert_eq!(arrange(&base, &second, &first, &swapped, &[()]), out);
    }
}
