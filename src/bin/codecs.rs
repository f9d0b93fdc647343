//! The codecs worker: a second WebAssembly module with the PDF, Word and OpenDocument writers
//! and readers, started by the app (`browser::codecs`) when one is first needed. It says
//! "ready" once loaded, then answers each question ({id, ask, bytes?, regular?, bold?}) with
//! {id, answer, bytes} — the work itself is `muistio::codecs::answer`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// Listens for questions and says it is ready.
    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply_to = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
            let _ = reply_to.post_message(&reply(&ev.data()));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The worker lives as long as the page: so does its listener.
        on_message.forget();
        let _ = scope.post_message(&"ready".into());
    }

    /// The answer to one question, as the message to post back.
    fn reply(data: &JsValue) -> JsValue {
        let field = |name: &str| Reflect::get(data, &name.into()).unwrap_or(JsValue::UNDEFINED);
        let bytes = |name: &str| {
            let value = field(name);
            (!value.is_undefined()).then(|| Uint8Array::new(&value).to_vec())
        };
        let ask = field("ask").as_string().unwrap_or_default();
        let file = bytes("bytes").unwrap_or_default();
        let fonts = bytes("regular").zip(bytes("bold"));
        let (answer, made) =
            muistio::codecs::answer(&ask, &file, fonts.as_ref().map(|(r, b)| (r.as_slice(), b.as_slice())));
        let out = Object::new();
        let _ = Reflect::set(&out, &"id".into(), &field("id"));
        let json = serde_json::to_string(&answer).unwrap_or_default();
        let _ = Reflect::set(&out, &"answer".into(), &json.into());
        let _ = Reflect::set(&out, &"bytes".into(), &Uint8Array::from(made.as_slice()));
        out.into()
    }
}
