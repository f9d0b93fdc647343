//! Asking the browser to keep the drafts even when the disk fills up
//! (`navigator.storage.persist`), and reading whether it does.

use wasm_bindgen_futures::JsFuture;

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}

async fn answer(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Whether the browser keeps the site's storage for good; `on_answer` hears it (not when the
/// browser cannot say).
pub fn persisted(on_answer: impl FnOnce(bool) + 'static) {
    let Some(manager) = manager() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(yes) = answer(manager.persisted()).await {
            on_answer(yes);
        }
    });
}

/// Asks the browser to keep the site's storage for good (Chromium decides by itself; Firefox
/// asks the person once); `on_answer` hears the answer.
pub fn ask(on_answer: impl FnOnce(bool) + 'static) {
    let Some(manager) = manager() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(yes) = answer(manager.persist()).await {
            on_answer(yes);
        }
    });
}
