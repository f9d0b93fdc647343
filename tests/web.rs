//! Components and browser I/O in headless Chromium: mount the app, act as a person would,
//! then look at the page and at localStorage.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use muistio::app::App;
use muistio::browser::storage::{self, SaveError};
use muistio_core::{Date, Entry, Id, Item, Minutes};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const MEMO: &str = include_str!("../core/tests/fixtures/hallitus-muistio.md");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
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

/// A fresh page: empty storage, the app mounted in its own element.
fn mount() -> (web_sys::HtmlElement, impl Drop) {
    let parent: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&parent).unwrap();
    let handle = leptos::mount::mount_to(parent.clone(), App);
    (parent, handle)
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector).unwrap().map(|e| e.unchecked_into())
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

async fn paste(root: &web_sys::HtmlElement, text: &str) {
    let area: web_sys::HtmlTextAreaElement = query(root, "#paste-input").unwrap().unchecked_into();
    area.set_value(text);
    let input = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    area.dispatch_event(&input).unwrap();
    tick().await;
    query(root, ".paste button[type=submit]").unwrap().click();
    // The import renders on the first tick; the emptied paste box on the next.
    tick().await;
    tick().await;
}

#[wasm_bindgen_test]
async fn pasting_a_memo_saves_a_draft_and_shows_its_structure() {
    local_storage().clear().unwrap();
    let (root, _app) = mount();
    tick().await;
    assert_eq!(texts(&root, ".empty").len(), 2, "no drafts and nothing open");

    paste(&root, MEMO).await;
    assert_eq!(
        texts(&root, "#doc-title"),
        ["Pohjoisen valokuvakeskuksen hallituksen kokous"]
    );
    assert_eq!(texts(&root, ".items > li").len(), 7);
    assert_eq!(texts(&root, "table tbody tr").len(), 7);
    assert_eq!(
        texts(&root, ".items > li:nth-child(2) .speaker")[..2],
        ["Eero:".to_string(), "Saana:".to_string()]
    );
    assert_eq!(
        texts(&root, ".drafts li .draft-title"),
        ["Pohjoisen valokuvakeskuksen hallituksen kokous"]
    );

    let open = local_storage()
        .get_item("muistio:open")
        .unwrap()
        .expect("the open draft is remembered");
    let saved = local_storage()
        .get_item(&format!("muistio:draft:{open}"))
        .unwrap()
        .expect("the draft is stored");
    assert!(saved.starts_with(r#"{"format":"muistio","version":1,"#));
    let area: web_sys::HtmlTextAreaElement = query(&root, "#paste-input").unwrap().unchecked_into();
    assert_eq!(area.value(), "", "the paste box empties after a successful import");
}

#[wasm_bindgen_test]
async fn a_new_page_reopens_the_draft_that_was_open() {
    local_storage().clear().unwrap();
    {
        let (root, _app) = mount();
        paste(&root, MEMO).await;
        root.remove();
    }
    let (root, _app) = mount();
    tick().await;
    assert_eq!(
        texts(&root, "#doc-title"),
        ["Pohjoisen valokuvakeskuksen hallituksen kokous"]
    );
}

#[wasm_bindgen_test]
async fn bad_input_is_explained_and_changes_nothing() {
    local_storage().clear().unwrap();
    let (root, _app) = mount();
    paste(&root, MEMO).await;
    let before = stored();
    paste(&root, "   \n\n").await;
    assert_eq!(
        texts(&root, "[role=alert] .notice p"),
        ["Tiedosto tai liitetty teksti on tyhjä."]
    );
    paste(&root, r#"{"format":"muistio","version":7,"minutes":{}}"#).await;
    assert!(texts(&root, "[role=alert] .notice p")[1].contains("uudemmalla versiolla"));
    assert_eq!(stored(), before);
    assert_eq!(
        texts(&root, "#doc-title"),
        ["Pohjoisen valokuvakeskuksen hallituksen kokous"],
        "the open draft stays"
    );
}

#[wasm_bindgen_test]
async fn a_deleted_draft_comes_back_with_undo() {
    local_storage().clear().unwrap();
    let (root, _app) = mount();
    paste(&root, MEMO).await;
    let before = stored();
    query(&root, ".drafts li button.quiet").unwrap().click();
    tick().await;
    assert_eq!(texts(&root, ".drafts li").len(), 0);
    assert!(local_storage().get_item("muistio:open").unwrap().is_none());
    let buttons = root.query_selector_all("[role=status] .notice button").unwrap();
    let undo = (0..buttons.length())
        .map(|i| buttons.item(i).unwrap())
        .find(|b| b.text_content().as_deref() == Some("Kumoa"));
    undo.expect("the deletion notice offers undo")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    tick().await;
    assert_eq!(
        texts(&root, ".drafts li .draft-title"),
        ["Pohjoisen valokuvakeskuksen hallituksen kokous"]
    );
    assert_eq!(stored(), before, "the same draft, byte for byte, and open again");
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

#[wasm_bindgen_test]
fn storage_saves_verified_and_lists_newest_first() {
    local_storage().clear().unwrap();
    storage::save("a", &sample(10), 1_000).unwrap();
    storage::save("b", &sample(20), 2_000).unwrap();
    let list = storage::list();
    assert_eq!(
        list.iter().map(|d| (d.id.as_str(), d.saved_at)).collect::<Vec<_>>(),
        [("b", 2_000), ("a", 1_000)]
    );
    assert_eq!(list[0].date, "2.1.2026");
    assert_eq!(storage::load("a").unwrap(), (sample(10), 1_000));
    storage::remove("a");
    assert_eq!(storage::list().len(), 1);
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_keeps_what_was_there() {
    local_storage().clear().unwrap();
    storage::save("small", &sample(10), 1).unwrap();
    let before = stored();
    // Far beyond the 5 MiB a browser gives one site.
    assert_eq!(storage::save("huge", &sample(6 << 20), 2), Err(SaveError::Full));
    assert_eq!(stored(), before);
}

#[wasm_bindgen_test]
fn a_damaged_draft_is_listed_and_can_be_deleted() {
    local_storage().clear().unwrap();
    local_storage()
        .set_item("muistio:draft:broken", "{\"format\":\"muistio\",\"version\":1,")
        .unwrap();
    let list = storage::list();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].saved_at, 0, "listed as unreadable");
    assert!(storage::load("broken").is_err());
    storage::remove("broken");
    assert!(storage::list().is_empty());
}
