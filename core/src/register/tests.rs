use super::*;
use crate::model::Ids;

fn read(text: &str) -> Minutes {
    crate::import::text(text, &mut Ids::seeded(4))
}

#[test]
fn a_summary_holds_every_decision_and_only_the_open_actions_with_their_item_numbers() {
    let mut doc = read(
        "Hallitus\n\nPÖYTÄKIRJA\n\n23 § Avaus\n\nPäätös: Kokous avattiin.\n\n\
         24 § Talous\n\nTehtävä (Ida, 5.12.2025): Laadi   budjetti.\n\n\
         Tehtävä (Tomi, 1.12.2025, tehty): Varaa sali.\n\nSovittiin, että hallitus kokoontuu joulukuussa.\n",
    );
    doc.intro.push(crate::model::Entry {
        id: Id(99),
        kind: EntryKind::Decision {
            text: crate::model::Rich::plain(&"pitkä ".repeat(100)),
        },
    });
    let s = Summary::of(&doc);
    let lines: Vec<(&str, &str)> = s
        .decisions
        .iter()
        .map(|n| (n.number.as_str(), n.text.as_str()))
        .collect();
    assert_eq!(
        lines[1..],
        [
            ("23 §", "Kokous avattiin."),
            ("24 §", "Sovittiin, että hallitus kokoontuu joulukuussa.")
        ]
    );
    assert_eq!((lines[0].0, lines[0].1.chars().count()), ("", TEXT), "cut to one line");
    assert!(lines[0].1.ends_with('…'));
    assert_eq!(s.actions.len(), 1, "the done action is not open");
    let a = &s.actions[0];
    assert_eq!(
        (a.number.as_str(), a.owner.as_str(), a.text.as_str()),
        ("24 §", "Ida", "Laadi budjetti.")
    );
    assert_eq!(a.due, Date::new(2025, 12, 5));
    assert_eq!(a.item, Some(doc.items[1].id));
    assert_eq!(a.entry, doc.items[1].entries[0].id);
}

fn sources() -> Vec<(String, String, String, Summary)> {
    let docs = [
        (
            "a",
            "Hallitus\n\nMUISTIO\n\nAika: 14.11.2025\n\n1. Talous\n\nSovittiin, että Ida hoitaa budjetin.\n\n\
             Tehtävä (Ida, 5.12.2025): Laadi budjetti.\n\nTehtävä (Tomi): Varaa sali.\n",
        ),
        (
            "b",
            "Klusteri\n\nMINNESANTECKNINGAR\n\nTid: 2.2.2026\n\n§ 3 Ekonomi\n\nBeslut: Budgeten godkändes.\n\n\
             Åtgärd (ida, 20.11.2025): Skicka fakturan.\n\nÅtgärd (Tomi Aho, 1.3.2026): Boka salen.\n",
        ),
    ];
    docs.iter()
        .map(|(id, text)| {
            let doc = read(text);
            let date = doc.header.when.date.map(|d| d.dotted()).unwrap_or_default();
            (id.to_string(), doc.header.title.clone(), date, Summary::of(&doc))
        })
        .collect()
}

fn register(query: &str, person: &str) -> Register {
    let owned = sources();
    gather(&Source::all(&owned), Date::new(2025, 12, 1), query, person)
}

#[test]
fn the_register_sorts_decisions_by_meeting_and_actions_by_due_date_and_marks_the_overdue() {
    let r = register("", "");
    let decisions: Vec<(&str, &str, &str)> = r
        .decisions
        .iter()
        .map(|d| (d.meeting.as_str(), d.noted.number.as_str(), d.noted.text.as_str()))
        .collect();
    assert_eq!(
        decisions,
        [
            ("Klusteri", "§ 3", "Budgeten godkändes."),
            ("Hallitus", "1.", "Sovittiin, että Ida hoitaa budjetin.")
        ]
    );
    let actions: Vec<(&str, &str, bool)> = r
        .actions
        .iter()
        .map(|a| (a.noted.owner.as_str(), a.noted.text.as_str(), a.overdue))
        .collect();
    assert_eq!(
        actions,
        [
            ("ida", "Skicka fakturan.", true),
            ("Ida", "Laadi budjetti.", false),
            ("Tomi Aho", "Boka salen.", false),
            ("Tomi", "Varaa sali.", false),
        ]
    );
    assert_eq!(
        r.people,
        ["Ida", "Tomi", "Tomi Aho"],
        "each owner once, as first written"
    );
    assert_eq!(r.actions[0].draft, "b");
}

#[test]
fn the_register_filters_by_words_and_by_person() {
    let r = register("budj", "");
    assert_eq!(r.decisions.len(), 1);
    assert_eq!(r.actions.len(), 1);
    let r = register("klusteri boka", "");
    assert_eq!((r.decisions.len(), r.actions.len()), (0, 1));
    let r = register("", "Ida");
    let owners: Vec<&str> = r.actions.iter().map(|a| a.noted.owner.as_str()).collect();
    assert_eq!(owners, ["ida", "Ida"]);
    assert_eq!(r.decisions.len(), 1, "the decision that names Ida");
    assert_eq!(r.decisions[0].meeting, "Hallitus");
    let r = register("", "Tomi");
    assert_eq!(r.actions.len(), 1, "Tomi, not Tomi Aho");
    assert!(r.decisions.is_empty());
    assert_eq!(r.people.len(), 3, "the people stay whatever is filtered");
}
