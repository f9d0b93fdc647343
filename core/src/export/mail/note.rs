//! What a message says, in the document's language: the cover note that goes with the files
//! (what is attached, the decisions, who does what by when, the next meeting), and one short
//! message per action owner listing their own actions.

use super::Address;
use crate::check::speakers::{self, Resolved};
use crate::labels::{self, Lang};
use crate::model::{Date, EntryKind, Id, Minutes};

/// The words of a message in one language.
struct Words {
    hello: &'static str,
    /// "Liitteenä kokouksen {1} ({2})."
    attached: &'static str,
    next: &'static str,
    regards: &'static str,
    /// Subject of an owner's message: "Tehtäväsi: {1}".
    yours: &'static str,
    /// "{1} kokouksessa sovittiin sinulle nämä tehtävät:"
    agreed_for_you: &'static str,
    /// "määräaika {1}"
    due: &'static str,
    whole_later: &'static str,
}

const FI: Words = Words {
    hello: "Hei",
    attached: "Liitteenä kokouksen {1} ({2}).",
    next: "Seuraava kokous",
    regards: "Terveisin",
    yours: "Tehtäväsi: {1}",
    agreed_for_you: "Kokouksessa {1} sovittiin sinulle nämä tehtävät:",
    due: "määräaika {1}",
    whole_later: "Koko muistio lähetetään kaikille osallistujille erikseen.",
};

const SV: Words = Words {
    hello: "Hej",
    attached: "Bifogat finns mötets {1} ({2}).",
    next: "Nästa möte",
    regards: "Hälsningar",
    yours: "Dina åtgärder: {1}",
    agreed_for_you: "På mötet {1} fick du dessa åtgärder:",
    due: "senast {1}",
    whole_later: "Hela dokumentet skickas till alla deltagare separat.",
};

const EN: Words = Words {
    hello: "Hello",
    attached: "Please find attached the {1} of the meeting ({2}).",
    next: "Next meeting",
    regards: "Best regards",
    yours: "Your actions: {1}",
    agreed_for_you: "At the meeting {1} these actions were agreed for you:",
    due: "due {1}",
    whole_later: "The full document is sent to all attendees separately.",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fi => &FI,
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

fn fill(text: &str, value: &str) -> String {
    text.replacen("{1}", value, 1)
}

fn date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {} {}", d.day, labels::MONTHS_EN[usize::from(d.month - 1)], d.year),
        _ => d.dotted(),
    }
}

/// "Luovien alojen klusterin kokous, 14.11.2025": the meeting's title and date, as known.
fn meeting(doc: &Minutes) -> String {
    let h = &doc.header;
    [
        Some(h.title.trim().to_string()).filter(|t| !t.is_empty()),
        h.when.date.map(|d| date(d, h.lang)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

fn signature(doc: &Minutes, w: &Words) -> String {
    match doc.attendees.iter().find(|a| a.is_secretary()) {
        Some(a) => format!("{}\n{}", w.regards, a.full_name()),
        None => w.regards.to_string(),
    }
}

/// "- Ida: Päivitä verkkosivut (5.12.2025)".
fn action_line(owner: &str, text: &str, due: Option<Date>, lang: Lang) -> String {
    let who = match owner.trim() {
        "" => String::new(),
        o => format!("{o}: "),
    };
    match due {
        Some(d) => format!("- {who}{} ({})", text.trim_end_matches('.'), date(d, lang)),
        None => format!("- {who}{text}"),
    }
}

/// The cover note: greeting, what is attached, decisions, actions, next meeting, signature.
pub fn cover_note(doc: &Minutes) -> String {
    let lang = doc.header.lang;
    let (w, labels) = (words(lang), lang.words());
    let kind = labels.kind(doc.header.kind).to_lowercase();
    let about = meeting(doc);
    let attached = w.attached.replacen("{1}", &kind, 1);
    let attached = match about.is_empty() {
        true => attached.replacen(" ({2})", "", 1),
        false => attached.replacen("{2}", &about, 1),
    };
    let mut out = vec![format!("{},", w.hello), attached];
    let decisions: Vec<String> = doc
        .entries()
        .filter_map(|(_, e)| match &e.kind {
            EntryKind::Decision { text } => Some(format!("- {}", one_line(&text.to_plain()))),
            _ => None,
        })
        .collect();
    if !decisions.is_empty() {
        out.push(format!("{}:\n{}", labels.decisions, decisions.join("\n")));
    }
    let actions: Vec<String> = doc
        .entries()
        .filter_map(|(_, e)| match &e.kind {
            // A done action is not for anyone to do any more.
            EntryKind::Action {
                owner,
                due,
                text,
                done: false,
            } => Some(action_line(owner, &one_line(&text.to_plain()), *due, lang)),
            _ => None,
        })
        .collect();
    if !actions.is_empty() {
        out.push(format!("{}:\n{}", labels.actions[0], actions.join("\n")));
    }
    if let Some(next) = doc.next_meeting().filter(|n| !n.when.is_empty()) {
        let place = match next.place.trim() {
            "" => String::new(),
            p => format!(", {p}"),
        };
        let when = crate::model::zone::with_zone(&next.when.text(lang), &next.zone);
        out.push(format!("{}: {when}{place}.", w.next));
    }
    out.push(signature(doc, w));
    out.join("\n\n")
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A message to one action owner: their address, the subject and the text.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct OwnerMail {
    /// The owner, with the address from the attendee table.
    pub to: Address,
    /// "Tehtäväsi: Luovien alojen klusterin kokous, 14.11.2025".
    pub subject: String,
    /// The greeting, the owner's actions with their due dates, and the signature.
    pub body: String,
    /// The draft message's file name ("2025-11-14 Kokous - muistio - Ida Tirkkonen.eml").
    pub file: String,
}

/// One message per attendee with an address who owns at least one action (an owner written
/// as the attendee's name, or a unique beginning of it), in the attendee table's order.
pub fn owner_mails(doc: &Minutes) -> Vec<OwnerMail> {
    let lang = doc.header.lang;
    let w = words(lang);
    let mut by_owner: Vec<(Id, Vec<String>)> = Vec::new();
    for (_, e) in doc.entries() {
        let EntryKind::Action {
            owner,
            due,
            text,
            done: false,
        } = &e.kind
        else {
            continue;
        };
        let (Resolved::Attendee(id) | Resolved::Prefix(id)) = speakers::resolve(doc, owner) else {
            continue;
        };
        let line = match due {
            Some(d) => format!(
                "- {} ({})",
                one_line(&text.to_plain()).trim_end_matches('.'),
                fill(w.due, &date(*d, lang))
            ),
            None => format!("- {}", one_line(&text.to_plain())),
        };
        match by_owner.iter_mut().find(|(o, _)| *o == id) {
            Some((_, lines)) => lines.push(line),
            None => by_owner.push((id, vec![line])),
        }
    }
    let about = meeting(doc);
    doc.attendees
        .iter()
        .filter(|a| !a.email.is_empty())
        .filter_map(|a| {
            let lines = &by_owner.iter().find(|(id, _)| *id == a.id)?.1;
            let body = [
                format!("{} {},", w.hello, a.call_name()),
                format!("{}\n{}", one_line(&fill(w.agreed_for_you, &about)), lines.join("\n")),
                w.whole_later.to_string(),
                signature(doc, w),
            ]
            .join("\n\n");
            Some(OwnerMail {
                file: crate::export::filename::file_name_for(doc, &a.full_name(), "eml"),
                to: Address {
                    name: a.full_name(),
                    email: a.email.clone(),
                },
                subject: fill(w.yours, &about),
                body,
            })
        })
        .collect()
}

/// The action owners who get no message of their own: attendees without an address, and
/// owners who are not among the attendees (as written), each once, in document order.
pub fn owners_without_address(doc: &Minutes) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, e) in doc.entries() {
        let EntryKind::Action { owner, done: false, .. } = &e.kind else {
            continue;
        };
        let name = match speakers::resolve(doc, owner) {
            Resolved::Attendee(id) | Resolved::Prefix(id) => {
                let Some(a) = doc.attendees.iter().find(|a| a.id == id) else {
                    continue;
                };
                if !a.email.is_empty() {
                    continue;
                }
                a.full_name()
            }
            _ if owner.trim().is_empty() => continue,
            _ => owner.trim().to_string(),
        };
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}
