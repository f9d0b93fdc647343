//! Text to a document: the reader of Markdown and plain-text memos in the real memo's shape
//! (title, document type, time, place, attendee table, numbered items) in Finnish, Swedish or
//! English. Every line ends up somewhere: what is not understood is kept as a paragraph.

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
use crate::model::{Entry, EntryKind, Ids, Item, Minutes, Numbering};
use body::{Context, Read};

/// Reads a memo from text already decoded (see [`decode`]).
pub fn text(src: &str, ids: &mut Ids) -> Minutes {
    let src = setext(&decode::normalise(src));
    let lines: Vec<&str> = src.lines().collect();
    let mut doc = Minutes::default();
    let (body_start, stage_said) = header::preamble(&lines, &mut doc, ids);
    let rest = signatures::read(&lines[body_start..], &mut doc, ids, stage_said);
    body(&rest, &mut doc, ids);
    doc
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

/// A block of the body before it is given meaning.
enum Raw {
    Heading(String, Option<(usize, Numbering)>, bool),
    Sub(String),
    Para(String),
    List(char, Vec<String>),
}

/// Splits the body into blocks. In a paste without blank lines between paragraphs
/// ("line mode") every line is its own paragraph.
fn blocks(lines: &[&str]) -> Vec<Raw> {
    let blank = lines.iter().filter(|l| l.trim().is_empty()).count();
    let line_mode = blank * 4 < lines.len() - blank;
    let mut out = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut expected: Option<usize> = None;
    let mut in_list = false;
    let flush = |para: &mut Vec<&str>, out: &mut Vec<Raw>| {
        if !para.is_empty() {
            out.push(Raw::Para(join(para)));
            para.clear();
        }
    };
    for raw in lines {
        let line = raw.trim();
        // A line after a hard break (a backslash at the end) continues its paragraph or bullet.
        let last_line = match (para.last(), out.last()) {
            (Some(l), _) => Some(*l),
            (None, Some(Raw::List(_, items))) if in_list => items.last().map(String::as_str),
            _ => None,
        };
        let continues = last_line.is_some_and(inline::ends_escaping);
        if line.is_empty() || (line_mode && !continues) {
            flush(&mut para, &mut out);
            in_list &= !line.is_empty() && !line_mode;
            if line.is_empty() {
                continue;
            }
        }
        if let Some(title) = body::item_heading(line, expected) {
            flush(&mut para, &mut out);
            let (title, confidential) = body::confidential_title(line, &title);
            out.push(Raw::Heading(title, body::heading_number(line), confidential));
            expected = Some(expected.unwrap_or_else(|| first_number(line)) + 1);
            in_list = false;
            continue;
        }
        if let Some(sub) = line
            .strip_prefix("###")
            .map(|s| s.trim_start_matches('#'))
            .and_then(|s| s.strip_prefix(' ').or(s.is_empty().then_some("")))
        {
            flush(&mut para, &mut out);
            out.push(Raw::Sub(inline::parse(sub.trim()).to_plain()));
            in_list = false;
            continue;
        }
        if let Some((marker, text)) = body::bullet(line).filter(|_| para.is_empty()) {
            match out.last_mut() {
                Some(Raw::List(m, items)) if *m == marker => items.push(text.to_string()),
                _ => out.push(Raw::List(marker, vec![text.to_string()])),
            }
            in_list = true;
            continue;
        }
        if in_list {
            if let Some(Raw::List(_, items)) = out.last_mut() {
                if let Some(last) = items.last_mut() {
                    join_onto(last, line);
                    continue;
                }
            }
        }
        // A line after a hard break continues its paragraph, however it begins (a vote's
        // "Tulos: …" line); any other line that begins an entry begins a new one.
        if body::item_heading(line, None).is_some() || (!continues && starts_entry(line)) {
            flush(&mut para, &mut out);
        }
        para.push(line);
    }
    flush(&mut para, &mut out);
    out
}

/// The number of the first item heading (so the next one must be that plus one).
fn first_number(line: &str) -> usize {
    let digits: String = line
        .trim_start_matches(['#', ' ', '§'])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap_or(1)
}

/// A line that begins an entry of its own even without a blank line before it.
pub fn starts_entry(line: &str) -> bool {
    !matches!(
        body::read_paragraph(line, &Context::default()),
        Read::Entry(EntryKind::Paragraph { .. })
    )
}

/// Joins the lines of a paragraph with spaces; a line ending in a backslash is a hard break.
pub fn join(lines: &[&str]) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    for line in lines {
        join_onto(&mut out, line);
    }
    out
}

/// Appends `line` to the paragraph `out` as [`join`] does (in place, so that a paragraph of
/// many lines is not copied once per line).
fn join_onto(out: &mut String, line: &str) {
    if !out.is_empty() {
        if inline::ends_escaping(out) {
            out.pop();
            out.push('\n');
        } else {
            out.push(' ');
        }
    }
    out.push_str(line);
}

/// Reads body text (entries and item headings, no header) onto the end of `doc`: entries go to
/// its last item (or the introduction), headings start new items. Used for a whole memo and for
/// what is typed or pasted into the editor.
pub fn body_text(src: &str, doc: &mut Minutes, ids: &mut Ids) {
    let src = decode::normalise(src);
    let lines: Vec<&str> = src.lines().collect();
    body(&lines, doc, ids);
}

fn body(lines: &[&str], doc: &mut Minutes, ids: &mut Ids) {
    let raws = blocks(lines);
    let mut awaiting_place = false;
    // Whether the entries being added to already hold a next meeting, kept up to date rather
    // than looked for again at every paragraph.
    let mut has_next_meeting = target(doc).iter().any(|e| matches!(e.kind, EntryKind::NextMeeting(_)));
    let mut attachments = false;
    for (k, raw) in raws.iter().enumerate() {
        let was_awaiting = std::mem::take(&mut awaiting_place);
        // The list under "Liitteet:": one attachment a line.
        if let (true, Raw::List(_, names)) = (std::mem::take(&mut attachments), raw) {
            for name in names {
                let name = inline::parse(name).to_plain();
                target(doc).push(Entry {
                    id: ids.next_id(),
                    kind: EntryKind::Attachment { name },
                });
            }
            continue;
        }
        if let Raw::Para(text) = raw {
            if labels::is_attachment_list(text) && matches!(raws.get(k + 1), Some(Raw::List(..))) {
                attachments = true;
                continue;
            }
        }
        let kind = match raw {
            Raw::Heading(title, number, confidential) => {
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
            Raw::Sub(text) => EntryKind::Subheading { text: text.clone() },
            Raw::List(_, items) => EntryKind::Bullets {
                items: items.iter().map(|t| body::rich(t)).collect(),
            },
            Raw::Para(text) => {
                let mut ctx = Context {
                    item: doc.items.last().map(Item::kind),
                    has_next_meeting,
                    awaiting_place: was_awaiting,
                    next_is_list: matches!(raws.get(k + 1), Some(Raw::List(..))),
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
