//! A file Muistio made, edited by someone in a word processor and sent back: opened, it gives
//! the draft it was made from and that draft with their changes, which merge into the draft as
//! it is now without writing over anything.

use muistio_core::came_back::came_back;
use muistio_core::edit::merge;
use muistio_core::export::{export, Format};
use muistio_core::zip::{self, ZipWriter};
use muistio_core::{restore, EntryKind, Ids, Minutes};

fn memo() -> Minutes {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hallitus-muistio.md");
    restore(&std::fs::read(path).unwrap(), &mut Ids::seeded(1))
        .unwrap()
        .minutes
}

/// `file` (a zip) with `part` changed by `change`, as a word processor would save it.
fn edited(file: &[u8], part: &str, change: impl Fn(String) -> String) -> Vec<u8> {
    let mut out = ZipWriter::new();
    for name in zip::names(file).unwrap() {
        let data = zip::read(file, &name, 1 << 24).unwrap().unwrap();
        let data = if name == part {
            change(String::from_utf8(data).unwrap()).into_bytes()
        } else {
            data
        };
        out.add(&name, &data);
    }
    out.finish()
}

fn words(doc: &Minutes) -> Vec<String> {
    doc.entries().map(|(_, e)| e.kind.plain_text()).collect()
}

#[test]
fn a_file_not_changed_gives_the_draft_back_as_it_was() {
    let doc = memo();
    for format in [Format::Docx, Format::Odt, Format::Html] {
        let file = export(&doc, format, 5).unwrap();
        let back = came_back(&file.bytes, &mut Ids::seeded(2))
            .unwrap()
            .expect("a file Muistio made");
        assert_eq!(back.base, doc, "{format:?}");
        assert!(
            !back.changed(),
            "{format:?}: {:#?}",
            muistio_core::edit::diff(&back.base, &back.theirs)
        );
    }
    let text = export(&doc, Format::Markdown, 5).unwrap();
    assert_eq!(
        came_back(&text.bytes, &mut Ids::seeded(2)).unwrap(),
        None,
        "a memo file carries no draft"
    );
}

#[test]
fn words_changed_in_word_merge_into_the_draft_as_it_is_now() {
    let doc = memo();
    let file = export(&doc, Format::Docx, 5).unwrap();
    // In Word: a statement's words changed, and a sentence added to the end of an item.
    let file = edited(&file.bytes, "word/document.xml", |xml| {
        assert!(xml.contains("Aino avasi kokouksen"), "{}", &xml[..400]);
        xml.replace("Aino avasi kokouksen", "Aino Kallio avasi kokouksen")
    });
    let back = came_back(&file, &mut Ids::seeded(2)).unwrap().unwrap();
    assert!(back.changed());
    let changed = muistio_core::edit::diff(&back.base, &back.theirs);
    assert_eq!(changed.len(), 1, "only the one entry: {changed:?}");
    // Meanwhile the secretary went on with the draft: another item got an entry.
    let mut ours = doc.clone();
    ours.items[3].entries.push(muistio_core::Entry::paragraph(
        muistio_core::Id(77),
        "Lisätty myöhemmin.",
    ));
    let merged = merge(&back.base, &ours, &back.theirs).expect("different parts merge");
    let all = words(&merged);
    assert!(
        all.iter().any(|w| w.starts_with("Aino Kallio avasi kokouksen")),
        "{all:?}"
    );
    assert!(all.iter().any(|w| w == "Lisätty myöhemmin."));
    assert_eq!(merged.items.len(), doc.items.len());
    assert_eq!(merged.attendees, doc.attendees, "nothing else changed");
}

#[test]
fn the_same_words_changed_on_both_sides_is_a_conflict_not_an_overwrite() {
    let doc = memo();
    let file = export(&doc, Format::Odt, 5).unwrap();
    let file = edited(&file.bytes, "content.xml", |xml| {
        xml.replace("Aino avasi kokouksen", "Puheenjohtaja avasi kokouksen")
    });
    let back = came_back(&file, &mut Ids::seeded(2)).unwrap().unwrap();
    let mut ours = doc.clone();
    let first = &mut ours.items[0].entries[0];
    let id = first.id;
    first.kind = EntryKind::Paragraph {
        text: muistio_core::Rich::plain("Aino avasi kokouksen klo 17.35."),
    };
    let conflicts = merge(&back.base, &ours, &back.theirs).unwrap_err();
    assert_eq!(conflicts, [muistio_core::edit::Part::Entry(id)]);
}

/// The first paragraph-like entry's text set to `text`.
fn retype(doc: &mut Minutes, nth: usize, text: &str) {
    let id = doc.entries().map(|(_, e)| e.id).nth(nth).unwrap();
    let entry = muistio_core::Entry {
        id,
        kind: EntryKind::Paragraph {
            text: muistio_core::Rich::plain(text),
        },
    };
    doc.apply(muistio_core::edit::Edit::SetEntry(entry)).unwrap();
}

#[test]
fn a_copy_edited_in_another_muistio_carries_where_it_started_and_merges_three_ways() {
    use muistio_core::came_back::kinship;
    use muistio_core::export::{make, Options};
    let sent = memo();
    // Sent out as a Muistio file; the other Muistio opens it: the draft there keeps what came.
    let file = export(&sent, Format::Json, 1).unwrap().bytes;
    let mut there = restore(&file, &mut Ids::seeded(2)).unwrap();
    assert_eq!(there.base, None, "the original's files carry no base");
    let base = there.minutes.clone();
    retype(&mut there.minutes, 1, "Korjattu toisessa Muistiossa.");
    // Meanwhile the secretary went on here.
    let mut here = sent.clone();
    retype(&mut here, 3, "Lisätty täällä.");
    for format in [Format::Json, Format::Docx, Format::Odt, Format::Html] {
        let options = Options {
            now_ms: 2,
            base: Some(&base),
            ..Options::default()
        };
        let back = make(&there.minutes, format, &options).unwrap().bytes;
        let came = came_back(&back, &mut Ids::seeded(3)).unwrap().expect("a Muistio copy");
        assert_eq!(came.base, sent, "{format:?}: where both started travels with the copy");
        assert!(kinship(&came.base, &here).is_some());
        let merged = merge(&came.base, &here, &came.theirs).unwrap();
        let texts = words(&merged);
        assert_eq!(texts[1], "Korjattu toisessa Muistiossa.", "{format:?}");
        assert_eq!(texts[3], "Lisätty täällä.", "{format:?}");
    }
    // A document the copy has nothing in common with is not its origin.
    let other = restore(
        b"Toinen kokous\n\nMUISTIO\n\n1. Avaus\n\nAvattiin.\n",
        &mut Ids::seeded(9),
    )
    .unwrap()
    .minutes;
    let came = came_back(&export(&sent, Format::Json, 1).unwrap().bytes, &mut Ids::seeded(3))
        .unwrap()
        .unwrap();
    assert_eq!(kinship(&came.base, &other), None);
}

#[test]
fn an_item_retitled_in_the_file_stays_the_same_item() {
    let doc = memo();
    let file = export(&doc, Format::Html, 1).unwrap().bytes;
    let page = String::from_utf8(file).unwrap();
    let first = &doc.items[0].title;
    let edited = page.replacen(&format!(">1. {first}<"), ">1. Avaus ja läsnäolijat<", 1);
    assert_ne!(edited, page, "the title stands in the page");
    let came = came_back(edited.as_bytes(), &mut Ids::seeded(3)).unwrap().unwrap();
    assert_eq!(came.theirs.items.len(), doc.items.len());
    assert_eq!(came.theirs.items[0].id, doc.items[0].id, "the same item, renamed");
    assert_eq!(came.theirs.items[0].title, "Avaus ja läsnäolijat");
    assert_eq!(came.theirs.items[0].entries, doc.items[0].entries);
}
