//! Components and browser I/O in headless Chromium: mount the app, act as a person would
//! (typing, keys, clicks, pastes), then look at the page and at localStorage.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use muistio::app::App;
use muistio::browser::storage::{self, SaveError};
use muistio_core::{Date, Entry, EntryKind, Id, Item, Minutes, Restored};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/drafts.rs"]
mod drafts;
#[path = "web/editor.rs"]
mod editor;
#[path = "web/entries.rs"]
mod entries;
#[path = "web/languages.rs"]
mod languages;
#[path = "web/saving.rs"]
mod saving;
#[path = "web/tabs.rs"]
mod tabs;

const MEMO: &str = include_str!("../core/tests/fixtures/hallitus-muistio.md");

const TITLE: &str = "Pohjoisen valokuvakeskuksen hallituksen kokous";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The languages the browser says its user reads, best first.
fn browser_languages() -> Vec<String> {
    let navigator = web_sys::window().unwrap().navigator();
    navigator.languages().iter().filter_map(|v| v.as_string()).collect()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Empties localStorage behind the app's back, as a browser clearing the site's data does.
fn clear_storage() {
    local_storage().clear().unwrap();
    storage::changed_elsewhere();
}

/// Everything in localStorage, sorted: what "nothing stored changed" is checked against.
fn stored() -> Vec<(String, String)> {
    let s = local_storage();
    let mut all: Vec<(String, String)> = (0..s.length().unwrap())
        .map(|i| {
            let k = s.key(i).unwrap().unwrap();
            let v = s.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect();
    all.sort();
    all
}

/// The open draft as stored.
fn stored_doc() -> Minutes {
    let id = local_storage()
        .get_item("muistio:open")
        .unwrap()
        .expect("a draft is open");
    let text = local_storage()
        .get_item(&format!("muistio:draft:{id}"))
        .unwrap()
        .expect("the draft is stored");
    let restored: Restored = muistio_core::restore(text.as_bytes(), &mut muistio_core::Ids::seeded(1)).unwrap();
    restored.minutes
}

/// A fresh page: empty storage, the app mounted in its own element, speaking Finnish unless a
/// test chose another language.
fn mount() -> (web_sys::HtmlElement, impl Drop) {
    if local_storage().get_item("muistio:lang").unwrap().is_none() {
        local_storage().set_item("muistio:lang", "fi").unwrap();
    }
    let parent: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&parent).unwrap();
    let handle = leptos::mount::mount_to(parent.clone(), App);
    (parent, handle)
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

/// Values of inputs and text areas.
fn values(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector)
        .into_iter()
        .map(|e| match e.dyn_into::<web_sys::HtmlInputElement>() {
            Ok(input) => input.value(),
            Err(e) => e.unchecked_into::<web_sys::HtmlTextAreaElement>().value(),
        })
        .collect()
}

fn button(root: &web_sys::HtmlElement, selector: &str, text: &str) -> web_sys::HtmlElement {
    all(root, selector)
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(text))
        .unwrap_or_else(|| panic!("no button {text}"))
        .unchecked_into()
}

fn event(name: &str) -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    web_sys::Event::new_with_event_init_dict(name, &init).unwrap()
}

/// Types `text` into a field as one input event.
async fn type_into(el: &web_sys::HtmlElement, text: &str) {
    match el.clone().dyn_into::<web_sys::HtmlInputElement>() {
        Ok(input) => input.set_value(text),
        Err(_) if el.has_attribute("contenteditable") => el.set_text_content(Some(text)),
        Err(_) => el.unchecked_ref::<web_sys::HtmlTextAreaElement>().set_value(text),
    }
    el.dispatch_event(&event("input")).unwrap();
    tick().await;
}

/// Presses a key on an element (it bubbles to the page's shortcuts).
async fn press(el: &web_sys::EventTarget, key: &str, ctrl: bool, shift: bool, alt: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_ctrl_key(ctrl);
    init.set_shift_key(shift);
    init.set_alt_key(alt);
    init.set_bubbles(true);
    init.set_cancelable(true);
    el.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
    tick().await;
    tick().await;
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    tick().await;
}

async fn paste(root: &web_sys::HtmlElement, text: &str) {
    type_into(&query(root, "#paste-input"), text).await;
    query(root, ".paste button[type=submit]").click();
    // The import renders on the first tick; the emptied paste box on the next.
    tick().await;
    tick().await;
}

/// A page with the fixture memo open.
async fn with_memo() -> (web_sys::HtmlElement, impl Drop) {
    clear_storage();
    let (root, app) = mount();
    tick().await;
    paste(&root, MEMO).await;
    (root, app)
}

fn composer(root: &web_sys::HtmlElement, item: usize) -> web_sys::HtmlElement {
    query(root, &format!(".item-list > li:nth-child({item}) .composer textarea"))
}

/// Waits for the debounced save, then reads the stored draft.
/// Clicks the first entry matching `selector`, shown as it reads, to edit it.
async fn open_entry(root: &web_sys::HtmlElement, selector: &str) {
    query(root, &format!("{selector} .entry-read")).click();
    sleep(30).await;
}

async fn stored_doc_after_save() -> Minutes {
    sleep(900).await;
    stored_doc()
}

fn sample(text_len: usize) -> Minutes {
    let mut doc = Minutes::default();
    doc.header.title = "Koe".into();
    doc.header.when.date = Date::new(2026, 1, 2);
    let mut item = Item::new(Id(2), "Avaus");
    item.entries.push(Entry::paragraph(Id(3), &"ä".repeat(text_len)));
    doc.items.push(item);
    doc
}

fn save(id: &str, doc: &Minutes, base: u64, now: u64) -> Result<u64, SaveError> {
    storage::save(
        &storage::Draft {
            id,
            minutes: doc,
            base,
            unsent: &[],
        },
        now,
    )
    .map(|(info, ..)| info.revision)
}

/// `window.localStorage` throws, as it does when the person has blocked site data, until the
/// guard is dropped.
struct Blocked(wasm_bindgen::JsValue);

fn block_storage() -> Blocked {
    let window: js_sys::Object = web_sys::window().unwrap().unchecked_into();
    let name = wasm_bindgen::JsValue::from_str("localStorage");
    let own = js_sys::Object::get_own_property_descriptor(&window, &name);
    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args("throw new DOMException('The operation is insecure.', 'SecurityError')");
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&window, &name, &descriptor);
    assert!(
        web_sys::window().unwrap().local_storage().is_err(),
        "storage is blocked"
    );
    Blocked(own)
}

impl Drop for Blocked {
    fn drop(&mut self) {
        let window: js_sys::Object = web_sys::window().unwrap().unchecked_into();
        let name = wasm_bindgen::JsValue::from_str("localStorage");
        match self.0.is_undefined() {
            true => {
                js_sys::Reflect::delete_property(&window, &name).unwrap();
            }
            false => {
                js_sys::Object::define_property(&window, &name, self.0.unchecked_ref());
            }
        }
    }
}

/// Chooses an option of a menu as a person would.
async fn choose(el: &web_sys::HtmlElement, value: &str) {
    el.unchecked_ref::<web_sys::HtmlSelectElement>().set_value(value);
    el.dispatch_event(&event("change")).unwrap();
    tick().await;
    tick().await;
}

/// Another tab's save of the open draft: storage changes and this tab hears the event.
fn other_tab_saves(change: impl FnOnce(&mut Minutes)) {
    let id = local_storage().get_item("muistio:open").unwrap().unwrap();
    let saved = storage::load(&id).unwrap();
    let mut doc = saved.minutes;
    change(&mut doc);
    storage::save(
        &storage::Draft {
            id: &id,
            minutes: &doc,
            base: saved.revision,
            unsent: &[],
        },
        9_000_000_000_000,
    )
    .unwrap();
    let key = format!("muistio:draft:{id}");
    storage_event(&key, local_storage().get_item(&key).unwrap().as_deref());
}

/// The event another tab's change of `key` (to `value`; `None`: removed) fires in this one.
fn storage_event(key: &str, value: Option<&str>) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(key));
    init.set_new_value(value);
    let ev = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
}

/// Fills the site's storage until fewer than `left` characters fit.
fn fill_storage(left: usize) {
    let (mut lo, mut hi) = (0usize, 6_000_000usize);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        match local_storage().set_item("muu:täyte", &"x".repeat(mid)) {
            Ok(()) => lo = mid,
            Err(_) => hi = mid - 1,
        }
    }
    local_storage()
        .set_item("muu:täyte", &"x".repeat(lo.saturating_sub(left)))
        .unwrap();
    storage::changed_elsewhere();
}

/// Pastes `text` into the element as a person's Ctrl+V would.
async fn paste_into(el: &web_sys::HtmlElement, text: &str) {
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data("text/plain", text).unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_clipboard_data(Some(&data));
    init.set_bubbles(true);
    init.set_cancelable(true);
    el.dispatch_event(&web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap())
        .unwrap();
    tick().await;
    sleep(30).await;
}

fn notices(root: &web_sys::HtmlElement) -> Vec<String> {
    texts(root, "[role=status] .notice p")
}

fn values_checked(root: &web_sys::HtmlElement, selector: &str) -> bool {
    query(root, selector)
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked()
}

/// Closes every open dialog when a test ends, passed or failed: a modal left open would make
/// the rest of the page inert for the tests that follow.
struct CloseDialogs;

impl Drop for CloseDialogs {
    fn drop(&mut self) {
        let open = document().query_selector_all("dialog[open]").unwrap();
        for i in 0..open.length() {
            open.item(i)
                .unwrap()
                .unchecked_into::<web_sys::HtmlDialogElement>()
                .close();
        }
    }
}
