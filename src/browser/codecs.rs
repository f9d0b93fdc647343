//! The codecs worker (`src/bin/codecs.rs`): the second WebAssembly module, with the PDF, Word
//! and OpenDocument writers and readers, started on its first use. Questions asked before it
//! says "ready" wait in a queue; each answer finds its question by number. A worker that cannot
//! load (offline with nothing kept, blocked) fails every waiting question with the reason, and
//! the next question starts it again. The one-file page (`muistio.html`) carries the worker
//! inside: `muistioWorker()` gives the address of its script.

use crate::codecs::{Answer, Ask};
use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// The worker's script beside the page: it loads the module and says why when it cannot.
const SCRIPT: &str = "codecs_loader.js";

/// The running worker and the questions waiting for it.
struct Codecs {
    worker: Worker,
    ready: bool,
    /// Questions asked before it was ready.
    queue: Vec<Object>,
    /// Each waiting question's resolve and reject, by number.
    waiting: HashMap<u32, (Function, Function)>,
    next: u32,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(ErrorEvent)>,
}

thread_local! {
    static CODECS: RefCell<Option<Codecs>> = const { RefCell::new(None) };
}

/// Asks the worker (started if it is not running): its answer and the bytes beside it, or why
/// the worker could not answer. `bytes`: a file to read; `fonts`: a PDF's regular and bold.
pub async fn ask(ask: &Ask, bytes: Option<&[u8]>, fonts: Option<(&[u8], &[u8])>) -> Result<(Answer, Vec<u8>), String> {
    let message = Object::new();
    let json = serde_json::to_string(ask).map_err(|e| e.to_string())?;
    let _ = Reflect::set(&message, &"ask".into(), &json.into());
    let set_bytes = |name: &str, value: Option<&[u8]>| {
        if let Some(value) = value {
            let _ = Reflect::set(&message, &name.into(), &Uint8Array::from(value));
        }
    };
    set_bytes("bytes", bytes);
    set_bytes("regular", fonts.map(|f| f.0));
    set_bytes("bold", fonts.map(|f| f.1));
    let promise = Promise::new(&mut |resolve, reject| {
        if let Err(why) = send(&message, resolve, reject.clone()) {
            let _ = reject.call1(&JsValue::NULL, &why.into());
        }
    });
    let reply = JsFuture::from(promise).await.map_err(reason)?;
    let text = Reflect::get(&reply, &"answer".into())
        .ok()
        .and_then(|a| a.as_string())
        .unwrap_or_default();
    let answer = Answer::read(&text).ok_or_else(|| format!("? {text:.80}"))?;
    let made = Reflect::get(&reply, &"bytes".into())
        .ok()
        .filter(|b| !b.is_undefined())
        .map(|b| Uint8Array::new(&b).to_vec())
        .unwrap_or_default();
    Ok((answer, made))
}

/// Numbers `message`, keeps its resolve and reject, and posts it (or queues it until the
/// worker is ready), starting the worker first if it is not running.
fn send(message: &Object, resolve: Function, reject: Function) -> Result<(), String> {
    CODECS.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = Some(start()?);
        }
        let codecs = c.as_mut().expect("started above");
        let id = codecs.next;
        codecs.next = codecs.next.wrapping_add(1);
        let _ = Reflect::set(message, &"id".into(), &id.into());
        if codecs.ready {
            codecs.worker.post_message(message).map_err(reason)?;
        } else {
            codecs.queue.push(message.clone());
        }
        codecs.waiting.insert(id, (resolve, reject));
        Ok(())
    })
}

/// A new worker, from the script beside the page or the one the one-file page carries.
fn start() -> Result<Codecs, String> {
    let inside = Reflect::get(&js_sys::global(), &"muistioWorker".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let url = match inside {
        Some(make) => make
            .call0(&JsValue::NULL)
            .map_err(reason)?
            .as_string()
            .unwrap_or_default(),
        None => SCRIPT.to_string(),
    };
    let worker = Worker::new(&url).map_err(reason)?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(heard);
    let on_error = Closure::<dyn Fn(ErrorEvent)>::new(|ev: ErrorEvent| {
        ev.prevent_default();
        let message = ev.message();
        failed(if message.is_empty() {
            SCRIPT.to_string()
        } else {
            message
        });
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Codecs {
        worker,
        ready: false,
        queue: Vec::new(),
        waiting: HashMap::new(),
        next: 1,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// A message from the worker: "ready" (the queue goes out), a failure to load, or an answer.
fn heard(ev: MessageEvent) {
    let data = ev.data();
    if data.as_string().as_deref() == Some("ready") {
        CODECS.with(|c| {
            if let Some(codecs) = c.borrow_mut().as_mut() {
                codecs.ready = true;
                for message in std::mem::take(&mut codecs.queue) {
                    let _ = codecs.worker.post_message(&message);
                }
            }
        });
        return;
    }
    if let Some(why) = Reflect::get(&data, &"failed".into()).ok().and_then(|f| f.as_string()) {
        failed(why);
        return;
    }
    let id = Reflect::get(&data, &"id".into())
        .ok()
        .and_then(|i| i.as_f64())
        .unwrap_or(-1.0) as u32;
    let waiting = CODECS.with(|c| c.borrow_mut().as_mut().and_then(|codecs| codecs.waiting.remove(&id)));
    if let Some((resolve, _)) = waiting {
        let _ = resolve.call1(&JsValue::NULL, &data);
    }
}

/// The worker could not load or broke: every waiting question fails with `why`, and the next
/// one starts a new worker.
fn failed(why: String) {
    let Some(codecs) = CODECS.with(|c| c.borrow_mut().take()) else {
        return;
    };
    codecs.worker.terminate();
    for (_, (_, reject)) in codecs.waiting.iter() {
        let _ = reject.call1(&JsValue::NULL, &why.as_str().into());
    }
    // Its listeners may be the ones running now: they go once this call has returned.
    wasm_bindgen_futures::spawn_local(async move { drop(codecs) });
}

/// A JavaScript error in words.
fn reason(e: JsValue) -> String {
    e.as_string()
        .or_else(|| Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string()))
        .unwrap_or_else(|| format!("{e:?}"))
}
