//! The storage itself: localStorage reached without throwing, raw text read and written (each
//! write read back), keys listed and removed, and the tab's own session storage.

use super::SaveError;
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::prelude::*;

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

/// Writes `text` under `key` and reads it back; only an identical read-back counts. The text
/// crosses into the page once: the read-back is compared there, string to string, instead of
/// being copied back into the app (a long meeting's draft is 300 KB).
pub(super) fn write(key: &str, text: &str) -> Result<(), SaveError> {
    let store = local()?;
    let store: &PageStorage = store.unchecked_ref();
    let value = js_sys::JsString::from(text);
    store.set_item(key, &value).map_err(|e| {
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
        Ok(back) if back == JsValue::from(value) => Ok(()),
        _ => Err(SaveError::NotVerified),
    }
}

/// How long the value under `key` is, in the storage's own characters (UTF-16 units, which its
/// quota counts), measured in the page without copying the value into the app.
pub(super) fn size(key: &str) -> usize {
    let Ok(store) = local() else { return 0 };
    let store: &PageStorage = store.unchecked_ref();
    match store.get_item(key).map(|v| v.dyn_into::<js_sys::JsString>()) {
        Ok(Ok(value)) => value.length() as usize,
        _ => 0,
    }
}

#[wasm_bindgen]
extern "C" {
    /// The same storage, through calls that leave strings in the page.
    #[wasm_bindgen(js_name = Storage)]
    type PageStorage;

    /// `Storage.setItem` with a string already in the page.
    #[wasm_bindgen(method, js_name = setItem, catch)]
    fn set_item(this: &PageStorage, key: &str, value: &js_sys::JsString) -> Result<(), JsValue>;

    /// `Storage.getItem`, its answer left in the page.
    #[wasm_bindgen(method, js_name = getItem, catch)]
    fn get_item(this: &PageStorage, key: &str) -> Result<JsValue, JsValue>;
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
