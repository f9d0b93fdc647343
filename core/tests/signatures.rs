//! The signature and checking blocks that end formal minutes, as people write them in
//! Finnish, Swedish and English: read into the attendees' roles and the approval, or kept as
//! text when they cannot be understood whole; and what Muistio writes reads back as itself.

mod common;

use common::{read, round};
use muistio_core::export::{export, markdown, Format};
use muistio_core::{Date, Minutes, Stage};

/// Who holds each role: (chair, secretary), by full name.
fn roles(doc: &Minutes) -> (Vec<String>, Vec<String>) {
    let names =
        |f: fn(&muistio_core::Attendee) -> bool| doc.attendees.iter().filter(|a| f(a)).map(|a| a.full_name()).collect();
    (names(|a| a.is_chair()), names(|a| a.is_secretary()))
}

/// Every word of the body, for checking that nothing is left in it.
fn body_words(doc: &Minutes) -> String {
    doc.entries()
        .map(|(_, e)| e.kind.plain_text())
        .collect::<Vec<_>>()
        .join("\n")
}

const FI: &str = "Tunturikuvaajat ry\n\nPÖYTÄKIRJA 4/2026\n\nAika: 12.5.2026 klo 18\n\nPaikalla:\n\n\
    Helmi\tKorhonen\tjäsen\nAleksi\tNiskala\tjäsen\nSirpa\tHeikkilä\tjäsen\nJuho\tKangas\tjäsen\n\n\
    1 § Kokouksen päättäminen\n\nPuheenjohtaja päätti kokouksen klo 19.38.\n\n";

#[test]
fn finnish_blocks_in_two_columns_with_lines_to_sign_on() {
    let doc = round(&format!(
        "{FI}Vakuudeksi\n\n\n_______________________      _______________________\n\
         Puheenjohtaja                Sihteeri\n\nHelmi Korhonen               Sirpa Heikkilä\n\n\
         Pöytäkirja tarkastettu ja hyväksytty\n\nKemijärvellä 20.5.2026\n\n\
         ____________________\t____________________\nAleksi Niskala\tJuho Kangas\n"
    ));
    assert_eq!(
        roles(&doc),
        (vec!["Helmi Korhonen".into()], vec!["Sirpa Heikkilä".into()])
    );
    let a = &doc.header.approval;
    assert_eq!(a.checkers, ["Aleksi Niskala", "Juho Kangas"]);
    assert_eq!((a.place.as_str(), a.date), ("Kemijärvellä", Date::new(2026, 5, 20)));
    assert_eq!(a.stage, Stage::Checked, "the block says it was checked, and when");
    assert_eq!(body_words(&doc), "Puheenjohtaja päätti kokouksen klo 19.38.");
    assert_eq!(doc.attendees.len(), 4, "everyone was listed already");
}

#[test]
fn finnish_blocks_one_signer_a_line() {
    let doc = round(&format!(
        "{FI}Helmi Korhonen\npuheenjohtaja\n\nSirpa Heikkilä\nsihteeri\n\n\
         Pöytäkirjantarkastajat:\n\nAleksi Niskala\n\nJuho Kangas\n"
    ));
    assert_eq!(
        roles(&doc),
        (vec!["Helmi Korhonen".into()], vec!["Sirpa Heikkilä".into()])
    );
    assert_eq!(doc.header.approval.checkers, ["Aleksi Niskala", "Juho Kangas"]);
    assert_eq!(
        doc.header.approval.stage,
        Stage::Draft,
        "to be checked, not said to be checked"
    );
    assert_eq!(body_words(&doc), "Puheenjohtaja päätti kokouksen klo 19.38.");
}

#[test]
fn a_signer_not_listed_is_added_with_the_role() {
    let doc = round(&format!(
        "{FI}Vakuudeksi\n\nMarja Lehto, puheenjohtaja\t\tSirpa Heikkilä, sihteeri\n"
    ));
    assert_eq!(roles(&doc), (vec!["Marja Lehto".into()], vec!["Sirpa Heikkilä".into()]));
    assert_eq!(doc.attendees.len(), 5);
    assert!(!doc.attendees[4].absent);
}

#[test]
fn swedish_blocks() {
    let head = "Föreningen Norrsken rf\n\nPROTOKOLL 2/2027\n\nTid: 5.5.2027 kl. 18\n\nNärvarande:\n\n\
        Anna\tBerg\tordförande\nErik\tLund\tmedlem\nKarin\tEk\tmedlem\nPer\tHolm\tmedlem\n\n§ 1 Mötets avslutande\n\n\
        Ordföranden avslutade mötet.\n\n";
    let doc = round(&format!(
        "{head}Vid protokollet\n\n\n..............................\nPer Holm\n\n\
         Justerat:\n\nHaparanda den 12 maj 2027\n\n..............................   ..............................\n\
         Erik Lund                          Karin Ek\n"
    ));
    assert_eq!(roles(&doc), (vec!["Anna Berg".into()], vec!["Per Holm".into()]));
    let a = &doc.header.approval;
    assert_eq!(a.checkers, ["Erik Lund", "Karin Ek"]);
    assert_eq!(
        (a.place.as_str(), a.date, a.stage),
        ("Haparanda", Date::new(2027, 5, 12), Stage::Checked)
    );
    let doc = round(&format!(
        "{head}Ordförande / Sekreterare\n\nAnna Berg / Per Holm\n\nJusteras\n\nErik Lund\tKarin Ek\n"
    ));
    assert_eq!(roles(&doc), (vec!["Anna Berg".into()], vec!["Per Holm".into()]));
    assert_eq!(doc.header.approval.stage, Stage::Draft, "\"Justeras\": to be checked");
    assert_eq!(doc.header.approval.checkers, ["Erik Lund", "Karin Ek"]);
}

#[test]
fn english_blocks() {
    let head = "Riverside Allotment Society\n\nMINUTES\n\nDate: 6 May 2027\n\nPresent: Ann Lee, Tom Reed, Sam Cole, Jo Hart\n\n\
        1. Close of meeting\n\nThe chair closed the meeting at 8.40 pm.\n\n";
    let doc = round(&format!("{head}Signed: Ann Lee, Chair\n\nJo Hart, Secretary\n\nChecked and approved by Tom Reed and Sam Cole, 13 May 2027\n"));
    assert_eq!(roles(&doc), (vec!["Ann Lee".into()], vec!["Jo Hart".into()]));
    assert_eq!(body_words(&doc), "The chair closed the meeting at 8.40 pm.");
    let a = &doc.header.approval;
    assert_eq!(
        (a.checkers.len(), a.place.as_str(), a.date, a.stage),
        (2, "", Date::new(2027, 5, 13), Stage::Checked)
    );
    let doc = round(&format!(
        "{head}Minutes approved as a correct record\n\nLondon, 13 May 2027\n\n\
         ______________   ______________\nTom Reed         Sam Cole\n\n______________\nAnn Lee (Chair)\n"
    ));
    let a = &doc.header.approval;
    assert_eq!(a.checkers, ["Tom Reed", "Sam Cole"]);
    assert_eq!(
        (a.place.as_str(), a.date, a.stage),
        ("London", Date::new(2027, 5, 13), Stage::Checked)
    );
    assert_eq!(roles(&doc).0, ["Ann Lee"]);
}

#[test]
fn blocks_that_cannot_be_understood_whole_stay_text() {
    // The chair is someone else already: nothing changes, every word stays.
    let text = format!("{FI}Vakuudeksi\n\nHelmi Korhonen, puheenjohtaja\n\nSirpa Heikkilä, puheenjohtaja\n");
    let doc = round(&text);
    assert!(roles(&doc).0.is_empty());
    let words = body_words(&doc);
    assert!(
        words.contains("Vakuudeksi") && words.contains("Sirpa Heikkilä, puheenjohtaja"),
        "{words}"
    );
    // Names with no role under words that give none.
    let doc = round(&format!("{FI}Allekirjoitukset\n\nHelmi Korhonen    Sirpa Heikkilä\n"));
    assert!(body_words(&doc).contains("Helmi Korhonen"));
    assert!(roles(&doc).0.is_empty());
    // The checkers named differ from those the header gives.
    let doc = round(&format!(
        "{}Pöytäkirjantarkastajat: Aleksi Niskala, Juho Kangas\n\nPÖYTÄKIRJA 4/2026\n\n1 § Loppu\n\nJusterat: Helmi Korhonen, Sirpa Heikkilä\n",
        &FI[..FI.find("1 §").unwrap()]
    ));
    assert_eq!(doc.header.approval.checkers, ["Aleksi Niskala", "Juho Kangas"]);
    assert!(body_words(&doc).contains("Justerat: Helmi Korhonen, Sirpa Heikkilä"));
    // A memo has no signature blocks: its words stay where they are.
    let doc = round("Hallitus\n\nMUISTIO\n\n1. Loppu\n\nHelmi Korhonen\npuheenjohtaja\n");
    assert!(doc.attendees.is_empty() && body_words(&doc).contains("puheenjohtaja"));
}

#[test]
fn an_explicit_stage_stands() {
    let text = FI.replace("Aika: 12.5.2026 klo 18\n", "Aika: 12.5.2026 klo 18\n\nTila: Luonnos\n");
    let doc = round(&format!(
        "{text}Pöytäkirja tarkastettu Kemijärvi 20.5.2026\n\nAleksi Niskala\tJuho Kangas\n"
    ));
    assert_eq!(doc.header.approval.checkers, ["Aleksi Niskala", "Juho Kangas"]);
    assert_eq!(doc.header.approval.stage, Stage::Draft);
}

#[test]
fn the_blocks_muistio_prints_read_back_as_the_document() {
    for name in [
        "yhdistys-poytakirja.md",
        "forening-protokoll.md",
        "vuosikokous-poytakirja.md",
    ] {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let doc = read(&std::fs::read_to_string(path).unwrap());
        let text = String::from_utf8(export(&doc, Format::Text, 0).unwrap().bytes).unwrap();
        let tail = &text[text.rfind(doc.header.lang.words().signed[0]).unwrap()..];
        // The body of the document again, with the blocks Muistio prints at its end.
        let mut md = markdown(&doc);
        md.push('\n');
        md.push_str(tail);
        let back = read(&md);
        assert!(back.same_content(&doc), "{name}:\n{tail}\n{:#?}", back.items.last());
    }
}

#[test]
fn lines_that_read_as_signatures_are_written_so_that_they_stay_text() {
    let mut doc = read(&format!("{FI}x\n"));
    for text in [
        "Vakuudeksi",
        "Helmi Korhonen",
        "puheenjohtaja",
        "Kemijärvellä 20.5.2026",
        "Justerat: Anna Berg",
    ] {
        doc.items[0].entries.last_mut().unwrap().kind = muistio_core::EntryKind::Paragraph {
            text: muistio_core::Rich::plain(text),
        };
        let md = markdown(&doc);
        let back = read(&md);
        assert!(back.same_content(&doc), "{text}:\n{md}");
    }
}
