//! What a paragraph of a memo's body is: a statement, a decision, an action, a sub-heading, the
//! next meeting… Shared by the importer and by the Markdown exporter, which asks it how a line
//! it is about to write will be read back.

mod actions;
mod headings;

pub use super::statement::is_plain_speaker;
use super::{statement::statement, vote, when};
use crate::inline;
use crate::labels::{self, EntryLabel, HeaderLabel, Lang};
use crate::model::{Date, EntryKind, ItemKind, NextMeeting, Rich, Span, When};
use actions::action_in_text;
pub use actions::{action_group, action_who_when};
pub use headings::{bullet, confidential_title, heading_number, item_heading, marked_heading};

/// Where a paragraph stands, which changes how it reads.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// The kind of the item it is in; `None` before the first item.
    pub item: Option<ItemKind>,
    /// The item already has its next-meeting entry.
    pub has_next_meeting: bool,
    /// The previous entry was a next-meeting date line, so a short line here is its place.
    pub awaiting_place: bool,
    /// A bullet list follows directly, so a short line ending in a colon heads it.
    pub next_is_list: bool,
    /// A vote comes just before, so a paragraph that opens with one of its parts may go on
    /// with it ("Puolesta: …").
    pub after_vote: bool,
    /// The meeting's date, whose year a date written without one takes ("5.12.").
    pub meeting: Option<Date>,
    /// The document's language, whose label before a next meeting's words is only a label.
    pub lang: Lang,
}

/// How a paragraph reads.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Read {
    /// As an entry.
    Entry(EntryKind),
    /// As the place of the next meeting given just before.
    Place(String),
    /// As more of the vote given just before, if the vote takes it.
    VotePart,
}

/// Reads one paragraph; `text` has `\n` at hard line breaks.
pub fn read_paragraph(text: &str, ctx: &Context) -> Read {
    if ctx.after_vote && vote::opens_part(text) {
        return Read::VotePart;
    }
    if ctx.awaiting_place {
        if let Some(place) = place_line(text) {
            return Read::Place(place);
        }
    }
    Read::Entry(entry(text, ctx))
}

fn place_line(text: &str) -> Option<String> {
    if let Some((HeaderLabel::Place, _, rest)) = labels::header_label(text) {
        let rest = rest.trim();
        return Some(if rest == "–" { String::new() } else { plain(rest)? });
    }
    let single = !text.contains('\n') && text.chars().count() <= 150;
    let is_paragraph = matches!(entry(text, &Context::default()), EntryKind::Paragraph { .. });
    (single && is_paragraph).then(|| plain(text)).flatten()
}

/// Inline text that has no styling and no links, as plain text.
fn plain(text: &str) -> Option<String> {
    let rich = inline::parse(text);
    rich.spans()
        .iter()
        .all(|s| matches!(s, Span::Text(_)))
        .then(|| rich.to_plain())
}

fn entry(text: &str, ctx: &Context) -> EntryKind {
    if let Some(next) = next_meeting(text, ctx) {
        return EntryKind::NextMeeting(next);
    }
    if let Some(kind) = labelled(text, ctx.meeting).or_else(|| unbolded(text).and_then(|t| labelled(&t, ctx.meeting))) {
        return kind;
    }
    if starts_with_decision_verb(text) {
        return EntryKind::Decision { text: rich(text) };
    }
    if let Some(kind) = statement(text) {
        return kind;
    }
    if ctx.next_is_list && is_subheading(text) {
        if let Some(heading) = plain(text) {
            return EntryKind::Subheading { text: heading };
        }
    }
    EntryKind::Paragraph { text: rich(text) }
}

/// A label set in bold, as word processors write it ("**Päätös:** …", "**Tehtävä (Eero): **…"),
/// as plain text.
fn unbolded(text: &str) -> Option<String> {
    let inner = text.strip_prefix("**")?;
    let close = inner.get(..inner.len().min(80))?.find("**")?;
    let label = inner[..close].trim_end();
    label
        .ends_with(':')
        .then(|| format!("{label} {}", inner[close + 2..].trim_start()))
}

/// A short single line ending in a colon, which heads the list below it.
pub fn is_subheading(text: &str) -> bool {
    !text.contains('\n')
        && text.ends_with(':')
        && !text.ends_with("\\:")
        && text.chars().count() <= 80
        && text.split_whitespace().count() <= 10
}

fn next_meeting(text: &str, ctx: &Context) -> Option<NextMeeting> {
    let from = |(when, zone): (When, String)| NextMeeting {
        when,
        zone: inline::parse(&zone).to_plain(),
        ..NextMeeting::default()
    };
    if let Some((HeaderLabel::When | HeaderLabel::Clock, _, rest)) = labels::header_label(text) {
        if rest.trim() == "–" {
            return Some(NextMeeting::default());
        }
        return when::parse_zoned(rest, ctx.meeting).map(from);
    }
    if let Some(next) = super::next::read(text, ctx.meeting, ctx.lang) {
        return Some(next);
    }
    if ctx.item == Some(ItemKind::NextMeeting) && !ctx.has_next_meeting && !text.contains('\n') {
        return when::parse_zoned(text, ctx.meeting)
            .filter(|(w, _)| !w.is_empty())
            .map(from);
    }
    None
}

fn labelled(text: &str, meeting: Option<Date>) -> Option<EntryKind> {
    let colon = inline::find_unescaped(text, ":")?;
    let (head, rest) = (&text[..colon], text[colon + 1..].trim_start());
    let (word, paren) = match head.split_once(" (") {
        Some((w, p)) => (w.trim(), Some(p.trim().strip_suffix(')')?)),
        None => (head.trim(), None),
    };
    match labels::entry_label(word)? {
        EntryLabel::Decision if paren.is_none() => Some(EntryKind::Decision { text: rich(rest) }),
        EntryLabel::Attachment if paren.is_none() => plain(rest).map(|name| EntryKind::Attachment { name }),
        EntryLabel::Action => {
            let (owner, due, done, rest) = match paren {
                Some(group) => {
                    let (owner, due, done) = action_group(group, meeting);
                    (owner, due, done, rest)
                }
                None => {
                    let (owner, due, rest) = action_in_text(rest, meeting);
                    (owner, due, false, rest)
                }
            };
            Some(EntryKind::Action {
                owner,
                due,
                text: rich(rest),
                done,
            })
        }
        EntryLabel::Proposal if paren.is_none() => Some(EntryKind::Proposal { text: rich(rest) }),
        EntryLabel::Vote => vote::read(paren.unwrap_or(""), rest).map(EntryKind::Vote),
        EntryLabel::Dissent { needs_who } if paren.is_some() || !needs_who => Some(EntryKind::Dissent {
            who: inline::unescape(paren.unwrap_or("").trim()),
            text: rich(rest),
        }),
        _ => None,
    }
}

/// Opens with "Sovittiin", "Päätettiin", "Beslutades", "Agreed"…
pub fn starts_with_decision_verb(text: &str) -> bool {
    labels::DECISION_VERBS.iter().any(|verb| {
        text.strip_prefix(verb).is_some_and(|rest| {
            rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == ',' || c == ':')
        })
    })
}

/// Rich text of a paragraph, statement or bullet, tidied as a line-based format keeps it.
pub fn rich(text: &str) -> Rich {
    inline::parse(text).tidy()
}

#[cfg(test)]
mod tests;
