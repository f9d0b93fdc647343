//! The entries an agenda item is made of: paragraphs, statements, lists, decisions, actions…

use super::{Date, Id, Rich, Vote, When};
use serde::{Deserialize, Serialize};

mod read;

/// One entry of an item, with its stable id. Read by `read.rs`, written as derived.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Entry {
    /// Stable identifier.
    pub id: Id,
    /// What the entry is and holds.
    #[serde(flatten)]
    pub kind: EntryKind,
}

/// A reply by another speaker inside a statement ("… **Minna:** Mitään toimialaa ei …").
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Reply {
    /// Who replied, as written ("Minna").
    pub speaker: String,
    /// What they said.
    pub text: Rich,
}

/// When and where the next meeting is. Every part is optional while the minutes are drafted.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize)]
pub struct NextMeeting {
    /// Day and times.
    #[serde(flatten)]
    pub when: When,
    /// The time zone of its times, as written ("Suomen aikaa"); read from its sentence when it
    /// has one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub zone: String,
    /// Place, free text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The sentence that gives it, as written ("Seuraava kokous pidetään 3.5. klo 18
    /// kirjastolla."); when there is one, it is what the document says, and the day, times
    /// and place are read from it.
    #[serde(default, skip_serializing_if = "Rich::is_empty")]
    pub sentence: Rich,
}

/// The kinds of entry, saved as the entry's field `kind` (read by `read.rs`).
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntryKind {
    /// Running text.
    Paragraph {
        /// The text.
        text: Rich,
    },
    /// What one person said ("Ida: …"), with replies by others in the same breath.
    Statement {
        /// Who spoke, as written; usually an attendee's first name.
        speaker: String,
        /// What they said.
        text: Rich,
        /// Inline replies, in order.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        replies: Vec<Reply>,
    },
    /// A bullet list.
    Bullets {
        /// One text per bullet.
        items: Vec<Rich>,
    },
    /// A heading inside an item ("Ideoita alustajasta:").
    Subheading {
        /// The heading as written, colon included.
        text: String,
    },
    /// Something the meeting agreed or decided ("Sovittiin …").
    Decision {
        /// The decision.
        text: Rich,
    },
    /// A proposal for a decision, in an agenda (päätösehdotus, förslag till beslut); the
    /// minutes start its decision from it.
    Proposal {
        /// What is proposed.
        text: Rich,
    },
    /// A task: who does what by when.
    Action {
        /// Who is responsible, as written.
        owner: String,
        /// Due date.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<Date>,
        /// What is to be done.
        text: Rich,
        /// Done: no longer open (the register of open actions leaves it out).
        #[serde(default, skip_serializing_if = "is_false")]
        done: bool,
    },
    /// A document attached to the minutes.
    Attachment {
        /// Its name or description.
        name: String,
    },
    /// The time and place of the next meeting.
    NextMeeting(NextMeeting),
    /// A vote: question, method, who voted which way, result.
    Vote(Vote),
    /// A dissenting opinion recorded against a decision (eriävä mielipide, reservation).
    Dissent {
        /// Whose opinion, as written.
        who: String,
        /// The opinion and its reasons.
        text: Rich,
    },
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Entry {
    /// A paragraph of plain text.
    pub fn paragraph(id: Id, text: &str) -> Entry {
        Entry {
            id,
            kind: EntryKind::Paragraph {
                text: Rich::plain(text),
            },
        }
    }
}

impl EntryKind {
    /// All the running text of the entry (used by checks and search), without styling.
    pub fn plain_text(&self) -> String {
        match self {
            EntryKind::Paragraph { text } | EntryKind::Decision { text } | EntryKind::Proposal { text } => {
                text.to_plain()
            }
            EntryKind::Statement { speaker, text, replies } => {
                let mut s = format!("{speaker}: {}", text.to_plain());
                for r in replies {
                    s.push_str(&format!(" {}: {}", r.speaker, r.text.to_plain()));
                }
                s
            }
            EntryKind::Bullets { items } => items.iter().map(Rich::to_plain).collect::<Vec<_>>().join("\n"),
            EntryKind::Subheading { text } | EntryKind::Attachment { name: text } => text.clone(),
            EntryKind::Action { owner, text, .. } => format!("{owner}: {}", text.to_plain()),
            EntryKind::NextMeeting(n) if !n.sentence.is_empty() => n.sentence.to_plain(),
            EntryKind::NextMeeting(n) => n.place.clone(),
            EntryKind::Vote(v) => {
                let mut s = v.question.to_plain();
                for tally in v.tallies() {
                    s.push('\n');
                    s.push_str(&tally.names.join(", "));
                }
                s.push('\n');
                s.push_str(&v.result.to_plain());
                s
            }
            EntryKind::Dissent { who, text } => format!("{who}: {}", text.to_plain()),
        }
    }
}
