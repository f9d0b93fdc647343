//! The public version of minutes: what may be published on the web (personal data kept to what
//! publication needs). Chosen people are named by their initials or not at all, wherever they
//! appear — the attendee list, speakers, owners of actions, votes, dissents, checkers and the
//! running text; organisations stay. An item marked confidential keeps only its number and a
//! one-line title saying that it was there. The result goes to any export format.

use crate::labels::Lang;
use crate::model::{Entry, EntryKind, Id, Minutes, Rich, Span, Tally};

/// How one person is named in the public version.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Naming {
    /// By name, as in the minutes.
    #[default]
    Name,
    /// By initials ("I. T.").
    Initials,
    /// Not at all ("(nimi poistettu)").
    Removed,
}

/// The words put in place of a removed name.
fn removed(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "(nimi poistettu)",
        Lang::Sv => "(namn borttaget)",
        Lang::En => "(name removed)",
    }
}

/// One name and what it becomes.
struct Swap {
    name: String,
    with: String,
    initials: bool,
}

/// The case endings a name takes in running text ("Idan", "Idalle", "Idas"), so that an
/// inflected name is found and another word that begins like it ("Aholan") is not.
const ENDINGS: &[&str] = &[
    "n", "a", "ä", "lle", "lla", "llä", "lta", "ltä", "sta", "stä", "ssa", "ssä", "ksi", "na", "nä", "s", "'s",
];

/// "Ida Maria" → "I. M."
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The names to change, longest first (a full name before its first name).
fn swaps(doc: &Minutes, naming: &[(Id, Naming)]) -> Vec<Swap> {
    let gone = removed(doc.header.lang);
    let mut out = Vec::new();
    for a in &doc.attendees {
        let how = naming
            .iter()
            .find(|(id, _)| *id == a.id)
            .map_or(Naming::Name, |(_, n)| *n);
        let with = |name: &str| match how {
            Naming::Initials => initials(name),
            _ => gone.to_string(),
        };
        if how == Naming::Name {
            continue;
        }
        for name in [a.full_name(), a.first_names.clone(), a.last_name.clone()] {
            // Names of a letter or two would be found inside other words.
            if name.chars().count() >= 3 && !out.iter().any(|s: &Swap| s.name == name) {
                out.push(Swap {
                    initials: how == Naming::Initials,
                    with: if name == a.full_name() {
                        match how {
                            Naming::Initials => initials(&name),
                            _ => gone.to_string(),
                        }
                    } else {
                        with(&name)
                    },
                    name,
                });
            }
        }
    }
    crate::sort::by_key(&mut out, |s| std::cmp::Reverse(s.name.chars().count()));
    out
}

/// `text` with every chosen name changed where it stands as a word of its own, or with an
/// inflection after it ("Idan" → "I:n").
fn swapped(text: &str, swaps: &[Swap]) -> String {
    if swaps.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    'scan: while at < text.len() {
        let starts_word = !text[..at].chars().next_back().is_some_and(char::is_alphanumeric);
        if starts_word {
            for s in swaps {
                if !text[at..].starts_with(&s.name) {
                    continue;
                }
                let after = &text[at + s.name.len()..];
                let suffix: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
                if !suffix.is_empty() && !ENDINGS.contains(&suffix.as_str()) {
                    continue;
                }
                match s.with.strip_suffix('.').filter(|_| !suffix.is_empty() && s.initials) {
                    // Initials take the ending after a colon ("I:n").
                    Some(bare) => out.push_str(&format!("{bare}:{suffix}")),
                    None => out.push_str(&s.with),
                }
                at += s.name.len() + suffix.len();
                continue 'scan;
            }
        }
        let c = text[at..].chars().next().unwrap_or(' ');
        out.push(c);
        at += c.len_utf8();
    }
    out
}

fn rich(text: &Rich, swaps: &[Swap]) -> Rich {
    let spans = text.spans().iter().map(|s| match s {
        Span::Text(t) => Span::Text(swapped(t, swaps)),
        Span::Bold(t) => Span::Bold(swapped(t, swaps)),
        Span::Italic(t) => Span::Italic(swapped(t, swaps)),
        Span::Link { text, url } => Span::Link {
            text: swapped(text, swaps),
            url: url.clone(),
        },
    });
    Rich::from(spans.collect::<Vec<_>>())
}

fn entry(e: &Entry, swaps: &[Swap]) -> Entry {
    let line = |s: &str| swapped(s, swaps);
    let tally = |t: &Tally| Tally {
        count: t.total(),
        names: t.names.iter().map(|n| line(n)).collect(),
    };
    let kind = match &e.kind {
        EntryKind::Paragraph { text } => EntryKind::Paragraph {
            text: rich(text, swaps),
        },
        EntryKind::Decision { text } => EntryKind::Decision {
            text: rich(text, swaps),
        },
        EntryKind::Proposal { text } => EntryKind::Proposal {
            text: rich(text, swaps),
        },
        EntryKind::Statement { speaker, text, replies } => EntryKind::Statement {
            speaker: line(speaker),
            text: rich(text, swaps),
            replies: replies
                .iter()
                .map(|r| crate::model::Reply {
                    speaker: line(&r.speaker),
                    text: rich(&r.text, swaps),
                })
                .collect(),
        },
        EntryKind::Bullets { items } => EntryKind::Bullets {
            items: items.iter().map(|t| rich(t, swaps)).collect(),
        },
        EntryKind::Subheading { text } => EntryKind::Subheading { text: line(text) },
        EntryKind::Attachment { name } => EntryKind::Attachment { name: line(name) },
        EntryKind::Action { owner, due, text, done } => EntryKind::Action {
            owner: line(owner),
            due: *due,
            text: rich(text, swaps),
            done: *done,
        },
        EntryKind::NextMeeting(n) => EntryKind::NextMeeting(crate::model::NextMeeting {
            when: n.when,
            zone: n.zone.clone(),
            place: line(&n.place),
            sentence: rich(&n.sentence, swaps),
        }),
        EntryKind::Vote(v) => EntryKind::Vote(crate::model::Vote {
            question: rich(&v.question, swaps),
            method: v.method.clone(),
            ayes: tally(&v.ayes),
            noes: tally(&v.noes),
            abstained: tally(&v.abstained),
            result: rich(&v.result, swaps),
        }),
        EntryKind::Dissent { who, text } => EntryKind::Dissent {
            who: line(who),
            text: rich(text, swaps),
        },
    };
    Entry { id: e.id, kind }
}

/// How each attendee is named unless the person chooses otherwise: the chair and the
/// secretary, who sign the minutes, by name; everyone else by initials.
pub fn default_naming(doc: &Minutes) -> Vec<(Id, Naming)> {
    doc.attendees
        .iter()
        .map(|a| match a.is_chair() || a.is_secretary() {
            true => (a.id, Naming::Name),
            false => (a.id, Naming::Initials),
        })
        .collect()
}

/// The public version of `doc`: each attendee named as `naming` says (by name when not
/// listed), confidential items left out but for their number and a title saying so.
pub fn public(doc: &Minutes, naming: &[(Id, Naming)]) -> Minutes {
    let swaps = swaps(doc, naming);
    let mut out = doc.clone();
    for a in &mut out.attendees {
        // Addresses are for sending, never for publishing (and often spell the name).
        a.email.clear();
        let how = naming
            .iter()
            .find(|(id, _)| *id == a.id)
            .map_or(Naming::Name, |(_, n)| *n);
        match how {
            Naming::Name => {}
            Naming::Initials => {
                a.first_names = initials(&a.first_names);
                a.last_name = initials(&a.last_name);
            }
            Naming::Removed => {
                a.first_names = removed(doc.header.lang).to_string();
                a.last_name.clear();
            }
        }
    }
    out.header.title = swapped(&doc.header.title, &swaps);
    out.header.place = swapped(&doc.header.place, &swaps);
    out.header.approval.checkers = doc
        .header
        .approval
        .checkers
        .iter()
        .map(|c| swapped(c, &swaps))
        .collect();
    out.intro = doc.intro.iter().map(|e| entry(e, &swaps)).collect();
    let hidden = doc.header.lang.words().confidential[1];
    for item in &mut out.items {
        if item.confidential {
            item.title = hidden.to_string();
            item.entries.clear();
            item.confidential = false;
        } else {
            item.title = swapped(&item.title, &swaps);
            item.entries = item.entries.iter().map(|e| entry(e, &swaps)).collect();
        }
    }
    out
}
