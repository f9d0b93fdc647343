//! A clash as a person sees it: what it is about, and what each copy holds there, in words.

use super::{Clash, Side};
use crate::labels::Lang;
use crate::model::{Date, Id, Minutes, Time};

/// What a clash is about.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Subject {
    /// A header field, by its saved name ("title", "date", "place"…).
    Header(String),
    /// An attendee, by name.
    Attendee(String),
    /// An item: its number as the document writes it, and its title.
    Item(String),
    /// An entry, with the item it stands in (number and title; empty in the introduction).
    Entry(String),
}

/// A clash to show side by side.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Shown {
    /// The clash itself (to settle with a [`Side`]).
    pub clash: Clash,
    /// What it is about.
    pub subject: Subject,
    /// What the open draft holds (`None`: removed there).
    pub mine: Option<String>,
    /// What the other copy holds (`None`: removed there).
    pub theirs: Option<String>,
}

/// A header field's value in words.
fn field(doc: &Minutes, key: &str, lang: Lang) -> Option<String> {
    let h = &doc.header;
    let time = |t: Option<Time>| t.map(|t| t.dotted());
    let text = match key {
        "title" => Some(h.title.clone()),
        "number" => Some(h.number.clone()),
        "place" => Some(h.place.clone()),
        "date" => h.when.date.map(|d: Date| d.dotted()),
        "start" => time(h.when.start),
        "end" => time(h.when.end),
        "approval" => Some(h.approval.checked_line()),
        "first_item" => Some(h.first_item.to_string()),
        "numbering" => Some(h.numbering.label(h.first_item)),
        "kind" => Some(lang.words().kind(h.kind).to_string()),
        "lang" => Some(h.lang.code().to_string()),
        _ => serde_json::to_value(h).ok().and_then(|v| {
            v.get(key)
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
        }),
    };
    text.filter(|t| !t.is_empty()).or(Some(String::new()))
}

/// The element `id` in `doc` in words: its subject and what it holds.
fn element(doc: &Minutes, id: Id, lang: Lang) -> Option<(Subject, String)> {
    if let Some(a) = doc.attendees.iter().find(|a| a.id == id) {
        let mut what = vec![a.full_name()];
        what.extend(a.organisations.iter().cloned());
        if a.absent {
            what.push(lang.words().absent.to_string());
        }
        let what = what
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        return Some((Subject::Attendee(a.full_name()), what));
    }
    let numbered = |index: usize| {
        let item = &doc.items[index];
        format!("{} {}", doc.header.item_number(index), item.title)
    };
    if let Some(index) = doc.items.iter().position(|i| i.id == id) {
        return Some((Subject::Item(numbered(index)), doc.items[index].title.clone()));
    }
    let (item, entry) = doc.entries().find(|(_, e)| e.id == id)?;
    let place = item
        .and_then(|i| doc.items.iter().position(|x| x.id == i.id))
        .map(numbered)
        .unwrap_or_default();
    Some((Subject::Entry(place), entry.kind.plain_text()))
}

/// Each clash of a merge in words, with what the two copies hold there.
pub fn shown(clashes: &[Clash], base: &Minutes, mine: &Minutes, theirs: &Minutes, lang: Lang) -> Vec<Shown> {
    clashes
        .iter()
        .map(|clash| {
            let (subject, ours, other) = match clash {
                Clash::Header(key) => (
                    Subject::Header(key.clone()),
                    field(mine, key, lang),
                    field(theirs, key, lang),
                ),
                _ => {
                    let id = clash.id().unwrap_or(Id(0));
                    let (m, t) = (element(mine, id, lang), element(theirs, id, lang));
                    let subject = m
                        .as_ref()
                        .or(t.as_ref())
                        .map(|(s, _)| s.clone())
                        .or_else(|| element(base, id, lang).map(|(s, _)| s))
                        .unwrap_or(Subject::Entry(String::new()));
                    (subject, m.map(|(_, w)| w), t.map(|(_, w)| w))
                }
            };
            Shown {
                clash: clash.clone(),
                subject,
                mine: ours,
                theirs: other,
            }
        })
        .collect()
}

/// The side chosen for each clash, in order (`Side::Mine` for clashes not chosen).
pub fn chooser(choices: &[(Clash, Side)]) -> impl Fn(&Clash) -> Side + '_ {
    move |clash| choices.iter().find(|(c, _)| c == clash).map_or(Side::Mine, |(_, s)| *s)
}
