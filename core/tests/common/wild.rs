//! Generators of documents with any text in every field: every character class and piece of
//! syntax that matters to a reader or a writer, as documents arrive from outside, and the forms
//! the editor holds them in.

use super::{date, time, PIECES};
use muistio_core::labels::Lang;
use muistio_core::{
    Approval, Attendee, DocKind, Entry, EntryKind, Header, Id, Item, Minutes, NextMeeting, Reply, Rich, Span, Stage,
    Tally, Vote, When,
};
use proptest::prelude::*;

/// Everything a reader or a writer treats specially, one piece each: labels of all three
/// languages with their colons, inline markup, block markers, dates and clock words, every
/// kind of line break and invisible character, bidi controls, emoji, Sámi letters, and the
/// starts of files that are not text.
#[rustfmt::skip]
pub const HOSTILE: &[&str] = &[
    // Header and entry labels, document kinds and decision verbs in Finnish, Swedish, English.
    "Aika:", "Ajankohta: ", "Päivämäärä:", "Kellonaika: ", "Paikka:", "Kokouspaikka: ", "Paikalla:", "Läsnä:", "Poissa:", "Tid:", "Datum: ",
    "Klockan:", "Plats:", "Närvarande:", "Frånvarande:", "Date:", "Time: ", "Location:", "Venue:", "Present:", "Attendees:", "Absent:",
    "Apologies:", "Päätös:", "Beslut:", "Decision:", "Tehtävä:", "Tehtävä (Ida, 1.2.2026):", "Åtgärd:", "Action:", "Liite:", "Bilaga:",
    "Attachment:", "MUISTIO", "PÖYTÄKIRJA 3/2025", "ESITYSLISTA", "PROTOKOLL", "MINNESANTECKNINGAR", "MINUTES", "AGENDA", "NOTES", "Sovittiin",
    "Päätettiin", "Beslutades", "Agreed", "It was agreed", "Huom:", "Ida:", "**Ida:**", "**Ida**:", "Minna Virtanen:", "Seuraava kokous",
    "Nästa möte", "Next meeting", "Muut asiat",
    // Votes and dissents, and the words that cut a vote into parts.
    "Äänestys:", "Äänestys (nimenhuuto):", "Omröstning:", "Vote:", "Puolesta 3:", "Vastaan (1):", "Tyhjää", "Jaa 5", "Ei", "Ei:", "Tulos:",
    "För", "Emot 2", "Avstod", "Resultat:", "For:", "Against", "In favour (2)", "Abstained", "Result:", " ja ", " och ", " and ", " & ",
    "Päätösehdotus:", "Ehdotus:", "Förslag:", "Proposal:", "Pöytäkirjantarkastajat:", "Justerare:", "Tarkastettu:",
    "Tila: Hyväksytty", "Status: Final", "20.5.2026", "Kemijärvi",
    "Eriävä mielipide:", "Eriävä mielipide (Ida):", "Reservation (Olof):", "Reservation:", "Dissent:", "3 ääntä", "(4)",
    // Inline markup and what escapes it.
    "**", "*", "***", "_", "__", "[", "]", "](", "(", ")", "<", ">", "<https://x.fi/a>", "[a](b)", "&", "&#", "&#83;", "&#x41;", "&amp;", "&#0;",
    "&lt;", "\\", "\\\\", "\\*", "`", "~", "{", "}", "|",
    // Block markers and numbers.
    "#", "# ", "## ", "### ", "§", "§ 3 ", "3 § ", "- ", "* ", "+ ", "• ", "– ", "—", "◦ ", "▪ ", "1. ", "4.", "12) ", "14.11.2025", "1.2.", "2026",
    "klo ", "kl. ", "9.00", "9.00–11.30", "17:30", "---", "===", "> ",
    // Separators people rows use.
    ",", ";", ":", ": ", "  ", " ", "\t", "pj.", "siht.",
    // Line breaks and invisible characters.
    "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{b}", "\u{c}", "\u{a0}", "\u{2007}", "\u{202f}", "\u{200b}", "\u{200c}", "\u{200d}",
    "\u{2060}", "\u{feff}", "\u{ad}", "\u{3000}", "\u{1680}", "\u{2003}",
    // Bidi controls, emoji, letters from elsewhere.
    "\u{202e}", "\u{202d}", "\u{202a}", "\u{202c}", "\u{2066}", "\u{2067}", "\u{2069}", "\u{200e}", "\u{200f}", "👍🏽", "🇫🇮", "👩‍👩‍👧", "☃", "日本",
    "e\u{301}", "Čáhppes", "Ŋuolga", "Đ", "Ŧ", "Ž", "ǯ", "Áile", "Äiti", "öljy", "Åsa",
    // The starts of files that are not memos.
    "%PDF", "GIF8", "PK", "<!doctype html>", "<html>", "<script>", "]]>", "<!DOCTYPE", "{\"format\":", "javascript:", "data:", "mailto:", "http://",
    "https://",
    // Ordinary words.
    "sana", "Ida", "kokous", "a", "B", "?", "!", ".",
];

/// A very long run of text, for the lines that are far longer than anyone types.
pub fn long_piece() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["x", "ä ", "*", "-", "ab: ", "\u{200b}"][..]),
        500usize..3000,
    )
        .prop_map(|(p, n)| p.repeat(n))
}

/// Any text a field might hold before it is tidied: pieces of [`PIECES`] and [`HOSTILE`], any
/// characters at all, now and then a very long run; may be empty, may have spaces at its edges.
pub fn raw(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(HOSTILE).prop_map(String::from),
        4 => prop::sample::select(PIECES).prop_map(String::from),
        2 => any::<char>().prop_map(String::from),
        1 => "[a-zA-ZåäöÅÄÖ]{1,12}",
    ];
    let long = long_piece();
    prop_oneof![
        60 => prop::collection::vec(piece, 0..max).prop_map(|v| v.concat()),
        1 => long,
    ]
}

/// An address: the usual ones, the unsafe ones, and any text.
pub fn url() -> impl Strategy<Value = String> {
    let known = prop::sample::select(
        &[
            "#",
            "",
            "https://example.org/x",
            "https://x.fi/a_(b)",
            "my file.pdf",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "mailto:ida@x.fi",
            " https://x.fi ",
            "https://x.fi/a\u{200b}",
            "HTTPS://X.FI",
            "tel:+358",
            "https://x.fi/<>\\",
            "https://x.fi/\"onmouseover=\"a",
        ][..],
    )
    .prop_map(String::from);
    prop_oneof![2 => known, 1 => raw(4)]
}

/// Inline text of any shape, tidied as every line-based reader keeps it (no whitespace at its
/// edges); may be empty.
pub fn any_rich() -> impl Strategy<Value = Rich> {
    let span = prop_oneof![
        4 => raw(8).prop_map(Span::Text),
        1 => raw(4).prop_map(Span::Bold),
        1 => raw(4).prop_map(Span::Italic),
        1 => (raw(3), url()).prop_map(|(text, url)| Span::Link { text, url }),
    ];
    prop::collection::vec(span, 0..5).prop_map(|spans| Rich::from(spans).tidy())
}

fn any_when() -> impl Strategy<Value = When> {
    (date(), time(), time()).prop_map(|(date, start, end)| When { date, start, end })
}

/// An entry of any kind with any text in every field.
pub fn any_entry_kind() -> impl Strategy<Value = EntryKind> {
    prop_oneof![
        3 => any_rich().prop_map(|text| EntryKind::Paragraph { text }),
        3 => (raw(3), any_rich(), prop::collection::vec((raw(3), any_rich()), 0..3)).prop_map(|(speaker, text, replies)| {
            EntryKind::Statement { speaker, text, replies: replies.into_iter().map(|(speaker, text)| Reply { speaker, text }).collect() }
        }),
        2 => prop::collection::vec(any_rich(), 0..4).prop_map(|items| EntryKind::Bullets { items }),
        1 => raw(6).prop_map(|text| EntryKind::Subheading { text }),
        1 => any_rich().prop_map(|text| EntryKind::Decision { text }),
        1 => any_rich().prop_map(|text| EntryKind::Proposal { text }),
        1 => (raw(3), date(), any_rich(), any::<bool>()).prop_map(|(owner, due, text, done)| EntryKind::Action { owner, due, text, done }),
        1 => raw(5).prop_map(|name| EntryKind::Attachment { name }),
        1 => (any_when(), raw(5), any_rich(), raw(2))
            .prop_map(|(when, place, sentence, zone)| EntryKind::NextMeeting(NextMeeting { when, zone, place, sentence })),
        1 => (any_rich(), raw(2), [any_tally(), any_tally(), any_tally()], any_rich())
            .prop_map(|(question, method, [ayes, noes, abstained], result)| {
                EntryKind::Vote(Vote { question, method, ayes, noes, abstained, result })
            }),
        1 => (raw(3), any_rich()).prop_map(|(who, text)| EntryKind::Dissent { who, text }),
    ]
}

/// A tally with any count and any names.
fn any_tally() -> impl Strategy<Value = Tally> {
    (0u32..20, prop::collection::vec(raw(2), 0..4)).prop_map(|(count, names)| Tally { count, names })
}

fn any_entries() -> impl Strategy<Value = Vec<Entry>> {
    prop::collection::vec(any_entry_kind(), 0..6)
        .prop_map(|kinds| kinds.into_iter().map(|kind| Entry { id: Id(1), kind }).collect())
}

/// An attendee with any text in every field.
pub fn any_attendee() -> impl Strategy<Value = Attendee> {
    (raw(3), raw(3), prop::collection::vec(raw(4), 0..3), any::<bool>()).prop_map(|(first, last, orgs, absent)| {
        let mut a = Attendee::new(Id(1), &first, &last);
        a.organisations = orgs;
        a.absent = absent;
        a
    })
}

/// A document with any text in every field of every entry kind, header field and attendee
/// field, as it might arrive from outside (before [`restore`](muistio_core::restore) repairs it).
pub fn any_minutes() -> impl Strategy<Value = Minutes> {
    let number = prop_oneof![
        2 => prop::sample::select(&["", "3/2025", "12", "3:4", "#5", "1 - 2"][..]).prop_map(String::from),
        1 => raw(3),
    ];
    let header = (
        raw(6),
        prop::sample::select(&[DocKind::Memo, DocKind::Minutes, DocKind::Agenda][..]),
        (number, raw(4)),
        prop::sample::select(&Lang::ALL[..]),
        any_when(),
        (raw(6), raw(2)),
        (
            prop::sample::select(&Stage::ALL[..]),
            prop::collection::vec(raw(2), 0..3),
            raw(3),
            date(),
        ),
    )
        .prop_map(
            |(
                title,
                kind,
                (number, subtitle),
                lang,
                when,
                (place, zone),
                (stage, checkers, checked_place, checked_date),
            )| {
                Header {
                    title,
                    kind,
                    number,
                    subtitle,
                    lang,
                    when,
                    place,
                    zone,
                    approval: Approval {
                        stage,
                        checkers,
                        place: checked_place,
                        date: checked_date,
                    },
                    ..Header::default()
                }
            },
        );
    let items = prop::collection::vec((raw(5), any_entries()), 0..5);
    (
        header,
        prop::collection::vec(any_attendee(), 0..4),
        any_entries(),
        items,
        super::numbering(),
    )
        .prop_map(|(mut header, attendees, intro, items, (numbering, first))| {
            if !items.is_empty() {
                (header.numbering, header.first_item) = (numbering, first);
            }
            let items = items
                .into_iter()
                .map(|(title, entries)| Item {
                    id: Id(1),
                    confidential: title.len() % 3 == 0,
                    // Some items clocked in a live meeting.
                    seconds: if title.len() % 4 == 1 {
                        title.len() as u32 * 61
                    } else {
                        0
                    },
                    title,
                    entries,
                })
                .collect();
            Minutes {
                header,
                attendees,
                intro,
                items,
            }
            .with_positional_ids()
        })
}

/// The document as the editor holds it: what [`restore`](muistio_core::restore) makes of its
/// saved form (one-line fields without line breaks, tabs, control characters or outer spaces;
/// running text without control characters).
pub fn repaired(doc: &Minutes) -> Minutes {
    let json = muistio_core::export::export(doc, muistio_core::export::Format::Json, 0).unwrap();
    muistio_core::restore(&json.bytes, &mut muistio_core::Ids::seeded(7))
        .expect("a document's own saved form opens")
        .minutes
}

/// `doc` as its text carries it: without the time a live meeting clocked for each item (kept
/// with the draft, in the files that carry it, never written into the text).
pub fn untimed(doc: &Minutes) -> Minutes {
    let mut doc = doc.clone();
    doc.items.iter_mut().for_each(|i| i.seconds = 0);
    doc
}

/// [`repaired`], with every running text tidied as the editor's fields and every line-based
/// format keep it (no whitespace at its edges), and without the time a live meeting clocked for
/// its items (kept with the draft, not written into the text): the documents a Markdown round
/// trip holds.
pub fn tidied(doc: &Minutes) -> Minutes {
    let mut doc = untimed(&repaired(doc));
    let tidy_all = |entries: &mut Vec<Entry>| {
        for e in entries {
            match &mut e.kind {
                EntryKind::Paragraph { text }
                | EntryKind::Decision { text }
                | EntryKind::Proposal { text }
                | EntryKind::Action { text, .. } => *text = text.clone().tidy(),
                EntryKind::Statement { text, replies, .. } => {
                    *text = text.clone().tidy();
                    replies.iter_mut().for_each(|r| r.text = r.text.clone().tidy());
                }
                EntryKind::Bullets { items } => items.iter_mut().for_each(|i| *i = i.clone().tidy()),
                EntryKind::Dissent { text, .. } => *text = text.clone().tidy(),
                EntryKind::Vote(vote) => {
                    vote.question = vote.question.clone().tidy();
                    vote.result = vote.result.clone().tidy();
                }
                EntryKind::NextMeeting(n) => n.sentence = n.sentence.clone().tidy(),
                _ => {}
            }
        }
    };
    tidy_all(&mut doc.intro);
    doc.items.iter_mut().for_each(|i| tidy_all(&mut i.entries));
    super::in_step(&mut doc);
    doc
}
