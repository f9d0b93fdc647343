use super::*;
use crate::model::{Attendee, Entry, Id, Item};

fn sample() -> Minutes {
    let mut doc = Minutes::default();
    doc.header.title = "Hallituksen kokous".into();
    doc.attendees.push(Attendee::new(Id(5), "Ida", "Tirkkonen"));
    let mut item = Item::new(Id(6), "Avaus");
    item.entries.push(Entry::paragraph(Id(7), "Avattiin."));
    doc.items.push(item);
    doc
}

#[test]
fn an_envelope_restores_exactly() {
    let doc = sample();
    let json = Envelope::new(doc.clone(), 1_700_000_000_000).to_json();
    let restored = restore(json.as_bytes(), &mut Ids::seeded(1)).unwrap();
    assert_eq!(restored.minutes, doc);
    assert_eq!(restored.origin, Origin::Saved);
    assert_eq!(restored.saved_at, Some(1_700_000_000_000));
    assert!(restored.repairs.is_empty());
}

#[test]
fn duplicate_ids_and_broken_lines_are_repaired() {
    let mut doc = sample();
    doc.items[0].id = Id(5);
    doc.header.title = "Hallituksen\nkokous\u{7}".into();
    let json = Envelope::new(doc, 0).to_json();
    let restored = restore(json.as_bytes(), &mut Ids::seeded(1)).unwrap();
    assert_ne!(restored.minutes.items[0].id, Id(5));
    assert_eq!(restored.minutes.header.title, "Hallituksen kokous");
    assert_eq!(restored.repairs.len(), 2);
    assert_eq!(restored.saved_at, None);
}

#[test]
fn refusals_say_why() {
    let ids = &mut Ids::seeded(1);
    assert_eq!(restore(b"{\"name\": \"x\"}", ids), Err(ImportError::ForeignJson));
    assert_eq!(restore(b"[1, 2]", ids).map(|r| r.origin), Ok(Origin::Text));
    assert_eq!(
        restore(br#"{"format":"muistio","version":99,"minutes":{}}"#, ids),
        Err(ImportError::TooNew { found: 99 })
    );
    assert!(matches!(
        restore(br#"{"format":"muistio","version":1,"#, ids),
        Err(ImportError::Damaged { .. })
    ));
    assert!(matches!(
        restore(br#"{"format":"muistio","version":1,"minutes":{"header":5}}"#, ids),
        Err(ImportError::Damaged { .. })
    ));
    assert_eq!(restore(b"", ids), Err(ImportError::Empty));
}

#[test]
fn a_follow_up_takes_the_next_meeting_and_the_attendees() {
    use crate::model::{EntryKind, NextMeeting, Time, When};
    let mut doc = sample();
    doc.attendees[0].absent = true;
    let when = When {
        date: crate::model::Date::new(2026, 3, 25),
        start: Time::new(9, 0),
        end: Time::new(11, 30),
    };
    let next = NextMeeting {
        when,
        place: "Lapin liiton uudet tilat".into(),
        ..NextMeeting::default()
    };
    doc.items[0].entries.push(Entry {
        id: Id(8),
        kind: EntryKind::NextMeeting(next),
    });
    let follow = doc.follow_up(&mut Ids::seeded(3));
    assert_eq!(follow.header.title, "Hallituksen kokous");
    assert_eq!(follow.header.when, when);
    assert_eq!(follow.header.place, "Lapin liiton uudet tilat");
    assert_eq!(follow.attendees.len(), 1);
    assert!(!follow.attendees[0].absent && follow.attendees[0].id != Id(5));
    assert!(follow.items.is_empty());
    let copy = doc.with_fresh_ids(&mut Ids::seeded(4));
    assert!(copy.same_content(&doc) && copy.ids().iter().all(|id| !doc.ids().contains(id)));
}

fn saved(version: u64) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/saved/v{version}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn hallitus() -> Minutes {
    let text = std::fs::read(format!(
        "{}/tests/fixtures/hallitus-muistio.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    restore(&text, &mut Ids::seeded(42)).unwrap().minutes
}

#[test]
fn every_saved_format_version_opens_as_the_same_draft() {
    // The memo read from Markdown, with the identifiers the saved files carry (made when they
    // were written: each version keeps them).
    let doc = hallitus();
    let ids = open(&saved(1), &mut Ids::seeded(1)).unwrap().minutes.ids();
    assert_eq!(ids.len(), doc.ids().len());
    let mut given = ids.iter().copied();
    let mut doc = doc;
    let mut next = || given.next().expect("an identifier for each");
    doc.attendees.iter_mut().for_each(|a| a.id = next());
    doc.intro.iter_mut().for_each(|e| e.id = next());
    for item in &mut doc.items {
        item.id = next();
        item.entries.iter_mut().for_each(|e| e.id = next());
    }
    for version in 1..=VERSION {
        let text = saved(version);
        let envelope = open(&text, &mut Ids::seeded(1)).unwrap();
        assert_eq!(envelope.version, VERSION, "v{version} migrates to the current version");
        assert_eq!(envelope.minutes, doc, "v{version}");
        assert_eq!(envelope.saved_at, 1_770_130_000_000);
        assert_eq!(
            restore(text.as_bytes(), &mut Ids::seeded(1)).unwrap().minutes,
            doc,
            "v{version} as a file"
        );
    }
    let v1 = open(&saved(1), &mut Ids::seeded(1)).unwrap();
    assert_eq!((v1.revision, v1.unsent.len()), (0, 0));
    let v2 = open(&saved(2), &mut Ids::seeded(1)).unwrap();
    assert_eq!(v2.revision, 7);
    assert_eq!(
        v2.unsent,
        vec![Unsent {
            item: Some(doc.items[2].id),
            text: "Saana: Näyttely avautuu helmikuussa ja".into()
        }]
    );
    let current = open(&saved(VERSION), &mut Ids::seeded(1)).unwrap();
    assert_eq!(
        current.to_json().trim(),
        saved(VERSION).trim(),
        "the current version writes its fixture back exactly"
    );
}

#[test]
fn storage_opens_only_saved_drafts() {
    let ids = &mut Ids::seeded(1);
    assert_eq!(
        open("Hallituksen kokous\n\nMUISTIO\n\n1. Avaus", ids),
        Err(ImportError::ForeignJson)
    );
    assert_eq!(open(r#"{"name": "x"}"#, ids), Err(ImportError::ForeignJson));
    assert!(matches!(
        open(r#"{"format":"muistio","version":2,"minutes":"#, ids),
        Err(ImportError::Damaged { .. })
    ));
    assert_eq!(
        open(r#"{"format":"muistio","version":99,"minutes":{}}"#, ids),
        Err(ImportError::TooNew { found: 99 })
    );
    let mut stale = open(&saved(2), ids).unwrap();
    stale.unsent[0].item = Some(Id(12345));
    assert!(
        open(&stale.to_json(), ids).unwrap().unsent.is_empty(),
        "a box of an item that is gone is dropped"
    );
}

#[test]
fn exported_files_carry_neither_revision_nor_unsent_text() {
    let doc = hallitus();
    let json = Envelope::json(&doc, 5);
    assert!(!json.contains("revision") && !json.contains("unsent"));
    let info = Info::of_envelope(&open(&saved(2), &mut Ids::seeded(1)).unwrap(), 1234);
    assert_eq!(
        (info.title.as_str(), info.date.as_str(), info.revision, info.size),
        (doc.header.title.as_str(), "3.2.2026", 7, 1234)
    );
    assert!(
        info.words.contains("revontuli")
            && info.words.contains("mäkelä")
            && info.words.contains("kevään näyttelyohjelma")
    );
    assert_eq!(Info::from_json(&info.to_json()), Some(info));
}
