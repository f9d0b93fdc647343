//! The storage itself: localStorage reached without throwing, raw text read and written (each
//! write read back), keys listed and removed, and the tab's own session storage.

use super::SaveError;
use gloo_storage::{LocalStorage, Storage as _};

/// The origin's localStorage. Reaching it throws when the person has blocked site data; here
/// that is an error value, and gloo's `LocalStorage` (whose own accessor would throw on) is used
/// only after this has succeeded. Drafts are written and read as raw text, not through gloo's
/// JSON, so that they are stored exactly as `Envelope::stored` writes them.
pub(super) fn local() -> Result<web_sys::Storage, SaveError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(store))) => Ok(store),
        _ => Err(SaveError::Unavailable("localStorage".into())),
    }
}

/// Every key in storage (read once; the list is small).
pub(super) fn keys(store: &web_sys::Storage) -> Vec<String> {
    (0..LocalStorage::length())
        .filter_map(|i| store.key(i).ok().flatten())
        .collect()
}

/// The value under `key`.
pub(super) fn get(key: &str) -> Option<String> {
    local().ok()?.get_item(key).ok().flatten()
}

/// Writes `text` under `key` and reads it back; only an identical read-back counts.
pub(super) fn write(key: &str, text: &str) -> Result<(), SaveError> {
    let store = local()?;
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

/// Removes `key`.
pub(super) fn remove_key(key: &str) {
    if local().is_ok() {
        LocalStorage::delete(key);
    }
}

/// Every key that starts with `prefix`, without the prefix.
pub(super) fn suffixes(prefix: &str) -> Vec<String> {
    local()
        .map(|s| {
            keys(&s)
                .into_iter()
                .filter_map(|k| k.strip_prefix(prefix).map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The tab's own storage (survives a reload of this tab, not shared with other tabs).
pub(super) fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
