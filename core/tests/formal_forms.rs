//! The forms of formal minutes in Finnish, Swedish and English, read by rule: a subtitle under
//! the document type, the next meeting as a sentence in any item, dates and times as people
//! write them, attendance labels, attachment lists; each written back so that it reads the same.

mod common;

use common::{read, round};
use muistio_core::edit::Edit;
use muistio_core::export::{export, markdown, Format};
use muistio_core::{restore, Date, DocKind, EntryKind, Ids, Minutes, NextMeeting, Time};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn next_meetings(doc: &Minutes) -> Vec<&NextMeeting> {
    doc.entries()
        .filter_map(|(_, e)| match &e.kind {
            EntryKind::NextMeeting(n) => Some(n),
            _ => None,
        })
        .collect()
}

#[test]
fn a_subtitle_under_the_document_type_in_three_languages() {
    for (text, title, number, subtitle) in [
        (
            "Tunturikuvaajat ry\n\nPÖYTÄKIRJA\n\nVUOSIKOKOUS 2/2027\n\nAika: 3.2.2027 klo 18\n",
            "Tunturikuvaajat ry",
            "",
            "VUOSIKOKOUS 2/2027",
        ),
        (
            "Tunturikuvaajat ry\n\nPÖYTÄKIRJA 4/2026\n\nYlimääräinen yhdistyksen kokous\n\nAika: 3.2.2027\n",
            "Tunturikuvaajat ry",
            "4/2026",
            "Ylimääräinen yhdistyksen kokous",
        ),
        (
            "Fjällfotograferna\nPROTOKOLL 1/2027\nExtra årsmöte\nTid: 3.2.2027 kl. 13.00\n",
            "Fjällfotograferna",
            "1/2027",
            "Extra årsmöte",
        ),
        (
            "MINUTES\n\nNorthern Photography Centre\n\nAnnual General Meeting 2027\n\nDate: 3 February 2027\n",
            "Northern Photography Centre",
            "",
            "Annual General Meeting 2027",
        ),
        (
            "PÖYTÄKIRJA 4/2026\n\nTunturikuvaajat ry:n hallituksen kokous\n\nAika: 12.5.2026\n",
            "Tunturikuvaajat ry:n hallituksen kokous",
            "4/2026",
            "",
        ),
    ] {
        let doc = round(text);
        let h = &doc.header;
        assert_eq!(
            (h.title.as_str(), h.number.as_str(), h.subtitle.as_str()),
            (title, number, subtitle),
            "{text}"
        );
        assert_eq!(h.kind, DocKind::Minutes);
        assert!(doc.intro.is_empty(), "{text}: {:?}", doc.intro);
    }
}

#[test]
fn lines_under_the_document_type_that_are_not_subtitles() {
    for text in [
        "Hallitus\n\nMUISTIO\n\nKokous pidettiin etäyhteydellä.\n",
        "Hallitus\n\nMUISTIO\n\nHuom: kokous siirtyi.\n",
        "Hallitus\n\nMUISTIO\n\nEnsimmäinen rivi\ntoinen rivi jatkuu\n",
    ] {
        let doc = round(text);
        assert_eq!(doc.header.subtitle, "", "{text}");
        assert!(!doc.intro.is_empty(), "{text}");
    }
}

#[test]
fn any_subtitle_is_written_so_that_it_reads_back() {
    for (title, subtitle) in [
        ("Hallitus", "Kevätkokous: talousarvio."),
        ("", "VUOSIKOKOUS 2/2027"),
        ("Hallitus", "1. kokous"),
        ("Hallitus", "Sovittiin"),
        ("Hallitus", "Aika: ei tiedossa"),
        ("Hallitus", "- viiva"),
        ("Hallitus", "MUISTIO"),
        ("Hallitus", "Seuraava kokous 3.5.2027"),
    ] {
        let mut doc = read("Hallitus\n\nPÖYTÄKIRJA\n");
        doc.header.title = title.into();
        doc.header.subtitle = subtitle.into();
        let back = read(&markdown(&doc));
        assert_eq!(back.header, doc.header, "{}", markdown(&doc));
    }
}

#[test]
fn the_subtitle_shows_under_the_document_type_in_every_format() {
    let doc = read("Tunturikuvaajat ry\n\nPÖYTÄKIRJA\n\nVUOSIKOKOUS 2/2027\n\n1 § Avaus\n\nAvattiin.\n");
    for format in [Format::Html, Format::Text] {
        let text = String::from_utf8(export(&doc, format, 1).unwrap().bytes).unwrap();
        // The web page carries the draft first: what shows comes after its end.
        let shown = text.rfind("</script>").map_or(0, |at| at);
        let at = |s: &str| shown + text[shown..].find(s).unwrap();
        let (kind, subtitle) = (at("PÖYTÄKIRJA"), at("VUOSIKOKOUS 2/2027"));
        assert!(kind < subtitle && subtitle < at("Avaus"), "{format:?}:\n{text}");
    }
}

#[test]
fn the_next_meeting_as_a_sentence_in_any_item() {
    let may = |d| Date::new(2027, 5, d);
    for (sentence, date, start, end, place) in [
        (
            "Seuraava kokous pidetään 3.5.2027 klo 18 kirjastolla.",
            may(3),
            (18, 0),
            None,
            "kirjastolla",
        ),
        (
            "Seuraava kokous on ti 3.5. klo 18–20 Kemijärven kirjastossa",
            may(3),
            (18, 0),
            Some((20, 0)),
            "Kemijärven kirjastossa",
        ),
        (
            "Hallitus kokoontuu seuraavan kerran 4.5.2027 klo 17.30 Teamsissa.",
            may(4),
            (17, 30),
            None,
            "Teamsissa",
        ),
        (
            "Nästa möte hålls 5.5.2027 kl. 14.00 i Haparanda.",
            may(5),
            (14, 0),
            None,
            "Haparanda",
        ),
        (
            "Nästa sammanträde äger rum den 5 maj 2027 kl. 14.00–16.00.",
            may(5),
            (14, 0),
            Some((16, 0)),
            "",
        ),
        (
            "The next meeting will be held on 5 May 2027 at 14:00 in the Town Hall.",
            may(5),
            (14, 0),
            None,
            "Town Hall",
        ),
        (
            "Next meeting: Thursday 6 May 2027, 6 pm, online",
            may(6),
            (18, 0),
            None,
            "online",
        ),
    ] {
        let text =
            format!("Hallitus\n\nPÖYTÄKIRJA\n\nAika: 3.2.2027\n\n1 § Muut asiat\n\nEi muita asioita.\n\n{sentence}\n");
        let doc = round(&text);
        let found = next_meetings(&doc);
        assert_eq!(found.len(), 1, "{sentence}: {:#?}", doc.items);
        let n = found[0];
        assert_eq!(n.when.date, date, "{sentence}");
        assert_eq!(n.when.start, Time::new(start.0, start.1), "{sentence}");
        assert_eq!(n.when.end, end.and_then(|(h, m)| Time::new(h, m)), "{sentence}");
        assert_eq!(n.place, place, "{sentence}");
        // Written back exactly as typed, and the calendar file has its day.
        assert!(markdown(&doc).contains(sentence), "{}", markdown(&doc));
        let ics = String::from_utf8(export(&doc, Format::Ics, 0).unwrap().bytes).unwrap();
        assert!(
            ics.contains(&format!(
                "DTSTART;TZID=Europe/Helsinki:2027050{}",
                n.when.date.unwrap().day
            )),
            "{ics}"
        );
        for format in [Format::Html, Format::Text] {
            let out = String::from_utf8(export(&doc, format, 1).unwrap().bytes).unwrap();
            let shown = sentence.split_whitespace().last().unwrap();
            assert!(out.contains(shown), "{format:?} lacks the sentence:\n{out}");
        }
    }
}

#[test]
fn sentences_that_only_mention_a_date_are_not_next_meetings() {
    let doc = round(
        "Hallitus\n\nMUISTIO\n\n1. Avaus\n\nKokous pidettiin 3.5.2027 klo 18.\n\nMötet hölls 5.5.2027 kl. 14.00.\n\n\
         The meeting was held on 5 May 2027.\n\nSovittiin, että seuraava kokous pidetään 3.5.2027.\n\n\
         Seuraava kokous on tärkeä.\n",
    );
    assert!(next_meetings(&doc).is_empty(), "{:#?}", doc.items);
}

#[test]
fn a_day_without_a_year_follows_the_meeting_and_its_date() {
    let mut doc =
        round("Hallitus\n\nMUISTIO\n\nAika: 14.11.2025\n\n1. Muut asiat\n\nSeuraava kokous pidetään 20.1. klo 18.\n");
    assert_eq!(next_meetings(&doc)[0].when.date, Date::new(2026, 1, 20));
    let mut header = doc.header.clone();
    header.when.date = Date::new(2026, 11, 14);
    let undo = doc.apply(Edit::Header(header)).unwrap();
    assert_eq!(next_meetings(&doc)[0].when.date, Date::new(2027, 1, 20));
    doc.apply(undo).unwrap();
    assert_eq!(next_meetings(&doc)[0].when.date, Date::new(2026, 1, 20));
}

#[test]
fn a_sentence_saved_out_of_step_is_read_again_when_opened() {
    let mut doc = read("Hallitus\n\nMUISTIO\n\n1. Muut asiat\n\nNästa möte hålls 5.5.2027 kl. 14.00 i Haparanda.\n");
    if let EntryKind::NextMeeting(n) = &mut doc.items[0].entries[0].kind {
        n.place = "elsewhere".into();
        n.when.start = None;
    }
    let file = export(&doc, Format::Json, 0).unwrap();
    let back = restore(&file.bytes, &mut Ids::seeded(1)).unwrap().minutes;
    let n = next_meetings(&back)[0];
    assert_eq!((n.place.as_str(), n.when.start), ("Haparanda", Time::new(14, 0)));
}

#[test]
fn dates_times_and_attendance_as_people_write_them() {
    for (line, date, start, end) in [
        ("Date: 3rd February 2027", (2027, 2, 3), None, None),
        ("Date: Feb 3, 2027", (2027, 2, 3), None, None),
        ("Date: February 3rd, 2027", (2027, 2, 3), None, None),
        ("Aika: torstaina 3.2.2027 klo 18", (2027, 2, 3), Some((18, 0)), None),
        ("Aika: 3.2.2027 klo 18–20", (2027, 2, 3), Some((18, 0)), Some((20, 0))),
        ("Tid: 3 februari 2027 kl. 13.00", (2027, 2, 3), Some((13, 0)), None),
        (
            "Tid: tisdagen den 3 februari 2027 kl. 13.00–15.15",
            (2027, 2, 3),
            Some((13, 0)),
            Some((15, 15)),
        ),
        ("Date: 3 February 2027, 10:00", (2027, 2, 3), Some((10, 0)), None),
    ] {
        let doc = round(&format!("Kokous\n\nMUISTIO\n\n{line}\n"));
        let w = doc.header.when;
        assert_eq!(w.date, Date::new(date.0, date.1, date.2), "{line}");
        assert_eq!(w.start, start.and_then(|(h, m)| Time::new(h, m)), "{line}");
        assert_eq!(w.end, end.and_then(|(h, m)| Time::new(h, m)), "{line}");
    }
    let doc = round(
        "Board\n\nMINUTES\n\nPresent: Ann Lee, Tom Reed\n\nIn attendance: Mia Holm\n\nApologies: Kim Berg\n\n1. Opening\n\nOpened.\n",
    );
    let people: Vec<(&str, bool)> = doc.attendees.iter().map(|a| (a.last_name.as_str(), a.absent)).collect();
    assert_eq!(
        people,
        [("Lee", false), ("Reed", false), ("Holm", false), ("Berg", true)]
    );
    let doc = round("Styrelsen\n\nPROTOKOLL\n\nNärvarande: Karin Nilsson, Olof Berg\n\nFrånvarande: Sara Lind\n");
    assert_eq!(doc.attendees.iter().filter(|a| a.absent).count(), 1);
}

#[test]
fn attachment_lists_in_three_languages() {
    for (label, item) in [
        ("Liitteet:", "1 § Tilinpäätös"),
        ("Bilagor:", "§ 1 Bokslut"),
        ("Attachments:", "1. Accounts"),
    ] {
        let doc = round(&format!(
            "Kokous\n\nPÖYTÄKIRJA\n\n{item}\n\n{label}\n\n- Tase 2026\n- Lausunto\n"
        ));
        let names: Vec<&str> = doc.items[0]
            .entries
            .iter()
            .filter_map(|e| match &e.kind {
                EntryKind::Attachment { name } => Some(name.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(names, ["Tase 2026", "Lausunto"], "{label}");
        assert_eq!(doc.items[0].entries.len(), 2, "{label}");
    }
    // A list under another heading stays a list.
    let doc = round("Kokous\n\nMUISTIO\n\n1. Avaus\n\nIdeoita:\n\n- yksi\n- kaksi\n");
    assert!(matches!(doc.items[0].entries[1].kind, EntryKind::Bullets { .. }));
}

#[test]
fn decisions_and_actions_in_three_languages() {
    let doc = round(
        "Board\n\nMINUTES\n\nDate: 3 February 2027\n\n1. Budget\n\nResolved that the budget be adopted.\n\n\
         ACTION: Tom Reed to circulate the accounts by 3 March.\n\nÅtgärd: Olof ska boka lokalen senast 5 mars\n\n\
         Tehtävä (Sirpa, 1.3.): Varaa majoitus.\n\nBeslut: Budgeten fastställdes.\n",
    );
    let read: Vec<String> = doc.items[0]
        .entries
        .iter()
        .map(|e| match &e.kind {
            EntryKind::Decision { text } => format!("decision {}", text.to_plain()),
            EntryKind::Action { owner, due, text, .. } => {
                format!(
                    "action {owner} {} {}",
                    due.map(|d| d.dotted()).unwrap_or_default(),
                    text.to_plain()
                )
            }
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        read,
        [
            "decision Resolved that the budget be adopted.",
            "action Tom Reed 3.3.2027 circulate the accounts",
            "action Olof 5.3.2027 boka lokalen",
            "action Sirpa 1.3.2027 Varaa majoitus.",
            "decision Budgeten fastställdes.",
        ]
    );
}

#[test]
fn the_finnish_annual_meeting_reads_in_its_form() {
    let doc = round(&fixture("vuosikokous-poytakirja.md"));
    let h = &doc.header;
    assert_eq!(
        (h.title.as_str(), h.subtitle.as_str()),
        ("Tunturikuvaajat ry", "VUOSIKOKOUS 2/2027")
    );
    assert_eq!((h.when.start, h.when.end), (Time::new(18, 0), Time::new(20, 0)));
    assert_eq!(doc.attendees.len(), 4);
    let kinds: Vec<usize> = doc.items.iter().map(|i| i.entries.len()).collect();
    assert_eq!(kinds, [1, 3, 2, 1, 1]);
    assert!(matches!(&doc.items[1].entries[1].kind, EntryKind::Attachment { name } if name == "Toimintakertomus 2026"));
    let next = next_meetings(&doc);
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].when.date, Date::new(2027, 5, 3));
    assert_eq!(next[0].place, "Kemijärven kirjastossa");
    assert!(export(&doc, Format::Ics, 0).is_ok());
}

#[test]
fn the_english_annual_general_meeting_reads_in_its_form() {
    let doc = round(&fixture("agm-minutes.md"));
    let h = &doc.header;
    assert_eq!(h.subtitle, "Annual General Meeting 2027");
    assert_eq!((h.when.date, h.when.start), (Date::new(2027, 2, 3), Time::new(18, 0)));
    assert_eq!(doc.attendees.iter().filter(|a| !a.absent).count(), 4);
    assert!(doc.intro.is_empty());
    assert!(
        matches!(&doc.items[1].entries[1].kind, EntryKind::Action { owner, due, .. } if owner == "Tom Reed" && *due == Date::new(2027, 3, 3))
    );
    let next = next_meetings(&doc);
    assert_eq!(
        (next[0].when.date, next[0].when.start),
        (Date::new(2027, 5, 6), Time::new(18, 30))
    );
    assert_eq!(next[0].place, "Town Hall");
}
