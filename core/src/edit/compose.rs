//! Quick entry: what a person types into an item's entry box becomes entries — "Ida: …" a
//! statement by Ida, "- …" a bullet, "Sovittiin …" a decision, "3. Title" a new item — read by
//! the same rules as an imported memo.

use super::{Edit, Parent};
use crate::check::speakers::{self, Resolved};
use crate::import;
use crate::model::{Entry, EntryKind, Ids, Item, Minutes};

/// The edits that add `text` at the end of `parent`; empty when there is nothing to add.
/// A speaker written as the unique beginning of an attendee's name is completed ("Katar" →
/// "Katariina"); a list typed after a list continues it; a short line after a next meeting
/// without a place becomes its place.
pub fn compose(doc: &Minutes, parent: Parent, text: &str, ids: &mut Ids) -> Vec<Edit> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let (existing, at_item) = match parent {
        Parent::Intro => (doc.intro.clone(), None),
        Parent::Item(id) => match doc.items.iter().position(|i| i.id == id) {
            Some(i) => (doc.items[i].entries.clone(), Some(i)),
            None => return Vec::new(),
        },
    };
    if let Some(edit) = place_of_next_meeting(&existing, text) {
        return vec![edit];
    }
    // Read the text onto a scratch copy of the item, so that the reader sees where it stands.
    let mut scratch = Minutes {
        attendees: doc.attendees.clone(),
        header: doc.header.clone(),
        ..Minutes::default()
    };
    match at_item {
        Some(i) => scratch.items.push(Item {
            entries: existing.clone(),
            ..doc.items[i].clone()
        }),
        None => scratch.intro = existing.clone(),
    }
    import::body_text(text, &mut scratch, ids);
    let read = match at_item {
        Some(_) => &scratch.items[0].entries,
        None => &scratch.intro,
    };
    let added: Vec<Entry> = read[existing.len()..].to_vec();
    // What was typed may go on with an entry already there (a vote's "Puolesta: …").
    let mut edits: Vec<Edit> = read[..existing.len()]
        .iter()
        .zip(&existing)
        .filter(|(now, before)| now != before)
        .map(|(now, _)| Edit::SetEntry(now.clone()))
        .collect();
    let mut index = existing.len();
    // "Ideoita alustajasta:" typed before a list heads it, as it does in an imported memo.
    if let (Some(last), Some(EntryKind::Bullets { .. })) = (existing.last(), added.first().map(|e| &e.kind)) {
        if let EntryKind::Paragraph { text } = &last.kind {
            let plain = text.spans().iter().all(|s| matches!(s, crate::model::Span::Text(_)));
            if plain && import::body::is_subheading(&text.to_plain()) {
                edits.push(Edit::SetEntry(Entry {
                    id: last.id,
                    kind: EntryKind::Subheading { text: text.to_plain() },
                }));
            }
        }
    }
    for (n, mut entry) in added.into_iter().enumerate() {
        complete_speakers(doc, &mut entry.kind);
        match (n, existing.last(), &entry.kind) {
            (0, Some(last), EntryKind::Bullets { items: more }) if matches!(last.kind, EntryKind::Bullets { .. }) => {
                let mut joined = last.clone();
                if let EntryKind::Bullets { items } = &mut joined.kind {
                    items.extend(more.iter().cloned());
                }
                edits.push(Edit::SetEntry(joined));
            }
            _ => {
                edits.push(Edit::InsertEntry { parent, index, entry });
                index += 1;
            }
        }
    }
    let after = at_item.map_or(0, |i| i + 1);
    // The scratch copy starts with the item written into; every later item is new.
    let new_items = scratch.items.into_iter().skip(usize::from(at_item.is_some()));
    for (k, mut item) in new_items.enumerate() {
        item.entries
            .iter_mut()
            .for_each(|e| complete_speakers(doc, &mut e.kind));
        edits.push(Edit::InsertItem { index: after + k, item });
    }
    edits
}

fn place_of_next_meeting(existing: &[Entry], text: &str) -> Option<Edit> {
    let last = existing.last()?;
    let EntryKind::NextMeeting(next) = &last.kind else {
        return None;
    };
    let ctx = import::body::Context {
        awaiting_place: next.place.is_empty() && next.sentence.is_empty(),
        ..Default::default()
    };
    match import::body::read_paragraph(text.trim(), &ctx) {
        import::body::Read::Place(place) if !text.trim().contains('\n') => {
            let mut entry = last.clone();
            if let EntryKind::NextMeeting(n) = &mut entry.kind {
                n.place = place;
            }
            Some(Edit::SetEntry(entry))
        }
        _ => None,
    }
}

fn complete_speakers(doc: &Minutes, kind: &mut EntryKind) {
    let complete = |name: &mut String| {
        if let Resolved::Prefix(id) = speakers::resolve(doc, name) {
            if let Some(full) = speakers::speaker_name(doc, id) {
                *name = full;
            }
        }
    };
    if let EntryKind::Statement { speaker, replies, .. } = kind {
        complete(speaker);
        replies.iter_mut().for_each(|r| complete(&mut r.speaker));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attendee, Id};

    fn doc() -> Minutes {
        let mut doc = Minutes::default();
        doc.attendees.push(Attendee::new(Id(1), "Katariina", "Importanta"));
        doc.attendees.push(Attendee::new(Id(2), "Ida", "Tirkkonen"));
        doc.items.push(Item::new(Id(10), "Tilannekatsaus"));
        doc.items.push(Item::new(Id(20), "Seuraava kokous"));
        doc
    }

    fn typed(doc: &mut Minutes, ids: &mut Ids, parent: Parent, text: &str) {
        let edits = compose(doc, parent, text, ids);
        doc.apply(Edit::Batch(edits)).unwrap();
    }

    #[test]
    fn parts_of_a_vote_typed_after_it_join_it() {
        let mut doc = doc();
        let mut ids = Ids::seeded(100);
        let item = Parent::Item(Id(10));
        typed(&mut doc, &mut ids, item, "Äänestys (kädennosto): Budjetti hyväksytään");
        typed(&mut doc, &mut ids, item, "Puolesta: Ida, Katariina");
        typed(&mut doc, &mut ids, item, "Tulos: Hyväksyttiin.");
        assert_eq!(doc.items[0].entries.len(), 1, "{:?}", doc.items[0].entries);
        let EntryKind::Vote(vote) = &doc.items[0].entries[0].kind else {
            panic!()
        };
        assert_eq!((vote.ayes.count, vote.result.to_plain().as_str()), (2, "Hyväksyttiin."));
        typed(&mut doc, &mut ids, item, "Puolesta 5 jäsentä kannatti lisäystä.");
        assert_eq!(
            doc.items[0].entries.len(),
            2,
            "a part the vote has is an entry of its own"
        );
    }

    #[test]
    fn short_dates_typed_take_the_meetings_year() {
        let mut d = doc();
        d.header.when.date = crate::model::Date::new(2025, 11, 14);
        let ids = &mut Ids::seeded(4);
        typed(
            &mut d,
            ids,
            Parent::Item(Id(10)),
            "Tehtävä (Ida, 5.12.): Päivitä verkkosivut.",
        );
        typed(&mut d, ids, Parent::Item(Id(20)), "15.1. klo 9–11");
        let EntryKind::Action { owner, due, .. } = &d.items[0].entries[0].kind else {
            panic!("an action")
        };
        assert_eq!(
            (owner.as_str(), due.map(|d| d.dotted())),
            ("Ida", Some("5.12.2025".into()))
        );
        let EntryKind::NextMeeting(next) = &d.items[1].entries[0].kind else {
            panic!("the next meeting")
        };
        assert_eq!(
            next.when.text(crate::Lang::Fi),
            "15.1.2026 klo 9.00–11.00",
            "after a November meeting"
        );
    }

    #[test]
    fn typed_lines_become_entries_of_their_kind() {
        let (mut d, ids) = (doc(), &mut Ids::seeded(1));
        let item = Parent::Item(Id(10));
        typed(&mut d, ids, item, "Katar: Brändikierros etenee. **Ida:** Hyvä.");
        typed(&mut d, ids, item, "- ensimmäinen");
        typed(&mut d, ids, item, "- toinen");
        typed(&mut d, ids, item, "Sovittiin jatkosta.");
        let kinds: Vec<String> = d.items[0].entries.iter().map(|e| e.kind.plain_text()).collect();
        assert_eq!(
            kinds,
            [
                "Katariina: Brändikierros etenee. Ida: Hyvä.",
                "ensimmäinen\ntoinen",
                "Sovittiin jatkosta."
            ]
        );
        assert!(matches!(d.items[0].entries[2].kind, EntryKind::Decision { .. }));
    }

    #[test]
    fn next_meeting_then_its_place_and_a_new_item() {
        let (mut d, ids) = (doc(), &mut Ids::seeded(1));
        let item = Parent::Item(Id(20));
        typed(&mut d, ids, item, "25.3.2026 klo 9.00–11.30.");
        typed(&mut d, ids, item, "Lapin liiton uudet tilat.");
        let next = d.next_meeting().unwrap();
        assert_eq!(next.place, "Lapin liiton uudet tilat.");
        assert_eq!(d.items[1].entries.len(), 1);
        typed(
            &mut d,
            ids,
            item,
            "3. Kokouksen päättäminen\n\nPuheenjohtaja päätti kokouksen.",
        );
        assert_eq!(d.items.len(), 3);
        assert_eq!(d.items[2].title, "Kokouksen päättäminen");
        assert_eq!(d.items[2].entries.len(), 1);
    }

    #[test]
    fn a_colon_line_before_a_list_becomes_its_heading() {
        let (mut d, ids) = (doc(), &mut Ids::seeded(1));
        let item = Parent::Item(Id(10));
        typed(&mut d, ids, item, "Ideoita alustajasta:");
        assert!(matches!(d.items[0].entries[0].kind, EntryKind::Paragraph { .. }));
        typed(&mut d, ids, item, "- rahoituksen näkökulmia");
        assert_eq!(
            d.items[0].entries[0].kind,
            EntryKind::Subheading {
                text: "Ideoita alustajasta:".into()
            }
        );
        typed(&mut d, ids, item, "Ei tämä:\n\nVaan tämä: kappale");
        typed(&mut d, ids, item, "- lista");
        assert!(
            matches!(d.items[0].entries[3].kind, EntryKind::Paragraph { .. }),
            "a sentence with a colon inside is not a heading"
        );
    }

    #[test]
    fn nothing_typed_adds_nothing() {
        assert!(compose(&doc(), Parent::Intro, "  \n ", &mut Ids::seeded(1)).is_empty());
    }
}
