//! The public version leaks nothing: no removed name, no address and nothing of a confidential
//! item is in any byte of any format — the text, the draft that Word, OpenDocument and web page
//! files carry, each part of the archives unpacked, and the PDF's words as a reader finds them.

mod oracle;

use muistio_core::export::public::{public, Naming};
use muistio_core::export::{make, Format, Options};
use muistio_core::zip;
use muistio_core::{restore, Ids, Minutes};

const MEMO: &str = "Kulttuurijaosto\n\nPÖYTÄKIRJA 4/2026\n\nAika: 12.3.2026 klo 9.00–11.00\n\
Paikka: Kivelän toimisto, Rovaniemi\n\nPaikalla:\n\n\
Anna\tVirtanen\tpuheenjohtaja\nMarjaana\tKivelä\tLapin liitto\nJuho\tKangas\tArctic Factory\n\
Sanni\tLuostarinen\tsihteeri\n\n\
1. Kokouksen avaus\n\nAnna avasi kokouksen. Marjaanalle ja Juholle kiitos.\n\n\
Marjaana: Juho Kangas esittelee hankkeen.\n\n\
2. Hankehaku\n\nSovittiin, että Kivelä valmistelee hakemuksen.\n\n\
Tehtävä (Marjaana Kivelä, 1.4.2026): Lähetä hakemus Juholle.\n\n\
Äänestys (nimenhuuto): Haetaanko?\n\nPuolesta 2: Anna Virtanen, Juho Kangas\n\nVastaan 1: Marjaana Kivelä\n\n\
Tulos: Haetaan.\n\nEriävä mielipide (Marjaana Kivelä): Liian kallis.\n\n\
3. Henkilöstöasia (salassa pidettävä)\n\nPalkankorotus Sannille, ylimääräinen salapalkkio.\n\n\
4. Seuraava kokous\n\n9.4.2026 klo 9.00.\n\nRovaniemen sali, Valtakatu 3.\n";

fn doc() -> Minutes {
    let mut doc = restore(MEMO.as_bytes(), &mut Ids::seeded(7)).unwrap().minutes;
    assert_eq!(doc.attendees.len(), 4, "{:#?}", doc.attendees);
    assert!(doc.items[2].confidential);
    doc.attendees[1].email = "marjaana.kivela@lapinliitto.fi".into();
    doc.attendees[2].email = "juho@arcticfactory.fi".into();
    doc.header.approval.checkers = vec!["Juho Kangas".into()];
    doc
}

/// Every form a text may take in a file: as it is, unpacked from each archive part, in the
/// UTF-16 of PDF strings, and as a PDF reader reads the page (when one is installed).
fn readings(bytes: &[u8], format: Format) -> Vec<Vec<u8>> {
    let mut out = vec![bytes.to_vec()];
    if bytes.starts_with(b"PK") {
        for name in zip::names(bytes).unwrap() {
            out.push(zip::read(bytes, &name, 50 << 20).unwrap().unwrap_or_default());
        }
    }
    if format == Format::Pdf {
        let path = oracle::temp("public.pdf", bytes);
        if let Some(text) = oracle::run("pdftotext", &[path.to_str().unwrap(), "-"]) {
            assert!(text.contains("Virtanen"), "the PDF reads: {text}");
            out.push(text.into_bytes());
        }
    }
    out
}

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

fn find(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn no_removed_name_and_nothing_confidential_in_any_byte_of_any_format() {
    let doc = doc();
    let id = |last: &str| doc.attendees.iter().find(|a| a.last_name == last).unwrap().id;
    let naming = [
        (id("Kivelä"), Naming::Removed),
        (id("Kangas"), Naming::Removed),
        (id("Luostarinen"), Naming::Initials),
    ];
    let secret = [
        "Marjaana",
        "Kivelä",
        "Kivel",
        "Juho",
        "Kangas",
        "kivela",
        "juho@",
        "Luostarinen",
        "Sanni",
        "Palkankorotus",
        "salapalkkio",
        "Henkilöstöasia",
    ];
    let (regular, bold) = oracle::fonts();
    for format in Format::ALL {
        let options = Options {
            now_ms: 5,
            fonts: Some((&regular, &bold)),
            public: Some(&naming),
            ..Options::default()
        };
        let file = make(&doc, format, &options).unwrap();
        assert!(
            file.name
                .ends_with(&format!(" - pöytäkirja - julkinen versio.{}", format.extension())),
            "{}",
            file.name
        );
        let readings = readings(&file.bytes, format);
        for word in secret {
            for reading in &readings {
                assert!(!find(reading, word.as_bytes()), "{format:?} holds {word:?}");
                assert!(!find(reading, &utf16(word)), "{format:?} holds {word:?} in UTF-16");
            }
        }
        // The rest is there: the chair by name, the others' organisations, the confidential item's mark.
        if matches!(format, Format::Markdown | Format::Text | Format::Html | Format::Json) {
            let text = String::from_utf8(file.bytes.clone()).unwrap();
            for kept in [
                "Anna Virtanen",
                "Lapin liitto",
                "Arctic Factory",
                "Salassa pidettävä asia",
            ] {
                assert!(text.contains(kept), "{format:?} lacks {kept:?}:\n{text}");
            }
        }
    }
}

#[test]
fn a_public_file_opened_again_is_the_public_version() {
    let doc = doc();
    let naming = [(doc.attendees[1].id, Naming::Removed)];
    let shown = public(&doc, &naming);
    for format in [Format::Docx, Format::Odt, Format::Html, Format::Json, Format::Markdown] {
        let file = make(&doc, format, &public_options(&naming)).unwrap();
        let back = restore(&file.bytes, &mut Ids::seeded(3)).unwrap().minutes;
        assert_eq!(back.with_positional_ids(), shown.with_positional_ids(), "{format:?}");
    }
}

#[test]
fn everyone_removed_still_makes_every_file() {
    let doc = doc();
    let naming: Vec<_> = doc.attendees.iter().map(|a| (a.id, Naming::Removed)).collect();
    let (regular, bold) = oracle::fonts();
    for format in Format::ALL {
        let options = Options {
            fonts: Some((&regular, &bold)),
            ..public_options(&naming)
        };
        assert!(!make(&doc, format, &options).unwrap().bytes.is_empty(), "{format:?}");
    }
}

/// The public version with each attendee named as `naming` says, made at 5 ms.
fn public_options(naming: &[(muistio_core::Id, Naming)]) -> Options<'_> {
    Options {
        now_ms: 5,
        public: Some(naming),
        ..Options::default()
    }
}
