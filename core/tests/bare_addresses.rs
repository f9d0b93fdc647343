//! Addresses typed as they are (`https://…`, `www.…`) become links in every format, and a
//! Markdown file with them reads back as the same document.

use muistio_core::export::{export, markdown, Format};
use muistio_core::{restore, EntryKind, Ids, Minutes};

const MEMO: &str = "Kokous\n\nMUISTIO\n\nAika: 14.11.2025 klo 9.00–11.30\n\n1. Avaus\n\n\
Ami: Vinkkinä visio 2030: https://www.norden.org/fi/visio-2030. Lisää www.lapinliitto.fi/kulttuuri sivuilla.\n\n\
Katso myös https&#58;//ei.linkki.fi, joka jää tekstiksi.\n";

fn read(text: &str) -> Minutes {
    restore(text.as_bytes(), &mut Ids::seeded(1)).unwrap().minutes
}

#[test]
fn a_typed_address_is_a_link_in_the_document() {
    let doc = read(MEMO);
    let EntryKind::Statement { text, .. } = &doc.items[0].entries[0].kind else {
        panic!("a statement")
    };
    assert_eq!(
        text.links().collect::<Vec<_>>(),
        [
            (
                "https://www.norden.org/fi/visio-2030",
                "https://www.norden.org/fi/visio-2030"
            ),
            ("www.lapinliitto.fi/kulttuuri", "https://www.lapinliitto.fi/kulttuuri"),
        ]
    );
    let EntryKind::Paragraph { text } = &doc.items[0].entries[1].kind else {
        panic!("a paragraph")
    };
    assert_eq!(text.links().count(), 0, "an escaped address stays text");
    assert!(text.to_plain().contains("https://ei.linkki.fi"));
}

#[test]
fn every_format_links_it_and_markdown_reads_back_exactly() {
    let doc = read(MEMO);
    let back = read(&markdown(&doc));
    assert_eq!(back.with_positional_ids(), doc.with_positional_ids());
    let html = String::from_utf8(export(&doc, Format::Html, 0).unwrap().bytes).unwrap();
    assert!(
        html.contains(r#"href="https://www.norden.org/fi/visio-2030""#),
        "web page"
    );
    assert!(
        html.contains(r#"href="https://www.lapinliitto.fi/kulttuuri""#),
        "web page"
    );
    let fonts = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/fonts/");
    let (regular, bold) = (
        std::fs::read(format!("{fonts}DejaVuSans.ttf")).unwrap(),
        std::fs::read(format!("{fonts}DejaVuSans-Bold.ttf")).unwrap(),
    );
    let pdf = muistio_core::export::pdf::export(&doc, &regular, &bold).unwrap();
    assert!(
        unpacked(&pdf.bytes).contains("(https://www.lapinliitto.fi/kulttuuri)"),
        "a link annotation in the PDF"
    );
    for format in [Format::Docx, Format::Odt] {
        let file = export(&doc, format, 0).unwrap().bytes;
        assert!(
            contains_unzipped(&file, "https://www.lapinliitto.fi/kulttuuri"),
            "{format:?}"
        );
    }
}

/// True when a part of the zip file holds `needle`.
fn contains_unzipped(zip: &[u8], needle: &str) -> bool {
    muistio_core::zip::names(zip).unwrap().iter().any(|name| {
        let part = muistio_core::zip::read(zip, name, 1 << 24).unwrap().unwrap();
        String::from_utf8_lossy(&part).contains(needle)
    })
}

/// The PDF's compressed streams (the object streams that hold the link annotations among them)
/// unpacked, as text.
fn unpacked(pdf: &[u8]) -> String {
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let mut out = Vec::new();
    let mut rest = pdf;
    while let Some(at) = find(rest, b"/FlateDecode") {
        let data = at + find(&rest[at..], b">>\nstream\n").expect("the stream starts") + 10;
        let end = data + find(&rest[data..], b"\nendstream").expect("the stream ends");
        out.extend(&rest[..data]);
        out.extend(miniz_oxide::inflate::decompress_to_vec_zlib(&rest[data..end]).expect("a zlib stream"));
        rest = &rest[end..];
    }
    out.extend(rest);
    String::from_utf8_lossy(&out).into_owned()
}
