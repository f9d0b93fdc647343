//! The document as a format-neutral outline — title, facts, headings, paragraphs, lists,
//! tables, marked entries, signatures — built once and rendered by every document format, so
//! that section order and labels agree in HTML, text, DOCX, ODT and PDF.

mod entries;

use crate::labels::{Lang, Role};
use crate::model::zone::with_zone;
use crate::model::{Attendee, EntryKind, Minutes, Rich, Span, Stage};
pub use entries::{entry_blocks, next_meeting_sentence, statement, vote_lines, who_and_when};

/// What kind of entry a marked block is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mark {
    /// A decision.
    Decision,
    /// An action.
    Action,
    /// An attachment.
    Attachment,
    /// A proposal for a decision.
    Proposal,
    /// A vote.
    Vote,
    /// A dissenting opinion.
    Dissent,
}

impl Mark {
    /// The mark's name in HTML and CSS ("decision").
    pub fn class(self) -> &'static str {
        match self {
            Mark::Decision => "decision",
            Mark::Action => "action",
            Mark::Attachment => "attachment",
            Mark::Proposal => "proposal",
            Mark::Vote => "vote",
            Mark::Dissent => "dissent",
        }
    }
}

/// One block of the outline.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Block {
    /// The document kind and number ("MUISTIO", "PÖYTÄKIRJA 3/2025").
    Kind(String),
    /// The line under the document kind ("VUOSIKOKOUS 2/2027"), set as the kind is.
    Subtitle(String),
    /// The meeting: the document's title.
    Title(String),
    /// Labelled facts ("Aika" → "14.11.2025 klo 9.00–11.30").
    Facts(Vec<(String, String)>),
    /// A heading: level 2 for sections and numbered items, 3 inside an item.
    Heading { level: u8, text: String },
    /// Running text (a statement's speaker is bold in it).
    Paragraph(Rich),
    /// A bullet list.
    List(Vec<Rich>),
    /// A table with a header row; `widths` are the columns' shares of the width, in percent.
    Table {
        head: Vec<String>,
        widths: Vec<u8>,
        rows: Vec<Vec<Rich>>,
    },
    /// A decision, action or attachment, visibly marked with its label.
    Marked { mark: Mark, label: String, text: Rich },
    /// Signature lines: (role, name) pairs under a heading.
    Signatures {
        heading: String,
        lines: Vec<(String, String)>,
    },
}

/// The outline of a document.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Outline {
    /// The document's language.
    pub lang: Lang,
    /// The title for metadata: the meeting, or the document kind when untitled.
    pub title: String,
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
}

fn people(list: &[&Attendee]) -> Vec<Vec<Rich>> {
    list.iter()
        .map(|a| vec![Rich::plain(&a.full_name()), Rich::plain(&a.organisations.join(", "))])
        .collect()
}

/// Builds the outline of `doc`.
pub fn outline(doc: &Minutes) -> Outline {
    let h = &doc.header;
    let lang = h.lang;
    let words = lang.words();
    let kind = match h.number.is_empty() {
        true => words.kind(h.kind).to_string(),
        false => format!("{} {}", words.kind(h.kind), h.number),
    };
    let title = if h.title.is_empty() {
        kind.clone()
    } else {
        h.title.clone()
    };
    let mut blocks = vec![Block::Kind(kind)];
    if !h.subtitle.is_empty() {
        blocks.push(Block::Subtitle(h.subtitle.clone()));
    }
    blocks.push(Block::Title(title.clone()));
    let mut facts = Vec::new();
    if !h.when.is_empty() || !h.zone.is_empty() {
        facts.push((words.when.to_string(), with_zone(&h.when.text(lang), &h.zone)));
    }
    if !h.place.is_empty() {
        facts.push((words.place.to_string(), h.place.clone()));
    }
    if h.approval.stage != Stage::Draft {
        facts.push((
            words.stage[0].to_string(),
            words.stage_word(h.approval.stage).to_string(),
        ));
    }
    if !facts.is_empty() {
        blocks.push(Block::Facts(facts));
    }
    let head = vec![words.person[0].to_string(), words.person[1].to_string()];
    for (absent, label) in [(false, words.present), (true, words.absent)] {
        let list: Vec<&Attendee> = doc.attendees.iter().filter(|a| a.absent == absent).collect();
        if !list.is_empty() {
            blocks.push(Block::Heading {
                level: 2,
                text: label.to_string(),
            });
            blocks.push(Block::Table {
                head: head.clone(),
                widths: vec![40, 60],
                rows: people(&list),
            });
        }
    }
    blocks.extend(doc.intro.iter().map(|e| entry_blocks(e, lang)));
    let (mut actions, mut decisions, mut attachments) = (Vec::new(), Vec::new(), Vec::new());
    for (n, item) in doc.items.iter().enumerate() {
        blocks.push(Block::Heading {
            level: 2,
            text: match item.confidential {
                true => format!(
                    "{} {} ({})",
                    doc.header.item_number(n),
                    item.title,
                    words.confidential[0]
                ),
                false => format!("{} {}", doc.header.item_number(n), item.title),
            },
        });
        for entry in &item.entries {
            blocks.push(entry_blocks(entry, lang));
            match &entry.kind {
                EntryKind::Action { owner, due, text, done } => actions.push(vec![
                    Rich::plain(owner),
                    text.clone(),
                    Rich::plain(&who_and_when("", *due, done.then_some(words.done))),
                ]),
                EntryKind::Decision { text } => {
                    let mut spans = vec![Span::Text(format!("{} {}: ", doc.header.item_number(n), item.title))];
                    spans.extend(text.spans().iter().cloned());
                    decisions.push(Rich::from(spans));
                }
                EntryKind::Attachment { name } => attachments.push(Rich::plain(name)),
                _ => {}
            }
        }
    }
    if !actions.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: words.actions[0].to_string(),
        });
        let head = words.actions[1..].iter().map(|s| s.to_string()).collect();
        blocks.push(Block::Table {
            head,
            widths: vec![25, 55, 20],
            rows: actions,
        });
    }
    if !decisions.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: words.decisions.to_string(),
        });
        blocks.push(Block::List(decisions));
    }
    if !attachments.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: words.attachments.to_string(),
        });
        blocks.push(Block::List(attachments));
    }
    if h.kind == crate::model::DocKind::Minutes {
        blocks.extend(signatures(doc));
    }
    Outline { lang, title, blocks }
}

/// The signature and checking blocks of formal minutes: chair and secretary sign, two
/// checkers check (the Associations Act asks for two).
fn signatures(doc: &Minutes) -> Vec<Block> {
    let words = doc.header.lang.words();
    let name = |role: Role| {
        doc.attendees
            .iter()
            .find(|a| !a.absent && a.organisations.iter().any(|o| crate::labels::role_of(o) == Some(role)))
            .map(|a| a.full_name())
            .unwrap_or_default()
    };
    let signed = vec![
        (words.signed[1].to_string(), name(Role::Chair)),
        (words.signed[2].to_string(), name(Role::Secretary)),
    ];
    // Two lines to sign at least, each with its checker's name when known.
    let approval = &doc.header.approval;
    let names = approval
        .checkers
        .iter()
        .cloned()
        .chain(std::iter::repeat(String::new()));
    let checked = names
        .take(approval.checkers.len().max(2))
        .map(|name| (words.checked[1].to_string(), name))
        .collect();
    let when = approval.checked_line();
    let heading = match when.is_empty() {
        true => words.checked[0].to_string(),
        false => format!("{} {when}", words.checked[0]),
    };
    vec![
        Block::Signatures {
            heading: words.signed[0].to_string(),
            lines: signed,
        },
        Block::Signatures {
            heading,
            lines: checked,
        },
    ]
}
