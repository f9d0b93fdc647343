//! Every document survives every format that carries it: Markdown read back gives the same
//! document, and the JSON file, the web page, the Word and the OpenDocument file (which carry
//! the draft inside) reopen exactly. The documents hold every character class and piece of
//! syntax that matters in every field (see `common::HOSTILE`). Each case these properties
//! once found is kept below as a named test.

mod common;

use common::{any_minutes, repaired, tidied};
use muistio_core::export::{export, markdown, Format};
use muistio_core::{restore, Attendee, Entry, EntryKind, Id, Ids, Item, Minutes, Reply, Rich, Span};
use proptest::prelude::*;

/// `doc` written as Markdown and read back.
fn through_markdown(doc: &Minutes) -> (String, Minutes) {
    let md = markdown(doc);
    let back = restore(md.as_bytes(), &mut Ids::seeded(3)).unwrap_or_else(|e| panic!("{e:?}\n{md}"));
    (md, back.minutes.with_positional_ids())
}

/// `doc` saved in `format` and opened again.
fn reopened(doc: &Minutes, format: Format) -> Minutes {
    let file = export(doc, format, 5).unwrap();
    restore(&file.bytes, &mut Ids::seeded(3)).unwrap().minutes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn markdown_gives_back_every_document(doc in any_minutes()) {
        let doc = tidied(&doc).with_positional_ids();
        let (md, back) = through_markdown(&doc);
        prop_assert_eq!(back, doc, "\n{}", md);
    }

    #[test]
    fn files_carrying_the_draft_reopen_exactly(raw in any_minutes()) {
        // A document as it arrived is repaired on the way in; the repaired one comes back as is.
        let doc = repaired(&raw);
        for format in [Format::Json, Format::Html, Format::Docx, Format::Odt] {
            prop_assert_eq!(&reopened(&raw, format), &doc, "{:?}", format);
            prop_assert_eq!(&reopened(&doc, format), &doc, "{:?}", format);
        }
    }
}

/// Asserts that `doc` reads back from its Markdown as itself, and returns the Markdown.
fn holds(doc: Minutes) -> String {
    let doc = tidied(&doc).with_positional_ids();
    let (md, back) = through_markdown(&doc);
    assert_eq!(back, doc, "\n{md}");
    md
}

/// A document whose one item holds `kinds`.
fn item_with(kinds: Vec<EntryKind>) -> Minutes {
    let mut doc = Minutes::default();
    doc.items.push(Item::new(Id(1), "Asia"));
    doc.items[0].entries = kinds.into_iter().map(|kind| Entry { id: Id(2), kind }).collect();
    doc
}

fn paragraph(spans: Vec<Span>) -> EntryKind {
    EntryKind::Paragraph {
        text: Rich::from(spans),
    }
}

fn text(s: &str) -> Span {
    Span::Text(s.into())
}

fn attendee(first: &str, last: &str, orgs: &[&str]) -> Attendee {
    let mut a = Attendee::new(Id(1), first, last);
    a.organisations = orgs.iter().map(|o| o.to_string()).collect();
    a
}

fn with_attendees(attendees: Vec<Attendee>) -> Minutes {
    Minutes {
        attendees,
        ..Minutes::default()
    }
}

#[test]
fn a_bold_label_run_before_an_address_stays_a_paragraph() {
    let bold = Span::Bold("Paikka:Päätös:".into());
    let link = Span::Link {
        text: "https://x.fi/a".into(),
        url: "https://x.fi/a".into(),
    };
    for spans in [
        vec![bold.clone(), link.clone()],
        vec![text("a\n"), bold.clone(), link.clone()],
    ] {
        holds(item_with(vec![paragraph(spans.clone())]));
        let mut doc = item_with(vec![paragraph(spans)]);
        doc.intro = doc.items.remove(0).entries;
        holds(doc);
    }
}

#[test]
fn a_line_separator_stays_a_character() {
    // Read back as a hard line break before: the reader turns U+2028 into one.
    let md = holds(item_with(vec![
        paragraph(vec![text("a\u{2028}b")]),
        EntryKind::Decision {
            text: Rich::plain("Aika:\u{2028}Ida"),
        },
    ]));
    assert!(md.contains("a&#8232;b"), "{md}");
}

#[test]
fn invisible_characters_stay() {
    for c in [
        '\u{a0}', '\u{2007}', '\u{202f}', '\u{200b}', '\u{2060}', '\u{feff}', '\u{ad}', '\u{2029}',
    ] {
        let mut doc = item_with(vec![paragraph(vec![text(&format!("a{c}b"))])]);
        doc.header.title = format!("x{c}y");
        doc.header.place = format!("x{c}y");
        doc.attendees
            .push(attendee(&format!("I{c}da"), &format!("{c}"), &[&format!("{c}")]));
        holds(doc);
    }
}

#[test]
fn white_space_at_the_start_of_a_line_or_of_bold_stays() {
    holds(item_with(vec![paragraph(vec![
        text("a\n\u{3000}b "),
        Span::Bold(" c".into()),
        text(" "),
        Span::Italic("\u{2003}d".into()),
    ])]));
}

#[test]
fn a_document_number_of_any_form_stays_the_number() {
    // "MUISTIO 3:4" read back as the title before.
    for number in ["3:4", "#5", "nro 7", "12 \\ *"] {
        let mut doc = Minutes::default();
        doc.header.number = number.into();
        let md = holds(doc);
        assert!(md.starts_with("MUISTIO #"), "{md}");
    }
}

#[test]
fn a_statement_with_no_speaker_yet_stays_a_statement() {
    // Read back as a paragraph of a bold colon before.
    let empty = |speaker: &str| EntryKind::Statement {
        speaker: speaker.into(),
        text: Rich::plain("sanottu"),
        replies: vec![Reply {
            speaker: String::new(),
            text: Rich::plain("vastaus"),
        }],
    };
    holds(item_with(vec![empty(""), empty("Ida")]));
}

#[test]
fn speakers_longer_than_names_stay_speakers() {
    let long = "Pohjoisen valokuvakeskuksen hallituksen puheenjohtajan varahenkilö";
    holds(item_with(vec![EntryKind::Statement {
        speaker: long.into(),
        text: Rich::plain("sanottu"),
        replies: vec![Reply {
            speaker: long.into(),
            text: Rich::plain("vastaus"),
        }],
    }]));
}

#[test]
fn empty_paragraphs_and_sub_headings_stay() {
    // Both vanished or became "###" before.
    holds(item_with(vec![
        paragraph(vec![]),
        EntryKind::Subheading { text: String::new() },
        paragraph(vec![text("x")]),
    ]));
}

#[test]
fn attendees_with_empty_dashed_or_escaped_fields_stay() {
    // An empty row vanished; "–" and "---" rows were read as empty or as an underline; a
    // backslash at the end of an organisation escaped the comma after it.
    holds(with_attendees(vec![
        attendee("", "", &[]),
        attendee("–", "–", &["–", "x"]),
        attendee("", "", &["---"]),
        attendee("", "", &["\\", "Aika:"]),
        attendee("\\&#83;", "**", &["&#8288;"]),
    ]));
}

#[test]
fn an_organisation_with_a_character_reference_stays_one() {
    // "&#8288;" was split at its semicolon before.
    holds(with_attendees(vec![attendee("", "", &["\u{2060}", "a;b"])]));
}

#[test]
fn a_title_that_opens_like_another_file_stays_the_title() {
    // "%PDF" was refused as a PDF before.
    for title in [
        "%PDF-1.7",
        "GIF89a",
        "{\"format\":\"muistio\"}",
        "<!doctype html>",
        "<html>",
        "\u{feff}x",
    ] {
        let mut doc = Minutes::default();
        doc.header.title = title.into();
        holds(doc);
    }
}

#[test]
fn a_reply_marker_in_an_address_or_across_runs_is_no_reply() {
    // Both were read as a reply by "Minna" or "Paikalla" before.
    let statement = |spans: Vec<Span>| EntryKind::Statement {
        speaker: String::new(),
        text: Rich::from(spans),
        replies: vec![],
    };
    holds(item_with(vec![
        statement(vec![
            Span::Bold("Liite: ".into()),
            Span::Link {
                text: String::new(),
                url: "# **Minna:**".into(),
            },
        ]),
        statement(vec![
            Span::Bold("# ".into()),
            text("Paikalla:"),
            Span::Bold("Aika:".into()),
        ]),
        statement(vec![Span::Italic("a ".into()), text("Ida:"), Span::Italic("b".into())]),
    ]));
}

#[test]
fn a_line_of_dashes_inside_a_paragraph_stays() {
    holds(item_with(vec![paragraph(vec![text("otsikko\n---\n===")])]));
}

#[test]
fn c1_control_characters_do_not_make_a_file_binary() {
    // The saved form kept U+0085 as it is, and a file with many was refused as binary.
    let mut doc = item_with(vec![paragraph(vec![text(&"\u{85}\u{7f}".repeat(50))])]);
    doc.header.title = "\u{9b}".repeat(20);
    let clean = repaired(&doc);
    for format in [Format::Json, Format::Html, Format::Docx, Format::Odt] {
        assert_eq!(reopened(&doc, format), clean, "{format:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_memo_read_once_reads_back_from_its_markdown(lines in prop::collection::vec(common::raw(10), 1..30)) {
        let text = lines.join("\n");
        if let Ok(first) = restore(text.as_bytes(), &mut Ids::seeded(1)) {
            let first = first.minutes.with_positional_ids();
            let (md, back) = through_markdown(&first);
            prop_assert_eq!(back, first, "\n{}\n---\n{}", text, md);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn running_text_survives_the_editors_field(rich in common::any_rich()) {
        // Running text as the editor holds it (no control characters but line feeds).
        let doc = tidied(&item_with(vec![paragraph(rich.spans().to_vec())]));
        let EntryKind::Paragraph { text: rich } = &doc.items[0].entries[0].kind else { unreachable!() };
        // What the editor's text field shows, read back as the field reads what is typed.
        let shown = muistio_core::inline::render(rich, false).replace("\\\n", "\n");
        prop_assert_eq!(&muistio_core::import::body::rich(&shown), rich, "{}", shown);
    }
}

#[test]
fn the_time_a_live_meeting_clocked_rides_with_the_draft_and_stays_out_of_the_text() {
    let mut doc = item_with(vec![paragraph(vec![text("Käsiteltiin talousarvio.")])]);
    doc.items[0].seconds = 754;
    for format in [Format::Json, Format::Html, Format::Docx, Format::Odt] {
        assert_eq!(reopened(&doc, format).items[0].seconds, 754, "{format:?}");
    }
    let (md, back) = through_markdown(&doc);
    assert!(!md.contains("754") && !md.contains("min"), "{md}");
    assert_eq!(back.items[0].seconds, 0, "Markdown is the text alone");
    let text = String::from_utf8(export(&doc, Format::Text, 0).unwrap().bytes).unwrap();
    assert!(!text.contains("min"), "{text}");
}

#[test]
fn a_done_action_reads_back_done_in_each_language() {
    use muistio_core::{Date, Lang};
    let action = |owner: &str, due: Option<Date>, done: bool| EntryKind::Action {
        owner: owner.into(),
        due,
        text: Rich::plain("Varaa sali."),
        done,
    };
    for (lang, mark) in [(Lang::Fi, ", tehty):"), (Lang::Sv, ", klar):"), (Lang::En, ", done):")] {
        let mut doc = item_with(vec![
            action("Ida", Date::new(2026, 3, 5), true),
            action("", None, true),
            action("Tomi", None, false),
            // Owners that would read as the mark are escaped until they read back.
            action("tehty", None, false),
            action("Ida, done", Date::new(2026, 3, 5), false),
            action("klar", None, true),
        ]);
        doc.header.lang = lang;
        let md = holds(doc);
        assert!(md.contains(&format!("(Ida, 5.3.2026{mark}")), "{md}");
    }
}
