//! Converts a memo from the command line:
//! `cargo run -p muistio-core --example convert -- FILE [md|html|txt|ics|docx|odt|pdf|json]`.
//! Prints the export to standard output, or the reason the file could not be read.

use muistio_core::export::{export, Format};
use muistio_core::{restore, Ids, Lang};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: convert FILE [md|html|txt|ics|docx|odt|pdf|json]");
        std::process::exit(2);
    };
    let format = match args.next().as_deref() {
        Some("json") => Format::Json,
        Some("html") => Format::Html,
        Some("txt") => Format::Text,
        Some("ics") => Format::Ics,
        Some("docx") => Format::Docx,
        Some("odt") => Format::Odt,
        _ => Format::Markdown,
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let pdf = std::env::args().nth(2).as_deref() == Some("pdf");
    match restore(&bytes, &mut Ids::seeded(1)) {
        Ok(r) if pdf => {
            let font = |name: &str| {
                std::fs::read(format!("{}/../style/fonts/{name}", env!("CARGO_MANIFEST_DIR")))
                    .expect("the project's fonts")
            };
            let file =
                muistio_core::export::pdf::export(&r.minutes, &font("DejaVuSans.ttf"), &font("DejaVuSans-Bold.ttf"))
                    .expect("the fonts are usable");
            use std::io::Write;
            std::io::stdout().write_all(&file.bytes).expect("stdout takes the file");
        }
        Ok(r) => match export(&r.minutes, format, 0) {
            Ok(file) => {
                use std::io::Write;
                std::io::stdout().write_all(&file.bytes).expect("stdout takes the file");
            }
            Err(e) => {
                eprintln!("{e:?}");
                std::process::exit(1);
            }
        },
        Err(e) => {
            eprintln!("{}", e.message(Lang::En));
            std::process::exit(1);
        }
    }
}
