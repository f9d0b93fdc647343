//! Opening a file Muistio made that someone edited and sent back: the draft it carries is where
//! both copies started; its visible text, compared with what the same file showed when it was
//! made, gives their changes ([`crate::edit::came_back`]). This stands above the readers and the
//! writers (as `restore` stands above the readers), since it needs both: the file is written
//! again as it was made, and both forms are read.

use crate::error::ImportError;
use crate::export::{self, Format};
use crate::model::{Ids, Minutes};
use crate::store::{restore, Origin, Restored};
use crate::{edit, import};

/// A copy that came back.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CameBack {
    /// Where the copy and the draft it was made from started: the base the file carries (a
    /// copy edited in another Muistio), else the draft the file was made from.
    pub base: Minutes,
    /// The copy as it came back: the draft inside, with the changes made to the file's text
    /// since it was written (a Word, OpenDocument or web page file edited elsewhere).
    pub theirs: Minutes,
}

impl CameBack {
    /// Whether the file was changed at all after Muistio made it.
    pub fn changed(&self) -> bool {
        self.base != self.theirs
    }
}

/// What a person reading `bytes` (a Word, OpenDocument or web page file) sees, as a memo.
fn visible(bytes: &[u8], format: Format, ids: &mut Ids) -> Result<Minutes, ImportError> {
    match format {
        Format::Html => page_text(bytes, ids),
        _ => import::office_text(&import::office::visible_text(bytes)?, ids),
    }
}

/// What a person reading a web page sees, as a memo.
fn page_text(bytes: &[u8], ids: &mut Ids) -> Result<Minutes, ImportError> {
    Ok(import::text(
        &import::html::text_of(&import::decode::decode(bytes)?),
        ids,
    ))
}

/// The format of a file that can carry a draft, from its first bytes.
fn carrier(bytes: &[u8]) -> Option<Format> {
    if crate::store::zipped(bytes) {
        // Word keeps its text in word/document.xml, OpenDocument in content.xml.
        let has = |name: &[u8]| bytes.windows(name.len()).any(|w| w == name);
        return Some(if has(b"word/document.xml") {
            Format::Docx
        } else {
            Format::Odt
        });
    }
    let head: String = String::from_utf8_lossy(&bytes[..bytes.len().min(64)])
        .trim_start()
        .to_lowercase();
    (head.starts_with("<!doctype html") || head.starts_with("<html")).then_some(Format::Html)
}

/// Reads a file Muistio made (a Muistio file, or a Word, OpenDocument or web page file with
/// the draft inside) as a copy that came back; `None` for any other file.
pub fn came_back(bytes: &[u8], ids: &mut Ids) -> Result<Option<CameBack>, ImportError> {
    let restored = restore(bytes, ids)?;
    match restored.origin {
        Origin::Saved => of(bytes, restored, ids).map(Some),
        Origin::Text => Ok(None),
    }
}

/// Where a copy read from a file Muistio made started: the base it carries (a copy edited in
/// another Muistio), else the draft inside; `None` for a file Muistio did not make.
pub fn start(restored: &Restored) -> Option<&Minutes> {
    (restored.origin == Origin::Saved).then(|| restored.base.as_ref().unwrap_or(&restored.minutes))
}

/// The copy that came back in `bytes`, already read as `restored` (a file Muistio made): for a
/// Word, OpenDocument or web page file, the changes made to its text are read too.
pub fn of(bytes: &[u8], restored: Restored, ids: &mut Ids) -> Result<CameBack, ImportError> {
    of_by(
        bytes,
        restored,
        ids,
        &|doc, format, now| export::make(doc, format, &now),
        &visible,
    )
}

/// [`of`] without the Word and OpenDocument writers and readers, which what calls only this
/// leaves out of its code: a Word or OpenDocument file is refused as a binary file.
pub fn of_light(bytes: &[u8], restored: Restored, ids: &mut Ids) -> Result<CameBack, ImportError> {
    if crate::store::zipped(bytes) {
        return Err(ImportError::Binary);
    }
    let page = |bytes: &[u8], format, ids: &mut Ids| match format {
        Format::Html => page_text(bytes, ids),
        _ => Err(ImportError::Binary),
    };
    of_by(
        bytes,
        restored,
        ids,
        &|doc, format, now| export::make_light(doc, format, &now),
        &page,
    )
}

/// [`of`], the carrier written again by `write` and each form read by `read`.
fn of_by<W, R>(bytes: &[u8], restored: Restored, ids: &mut Ids, write: &W, read: &R) -> Result<CameBack, ImportError>
where
    W: Fn(&Minutes, Format, export::Options) -> Result<export::Exported, export::ExportError>,
    R: Fn(&[u8], Format, &mut Ids) -> Result<Minutes, ImportError>,
{
    let carried = restored.minutes;
    let theirs = match carrier(bytes) {
        Some(format) => {
            let now_ms = restored.saved_at.unwrap_or(0);
            let options = export::Options {
                now_ms,
                ..export::Options::default()
            };
            let made = write(&carried, format, options).map_err(|_| ImportError::Damaged {
                detail: "the draft inside cannot be written again".into(),
            })?;
            let made = read(&made.bytes, format, ids)?;
            let back = read(bytes, format, ids)?;
            edit::came_back::theirs(&carried, &made, &back, ids)
        }
        None => carried.clone(),
    };
    let base = restored.base.unwrap_or(carried);
    Ok(CameBack { base, theirs })
}

/// How closely `draft` is the draft a copy that started as `start` was made from: the number
/// of attendees, items and entries they share (by id), when that is at least half of the
/// copy's starting point; `None` for an unrelated document.
pub fn kinship(start: &Minutes, draft: &Minutes) -> Option<usize> {
    let ids: std::collections::HashSet<_> = start.ids().into_iter().collect();
    let shared = draft.ids().iter().filter(|id| ids.contains(id)).count();
    (!ids.is_empty() && shared * 2 >= ids.len()).then_some(shared)
}
