//! Documents out: one closed list of formats and one `render` per format.

pub mod docx;
mod filename;
pub mod html;
pub mod ics;
pub mod mail;
mod markdown;
pub mod odt;
pub mod outline;
pub mod pdf;
pub mod public;
pub mod style;
mod template;
pub mod text;

use crate::format::Envelope;
use crate::model::Minutes;

pub use filename::{file_name, public_file_name};

/// The formats Muistio writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Markdown in the real memo's layout (also readable as plain text).
    Markdown,
    /// A standalone web page that prints well and carries the draft.
    Html,
    /// Plain text, for the body of an e-mail.
    Text,
    /// The next meeting as a calendar event.
    Ics,
    /// A Word document.
    Docx,
    /// An OpenDocument text.
    Odt,
    /// A PDF (made by [`pdf::export`], which needs the fonts).
    Pdf,
    /// The lossless saved format, re-importable.
    Json,
}

impl Format {
    /// Every format, in the order a menu lists them.
    pub const ALL: [Format; 8] = [
        Format::Pdf,
        Format::Docx,
        Format::Odt,
        Format::Html,
        Format::Markdown,
        Format::Text,
        Format::Ics,
        Format::Json,
    ];

    /// The formats whose writers are large (PDF, Word, OpenDocument): the app makes them in a
    /// second module, loaded when first needed ([`make_light`] leaves them out).
    pub fn heavy(self) -> bool {
        matches!(self, Format::Pdf | Format::Docx | Format::Odt)
    }

    /// File name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Text => "txt",
            Format::Ics => "ics",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Pdf => "pdf",
            Format::Json => "json",
        }
    }

    /// MIME type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Html => "text/html;charset=utf-8",
            Format::Text => "text/plain;charset=utf-8",
            Format::Ics => "text/calendar;charset=utf-8",
            Format::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Format::Odt => "application/vnd.oasis.opendocument.text",
            Format::Pdf => "application/pdf",
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

/// Why a format could not be made from a document.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ExportError {
    /// A calendar file needs the next meeting's date.
    NoNextMeeting,
    /// A PDF needs the fonts ([`Options::fonts`]).
    NeedsFonts,
    /// The PDF fonts could not be used: why.
    Fonts(String),
    /// A heavy format asked of [`make_light`], which leaves its writer out.
    Elsewhere,
}

/// How a file is made, beyond the document and the format.
#[derive(Clone, Copy, Default)]
pub struct Options<'a> {
    /// When the file is made (milliseconds since 1970), for the formats that record it.
    pub now_ms: u64,
    /// The regular and bold TrueType fonts a PDF is set in.
    pub fonts: Option<(&'a [u8], &'a [u8])>,
    /// For a copy made from another Muistio's file: where it started, carried by the files
    /// that carry the draft (see `Envelope::base`).
    pub base: Option<&'a Minutes>,
    /// Makes the public version ([`public::public`]), each attendee named as said here: the
    /// files that carry a draft carry the public one, and their names say what they are.
    pub public: Option<&'a [(crate::model::Id, public::Naming)]>,
}

/// Renders `doc` in `format`; `now_ms` stamps formats that record when they were made (a
/// PDF needs [`make`] with the fonts).
pub fn export(doc: &Minutes, format: Format, now_ms: u64) -> Result<Exported, ExportError> {
    make(
        doc,
        format,
        &Options {
            now_ms,
            ..Options::default()
        },
    )
}

/// The one way every file is made: `doc` in `format`, as `options` say.
pub fn make(doc: &Minutes, format: Format, options: &Options) -> Result<Exported, ExportError> {
    make_by(doc, format, options, &heavy)
}

/// [`make`] without the writers of [`Format::heavy`] (refused as [`ExportError::Elsewhere`]):
/// what calls only this leaves the PDF, Word and OpenDocument writers out of its code.
pub fn make_light(doc: &Minutes, format: Format, options: &Options) -> Result<Exported, ExportError> {
    make_by(doc, format, options, &|_, _, _, _| Err(ExportError::Elsewhere))
}

/// The bytes of a heavy format: `doc`, the draft its file carries, and the options.
fn heavy(doc: &Minutes, format: Format, draft: &str, options: &Options) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        Format::Docx => docx::render(&outline::outline(doc), draft),
        Format::Odt => odt::render(&outline::outline(doc), draft),
        _ => {
            let (regular, bold) = options.fonts.ok_or(ExportError::NeedsFonts)?;
            pdf::render(&outline::outline(doc), regular, bold).map_err(|e| ExportError::Fonts(e.0.to_string()))?
        }
    })
}

/// [`make`], the heavy formats' bytes made by `heavy`.
fn make_by<H>(doc: &Minutes, format: Format, options: &Options, heavy: &H) -> Result<Exported, ExportError>
where
    H: Fn(&Minutes, Format, &str, &Options) -> Result<Vec<u8>, ExportError>,
{
    if let Some(naming) = options.public {
        let shown = public::public(doc, naming);
        // The public version carries only itself: no base, no name left out.
        let whole = Options {
            public: None,
            base: None,
            ..*options
        };
        let mut file = make_by(&shown, format, &whole, heavy)?;
        file.name = public_file_name(&shown, format.extension());
        return Ok(file);
    }
    let (now_ms, base) = (options.now_ms, options.base);
    let shared_draft = |doc: &Minutes| shared_draft(doc, base, now_ms);
    let bytes = match format {
        Format::Markdown => markdown::render(doc).into_bytes(),
        Format::Html => html::render(&outline::outline(doc), &shared_draft(doc)).into_bytes(),
        Format::Text => text::render(&outline::outline(doc)).into_bytes(),
        Format::Ics => ics::render(doc, now_ms).ok_or(ExportError::NoNextMeeting)?.into_bytes(),
        // A PDF carries no draft.
        Format::Pdf => heavy(doc, format, "", options)?,
        Format::Docx | Format::Odt => heavy(doc, format, &shared_draft(doc), options)?,
        Format::Json => draft(doc, base, now_ms).into_bytes(),
    };
    Ok(Exported {
        name: file_name(doc, format.extension()),
        mime: format.mime(),
        bytes,
    })
}

/// The saved form a file carries, with every control character escaped (`\u0085`): JSON
/// leaves the delete character and the C1 controls as they are, and a file full of those
/// would be refused as binary when opened again.
fn draft(doc: &Minutes, base: Option<&Minutes>, now_ms: u64) -> String {
    let json = Envelope::carried(doc, base, now_ms);
    if !json.contains(char::is_control) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 64);
    for c in json.chars() {
        match c.is_control() {
            // Structure has no control characters: every one left stands inside a string.
            true => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            false => out.push(c),
        }
    }
    out
}

/// The draft a document handed to others carries (Word, OpenDocument, web page): without the
/// attendees' e-mail addresses, which are for sending and are kept only in the browser and in
/// the Muistio file.
fn shared_draft(doc: &Minutes, base: Option<&Minutes>, now_ms: u64) -> String {
    let private = |d: &Minutes| d.attendees.iter().any(|a| !a.email.is_empty());
    if !private(doc) && !base.is_some_and(private) {
        return draft(doc, base, now_ms);
    }
    let without = |d: &Minutes| {
        let mut shared = d.clone();
        shared.attendees.iter_mut().for_each(|a| a.email.clear());
        shared
    };
    draft(&without(doc), base.map(without).as_ref(), now_ms)
}

/// Markdown in the real memo's layout.
pub fn markdown(doc: &Minutes) -> String {
    markdown::render(doc)
}
