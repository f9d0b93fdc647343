//! The project's own memos in the real memo's shape: import, golden export, round trips, and
//! the same memo as it arrives in other shapes (CRLF, spaces for tabs, word-processor paste,
//! Swedish, English).

use muistio_core::export::{export, markdown, Format};
use muistio_core::labels::Lang;
use muistio_core::{restore, Date, DocKind, EntryKind, Ids, ItemKind, Minutes, Numbering, Span, Stage, Time};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn import(bytes: &[u8]) -> Minutes {
    restore(bytes, &mut Ids::seeded(42))
        .expect("the fixture imports")
        .minutes
}

fn kinds(doc: &Minutes, item: usize) -> Vec<&'static str> {
    doc.items[item]
        .entries
        .iter()
        .map(|e| match &e.kind {
            EntryKind::Paragraph { .. } => "paragraph",
            EntryKind::Statement { .. } => "statement",
            EntryKind::Bullets { .. } => "bullets",
            EntryKind::Subheading { .. } => "subheading",
            EntryKind::Decision { .. } => "decision",
            EntryKind::Action { .. } => "action",
            EntryKind::Attachment { .. } => "attachment",
            EntryKind::NextMeeting(_) => "next",
            EntryKind::Vote(_) => "vote",
            EntryKind::Proposal { .. } => "proposal",
            EntryKind::Dissent { .. } => "dissent",
        })
        .collect()
}

#[test]
fn the_finnish_memo_imports_with_its_structure() {
    let doc = import(&fixture("hallitus-muistio.md"));
    let h = &doc.header;
    assert_eq!(h.title, "Pohjoisen valokuvakeskuksen hallituksen kokous");
    assert_eq!((h.kind, h.lang), (DocKind::Memo, Lang::Fi));
    assert_eq!(
        (h.when.date, h.when.start, h.when.end),
        (Date::new(2026, 2, 3), Time::new(17, 30), Time::new(19, 15))
    );
    assert_eq!(
        h.place,
        "kokoushuone Revontuli, Koskikatu 12 A (Kulttuuritalo), Rovaniemi"
    );

    assert_eq!(doc.attendees.len(), 7);
    let eero = &doc.attendees[1];
    assert_eq!(
        (eero.first_names.as_str(), eero.last_name.as_str()),
        ("Eero Juhani", "Mäkelä")
    );
    assert_eq!(eero.organisations, ["Lapin ammattikorkeakoulu", "mediakoulutus"]);
    assert!(doc.attendees[0].is_chair() && !doc.attendees[0].is_secretary());
    assert!(doc.attendees[2].is_secretary());
    assert_eq!(
        doc.attendees[3].organisations,
        ["Sámi Duodji ry", "Giellagáldu", "Anár ja Ohcejohka"]
    );
    assert_eq!(
        doc.attendees
            .iter()
            .filter(|a| a.absent)
            .map(|a| a.full_name())
            .collect::<Vec<_>>(),
        ["Matti Rautio"]
    );

    let titles: Vec<&str> = doc.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Kokouksen avaus",
            "Kevään näyttelyohjelma",
            "Talous",
            "Yhteistyö",
            "Tärkeimmät nostot",
            "Muut asiat",
            "Seuraava kokous"
        ]
    );
    assert_eq!(
        kinds(&doc, 1),
        ["paragraph", "statement", "statement", "paragraph", "attachment"]
    );
    assert_eq!(kinds(&doc, 2), ["paragraph", "statement", "decision", "action"]);
    assert_eq!(kinds(&doc, 3), ["subheading", "bullets", "decision", "action"]);
    assert_eq!(doc.items[4].kind(), ItemKind::Takeaways);
    assert_eq!(doc.takeaways().len(), 2);

    let EntryKind::Statement { speaker, text, replies } = &doc.items[1].entries[1].kind else {
        panic!()
    };
    assert_eq!(speaker, "Eero");
    assert!(text.to_plain().starts_with("Kuinka paljon"));
    assert_eq!(
        replies.iter().map(|r| r.speaker.as_str()).collect::<Vec<_>>(),
        ["Saana", "Aino"]
    );

    let EntryKind::Paragraph { text } = &doc.items[1].entries[0].kind else {
        panic!()
    };
    assert!(text.spans().contains(&Span::Link {
        text: "näyttelysuunnitelman".into(),
        url: "https://example.org/nayttelyt".into()
    }));

    let EntryKind::Action { owner, due, .. } = &doc.items[2].entries[3].kind else {
        panic!()
    };
    assert_eq!((owner.as_str(), *due), ("Liisa", Date::new(2026, 3, 13)));

    let next = doc.next_meeting().expect("the next meeting is read");
    assert_eq!(
        (next.when.date, next.when.start, next.when.end),
        (Date::new(2026, 3, 10), Time::new(17, 30), Time::new(19, 0))
    );
    assert_eq!(next.place, "Taidekeskus Kaira, Rovaniemi.");
}

#[test]
fn golden_exports_reproduce_the_fixtures_byte_for_byte() {
    for name in [
        "hallitus-muistio.md",
        "styrelse-protokoll.md",
        "board-minutes.md",
        "yhdistys-poytakirja.md",
        "forening-protokoll.md",
        "hallitus-esityslista.md",
    ] {
        let original = fixture(name);
        let doc = import(&original);
        assert_eq!(markdown(&doc), String::from_utf8(original).unwrap(), "{name}");
    }
}

#[test]
fn import_of_export_is_the_same_document() {
    for name in [
        "hallitus-muistio.md",
        "styrelse-protokoll.md",
        "board-minutes.md",
        "tekstinkasittelija.txt",
        "yhdistys-poytakirja.md",
        "forening-protokoll.md",
        "hallitus-esityslista.md",
    ] {
        let doc = import(&fixture(name));
        let again = import(markdown(&doc).as_bytes());
        assert!(again.same_content(&doc), "{name}: {again:#?}");
        let json = export(&doc, Format::Json, 1).unwrap();
        assert_eq!(import(&json.bytes), doc, "{name} via JSON keeps even the ids");
    }
}

#[test]
fn line_endings_and_spaces_for_tabs_change_nothing() {
    let original = import(&fixture("hallitus-muistio.md"));
    let text = String::from_utf8(fixture("hallitus-muistio.md")).unwrap();
    let crlf = text.replace('\n', "\r\n");
    assert!(import(crlf.as_bytes()).same_content(&original));
    let spaced = text.replace('\t', "    ");
    assert!(import(spaced.as_bytes()).same_content(&original));
    let old_mac = text.replace('\n', "\r");
    assert!(import(old_mac.as_bytes()).same_content(&original));
}

#[test]
fn a_word_processor_paste_keeps_its_structure() {
    let doc = import(&fixture("tekstinkasittelija.txt"));
    assert_eq!(doc.header.when.date, Date::new(2026, 2, 3));
    assert_eq!(
        doc.header.place,
        "kokoushuone Revontuli, Koskikatu 12 A (Kulttuuritalo), Rovaniemi"
    );
    assert_eq!(doc.attendees.len(), 3);
    assert_eq!(doc.attendees[1].first_names, "Eero Juhani");
    assert_eq!(doc.items.len(), 3);
    assert_eq!(kinds(&doc, 1), ["statement", "subheading", "bullets", "paragraph"]);
    let EntryKind::Paragraph { text } = &doc.items[1].entries[3].kind else {
        panic!()
    };
    assert_eq!(text.to_plain(), "Kokouksen lopuksi\nkiitettiin järjestäjiä.");
    let EntryKind::Paragraph { text } = &doc.items[0].entries[0].kind else {
        panic!()
    };
    assert_eq!(text.to_plain(), "Aino avasi kokouksen klo 17.32 ja totesi läsnäolijat.");
    assert_eq!(
        doc.next_meeting().map(|n| n.place.as_str()),
        Some("Taidekeskus Kaira, Rovaniemi.")
    );
}

#[test]
fn swedish_and_english_memos_of_the_same_shape() {
    let sv = import(&fixture("styrelse-protokoll.md"));
    assert_eq!(
        (sv.header.lang, sv.header.kind, sv.header.number.as_str()),
        (Lang::Sv, DocKind::Minutes, "2/2026")
    );
    assert_eq!(
        (sv.header.when.start, sv.header.when.end),
        (Time::new(17, 30), Time::new(19, 15))
    );
    assert_eq!(sv.attendees.iter().filter(|a| !a.absent).count(), 3);
    assert!(sv.attendees[0].is_chair() && sv.attendees[2].is_secretary());
    assert_eq!(kinds(&sv, 1), ["statement", "decision", "action"]);
    assert_eq!(sv.items[2].kind(), ItemKind::OtherBusiness);
    assert_eq!(
        sv.next_meeting().map(|n| n.place.as_str()),
        Some("Föreningens lokal, Vasa.")
    );

    let en = import(&fixture("board-minutes.md"));
    assert_eq!((en.header.lang, en.header.kind), (Lang::En, DocKind::Minutes));
    assert_eq!(
        (en.header.when.date, en.header.when.start),
        (Date::new(2026, 2, 3), Time::new(17, 30))
    );
    assert_eq!(en.header.place, "Aurora meeting room, Koskikatu 12 A, Rovaniemi");
    assert!(en.attendees[0].is_chair() && en.attendees[2].is_secretary() && en.attendees[3].absent);
    assert_eq!(kinds(&en, 1), ["statement", "decision", "action"]);
    assert_eq!(en.next_meeting().and_then(|n| n.when.date), Date::new(2026, 3, 10));
}

#[test]
fn lines_the_reader_does_not_understand_are_kept() {
    let text = "Hallituksen kokous\n\nMUISTIO\n\nAika: ensi viikolla\n\nTämä rivi ei ole mitään tuttua.\n\n\
                MUISTIO\n\n1. Avaus\n\n§§ outo rivi ## ja *tähti\n";
    let doc = import(text.as_bytes());
    let all: String = doc.entries().map(|(_, e)| e.kind.plain_text() + "\n").collect();
    assert!(all.contains("Aika: ensi viikolla"));
    assert!(all.contains("Tämä rivi ei ole mitään tuttua."));
    assert!(all.contains("§§ outo rivi ## ja *tähti"));
    assert!(import(markdown(&doc).as_bytes()).same_content(&doc));
}

#[test]
fn section_numbers_are_kept_in_their_order_and_from_their_start() {
    let fi = import(&fixture("yhdistys-poytakirja.md"));
    assert_eq!(
        (fi.header.kind, fi.header.number.as_str()),
        (DocKind::Minutes, "4/2026")
    );
    assert_eq!(
        (fi.header.numbering, fi.header.first_item),
        (Numbering::SectionAfter, 23)
    );
    assert_eq!(fi.items.len(), 5);
    assert_eq!(fi.items[3].title, "Kesän valokuvaleiri");
    let a = &fi.header.approval;
    assert_eq!(a.checkers, ["Aleksi Niskala", "Juho Kangas"]);
    assert_eq!(
        (a.place.as_str(), a.date, a.stage),
        ("Kemijärvi", Date::new(2026, 5, 20), Stage::Checked)
    );
    let sv = import(&fixture("forening-protokoll.md"));
    assert_eq!(sv.header.approval.checkers, ["Sara Lind"]);
    assert_eq!(sv.header.approval.stage, Stage::Draft);
    assert_eq!(
        (sv.header.numbering, sv.header.first_item),
        (Numbering::SectionBefore, 1)
    );
    // The checkers sign, where and when they checked stands above, and the stage shows.
    let html = String::from_utf8(export(&fi, Format::Html, 1).unwrap().bytes).unwrap();
    for wanted in [
        "Pöytäkirja tarkastettu Kemijärvi 20.5.2026",
        "Aleksi Niskala",
        "Juho Kangas",
        "Tila",
        "Tarkastettu",
    ] {
        assert!(html.contains(wanted), "{wanted}");
    }
    // Every document format numbers the items as the document does.
    for (doc, wanted) in [(&fi, "26 § Kesän valokuvaleiri"), (&sv, "§ 3 Verksamhetsplan 2027")] {
        for format in [Format::Html, Format::Text] {
            let text = String::from_utf8(export(doc, format, 1).unwrap().bytes).unwrap();
            assert!(text.contains(wanted), "{format:?}: {wanted}");
        }
    }
}

#[test]
fn section_numbers_written_in_other_ways_read_the_same() {
    let original = import(&fixture("yhdistys-poytakirja.md"));
    let text = String::from_utf8(fixture("yhdistys-poytakirja.md")).unwrap();
    let numbers = ["23", "24", "25", "26", "27"];
    let variants: [&dyn Fn(&str) -> String; 4] = [
        &|n| format!("{n}§ "),
        &|n| format!("{n} §\t"),
        &|n| format!("## {n} § "),
        &|n| format!("{n} §  "),
    ];
    for variant in variants {
        let mut changed = text.clone();
        for n in numbers {
            changed = changed.replace(&format!("\n{n} § "), &format!("\n{}", variant(n)));
        }
        assert_ne!(changed, text);
        let doc = import(changed.as_bytes());
        assert!(doc.same_content(&original), "{changed}");
    }
    // Numbers must run on from the first: a line numbered out of turn is text (and so are the
    // ones after it, which do not follow 24 either).
    let skipped = text.replace("\n25 § ", "\n28 § ");
    assert_eq!(import(skipped.as_bytes()).items.len(), 2);
}

#[test]
fn an_agenda_becomes_the_minutes_of_its_meeting() {
    let agenda = import(&fixture("hallitus-esityslista.md"));
    assert_eq!((agenda.header.kind, agenda.header.first_item), (DocKind::Agenda, 28));
    assert_eq!(kinds(&agenda, 2), ["paragraph", "proposal", "attachment"]);
    let mut doc = agenda.clone();
    let edits = muistio_core::edit::forms::minutes_from_agenda(&agenda, &mut Ids::seeded(9));
    doc.apply(muistio_core::edit::Edit::Batch(edits)).unwrap();
    assert_eq!(doc.header.kind, DocKind::Minutes);
    assert_eq!(kinds(&doc, 2), ["paragraph", "proposal", "decision", "attachment"]);
    let md = markdown(&doc);
    assert!(
        md.starts_with("Tunturikuvaajat ry:n hallituksen kokous\n\nPÖYTÄKIRJA 5/2026\n"),
        "{md}"
    );
    assert!(
        md.contains("Päätösehdotus: Näyttely pidetään Galleria Kairassa 5.–25.10.2026.\n\nPäätös: Näyttely pidetään")
    );
    assert!(import(md.as_bytes()).same_content(&doc));
}
