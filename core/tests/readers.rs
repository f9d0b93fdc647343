//! Exported files judged by real readers: Python's `icalendar` reads the calendar file, pandoc
//! reads the web page, xmllint checks it is well formed; poppler, qpdf and pikepdf read the PDF's
//! text, fonts and structure tree. When a reader is missing the test says so and passes;
//! `make test` installs them and sets `MUISTIO_REQUIRE_READERS=1`, and then a missing reader
//! fails.

mod oracle;

use muistio_core::export::{export, Format};
use muistio_core::{restore, Ids, Minutes};
use oracle::{fonts, python_with, run, soffice, temp};
use std::path::PathBuf;
use std::process::Command;

fn memo() -> Minutes {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hallitus-muistio.md"
    ))
    .unwrap();
    restore(&bytes, &mut Ids::seeded(1)).unwrap().minutes
}

/// The real memo, when it is on this machine.
fn real_memo() -> Option<Minutes> {
    let path = std::env::var("MUISTIO_REAL_MEMO").unwrap_or_else(|_| {
        format!(
            "{}/../../shared/fixtures/luovat-alat-muistio-2025-11-14.md",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    match std::fs::read(&path) {
        Ok(bytes) => Some(restore(&bytes, &mut Ids::seeded(1)).unwrap().minutes),
        Err(_) => {
            eprintln!("the real memo is not on this machine: skipped");
            None
        }
    }
}

/// Python with the `icalendar` package, or `None` (with a note) when it is missing and not required.
fn icalendar() -> Option<()> {
    let ok = Command::new("python3")
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    match ok {
        true => Some(()),
        false if std::env::var_os("MUISTIO_REQUIRE_READERS").is_none() => {
            eprintln!("python3 with icalendar is not installed: skipped");
            None
        }
        false => panic!("python3 with icalendar is required"),
    }
}

const READ_ICS: &str = r#"
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for ev in cal.walk('VEVENT'):
    start, end = ev.decoded('DTSTART'), ev.decoded('DTEND')
    print(json.dumps([start.isoformat(), end.isoformat(), str(ev.get('SUMMARY')), str(ev.get('LOCATION')), str(start.utcoffset())]))
"#;

#[test]
fn python_icalendar_reads_the_next_meeting() {
    read_the_next_meeting();
}

fn read_the_next_meeting() -> Option<()> {
    let ics = export(&memo(), Format::Ics, 1_795_853_700_000).unwrap();
    let path = temp("seuraava.ics", &ics.bytes);
    icalendar()?;
    let out = run("python3", &["-c", READ_ICS, path.to_str().unwrap()])?;
    let event: Vec<String> = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(
        event,
        [
            "2026-03-10T17:30:00+02:00",
            "2026-03-10T19:00:00+02:00",
            "Pohjoisen valokuvakeskuksen hallituksen kokous",
            "Taidekeskus Kaira, Rovaniemi.",
            "2:00:00"
        ]
    );
    Some(())
}

#[test]
fn python_icalendar_reads_summer_time_and_hostile_text() {
    summer_time_and_hostile_text();
}

fn summer_time_and_hostile_text() -> Option<()> {
    let mut doc = memo();
    doc.header.title = "Kokous; DTSTART:19990101T000000\r\nLOCATION:paha, \\ paikka".into();
    let next = doc.next_meeting_mut().unwrap();
    next.when.date = muistio_core::Date::new(2026, 6, 15);
    next.place = "Sali 1\rDESCRIPTION:injektio".into();
    let ics = export(&doc, Format::Ics, 0).unwrap();
    let path = temp("kesa.ics", &ics.bytes);
    icalendar()?;
    let out = run("python3", &["-c", READ_ICS, path.to_str().unwrap()])?;
    assert_eq!(out.lines().count(), 1, "one event");
    let event: Vec<String> = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(event[0], "2026-06-15T17:30:00+03:00", "summer time in Helsinki");
    assert_eq!(
        event[2], "Kokous; DTSTART:19990101T000000\nLOCATION:paha, \\ paikka",
        "the title stays one property"
    );
    assert_eq!(
        event[3], "Sali 1DESCRIPTION:injektio",
        "a bare CR cannot start a property"
    );
    Some(())
}

#[test]
fn python_icalendar_reads_the_zone_the_minutes_write() {
    zones_written();
}

fn zones_written() -> Option<()> {
    let cases = [
        ("klo 18–20 (svensk tid)", "2027-03-03T18:00:00+01:00", "1:00:00"),
        ("klo 18–20 (Helsinki time)", "2027-03-03T18:00:00+02:00", "2:00:00"),
        ("klo 18–20 (UTC+2)", "2027-03-03T16:00:00+00:00", "0:00:00"),
        ("klo 18–20 CET", "2027-03-03T17:00:00+00:00", "0:00:00"),
    ];
    for (times, start, offset) in cases {
        let text = format!(
            "Hallitus\n\nPÖYTÄKIRJA\n\nAika: 3.2.2027 klo 18\n\n1 § Muut asiat\n\n\
             Seuraava kokous pidetään 3.3.2027 {times} kirjastolla.\n"
        );
        let doc = restore(text.as_bytes(), &mut Ids::seeded(1)).unwrap().minutes;
        let ics = export(&doc, Format::Ics, 0).unwrap();
        let path = temp("vyohyke.ics", &ics.bytes);
        icalendar()?;
        let out = run("python3", &["-c", READ_ICS, path.to_str().unwrap()])?;
        let event: Vec<String> = serde_json::from_str(out.trim()).unwrap();
        assert_eq!((event[0].as_str(), event[4].as_str()), (start, offset), "{times}");
        assert_eq!(event[3], "kirjastolla", "{times}");
    }
    Some(())
}

#[test]
fn pandoc_reads_the_web_page_and_xmllint_finds_it_well_formed() {
    let doc = memo();
    let html = export(&doc, Format::Html, 0).unwrap();
    let path = temp("muistio.html", &html.bytes);
    let Some(text) = run(
        "pandoc",
        &["-f", "html", "-t", "plain", "--wrap=none", path.to_str().unwrap()],
    ) else {
        return;
    };
    for a in &doc.attendees {
        assert!(text.contains(&a.full_name()), "{}", a.full_name());
    }
    for (n, item) in doc.items.iter().enumerate() {
        assert!(text.contains(&format!("{}. {}", n + 1, item.title)), "{}", item.title);
    }
    assert!(text.contains("Eero: Kuinka paljon opiskelijatöitä mahtuu kevään ohjelmaan? Saana: Kaksi viikkoa"));
    assert!(text.contains("Tehtävä (Liisa, 13.3.2026): Kokoaa avustushakemuksen"));
    if let Some(out) = run("xmllint", &["--html", "--noout", path.to_str().unwrap()]) {
        assert_eq!(out, "");
    }
}

#[test]
fn the_web_page_and_the_text_reopen() {
    let doc = memo();
    let html = export(&doc, Format::Html, 5).unwrap();
    let back = restore(&html.bytes, &mut Ids::seeded(2)).unwrap().minutes;
    assert_eq!(back, doc, "the draft inside the page comes back exactly");
    let text = export(&doc, Format::Text, 5).unwrap();
    let from_text = restore(&text.bytes, &mut Ids::seeded(2)).unwrap().minutes;
    // Plain text is for reading; pasted back it still gives the header, the people and the items.
    assert_eq!(from_text.header.title, doc.header.title);
    assert_eq!(from_text.header.when, doc.header.when);
    let names = |d: &Minutes| {
        d.attendees
            .iter()
            .map(|a| (a.full_name(), a.organisations.clone(), a.absent))
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&from_text), names(&doc));
    let titles = |d: &Minutes| d.items.iter().map(|i| i.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&from_text), titles(&doc));
}

/// Everything a reader must find: every attendee, every item title, the start of every statement.
fn assert_complete(doc: &Minutes, text: &str, reader: &str) {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for a in &doc.attendees {
        assert!(
            text.contains(&a.full_name()),
            "{reader} lost attendee {}",
            a.full_name()
        );
    }
    for (n, item) in doc.items.iter().enumerate() {
        assert!(
            text.contains(&format!("{}. {}", n + 1, item.title)),
            "{reader} lost item {}",
            item.title
        );
    }
    for (_, e) in doc.entries() {
        if let muistio_core::EntryKind::Statement {
            speaker, text: said, ..
        } = &e.kind
        {
            let start: String = said.to_plain().split_whitespace().take(4).collect::<Vec<_>>().join(" ");
            assert!(
                text.contains(&format!("{speaker}: {start}")),
                "{reader} lost the statement {speaker}: {start}"
            );
        }
    }
}

fn office_formats(doc: &Minutes, tag: &str) -> Option<()> {
    for (format, ext) in [(Format::Docx, "docx"), (Format::Odt, "odt")] {
        let file = export(doc, format, 0).unwrap();
        let path = temp(&format!("{tag}.{ext}"), &file.bytes);
        // Every XML part is well formed.
        for name in muistio_core::zip::names(&file.bytes)
            .unwrap()
            .iter()
            .filter(|n| n.ends_with(".xml") || n.ends_with(".rels"))
        {
            let part = muistio_core::zip::read(&file.bytes, name, 1 << 24).unwrap().unwrap();
            let part_path = temp(&format!("{tag}-{ext}-{}", name.replace('/', "_")), &part);
            run("xmllint", &["--noout", part_path.to_str().unwrap()])?;
        }
        // LibreOffice opens it and makes a PDF whose text holds everything.
        let pdf = soffice(&path, "pdf")?;
        let text = run("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"])?;
        assert_complete(doc, &text, &format!("LibreOffice → PDF of the {ext}"));
        // Pandoc reads the same content.
        let text = run(
            "pandoc",
            &["-f", ext, "-t", "plain", "--wrap=none", path.to_str().unwrap()],
        )?;
        assert_complete(doc, &text.replace("**", ""), &format!("pandoc on the {ext}"));
        // And Muistio opens its own file as the same draft.
        let back = restore(&file.bytes, &mut Ids::seeded(9)).unwrap().minutes;
        assert_eq!(&back, doc, "{ext} reopens exactly");
    }
    Some(())
}

#[test]
fn word_and_opendocument_files_are_complete_in_real_readers() {
    office_formats(&memo(), "hallitus");
}

#[test]
fn the_real_memo_is_complete_in_every_reader() {
    let Some(doc) = real_memo() else { return };
    office_formats(&doc, "luovat-alat");
    // The web page, read by pandoc, and the calendar file, read by icalendar.
    let html = export(&doc, Format::Html, 0).unwrap();
    let page = temp("luovat-alat.html", &html.bytes);
    if let Some(text) = run(
        "pandoc",
        &["-f", "html", "-t", "plain", "--wrap=none", page.to_str().unwrap()],
    ) {
        assert_complete(&doc, &text, "pandoc on the web page");
    }
    let ics = export(&doc, Format::Ics, 0).unwrap();
    let cal = temp("luovat-alat.ics", &ics.bytes);
    if icalendar().is_some() {
        let out = run("python3", &["-c", READ_ICS, cal.to_str().unwrap()]).unwrap();
        let event: Vec<String> = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(
            event,
            [
                "2026-03-25T09:00:00+02:00",
                "2026-03-25T11:30:00+02:00",
                "Luovien alojen klusterin kokous",
                "Lapin liiton uudet tilat.",
                "2:00:00"
            ]
        );
    }
}

#[test]
fn documents_from_other_programs_are_read_for_their_text() {
    let doc = memo();
    let odt = export(&doc, Format::Odt, 0).unwrap();
    let path = temp("toinen.odt", &odt.bytes);
    // LibreOffice saves it anew as Word and as OpenDocument: Muistio's draft is not carried along.
    for to in ["docx", "odt"] {
        let Some(converted) = soffice(&path, to) else { return };
        let bytes = std::fs::read(&converted).unwrap();
        assert!(muistio_core::zip::read(&bytes, "muistio/draft.json", 1 << 20)
            .unwrap()
            .is_none());
        let back = restore(&bytes, &mut Ids::seeded(3)).unwrap().minutes;
        assert_eq!(back.header.title, doc.header.title, "{to}");
        assert_eq!(
            (back.header.when, &back.header.place),
            (doc.header.when, &doc.header.place),
            "{to}: the header table"
        );
        let names = |d: &Minutes| d.attendees.iter().map(|a| a.full_name()).collect::<Vec<_>>();
        assert_eq!(names(&back), names(&doc), "{to}");
        let titles = |d: &Minutes| d.items.iter().map(|i| i.title.clone()).collect::<Vec<_>>();
        assert_eq!(
            &titles(&back)[..7],
            &titles(&doc)[..],
            "{to}: the items, then the summaries"
        );
        let speakers = |d: &Minutes| {
            d.entries()
                .filter_map(|(_, e)| match &e.kind {
                    muistio_core::EntryKind::Statement { speaker, .. } => Some(speaker.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(speakers(&back), speakers(&doc), "{to}");
    }
}

const READ_EML: &str = r#"
import sys, json, email
from email import policy
msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.default)
parts = [(p.get_filename(), len(p.get_content())) for p in msg.iter_attachments()]
body = msg.get_body(preferencelist=('plain',)).get_content()
print(json.dumps([str(msg['Subject']), msg['X-Unsent'], parts, body[:40]]))
"#;

#[test]
fn python_reads_the_draft_message_with_its_attachments() {
    let doc = memo();
    let docx = export(&doc, Format::Docx, 0).unwrap();
    let ics = export(&doc, Format::Ics, 0).unwrap();
    let body = String::from_utf8(export(&doc, Format::Text, 0).unwrap().bytes).unwrap();
    let eml = muistio_core::export::mail::eml(
        &muistio_core::export::mail::subject(&doc),
        &body,
        &[docx.clone(), ics.clone()],
        42,
    );
    let path = temp("luonnos.eml", &eml);
    let Some(out) = run("python3", &["-c", READ_EML, path.to_str().unwrap()]) else {
        return;
    };
    let read: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(
        read[0],
        "Pohjoisen valokuvakeskuksen hallituksen kokous 3.2.2026 – muistio"
    );
    assert_eq!(read[1], "1");
    assert_eq!(read[2][0][0], docx.name.as_str());
    assert_eq!(read[2][0][1], docx.bytes.len());
    assert_eq!(read[2][1][0], ics.name.as_str());
    assert_eq!(
        read[3], "MUISTIO\r\n\r\nPohjoisen valokuvakeskuksen h",
        "the body, in CRLF lines"
    );
}

/// The PDF's structure as tests/pdf_structure.py reads it with pikepdf.
fn structure(path: &std::path::Path) -> Option<serde_json::Value> {
    python_with("pikepdf")?;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pdf_structure.py");
    let out = run("python3", &[script, path.to_str().unwrap()])?;
    Some(serde_json::from_str(&out).expect("the structure as JSON"))
}

/// The elements right under element `i` of a pre-order list of (depth, …) elements.
fn children(nodes: &[serde_json::Value], i: usize) -> Vec<usize> {
    let depth = nodes[i]["depth"].as_u64().unwrap();
    (i + 1..nodes.len())
        .take_while(|&j| nodes[j]["depth"].as_u64().unwrap() > depth)
        .filter(|&j| nodes[j]["depth"].as_u64().unwrap() == depth + 1)
        .collect()
}

/// Text with all white space taken out, for comparing readers that space words differently.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The PDF is tagged the way screen readers need: pdfinfo sees the tags, qpdf finds the file
/// sound, and pikepdf finds the structure tree in reading order — the title as H1, the items as
/// H2s, tables with header cells, lists, links — holding exactly the text poppler reads.
fn pdf_is_tagged(doc: &Minutes, path: &std::path::Path) -> Option<()> {
    let file = path.to_str().unwrap();
    let info = run("pdfinfo", &[file])?;
    assert!(info.contains("Tagged:          yes"), "{info}");
    run("qpdf", &["--check", file])?;
    let s = structure(path)?;
    assert_eq!(s["problems"], serde_json::json!([]), "the structure tree is sound");
    let lang = doc.header.lang.tag();
    assert_eq!(s["lang"], lang);
    assert_eq!(s["marked"], true);
    assert_eq!(s["display_doc_title"], true);
    assert_eq!(s["xmp"]["title"], doc.header.title.as_str());
    assert_eq!(s["xmp"]["language"], serde_json::json!([lang]));
    assert_eq!(s["xmp"]["pdfua_part"], "1");
    let nodes = s["nodes"].as_array().unwrap();
    let role = |i: usize| nodes[i]["role"].as_str().unwrap();
    let text = |i: usize| nodes[i]["text"].as_str().unwrap();
    assert_eq!(role(0), "Document");
    let top = children(nodes, 0);
    // The document kind ("MUISTIO") is a paragraph above the title, as on the page.
    assert_eq!((role(top[0]), role(top[1])), ("P", "H1"));
    assert_eq!(text(top[1]), doc.header.title);
    let mut level = 1;
    for &i in &top[2..] {
        if let Some(l) = role(i).strip_prefix('H').and_then(|l| l.parse::<u32>().ok()) {
            assert!((2..=level + 1).contains(&l), "{} after H{level} skips a level", role(i));
            level = l;
        }
    }
    let h2: Vec<&str> = top.iter().filter(|&&i| role(i) == "H2").map(|&i| text(i)).collect();
    let items: Vec<String> = doc
        .items
        .iter()
        .enumerate()
        .map(|(n, i)| format!("{}. {}", n + 1, i.title))
        .collect();
    let numbered: Vec<&str> = h2.iter().copied().filter(|h| items.iter().any(|i| i == h)).collect();
    assert_eq!(numbered, items, "every item title an H2, in order");
    // The attendees: a table whose first row is header cells.
    let words = doc.header.lang.words();
    let present = top
        .iter()
        .position(|&i| role(i) == "H2" && text(i) == words.present)
        .unwrap();
    let table = top[present + 1];
    assert_eq!(role(table), "Table");
    let rows = children(nodes, table);
    let head = children(nodes, rows[0]);
    assert!(head.iter().all(|&c| role(c) == "TH" && nodes[c]["scope"] == "Column"));
    assert_eq!(rows.len(), doc.attendees.iter().filter(|a| !a.absent).count() + 1);
    for &row in &rows[1..] {
        assert!(children(nodes, row).iter().all(|&c| role(c) == "TD"));
    }
    // Bullet lists: a label and a body in each item.
    let lists: Vec<usize> = (0..nodes.len()).filter(|&i| role(i) == "L").collect();
    assert!(!lists.is_empty());
    for l in lists {
        for li in children(nodes, l) {
            let parts: Vec<&str> = children(nodes, li).iter().map(|&c| role(c)).collect();
            assert_eq!((role(li), parts), ("LI", vec!["Lbl", "LBody"]));
            assert_eq!(text(children(nodes, li)[0]), "•");
        }
    }
    // Links: an element with the text and the annotation.
    for i in (0..nodes.len()).filter(|&i| role(i) == "Link") {
        assert!(nodes[i]["objr"].as_u64().unwrap() >= 1 && !text(i).is_empty());
    }
    // The text in tag order is the text on the pages, page numbers left out.
    let raw = run("pdftotext", &["-raw", "-enc", "UTF-8", file, "-"])?;
    let artifacts = s["artifacts"].as_array().unwrap();
    let mut shown = String::new();
    for (n, page) in raw.split('\x0c').take(artifacts.len()).enumerate() {
        let (page, artifact) = (squeezed(page), squeezed(artifacts[n].as_str().unwrap()));
        assert!(page.ends_with(&artifact), "page {}: the artifacts come last", n + 1);
        assert!(artifact.contains(&format!("{}{}/{}", words.page, n + 1, artifacts.len())));
        shown.push_str(&page[..page.len() - artifact.len()]);
    }
    assert_eq!(squeezed(s["text"].as_str().unwrap()), shown);
    Some(())
}

/// The PDF of `doc` holds everything and is tagged; returns where it was written.
fn pdf_is_complete(doc: &Minutes, tag: &str) -> Option<PathBuf> {
    let (regular, bold) = fonts();
    let pdf = muistio_core::export::pdf::export(doc, &regular, &bold).unwrap();
    let path = temp(&format!("{tag}.pdf"), &pdf.bytes);
    let text = run("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"])?;
    assert_complete(doc, &text, "pdftotext on Muistio's PDF");
    let info = run("pdfinfo", &[path.to_str().unwrap()])?;
    assert!(
        info.contains(&format!("Title:           {}", doc.header.title)),
        "{info}"
    );
    let fonts = run("pdffonts", &[path.to_str().unwrap()])?;
    assert_eq!(
        fonts
            .lines()
            .filter(|l| l.contains("CID TrueType") && l.contains(" yes yes yes "))
            .count(),
        2,
        "both fonts embedded as subsets with Unicode maps:\n{fonts}"
    );
    pdf_is_tagged(doc, &path)?;
    Some(path)
}

#[test]
fn muistios_own_pdf_reads_back_with_every_letter() {
    let mut doc = memo();
    pdf_is_complete(&doc, "hallitus");
    // Finnish, Swedish and Sámi letters come back exactly; letters the font lacks are drawn as
    // � but copied as themselves.
    let letters = "Ääkköset åÅ, sámegiella: Á Č Đ Ŋ Š Ŧ Ž á č đ ŋ š ŧ ž Ǥ ǥ Ǧ ǧ Ǩ ǩ Ʒ ʒ Ǯ ǯ Õ õ Ï ï ʼ ʹ.";
    let foreign = "Merkit 日本 ja ☃ puuttuvat fontista.";
    doc.items[0]
        .entries
        .push(muistio_core::Entry::paragraph(muistio_core::Id(999), letters));
    doc.items[0]
        .entries
        .push(muistio_core::Entry::paragraph(muistio_core::Id(998), foreign));
    let (regular, bold) = fonts();
    let pdf = muistio_core::export::pdf::export(&doc, &regular, &bold).unwrap();
    assert_eq!(
        muistio_core::export::pdf::unsupported(&doc, &regular).unwrap(),
        ['日', '本', '☃']
    );
    let path = temp("kirjaimet.pdf", &pdf.bytes);
    let Some(text) = run("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"]) else {
        return;
    };
    assert!(text.contains(letters), "{text}");
    assert!(text.contains(foreign), "{text}");
    pdf_is_tagged(&doc, &path);
}

#[test]
fn a_long_attendee_table_repeats_its_header_as_an_artifact() {
    let mut doc = memo();
    let first = doc.attendees[0].clone();
    for n in 0..70 {
        let mut a = first.clone();
        a.id = muistio_core::Id(5000 + n);
        a.last_name = format!("{} {n}", a.last_name);
        doc.attendees.push(a);
    }
    let Some(path) = pdf_is_complete(&doc, "pitka-taulukko") else {
        return;
    };
    let s = structure(&path).unwrap();
    let artifacts = s["artifacts"].as_array().unwrap();
    assert!(artifacts.len() > 1);
    let head = doc.header.lang.words().person.concat();
    assert!(
        squeezed(artifacts[1].as_str().unwrap()).starts_with(&squeezed(&head)),
        "{artifacts:?}"
    );
}

#[test]
fn the_real_memo_as_pdf() {
    let Some(doc) = real_memo() else { return };
    pdf_is_complete(&doc, "luovat-alat");
}
