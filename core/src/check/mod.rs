//! Checks a document for what a careful reader would flag: speakers who are not attendees,
//! placeholder links, actions without owner or due date, an end before the start, empty items,
//! duplicate attendees. Findings are data shown as a list, never errors that block anything.

pub mod speakers;

use crate::labels::Lang;
use crate::model::{EntryKind, Id, Minutes, Rich, When};
use speakers::Resolved;

/// Where a finding points.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Spot {
    /// The header's time fields.
    HeaderTime,
    /// An attendee.
    Attendee(Id),
    /// An item (its title).
    Item(Id),
    /// An entry.
    Entry(Id),
}

/// What was found.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Problem {
    /// A statement's or reply's speaker is not among the attendees.
    UnknownSpeaker { name: String, suggestion: Option<String> },
    /// A speaker's name fits several attendees.
    AmbiguousSpeaker { name: String, candidates: Vec<String> },
    /// A link with no address, or the placeholder `#`.
    PlaceholderLink { text: String },
    /// An action nobody is responsible for.
    ActionWithoutOwner,
    /// An action without a due date.
    ActionWithoutDue,
    /// The end is before the start, and not plausibly after midnight.
    EndBeforeStart { start: String, end: String },
    /// An item with nothing under it.
    EmptyItem { number: usize, title: String },
    /// The same person listed twice.
    DuplicateAttendee { name: String },
}

/// One finding: what, and where.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Finding {
    /// What was found.
    pub problem: Problem,
    /// Where to go to fix it.
    pub spot: Spot,
}

/// Longest meeting taken for one that runs past midnight, in minutes; a longer "meeting"
/// whose end is before its start is a typing mistake.
const LONGEST_OVERNIGHT: u16 = 12 * 60;

/// Every finding, in document order.
pub fn check(doc: &Minutes) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(p) = time_problem(&doc.header.when) {
        out.push(Finding {
            problem: p,
            spot: Spot::HeaderTime,
        });
    }
    let mut seen: Vec<String> = Vec::new();
    for a in &doc.attendees {
        let key = a.full_name().to_lowercase();
        if !key.trim().is_empty() && seen.contains(&key) {
            out.push(Finding {
                problem: Problem::DuplicateAttendee { name: a.full_name() },
                spot: Spot::Attendee(a.id),
            });
        }
        seen.push(key);
    }
    for (_, entry) in doc.entries().filter(|(item, _)| item.is_none()) {
        entry_problems(doc, entry.id, &entry.kind, &mut out);
    }
    for (n, item) in doc.items.iter().enumerate() {
        if item.entries.is_empty() {
            out.push(Finding {
                problem: Problem::EmptyItem {
                    number: n + 1,
                    title: item.title.clone(),
                },
                spot: Spot::Item(item.id),
            });
        }
        for entry in &item.entries {
            entry_problems(doc, entry.id, &entry.kind, &mut out);
        }
    }
    out
}

fn time_problem(when: &When) -> Option<Problem> {
    let (start, end) = (when.start?, when.end?);
    (end < start && when.duration_minutes()? > LONGEST_OVERNIGHT).then(|| Problem::EndBeforeStart {
        start: start.dotted(),
        end: end.dotted(),
    })
}

fn speaker_problem(doc: &Minutes, name: &str) -> Option<Problem> {
    let full = |id: Id| doc.attendees.iter().find(|a| a.id == id).map(|a| a.full_name());
    match speakers::resolve(doc, name) {
        Resolved::Attendee(_) | Resolved::Prefix(_) => None,
        Resolved::Ambiguous(ids) => Some(Problem::AmbiguousSpeaker {
            name: name.to_string(),
            candidates: ids.into_iter().filter_map(full).collect(),
        }),
        Resolved::Unknown(near) => Some(Problem::UnknownSpeaker {
            name: name.to_string(),
            suggestion: near.and_then(full),
        }),
    }
}

fn link_problems(text: &Rich, out: &mut Vec<Problem>) {
    for (shown, url) in text.links() {
        if url.trim().is_empty() || url.trim() == "#" {
            out.push(Problem::PlaceholderLink {
                text: shown.to_string(),
            });
        }
    }
}

fn entry_problems(doc: &Minutes, id: Id, kind: &EntryKind, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    match kind {
        EntryKind::Paragraph { text } | EntryKind::Decision { text } | EntryKind::Proposal { text } => {
            link_problems(text, &mut found)
        }
        EntryKind::Statement { speaker, text, replies } => {
            found.extend(speaker_problem(doc, speaker));
            link_problems(text, &mut found);
            for r in replies {
                found.extend(speaker_problem(doc, &r.speaker));
                link_problems(&r.text, &mut found);
            }
        }
        EntryKind::Bullets { items } => items.iter().for_each(|t| link_problems(t, &mut found)),
        EntryKind::Action { owner, due, text } => {
            if owner.trim().is_empty() {
                found.push(Problem::ActionWithoutOwner);
            }
            if due.is_none() {
                found.push(Problem::ActionWithoutDue);
            }
            link_problems(text, &mut found);
        }
        EntryKind::NextMeeting(next) => found.extend(time_problem(&next.when)),
        EntryKind::Vote(vote) => {
            link_problems(&vote.question, &mut found);
            link_problems(&vote.result, &mut found);
        }
        EntryKind::Dissent { text, .. } => link_problems(text, &mut found),
        EntryKind::Subheading { .. } | EntryKind::Attachment { .. } => {}
    }
    out.extend(found.into_iter().map(|problem| Finding {
        problem,
        spot: Spot::Entry(id),
    }));
}

impl Problem {
    /// What to tell the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use Problem::*;
        match (self, lang) {
            (
                UnknownSpeaker {
                    name,
                    suggestion: Some(s),
                },
                Lang::Fi,
            ) => format!("Puhuja ”{name}” ei ole osallistujissa. Tarkoititko: {s}?"),
            (
                UnknownSpeaker {
                    name,
                    suggestion: Some(s),
                },
                Lang::Sv,
            ) => format!("Talaren ”{name}” finns inte bland deltagarna. Menade du: {s}?"),
            (
                UnknownSpeaker {
                    name,
                    suggestion: Some(s),
                },
                Lang::En,
            ) => format!("Speaker “{name}” is not among the attendees. Did you mean {s}?"),
            (UnknownSpeaker { name, suggestion: None }, Lang::Fi) => format!("Puhuja ”{name}” ei ole osallistujissa."),
            (UnknownSpeaker { name, suggestion: None }, Lang::Sv) => {
                format!("Talaren ”{name}” finns inte bland deltagarna.")
            }
            (UnknownSpeaker { name, suggestion: None }, Lang::En) => {
                format!("Speaker “{name}” is not among the attendees.")
            }
            (AmbiguousSpeaker { name, candidates }, Lang::Fi) => format!(
                "Puhuja ”{name}” voi olla kuka tahansa näistä: {}.",
                candidates.join(", ")
            ),
            (AmbiguousSpeaker { name, candidates }, Lang::Sv) => {
                format!("Talaren ”{name}” kan vara vem som helst av: {}.", candidates.join(", "))
            }
            (AmbiguousSpeaker { name, candidates }, Lang::En) => {
                format!("Speaker “{name}” could be any of: {}.", candidates.join(", "))
            }
            (PlaceholderLink { text }, Lang::Fi) => format!("Linkiltä ”{text}” puuttuu osoite."),
            (PlaceholderLink { text }, Lang::Sv) => format!("Länken ”{text}” saknar adress."),
            (PlaceholderLink { text }, Lang::En) => format!("The link “{text}” has no address."),
            (ActionWithoutOwner, Lang::Fi) => "Tehtävältä puuttuu vastuuhenkilö.".into(),
            (ActionWithoutOwner, Lang::Sv) => "Åtgärden saknar ansvarig.".into(),
            (ActionWithoutOwner, Lang::En) => "The action has no owner.".into(),
            (ActionWithoutDue, Lang::Fi) => "Tehtävältä puuttuu määräaika.".into(),
            (ActionWithoutDue, Lang::Sv) => "Åtgärden saknar tidsfrist.".into(),
            (ActionWithoutDue, Lang::En) => "The action has no due date.".into(),
            (EndBeforeStart { start, end }, Lang::Fi) => format!("Loppuaika {end} on ennen alkuaikaa {start}."),
            (EndBeforeStart { start, end }, Lang::Sv) => format!("Sluttiden {end} är före starttiden {start}."),
            (EndBeforeStart { start, end }, Lang::En) => {
                format!("The end time {end} is before the start time {start}.")
            }
            (EmptyItem { number, title }, Lang::Fi) => format!("Kohta {number} ”{title}” on tyhjä."),
            (EmptyItem { number, title }, Lang::Sv) => format!("Punkt {number} ”{title}” är tom."),
            (EmptyItem { number, title }, Lang::En) => format!("Item {number} “{title}” is empty."),
            (DuplicateAttendee { name }, Lang::Fi) => format!("{name} on osallistujissa kahdesti."),
            (DuplicateAttendee { name }, Lang::Sv) => format!("{name} finns två gånger bland deltagarna."),
            (DuplicateAttendee { name }, Lang::En) => format!("{name} is listed twice."),
        }
    }
}

#[cfg(test)]
mod tests;
