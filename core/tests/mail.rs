//! The e-mail a person sends: the cover note in the document's language, recipients from the
//! attendees, one message per action owner; every message read by Python's `email` package.

use muistio_core::export::mail::{self, Address};
use muistio_core::export::{export, Format};
use muistio_core::{restore, Ids, Minutes};
use std::process::Command;

fn fixture(name: &str) -> Minutes {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let mut doc = restore(&std::fs::read(path).unwrap(), &mut Ids::seeded(1))
        .unwrap()
        .minutes;
    for a in &mut doc.attendees {
        let ascii = |s: &str| s.to_lowercase().replace(['ä', 'å'], "a").replace('ö', "o");
        a.email = format!("{}.{}@example.fi", ascii(a.call_name()), ascii(&a.last_name));
    }
    doc
}

const READ: &str = r#"
import sys, json, email
from email import policy
msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.default)
to = [[a.display_name, a.addr_spec] for a in msg['To'].addresses] if msg['To'] else []
parts = [p.get_filename() for p in msg.iter_attachments()]
body = msg.get_body(preferencelist=('plain',)).get_content()
defects = [type(d).__name__ for p in msg.walk() for d in p.defects]
print(json.dumps({"to": to, "subject": str(msg['Subject']), "files": parts, "body": body, "defects": defects}))
"#;

/// What Python's `email` reads from a message, or `None` when Python is missing.
fn python_reads(eml: &[u8], name: &str) -> Option<serde_json::Value> {
    let dir = std::env::temp_dir().join(format!("muistio-mail-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, eml).unwrap();
    match Command::new("python3")
        .args(["-c", READ, path.to_str().unwrap()])
        .output()
    {
        Ok(out) => {
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            Some(serde_json::from_slice(&out.stdout).unwrap())
        }
        Err(_) if std::env::var_os("MUISTIO_REQUIRE_READERS").is_none() => None,
        Err(e) => panic!("python3 is required: {e}"),
    }
}

#[test]
fn the_cover_note_says_what_was_decided_and_who_does_what_in_each_language() {
    let fi = mail::cover_note(&fixture("hallitus-muistio.md"));
    assert!(fi.starts_with("Hei,\n\nLiitteenä kokouksen muistio ("), "{fi}");
    assert!(fi.contains("Tehtävät:\n- Liisa: Kokoaa avustushakemuksen"), "{fi}");
    assert!(
        fi.contains("(13.3.2026)") && fi.contains("- Eero: Selvittää opiskelijayhteistyön aikataulun."),
        "{fi}"
    );
    assert!(fi.ends_with("Terveisin\nSaana Niemi"), "{fi}");
    assert!(!fi.contains("====="), "no underlines");
    let sv = mail::cover_note(&fixture("styrelse-protokoll.md"));
    assert!(sv.starts_with("Hej,\n\nBifogat finns mötets protokoll ("), "{sv}");
    assert!(
        sv.contains("Beslut:\n- Programmet godkänns") && sv.contains("Åtgärder:\n- Maria: Sammanställer"),
        "{sv}"
    );
    assert!(sv.ends_with("Hälsningar\nMaria Holm"), "{sv}");
    let en = mail::cover_note(&fixture("board-minutes.md"));
    assert!(
        en.starts_with("Hello,\n\nPlease find attached the minutes of the meeting ("),
        "{en}"
    );
    assert!(
        en.contains("Decisions:\n- Agreed to apply") && en.contains("(13 March 2026)"),
        "{en}"
    );
}

#[test]
fn python_reads_the_recipients_the_subject_and_the_cover_note() {
    let doc = fixture("hallitus-muistio.md");
    let to = mail::recipients(&doc);
    assert_eq!(to.len(), doc.attendees.len());
    let mut hostile = to.clone();
    hostile.push(Address {
        name: "Paha\r\nBcc: x@y.fi".into(),
        email: "paha@example.fi\r\nBcc: z@y.fi".into(),
    });
    let note = mail::cover_note(&doc);
    let pdf = export(&doc, Format::Html, 0).unwrap();
    let eml = mail::eml_to(&hostile, &mail::subject(&doc), &note, std::slice::from_ref(&pdf), 9);
    let text = String::from_utf8(eml.clone()).unwrap();
    assert!(
        !text.contains("\nBcc") && !text.contains("z@y.fi"),
        "a broken address is left out"
    );
    let Some(read) = python_reads(&eml, "saate.eml") else {
        return;
    };
    assert_eq!(read["defects"], serde_json::json!([]));
    let first = &read["to"][0];
    assert_eq!(first[1], to[0].email.as_str());
    assert_eq!(first[0], to[0].name.as_str());
    assert_eq!(read["to"].as_array().unwrap().len(), to.len());
    assert_eq!(read["files"][0], pdf.name.as_str());
    assert_eq!(read["body"].as_str().unwrap().replace("\r\n", "\n").trim_end(), note);
}

#[test]
fn each_owner_gets_their_own_actions() {
    let doc = fixture("hallitus-muistio.md");
    let mails = mail::owner_mails(&doc);
    let owners: Vec<&str> = mails.iter().map(|m| m.to.name.as_str()).collect();
    assert_eq!(owners.len(), 2, "Liisa and Eero: {owners:?}");
    let liisa = mails.iter().find(|m| m.body.contains("Kokoaa")).unwrap();
    assert!(liisa.subject.starts_with("Tehtäväsi: "), "{}", liisa.subject);
    assert!(liisa.body.starts_with("Hei Liisa,"), "{}", liisa.body);
    assert!(liisa.body.contains("(määräaika 13.3.2026)"), "{}", liisa.body);
    assert!(!liisa.body.contains("Selvittää"), "only her own");
    for (file, hello, due) in [
        ("styrelse-protokoll.md", "Hej Maria,", "(senast 13.3.2026)"),
        ("board-minutes.md", "Hello Saana,", "(due 13 March 2026)"),
    ] {
        let m = mail::owner_mails(&fixture(file));
        assert_eq!(m.len(), 1, "{file}");
        assert!(m[0].body.starts_with(hello) && m[0].body.contains(due), "{}", m[0].body);
    }
    let mut unreachable = doc.clone();
    unreachable
        .attendees
        .iter_mut()
        .filter(|a| a.call_name() == "Eero")
        .for_each(|a| a.email.clear());
    assert_eq!(mail::owners_without_address(&unreachable), ["Eero Juhani Mäkelä"]);
    assert_eq!(mail::owner_mails(&unreachable).len(), 1);
    let eml = mail::eml_to(std::slice::from_ref(&liisa.to), &liisa.subject, &liisa.body, &[], 3);
    let Some(read) = python_reads(&eml, "liisa.eml") else {
        return;
    };
    assert_eq!(read["to"][0][1], liisa.to.email.as_str());
    assert_eq!(read["subject"], liisa.subject.as_str());
    assert!(read["body"].as_str().unwrap().contains("määräaika 13.3.2026"));
}

#[test]
fn the_mailto_address_names_the_recipients() {
    let to = [
        Address {
            name: "Ida".into(),
            email: "ida@example.fi".into(),
        },
        Address {
            name: String::new(),
            email: "tomi@example.fi".into(),
        },
    ];
    let m = mail::mailto_to(&to, "Aihe", "Hei", "liitteenä");
    assert!(
        m.starts_with("mailto:ida%40example.fi,tomi%40example.fi?subject=Aihe&body=Hei"),
        "{m}"
    );
    assert_eq!(mail::recipients_text(&to), "Ida <ida@example.fi>, tomi@example.fi");
}

#[test]
fn addresses_stay_out_of_the_documents_handed_on() {
    let doc = fixture("hallitus-muistio.md");
    let address = doc.attendees[0].email.clone();
    for format in [Format::Docx, Format::Odt, Format::Html, Format::Markdown, Format::Text] {
        let file = export(&doc, format, 0).unwrap();
        let text = String::from_utf8_lossy(&file.bytes).to_string();
        assert!(!text.contains(&address), "{format:?}");
        if format == Format::Docx || format == Format::Odt {
            let back = restore(&file.bytes, &mut Ids::seeded(1)).unwrap().minutes;
            assert!(
                back.attendees.iter().all(|a| a.email.is_empty()),
                "{format:?} reopens without them"
            );
        }
    }
    let json = export(&doc, Format::Json, 0).unwrap();
    assert!(
        String::from_utf8_lossy(&json.bytes).contains(&address),
        "the Muistio file keeps them"
    );
}
