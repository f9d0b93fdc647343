//! The memo's head, before its first item: title, kind, time, place, the attendees and the
//! other labelled lines, and which language they are written in.

use super::body::{self, Context, Read};
use super::{kind, people, vote, when};
use crate::inline;
use crate::labels::{self, HeaderLabel, Lang};
use crate::model::{Date, Entry, EntryKind, Ids, Minutes};

#[derive(Default)]
struct Votes([usize; 3]);

impl Votes {
    fn add(&mut self, lang: Lang) {
        self.0[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)] += 1;
    }
    fn winner(&self) -> Lang {
        let best = (0..3).max_by_key(|&i| (self.0[i], usize::from(i == 0))).unwrap_or(0);
        Lang::ALL[best]
    }
}

/// Reads the header lines, one at a time, and returns where the body begins and whether a
/// line gave the stage of the minutes.
pub(super) fn preamble(lines: &[&str], doc: &mut Minutes, ids: &mut Ids) -> (usize, bool) {
    let mut stage_said = false;
    let mut votes = Votes::default();
    let mut kind_lang = None;
    let mut people: Option<bool> = None;
    let mut seen_header = false;
    // A title was given (also an empty one: "#"), and the next line may be the subtitle.
    let (mut titled, mut subtitle_next) = (false, false);
    let mut end = lines.len();
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let subtitle_here = std::mem::take(&mut subtitle_next);
        // In an attendee list a line with a tab is a row, whatever its cells say.
        if let Some(absent) = people.filter(|_| raw.contains('\t')) {
            if let Some(row) = people::row(raw, true) {
                doc.attendees.push(row.into_attendee(ids, absent));
                continue;
            }
        }
        let nothing_yet = doc.header.title.is_empty() && !titled && !seen_header && doc.attendees.is_empty();
        if let Some(title) = line
            .strip_prefix("# ")
            .or((line == "#").then_some(""))
            .filter(|_| nothing_yet)
        {
            doc.header.title = inline::parse(title.trim()).to_plain();
            titled = true;
            continue;
        }
        if body::item_heading(line, None).is_some() {
            end = i;
            break;
        }
        if let Some((kind, lang, number)) = kind::kind_line(line) {
            if kind_lang.is_some() {
                end = i + 1;
                break;
            }
            (doc.header.kind, doc.header.number, kind_lang) = (kind, number, Some(lang));
            people = None;
            subtitle_next = titled || !doc.header.title.is_empty();
            continue;
        }
        if let Some((label, lang, rest)) = labels::header_label(line) {
            if header_line(label, rest, doc, ids, &mut people) {
                stage_said |= label == HeaderLabel::Stage;
                votes.add(lang);
                seen_header = true;
                continue;
            }
        }
        if let Some(absent) = people {
            if people::is_table_furniture(line) {
                continue;
            }
            if let Some(row) = people::row(raw, true) {
                doc.attendees.push(row.into_attendee(ids, absent));
                continue;
            }
            people = None;
        }
        // The line under the document type (or under the meeting's name that follows it).
        if let Some(subtitle) = subtitle_here
            .then(|| kind::subtitle(line, lines.get(i + 1).copied()))
            .flatten()
        {
            doc.header.subtitle = subtitle;
            continue;
        }
        // The title comes first, or right after the document type ("MUISTIO" then the meeting);
        // a line with a label ("Aika: …") is never a title.
        if nothing_yet && (kind_lang.is_none() || labels::header_label(line).is_none()) {
            doc.header.title = inline::parse(line.trim_start_matches('#').trim()).to_plain();
            titled = true;
            subtitle_next = kind_lang.is_some();
            continue;
        }
        let ctx = Context::default();
        let kind = match body::read_paragraph(line, &ctx) {
            Read::Entry(kind) => kind,
            Read::Place(place) => EntryKind::Paragraph {
                text: body::rich(&place),
            },
            Read::VotePart => EntryKind::Paragraph { text: body::rich(line) },
        };
        doc.intro.push(Entry {
            id: ids.next_id(),
            kind,
        });
    }
    doc.header.lang = kind_lang.unwrap_or_else(|| votes.winner());
    (end, stage_said)
}

/// Applies one labelled header line; false when its value is not understood (then the line
/// is kept as text).
fn header_line(label: HeaderLabel, rest: &str, doc: &mut Minutes, ids: &mut Ids, people: &mut Option<bool>) -> bool {
    let h = &mut doc.header;
    match label {
        HeaderLabel::When | HeaderLabel::Clock => match when::parse_zoned(rest, None) {
            Some((w, zone))
                if (h.when.date.is_none() || w.date.is_none()) && (h.zone.is_empty() || zone.is_empty()) =>
            {
                h.when.date = h.when.date.or(w.date);
                h.when.start = h.when.start.or(w.start);
                h.when.end = h.when.end.or(w.end);
                if !zone.is_empty() {
                    h.zone = inline::parse(&zone).to_plain();
                }
                *people = None;
                true
            }
            _ => false,
        },
        HeaderLabel::Zone if h.zone.is_empty() && !rest.is_empty() => {
            h.zone = inline::parse(rest).to_plain();
            *people = None;
            true
        }
        HeaderLabel::Zone => false,
        HeaderLabel::Place if h.place.is_empty() && !rest.is_empty() => {
            h.place = inline::parse(rest).to_plain();
            *people = None;
            true
        }
        HeaderLabel::Place => false,
        HeaderLabel::Checkers if h.approval.checkers.is_empty() && !rest.is_empty() => {
            h.approval.checkers = vote::names(rest);
            *people = None;
            true
        }
        HeaderLabel::Checked if h.approval.place.is_empty() && h.approval.date.is_none() && !rest.is_empty() => {
            (h.approval.place, h.approval.date) = place_and_date(rest);
            *people = None;
            true
        }
        HeaderLabel::Stage => match labels::stage(rest) {
            Some(stage) => {
                h.approval.stage = stage;
                *people = None;
                true
            }
            None => false,
        },
        HeaderLabel::Checkers | HeaderLabel::Checked => false,
        HeaderLabel::Present | HeaderLabel::Absent => {
            let absent = label == HeaderLabel::Absent;
            let sep = if rest.contains(';') { ';' } else { ',' };
            for person in rest.split(sep).map(str::trim).filter(|p| !p.is_empty()) {
                if let Some(row) = people::row(person, true) {
                    doc.attendees.push(row.into_attendee(ids, absent));
                }
            }
            *people = Some(absent);
            true
        }
    }
}

/// "Kemijärvi 20.5.2026" → the place and the date at its end (a place alone when the last
/// word is no date).
fn place_and_date(text: &str) -> (String, Option<Date>) {
    let text = text.trim();
    let (head, last) = text.rsplit_once(' ').unwrap_or(("", text));
    match Date::parse(last.trim_end_matches('.')) {
        Some(date) => (inline::unescape(head.trim().trim_end_matches(',')), Some(date)),
        None => (inline::unescape(text), None),
    }
}
