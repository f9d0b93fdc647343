//! The real memo our users gave us (kept outside the repository, in `../shared/fixtures/`, or
//! named by `MUISTIO_REAL_MEMO`). When it is not on this machine the tests say so and pass;
//! `.ci/run` sets `MUISTIO_REQUIRE_REAL_MEMO=1` where it is expected, and then they fail.

use muistio_core::export::markdown;
use muistio_core::{restore, Date, EntryKind, Ids, Minutes, Time};

fn real_memo() -> Option<Vec<u8>> {
    let path = std::env::var("MUISTIO_REAL_MEMO").unwrap_or_else(|_| {
        format!(
            "{}/../../shared/fixtures/luovat-alat-muistio-2025-11-14.md",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(_) if std::env::var_os("MUISTIO_REQUIRE_REAL_MEMO").is_none() => {
            eprintln!("real memo not found at {path}: skipped");
            None
        }
        Err(e) => panic!("real memo required but not readable at {path}: {e}"),
    }
}

fn import(bytes: &[u8]) -> Minutes {
    restore(bytes, &mut Ids::seeded(7)).unwrap().minutes
}

/// The non-empty lines, trimmed: the memo's content with its whitespace normalised.
fn content_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn the_real_memo_imports_with_its_structure() {
    let Some(bytes) = real_memo() else { return };
    let doc = import(&bytes);
    let h = &doc.header;
    assert_eq!(h.title, "Luovien alojen klusterin kokous");
    assert_eq!(
        (h.when.date, h.when.start, h.when.end),
        (Date::new(2025, 11, 14), Time::new(9, 0), Time::new(11, 30))
    );
    assert!(h.place.starts_with("kokoushuone Erottaja") && h.place.ends_with("Rovaniemi"));

    assert_eq!(doc.attendees.len(), 17);
    let jussi = doc.attendees.iter().find(|a| a.last_name == "Jokinen").unwrap();
    assert_eq!(jussi.first_names, "Jussi Olavi");
    let ami = doc.attendees.iter().find(|a| a.first_names == "Ami").unwrap();
    assert_eq!(ami.organisations.len(), 3);
    let chairs: Vec<String> = doc
        .attendees
        .iter()
        .filter(|a| a.is_chair())
        .map(|a| a.first_names.clone())
        .collect();
    assert_eq!(chairs, ["Julius"]);

    assert_eq!(doc.items.len(), 9);
    assert_eq!(doc.items[8].title, "Seuraava kokous");
    let statements: Vec<(&str, usize)> = doc
        .items
        .iter()
        .flat_map(|i| &i.entries)
        .filter_map(|e| match &e.kind {
            EntryKind::Statement { speaker, replies, .. } => Some((speaker.as_str(), replies.len())),
            _ => None,
        })
        .collect();
    assert_eq!(statements.len(), 31);
    assert_eq!(statements[0], ("Ida", 1));
    assert!(statements.contains(&("Tommi", 0)));
    let replies: Vec<&str> = doc
        .items
        .iter()
        .flat_map(|i| &i.entries)
        .filter_map(|e| match &e.kind {
            EntryKind::Statement { replies, .. } => Some(replies.iter().map(|r| r.speaker.as_str())),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(replies, ["Minna", "Minna", "Julius", "Julius", "Marjaana"]);

    let links: Vec<(String, String)> = doc
        .entries()
        .flat_map(|(_, e)| match &e.kind {
            EntryKind::Paragraph { text } | EntryKind::Statement { text, .. } => text
                .links()
                .map(|(t, u)| (t.to_string(), u.to_string()))
                .collect::<Vec<_>>(),
            _ => vec![],
        })
        .collect();
    assert!(links.contains(&("yritysstrategian".into(), "#".into())));
    assert!(links.contains(&(
        "https://www.norden.org/fi/visio-2030".into(),
        "https://www.norden.org/fi/visio-2030".into()
    )));
    assert!(links.iter().any(|(_, u)| u == "https://luote.online/protot/"));

    let item5 = &doc.items[4].entries;
    assert!(item5
        .iter()
        .any(|e| matches!(&e.kind, EntryKind::Subheading { text } if text == "Ideoita alustajasta:")));
    assert!(item5
        .iter()
        .any(|e| matches!(&e.kind, EntryKind::Bullets { items } if items.len() == 6)));
    assert!(
        matches!(&doc.items[6].entries[0].kind, EntryKind::Decision { text } if text.to_plain().starts_with("Sovittiin"))
    );
    assert_eq!(doc.takeaways().len(), 5);

    let next = doc.next_meeting().unwrap();
    assert_eq!(
        (next.when.date, next.when.start, next.when.end),
        (Date::new(2026, 3, 25), Time::new(9, 0), Time::new(11, 30))
    );
    assert_eq!(next.place, "Lapin liiton uudet tilat.");
}

#[test]
fn the_real_memo_exports_back_with_nothing_lost() {
    let Some(bytes) = real_memo() else { return };
    let original = String::from_utf8(bytes.clone()).unwrap();
    let doc = import(&bytes);
    let exported = markdown(&doc);
    assert_eq!(content_lines(&exported), content_lines(&original));
    assert!(import(exported.as_bytes()).same_content(&doc));
}
