//! Reference outputs, checked in: for a few fixtures, the format-neutral outline, every text
//! format, and every part of the Word and OpenDocument files unzipped (one element a line), so
//! that any change to what Muistio writes shows as a text diff in review, even on a machine
//! without LibreOffice or pandoc. After an intended change: `MUISTIO_BLESS=1 cargo test -p
//! muistio-core --test golden`, then read the diff.

use muistio_core::export::{export, outline::outline, Format};
use muistio_core::{restore, zip, Ids};
use std::path::{Path, PathBuf};

const FIXTURES: &[&str] = &[
    "hallitus-muistio",
    "yhdistys-poytakirja",
    "forening-protokoll",
    "agm-minutes",
];

/// XML with each element on a line of its own (the parts are written as one long line).
fn lined(xml: &str) -> String {
    xml.replace("><", ">\n<")
}

/// Every reference output of one fixture: (file name, contents).
fn outputs(name: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read(dir.join(format!("{name}.md"))).expect("the fixture");
    let doc = restore(&text, &mut Ids::seeded(1)).expect("it reads").minutes;
    let mut out = vec![("outline.txt".to_string(), format!("{:#?}\n", outline(&doc)))];
    for (format, file) in [
        (Format::Markdown, "memo.md"),
        (Format::Text, "memo.txt"),
        (Format::Html, "memo.html"),
        (Format::Ics, "memo.ics"),
        (Format::Json, "memo.json"),
    ] {
        if let Ok(made) = export(&doc, format, 0) {
            out.push((file.to_string(), String::from_utf8(made.bytes).expect("text")));
        }
    }
    for (format, prefix) in [(Format::Docx, "docx"), (Format::Odt, "odt")] {
        let bytes = export(&doc, format, 0).expect("the file").bytes;
        for part in zip::names(&bytes).expect("a zip") {
            let data = zip::read(&bytes, &part, 1 << 24).expect("readable").expect("there");
            let name = format!("{prefix}/{}", part.replace('/', "__"));
            out.push((name, lined(&String::from_utf8_lossy(&data))));
        }
    }
    out
}

fn golden_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name)
}

#[test]
fn what_muistio_writes_is_what_is_checked_in() {
    let bless = std::env::var_os("MUISTIO_BLESS").is_some();
    let mut differ = Vec::new();
    for name in FIXTURES {
        let dir = golden_dir(name);
        let made = outputs(name);
        if bless {
            let _ = std::fs::remove_dir_all(&dir);
        }
        for (file, text) in &made {
            let path = dir.join(file);
            if bless {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, text).unwrap();
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(kept) if kept == *text => {}
                Ok(kept) => {
                    let shorter = kept.lines().count().min(text.lines().count());
                    let line = kept
                        .lines()
                        .zip(text.lines())
                        .position(|(a, b)| a != b)
                        .unwrap_or(shorter)
                        + 1;
                    differ.push(format!("{name}/{file}: differs from line {line}"));
                }
                Err(_) => differ.push(format!("{name}/{file}: not checked in")),
            }
        }
        // A reference left over from a part no longer written is stale.
        if !bless {
            let mut kept = Vec::new();
            for sub in [dir.clone(), dir.join("docx"), dir.join("odt")] {
                for entry in std::fs::read_dir(&sub).into_iter().flatten().flatten() {
                    if entry.path().is_file() {
                        kept.push(entry.path().strip_prefix(&dir).unwrap().to_string_lossy().to_string());
                    }
                }
            }
            for file in kept {
                if !made.iter().any(|(f, _)| *f == file) {
                    differ.push(format!("{name}/{file}: no longer written"));
                }
            }
        }
    }
    assert!(
        differ.is_empty(),
        "\n{}\nIf the change is intended: MUISTIO_BLESS=1 cargo test -p muistio-core --test golden",
        differ.join("\n")
    );
}
