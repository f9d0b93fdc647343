//! The storage itself: localStorage reached without throwing, raw text read and written (each
//! write read back), keys listed and removed, and the tab's own session storage. Every write
//! and removal of localStorage goes through here, so this tab knows each key's size without
//! reading the values again (see [`changed_elsewhere`]).

use super::SaveError;
use gloo_storage::{LocalStorage, Storage as _};
use std::cell::RefCell;
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

thread_local! {
    /// Every key in localStorage with the length of its value, in the storage's own characters
    /// (UTF-16 units, which its quota counts); `None` until read, and again once storage changed
    /// in a way this tab did not see.
    static KNOWN: RefCell<Option<Vec<(String, usize)>>> = const { RefCell::new(None) };
}

/// Runs `f` on every key and the length of its value: what this tab knows, else read afresh
/// from storage (also when the number of keys says that something it did not see happened:
/// the browser cleared the site's data, say).
fn known<T>(f: impl FnOnce(&[(String, usize)]) -> T) -> Option<T> {
    let store = local().ok()?;
    let count = store.length().unwrap_or(0) as usize;
    KNOWN.with_borrow_mut(|known| {
        if known.as_ref().is_some_and(|k| k.len() != count) {
            *known = None;
        }
        let known = known.get_or_insert_with(|| {
            (0..count as u32)
                .filter_map(|i| store.key(i).ok().flatten())
                .map(|key| {
                    let size = measure(&store, &key);
                    (key, size)
                })
                .collect()
        });
        Some(f(known))
    })
}

/// How long the value under `key` is, measured in the page without copying the value into the
/// app.
fn measure(store: &web_sys::Storage, key: &str) -> usize {
    value_in(store, key).map_or(0, |v| v.length() as usize)
}

/// Notes a write (`Some` length) or a removal (`None`) this tab made.
fn note(key: &str, size: Option<usize>) {
    KNOWN.with_borrow_mut(|known| {
        if let Some(known) = known {
            match (known.iter_mut().find(|(k, _)| k == key), size) {
                (Some(known), Some(size)) => known.1 = size,
                (None, Some(size)) => known.push((key.to_string(), size)),
                (_, None) => known.retain(|(k, _)| k != key),
            }
        }
    });
}

/// Storage changed behind this tab's back (another tab wrote or removed something): the
/// sizes are read again when next asked for.
pub fn changed_elsewhere() {
    KNOWN.with_borrow_mut(|known| *known = None);
}

/// Every key in storage.
pub(super) fn keys() -> Vec<String> {
    known(|k| k.iter().map(|(key, _)| key.clone()).collect()).unwrap_or_default()
}

/// The length of every key (in characters) and of its value (in UTF-16 units) together: how
/// much of the quota the site uses.
pub(super) fn used() -> usize {
    known(|k| k.iter().map(|(key, size)| key.chars().count() + size).sum()).unwrap_or(0)
}

/// The value under `key`.
pub(super) fn get(key: &str) -> Option<String> {
    local().ok()?.get_item(key).ok().flatten()
}

/// Writes `text` under `key` and reads it back; only an identical read-back counts. The text
/// crosses into the page once: the read-back is compared there, string to string, instead of
/// being copied back into the app (a long meeting's draft is 300 KB).
pub(super) fn write(key: &str, text: &str) -> Result<(), SaveError> {
    write_value(key, &js_sys::JsString::from(text))
}

/// The value under `key`, left in the page (to be written elsewhere without crossing into the
/// app).
pub(super) fn value(key: &str) -> Option<js_sys::JsString> {
    value_in(&local().ok()?, key)
}

/// The value under `key` in `store`, left in the page.
fn value_in(store: &web_sys::Storage, key: &str) -> Option<js_sys::JsString> {
    let store: &PageStorage = store.unchecked_ref();
    store.get_item(key).ok()?.dyn_into().ok()
}

/// Writes a value already in the page under `key` and reads it back, as [`write`] does.
pub(super) fn write_value(key: &str, value: &js_sys::JsString) -> Result<(), SaveError> {
    let result = write_once(key, value);
    if result.is_ok() {
        note(key, Some(value.length() as usize));
    } else {
        // What the browser did with a refused write is not known: storage is read again.
        changed_elsewhere();
    }
    result
}

/// Writes and reads back, the value compared in the page.
fn write_once(key: &str, value: &js_sys::JsString) -> Result<(), SaveError> {
    let store = local()?;
    let store: &PageStorage = store.unchecked_ref();
    store.set_item(key, value).map_err(|e| {
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
        Ok(back) if &back == value.unchecked_ref::<JsValue>() => Ok(()),
        _ => Err(SaveError::NotVerified),
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
        note(key, None);
    }
}

/// Every key that starts with `prefix`, without the prefix, and the length of its value in
/// the storage's own characters.
pub(super) fn suffixes(prefix: &str) -> Vec<(String, usize)> {
    known(|k| {
        k.iter()
            .filter_map(|(key, size)| Some((key.strip_prefix(prefix)?.to_string(), *size)))
            .collect()
    })
    .unwrap_or_default()
}

/// The tab's own storage (survives a reload of this tab, not shared with other tabs).
pub(super) fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
