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
    crate::sort::by_key(&mut out.people, |p| p.to_lowercase());
    // Sorting is stable: rows of one meeting stay in document order.
    let day = |r: &Row| Date::parse(&r.date);
    crate::sort::by_key(&mut out.decisions, |r| std::cmp::Reverse(day(r)));
    crate::sort::by_key(&mut out.actions, |r| {
        (r.noted.due.is_none(), r.noted.due, std::cmp::Reverse(day(r)))
    });
    out
}

#[cfg(test)]
mod tests;
