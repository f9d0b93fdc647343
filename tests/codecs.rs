//! The codecs worker's work (`muistio::codecs::answer`), natively: each question answered as
//! muistio-core answers it directly, the document carried across unchanged, every failure
//! answered in words instead of lost.

use muistio::codecs::{answer, make_ask, restored, Answer, Ask, NotMade};
use muistio_core::export::public::Naming;
use muistio_core::export::public_file_name;
use muistio_core::export::{make, Format, Options};
use muistio_core::store::Origin;
use muistio_core::{restore, Id, Ids, ImportError, Lang, Minutes};

const MEMOS: [&str; 3] = ["hallitus-muistio.md", "styrelse-protokoll.md", "board-minutes.md"];

fn read_file(path: &str) -> Vec<u8> {
    std::fs::read(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn memo(name: &str) -> Minutes {
    restore(&read_file(&format!("core/tests/fixtures/{name}")), &mut Ids::seeded(2))
        .unwrap()
        .minutes
}

fn ask_json(ask: &Ask) -> String {
    serde_json::to_string(ask).unwrap()
}

fn fonts() -> (Vec<u8>, Vec<u8>) {
    (
        read_file("style/fonts/DejaVuSans.ttf"),
        read_file("style/fonts/DejaVuSans-Bold.ttf"),
    )
}

#[test]
fn word_opendocument_and_pdf_files_are_made_as_make_makes_them() {
    let (regular, bold) = fonts();
    let fonts = Some((regular.as_slice(), bold.as_slice()));
    for name in MEMOS {
        let doc = memo(name);
        let base = memo(MEMOS[2]);
        for format in [Format::Docx, Format::Odt, Format::Pdf] {
            let ask = make_ask(&doc, Some(&base), 1_770_000_000_000, format, None, true);
            let (answer, bytes) = answer(&ask_json(&ask), &[], fonts);
            let options = Options {
                now_ms: 1_770_000_000_000,
                fonts,
                base: Some(&base),
                public: None,
            };
            let direct = make(&doc, format, &options).unwrap();
            assert_eq!(
                answer,
                Answer::Made {
                    name: direct.name,
                    missing: String::new()
                },
                "{name} {format:?}"
            );
            assert_eq!(bytes, direct.bytes, "{name} {format:?}");
        }
    }
}

#[test]
fn the_public_version_is_made_with_each_naming_and_its_own_name() {
    let doc = memo(MEMOS[0]);
    let naming: Vec<(Id, Naming)> = doc
        .attendees
        .iter()
        .zip([Naming::Initials, Naming::Removed, Naming::Name].into_iter().cycle())
        .map(|(a, n)| (a.id, n))
        .collect();
    let ask = make_ask(&doc, None, 7, Format::Docx, Some(&naming), false);
    let (answer, bytes) = answer(&ask_json(&ask), &[], None);
    let options = Options {
        now_ms: 7,
        public: Some(&naming),
        ..Options::default()
    };
    let direct = make(&doc, Format::Docx, &options).unwrap();
    assert!(
        direct.name.ends_with(".docx")
            && direct.name == public_file_name(&muistio_core::export::public::public(&doc, &naming), "docx")
    );
    assert_eq!(
        answer,
        Answer::Made {
            name: direct.name,
            missing: String::new()
        }
    );
    assert_eq!(bytes, direct.bytes);
}

#[test]
fn letters_the_pdf_font_lacks_are_named_and_a_pdf_without_fonts_is_refused() {
    let (regular, bold) = fonts();
    let doc = restore(
        "Vieraskokous\n\nMUISTIO\n\n1. Tervetuloa\n\nWei: Kiitos – 你好 ja ☃.".as_bytes(),
        &mut Ids::seeded(1),
    )
    .unwrap()
    .minutes;
    let ask = make_ask(&doc, None, 0, Format::Pdf, None, true);
    match answer(&ask_json(&ask), &[], Some((&regular, &bold))) {
        (Answer::Made { missing, .. }, bytes) => {
            assert_eq!(missing, "你好☃");
            assert!(bytes.starts_with(b"%PDF"));
        }
        other => panic!("{other:?}"),
    }
    let (answer, bytes) = answer(&ask_json(&ask), &[], None);
    assert_eq!(
        answer,
        Answer::NotMade {
            why: NotMade::NeedsFonts
        }
    );
    assert!(bytes.is_empty());
}

#[test]
fn office_files_are_read_as_restore_reads_them_and_carried_back_unchanged() {
    for name in MEMOS {
        let doc = memo(name);
        for format in [Format::Docx, Format::Odt] {
            let file = make(&doc, format, &Options::default()).unwrap().bytes;
            let (answer, _) = answer(&ask_json(&Ask::Read { seed: 9 }), &file, None);
            let Answer::Read { saved, draft } = answer else {
                panic!("{answer:?}")
            };
            let back = restored(saved, &draft).unwrap();
            assert_eq!(back.origin, Origin::Saved);
            assert_eq!(back.minutes, doc, "{name} {format:?}");
        }
    }
    // A file Muistio did not make: its text read, with the ids the seed gives.
    for name in [
        "office/libreoffice-hallitus-fi.docx",
        "office/by-hand-default-namespace-sv.docx",
        "office/libreoffice-library-en.odt",
    ] {
        let file = read_file(&format!("core/tests/fixtures/{name}"));
        let (answer, _) = answer(&ask_json(&Ask::Read { seed: 11 }), &file, None);
        let Answer::Read { saved, draft } = answer else {
            panic!("{answer:?}")
        };
        let direct = restore(&file, &mut Ids::seeded(11)).unwrap();
        let back = restored(saved, &draft).unwrap();
        assert_eq!(
            (back.origin, back.minutes, back.base),
            (direct.origin, direct.minutes, direct.base),
            "{name}"
        );
    }
}

#[test]
fn a_copy_that_came_back_is_read_with_where_it_started() {
    let doc = memo(MEMOS[1]);
    let file = make(&doc, Format::Odt, &Options::default()).unwrap().bytes;
    let (answer, _) = answer(&ask_json(&Ask::CameBack { seed: 3 }), &file, None);
    let Answer::CameBack { base, theirs } = answer else {
        panic!("{answer:?}")
    };
    assert_eq!(restored(true, &base).unwrap().minutes, doc);
    assert_eq!(
        restored(true, &theirs).unwrap().minutes,
        doc,
        "unchanged since it was made"
    );
    let other = read_file("core/tests/fixtures/office/libreoffice-board-en.docx");
    assert_eq!(super_answer(&Ask::CameBack { seed: 3 }, &other), Answer::NotCameBack);
}

fn super_answer(ask: &Ask, bytes: &[u8]) -> Answer {
    answer(&ask_json(ask), bytes, None).0
}

#[test]
fn a_file_that_cannot_be_read_is_answered_in_every_language() {
    let mut broken = make(&memo(MEMOS[0]), Format::Docx, &Options::default()).unwrap().bytes;
    broken.truncate(broken.len() / 2);
    let error = restore(&broken, &mut Ids::seeded(1)).unwrap_err();
    let expected = |e: &ImportError| Answer::NotRead {
        fi: e.message(Lang::Fi),
        sv: e.message(Lang::Sv),
        en: e.message(Lang::En),
    };
    assert_eq!(super_answer(&Ask::Read { seed: 1 }, &broken), expected(&error));
    assert_ne!(error.message(Lang::Fi), error.message(Lang::En));
}

#[test]
fn a_question_not_understood_is_answered_as_such() {
    for ask in [
        "",
        "{\"make\":{\"format\":\"exe\",\"draft\":\"{}\",\"public\":null,\"tell\":false}}",
        "{\"paint\":{}}",
    ] {
        let (answer, bytes) = answer(ask, &[], None);
        assert!(
            matches!(
                answer,
                Answer::NotMade {
                    why: NotMade::Unknown(_)
                }
            ),
            "{ask}: {answer:?}"
        );
        assert!(bytes.is_empty());
    }
}

#[test]
fn every_answer_reads_back_from_its_json() {
    let answers = [
        Answer::Made {
            name: "a – ö.pdf".into(),
            missing: "你".into(),
        },
        Answer::NotMade {
            why: NotMade::NoNextMeeting,
        },
        Answer::NotMade {
            why: NotMade::NeedsFonts,
        },
        Answer::NotMade {
            why: NotMade::Fonts("no glyf".into()),
        },
        Answer::NotMade {
            why: NotMade::Unknown("exe".into()),
        },
        Answer::Read {
            saved: true,
            draft: "{\"x\":1}".into(),
        },
        Answer::Read {
            saved: false,
            draft: String::new(),
        },
        Answer::CameBack {
            base: "b".into(),
            theirs: "t".into(),
        },
        Answer::NotCameBack,
        Answer::NotRead {
            fi: "fi".into(),
            sv: "sv".into(),
            en: "en".into(),
        },
    ];
    for answer in answers {
        let json = serde_json::to_string(&answer).unwrap();
        assert_eq!(Answer::read(&json), Some(answer), "{json}");
    }
    for other in [
        "",
        "[]",
        "\"paint\"",
        "{\"made\":{\"name\":1}}",
        "{\"read\":{}, \"made\":{}}",
    ] {
        assert_eq!(Answer::read(other), None, "{other}");
    }
}
