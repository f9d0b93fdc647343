//! The writers on documents read from memo text: the outline (sections, summaries,
//! signatures), the e-mail text, the web page with its draft inside, the calendar event and
//! the public version. Here, above both, a test may use the reader to make its input; the
//! writers themselves never use a reader.

use muistio_core::export::outline::{outline, Block};
use muistio_core::export::public::{default_naming, public, Naming};
use muistio_core::export::{html, ics, text};
use muistio_core::{import, Attendee, Ids, Item, Minutes, NextMeeting, Time};

const MEMO: &str = include_str!("fixtures/hallitus-muistio.md");

fn memo() -> Minutes {
    import::text(MEMO, &mut Ids::seeded(1))
}

#[test]
fn sections_in_order_with_summaries() {
    let o = outline(&memo());
    let headings: Vec<String> = o
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level: 2, text } => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Paikalla",
            "Poissa",
            "1. Kokouksen avaus",
            "2. Kevään näyttelyohjelma",
            "3. Talous",
            "4. Yhteistyö",
            "5. Tärkeimmät nostot",
            "6. Muut asiat",
            "7. Seuraava kokous",
            "Tehtävät",
            "Päätökset",
            "Liitteet"
        ]
    );
    assert_eq!(o.blocks[0], Block::Kind("MUISTIO".into()));
    assert_eq!(
        o.blocks[1],
        Block::Title("Pohjoisen valokuvakeskuksen hallituksen kokous".into())
    );
    let Some(Block::Table { rows, .. }) = o.blocks.iter().rev().find(|b| matches!(b, Block::Table { .. })) else {
        panic!()
    };
    assert_eq!(rows[0][0].to_plain(), "Liisa");
    assert_eq!(rows[0][2].to_plain(), "13.3.2026");
    assert!(
        !o.blocks.iter().any(|b| matches!(b, Block::Signatures { .. })),
        "a memo has no signatures"
    );
}

#[test]
fn formal_minutes_are_signed_and_checked() {
    let mut doc = memo();
    doc.header.kind = muistio_core::DocKind::Minutes;
    let o = outline(&doc);
    let sigs: Vec<&Block> = o
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Signatures { .. }))
        .collect();
    assert_eq!(sigs.len(), 2);
    assert_eq!(
        sigs[0],
        &Block::Signatures {
            heading: "Vakuudeksi".into(),
            lines: vec![
                ("puheenjohtaja".into(), "Aino Kallio".into()),
                ("sihteeri".into(), "Saana Niemi".into())
            ]
        }
    );
}
#[test]
fn an_email_body() {
    let doc = memo();
    let text = text::render(&outline(&doc));
    assert!(text.starts_with("MUISTIO\n\nPohjoisen valokuvakeskuksen hallituksen kokous\n==="));
    assert!(text.contains("\nAika: 3.2.2026 klo 17.30–19.15\nPaikka: kokoushuone Revontuli"));
    assert!(text.contains("\n- Eero Juhani Mäkelä – Lapin ammattikorkeakoulu, mediakoulutus\n"));
    assert!(
        !text.contains("[näyttelysuunnitelman]")
            && text.contains("näyttelysuunnitelman <https://example.org/nayttelyt>")
    );
    assert!(text.contains("\nEero: Kuinka paljon opiskelijatöitä mahtuu kevään ohjelmaan? Saana: Kaksi viikkoa"));
    assert!(text.contains("\nTehtävä (Liisa, 13.3.2026): Kokoaa avustushakemuksen"));
    assert!(text.contains("Tehtävät\n--------\n\n- Liisa – Kokoaa avustushakemuksen"));
}
#[test]
fn a_page_with_the_draft_inside() {
    let doc = memo();
    let json = r#"{"x":"</script><b>&"}"#;
    let html = html::render(&outline(&doc), json);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"fi\">"));
    assert!(html.contains("<title>Pohjoisen valokuvakeskuksen hallituksen kokous</title>"));
    assert!(html.contains(r#"<th scope="col" style="width:40%">Nimi</th>"#));
    assert!(html.contains(r#"<p><strong>Eero:</strong> Kuinka paljon"#));
    assert!(html.contains(r#"<a href="https://example.org/nayttelyt">näyttelysuunnitelman</a>"#));
    assert!(html.contains("luonnoksena"), "a placeholder link stays as text");
    assert!(!html.contains("href=\"#\""));
    let back = muistio_core::format::embedded_draft(&html).unwrap();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&back).unwrap()["x"],
        "</script><b>&"
    );
}
#[test]
fn the_next_meeting_as_an_event() {
    let doc = memo();
    let ics = ics::render(&doc, 1_795_853_700_000).unwrap();
    assert!(ics.contains(
        "\r\nDTSTART;TZID=Europe/Helsinki:20260310T173000\r\nDTEND;TZID=Europe/Helsinki:20260310T190000\r\n"
    ));
    assert!(ics.contains("\r\nSUMMARY:Pohjoisen valokuvakeskuksen hallituksen kokous\r\n"));
    assert!(ics.contains("\r\nLOCATION:Taidekeskus Kaira\\, Rovaniemi.\r\n"));
    assert!(ics.contains("\r\nDTSTAMP:20261128T081500Z\r\n"));
    assert!(ics.lines().all(|l| l.len() <= 75));
}
#[test]
fn the_zone_written_gives_the_events_zone() {
    let mut doc = memo();
    fn next(doc: &mut Minutes) -> &mut NextMeeting {
        doc.next_meeting_mut().unwrap()
    }
    doc.header.zone = "svensk tid".into();
    let ics = ics::render(&doc, 0).unwrap();
    assert!(
        ics.contains("\r\nDTSTART;TZID=Europe/Stockholm:20260310T173000\r\n"),
        "{ics}"
    );
    assert!(ics.contains("TZID:Europe/Stockholm\r\n") && !ics.contains("Helsinki"));
    next(&mut doc).zone = "EET".into();
    let ics = ics::render(&doc, 0).unwrap();
    assert!(
        ics.contains("\r\nDTSTART:20260310T153000Z\r\nDTEND:20260310T170000Z\r\n"),
        "{ics}"
    );
    assert!(!ics.contains("VTIMEZONE"));
    next(&mut doc).zone = "UTC+3".into();
    next(&mut doc).when.start = Time::new(1, 30);
    assert!(ics::render(&doc, 0)
        .unwrap()
        .contains("\r\nDTSTART:20260309T223000Z\r\n"));
    next(&mut doc).zone = "Tokion aikaa".into();
    let ics = ics::render(&doc, 0).unwrap();
    assert!(ics.contains("\r\nDTSTART:20260310T013000\r\n"), "floating: {ics}");
}
fn doc() -> Minutes {
    let text = "Hallitus\n\nPÖYTÄKIRJA\n\nPaikalla:\n\nIda\tTirkkonen\tpuheenjohtaja\nTomi\tAho\tLapin liitto\n\n\
                1. Avaus\n\nIda avasi kokouksen. Idan mukaan Tomi Aho ja Aholan kylä ovat mukana.\n\n\
                Tomi: Kiitos.\n\nTehtävä (Tomi, 1.6.2026): Varaa sali.\n\n2. Henkilöstöasia (salassa pidettävä)\n\n\
                Idan palkka nousee.\n";
    import::text(text, &mut Ids::seeded(1))
}

#[test]
fn chosen_people_by_initials_or_not_at_all_and_confidential_items_left_out() {
    let doc = doc();
    assert!(doc.items[1].confidential && doc.items[1].title == "Henkilöstöasia");
    let (ida, tomi) = (doc.attendees[0].id, doc.attendees[1].id);
    let out = public(&doc, &[(ida, Naming::Initials), (tomi, Naming::Removed)]);
    let a: Vec<String> = out.attendees.iter().map(Attendee::full_name).collect();
    assert_eq!(a, ["I. T.", "(nimi poistettu)"]);
    assert_eq!(out.attendees[1].organisations, ["Lapin liitto"], "organisations stay");
    let texts: Vec<String> = out.items[0].entries.iter().map(|e| e.kind.plain_text()).collect();
    assert_eq!(
        texts,
        [
            "I. avasi kokouksen. I:n mukaan (nimi poistettu) ja Aholan kylä ovat mukana.",
            "(nimi poistettu): Kiitos.",
            "(nimi poistettu): Varaa sali.",
        ]
    );
    assert_eq!(out.items[1].title, "Salassa pidettävä asia");
    assert!(out.items[1].entries.is_empty());
    assert_eq!(default_naming(&doc), [(ida, Naming::Name), (tomi, Naming::Initials)]);
    assert_eq!(public(&doc, &[]), {
        let mut same = doc.clone();
        same.items[1] = Item::new(same.items[1].id, "Salassa pidettävä asia");
        same
    });
}
