//! Inputs the fuzz targets (`fuzz.rs`, `tools/fuzz.sh`) found, kept as named tests once fixed.

use muistio_core::export::markdown;
use muistio_core::{restore, Id, Ids, Item, Minutes};

/// Reads `text`, writes its Markdown and reads that: the same document.
fn reads_back(text: &str) -> Minutes {
    let doc = restore(text.as_bytes(), &mut Ids::seeded(1))
        .unwrap()
        .minutes
        .with_positional_ids();
    let md = markdown(&doc);
    let back = restore(md.as_bytes(), &mut Ids::seeded(1))
        .unwrap()
        .minutes
        .with_positional_ids();
    assert_eq!(back, doc, "\n{md}");
    doc
}

/// Writes `doc`'s Markdown and reads it: the same document.
fn document_reads_back(doc: &Minutes) {
    let md = markdown(doc);
    let back = restore(md.as_bytes(), &mut Ids::seeded(1)).unwrap().minutes;
    assert_eq!(back.with_positional_ids(), doc.with_positional_ids(), "\n{md}");
}

/// A document of one item titled `title` that holds one entry of `kind`.
fn one_entry(title: &str, kind: muistio_core::EntryKind) -> Minutes {
    let mut doc = Minutes::default();
    let mut item = Item::new(Id(1), title);
    item.entries.push(muistio_core::Entry { id: Id(2), kind });
    doc.items.push(item);
    doc
}

#[test]
fn a_thousand_items_and_more_keep_their_numbers() {
    // The 1000th heading was written "## 1000. …" and read back as a title with its number.
    let doc = reads_back(&"# \u{2028}".repeat(1_100));
    assert!(doc.items.len() > 1_000);
    let mut doc = Minutes::default();
    for n in 0..1_005 {
        doc.items.push(Item::new(Id(n + 1), &format!("Asia {n}")));
    }
    let md = markdown(&doc);
    assert!(md.contains("\n1000. Asia 999\n"), "{}", &md[md.len() - 200..]);
    assert_eq!(reads_back(&md).items.len(), 1_005);
    // Written by a person, a line of four digits and a full stop is no first item.
    let text = restore("Kokous\n\n2024. Vuosi alkoi\n".as_bytes(), &mut Ids::seeded(1)).unwrap();
    assert!(text.minutes.items.is_empty());
}

#[test]
fn a_speaker_named_like_a_label_stays_a_speaker_when_a_line_of_the_statement_needs_escaping() {
    // "**Beslut:**" read as the speaker only while the reply's last line "1. –" was left
    // unescaped; escaped (as it must be, or it starts an item), the block read as a decision.
    use muistio_core::{Entry, EntryKind, Reply, Rich, Span};
    let mut doc = Minutes::default();
    let mut item = Item::new(Id(1), "");
    let reply = Rich::from(vec![
        Span::Bold("-".into()),
        Span::Text("25.3.2026: (Liite: Päätös: Tehtävä (\n1. –".into()),
    ]);
    item.entries.push(Entry {
        id: Id(2),
        kind: EntryKind::Statement {
            speaker: "Beslut".into(),
            text: Rich::plain("Liite: 1.\n:"),
            replies: vec![Reply {
                speaker: "(".into(),
                text: reply,
            }],
        },
    });
    doc.items.push(item);
    document_reads_back(&doc);
}

#[test]
fn a_paragraph_whose_bold_lines_look_like_a_speaker_and_a_reply_stays_a_paragraph() {
    // Read from a damaged Word file: "**Eriävä mielipide (Huom:**" over "**): **…" read as a
    // statement until the colons of both lines were escaped together.
    use muistio_core::{EntryKind, Rich, Span};
    let text = Rich::from(vec![
        Span::Bold("Eriävä mielipide (Huom:".into()),
        Span::Text("\n".into()),
        Span::Bold("): ".into()),
        Span::Text("Time: <https://x.fi/a>*IdaIt was agreed:".into()),
    ]);
    document_reads_back(&one_entry("MUISTIO", EntryKind::Paragraph { text }));
}

#[test]
fn a_paragraph_that_opens_like_a_label_stays_whole_when_a_later_line_looks_like_a_heading() {
    // Read from a damaged Word file: "**Beslut: **…" over "# …Vote:…". The block read as the
    // paragraph only while the heading below was left unescaped (and broke the block), and
    // escaped, the label opened a decision: the first line must be escaped after the second.
    use muistio_core::{EntryKind, Lang, Rich, Span};
    let text = Rich::from(vec![
        Span::Bold("Beslut: ".into()),
        Span::Text("AgainstPROTOKOLLÄiti<Agreed\u{10000}👍🏽\n# PäätettiinVote:[a](b)👍🏽".into()),
    ]);
    let mut doc = one_entry("", EntryKind::Paragraph { text });
    doc.header.lang = Lang::Sv;
    document_reads_back(&doc);
}

#[test]
fn a_vote_whose_text_ends_a_line_with_a_part_word_keeps_it() {
    // "För" over "Aika:" as a vote's question (found by the export target): the writer looked
    // for part words in the text with its hard breaks as written ("För\\"), the reader sees a
    // line that holds only "För", the ayes' label, and the vote read as a paragraph.
    use muistio_core::{EntryKind, Lang, Rich, Vote};
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        for (question, result) in [
            ("För\nAika:", ""),
            ("Jaa\nmuuta", "Ei\nkukaan"),
            ("x\nAgainst", "Tyhjää\nx"),
            ("Mot", "Blanka"),
        ] {
            let vote = Vote {
                question: Rich::plain(question),
                result: Rich::plain(result),
                ..Vote::default()
            };
            let mut doc = one_entry("", EntryKind::Vote(vote));
            doc.header.lang = lang;
            document_reads_back(&doc);
        }
    }
}

#[test]
fn an_item_titled_as_the_mark_of_a_confidential_item_stays_public() {
    // Read from a damaged Word file: an item titled "(confidential)", not marked so, was written
    // "2. (confidential)" and read back as an untitled confidential item.
    use muistio_core::Lang;
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        for title in [
            "(confidential)",
            "(salassa pidettävä)",
            "(Sekretessbelagd)",
            "(not for publication)",
        ] {
            let mut doc = Minutes::default();
            doc.header.lang = lang;
            doc.items.push(Item::new(Id(1), "Avaus"));
            doc.items.push(Item::new(Id(2), title));
            document_reads_back(&doc);
            doc.items[1].confidential = true;
            document_reads_back(&doc);
        }
    }
}
