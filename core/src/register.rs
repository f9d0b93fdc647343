//! The register of every decision and every open action across drafts. Each draft's
//! [`Summary`] is kept in its list entry (written with every save), so that the register is
//! gathered from the list entries without reading a single draft; [`gather`] puts the rows of
//! all drafts together, filtered by words and by person and sorted.

use crate::model::{Date, EntryKind, Id, Minutes};
use serde::{Deserialize, Serialize};

/// How much of an entry's text the summary keeps, in characters (the draft holds it all).
pub const TEXT: usize = 300;

/// A draft's decisions and open actions, as its list entry keeps them.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Summary {
    /// Every decision, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Noted>,
    /// Every action not marked done, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Noted>,
}

/// One decision or open action of a draft, and where it stands.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Noted {
    /// The item it is in (`None`: the introduction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Id>,
    /// The entry.
    pub entry: Id,
    /// The item's number as the document writes it ("5 §"); empty in the introduction.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// Who is responsible for an action, as written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// An action's due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// The text on one line, at most [`TEXT`] characters.
    pub text: String,
}

/// `text` on one line, cut at [`TEXT`] characters with an ellipsis.
fn one_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.chars().count() > TEXT {
        true => format!("{}…", line.chars().take(TEXT - 1).collect::<String>().trim_end()),
        false => line,
    }
}

impl Summary {
    /// The decisions and open actions of `doc`.
    pub fn of(doc: &Minutes) -> Summary {
        let mut out = Summary::default();
        let intro = doc.intro.iter().map(|e| (None, e));
        let items = doc
            .items
            .iter()
            .enumerate()
            .flat_map(|(n, i)| i.entries.iter().map(move |e| (Some((n, i.id)), e)));
        for (at, entry) in intro.chain(items) {
            let noted = |owner: &str, due: Option<Date>, text: String| Noted {
                item: at.map(|(_, id)| id),
                entry: entry.id,
                number: at.map(|(n, _)| doc.header.item_number(n)).unwrap_or_default(),
                owner: owner.trim().to_string(),
                due,
                text: one_line(&text),
            };
            match &entry.kind {
                EntryKind::Decision { text } => out.decisions.push(noted("", None, text.to_plain())),
                EntryKind::Action {
                    owner,
                    due,
                    text,
                    done: false,
                } => out.actions.push(noted(owner, *due, text.to_plain())),
                _ => {}
            }
        }
        out
    }
}

/// One draft as the register reads it: its id and list entry's title, date and summary.
#[derive(Clone, Copy, Debug)]
pub struct Source<'a> {
    /// The draft's storage id.
    pub draft: &'a str,
    /// The meeting's title.
    pub title: &'a str,
    /// The meeting's date as written (`14.11.2025`), or empty.
    pub date: &'a str,
    /// Its decisions and open actions.
    pub summary: &'a Summary,
}

impl<'a> Source<'a> {
    /// The sources of drafts listed as (id, title, date, summary).
    pub fn all(listed: &'a [(String, String, String, Summary)]) -> Vec<Source<'a>> {
        listed
            .iter()
            .map(|(draft, title, date, summary)| Source {
                draft,
                title,
                date,
                summary,
            })
            .collect()
    }
}

/// A row of the register: a decision or an open action, with its meeting.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Row {
    /// The draft it is in.
    pub draft: String,
    /// The meeting's title.
    pub meeting: String,
    /// The meeting's date as written, or empty.
    pub date: String,
    /// The decision or action.
    pub noted: Noted,
    /// An action whose due date has passed.
    pub overdue: bool,
}

/// What the register shows: the decisions (newest meeting first), the open actions (soonest
/// due first, those without a due date last), and every action owner to filter by.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Register {
    /// Decisions.
    pub decisions: Vec<Row>,
    /// Open actions.
    pub actions: Vec<Row>,
    /// The owners of open actions, each once (letter case aside, as first written), in
    /// alphabetical order.
    pub people: Vec<String>,
}

/// Whether `text` has `word` as a whole word, letter case aside.
fn has_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| w.to_lowercase() == word)
}

/// Whether a row is about `person` (lower case): an action they own; a decision that names
/// them (the name's first word as a word of the text: "Ida" for "Ida Tirkkonen").
fn about(row: &Row, person: &str, action: bool) -> bool {
    if person.is_empty() {
        return true;
    }
    match action {
        true => row.noted.owner.to_lowercase() == person,
        false => has_word(&row.noted.text, person.split_whitespace().next().unwrap_or("")),
    }
}

/// Whether every word of `query` (lower case) is in the row: its text, owner, meeting, date
/// or item number.
fn matches(row: &Row, query: &str) -> bool {
    let hay = [
        &row.noted.text,
        &row.noted.owner,
        &row.meeting,
        &row.date,
        &row.noted.number,
    ]
    .map(|s| s.to_lowercase())
    .join(" ");
    query.split_whitespace().all(|w| hay.contains(w))
}

/// The register of `sources`: the rows whose words contain every word of `query` and that are
/// about `person` (empty: everyone), with the actions due before `today` marked overdue.
pub fn gather(sources: &[Source], today: Option<Date>, query: &str, person: &str) -> Register {
    let (query, person) = (query.to_lowercase(), person.trim().to_lowercase());
    let mut out = Register::default();
    let row = |s: &Source, noted: &Noted| Row {
        draft: s.draft.to_string(),
        meeting: s.title.to_string(),
        date: s.date.to_string(),
        noted: noted.clone(),
        overdue: matches!((noted.due, today), (Some(due), Some(today)) if due < today),
    };
    for s in sources {
        for noted in &s.summary.actions {
            let owner = noted.owner.trim();
            if !owner.is_empty() && !out.people.iter().any(|p| p.to_lowercase() == owner.to_lowercase()) {
                out.people.push(owner.to_string());
            }
        }
        let decisions = s.summary.decisions.iter().map(|n| row(s, n));
        out.decisions
            .extend(decisions.filter(|r| matches(r, &query) && about(r, &person, false)));
        let actions = s.summary.actions.iter().map(|n| row(s, n));
        out.actions
            .extend(actions.filter(|r| matches(r, &query) && about(r, &person, true)));
    }
    out.people.sort_by_key(|p| p.to_lowercase());
    // Sorting is stable: rows of one meeting stay in document order.
    let day = |r: &Row| Date::parse(&r.date);
    out.decisions.sort_by_key(|r| std::cmp::Reverse(day(r)));
    out.actions
        .sort_by_key(|r| (r.noted.due.is_none(), r.noted.due, std::cmp::Reverse(day(r))));
    out
}

#[cfg(test)]
mod tests {
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
}
