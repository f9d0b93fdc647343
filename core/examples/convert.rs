//! Converts a memo from the command line:
//! `cargo run -p muistio-core --example convert -- FILE [md|html|txt|ics|json]`.
//! Prints the export to standard output, or the reason the file could not be read.

use muistio_core::export::{export, Format};
use muistio_core::{restore, Ids, Lang, Source};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: convert FILE [md|html|txt|ics|json]");
        std::process::exit(2);
    };
    let format = match args.next().as_deref() {
        Some("json") => Format::Json,
        Some("html") => Format::Html,
        Some("txt") => Format::Text,
        Some("ics") => Format::Ics,
        _ => Format::Markdown,
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    match restore(&bytes, Source::File, &mut Ids::seeded(1)) {
        Ok(r) => match export(&r.minutes, format, 0) {
            Ok(file) => print!("{}", String::from_utf8_lossy(&file.bytes)),
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
