//! What paragraphs and lines of a memo read as, in fi/sv/en.

use super::*;
use crate::model::Numbering;

fn entry_of(text: &str) -> EntryKind {
    match read_paragraph(text, &Context::default()) {
        Read::Entry(e) => e,
        Read::Place(p) => panic!("place {p}"),
        Read::VotePart => panic!("a vote's part"),
    }
}

#[test]
fn statements_and_replies() {
    let EntryKind::Statement { speaker, text, replies } =
        entry_of("Ida: Nousiko esille? **Minna:** Ei erityisesti. **Julius:** Totta.")
    else {
        panic!()
    };
    assert_eq!(speaker, "Ida");
    assert_eq!(text.to_plain(), "Nousiko esille?");
    assert_eq!(
        replies
            .iter()
            .map(|r| (r.speaker.as_str(), r.text.to_plain()))
            .collect::<Vec<_>>(),
        vec![
            ("Minna", "Ei erityisesti.".to_string()),
            ("Julius", "Totta.".to_string())
        ]
    );
    assert!(
        matches!(entry_of("**Jussi Olavi:** Hei"), EntryKind::Statement { speaker, .. } if speaker == "Jussi Olavi")
    );
    assert!(matches!(
        entry_of("Huom: tämä ei ole puheenvuoro"),
        EntryKind::Paragraph { .. }
    ));
    assert!(matches!(
        entry_of("Käytiin yhteistä keskustelua strategiasta:"),
        EntryKind::Paragraph { .. }
    ));
}

#[test]
fn labels_and_verbs() {
    assert!(matches!(
        entry_of("Sovittiin, että nostot viedään sivulle."),
        EntryKind::Decision { .. }
    ));
    assert!(
        matches!(entry_of("Päätös: Hyväksyttiin."), EntryKind::Decision { text } if text.to_plain() == "Hyväksyttiin.")
    );
    let EntryKind::Action { owner, due, text, .. } =
        entry_of("Tehtävä (Marjaana, 1.12.2025): Kutsu ryhmähaastatteluun.")
    else {
        panic!()
    };
    assert_eq!(
        (owner.as_str(), due.map(|d| d.dotted()), text.to_plain()),
        ("Marjaana", Some("1.12.2025".into()), "Kutsu ryhmähaastatteluun.".into())
    );
    assert!(matches!(entry_of("Liite: Minnan esitys"), EntryKind::Attachment { name } if name == "Minnan esitys"));
}

#[test]
fn actions_as_people_write_them_in_three_languages() {
    let ctx = Context {
        meeting: Date::new(2025, 11, 14),
        ..Context::default()
    };
    let action = |text: &str| match read_paragraph(text, &ctx) {
        Read::Entry(EntryKind::Action {
            owner,
            due,
            text,
            done: false,
        }) => (owner, due.map(|d| d.dotted()), text.to_plain()),
        other => panic!("{text}: {other:?}"),
    };
    let ida = |what: &str| ("Ida".to_string(), Some("5.12.2025".to_string()), what.to_string());
    for line in [
        "Tehtävä (Ida, 5.12.): Päivitä verkkosivut.",
        "Tehtävä (Ida, 5.12): Päivitä verkkosivut.",
        "Tehtävä (Ida 5.12.): Päivitä verkkosivut.",
        "Tehtävä (Ida, DL 5.12.): Päivitä verkkosivut.",
        "Tehtävä (Ida, määräaika 5.12.): Päivitä verkkosivut.",
        "Tehtävä (Ida, 5. joulukuuta): Päivitä verkkosivut.",
        "Tehtävä (Ida, 5.12. mennessä): Päivitä verkkosivut.",
        "Toimenpide (Ida, 2025-12-05): Päivitä verkkosivut.",
        "Tehtävä: Päivitä verkkosivut. Vastuu: Ida, 5.12.",
        "Tehtävä: Päivitä verkkosivut. Vastuu: Ida, DL 5.12.",
        "Tehtävä: Päivitä verkkosivut (Ida, 5.12.)",
    ] {
        let (owner, due, text) = action(line);
        assert_eq!((owner.as_str(), due.as_deref()), ("Ida", Some("5.12.2025")), "{line}");
        assert!(text.starts_with("Päivitä verkkosivut"), "{line}: {text}");
    }
    assert_eq!(
        action("Uppgift (Ida, 5.12.): Uppdatera webbsidan."),
        ida("Uppdatera webbsidan.")
    );
    assert_eq!(
        action("Åtgärd (Ida, 5 dec): Uppdatera webbsidan."),
        ida("Uppdatera webbsidan.")
    );
    assert_eq!(
        action("Åtgärd: Uppdatera webbsidan. Ansvarig: Ida, senast 5.12."),
        ida("Uppdatera webbsidan.")
    );
    assert_eq!(
        action("Åtgärd: Ida ska uppdatera webbsidan senast 5 december"),
        ida("uppdatera webbsidan")
    );
    assert_eq!(
        action("Action (Ida, 5 Dec): Update the website."),
        ida("Update the website.")
    );
    assert_eq!(
        action("Action (Ida, December 5): Update the website."),
        ida("Update the website.")
    );
    assert_eq!(
        action("ACTION: Ida to update the website by 5 Dec."),
        ida("update the website")
    );
    assert_eq!(
        action("Action: Update the website. Owner: Ida, due 5 Dec"),
        ida("Update the website.")
    );
    assert_eq!(
        action("Task (Ida, 5/12): Update."),
        ("Ida, 5/12".into(), None, "Update.".into())
    );
    assert_eq!(
        action("Tehtävä (Ida): Päivitä."),
        ("Ida".into(), None, "Päivitä.".into())
    );
    assert_eq!(
        action("Tehtävä: Kokous pidetään 5.12."),
        (String::new(), None, "Kokous pidetään 5.12.".into()),
        "a date in the text is not a due date without a word that makes it one"
    );
}

#[test]
fn done_actions_as_people_mark_them() {
    let ctx = Context {
        meeting: Date::new(2025, 11, 14),
        ..Context::default()
    };
    let action = |text: &str| match read_paragraph(text, &ctx) {
        Read::Entry(EntryKind::Action { owner, due, done, .. }) => (owner, due.map(|d| d.dotted()), done),
        other => panic!("{text}: {other:?}"),
    };
    let due = Some("5.12.2025".to_string());
    for line in [
        "Tehtävä (Ida, 5.12., tehty): Päivitä verkkosivut.",
        "Tehtävä (Ida, 5.12., Valmis): Päivitä verkkosivut.",
        "Åtgärd (Ida, 5 dec, klar): Uppdatera webbsidan.",
        "Uppgift (Ida, 5.12., utförd): Uppdatera webbsidan.",
        "Action (Ida, 5 Dec, done): Update the website.",
        "Task (Ida, December 5, completed): Update.",
    ] {
        assert_eq!(action(line), ("Ida".into(), due.clone(), true), "{line}");
    }
    assert_eq!(action("Tehtävä (tehty): Päivitä."), (String::new(), None, true));
    assert_eq!(action("Action (Ida, done): Update."), ("Ida".into(), None, true));
    assert_eq!(
        action("Tehtävä (Ida, 5.12.): Päivitä, tehty."),
        ("Ida".into(), due.clone(), false),
        "the mark stands where the owner and due date do"
    );
    assert_eq!(
        action("Tehtävä (Tehtyinen, 5.12.): Päivitä."),
        ("Tehtyinen".into(), due, false)
    );
}

#[test]
fn headings() {
    assert_eq!(item_heading("1. Kokouksen avaus", None), Some("Kokouksen avaus".into()));
    assert_eq!(
        item_heading("§ 4 Esityslistan hyväksyminen", Some(4)),
        Some("Esityslistan hyväksyminen".into())
    );
    assert_eq!(item_heading("3) Muut asiat", Some(3)), Some("Muut asiat".into()));
    assert_eq!(item_heading("3. Muut asiat", Some(4)), None);
    assert_eq!(item_heading("25.3.2026 klo 9.00–11.30.", Some(10)), None);
    assert_eq!(item_heading("2. kierros alkaa", Some(2)), None);
    assert_eq!(item_heading("## Avaus", Some(1)), Some("Avaus".into()));
    for (line, n, numbering) in [
        ("5 § Kokouksen avaus", 5, Numbering::SectionAfter),
        ("5§ Kokouksen avaus", 5, Numbering::SectionAfter),
        ("23 §\tKokouksen avaus", 23, Numbering::SectionAfter),
        ("## 7 § Muut asiat", 7, Numbering::SectionAfter),
        ("§ 5 Mötets öppnande", 5, Numbering::SectionBefore),
        ("§5 Mötets öppnande", 5, Numbering::SectionBefore),
        ("# § 12 Övriga frågor", 12, Numbering::SectionBefore),
        ("5. Opening", 5, Numbering::Dotted),
        ("5) Opening", 5, Numbering::Dotted),
    ] {
        assert_eq!(heading_number(line), Some((n, numbering)), "{line}");
        assert!(item_heading(line, Some(n)).is_some(), "{line}");
    }
    assert_eq!(heading_number("5 §:n mukaan"), None);
    assert_eq!(heading_number("§§ 5"), None);
}

#[test]
fn next_meeting_and_place() {
    let ctx = Context {
        item: Some(ItemKind::NextMeeting),
        ..Context::default()
    };
    let read = read_paragraph("25.3.2026 klo 9.00–11.30.", &ctx);
    assert!(matches!(read, Read::Entry(EntryKind::NextMeeting(n)) if n.when.date.is_some() && n.when.end.is_some()));
    let place = Context {
        awaiting_place: true,
        ..ctx
    };
    assert_eq!(
        read_paragraph("Lapin liiton uudet tilat.", &place),
        Read::Place("Lapin liiton uudet tilat.".into())
    );
    assert!(matches!(
        read_paragraph("25.3.2026", &Context::default()),
        Read::Entry(EntryKind::Paragraph { .. })
    ));
}
