//! Fuzzing every reader, with proptest (the stable toolchain has no libFuzzer): memo text of
//! every shape, any bytes, JSON envelopes, web pages, Word and OpenDocument files (damaged, and
//! with their XML rewritten), DEFLATE streams — and every document exported and read back.
//! Each input is read or refused without a panic, within [`SECONDS`] per 64 KB in an optimised
//! build (ten times that in a debug build), and what is read reads back from its Markdown.
//!
//! `cargo test` runs a few cases of each; `make fuzz` (tools/fuzz.sh) runs as many as it is
//! given time for. `PROPTEST_CASES` sets the cases of each target (raise
//! `PROPTEST_MAX_LOCAL_REJECTS` with it). Every input a run found is kept as a named test in
//! `tests/fuzz_finds.rs`.

#[path = "../examples/pathological/shapes/mod.rs"]
mod shapes;

mod common;

use common::{any_minutes, repaired, tidied, HOSTILE, PIECES};
use muistio_core::export::{export, markdown, pdf, Format};
use muistio_core::{restore, Ids, ImportError, Minutes, Restored};
use proptest::prelude::*;
use std::sync::OnceLock;
use std::time::Instant;

/// Cases of each target in an ordinary test run.
const CASES: u32 = 48;
/// The longest one input of up to 64 KB may take to be read, written or read back, in an
/// optimised build.
const SECONDS: f64 = 2.0;

/// The time this thread has run on a processor, in seconds (Linux), so that a busy machine
/// does not make an input look slow; the time passed where that is not known.
fn cpu_time(since: Instant) -> f64 {
    let on_cpu = std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok());
    match on_cpu {
        Some(ns) => ns as f64 / 1e9,
        None => since.elapsed().as_secs_f64(),
    }
}

/// Runs `f` on an input of `len` bytes and fails when it takes longer than it may (in
/// processor time).
fn timed<T>(what: &str, len: usize, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let before = cpu_time(started);
    let out = f();
    let took = cpu_time(started) - before;
    let slower = if cfg!(debug_assertions) { 10.0 } else { 1.0 };
    let bound = SECONDS * slower * len.div_ceil(64 << 10).max(1) as f64;
    assert!(took < bound, "{what}: {len} bytes took {took:.2} s (at most {bound} s)");
    out
}

/// Reads `bytes` as every input is read, in time.
fn read(what: &str, bytes: &[u8]) -> Result<Restored, ImportError> {
    timed(what, bytes.len(), || restore(bytes, &mut Ids::seeded(1)))
}

/// A document read from text reads back from its Markdown as itself, in time.
fn reads_back(doc: &Minutes) {
    let doc = doc.with_positional_ids();
    let md = timed("Markdown", 0, || markdown(&doc));
    let back = read("the Markdown read back", md.as_bytes()).unwrap_or_else(|e| panic!("{e:?}\n{md}"));
    assert_eq!(back.minutes.with_positional_ids(), doc, "\n{md}");
}

/// One change to an input: bytes put in, taken out or overwritten at a place, or the rest cut
/// off.
#[derive(Clone, Debug)]
enum Change {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Overwrite(usize, u8),
    Cut(usize),
}

/// Applies `changes` to `bytes`; places wrap around the input's length.
fn changed(mut bytes: Vec<u8>, changes: &[Change]) -> Vec<u8> {
    for change in changes {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        match change {
            Change::Insert(i, piece) => {
                let i = at(*i, bytes.len());
                bytes.splice(i..i, piece.iter().copied());
            }
            Change::Delete(i, n) => {
                let i = at(*i, bytes.len());
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
            Change::Overwrite(i, b) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes[i] = *b;
            }
            Change::Cut(i) => bytes.truncate(at(*i, bytes.len())),
            Change::Overwrite(..) => {}
        }
    }
    bytes
}

/// Changes that put in pieces of `pieces`, or any bytes.
fn changes(pieces: &'static [&'static str]) -> impl Strategy<Value = Vec<Change>> {
    let piece = prop_oneof![
        3 => prop::sample::select(pieces).prop_map(|p| p.as_bytes().to_vec()),
        1 => prop::collection::vec(any::<u8>(), 1..8),
    ];
    let change = prop_oneof![
        4 => (any::<usize>(), piece).prop_map(|(i, p)| Change::Insert(i, p)),
        2 => (any::<usize>(), 1usize..64).prop_map(|(i, n)| Change::Delete(i, n)),
        2 => (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Change::Overwrite(i, b)),
        1 => any::<usize>().prop_map(Change::Cut),
    ];
    prop::collection::vec(change, 1..10)
}

/// Memo text of every shape: lines of syntax, one piece repeated up to 64 KB, two pieces
/// alternating, and the project's memos changed here and there.
fn text() -> impl Strategy<Value = Vec<u8>> {
    let pieces = || prop::sample::select([HOSTILE, PIECES].concat());
    let memo = prop::sample::select(&["hallitus-muistio.md", "styrelse-protokoll.md", "board-minutes.md"][..]);
    prop_oneof![
        3 => prop::collection::vec(common::raw(12), 1..40).prop_map(|lines| lines.join("\n").into_bytes()),
        1 => (pieces(), 1usize..20_000).prop_map(|(p, n)| p.repeat(n.min((64 << 10) / p.len().max(1))).into_bytes()),
        1 => (pieces(), pieces(), 1usize..10_000)
            .prop_map(|(a, b, n)| format!("{a}{b}").repeat(n.min((64 << 10) / (a.len() + b.len()).max(1))).into_bytes()),
        2 => (memo, changes(HOSTILE)).prop_map(|(name, c)| {
            let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
            changed(std::fs::read(path).unwrap(), &c)
        }),
    ]
}

/// How files of every kind begin: byte order marks, a zip, JSON, a web page.
const HEADS: &[&[u8]] = &[
    b"",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"PK\x03\x04",
    b"{",
    b"<html>",
    b"%PDF",
];

/// Pieces of JSON and of the envelope's fields.
#[rustfmt::skip]
const JSON: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "null", "true", "1e400", "-1", "9007199254740993",
    "\"format\":\"muistio\"", "\"version\":1", "\"version\":99", "\"minutes\":", "\"kind\":\"statement\"",
    "\"kind\":\"next_meeting\"", "\"id\":0", "\"spans\":", "{\"link\":{\"text\":\"x\",\"url\":\"javascript:x\"}}",
    "\"date\":\"2026-02-30\"", "\"start\":\"25:61\"", "\u{2028}", "\u{85}",
];

/// Pieces of HTML: tags that start and stop skipping, comments, entities.
#[rustfmt::skip]
const HTML: &[&str] = &[
    "<script>", "</script>", "<script type=\"application/json\" id=\"muistio-draft\">", "<style>", "</style>",
    "<head>", "</head>", "<!--", "-->", "<p>", "</p>", "<li>", "<br>", "<td>", "</td>", "<tr>", "&amp;", "&nbsp;",
    "&#x41;", "&", "<", ">", "</", "<!doctype html>", "<html>", "<h1>", "</h1>", "\"", "'",
];

/// Pieces of office XML: elements the text readers act on, declarations, entities.
#[rustfmt::skip]
const XML: &[&str] = &[
    "<w:p>", "</w:p>", "<w:r>", "<w:t>", "</w:t>", "<w:b/>", "<w:br/>", "<w:tab/>", "<w:tbl>", "</w:tbl>", "<w:tr>",
    "</w:tr>", "<w:tc>", "</w:tc>", "<w:tblHeader/>", "<w:hyperlink r:id=\"rIdLink1\">", "</w:hyperlink>",
    "<w:pStyle w:val=\"Heading9\"/>", "<w:numPr>", "<text:p>", "</text:p>", "<text:h text:outline-level=\"255\">",
    "</text:h>", "<text:s text:c=\"99999999999\"/>", "<text:line-break/>", "<text:list>", "</text:list>",
    "<text:a xlink:href=\"javascript:x\">", "</text:a>", "<table:table>", "</table:table>", "<table:table-row>",
    "<table:table-cell/>", "<table:table-header-rows>", "&amp;", "&#x10FFFF;", "&#0;", "&lol;", "<![CDATA[", "]]>",
    "<!--", "-->", "<?x?>", "<!DOCTYPE x [<!ENTITY lol \"lol\">]>", "<", ">", "\"", "=", " a=\"b\"",
];

fn fonts() -> &'static (Vec<u8>, Vec<u8>) {
    static FONTS: OnceLock<(Vec<u8>, Vec<u8>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/fonts");
        (
            std::fs::read(format!("{dir}/DejaVuSans.ttf")).unwrap(),
            std::fs::read(format!("{dir}/DejaVuSans-Bold.ttf")).unwrap(),
        )
    })
}

/// The parts of an office file Muistio made, its draft left out (so its text is read).
fn parts_without_draft(file: &[u8]) -> Vec<(String, Vec<u8>)> {
    muistio_core::zip::names(file)
        .unwrap()
        .into_iter()
        .filter(|n| !n.starts_with("muistio/"))
        .map(|n| {
            let data = muistio_core::zip::read(file, &n, 1 << 26).unwrap().unwrap();
            (n, data)
        })
        .collect()
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        max_shrink_iters: 4096,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn text_is_read_in_time_and_reads_back(bytes in text()) {
        if let Ok(first) = read("text", &bytes) {
            reads_back(&first.minutes);
        }
        // As typed or pasted into an item in the editor.
        let mut doc = Minutes::default();
        let text = String::from_utf8_lossy(&bytes);
        timed("typed text", bytes.len(), || muistio_core::import::body_text(&text, &mut doc, &mut Ids::seeded(1)));
    }

    #[test]
    fn any_bytes_are_read_or_refused_in_time(
        head in prop::sample::select(HEADS),
        bytes in prop::collection::vec(any::<u8>(), 0..4096),
    ) {
        let _ = read("bytes", &[head, &bytes[..]].concat());
    }

    #[test]
    fn pathological_shapes_of_any_size_are_read_in_time(shape in 0usize..1000, n in 1024usize..(64 << 10)) {
        let shapes = shapes::all();
        let shape = &shapes[shape % shapes.len()];
        let _ = read(shape.name, &(shape.build)(n));
    }

    #[test]
    fn damaged_saved_drafts_are_read_or_refused_in_time(doc in any_minutes(), c in changes(JSON)) {
        let file = export(&doc, Format::Json, 0).unwrap();
        let _ = read("JSON", &changed(file.bytes, &c));
    }

    #[test]
    fn damaged_web_pages_are_read_in_time(doc in any_minutes(), c in changes(HTML), keep_draft in any::<bool>()) {
        let page = String::from_utf8(export(&doc, Format::Html, 0).unwrap().bytes).unwrap();
        let page = match keep_draft {
            true => page,
            false => page.replace(muistio_core::format::DRAFT_SCRIPT, "<script>"),
        };
        if let Ok(first) = read("HTML", &changed(page.into_bytes(), &c)) {
            if first.origin == muistio_core::store::Origin::Text {
                reads_back(&first.minutes);
            }
        }
    }

    #[test]
    fn damaged_office_files_are_read_or_refused_in_time(doc in any_minutes(), odt in any::<bool>(), c in changes(XML)) {
        let file = export(&doc, if odt { Format::Odt } else { Format::Docx }, 0).unwrap();
        let _ = read("office file", &changed(file.bytes, &c));
    }

    #[test]
    fn office_text_of_any_shape_is_read_in_time(
        doc in any_minutes(),
        odt in any::<bool>(),
        deflated in any::<bool>(),
        c in changes(XML),
    ) {
        let file = export(&doc, if odt { Format::Odt } else { Format::Docx }, 0).unwrap();
        let mut parts = parts_without_draft(&file.bytes);
        let main = if odt { "content.xml" } else { "word/document.xml" };
        for (name, data) in &mut parts {
            if name == main {
                *data = changed(std::mem::take(data), &c);
            }
        }
        let parts: Vec<(&str, &[u8])> = parts.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
        if let Ok(first) = read("office text", &shapes::zip(&parts, deflated)) {
            reads_back(&first.minutes);
        }
    }

    #[test]
    fn deflate_streams_are_inflated_or_refused_in_time(
        data in prop::collection::vec(prop::sample::select(b"aab\x00\xff<w:t>".to_vec()), 0..20_000),
        level in 0u32..10,
        c in prop::option::of(changes(&["\u{0}", "\u{ff}"])),
        claimed in prop::option::of(0u32..(1 << 26)),
    ) {
        let packed = shapes::deflate_at(&data, level);
        let packed = match &c {
            Some(c) => changed(packed, c),
            None => packed,
        };
        let entry = shapes::Raw {
            name: "content.xml".into(),
            method: 8,
            crc: muistio_core::zip::crc32(&data),
            size: claimed.unwrap_or(data.len() as u32),
            packed,
        };
        let zip = shapes::raw_zip(&[entry], &[("content.xml", 0)]);
        let out = timed("inflate", zip.len().max(data.len()), || muistio_core::zip::read(&zip, "content.xml", 1 << 24));
        if c.is_none() && claimed.is_none() {
            prop_assert_eq!(out.unwrap().unwrap(), data);
        }
    }

    #[test]
    fn every_document_is_written_and_read_back_in_time(doc in any_minutes()) {
        let clean = repaired(&doc);
        for format in [Format::Json, Format::Html, Format::Docx, Format::Odt] {
            let file = timed("export", 0, || export(&doc, format, 0).unwrap());
            let back = read("the file read back", &file.bytes).unwrap();
            prop_assert_eq!(&back.minutes, &clean, "{:?}", format);
        }
        let text = timed("text", 0, || export(&doc, Format::Text, 0).unwrap());
        let _ = read("the text read back", &text.bytes);
        let _ = timed("calendar", 0, || export(&doc, Format::Ics, 0));
        let (regular, bold) = fonts();
        timed("PDF", 0, || pdf::export(&doc, regular, bold).unwrap());
        reads_back(&tidied(&doc));
    }
}
