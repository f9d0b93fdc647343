//! One entry as the outline shows it: a statement as one paragraph, an action's owner and due
//! date, a vote's lines, the next meeting as a sentence, and each marked entry's block.

use super::{Block, Mark};
use crate::labels::Lang;
use crate::model::zone::with_zone;
use crate::model::{Entry, EntryKind, NextMeeting, Rich, Span, Vote};

/// A statement as one paragraph: "**Ida:** text **Minna:** reply".
pub fn statement(speaker: &str, text: &Rich, replies: &[crate::model::Reply]) -> Rich {
    let mut spans = Vec::new();
    if !speaker.is_empty() {
        spans.push(Span::Bold(format!("{speaker}:")));
        spans.push(Span::Text(" ".into()));
    }
    spans.extend(text.spans().iter().cloned());
    for r in replies {
        spans.push(Span::Text(" ".into()));
        spans.push(Span::Bold(format!("{}:", r.speaker)));
        spans.push(Span::Text(" ".into()));
        spans.extend(r.text.spans().iter().cloned());
    }
    Rich::from(spans)
}

/// "Marjaana, 1.12.2025": who and by when, as far as known, and the mark of a done action.
pub fn who_and_when(owner: &str, due: Option<crate::model::Date>, done: Option<&str>) -> String {
    [
        (!owner.is_empty()).then(|| owner.to_string()),
        due.map(|d| d.dotted()),
        done.map(String::from),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

/// A vote as lines: the question, each tally with its label, the result.
pub fn vote_lines(vote: &Vote, lang: Lang) -> Rich {
    let labels = lang.words().vote;
    let mut spans: Vec<Span> = vote.question.spans().to_vec();
    for (tally, label) in vote.tallies().into_iter().zip(&labels[1..4]) {
        let mut line = format!("\n{label} {}", tally.total());
        if !tally.names.is_empty() {
            line.push_str(": ");
            line.push_str(&tally.names.join(", "));
        }
        spans.push(Span::Text(line));
    }
    if !vote.result.is_empty() {
        spans.push(Span::Text(format!("\n{}: ", labels[4])));
        spans.extend(vote.result.spans().iter().cloned());
    }
    Rich::from(spans).tidy()
}

/// The block one entry becomes (a decision, action, vote… as a marked block with its label).
pub fn entry_blocks(entry: &Entry, lang: Lang) -> Block {
    let words = lang.words();
    match &entry.kind {
        EntryKind::Paragraph { text } => Block::Paragraph(text.clone()),
        EntryKind::Statement { speaker, text, replies } => Block::Paragraph(statement(speaker, text, replies)),
        EntryKind::Bullets { items } => Block::List(items.clone()),
        EntryKind::Subheading { text } => Block::Heading {
            level: 3,
            text: text.clone(),
        },
        EntryKind::Decision { text } => Block::Marked {
            mark: Mark::Decision,
            label: words.decision.to_string(),
            text: text.clone(),
        },
        EntryKind::Action { owner, due, text, done } => {
            let who = who_and_when(owner, *due, done.then_some(words.done));
            let label = if who.is_empty() {
                words.action.to_string()
            } else {
                format!("{} ({who})", words.action)
            };
            Block::Marked {
                mark: Mark::Action,
                label,
                text: text.clone(),
            }
        }
        EntryKind::Attachment { name } => Block::Marked {
            mark: Mark::Attachment,
            label: words.attachment.to_string(),
            text: Rich::plain(name),
        },
        EntryKind::Proposal { text } => Block::Marked {
            mark: Mark::Proposal,
            label: words.proposal.to_string(),
            text: text.clone(),
        },
        EntryKind::Vote(vote) => Block::Marked {
            mark: Mark::Vote,
            label: match vote.method.is_empty() {
                true => words.vote[0].to_string(),
                false => format!("{} ({})", words.vote[0], vote.method),
            },
            text: vote_lines(vote, lang),
        },
        EntryKind::Dissent { who, text } => Block::Marked {
            mark: Mark::Dissent,
            label: match who.is_empty() {
                true => words.dissent[1].to_string(),
                false => format!("{} ({who})", words.dissent[0]),
            },
            text: text.clone(),
        },
        EntryKind::NextMeeting(next) if !next.sentence.is_empty() => {
            Block::Paragraph(next_meeting_sentence(next, lang))
        }
        EntryKind::NextMeeting(next) => {
            let lines: Vec<String> = [with_zone(&next.when.text(lang), &next.zone), next.place.clone()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            Block::Paragraph(Rich::plain(&lines.join("\n")))
        }
    }
}

/// A next meeting's sentence as the document says it: after its label ("Seuraava kokous: …")
/// unless the sentence says by itself what it is about.
pub fn next_meeting_sentence(next: &NextMeeting, lang: Lang) -> Rich {
    if crate::labels::next_meeting_stands_alone(next, lang) {
        return next.sentence.clone();
    }
    let mut spans = vec![Span::Text(format!("{}: ", lang.words().next_meeting))];
    spans.extend(next.sentence.spans().iter().cloned());
    Rich::from(spans)
}
