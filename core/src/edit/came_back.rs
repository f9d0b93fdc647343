//! A copy that came back: a file Muistio made, edited by someone in a word processor and mailed
//! back. The file carries the draft it was made from (`base`); its visible text is what they
//! changed. Reading the file as it was made (`made`) and as it came back (`back`) by the same
//! reader, and pairing the two readings element by element ([`super::align`]), tells what they
//! added, removed and changed — which [`theirs`] applies to `base`, keeping base's own form
//! wherever nothing changed, so that [`super::merge`] can join it with the draft as it is now.

use super::align::{attendees_alike, entries_alike, items_alike, pairs, with_gaps};
use crate::model::{Attendee, Entry, Ids, Item, Minutes};

/// For each element of `from`, the element of `to` paired with it; `made_from`: `from` was
/// written from `to`, so unpaired elements between pairs pair in order.
fn paired<L, R>(from: &[L], to: &[R], alike: impl Fn(&L, &R) -> Option<f64>, made_from: bool) -> Vec<Option<usize>> {
    let mut out = vec![None; from.len()];
    let mut found = pairs(from, to, alike);
    if made_from {
        found = with_gaps(found, from.len(), to.len());
    }
    for (i, j) in found {
        out[i] = Some(j);
    }
    out
}

/// Entries as they came back: an unchanged one as `base` has it, a changed one with its new
/// words under base's id, a new one under a fresh id; what `made` has beyond `base` (the
/// summaries an export adds) is left out.
fn entries(base: &[Entry], made: &[Entry], back: &[Entry], ids: &mut Ids) -> Vec<Entry> {
    // Untouched: as the draft has it, however the reader saw it.
    if made.iter().map(|e| &e.kind).eq(back.iter().map(|e| &e.kind)) {
        return base.to_vec();
    }
    let made_base = paired(made, base, entries_alike, true);
    let back_made = paired(back, made, entries_alike, false);
    let mut out = Vec::with_capacity(back.len());
    for (k, entry) in back.iter().enumerate() {
        match back_made[k] {
            Some(m) => {
                let Some(b) = made_base[m] else { continue };
                match entry.kind == made[m].kind {
                    true => out.push(base[b].clone()),
                    false => out.push(Entry {
                        id: base[b].id,
                        kind: entry.kind.clone(),
                    }),
                }
            }
            None => out.push(Entry {
                id: ids.next_id(),
                kind: entry.kind.clone(),
            }),
        }
    }
    out
}

fn attendees(base: &[Attendee], made: &[Attendee], back: &[Attendee], ids: &mut Ids) -> Vec<Attendee> {
    let fields = |a: &Attendee| {
        (
            a.first_names.clone(),
            a.last_name.clone(),
            a.organisations.clone(),
            a.absent,
        )
    };
    if made.iter().map(fields).eq(back.iter().map(fields)) {
        return base.to_vec();
    }
    let made_base = paired(made, base, attendees_alike, true);
    let back_made = paired(back, made, attendees_alike, false);
    let mut out = Vec::with_capacity(back.len());
    for (k, person) in back.iter().enumerate() {
        match back_made[k].map(|m| (m, made_base[m])) {
            Some((_, None)) => {}
            Some((m, Some(b))) => {
                let same = |a: &Attendee, c: &Attendee| {
                    (&a.first_names, &a.last_name, &a.organisations, a.absent)
                        == (&c.first_names, &c.last_name, &c.organisations, c.absent)
                };
                out.push(match same(person, &made[m]) {
                    true => base[b].clone(),
                    false => Attendee {
                        id: base[b].id,
                        ..person.clone()
                    },
                });
            }
            None => out.push(Attendee {
                id: ids.next_id(),
                ..person.clone()
            }),
        }
    }
    out
}

/// `base` with the changes found between `made` (the file as Muistio made it, read) and `back`
/// (the file as it came back, read by the same reader).
pub fn theirs(base: &Minutes, made: &Minutes, back: &Minutes, ids: &mut Ids) -> Minutes {
    let mut header = base.header.clone();
    if back.header.title != made.header.title {
        header.title = back.header.title.clone();
    }
    if back.header.when != made.header.when {
        header.when = back.header.when;
    }
    if back.header.place != made.header.place {
        header.place = back.header.place.clone();
    }
    let made_base = paired(&made.items, &base.items, items_alike, true);
    let back_made = paired(&back.items, &made.items, items_alike, false);
    let mut items = Vec::with_capacity(back.items.len());
    for (k, item) in back.items.iter().enumerate() {
        match back_made[k].map(|m| (m, made_base[m])) {
            // An item the export added (a summary): not part of the draft.
            Some((_, None)) => {}
            Some((m, Some(b))) => {
                let was = &base.items[b];
                items.push(Item {
                    id: was.id,
                    title: match item.title == made.items[m].title {
                        true => was.title.clone(),
                        false => item.title.clone(),
                    },
                    entries: entries(&was.entries, &made.items[m].entries, &item.entries, ids),
                    confidential: was.confidential,
                    seconds: was.seconds,
                });
            }
            None => {
                let mut new = Item::new(ids.next_id(), &item.title);
                new.entries = entries(&[], &[], &item.entries, ids);
                items.push(new);
            }
        }
    }
    Minutes {
        header,
        attendees: attendees(&base.attendees, &made.attendees, &back.attendees, ids),
        intro: entries(&base.intro, &made.intro, &back.intro, ids),
        items,
    }
}
