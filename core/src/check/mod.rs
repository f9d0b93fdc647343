//! Checks a document for what a careful reader would flag: speakers who are not attendees,
//! placeholder links, actions without owner or due date, an end before the start, empty items,
//! duplicate attendees. Findings are data shown as a list, never errors that block anything.

mod messages;
pub mod speakers;

use crate::model::{EntryKind, Id, Minutes, Rich, When};
use speakers::Resolved;
use std::collections::{HashMap, HashSet};

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
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub enum Problem {
    /// A statement's or reply's speaker is not among the attendees.
    UnknownSpeaker { name: String, suggestion: Option<String> },
    /// A speaker's name fits several attendees.
    AmbiguousSpeaker { name: String, candidates: Vec<String> },
    /// A link with no address, or the placeholder `#`.
    PlaceholderLink { text: String },
    /// An action nobody is responsible for; `task` names it (its text, shortened).
    ActionWithoutOwner { task: String },
    /// An action without a due date.
    ActionWithoutDue { task: String },
    /// An action due before the meeting was held (a date typed without its year, or a typo).
    DueBeforeMeeting { task: String, due: String },
    /// The end is before the start, and not plausibly after midnight.
    EndBeforeStart { start: String, end: String },
    /// An item with nothing under it.
    EmptyItem { number: usize, title: String },
    /// The same person listed twice.
    DuplicateAttendee { name: String },
}

/// A repair a finding offers (`crate::edit::fix` makes its edits).
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub enum Fix {
    /// Every statement and reply by `from` is by `to` instead; `full` is the attendee's full name.
    RenameSpeaker { from: String, to: String, full: String },
    /// `name` joins the attendees.
    AddAttendee { name: String },
    /// The header's start and end times change places.
    SwapTimes,
    /// The action's due date moves a year on (to `to`).
    DueNextYear { entry: Id, to: String },
    /// A repeated attendee row goes.
    RemoveAttendee { id: Id, name: String },
}

/// One finding: what, where, and the repairs it offers.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Finding {
    /// What was found.
    pub problem: Problem,
    /// Where to go to fix it.
    pub spot: Spot,
    /// What would repair it, best first; empty when only the person can.
    pub fixes: Vec<Fix>,
}

/// How much of an action's text names it in a finding.
const TASK_CHARS: usize = 60;

/// An action's name in a finding: its text up to [`TASK_CHARS`] characters.
fn task_name(text: &Rich) -> String {
    let plain = text.to_plain();
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    let plain = plain.trim_end_matches(['.', ':', ',']);
    match plain.chars().count() > TASK_CHARS {
        true => {
            let cut: String = plain.chars().take(TASK_CHARS - 1).collect();
            let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(words, _)| words);
            format!("{}…", cut.trim_end_matches([',', '.', ' ']))
        }
        false => plain.to_string(),
    }
}

/// Longest meeting taken for one that runs past midnight, in minutes; a longer "meeting"
/// whose end is before its start is a typing mistake.
const LONGEST_OVERNIGHT: u16 = 12 * 60;

/// Every finding, in document order.
pub fn check(doc: &Minutes) -> Vec<Finding> {
    let mut out = Vec::new();
    // What each speaker's name was found to be: a long meeting names a dozen people in
    // hundreds of statements, and each name is resolved once.
    let mut said = Speakers::new(doc);
    if let Some(p) = time_problem(&doc.header.when) {
        out.push(Finding {
            problem: p,
            spot: Spot::HeaderTime,
            fixes: vec![Fix::SwapTimes],
        });
    }
    let mut seen: Vec<String> = Vec::new();
    for a in &doc.attendees {
        let key = a.full_name().to_lowercase();
        if !key.trim().is_empty() && seen.contains(&key) {
            out.push(Finding {
                problem: Problem::DuplicateAttendee { name: a.full_name() },
                spot: Spot::Attendee(a.id),
                fixes: vec![Fix::RemoveAttendee {
                    id: a.id,
                    name: a.full_name(),
                }],
            });
        }
        seen.push(key);
    }
    for (_, entry) in doc.entries().filter(|(item, _)| item.is_none()) {
        entry_problems(doc, entry.id, &entry.kind, &mut said, &mut out);
    }
    for (n, item) in doc.items.iter().enumerate() {
        if item.entries.is_empty() {
            out.push(Finding {
                problem: Problem::EmptyItem {
                    number: n + 1,
                    title: item.title.clone(),
                },
                spot: Spot::Item(item.id),
                fixes: Vec::new(),
            });
        }
        for entry in &item.entries {
            entry_problems(doc, entry.id, &entry.kind, &mut said, &mut out);
        }
    }
    once_each(out)
}

/// Drops a finding said before: the same words anywhere (two actions of the same text lacking
/// a date are one line until one is given it), and the same unknown or ambiguous speaker in
/// any case (its repair covers every statement).
fn once_each(found: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    let (mut speakers, mut said) = (HashSet::new(), HashSet::new());
    for f in found {
        let repeated = match &f.problem {
            Problem::UnknownSpeaker { name, .. } | Problem::AmbiguousSpeaker { name, .. } => {
                !speakers.insert(name.to_lowercase())
            }
            _ => !said.insert(f.problem.clone()),
        };
        if !repeated {
            out.push(f);
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

/// The attendees' names, and each speaker's name met so far → what is wrong with it.
struct Speakers {
    roster: speakers::Roster,
    known: HashMap<String, Option<(Problem, Vec<Fix>)>>,
}

impl Speakers {
    fn new(doc: &Minutes) -> Speakers {
        Speakers {
            roster: speakers::Roster::of(doc),
            known: HashMap::new(),
        }
    }
}

/// What is wrong with a speaker's name, resolved once per name.
fn speaker_once(doc: &Minutes, name: &str, said: &mut Speakers) -> Option<(Problem, Vec<Fix>)> {
    if let Some(known) = said.known.get(name) {
        return known.clone();
    }
    let found = speaker_problem(doc, name, &said.roster);
    said.known.insert(name.to_string(), found.clone());
    found
}

fn speaker_problem(doc: &Minutes, name: &str, roster: &speakers::Roster) -> Option<(Problem, Vec<Fix>)> {
    let full = |id: Id| doc.attendees.iter().find(|a| a.id == id).map(|a| a.full_name());
    let rename = |id: Id| {
        Some(Fix::RenameSpeaker {
            from: name.to_string(),
            to: speakers::speaker_name(doc, id)?,
            full: full(id)?,
        })
    };
    match roster.resolve(doc, name) {
        Resolved::Attendee(_) | Resolved::Prefix(_) => None,
        Resolved::Ambiguous(ids) => Some((
            Problem::AmbiguousSpeaker {
                name: name.to_string(),
                candidates: ids.iter().copied().filter_map(full).collect(),
            },
            ids.into_iter().filter_map(rename).collect(),
        )),
        Resolved::Unknown(near) => {
            let mut fixes: Vec<Fix> = near.and_then(rename).into_iter().collect();
            if !name.trim().is_empty() {
                fixes.push(Fix::AddAttendee {
                    name: name.trim().to_string(),
                });
            }
            Some((
                Problem::UnknownSpeaker {
                    name: name.to_string(),
                    suggestion: near.and_then(full),
                },
                fixes,
            ))
        }
    }
}

fn link_problems(text: &Rich, out: &mut Vec<(Problem, Vec<Fix>)>) {
    for (shown, url) in text.links() {
        if url.trim().is_empty() || url.trim() == "#" {
            let problem = Problem::PlaceholderLink {
                text: shown.to_string(),
            };
            out.push((problem, Vec::new()));
        }
    }
}

fn entry_problems(doc: &Minutes, id: Id, kind: &EntryKind, said: &mut Speakers, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    match kind {
        EntryKind::Paragraph { text } | EntryKind::Decision { text } | EntryKind::Proposal { text } => {
            link_problems(text, &mut found)
        }
        EntryKind::Statement { speaker, text, replies } => {
            found.extend(speaker_once(doc, speaker, said));
            link_problems(text, &mut found);
            for r in replies {
                found.extend(speaker_once(doc, &r.speaker, said));
                link_problems(&r.text, &mut found);
            }
        }
        EntryKind::Bullets { items } => items.iter().for_each(|t| link_problems(t, &mut found)),
        EntryKind::Action { owner, due, text, done } => {
            let task = task_name(text);
            if owner.trim().is_empty() {
                found.push((Problem::ActionWithoutOwner { task: task.clone() }, Vec::new()));
            }
            // A done action's due date no longer matters.
            match (due, doc.header.when.date) {
                _ if *done => {}
                (None, _) => found.push((Problem::ActionWithoutDue { task }, Vec::new())),
                (Some(d), Some(meeting)) if *d < meeting => {
                    let fix = d.next_year().map(|to| Fix::DueNextYear {
                        entry: id,
                        to: to.dotted(),
                    });
                    let due = d.dotted();
                    found.push((Problem::DueBeforeMeeting { task, due }, fix.into_iter().collect()));
                }
                _ => {}
            }
            link_problems(text, &mut found);
        }
        EntryKind::NextMeeting(next) => found.extend(time_problem(&next.when).map(|p| (p, Vec::new()))),
        EntryKind::Vote(vote) => {
            link_problems(&vote.question, &mut found);
            link_problems(&vote.result, &mut found);
        }
        EntryKind::Dissent { text, .. } => link_problems(text, &mut found),
        EntryKind::Subheading { .. } | EntryKind::Attachment { .. } => {}
    }
    out.extend(found.into_iter().map(|(problem, fixes)| Finding {
        problem,
        spot: Spot::Entry(id),
        fixes,
    }));
}

#[cfg(test)]
mod tests;
