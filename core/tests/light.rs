//! The light entry points the app's main module calls (`make_light`, `restore_light`,
//! `came_back::of_light`) do what the full ones do for every format they keep, and refuse the
//! Word, OpenDocument and PDF work they leave out, with nothing half done.

use muistio_core::came_back;
use muistio_core::export::{make, make_light, ExportError, Format, Options};
use muistio_core::store::{restore_light, zipped};
use muistio_core::{restore, Ids, ImportError, Minutes};

const MEMOS: [&str; 4] = [
    "hallitus-muistio.md",
    "styrelse-protokoll.md",
    "board-minutes.md",
    "yhdistys-poytakirja.md",
];

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn read(bytes: &[u8]) -> Minutes {
    restore(bytes, &mut Ids::seeded(5)).unwrap().minutes
}

#[test]
fn the_light_writers_make_what_make_makes_and_refuse_the_heavy_formats() {
    for name in MEMOS {
        let doc = read(&fixture(name));
        let base = read(&fixture(MEMOS[0]));
        let options = Options {
            now_ms: 1_770_000_000_000,
            base: Some(&base),
            ..Options::default()
        };
        for format in Format::ALL {
            let light = make_light(&doc, format, &options);
            if format.heavy() {
                assert_eq!(light, Err(ExportError::Elsewhere), "{name} {format:?}");
            } else {
                assert_eq!(light, make(&doc, format, &options), "{name} {format:?}");
            }
        }
    }
}

#[test]
fn the_light_reader_reads_text_and_pages_as_restore_does_and_refuses_office_files() {
    for name in MEMOS {
        let bytes = fixture(name);
        assert_eq!(
            restore_light(&bytes, &mut Ids::seeded(3)),
            restore(&bytes, &mut Ids::seeded(3)),
            "{name}"
        );
        let doc = read(&bytes);
        let page = make(&doc, Format::Html, &Options::default()).unwrap().bytes;
        assert_eq!(
            restore_light(&page, &mut Ids::seeded(3)),
            restore(&page, &mut Ids::seeded(3)),
            "{name} as a page"
        );
        for format in [Format::Docx, Format::Odt] {
            let file = make(&doc, format, &Options::default()).unwrap().bytes;
            assert!(zipped(&file));
            assert_eq!(
                restore_light(&file, &mut Ids::seeded(3)),
                Err(ImportError::Binary),
                "{name} {format:?}"
            );
            assert_eq!(
                restore(&file, &mut Ids::seeded(3)).unwrap().minutes,
                doc,
                "{name} {format:?} in full"
            );
        }
    }
    for name in [
        "office/libreoffice-hallitus-fi.docx",
        "office/libreoffice-library-en.odt",
    ] {
        assert_eq!(
            restore_light(&fixture(name), &mut Ids::seeded(3)),
            Err(ImportError::Binary),
            "{name}"
        );
    }
}

#[test]
fn a_web_page_that_came_back_is_read_by_the_light_way_as_by_the_full_one() {
    for name in MEMOS {
        let doc = read(&fixture(name));
        let page = make(&doc, Format::Html, &Options::default()).unwrap().bytes;
        // Edited elsewhere: a sentence added to the page's text.
        let edited = String::from_utf8(page)
            .unwrap()
            .replacen("</h1>", "</h1><p>Lisätty rivi.</p>", 1)
            .into_bytes();
        let restored = restore(&edited, &mut Ids::seeded(4)).unwrap();
        let light = came_back::of_light(&edited, restored.clone(), &mut Ids::seeded(6)).unwrap();
        assert_ne!(light.theirs, light.base, "{name}: the added line is read");
        assert_eq!(
            Ok(light),
            came_back::of(&edited, restored, &mut Ids::seeded(6)),
            "{name}"
        );
        let docx = make(&doc, Format::Docx, &Options::default()).unwrap().bytes;
        let restored = restore(&docx, &mut Ids::seeded(4)).unwrap();
        assert_eq!(
            came_back::of_light(&docx, restored.clone(), &mut Ids::seeded(6)),
            Err(ImportError::Binary),
            "{name}"
        );
        assert_eq!(
            came_back::of(&docx, restored, &mut Ids::seeded(6)).unwrap().base,
            doc,
            "{name} in full"
        );
    }
}
