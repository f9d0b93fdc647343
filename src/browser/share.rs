//! Sending files on: the browser's share sheet where it takes the files, a `mailto:` address
//! otherwise.

use js_sys::{Array, Object, Reflect};
use muistio_core::export::Exported;
use wasm_bindgen::{JsCast, JsValue};

fn file(e: &Exported) -> Result<web_sys::File, JsValue> {
    let parts = Array::of1(&js_sys::Uint8Array::from(e.bytes.as_slice()));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(e.mime.split(';').next().unwrap_or(""));
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, &e.name, &options)
}

fn data(files: &[Exported], title: &str, text: &str) -> Result<Object, JsValue> {
    let list = Array::new();
    for f in files {
        let f: JsValue = file(f)?.into();
        list.push(&f);
    }
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &list)?;
    Reflect::set(&data, &"title".into(), &title.into())?;
    Reflect::set(&data, &"text".into(), &text.into())?;
    Ok(data)
}

fn navigator_fn(name: &str) -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let f = Reflect::get(&navigator, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((navigator, f))
}

/// True when the browser's share sheet takes these files (Chromium takes PDF and text, not
/// Word or OpenDocument files).
pub fn can_share(files: &[Exported], title: &str, text: &str) -> bool {
    let (Some((navigator, can)), Ok(data)) = (navigator_fn("canShare"), data(files, title, text)) else {
        return false;
    };
    navigator_fn("share").is_some()
        && can
            .call1(&navigator, &data)
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
}

/// Opens the share sheet; `Err` carries the browser's reason (cancelling is one).
pub async fn share(files: &[Exported], title: &str, text: &str) -> Result<(), String> {
    let (navigator, share) = navigator_fn("share").ok_or("no share sheet")?;
    let data = data(files, title, text).map_err(|e| format!("{e:?}"))?;
    let promise: js_sys::Promise = share
        .call1(&navigator, &data)
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|e| format!("{e:?}"))?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| {
            Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_else(|| format!("{e:?}"))
        })
}

/// Hands a `mailto:` address to the person's mail program.
pub fn open_mail(url: &str) -> Result<(), JsValue> {
    web_sys::window().ok_or("no window")?.location().set_href(url)
}
