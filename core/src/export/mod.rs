//! Documents out: one closed list of formats and one `render` per format.

mod filename;
pub mod inline;
mod markdown;

use crate::model::Minutes;
use crate::store::Envelope;

pub use filename::file_name;

/// The formats Muistio writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    /// Markdown in the real memo's layout (also readable as plain text).
    Markdown,
    /// The lossless saved format, re-importable.
    Json,
}

impl Format {
    /// File name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }

    /// MIME type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// A finished file: its name, type and bytes.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Exported {
    /// Suggested file name, safe on Windows, macOS and Linux.
    pub name: String,
    /// MIME type.
    pub mime: &'static str,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// Renders `doc` in `format`; `now_ms` stamps formats that record when they were made.
pub fn export(doc: &Minutes, format: Format, now_ms: u64) -> Exported {
    let bytes = match format {
        Format::Markdown => markdown::render(doc).into_bytes(),
        Format::Json => Envelope::new(doc.clone(), now_ms).to_json().into_bytes(),
    };
    Exported {
        name: file_name(doc, format.extension()),
        mime: format.mime(),
        bytes,
    }
}

/// Markdown in the real memo's layout.
pub fn markdown(doc: &Minutes) -> String {
    markdown::render(doc)
}
