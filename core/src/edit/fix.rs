//! The repairs the checks offer, as edits: one batch, so that one undo takes a repair back.

use super::Edit;
use crate::check::Fix;
use crate::model::{Attendee, Date, EntryKind, Ids, Minutes};

/// The edits that carry out `fix` on `doc`, and how many places they change; empty when
/// nothing is left to repair.
pub fn fix(doc: &Minutes, fix: &Fix, ids: &mut Ids) -> (Vec<Edit>, usize) {
    let edits = match fix {
        Fix::RenameSpeaker { from, to, .. } => return rename_speaker(doc, from, to),
        Fix::AddAttendee { name } => {
            let (first, last) = match name.trim().rsplit_once(' ') {
                Some((f, l)) => (f.trim(), l.trim()),
                None => (name.trim(), ""),
            };
            let index = doc.attendees.iter().filter(|a| !a.absent).count();
            let attendee = Attendee::new(ids.next_id(), first, last);
            vec![Edit::InsertAttendee { index, attendee }]
        }
        Fix::SwapTimes => {
            let mut header = doc.header.clone();
            let when = &mut header.when;
            std::mem::swap(&mut when.start, &mut when.end);
            vec![Edit::Header(header)]
        }
        Fix::DueNextYear { entry, .. } => doc
            .entries()
            .find(|(_, e)| e.id == *entry)
            .and_then(|(_, e)| {
                let mut e = e.clone();
                match &mut e.kind {
                    EntryKind::Action { due: Some(d), .. } => *d = Date::next_year(d)?,
                    _ => return None,
                }
                Some(vec![Edit::SetEntry(e)])
            })
            .unwrap_or_default(),
        Fix::RemoveAttendee { id, .. } => match doc.attendees.iter().any(|a| a.id == *id) {
            true => vec![Edit::RemoveAttendee(*id)],
            false => Vec::new(),
        },
    };
    let places = edits.len();
    (edits, places)
}

/// Every statement and reply whose speaker is `from` (as written, any case) made `to`'s, and
/// how many speakers that renames.
fn rename_speaker(doc: &Minutes, from: &str, to: &str) -> (Vec<Edit>, usize) {
    let same = |s: &str| s.trim().to_lowercase() == from.trim().to_lowercase();
    let mut places = 0;
    let edits = doc
        .entries()
        .filter_map(|(_, e)| {
            let EntryKind::Statement { speaker, replies, .. } = &e.kind else {
                return None;
            };
            if !same(speaker) && !replies.iter().any(|r| same(&r.speaker)) {
                return None;
            }
            let mut e = e.clone();
            if let EntryKind::Statement { speaker, replies, .. } = &mut e.kind {
                if same(speaker) {
                    *speaker = to.to_string();
                    places += 1;
                }
                for r in replies.iter_mut().filter(|r| same(&r.speaker)) {
                    r.speaker = to.to_string();
                    places += 1;
                }
            }
            Some(Edit::SetEntry(e))
        })
        .collect();
    (edits, places)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{check, Problem};
    use crate::model::{Entry, Id, Item, Reply, Rich, Time};

    fn said(id: u64, who: &str, reply: &str) -> Entry {
        Entry {
            id: Id(id),
            kind: EntryKind::Statement {
                speaker: who.into(),
                text: Rich::plain("hei"),
                replies: vec![Reply {
                    speaker: reply.into(),
                    text: Rich::plain("joo"),
                }],
            },
        }
    }

    fn doc() -> Minutes {
        let mut d = Minutes::default();
        d.attendees.push(Attendee::new(Id(1), "Tomi", "Aho"));
        d.attendees.push(Attendee::new(Id(2), "Ida", "Tirkkonen"));
        let mut item = Item::new(Id(10), "Tilannekatsaus");
        item.entries.push(said(11, "Tommi", "Ida"));
        item.entries.push(said(12, "Ida", "tommi"));
        item.entries.push(said(13, "Maija", "Ida"));
        d.items.push(item);
        d
    }

    #[test]
    fn a_misspelt_speaker_is_fixed_everywhere_in_one_step() {
        let mut d = doc();
        let findings = check(&d);
        let tommi = findings
            .iter()
            .find(|f| matches!(&f.problem, Problem::UnknownSpeaker { name, .. } if name == "Tommi"))
            .expect("Tommi is found once");
        assert_eq!(
            tommi.fixes[0],
            Fix::RenameSpeaker {
                from: "Tommi".into(),
                to: "Tomi".into(),
                full: "Tomi Aho".into()
            }
        );
        assert_eq!(
            findings
                .iter()
                .filter(|f| f.problem.message(crate::Lang::Fi).contains("Tommi"))
                .count(),
            1
        );
        let (edits, places) = fix(&d, &tommi.fixes[0], &mut Ids::seeded(1));
        assert_eq!((edits.len(), places), (2, 2));
        let before = d.clone();
        let undo = d.apply(Edit::Batch(edits)).unwrap();
        assert!(check(&d)
            .iter()
            .all(|f| !f.problem.message(crate::Lang::Fi).contains("Tommi")));
        d.apply(undo).unwrap();
        assert_eq!(d, before, "one undo takes the whole repair back");
    }

    #[test]
    fn an_unknown_speaker_joins_the_attendees() {
        let mut d = doc();
        let maija = check(&d)
            .into_iter()
            .find(|f| matches!(&f.problem, Problem::UnknownSpeaker { name, .. } if name == "Maija"))
            .unwrap();
        assert_eq!(maija.fixes, [Fix::AddAttendee { name: "Maija".into() }]);
        let (edits, _) = fix(&d, &maija.fixes[0], &mut Ids::seeded(1));
        d.apply(Edit::Batch(edits)).unwrap();
        assert_eq!(d.attendees.last().map(|a| a.full_name()), Some("Maija".into()));
        assert!(check(&d)
            .iter()
            .all(|f| !f.problem.message(crate::Lang::En).contains("Maija")));
    }

    #[test]
    fn times_swapped_and_due_dates_moved_on() {
        let mut d = doc();
        d.header.when.start = Time::new(11, 30);
        d.header.when.end = Time::new(9, 0);
        let (edits, _) = fix(&d, &Fix::SwapTimes, &mut Ids::seeded(1));
        d.apply(Edit::Batch(edits)).unwrap();
        assert_eq!(
            (d.header.when.start, d.header.when.end),
            (Time::new(9, 0), Time::new(11, 30))
        );
        d.header.when.date = Date::new(2025, 11, 14);
        d.items[0].entries.push(Entry {
            id: Id(20),
            kind: EntryKind::Action {
                owner: "Ida".into(),
                due: Date::new(2025, 1, 10),
                text: Rich::plain("Päivitä verkkosivut."),
                done: false,
            },
        });
        let found = check(&d)
            .into_iter()
            .find(|f| matches!(f.problem, Problem::DueBeforeMeeting { .. }))
            .unwrap();
        assert_eq!(
            found.problem.message(crate::Lang::Fi),
            "Tehtävän ”Päivitä verkkosivut” määräaika 10.1.2025 on ennen kokousta."
        );
        let (edits, _) = fix(&d, &found.fixes[0], &mut Ids::seeded(1));
        d.apply(Edit::Batch(edits)).unwrap();
        assert!(check(&d)
            .iter()
            .all(|f| !matches!(f.problem, Problem::DueBeforeMeeting { .. })));
    }
}
