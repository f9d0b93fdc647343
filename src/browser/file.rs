//! Reads a file the person chose.

use wasm_bindgen_futures::JsFuture;

/// The file's bytes, or the browser's reason for not reading it.
pub async fn read(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
