//! Drafts in the browser's localStorage: one key per draft holding its saved envelope, and one
//! key naming the draft that is open. Every read goes through `muistio_core::restore`; every
//! write is read back before it counts as saved.

use muistio_core::{restore, Envelope, Ids, ImportError, Minutes};

const DRAFT_PREFIX: &str = "muistio:draft:";
const OPEN_KEY: &str = "muistio:open";

/// A draft as the list shows it.
#[derive(Clone, PartialEq, Debug)]
pub struct DraftInfo {
    /// The draft's key suffix.
    pub id: String,
    /// Meeting title (may be empty).
    pub title: String,
    /// Meeting date, `14.11.2025`, or empty.
    pub date: String,
    /// When it was last saved, milliseconds since 1970.
    pub saved_at: u64,
}

/// Why a draft was not saved.
#[derive(Clone, PartialEq, Debug)]
pub enum SaveError {
    /// The browser's storage is full.
    Full,
    /// Storage is switched off or refused the write.
    Unavailable(String),
    /// The write seemed to succeed but reading it back gave something else.
    NotVerified,
}

/// The origin's localStorage; reaching it throws when the person has blocked site data.
fn storage() -> Result<web_sys::Storage, SaveError> {
    let unavailable = || SaveError::Unavailable("localStorage".into());
    web_sys::window()
        .ok_or_else(unavailable)?
        .local_storage()
        .map_err(|_| unavailable())?
        .ok_or_else(unavailable)
}

fn key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// Every draft in storage, newest first. A draft that cannot be read is listed by its id so
/// that it can still be deleted.
pub fn list() -> Vec<DraftInfo> {
    let Ok(store) = storage() else { return Vec::new() };
    let len = store.length().unwrap_or(0);
    let mut drafts: Vec<DraftInfo> = (0..len)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|k| k.strip_prefix(DRAFT_PREFIX).map(String::from))
        .map(|id| match load(&id) {
            Ok((doc, saved_at)) => info(&id, &doc, saved_at),
            Err(_) => DraftInfo {
                title: String::new(),
                date: String::new(),
                saved_at: 0,
                id,
            },
        })
        .collect();
    drafts.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then_with(|| a.id.cmp(&b.id)));
    drafts
}

/// The list entry of a draft that was just saved.
pub fn info(id: &str, doc: &Minutes, saved_at: u64) -> DraftInfo {
    DraftInfo {
        id: id.to_string(),
        title: doc.header.title.clone(),
        date: doc.header.when.date.map(|d| d.dotted()).unwrap_or_default(),
        saved_at,
    }
}

/// Reads a draft through `restore`: the document and when it was saved.
pub fn load(id: &str) -> Result<(Minutes, u64), ImportError> {
    let text = storage()
        .ok()
        .and_then(|s| s.get_item(&key(id)).ok().flatten())
        .ok_or(ImportError::Empty)?;
    let restored = restore(text.as_bytes(), &mut Ids::seeded(super::random_seed()))?;
    Ok((restored.minutes, restored.saved_at.unwrap_or(0)))
}

/// The raw saved text of a draft, for undoing a deletion.
pub fn raw(id: &str) -> Option<String> {
    storage().ok()?.get_item(&key(id)).ok().flatten()
}

/// Writes raw saved text back (undo of a deletion), verified like [`save`].
pub fn put_raw(id: &str, text: &str) -> Result<(), SaveError> {
    write(&key(id), text)
}

/// Saves a draft and reads it back; only an identical read-back counts as saved.
pub fn save(id: &str, doc: &Minutes, now_ms: u64) -> Result<(), SaveError> {
    write(&key(id), &Envelope::json(doc, now_ms))
}

fn write(key: &str, text: &str) -> Result<(), SaveError> {
    let store = storage()?;
    store.set_item(key, text).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name.contains("Quota") || name.contains("QUOTA") {
            SaveError::Full
        } else {
            SaveError::Unavailable(name)
        }
    })?;
    match store.get_item(key) {
        Ok(Some(back)) if back == text => Ok(()),
        _ => Err(SaveError::NotVerified),
    }
}

/// Deletes a draft (and forgets it as the open one).
pub fn remove(id: &str) {
    if let Ok(store) = storage() {
        let _ = store.remove_item(&key(id));
        if open_id().as_deref() == Some(id) {
            let _ = store.remove_item(OPEN_KEY);
        }
    }
}

/// The draft that was open when the page was last used.
pub fn open_id() -> Option<String> {
    storage().ok()?.get_item(OPEN_KEY).ok().flatten()
}

/// Remembers which draft is open, so that a reload opens it again.
pub fn set_open_id(id: Option<&str>) {
    if let Ok(store) = storage() {
        let _ = match id {
            Some(id) => store.set_item(OPEN_KEY, id),
            None => store.remove_item(OPEN_KEY),
        };
    }
}
