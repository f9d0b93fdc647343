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
        let mut text = String::new();
        self.plain_pieces(&mut |piece| text.push_str(piece));
        text
    }

    /// The pieces [`plain_text`](Self::plain_text) is made of, in order, handed to `f` one by
    /// one instead of joined (a word may go on from one piece to the next).
    pub fn plain_pieces(&self, f: &mut impl FnMut(&str)) {
        let rich = |text: &Rich, f: &mut dyn FnMut(&str)| text.spans().iter().for_each(|s| f(s.text()));
        match self {
            EntryKind::Paragraph { text } | EntryKind::Decision { text } | EntryKind::Proposal { text } => {
                rich(text, f)
            }
            EntryKind::Statement { speaker, text, replies } => {
                f(speaker);
                f(": ");
                rich(text, f);
                for r in replies {
                    f(" ");
                    f(&r.speaker);
                    f(": ");
                    rich(&r.text, f);
                }
            }
            EntryKind::Bullets { items } => {
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        f("\n");
                    }
                    rich(item, f);
                }
            }
            EntryKind::Subheading { text } | EntryKind::Attachment { name: text } => f(text),
            EntryKind::Action { owner: who, text, .. } | EntryKind::Dissent { who, text } => {
                f(who);
                f(": ");
                rich(text, f);
            }
            EntryKind::NextMeeting(n) if !n.sentence.is_empty() => rich(&n.sentence, f),
            EntryKind::NextMeeting(n) => f(&n.place),
            EntryKind::Vote(v) => {
                rich(&v.question, f);
                for tally in v.tallies() {
                    f("\n");
                    for (n, name) in tally.names.iter().enumerate() {
                        if n > 0 {
                            f(", ");
                        }
                        f(name);
                    }
                }
                f("\n");
                rich(&v.result, f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Span, Tally};

    fn rich(spans: &[(&str, bool)]) -> Rich {
        Rich::from(
            spans
                .iter()
                .map(|&(s, bold)| {
                    if bold {
                        Span::Bold(s.into())
                    } else {
                        Span::Text(s.into())
                    }
                })
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn the_plain_text_of_each_kind_joins_its_pieces() {
        let said = rich(&[("Sovi", false), ("ttiin", true), (" näin.", false)]);
        let kinds = [
            (EntryKind::Paragraph { text: said.clone() }, "Sovittiin näin."),
            (
                EntryKind::Statement {
                    speaker: "Ida".into(),
                    text: Rich::plain("Nousiko esille?"),
                    replies: vec![Reply {
                        speaker: "Minna".into(),
                        text: said.clone(),
                    }],
                },
                "Ida: Nousiko esille? Minna: Sovittiin näin.",
            ),
            (
                EntryKind::Bullets {
                    items: vec![Rich::plain("one"), said.clone(), Rich::default()],
                },
                "one\nSovittiin näin.\n",
            ),
            (
                EntryKind::Subheading {
                    text: "Ideoita:".into(),
                },
                "Ideoita:",
            ),
            (
                EntryKind::Attachment {
                    name: "Bilaga 1".into(),
                },
                "Bilaga 1",
            ),
            (
                EntryKind::Action {
                    owner: "Tomi".into(),
                    due: None,
                    text: said.clone(),
                    done: true,
                },
                "Tomi: Sovittiin näin.",
            ),
            (
                EntryKind::Dissent {
                    who: "Eva".into(),
                    text: Rich::plain("Reservation."),
                },
                "Eva: Reservation.",
            ),
            (
                EntryKind::NextMeeting(NextMeeting {
                    place: "kirjasto".into(),
                    ..NextMeeting::default()
                }),
                "kirjasto",
            ),
            (
                EntryKind::NextMeeting(NextMeeting {
                    place: "kirjasto".into(),
                    sentence: Rich::plain("Nästa möte i biblioteket."),
                    ..NextMeeting::default()
                }),
                "Nästa möte i biblioteket.",
            ),
            (
                EntryKind::Vote(Vote {
                    question: Rich::plain("Move the camp?"),
                    ayes: Tally::of(&["Ann", "Bo"]),
                    noes: Tally::of(&["Cai"]),
                    result: said,
                    ..Vote::default()
                }),
                "Move the camp?\nAnn, Bo\nCai\n\nSovittiin näin.",
            ),
        ];
        for (kind, plain) in kinds {
            assert_eq!(kind.plain_text(), plain, "{kind:?}");
        }
    }
}
