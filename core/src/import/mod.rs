//! Text to a document: the reader of Markdown and plain-text memos in the real memo's shape
//! (title, document type, time, place, attendee table, numbered items) in Finnish, Swedish or
//! English. Every line ends up somewhere: what is not understood is kept as a paragraph.

pub mod blocks;
pub mod body;
pub mod dates;
pub mod decode;
mod header;
pub mod html;
pub mod kind;
pub mod next;
pub mod office;
pub mod people;
pub mod recipients;
pub mod signatures;
pub mod statement;
pub mod vote;
pub mod when;

use crate::inline;
use crate::labels;
use crate::model::{Entry, EntryKind, Ids, Item, Minutes};
use crate::ImportError;
pub use blocks::{join, starts_entry, Feed, Piece};
use blocks::{Block, Builder};
use body::{Context, Read};

/// Reads a memo from text already decoded (see [`decode`]).
pub fn text(src: &str, ids: &mut Ids) -> Minutes {
    let src = setext(&decode::normalise(src));
    let lines: Vec<&str> = src.lines().collect();
    let mut doc = Minutes::default();
    let (body_start, stage_said) = header::preamble(&lines, &mut doc, ids);
    let rest = signatures::read(&lines[body_start..], &mut doc, ids, stage_said);
    let mut builder = Builder::default();
    blocks::split(&rest, &mut builder);
    body(&builder.finish(), &mut doc, ids);
    doc
}

/// Reads a Word or OpenDocument file's text, found as pieces: its head and the signatures at
/// its end are read from their lines as a memo's are, and the body between them from what the
/// file marks (headings, paragraphs, list items, table rows), by the same builder. A piece the
/// head or the signatures end inside of gives the body its remaining lines. Refused as any
/// text is when empty, binary or longer than a memo.
pub fn office_text(pieces: &[Piece], ids: &mut Ids) -> Result<Minutes, ImportError> {
    let text = decode::check_text(pieces.iter().map(|p| p.lines.as_str()).collect())?;
    let lines: Vec<&str> = text.lines().collect();
    let mut doc = Minutes::default();
    let (start, stage_said) = header::preamble(&lines, &mut doc, ids);
    let section = signatures::section(&lines[start..], &mut doc, ids, stage_said);
    let end = section.as_ref().map_or(lines.len(), |s| start + s.start);
    let mut builder = Builder::default();
    let mut loose: Vec<&str> = Vec::new();
    let mut first = 0;
    for piece in pieces {
        let last = first + piece.lines.matches('\n').count();
        if first >= start && last <= end {
            blocks::split(&std::mem::take(&mut loose), &mut builder);
            builder.feed(&piece.feed);
        } else if last > start && first < end {
            loose.extend(&lines[first.max(start)..last.min(end)]);
        }
        first = last;
    }
    for range in section.map(|s| s.left).unwrap_or_default() {
        loose.push("");
        loose.extend(&lines[start + range.start..start + range.end]);
    }
    blocks::split(&loose, &mut builder);
    body(&builder.finish(), &mut doc, ids);
    Ok(doc)
}

/// Underlined headings ("Paikalla" over a line of dashes, as plain-text e-mails write them):
/// the underline goes, and a header label above it gets its colon.
fn setext(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let underline = |l: &str| {
        let t = l.trim();
        t.len() >= 3 && (t.chars().all(|c| c == '-') || t.chars().all(|c| c == '='))
    };
    let mut out = String::with_capacity(text.len());
    let mut first = true;
    for (i, line) in lines.iter().enumerate() {
        let above = i.checked_sub(1).map(|p| lines[p].trim()).filter(|p| !p.is_empty());
        if underline(line) && above.is_some() {
            continue;
        }
        if !std::mem::take(&mut first) {
            out.push('\n');
        }
        let next_underlines = lines.get(i + 1).is_some_and(|n| underline(n)) && !line.trim().is_empty();
        if next_underlines && labels::header_label(&format!("{}:", line.trim())).is_some_and(|(_, _, r)| r.is_empty()) {
            out.push_str(line.trim());
            out.push(':');
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Reads body text (entries and item headings, no header) onto the end of `doc`: entries go to
/// its last item (or the introduction), headings start new items. Used for a whole memo and for
/// what is typed or pasted into the editor.
pub fn body_text(src: &str, doc: &mut Minutes, ids: &mut Ids) {
    let src = decode::normalise(src);
    let lines: Vec<&str> = src.lines().collect();
    let mut builder = Builder::default();
    blocks::split(&lines, &mut builder);
    body(&builder.finish(), doc, ids);
}

fn body(raws: &[Block], doc: &mut Minutes, ids: &mut Ids) {
    let mut awaiting_place = false;
    // Whether the entries being added to already hold a next meeting, kept up to date rather
    // than looked for again at every paragraph.
    let mut has_next_meeting = target(doc).iter().any(|e| matches!(e.kind, EntryKind::NextMeeting(_)));
    let mut attachments = false;
    for (k, raw) in raws.iter().enumerate() {
        let was_awaiting = std::mem::take(&mut awaiting_place);
        // The list under "Liitteet:": one attachment a line.
        if let (true, Block::List(_, names)) = (std::mem::take(&mut attachments), raw) {
            for name in names {
                let name = inline::parse(name).to_plain();
                target(doc).push(Entry {
                    id: ids.next_id(),
                    kind: EntryKind::Attachment { name },
                });
            }
            continue;
        }
        if let Block::Para(text) = raw {
            if labels::is_attachment_list(text) && matches!(raws.get(k + 1), Some(Block::List(..))) {
                attachments = true;
                continue;
            }
        }
        let kind = match raw {
            Block::Heading(title, number, confidential) => {
                // The first item of a document sets how items are numbered, and from what.
                if let (true, Some((n, numbering))) = (doc.items.is_empty(), number) {
                    doc.header.numbering = *numbering;
                    doc.header.first_item = u32::try_from(*n).unwrap_or(1);
                }
                let mut item = Item::new(ids.next_id(), title);
                item.confidential = *confidential;
                doc.items.push(item);
                has_next_meeting = false;
                continue;
            }
            Block::Sub(text) => EntryKind::Subheading { text: text.clone() },
            Block::List(_, items) => EntryKind::Bullets {
                items: items.iter().map(|t| body::rich(t)).collect(),
            },
            Block::Para(text) => {
                let mut ctx = Context {
                    item: doc.items.last().map(Item::kind),
                    has_next_meeting,
                    awaiting_place: was_awaiting,
                    next_is_list: matches!(raws.get(k + 1), Some(Block::List(..))),
                    after_vote: matches!(target(doc).last().map(|e| &e.kind), Some(EntryKind::Vote(_))),
                    meeting: doc.header.when.date,
                    lang: doc.header.lang,
                };
                let mut read = body::read_paragraph(text, &ctx);
                if read == Read::VotePart {
                    // The parts of a vote written as paragraphs of their own join the vote;
                    // a part it already has is a paragraph of its own.
                    if let Some(EntryKind::Vote(vote)) = target(doc).last_mut().map(|e| &mut e.kind) {
                        if vote::continue_with(vote, text) {
                            continue;
                        }
                    }
                    ctx.after_vote = false;
                    read = body::read_paragraph(text, &ctx);
                }
                match read {
                    Read::Place(place) => {
                        if let Some(EntryKind::NextMeeting(n)) = target(doc).last_mut().map(|e| &mut e.kind) {
                            n.place = place;
                        }
                        continue;
                    }
                    Read::Entry(kind) => {
                        // A next meeting's place may follow on a line of its own, unless a
                        // sentence gave it.
                        awaiting_place = matches!(&kind, EntryKind::NextMeeting(n) if n.sentence.is_empty());
                        kind
                    }
                    // Read again without the vote, it is never this; as a paragraph at worst.
                    Read::VotePart => EntryKind::Paragraph { text: body::rich(text) },
                }
            }
        };
        has_next_meeting |= matches!(kind, EntryKind::NextMeeting(_));
        target(doc).push(Entry {
            id: ids.next_id(),
            kind,
        });
    }
}

/// Where the next entry goes: the last item, or the introduction before the first item.
fn target(doc: &mut Minutes) -> &mut Vec<Entry> {
    match doc.items.last_mut() {
        Some(item) => &mut item.entries,
        None => &mut doc.intro,
    }
}
