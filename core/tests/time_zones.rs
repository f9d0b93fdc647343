//! Time zones written after a meeting's times, as people write them in Finnish, Swedish and
//! English: in brackets ("(EET)", "(svensk tid)", "(UTC+2)") or bare ("14:00 CET"); kept as
//! written, shown after the times in every format, and placed by the calendar file.

mod common;

use common::{read, round};
use muistio_core::export::{export, markdown, Format};
use muistio_core::{restore, Date, EntryKind, Ids, Minutes, NextMeeting, Time};

fn text_of(doc: &Minutes, format: Format) -> String {
    String::from_utf8(export(doc, format, 0).unwrap().bytes).unwrap()
}

fn next_meeting(doc: &Minutes) -> &NextMeeting {
    doc.next_meeting().expect("a next meeting")
}

#[test]
fn the_header_time_line_with_its_zone_in_three_languages() {
    let at = |h, m| Time::new(h, m);
    for (text, start, end, zone) in [
        (
            "Hallitus\n\nPÖYTÄKIRJA\n\nAika: 3.2.2027 klo 10.00–11.30 (EET)\n\nPaikka: Teams\n",
            at(10, 0),
            at(11, 30),
            "EET",
        ),
        (
            "Styrelsen\n\nPROTOKOLL\n\nTid: 3.2.2027 kl. 10–12 (svensk tid)\n\nPlats: Haparanda\n",
            at(10, 0),
            at(12, 0),
            "svensk tid",
        ),
        (
            "Board\n\nMINUTES\n\nDate: 3 February 2027\nTime: 10:00–11:30 (UTC+2)\nLocation: Online\n",
            at(10, 0),
            at(11, 30),
            "UTC+2",
        ),
        (
            "Hallitus\n\nMUISTIO\n\nAika: 3.2.2027 klo 9 (Suomen aikaa)\n",
            at(9, 0),
            None,
            "Suomen aikaa",
        ),
        (
            "Board\n\nMINUTES\n\nDate: 3 February 2027\n\nTime: 14:00 CET\n",
            at(14, 0),
            None,
            "CET",
        ),
        (
            "Board\n\nMINUTES\n\nDate: 3 February 2027, 9 am (Helsinki time)\n",
            at(9, 0),
            None,
            "Helsinki time",
        ),
    ] {
        let doc = round(text);
        let h = &doc.header;
        assert_eq!(h.when.date, Date::new(2027, 2, 3), "{text}");
        assert_eq!((h.when.start, h.when.end), (start, end), "{text}");
        assert_eq!(h.zone, zone, "{text}");
        assert!(doc.intro.is_empty(), "nothing left unread: {:#?}", doc.intro);
        let md = markdown(&doc);
        assert!(md.contains(&format!(" ({zone})\n")), "{md}");
    }
}

#[test]
fn brackets_that_are_no_zone_are_not_taken_for_one() {
    let doc = read("Hallitus\n\nMUISTIO\n\nAika: 3.2.2027 klo 10–12 (kahvitauko klo 11)\n\n1. Avaus\n");
    assert!(doc.header.zone.is_empty());
    assert_eq!(doc.header.when.date, None, "the line is kept as written");
    assert_eq!(
        doc.intro[0].kind.plain_text(),
        "Aika: 3.2.2027 klo 10–12 (kahvitauko klo 11)",
        "{:?}",
        doc.intro
    );
}

#[test]
fn any_zone_typed_in_the_form_reads_back() {
    let mut doc = read("Hallitus\n\nPÖYTÄKIRJA\n\nAika: 3.2.2027 klo 10–12\n");
    for zone in ["EET", "etänä (Teams)", "Tokion aikaa", "*UTC*", "(x)"] {
        doc.header.zone = zone.into();
        let md = markdown(&doc);
        let back = read(&md);
        assert_eq!(back.header.zone, zone, "{md}");
        assert_eq!(back.header.when, doc.header.when, "{md}");
    }
    doc.header.zone = "etänä".into();
    let md = markdown(&doc);
    assert!(
        md.contains("\nAika: 3.2.2027 klo 10.00–12.00\n\nAikavyöhyke: etänä\n"),
        "{md}"
    );
    doc.header.when = Default::default();
    doc.header.zone = "CET".into();
    assert_eq!(read(&markdown(&doc)).header.zone, "CET");
}

#[test]
fn the_zone_shows_after_the_times_in_every_format() {
    let doc = round("Hallitus\n\nPÖYTÄKIRJA\n\nAika: 3.2.2027 klo 10.00–11.30 (EET)\n");
    let line = "3.2.2027 klo 10.00–11.30 (EET)";
    assert!(text_of(&doc, Format::Text).contains(&format!("Aika: {line}")));
    assert!(text_of(&doc, Format::Html).contains(line));
    for format in [Format::Docx, Format::Odt] {
        let back = restore(&export(&doc, format, 0).unwrap().bytes, &mut Ids::seeded(1)).unwrap();
        assert_eq!(back.minutes.header.zone, "EET", "{format:?}");
    }
    let outline = muistio_core::export::outline::outline(&doc);
    let facts = outline.blocks.iter().find_map(|b| match b {
        muistio_core::export::outline::Block::Facts(f) => Some(f.clone()),
        _ => None,
    });
    assert_eq!(facts.unwrap()[0], ("Aika".to_string(), line.to_string()));
}

#[test]
fn the_next_meetings_zone_in_a_sentence_and_on_its_time_line() {
    let doc = round(
        "Hallitus\n\nPÖYTÄKIRJA\n\nAika: 3.2.2027 klo 18\n\n1 § Muut asiat\n\n\
         Seuraava kokous pidetään 3.3.2027 klo 18 (Suomen aikaa) kirjastolla.\n",
    );
    let next = next_meeting(&doc);
    assert_eq!(
        (next.when.start, next.zone.as_str(), next.place.as_str()),
        (Time::new(18, 0), "Suomen aikaa", "kirjastolla")
    );
    let doc = round(
        "Board\n\nMINUTES\n\nDate: 3 February 2027\n\n1. Next meeting\n\n3 March 2027, 14:00 (UTC+3)\n\nOnline\n",
    );
    let next = next_meeting(&doc);
    assert_eq!(
        (next.when.start, next.zone.as_str(), next.place.as_str()),
        (Time::new(14, 0), "UTC+3", "Online")
    );
    let doc = round(
        "Styrelsen\n\nPROTOKOLL\n\nTid: 3.2.2027\n\n§ 1 Nästa möte\n\nTid: 3.3.2027 kl. 14 (lokal tid)\n\nPlats: Haparanda\n",
    );
    assert_eq!(next_meeting(&doc).zone, "lokal tid");
    assert!(matches!(doc.items[0].entries[0].kind, EntryKind::NextMeeting(_)));
}

#[test]
fn the_calendar_file_places_the_zone_written() {
    let doc = read(
        "Hallitus\n\nPÖYTÄKIRJA\n\nAika: 3.2.2027 klo 18 (svensk tid)\n\n1 § Muut asiat\n\n\
         Seuraava kokous pidetään 3.3.2027 klo 18–20 kirjastolla.\n",
    );
    let ics = text_of(&doc, Format::Ics);
    assert!(
        ics.contains("\r\nDTSTART;TZID=Europe/Stockholm:20270303T180000\r\n"),
        "the meeting's zone: {ics}"
    );
    let doc = read(
        "Hallitus\n\nPÖYTÄKIRJA\n\nAika: 3.2.2027 klo 18 (svensk tid)\n\n1 § Muut asiat\n\n\
         Seuraava kokous pidetään 3.3.2027 klo 18–20 (EET) kirjastolla.\n",
    );
    let ics = text_of(&doc, Format::Ics);
    assert!(
        ics.contains("\r\nDTSTART:20270303T160000Z\r\nDTEND:20270303T180000Z\r\n"),
        "its own zone: {ics}"
    );
}
