//! After a panic the app cannot run on, but the page does not go blank: it is replaced by a
//! recovery screen, in the person's language, that offers the open draft — as saved, with the
//! edits of its journal — as a file, and a link that reloads the page (where the journal's
//! edits come back by themselves). The screen is plain HTML: it needs nothing more from the app.

use super::storage;
use muistio_core::export::file_name;
use muistio_core::store::{self, Envelope};
use muistio_core::Ids;
use wasm_bindgen::JsCast;

thread_local! {
    static CRASHED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Replaces the default panic handling: the panic is logged, then the recovery screen shown.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        CRASHED.with(|c| c.set(true));
        console_error_panic_hook::hook(info);
        let _ = recovery_screen();
    }));
}

/// True once the app has panicked: what it holds in memory may be half-changed, so nothing
/// of it is written any more (the journal, written before, is what recovery uses).
pub fn crashed() -> bool {
    CRASHED.with(|c| c.get())
}

/// The page's crash test: with `#selftest-panic` in its address, the first edit panics right
/// after it is applied and recorded (what the recovery must then bring back).
pub fn self_test() {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if hash == "#selftest-panic" {
        panic!("self-test: a panic right after an edit");
    }
}

/// The open draft as saved, with the edits its journal holds: file name and saved text.
fn recovered() -> Option<(String, String)> {
    let id = storage::open_id()?;
    let text = storage::raw(&id)?;
    let mut envelope = store::open(&text, &mut Ids::seeded(1)).ok()?;
    for edit in storage::peek_journal(&id).map(|(_, edits)| edits).unwrap_or_default() {
        let _ = envelope.minutes.apply(edit);
    }
    let name = file_name(&envelope.minutes, "json");
    Some((name, Envelope::json(&envelope.minutes, super::now_ms())))
}

fn recovery_screen() -> Option<()> {
    let t = crate::texts::of(super::language::chosen());
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    body.set_inner_html("");
    let main = document.create_element("main").ok()?;
    main.set_class_name("recovery");
    body.append_child(&main).ok()?;
    let put = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        main.append_child(&el).ok()?;
        Some(el)
    };
    put("h1", t.crash_title)?;
    put("p", t.crash_text)?;
    if let Some((name, json)) = recovered() {
        let parts = js_sys::Array::of1(&json.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement = put("a", t.crash_download)?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(&name);
        link.set_class_name("button");
        put("span", " ")?;
    }
    let reload: web_sys::HtmlAnchorElement = put("a", t.crash_reload)?.dyn_into().ok()?;
    let here = web_sys::window()?.location();
    reload.set_href(&format!("{}{}", here.pathname().ok()?, here.search().ok()?));
    reload.set_class_name("button");
    Some(())
}
