//! Fetching a file that belongs to the app (the PDF fonts), only when it is needed. In the
//! one-file build (`muistio.html`) the files travel inside the page, in `muistioFiles`.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The bytes of an app file the one-file page carries (a promise of an `ArrayBuffer`).
fn embedded(path: &str) -> Option<js_sys::Promise> {
    let files = js_sys::Reflect::get(&js_sys::global(), &"muistioFiles".into()).ok()?;
    if files.is_undefined() {
        return None;
    }
    js_sys::Reflect::get(&files, &path.into()).ok()?.dyn_into().ok()
}

/// The bytes at `path`, relative to the page; `Err` with the reason.
pub async fn bytes(path: &str) -> Result<Vec<u8>, String> {
    let reason = |e: JsValue| format!("{e:?}");
    let buffer = match embedded(path) {
        Some(inside) => JsFuture::from(inside).await.map_err(reason)?,
        None => {
            let window = web_sys::window().ok_or("no window")?;
            let response = JsFuture::from(window.fetch_with_str(path)).await.map_err(reason)?;
            let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
            if !response.ok() {
                return Err(format!("{path}: {}", response.status()));
            }
            JsFuture::from(response.array_buffer().map_err(reason)?)
                .await
                .map_err(reason)?
        }
    };
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
