//! Drafts in the browser's localStorage. Each draft has its saved envelope under
//! `muistio:draft:<id>` and, beside it, what the list shows under `muistio:info:<id>` (listing
//! the drafts never reads the drafts). Earlier versions and the edits not yet saved are in
//! `versions.rs`. Every read of a draft goes through `muistio_core::store::open`, which takes
//! only saved envelopes; every write is read back before it counts.

mod access;
pub mod persist;
mod versions;

pub use versions::{
    free_versions, journal, keep_periodic, keep_version, peek_journal, take_journal, version_text, versions, Version,
};

pub use access::changed_elsewhere;

use access::{get, keys, local, remove_key, session, used, value, write, write_value};
use gloo_storage::{LocalStorage, Storage as _};
use muistio_core::store::{self, Envelope, Info, Unsent};
use muistio_core::{Ids, ImportError, Minutes};
use std::cell::RefCell;

pub(super) const DRAFT: &str = "muistio:draft:";
const INFO: &str = "muistio:info:";
const OPEN_KEY: &str = "muistio:open";
const ORIGIN: &str = "muistio:origin:";

/// A draft as the list shows it.
#[derive(Clone, PartialEq, Debug)]
pub struct DraftInfo {
    /// The draft's key suffix.
    pub id: String,
    /// Title, date, when saved, size, words to search by.
    pub info: Info,
    /// Why the draft cannot be opened, when it cannot (damaged, or from a newer Muistio).
    pub unreadable: Option<ImportError>,
}

/// Why a draft was not saved.
#[derive(Clone, PartialEq, Debug)]
pub enum SaveError {
    /// The browser's storage is full (what was stored before is still there).
    Full,
    /// Storage is switched off or refused the write.
    Unavailable(String),
    /// The write seemed to succeed but reading it back gave something else.
    NotVerified,
    /// Another tab saved this draft since this one last did: this revision is in storage.
    Newer(u64),
    /// A new draft is larger than the room left (characters): nothing was written.
    NoRoom { size: usize, room: usize },
}
/// A list entry, read as JSON by gloo (`None` when there is none or it is not one).
fn info(id: &str) -> Option<Info> {
    local().ok()?;
    LocalStorage::get(format!("{INFO}{id}")).ok()
}

/// The draft a storage key belongs to, and whether it is the draft itself (else its list entry).
pub fn draft_of_key(key: &str) -> Option<(String, bool)> {
    key.strip_prefix(DRAFT)
        .map(|id| (id.to_string(), true))
        .or_else(|| key.strip_prefix(INFO).map(|id| (id.to_string(), false)))
}

/// Every draft in storage, newest first. A draft without its list entry (saved by an earlier
/// Muistio) is read once and gets one; a draft that cannot be read is listed with the reason,
/// so that it can be downloaded as it is or deleted, and is never written over.
pub fn list() -> Vec<DraftInfo> {
    let Ok(store) = local() else { return Vec::new() };
    let keys = keys();
    let mut drafts: Vec<DraftInfo> = keys
        .iter()
        .filter_map(|k| k.strip_prefix(DRAFT))
        .map(|id| match info(id) {
            Some(info) => DraftInfo {
                id: id.to_string(),
                info,
                unreadable: None,
            },
            None => match load(id) {
                Ok(envelope) => {
                    let size = store
                        .get_item(&format!("{DRAFT}{id}"))
                        .ok()
                        .flatten()
                        .map_or(0, |t| t.chars().count());
                    let info = Info::of_envelope(&envelope, size);
                    let _ = write(&format!("{INFO}{id}"), &info.to_json());
                    DraftInfo {
                        id: id.to_string(),
                        info,
                        unreadable: None,
                    }
                }
                Err(e) => DraftInfo {
                    id: id.to_string(),
                    info: Info::default(),
                    unreadable: Some(e),
                },
            },
        })
        .collect();
    muistio_core::sort::by(&mut drafts, |a, b| {
        b.info.saved_at.cmp(&a.info.saved_at).then_with(|| a.id.cmp(&b.id))
    });
    drafts
}

/// The list entry of one draft, as stored (`None` when the draft is gone).
pub fn draft_info(id: &str) -> Option<DraftInfo> {
    get(&format!("{DRAFT}{id}"))?;
    Some(DraftInfo {
        id: id.to_string(),
        info: info(id)?,
        unreadable: None,
    })
}

/// Reads a draft: only a saved envelope opens.
pub fn load(id: &str) -> Result<Envelope, ImportError> {
    let text = get(&format!("{DRAFT}{id}")).ok_or(ImportError::Empty)?;
    store::open(&text, &mut Ids::seeded(super::random_seed()))
}

thread_local! {
    /// The list entry this tab wrote last, as written (left in the page), with its draft and
    /// revision: the next save finds it still there without reading it into the app.
    static WRITTEN: RefCell<Option<(String, js_sys::JsString, u64)>> = const { RefCell::new(None) };
}

/// The revision of a draft in storage (0 when there is none).
pub fn stored_revision(id: &str) -> u64 {
    let key = format!("{INFO}{id}");
    let own = WRITTEN.with_borrow(|written| match written {
        Some((draft, text, revision)) if draft == id => value(&key).is_some_and(|v| v == *text).then_some(*revision),
        _ => None,
    });
    if let Some(revision) = own {
        return revision;
    }
    match info(id) {
        Some(info) => info.revision,
        None => load(id).map(|e| e.revision).unwrap_or(0),
    }
}

/// The raw saved text of a draft (to download a draft that cannot be read, or to undo a deletion).
pub fn raw(id: &str) -> Option<String> {
    get(&format!("{DRAFT}{id}"))
}

/// Writes a draft's raw saved text back (undo of a deletion), with its list entry.
pub fn put_raw(id: &str, text: &str) -> Result<(), SaveError> {
    write(&format!("{DRAFT}{id}"), text)?;
    if let Ok(envelope) = store::open(text, &mut Ids::seeded(1)) {
        write(
            &format!("{INFO}{id}"),
            &Info::of_envelope(&envelope, text.chars().count()).to_json(),
        )?;
    }
    Ok(())
}

/// What a save writes: the document, the revision it started from, the entry boxes' text.
pub struct Draft<'a> {
    /// Storage id.
    pub id: &'a str,
    /// The document.
    pub minutes: &'a Minutes,
    /// The revision this tab last read or wrote (0 for a new draft).
    pub base: u64,
    /// Text typed into entry boxes and not yet added.
    pub unsent: &'a [Unsent],
}

/// Saves a draft as the next revision and reads it back; refuses (`Newer`) when storage holds
/// a newer revision than the one this save started from, so that another tab's save is never
/// written over. Before the save, the stored draft is kept as a version when ten minutes of
/// editing have gone by (unless an idle moment already kept it: [`keep_periodic`]). Returns
/// the list entry and the text written, and whether a version was kept.
pub fn save(draft: &Draft, now_ms: u64) -> Result<(Info, String, bool), SaveError> {
    let stored = stored_revision(draft.id);
    if stored > draft.base {
        return Err(SaveError::Newer(stored));
    }
    let revision = draft.base + 1;
    let text = Envelope::stored(draft.minutes, now_ms, revision, draft.unsent);
    let size = text.chars().count();
    // A draft stored for the first time is refused whole when it cannot fit, before anything
    // of it (or a version of another) is written.
    if stored == 0 {
        let room = room();
        if size > room {
            return Err(SaveError::NoRoom { size, room });
        }
    }
    let kept = versions::keep_periodic(draft.id, now_ms);
    write(&format!("{DRAFT}{}", draft.id), &text)?;
    let info = Info::of(draft.minutes, now_ms, revision, size);
    let entry = js_sys::JsString::from(info.to_json());
    write_value(&format!("{INFO}{}", draft.id), &entry)?;
    WRITTEN.set(Some((draft.id.to_string(), entry, revision)));
    versions::clear_journal(draft.id);
    Ok((info, text, kept))
}

/// How much storage the site uses and may use, in characters (keys and values), and whether
/// the browser has promised to keep it (`None`: not known yet).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Usage {
    /// Characters in use.
    pub used: usize,
    /// Characters the browser allows (Chromium, Firefox and Safari allow about 5.2 million).
    pub quota: usize,
    /// The browser keeps the drafts even when the disk fills (`navigator.storage.persist`).
    pub persisted: Option<bool>,
}

/// The usual localStorage quota of a site, in characters.
pub const QUOTA: usize = 5 << 20;

/// Characters a new draft may still take.
pub fn room() -> usize {
    QUOTA.saturating_sub(usage().used)
}

/// How much storage the site uses now.
pub fn usage() -> Usage {
    Usage {
        used: used(),
        quota: QUOTA,
        persisted: None,
    }
}

/// Where a draft made from another Muistio's file started (see `Envelope::base`).
pub fn origin(id: &str) -> Option<Minutes> {
    let text = get(&format!("{ORIGIN}{id}"))?;
    store::open(&text, &mut Ids::seeded(1)).ok().map(|e| e.minutes)
}

/// Keeps where a draft made from another Muistio's file started.
pub fn set_origin(id: &str, base: &Minutes) -> Result<(), SaveError> {
    write(&format!("{ORIGIN}{id}"), &Envelope::json(base, 0))
}

/// Deletes a draft and its list entry (its versions stay until pruned, so that it can come back).
pub fn remove(id: &str) {
    remove_key(&format!("{DRAFT}{id}"));
    remove_key(&format!("{INFO}{id}"));
    remove_key(&format!("{ORIGIN}{id}"));
    versions::clear_journal(id);
    if let Some(store) = session() {
        if store.get_item(OPEN_KEY).ok().flatten().as_deref() == Some(id) {
            let _ = store.remove_item(OPEN_KEY);
        }
    }
    if get(OPEN_KEY).as_deref() == Some(id) {
        remove_key(OPEN_KEY);
    }
}

/// The draft that was open in this tab before a reload, else the one opened last in any tab.
pub fn open_id() -> Option<String> {
    session()
        .and_then(|s| s.get_item(OPEN_KEY).ok().flatten())
        .or_else(|| get(OPEN_KEY))
        .filter(|id| get(&format!("{DRAFT}{id}")).is_some())
}

/// Remembers which draft is open, so that a reload opens it again.
pub fn set_open_id(id: Option<&str>) {
    if let Some(store) = session() {
        let _ = match id {
            Some(id) => store.set_item(OPEN_KEY, id),
            None => store.remove_item(OPEN_KEY),
        };
    }
    match id {
        Some(id) => {
            let _ = write(OPEN_KEY, id);
        }
        None => remove_key(OPEN_KEY),
    }
}

/// A setting of this browser's (not of a draft), as remembered.
pub fn setting(key: &str) -> Option<String> {
    get(key)
}

/// Remembers a setting of this browser's.
pub fn set_setting(key: &str, value: &str) {
    let _ = write(key, value);
}
