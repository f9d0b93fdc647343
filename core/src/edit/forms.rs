//! The formal forms: the items a pöytäkirja, protokoll or formal minutes open and close with,
//! and an agenda turned into the minutes of its meeting.

use super::{Edit, Parent};
use crate::labels::Lang;
use crate::model::{DocKind, Entry, EntryKind, Header, Ids, Item, Minutes, Numbering};

/// The standard items of formal minutes, in order: those before the matters of the meeting,
/// then those after them.
fn standard_items(lang: Lang) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        Lang::Fi => (
            &[
                "Kokouksen avaus",
                "Kokouksen laillisuus ja päätösvaltaisuus",
                "Pöytäkirjantarkastajien valinta",
                "Esityslistan hyväksyminen",
            ],
            &["Muut asiat", "Seuraava kokous", "Kokouksen päättäminen"],
        ),
        Lang::Sv => (
            &[
                "Mötets öppnande",
                "Mötets laglighet och beslutförhet",
                "Val av justerare",
                "Godkännande av föredragningslistan",
            ],
            &["Övriga frågor", "Nästa möte", "Mötets avslutande"],
        ),
        Lang::En => (
            &[
                "Opening of the meeting",
                "Quorum",
                "Appointment of the minutes checkers",
                "Approval of the agenda",
            ],
            &["Any other business", "Next meeting", "Close of the meeting"],
        ),
    }
}

/// How a language numbers the items of formal minutes: "1 §" in Finnish, "§ 1" in Swedish,
/// "1." in English.
pub fn formal_numbering(lang: Lang) -> Numbering {
    match lang {
        Lang::Fi => Numbering::SectionAfter,
        Lang::Sv => Numbering::SectionBefore,
        Lang::En => Numbering::Dotted,
    }
}

/// A new document of `kind` in `lang`: a memo is empty; formal minutes and an agenda have the
/// standard opening and closing items and number them as the language does.
pub fn skeleton(kind: DocKind, lang: Lang, ids: &mut Ids) -> Minutes {
    let mut doc = Minutes {
        header: Header {
            kind,
            lang,
            ..Header::default()
        },
        ..Minutes::default()
    };
    if kind == DocKind::Memo {
        return doc;
    }
    doc.header.numbering = formal_numbering(lang);
    let (opening, closing) = standard_items(lang);
    for title in opening.iter().chain(closing) {
        doc.items.push(Item::new(ids.next_id(), title));
    }
    doc
}

/// Where the matters of the meeting go in a skeleton: after the opening items.
pub fn first_matter(lang: Lang) -> usize {
    standard_items(lang).0.len()
}

/// The edits that turn an agenda into the minutes of its meeting, as one step: the document
/// becomes minutes, and after every proposal comes a decision that starts from its words
/// (unless its item already records a decision). Empty when `doc` is no agenda.
pub fn minutes_from_agenda(doc: &Minutes, ids: &mut Ids) -> Vec<Edit> {
    if doc.header.kind != DocKind::Agenda {
        return Vec::new();
    }
    let mut edits = vec![Edit::Header(Header {
        kind: DocKind::Minutes,
        ..doc.header.clone()
    })];
    let lists =
        std::iter::once((Parent::Intro, &doc.intro)).chain(doc.items.iter().map(|i| (Parent::Item(i.id), &i.entries)));
    for (parent, entries) in lists {
        if entries.iter().any(|e| matches!(e.kind, EntryKind::Decision { .. })) {
            continue;
        }
        // From the end, so that each index still points where it did.
        let proposals: Vec<(usize, &Entry)> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, EntryKind::Proposal { .. }))
            .collect();
        for (index, entry) in proposals.into_iter().rev() {
            if let EntryKind::Proposal { text } = &entry.kind {
                edits.push(Edit::InsertEntry {
                    parent,
                    index: index + 1,
                    entry: Entry {
                        id: ids.next_id(),
                        kind: EntryKind::Decision { text: text.clone() },
                    },
                });
            }
        }
    }
    vec![Edit::Batch(edits)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rich;

    #[test]
    fn formal_minutes_open_and_close_as_the_language_does() {
        let mut ids = Ids::seeded(1);
        let fi = skeleton(DocKind::Minutes, Lang::Fi, &mut ids);
        assert_eq!(fi.header.numbering, Numbering::SectionAfter);
        assert_eq!(fi.items[2].title, "Pöytäkirjantarkastajien valinta");
        assert_eq!(fi.items.last().map(|i| i.title.as_str()), Some("Kokouksen päättäminen"));
        let sv = skeleton(DocKind::Agenda, Lang::Sv, &mut ids);
        assert_eq!((sv.header.numbering, sv.items.len()), (Numbering::SectionBefore, 7));
        assert_eq!(sv.header.item_number(2), "§ 3");
        assert!(skeleton(DocKind::Memo, Lang::En, &mut ids).items.is_empty());
        assert_eq!(first_matter(Lang::En), 4);
    }

    #[test]
    fn an_agenda_becomes_minutes_with_its_proposals_as_decisions() {
        let mut ids = Ids::seeded(1);
        let mut doc = skeleton(DocKind::Agenda, Lang::Fi, &mut ids);
        let proposal = |text: &str, ids: &mut Ids| Entry {
            id: ids.next_id(),
            kind: EntryKind::Proposal {
                text: Rich::plain(text),
            },
        };
        doc.items[1]
            .entries
            .push(proposal("Kokous todetaan lailliseksi.", &mut ids));
        doc.items[3]
            .entries
            .push(proposal("Esityslista hyväksytään.", &mut ids));
        doc.items[3]
            .entries
            .push(Entry::paragraph(ids.next_id(), "Lisäys: muut asiat."));
        doc.items[4].entries.push(proposal("Ei muita asioita.", &mut ids));
        doc.items[4].entries.push(Entry {
            id: ids.next_id(),
            kind: EntryKind::Decision {
                text: Rich::plain("Jo päätetty."),
            },
        });
        let before = doc.clone();
        let undo = doc.apply(Edit::Batch(minutes_from_agenda(&before, &mut ids))).unwrap();
        assert_eq!(doc.header.kind, DocKind::Minutes);
        let kinds = |i: usize| {
            doc.items[i]
                .entries
                .iter()
                .map(|e| e.kind.plain_text())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kinds(1),
            ["Kokous todetaan lailliseksi.", "Kokous todetaan lailliseksi."]
        );
        assert!(matches!(doc.items[1].entries[1].kind, EntryKind::Decision { .. }));
        assert_eq!(
            kinds(3),
            [
                "Esityslista hyväksytään.",
                "Esityslista hyväksytään.",
                "Lisäys: muut asiat."
            ]
        );
        assert_eq!(
            doc.items[4].entries.len(),
            2,
            "an item with a decision is left as it is"
        );
        doc.apply(undo).unwrap();
        assert_eq!(doc, before, "one step undoes it all");
        assert!(minutes_from_agenda(&doc.clone(), &mut ids).len() == 1);
        doc.header.kind = DocKind::Memo;
        assert!(minutes_from_agenda(&doc, &mut ids).is_empty());
    }
}
