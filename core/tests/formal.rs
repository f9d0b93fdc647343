//! Formal minutes as people write them: votes and dissents in Finnish, Swedish and English,
//! on lines of their own, in paragraphs of their own, or run together in a sentence-like line;
//! each read the same and written back so that it reads the same again.

use muistio_core::export::{export, markdown, Format};
use muistio_core::{restore, EntryKind, Ids, Minutes, Vote};

fn read(text: &str) -> Minutes {
    restore(text.as_bytes(), &mut Ids::seeded(5)).unwrap().minutes
}

/// The one vote of a memo, after checking that it reads back from its Markdown.
fn vote_of(text: &str) -> Vote {
    let doc = read(text);
    let again = read(&markdown(&doc));
    assert!(again.same_content(&doc), "{}", markdown(&doc));
    let votes: Vec<&Vote> = doc
        .entries()
        .filter_map(|(_, e)| match &e.kind {
            EntryKind::Vote(v) => Some(v),
            _ => None,
        })
        .collect();
    assert_eq!(votes.len(), 1, "{:#?}", doc.items);
    votes[0].clone()
}

fn counts(v: &Vote) -> (u32, u32, u32) {
    (v.ayes.total(), v.noes.total(), v.abstained.total())
}

const HEAD: &str = "Kunnanhallitus\n\nPÖYTÄKIRJA 5/2027\n\n1 § Talousarvio\n\n";

#[test]
fn a_finnish_vote_in_paragraphs_of_its_own() {
    let v = vote_of(&format!(
        "{HEAD}Äänestys: Kunnanhallituksen esitys (JAA) ja Virtasen vastaehdotus (EI).\n\n\
         Jaa 5: Aho, Berg, Korhonen, Lind ja Niemi\n\nEi 2: Virtanen, Salo\n\nTyhjiä 0\n\n\
         Tulos: Kunnanhallituksen esitys voitti äänin 5–2.\n\nPäätös: Talousarvio hyväksyttiin.\n"
    ));
    assert_eq!(
        v.question.to_plain(),
        "Kunnanhallituksen esitys (JAA) ja Virtasen vastaehdotus (EI)."
    );
    assert_eq!(counts(&v), (5, 2, 0));
    assert_eq!(v.ayes.names, ["Aho", "Berg", "Korhonen", "Lind", "Niemi"]);
    assert_eq!(v.result.to_plain(), "Kunnanhallituksen esitys voitti äänin 5–2.");
}

#[test]
fn a_finnish_vote_pasted_line_by_line() {
    let v = vote_of(&format!(
        "{HEAD}Äänestys (suljettu lippuäänestys): Puheenjohtajan valinta\nPuolesta 4 ääntä\nVastaan 3 ääntä\n\
         Tyhjää 1\nTulos: Korhonen valittiin.\n"
    ));
    assert_eq!(v.method, "suljettu lippuäänestys");
    assert_eq!(counts(&v), (4, 3, 1));
}

#[test]
fn a_swedish_vote_run_together() {
    let v = vote_of(
        "Föreningen\n\nPROTOKOLL 1/2027\n\n§ 1 Avgift\n\nOmröstning (handuppräckning): Ja 4, Nej 3, Blankt 0. \
         Resultat: Ordförandens förslag vann.\n",
    );
    assert_eq!(counts(&v), (4, 3, 0));
    assert_eq!(v.result.to_plain(), "Ordförandens förslag vann.");
}

#[test]
fn an_english_vote_with_counts_after_colons() {
    let v = vote_of(
        "Board meeting\n\nMINUTES\n\n1. Budget\n\nVote: To adopt the budget. For: 5, Against: 2, Abstained: 1. \
         Result: Carried.\n",
    );
    assert_eq!(v.question.to_plain(), "To adopt the budget.");
    assert_eq!(counts(&v), (5, 2, 1));
    assert!(v.ayes.names.is_empty());
    let v = vote_of(
        "Board meeting\n\nMINUTES\n\n1. Chair\n\nVote (ballot): Election of the chair\n\n\
         In favour: Ann Lee, Tom Reed and Sam Cole\n\nAgainst: none\n",
    );
    assert_eq!(v.ayes.names, ["Ann Lee", "Tom Reed", "Sam Cole"]);
    assert_eq!(v.noes, muistio_core::Tally::default(), "none is no one");
}

#[test]
fn dissents_with_and_without_a_name() {
    let doc = read(
        "Hallitus\n\nPÖYTÄKIRJA\n\n1. Leiri\n\nPäätös: Leiri pidetään elokuussa.\n\n\
         Eriävä mielipide (Juho Kangas): Elokuu on lomakuukausi.\n\nEriävä mielipide: Kaksi jäsentä vastusti.\n\n\
         Reservation (Olof Berg och Sara Lind): Budget saknas.\n\nDissent (Tom Reed): Too costly.\n\n\
         Reservation: the room is booked for Friday.\n",
    );
    let dissents: Vec<(String, String)> = doc
        .entries()
        .filter_map(|(_, e)| match &e.kind {
            EntryKind::Dissent { who, text } => Some((who.clone(), text.to_plain())),
            _ => None,
        })
        .collect();
    assert_eq!(
        dissents,
        [
            ("Juho Kangas".into(), "Elokuu on lomakuukausi.".into()),
            (String::new(), "Kaksi jäsentä vastusti.".into()),
            ("Olof Berg och Sara Lind".into(), "Budget saknas.".into()),
            ("Tom Reed".into(), "Too costly.".into()),
        ]
    );
    let again = read(&markdown(&doc));
    assert!(again.same_content(&doc), "{}", markdown(&doc));
}

#[test]
fn votes_and_dissents_in_every_document_format() {
    let doc = read(&format!(
        "{HEAD}Äänestys (nimenhuuto): Esitys\\\nPuolesta 3: Aho, Berg, Lind\\\nVastaan 1: Salo\\\nTyhjää 0\\\n\
         Tulos: Esitys hyväksyttiin.\n\nEriävä mielipide (Salo): Liian kallis.\n"
    ));
    for format in [Format::Html, Format::Text] {
        let text = String::from_utf8(export(&doc, format, 1).unwrap().bytes).unwrap();
        for wanted in [
            "Äänestys (nimenhuuto)",
            "Puolesta 3: Aho, Berg, Lind",
            "Vastaan 1: Salo",
            "Tyhjää 0",
            "Tulos: Esitys hyväksyttiin.",
            "Eriävä mielipide (Salo)",
            "Liian kallis.",
        ] {
            assert!(text.contains(wanted), "{format:?} lacks {wanted}:\n{text}");
        }
    }
}
