//! Generators of random documents for the property tests.
#![allow(dead_code)]

use muistio_core::edit::{Edit, Parent};
use muistio_core::labels::Lang;
use muistio_core::{
    Approval, Attendee, Date, DocKind, Entry, EntryKind, Header, Id, Item, Minutes, NextMeeting, Numbering, Reply,
    Rich, Span, Stage, Tally, Time, Vote, When,
};
use proptest::prelude::*;

mod wild;
#[allow(unused_imports)]
pub use wild::*;

/// How sentences about the next meeting open in the generated documents (the rest is any text).
pub const SENTENCES: &[&str] = &[
    "Seuraava kokous pidetään 3.5. klo 18 ",
    "Hallitus kokoontuu seuraavan kerran 10.6.2027 klo 17–19 ",
    "Nästa möte hålls 5.5.2027 kl. 14.00 i ",
    "The next meeting will be held on 5 May 2027 at 6 pm in ",
    "Next meeting: ",
    "Seuraava kokous ",
    "",
];

/// Pieces that look like the reader's syntax, mixed with ordinary words.
pub const PIECES: &[&str] = &[
    "Ida",
    ": ",
    ":",
    "1. ",
    "2.",
    "§ 3",
    "- ",
    "* ",
    "• ",
    "**",
    "*",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "\\",
    "&#83;",
    "&",
    "#",
    "## ",
    "Sovittiin",
    "Päätös: ",
    "Tehtävä (",
    "Liite: ",
    "Aika: 14.11.2025",
    "klo 9.00–11.30",
    "25.3.2026",
    "MUISTIO",
    "Paikka: ",
    "Paikalla:",
    "–",
    "|",
    "https://x.fi/a_(b)",
    "sana",
    "Äiti",
    "öljy",
    "Čáhppes",
    " ",
    "  ",
    "Agreed",
    "Beslut",
    ". ",
    "?",
    "Minna:",
    "**Minna:**",
    "\u{2028}",
];

pub fn words(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..max).prop_map(|v| v.concat())
}

/// One-line text as the editor keeps it: no line breaks, no outer spaces, not empty.
pub fn line(max: usize) -> impl Strategy<Value = String> {
    words(max)
        .prop_map(|s| s.replace('\u{2028}', " ").trim().to_string())
        .prop_filter("not empty", |s| !s.is_empty())
}

/// Running text: lines without outer spaces, joined by hard breaks.
pub fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(line(8), 1..3).prop_map(|lines| lines.join("\n"))
}

pub fn rich() -> impl Strategy<Value = Rich> {
    let span = prop_oneof![
        4 => text().prop_map(Span::Text),
        1 => line(4).prop_map(Span::Bold),
        1 => line(4).prop_map(Span::Italic),
        1 => (line(4), prop::sample::select(&["#", "https://example.org/x", "https://x.fi/a_(b)", "my file.pdf", ""][..]))
            .prop_map(|(text, url)| Span::Link { text, url: url.to_string() }),
    ];
    prop::collection::vec(span, 1..4)
        .prop_map(|spans| tidy(Rich::from(spans)))
        .prop_filter("not empty", |r| !r.is_empty())
}

/// The Markdown form keeps no spaces at the edges of lines: the generator writes none.
pub fn tidy(rich: Rich) -> Rich {
    let mut spans: Vec<Span> = rich.spans().to_vec();
    for s in &mut spans {
        if let Span::Text(t) | Span::Bold(t) | Span::Italic(t) = s {
            *t = t.split('\n').map(|l| l.to_string()).collect::<Vec<_>>().join("\n");
        }
    }
    let joined = Rich::from(spans);
    let plain = joined.to_plain();
    let bad_edges = plain.split('\n').any(|l| l != l.trim() || l.is_empty());
    if bad_edges {
        Rich::plain(
            &plain
                .split('\n')
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
        )
    } else {
        joined
    }
}

/// A time zone as people write it after the times, or words that do not read as one (which a
/// document must still keep), or none.
pub fn zone() -> impl Strategy<Value = String> {
    prop_oneof![3 => zones(), 1 => line(2)]
}

/// A time zone that reads as one after the times (as a next meeting's, which words that do not
/// are repaired out of), or none.
pub fn zones() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        1 => prop::sample::select(&["EET", "svensk tid", "UTC+2", "Helsinki time", "CEST", "Suomen aikaa", "PST"][..])
            .prop_map(String::from),
    ]
}

pub fn date() -> impl Strategy<Value = Option<Date>> {
    prop::option::of((2000u16..2100, 1u8..13, 1u8..29).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap()))
}

pub fn time() -> impl Strategy<Value = Option<Time>> {
    prop::option::of((0u8..24, 0u8..60).prop_map(|(h, m)| Time::new(h, m).unwrap()))
}

pub fn entry_kind() -> impl Strategy<Value = EntryKind> {
    prop_oneof![
        3 => rich().prop_map(|text| EntryKind::Paragraph { text }),
        3 => (line(3), rich(), prop::collection::vec((line(3), rich()), 0..3)).prop_map(|(speaker, text, replies)| {
            EntryKind::Statement { speaker, text, replies: replies.into_iter().map(|(speaker, text)| Reply { speaker, text }).collect() }
        }),
        2 => prop::collection::vec(rich(), 1..4).prop_map(|items| EntryKind::Bullets { items }),
        1 => line(6).prop_map(|text| EntryKind::Subheading { text }),
        1 => rich().prop_map(|text| EntryKind::Decision { text }),
        1 => rich().prop_map(|text| EntryKind::Proposal { text }),
        1 => (prop::option::of(line(3)), date(), rich(), any::<bool>())
            .prop_map(|(owner, due, text, done)| EntryKind::Action { owner: owner.unwrap_or_default(), due, text, done }),
        1 => line(5).prop_map(|name| EntryKind::Attachment { name }),
        1 => (date(), time(), time(), prop::option::of(line(5)), prop::option::of((prop::sample::select(SENTENCES), rich())), zones())
            .prop_map(|(date, start, end, place, sentence, zone)| {
                let sentence = sentence.map(|(opening, rest)| {
                    let mut spans = vec![Span::Text(opening.to_string())];
                    spans.extend(rest.spans().iter().cloned());
                    Rich::from(spans).tidy()
                });
                // The day, times and place of a sentence are read from it (see `in_step`).
                let (when, place) = (When { date, start, end }, place.unwrap_or_default());
                // A zone is written after the times: without them, none.
                let zone = if when.start.is_none() && when.end.is_none() { String::new() } else { zone };
                EntryKind::NextMeeting(NextMeeting { when, zone, place, sentence: sentence.unwrap_or_default() })
            }),
        1 => (rich(), prop::option::of(line(2)), [tally(), tally(), tally()], rich()).prop_map(|(question, method, [ayes, noes, abstained], result)| {
            EntryKind::Vote(Vote { question, method: method.unwrap_or_default(), ayes, noes, abstained, result })
        }),
        1 => (prop::option::of(line(3)), rich()).prop_map(|(who, text)| EntryKind::Dissent { who: who.unwrap_or_default(), text }),
    ]
}

/// A tally: a count at least the names'.
fn tally() -> impl Strategy<Value = Tally> {
    (0u32..20, prop::collection::vec(line(2), 0..4)).prop_map(|(count, names)| {
        let count = count.max(names.len() as u32);
        Tally { count, names }
    })
}

pub fn entries() -> impl Strategy<Value = Vec<Entry>> {
    prop::collection::vec(entry_kind(), 0..6)
        .prop_map(|kinds| kinds.into_iter().map(|kind| Entry { id: Id(1), kind }).collect())
}

pub fn attendee() -> impl Strategy<Value = Attendee> {
    // Commas and semicolons separate organisations, so none is inside one.
    let org = line(4)
        .prop_map(|o| o.replace([';', ','], " ").trim().to_string())
        .prop_filter("not empty", |o| !o.is_empty());
    (
        line(2),
        prop::option::of(line(2)),
        prop::collection::vec(org, 0..3),
        any::<bool>(),
    )
        .prop_map(|(first, last, orgs, absent)| {
            let mut a = Attendee::new(Id(1), &first.replace('\t', " "), &last.unwrap_or_default());
            a.organisations = orgs;
            a.absent = absent;
            a
        })
}

/// Approval: any stage, checkers, where and when checked.
pub fn approval() -> impl Strategy<Value = Approval> {
    (
        prop::sample::select(&Stage::ALL[..]),
        prop::collection::vec(line(3), 0..3),
        prop::option::of(line(3)),
        date(),
    )
        .prop_map(|(stage, checkers, place, date)| Approval {
            stage,
            checkers,
            place: place.unwrap_or_default(),
            date,
        })
}

/// How items are numbered, and from what (up to where three digits still hold five items).
pub fn numbering() -> impl Strategy<Value = (Numbering, u32)> {
    (
        prop::sample::select(&[Numbering::Dotted, Numbering::SectionAfter, Numbering::SectionBefore][..]),
        prop_oneof![3 => Just(1u32), 1 => 0u32..995],
    )
}

pub fn minutes() -> impl Strategy<Value = Minutes> {
    let header = (
        prop::option::of(line(6)),
        prop::sample::select(&[DocKind::Memo, DocKind::Minutes, DocKind::Agenda][..]),
        prop::sample::select(&["", "3/2025", "12"][..]),
        prop::sample::select(&Lang::ALL[..]),
        date(),
        time(),
        time(),
        prop::option::of(line(6)),
        (approval(), prop::option::of(line(4)), zone()),
    )
        .prop_map(
            |(title, kind, number, lang, date, start, end, place, (approval, subtitle, zone))| Header {
                title: title.unwrap_or_default(),
                kind,
                number: number.to_string(),
                subtitle: subtitle.unwrap_or_default(),
                lang,
                when: When { date, start, end },
                place: place.unwrap_or_default(),
                zone,
                approval,
                ..Header::default()
            },
        );
    let items = prop::collection::vec((prop::option::of(line(5)), entries()), 0..5);
    (
        header,
        prop::collection::vec(attendee(), 0..4),
        entries(),
        items,
        numbering(),
    )
        .prop_map(|(mut header, mut attendees, intro, items, (numbering, first))| {
            // Numbers show only on items: a document without items has nothing to number.
            if !items.is_empty() {
                (header.numbering, header.first_item) = (numbering, first);
            }
            attendees.sort_by_key(|a| a.absent);
            let items = items
                .into_iter()
                .map(|(title, entries)| Item {
                    id: Id(1),
                    confidential: title.as_ref().is_some_and(|t| t.len() % 3 == 0),
                    seconds: title.as_ref().map_or(0, |t| t.len() as u32 * 97),
                    title: title.unwrap_or_default(),
                    entries,
                })
                .collect();
            let mut doc = Minutes {
                header,
                attendees,
                intro,
                items,
            };
            in_step(&mut doc);
            // Give every element a distinct id, as the editor does.
            doc = doc.with_positional_ids();
            doc
        })
}

/// Every next meeting given by a sentence with the day, times and place read from it, as the
/// editor keeps them.
pub fn in_step(doc: &mut Minutes) {
    let meeting = doc.header.when.date;
    let entries = doc
        .intro
        .iter_mut()
        .chain(doc.items.iter_mut().flat_map(|i| i.entries.iter_mut()));
    for e in entries {
        if let EntryKind::NextMeeting(n) = &mut e.kind {
            if !n.sentence.is_empty() {
                *n = muistio_core::import::next::from_sentence(n.sentence.clone(), meeting);
            }
        }
    }
}

/// What to do, with random numbers that pick the target in whatever document there is then.
#[derive(Clone, Debug)]
pub enum Plan {
    Header(String),
    InsertAttendee(usize, muistio_core::Attendee),
    RemoveAttendee(usize),
    RenameAttendee(usize, String),
    MoveAttendee(usize, usize),
    InsertItem(usize, String),
    RemoveItem(usize),
    RetitleItem(usize, String),
    MarkItem(usize, bool),
    TimeItem(usize, u32),
    MoveItem(usize, usize),
    InsertEntry(usize, usize, muistio_core::EntryKind),
    RemoveEntry(usize),
    SetEntry(usize, muistio_core::EntryKind),
    MoveEntry(usize, usize, usize),
}

pub fn plan() -> impl Strategy<Value = Plan> {
    let n = 0usize..20;
    prop_oneof![
        line(4).prop_map(Plan::Header),
        (n.clone(), attendee()).prop_map(|(i, a)| Plan::InsertAttendee(i, a)),
        n.clone().prop_map(Plan::RemoveAttendee),
        (n.clone(), line(2)).prop_map(|(i, s)| Plan::RenameAttendee(i, s)),
        (n.clone(), n.clone()).prop_map(|(a, b)| Plan::MoveAttendee(a, b)),
        (n.clone(), line(4)).prop_map(|(i, s)| Plan::InsertItem(i, s)),
        n.clone().prop_map(Plan::RemoveItem),
        (n.clone(), line(4)).prop_map(|(i, s)| Plan::RetitleItem(i, s)),
        (n.clone(), any::<bool>()).prop_map(|(i, b)| Plan::MarkItem(i, b)),
        (n.clone(), 0u32..20_000).prop_map(|(i, s)| Plan::TimeItem(i, s)),
        (n.clone(), n.clone()).prop_map(|(a, b)| Plan::MoveItem(a, b)),
        (n.clone(), n.clone(), entry_kind()).prop_map(|(p, i, k)| Plan::InsertEntry(p, i, k)),
        n.clone().prop_map(Plan::RemoveEntry),
        (n.clone(), entry_kind()).prop_map(|(i, k)| Plan::SetEntry(i, k)),
        (n.clone(), n.clone(), n).prop_map(|(e, p, i)| Plan::MoveEntry(e, p, i)),
    ]
}

pub fn parents(doc: &Minutes) -> Vec<Parent> {
    std::iter::once(Parent::Intro)
        .chain(doc.items.iter().map(|i| Parent::Item(i.id)))
        .collect()
}

pub fn pick<T: Copy>(list: &[T], n: usize) -> Option<T> {
    (!list.is_empty()).then(|| list[n % list.len()])
}

/// Turns a plan into an edit on `doc`; `fresh` hands out new ids.
pub fn edit(doc: &Minutes, plan: Plan, fresh: &mut u64) -> Option<Edit> {
    let mut new_id = || {
        *fresh += 1;
        Id(*fresh)
    };
    let attendees: Vec<Id> = doc.attendees.iter().map(|a| a.id).collect();
    let items: Vec<Id> = doc.items.iter().map(|i| i.id).collect();
    let entries: Vec<Id> = doc.entries().map(|(_, e)| e.id).collect();
    Some(match plan {
        Plan::Header(title) => Edit::Header(muistio_core::Header {
            title,
            ..doc.header.clone()
        }),
        Plan::InsertAttendee(index, mut attendee) => {
            attendee.id = new_id();
            Edit::InsertAttendee { index, attendee }
        }
        Plan::RemoveAttendee(n) => Edit::RemoveAttendee(pick(&attendees, n)?),
        Plan::RenameAttendee(n, name) => {
            let id = pick(&attendees, n)?;
            let mut a = doc.attendees.iter().find(|a| a.id == id)?.clone();
            a.first_names = name;
            Edit::SetAttendee(a)
        }
        Plan::MoveAttendee(n, to) => Edit::MoveAttendee {
            id: pick(&attendees, n)?,
            to,
        },
        Plan::InsertItem(index, title) => Edit::InsertItem {
            index,
            item: Item::new(new_id(), &title),
        },
        Plan::RemoveItem(n) => Edit::RemoveItem(pick(&items, n)?),
        Plan::RetitleItem(n, title) => Edit::RetitleItem {
            id: pick(&items, n)?,
            title,
        },
        Plan::MarkItem(n, confidential) => Edit::MarkItem {
            id: pick(&items, n)?,
            confidential,
        },
        Plan::TimeItem(n, seconds) => Edit::TimeItem {
            id: pick(&items, n)?,
            seconds,
        },
        Plan::MoveItem(n, to) => Edit::MoveItem {
            id: pick(&items, n)?,
            to,
        },
        Plan::InsertEntry(p, index, kind) => Edit::InsertEntry {
            parent: pick(&parents(doc), p)?,
            index,
            entry: Entry { id: new_id(), kind },
        },
        Plan::RemoveEntry(n) => Edit::RemoveEntry(pick(&entries, n)?),
        Plan::SetEntry(n, kind) => Edit::SetEntry(Entry {
            id: pick(&entries, n)?,
            kind,
        }),
        Plan::MoveEntry(n, p, index) => Edit::MoveEntry {
            id: pick(&entries, n)?,
            parent: pick(&parents(doc), p)?,
            index,
        },
    })
}

/// A memo's text read, with seeded ids (two readings of the same text agree).
pub fn read(text: &str) -> Minutes {
    muistio_core::restore(text.as_bytes(), &mut muistio_core::Ids::seeded(5))
        .unwrap()
        .minutes
}

/// `text` read, after checking that its Markdown reads back as the same document and writes
/// the same Markdown again.
pub fn round(text: &str) -> Minutes {
    let doc = read(text);
    let md = muistio_core::export::markdown(&doc);
    let again = read(&md);
    assert!(again.same_content(&doc), "{md}\n{:#?}\n{:#?}", doc, again);
    assert_eq!(muistio_core::export::markdown(&again), md);
    doc
}
