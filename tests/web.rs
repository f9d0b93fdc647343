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

const MEMO: &str = include_str!("../core/tests/fixtures/hallitus-muistio.md");
const TITLE: &str = "Pohjoisen valokuvakeskuksen hallituksen kokous";

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
    local_storage().clear().unwrap();
    let (root, app) = mount();
    tick().await;
    paste(&root, MEMO).await;
    (root, app)
}

fn composer(root: &web_sys::HtmlElement, item: usize) -> web_sys::HtmlElement {
    query(root, &format!(".item-list > li:nth-child({item}) .composer textarea"))
}

#[wasm_bindgen_test]
async fn pasting_a_memo_saves_a_draft_and_shows_it_in_the_editor() {
    local_storage().clear().unwrap();
    let (root, _app) = mount();
    tick().await;
    assert_eq!(texts(&root, ".empty").len(), 2, "no drafts and nothing open");
    paste(&root, MEMO).await;
    assert_eq!(values(&root, "#header-title"), [TITLE]);
    assert_eq!(values(&root, "#header-date"), ["3.2.2026"]);
    assert_eq!(all(&root, ".item-list > li").len(), 7);
    assert_eq!(values(&root, ".attendee-editor tbody td:first-child input").len(), 7);
    // Entries read as the memo: speakers in bold, replies on lines of their own.
    assert_eq!(
        texts(
            &root,
            ".item-list > li:nth-child(2) .entry-read > p:not(.reply-read) > strong.speaker"
        ),
        ["Eero:", "Oula:"]
    );
    assert_eq!(
        texts(&root, ".item-list > li:nth-child(2) .reply-read strong.speaker"),
        ["Saana:", "Aino:"]
    );
    assert_eq!(texts(&root, ".drafts li .draft-title"), [TITLE]);
    assert_eq!(stored_doc().items.len(), 7);
    assert_eq!(
        values(&root, "#paste-input"),
        [""],
        "the paste box empties after a successful import"
    );
}

#[wasm_bindgen_test]
async fn a_new_page_reopens_the_draft_that_was_open() {
    {
        let (root, _app) = with_memo().await;
        root.remove();
    }
    let (root, _app) = mount();
    tick().await;
    assert_eq!(values(&root, "#header-title"), [TITLE]);
}

#[wasm_bindgen_test]
async fn bad_input_is_explained_and_changes_nothing() {
    let (root, _app) = with_memo().await;
    let before = stored();
    paste(&root, "   \n\n").await;
    assert_eq!(
        texts(&root, "[role=alert] .notice p"),
        ["Tiedosto tai liitetty teksti on tyhjä."]
    );
    paste(&root, r#"{"format":"muistio","version":7,"minutes":{}}"#).await;
    assert!(texts(&root, "[role=alert] .notice p")[1].contains("uudemmalla versiolla"));
    assert_eq!(stored(), before);
    assert_eq!(values(&root, "#header-title"), [TITLE], "the open draft stays");
}

#[wasm_bindgen_test]
async fn a_deleted_draft_comes_back_with_undo() {
    let (root, _app) = with_memo().await;
    let before = stored();
    button(&root, ".drafts li .draft-actions button", "Poista").click();
    tick().await;
    assert_eq!(all(&root, ".drafts li").len(), 0);
    assert!(local_storage().get_item("muistio:open").unwrap().is_none());
    button(&root, "[role=status] .notice button", "Kumoa").click();
    tick().await;
    assert_eq!(texts(&root, ".drafts li .draft-title"), [TITLE]);
    let (versions, rest): (Vec<_>, Vec<_>) = stored()
        .into_iter()
        .partition(|(k, _)| k.starts_with("muistio:version:"));
    assert_eq!(rest, before, "the same draft, byte for byte, and open again");
    assert_eq!(
        versions.len(),
        1,
        "and the deleted one stays among its versions until pruned"
    );
    assert!(versions[0].0.ends_with(":deletion"));
}

#[wasm_bindgen_test]
async fn typed_lines_become_entries_of_their_kind() {
    let (root, _app) = with_memo().await;
    let box6 = composer(&root, 6);
    for line in [
        "Katri: Kevään ohjelma on valmis. **Saa:** Hyvä.",
        "- ensimmäinen",
        "- toinen",
        "Sovittiin jatkosta.",
        "Tehtävä (Liisa, 1.4.2026): Varaa tila.",
    ] {
        type_into(&box6, line).await;
        press(&box6, "Enter", false, false, false).await;
        assert_eq!(
            values(&root, ".item-list > li:nth-child(6) .composer textarea"),
            [""],
            "the box empties: {line}"
        );
    }
    let doc = stored_doc_after_save().await;
    let kinds: Vec<String> = doc.items[5].entries.iter().map(|e| e.kind.plain_text()).collect();
    assert_eq!(
        kinds,
        [
            "Ei muita asioita.",
            "Katri: Kevään ohjelma on valmis. Saana: Hyvä.",
            "ensimmäinen\ntoinen",
            "Sovittiin jatkosta.",
            "Liisa: Varaa tila."
        ]
    );
    assert!(matches!(
        &doc.items[5].entries[4].kind,
        EntryKind::Action { due: Some(_), .. }
    ));
    assert!(
        texts(&root, ".checks li").iter().any(|t| t.contains("”Katri”")),
        "an unknown speaker is flagged"
    );
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

#[wasm_bindgen_test]
async fn edits_save_themselves_and_the_indicator_is_honest() {
    let (root, _app) = with_memo().await;
    type_into(&query(&root, "#header-title"), "Hallituksen kokous 2/2026").await;
    assert_eq!(texts(&root, ".save-state"), ["Tallentamatta…"]);
    assert_eq!(stored_doc().header.title, TITLE, "not yet written");
    sleep(900).await;
    assert!(texts(&root, ".save-state")[0].starts_with("Tallennettu "));
    assert_eq!(stored_doc().header.title, "Hallituksen kokous 2/2026");
}

#[wasm_bindgen_test]
async fn leaving_the_page_saves_at_once() {
    let (root, _app) = with_memo().await;
    type_into(&query(&root, "#header-place"), "Kulttuuritalo").await;
    web_sys::window().unwrap().dispatch_event(&event("pagehide")).unwrap();
    tick().await;
    assert_eq!(stored_doc().header.place, "Kulttuuritalo");
}

#[wasm_bindgen_test]
async fn undo_and_redo_by_keyboard() {
    let (root, _app) = with_memo().await;
    let title = query(&root, "#header-title");
    type_into(&title, "Uusi nimi").await;
    press(&title, "z", true, false, false).await;
    assert_eq!(values(&root, "#header-title"), [TITLE]);
    press(&title, "z", true, true, false).await;
    assert_eq!(values(&root, "#header-title"), ["Uusi nimi"]);
    press(&title, "z", true, false, false).await;
    press(&title, "y", true, false, false).await;
    assert_eq!(values(&root, "#header-title"), ["Uusi nimi"]);
}

#[wasm_bindgen_test]
async fn an_invalid_date_is_explained_and_the_document_keeps_its_date() {
    let (root, _app) = with_memo().await;
    let date = query(&root, "#header-date");
    type_into(&date, "31.2.2026").await;
    assert_eq!(date.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(texts(&root, "#header-date-error")[0].contains("ei ole päivämäärä"));
    assert_eq!(values(&root, "#header-date"), ["31.2.2026"], "what was typed stays");
    sleep(900).await;
    assert_eq!(stored_doc().header.when.date, Date::new(2026, 2, 3));
    type_into(&date, "14.11.2025").await;
    assert!(date.get_attribute("aria-invalid").is_none());
    assert_eq!(stored_doc_after_save().await.header.when.date, Date::new(2025, 11, 14));
}

#[wasm_bindgen_test]
async fn rows_pasted_from_a_spreadsheet_become_attendees() {
    let (root, _app) = with_memo().await;
    let field = query(&root, "#attendee-new");
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data(
        "text/plain",
        "Ida\tTirkkonen\tLapin elokuvakomissio\r\nTomi\tAho\tTaiteen edistämiskeskus\r\n",
    )
    .unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_clipboard_data(Some(&data));
    init.set_bubbles(true);
    init.set_cancelable(true);
    field
        .dispatch_event(&web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap())
        .unwrap();
    tick().await;
    let doc = stored_doc_after_save().await;
    let names: Vec<String> = doc.attendees.iter().map(|a| a.full_name()).collect();
    assert_eq!(
        names[6..8],
        ["Ida Tirkkonen".to_string(), "Tomi Aho".to_string()],
        "added after the present attendees"
    );
    assert_eq!(doc.attendees[6].organisations, ["Lapin elokuvakomissio"]);
    assert!(doc.attendees[8].absent, "the absent attendee stays last");
}

#[wasm_bindgen_test]
async fn entries_move_with_alt_arrows_and_items_are_removed_with_undo() {
    let (root, _app) = with_memo().await;
    open_entry(&root, ".item-list > li:nth-child(3) .entry").await;
    let first = query(&root, ".item-list > li:nth-child(3) .entry [contenteditable]");
    press(&first, "ArrowDown", false, false, true).await;
    let doc = stored_doc_after_save().await;
    assert!(
        matches!(doc.items[2].entries[1].kind, EntryKind::Paragraph { .. }),
        "the paragraph moved below the statement"
    );
    assert!(matches!(doc.items[2].entries[0].kind, EntryKind::Statement { .. }));
    let title = query(&root, ".item-list > li:nth-child(6) .item-title");
    press(&title, "Delete", false, false, true).await;
    assert_eq!(all(&root, ".item-list > li").len(), 6);
    assert!(texts(&root, "[role=status] .notice p")
        .iter()
        .any(|t| t.contains("kohta 6 Muut asiat")));
    button(&root, "[role=status] .notice button", "Kumoa").click();
    tick().await;
    assert_eq!(all(&root, ".item-list > li").len(), 7);
    assert_eq!(
        values(&root, ".item-list > li:nth-child(6) .item-title"),
        ["Muut asiat"]
    );
}

#[wasm_bindgen_test]
async fn a_finding_jumps_to_its_place() {
    let (root, _app) = with_memo().await;
    let finding = all(&root, ".checks li button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().contains("”Tomi”"))
        .expect("Tomi is flagged");
    finding.unchecked_into::<web_sys::HtmlElement>().click();
    sleep(50).await;
    let focused = document().active_element().expect("something has focus");
    assert_eq!(
        focused.unchecked_into::<web_sys::HtmlInputElement>().value(),
        "Tomi",
        "the speaker field of that statement"
    );
}

#[wasm_bindgen_test]
async fn a_new_memo_for_the_next_meeting_takes_header_and_attendees() {
    let (root, _app) = with_memo().await;
    button(&root, ".drafts li .draft-actions button", "Seuraava kokous tästä").click();
    tick().await;
    assert_eq!(all(&root, ".drafts li").len(), 2);
    assert_eq!(values(&root, "#header-date"), ["10.3.2026"], "the next meeting's date");
    assert_eq!(values(&root, "#header-place"), ["Taidekeskus Kaira, Rovaniemi."]);
    assert_eq!(all(&root, ".attendee-editor tbody tr").len(), 7);
    assert_eq!(all(&root, ".item-list > li").len(), 0);
    button(&root, ".drafts .new-draft", "Uusi muistio").click();
    tick().await;
    assert_eq!(values(&root, "#header-title"), [""]);
    assert_eq!(all(&root, ".drafts li").len(), 2, "an untouched new memo is not stored");
    let keys = stored().len();
    button(&root, ".drafts .new-draft", "Uusi muistio").click();
    tick().await;
    assert_eq!(stored().len(), keys, "nor is a second one");
    type_into(&query(&root, "#header-title"), "B").await;
    tick().await;
    assert_eq!(all(&root, ".drafts li").len(), 3, "the first word stores it, at once");
    assert_eq!(stored_doc().header.title, "B");
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

#[wasm_bindgen_test]
fn storage_saves_verified_and_lists_newest_first() {
    local_storage().clear().unwrap();
    assert_eq!(save("a", &sample(10), 0, 1_000), Ok(1));
    assert_eq!(save("b", &sample(20), 0, 2_000), Ok(1));
    let list = storage::list();
    assert_eq!(
        list.iter()
            .map(|d| (d.id.as_str(), d.info.saved_at))
            .collect::<Vec<_>>(),
        [("b", 2_000), ("a", 1_000)]
    );
    assert_eq!(list[0].info.date, "2.1.2026");
    let a = storage::load("a").unwrap();
    assert_eq!((a.minutes, a.saved_at, a.revision), (sample(10), 1_000, 1));
    storage::remove("a");
    assert_eq!(storage::list().len(), 1);
}

#[wasm_bindgen_test]
fn a_save_never_writes_over_a_newer_revision() {
    local_storage().clear().unwrap();
    assert_eq!(save("a", &sample(10), 0, 1_000), Ok(1));
    assert_eq!(save("a", &sample(11), 1, 2_000), Ok(2), "this tab's own next revision");
    let before = stored();
    assert_eq!(
        save("a", &sample(12), 1, 3_000),
        Err(SaveError::Newer(2)),
        "another tab saved revision 2"
    );
    assert_eq!(stored(), before);
}

#[wasm_bindgen_test]
fn the_list_is_read_from_list_entries_and_rebuilt_for_old_drafts() {
    local_storage().clear().unwrap();
    // A draft saved by an earlier Muistio has no list entry: it gets one.
    let v1 = muistio_core::store::Envelope::json(&sample(3), 5_000).replacen("\"version\":2", "\"version\":1", 1);
    local_storage().set_item("muistio:draft:old", &v1).unwrap();
    assert_eq!(storage::list()[0].info.title, "Koe");
    assert!(local_storage().get_item("muistio:info:old").unwrap().is_some());
    // The list reads the entries only: a draft behind a valid entry is not even parsed.
    local_storage().set_item("muistio:draft:old", "not parsed").unwrap();
    assert_eq!(storage::list()[0].info.title, "Koe");
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_keeps_what_was_there() {
    local_storage().clear().unwrap();
    save("small", &sample(10), 0, 1).unwrap();
    let before = stored();
    // Far beyond the 5 MiB a browser gives one site.
    assert_eq!(save("huge", &sample(6 << 20), 0, 2), Err(SaveError::Full));
    assert_eq!(stored(), before);
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

#[wasm_bindgen_test]
fn blocked_storage_is_an_error_value() {
    local_storage().clear().unwrap();
    let blocked = block_storage();
    assert!(matches!(
        save("blocked", &sample(10), 0, 1),
        Err(SaveError::Unavailable(_))
    ));
    assert_eq!(storage::list(), []);
    assert_eq!(storage::raw("blocked"), None);
    assert_eq!(storage::usage().used, 0);
    storage::remove("blocked");
    storage::set_open_id(Some("blocked"));
    drop(blocked);
    assert_eq!(stored(), [], "nothing was written");
}

#[wasm_bindgen_test]
async fn with_storage_blocked_the_app_runs_and_says_it_cannot_save() {
    local_storage().clear().unwrap();
    local_storage().set_item("muistio:lang", "fi").unwrap();
    let blocked = block_storage();
    // The chosen language cannot be read either: the page speaks the browser's.
    let languages: Vec<String> = web_sys::window()
        .unwrap()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    let t = muistio::texts::of(muistio::texts::preferred(&languages));
    let parent: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&parent).unwrap();
    let app = leptos::mount::mount_to(parent.clone(), App);
    tick().await;
    paste(&parent, MEMO).await;
    assert_eq!(
        values(&parent, "#header-title"),
        [TITLE],
        "the memo is open though it cannot be saved"
    );
    type_into(&query(&parent, "#header-place"), "Kulttuuritalo").await;
    sleep(900).await;
    assert_eq!(texts(&parent, ".save-state"), [t.save_failed]);
    let notices = texts(&parent, ".notice").join(" ");
    assert!(notices.contains(t.save_unavailable), "{notices}");
    drop(app);
    parent.remove();
    drop(blocked);
    assert_eq!(
        stored(),
        [("muistio:lang".to_string(), "fi".to_string())],
        "nothing was written"
    );
}

#[wasm_bindgen_test]
fn damaged_and_newer_drafts_are_listed_kept_and_never_read_as_memos() {
    local_storage().clear().unwrap();
    let storage_ = local_storage();
    storage_
        .set_item("muistio:draft:broken", "{\"format\":\"muistio\",\"version\":1,")
        .unwrap();
    storage_
        .set_item(
            "muistio:draft:future",
            "{\"format\":\"muistio\",\"version\":9,\"minutes\":{}}",
        )
        .unwrap();
    storage_
        .set_item("muistio:draft:text", "Kokous\n\nMUISTIO\n\n1. Avaus")
        .unwrap();
    let before = stored();
    let list = storage::list();
    assert_eq!(list.len(), 3);
    assert!(list.iter().all(|d| d.unreadable.is_some()), "none of them opens");
    let future = list.iter().find(|d| d.id == "future").unwrap();
    assert_eq!(future.unreadable, Some(muistio_core::ImportError::TooNew { found: 9 }));
    assert_eq!(stored(), before, "listing writes nothing over them");
    assert_eq!(
        storage::raw("future").as_deref(),
        Some("{\"format\":\"muistio\",\"version\":9,\"minutes\":{}}")
    );
    storage::remove("broken");
    assert_eq!(storage::list().len(), 2);
}

#[wasm_bindgen_test]
fn versions_are_kept_every_ten_minutes_and_on_deletion() {
    local_storage().clear().unwrap();
    let minute = 60_000;
    save("a", &sample(1), 0, 0).unwrap();
    save("a", &sample(2), 1, minute).unwrap();
    assert_eq!(
        storage::versions("a").len(),
        1,
        "the first save kept the version before it"
    );
    save("a", &sample(3), 2, 5 * minute).unwrap();
    assert_eq!(storage::versions("a").len(), 1, "not again within ten minutes");
    save("a", &sample(4), 3, 12 * minute).unwrap();
    let versions = storage::versions("a");
    assert_eq!(versions.len(), 2);
    let text = storage::version_text("a", versions[0].at).unwrap();
    assert_eq!(
        muistio_core::store::open(&text, &mut muistio_core::Ids::seeded(1))
            .unwrap()
            .minutes,
        sample(3)
    );
}

#[wasm_bindgen_test]
async fn an_entry_changes_kind_and_keeps_its_words() {
    let (root, _app) = with_memo().await;
    open_entry(&root, ".item-list > li:nth-child(1) .entry").await;
    let select: web_sys::HtmlSelectElement =
        query(&root, ".item-list > li:nth-child(1) .entry select.kind").unchecked_into();
    select.set_value("decision");
    select.dispatch_event(&event("change")).unwrap();
    tick().await;
    let doc = stored_doc_after_save().await;
    assert_eq!(
        doc.items[0].entries[0].kind,
        EntryKind::Decision {
            text: "Aino avasi kokouksen klo 17.32 ja totesi läsnäolijat.".into()
        }
    );
    select.set_value("statement");
    select.dispatch_event(&event("change")).unwrap();
    tick().await;
    assert_eq!(
        values(&root, ".item-list > li:nth-child(1) .statement-fields > .speaker input"),
        [""]
    );
    assert_eq!(
        texts(
            &root,
            ".item-list > li:nth-child(1) .statement-fields [contenteditable]"
        ),
        ["Aino avasi kokouksen klo 17.32 ja totesi läsnäolijat."]
    );
}

#[wasm_bindgen_test]
async fn a_reply_is_added_and_a_speaker_completed_from_the_attendees() {
    let (root, _app) = with_memo().await;
    open_entry(&root, ".item-list > li:nth-child(3) .entry:nth-of-type(2)").await;
    let statement = ".item-list > li:nth-child(3) .statement-fields";
    button(&root, &format!("{statement} button"), "+ Vastaus").click();
    sleep(30).await;
    let speakers = all(&root, &format!("{statement} .reply .speaker input"));
    assert_eq!(speakers.len(), 2);
    let new: web_sys::HtmlElement = speakers[1].clone().unchecked_into();
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some(new.id()),
        "the new reply's speaker field has focus"
    );
    type_into(&new, "aino").await;
    new.dispatch_event(&event("change")).unwrap();
    tick().await;
    let reply_text: web_sys::HtmlElement = all(&root, &format!("{statement} .reply [contenteditable]"))[1]
        .clone()
        .unchecked_into();
    type_into(&reply_text, "Samaa mieltä.").await;
    let doc = stored_doc_after_save().await;
    let EntryKind::Statement { replies, .. } = &doc.items[2].entries[1].kind else {
        panic!("a statement")
    };
    assert_eq!(replies[1].speaker, "Aino", "a unique beginning becomes the name");
    assert_eq!(replies[1].text.to_plain(), "Samaa mieltä.");
}

#[wasm_bindgen_test]
async fn drafts_are_searched_duplicated_and_opened() {
    let (root, _app) = with_memo().await;
    let today = js_sys::Date::new_0();
    let day = format!("{}.{}.", today.get_date(), today.get_month() + 1);
    button(&root, ".drafts li .draft-actions button", "Kopioi").click();
    tick().await;
    assert_eq!(values(&root, "#header-title"), [format!("{TITLE} (kopio {day})")]);
    // The newest draft, the copy, is copied: named from the original, never "(kopio) (kopio)".
    button(&root, ".drafts li .draft-actions button", "Kopioi").click();
    tick().await;
    assert_eq!(values(&root, "#header-title"), [format!("{TITLE} (kopio {day} 2)")]);
    for title in ["Budjettikokous", "Vuosikokous"] {
        button(&root, ".drafts .new-draft", "Uusi muistio").click();
        tick().await;
        type_into(&query(&root, "#header-title"), title).await;
    }
    sleep(900).await;
    assert_eq!(all(&root, ".drafts li").len(), 5);
    type_into(&query(&root, "#draft-search"), "kokous").await;
    assert_eq!(texts(&root, ".drafts li .draft-title").len(), 5);
    type_into(&query(&root, "#draft-search"), "budjettikokous").await;
    assert_eq!(texts(&root, ".drafts li .draft-title"), ["Budjettikokous"]);
    type_into(&query(&root, "#draft-search"), "avustushakemuksen").await;
    assert_eq!(
        texts(&root, ".drafts li .draft-title").len(),
        3,
        "a word of the text finds the memo and its copies"
    );
    type_into(&query(&root, "#draft-search"), "kopio").await;
    assert_eq!(texts(&root, ".drafts li .draft-title").len(), 2);
    query(&root, ".drafts li .draft-open").click();
    tick().await;
    assert_eq!(values(&root, "#header-title"), [format!("{TITLE} (kopio {day} 2)")]);
    assert_eq!(all(&root, ".item-list > li").len(), 7);
}

#[wasm_bindgen_test]
async fn shortcuts_are_listed_in_a_dialog() {
    let (root, _app) = with_memo().await;
    let dialog: web_sys::HtmlDialogElement = query(&root, "dialog.help").unchecked_into();
    assert!(!dialog.open());
    press(&query(&root, "#header-title"), "/", true, false, false).await;
    assert!(dialog.open());
    assert!(texts(&root, "dialog.help td kbd").iter().any(|k| k == "Alt+↑ / Alt+↓"));
    press(&dialog, "/", true, false, false).await;
    assert!(!dialog.open());
}

#[wasm_bindgen_test]
async fn an_end_before_the_start_is_flagged_but_a_night_meeting_is_not() {
    let (root, _app) = with_memo().await;
    type_into(&query(&root, "#header-end"), "16.00").await;
    sleep(900).await;
    assert!(texts(&root, ".checks li button.link")
        .iter()
        .any(|t| t == "Loppuaika 16.00 on ennen alkuaikaa 17.30."));
    assert!(texts(&root, ".checks li button.fix")
        .iter()
        .any(|t| t == "Vaihda alku- ja loppuaika keskenään"));
    type_into(&query(&root, "#header-start"), "22.00").await;
    type_into(&query(&root, "#header-end"), "1.30").await;
    sleep(900).await;
    assert!(!texts(&root, ".checks li").iter().any(|t| t.starts_with("Loppuaika")));
}

#[wasm_bindgen_test]
async fn a_removal_notice_offers_undo_only_until_the_next_edit() {
    let (root, _app) = with_memo().await;
    let title = query(&root, ".item-list > li:nth-child(6) .item-title");
    press(&title, "Delete", false, false, true).await;
    assert!(all(&root, "[role=status] .notice button")
        .iter()
        .any(|b| b.text_content().as_deref() == Some("Kumoa")));
    type_into(&query(&root, "#header-place"), "Kulttuuritalo").await;
    assert!(!all(&root, "[role=status] .notice button")
        .iter()
        .any(|b| b.text_content().as_deref() == Some("Kumoa")));
    press(&query(&root, "#header-place"), "z", true, false, false).await;
    press(&query(&root, "#header-place"), "z", true, false, false).await;
    assert_eq!(
        values(&root, ".item-list > li:nth-child(6) .item-title"),
        ["Muut asiat"],
        "Ctrl+Z still brings it back"
    );
}

/// Chooses an option of a menu as a person would.
async fn choose(el: &web_sys::HtmlElement, value: &str) {
    el.unchecked_ref::<web_sys::HtmlSelectElement>().set_value(value);
    el.dispatch_event(&event("change")).unwrap();
    tick().await;
    tick().await;
}

#[wasm_bindgen_test]
async fn the_interface_speaks_the_chosen_language_and_the_document_keeps_its_own() {
    let (root, _app) = with_memo().await;
    let date = query(&root, "#header-date");
    type_into(&date, "31.2.2026").await;
    choose(&query(&root, "#ui-language"), "sv").await;
    assert_eq!(texts(&root, "#drafts-heading"), ["Utkast"]);
    assert_eq!(
        texts(&root, "[role=status] .notice p"),
        ["Anteckningarna hämtade: 7 punkter, 7 deltagare."],
        "a notice already shown speaks the new language"
    );
    assert!(
        texts(&root, "#header-date-error")[0].contains("är inte ett datum"),
        "and so does a field's error"
    );
    assert!(texts(&root, "#checks-heading")[0].starts_with("Kontroller: "));
    assert_eq!(values(&root, "#header-lang"), ["fi"], "the memo is still Finnish");
    assert_eq!(
        document().document_element().unwrap().get_attribute("lang").as_deref(),
        Some("sv")
    );
    assert_eq!(local_storage().get_item("muistio:lang").unwrap().as_deref(), Some("sv"));
    assert!(stored()
        .iter()
        .all(|(k, v)| !k.starts_with("muistio:draft:") || v.contains("\"lang\":\"fi\"")));
    root.remove();

    // The choice is remembered on the next visit.
    let (root, _app) = mount();
    tick().await;
    assert_eq!(texts(&root, "#drafts-heading"), ["Utkast"]);
    choose(&query(&root, "#ui-language"), "en").await;
    assert_eq!(texts(&root, "#drafts-heading"), ["Drafts"]);
    local_storage().set_item("muistio:lang", "fi").unwrap();
}

#[wasm_bindgen_test]
async fn the_first_visit_speaks_the_browsers_language() {
    local_storage().clear().unwrap();
    let languages: Vec<String> = web_sys::window()
        .unwrap()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    let expected = muistio::texts::preferred(&languages);
    let parent: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&parent).unwrap();
    let _app = leptos::mount::mount_to(parent.clone(), App);
    tick().await;
    assert_eq!(values(&parent, "#ui-language"), [expected.code()]);
    assert_eq!(
        texts(&parent, "#drafts-heading"),
        [muistio::texts::of(expected).drafts_heading]
    );
    assert!(
        local_storage().get_item("muistio:lang").unwrap().is_none(),
        "nothing is remembered until chosen"
    );
    parent.remove();
    local_storage().set_item("muistio:lang", "fi").unwrap();
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
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&key));
    init.set_new_value(local_storage().get_item(&key).unwrap().as_deref());
    let ev = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn another_tabs_save_is_taken_in_or_merged_never_written_over() {
    let (root, _app) = with_memo().await;
    // Nothing unsaved here: the other tab's change simply shows.
    other_tab_saves(|d| d.header.title = "Toisen välilehden otsikko".into());
    tick().await;
    assert_eq!(values(&root, "#header-title"), ["Toisen välilehden otsikko"]);
    assert!(texts(&root, ".save-state")[0].starts_with("Tallennettu "));

    // Typing here (not yet saved) in one item, the other tab renames another: both stay.
    type_into(
        &query(&root, ".item-list > li:nth-child(1) .item-title"),
        "Avaus ja läsnäolijat",
    )
    .await;
    other_tab_saves(|d| d.items[1].title = "Kevään ohjelma".into());
    tick().await;
    tick().await;
    let doc = stored_doc();
    assert_eq!(doc.items[0].title, "Avaus ja läsnäolijat");
    assert_eq!(doc.items[1].title, "Kevään ohjelma");
    assert_eq!(doc.header.title, "Toisen välilehden otsikko");

    // Both change the same title: this tab goes read-only, its change kept as a version.
    type_into(
        &query(&root, ".item-list > li:nth-child(1) .item-title"),
        "Tämän välilehden avaus",
    )
    .await;
    other_tab_saves(|d| d.items[0].title = "Toisen välilehden avaus".into());
    tick().await;
    tick().await;
    assert_eq!(
        stored_doc().items[0].title,
        "Toisen välilehden avaus",
        "never written over"
    );
    assert_eq!(texts(&root, ".save-state"), ["Vain luku"]);
    assert!(texts(&root, "[role=alert] .notice p")[0].contains("toisessa välilehdessä"));
    let id = local_storage().get_item("muistio:open").unwrap().unwrap();
    let kept = storage::versions(&id);
    let conflict = kept
        .iter()
        .find(|v| v.reason == muistio_core::store::versions::Reason::Conflict)
        .expect("kept aside");
    let text = storage::version_text(&id, conflict.at).unwrap();
    assert!(text.contains("Tämän välilehden avaus"));
    button(&root, ".notice button", "Muokkaa tässä välilehdessä").click();
    tick().await;
    tick().await;
    assert_eq!(
        values(&root, ".item-list > li:nth-child(1) .item-title"),
        ["Toisen välilehden avaus"]
    );
}

#[wasm_bindgen_test]
async fn edits_not_yet_saved_come_back_after_a_crash() {
    {
        let (root, _app) = with_memo().await;
        type_into(&query(&root, "#header-title"), "Kirjoitettu juuri ennen kaatumista").await;
        // The tab dies before the save timer fires: the journal holds the edit.
        root.remove();
        std::mem::forget(_app);
    }
    let (root, _app) = mount();
    tick().await;
    assert_eq!(values(&root, "#header-title"), ["Kirjoitettu juuri ennen kaatumista"]);
    assert!(texts(&root, "[role=status] .notice p")
        .iter()
        .any(|t| t.contains("palautettiin")));
    assert_eq!(
        stored_doc_after_save().await.header.title,
        "Kirjoitettu juuri ennen kaatumista"
    );
}

#[wasm_bindgen_test]
async fn text_in_an_entry_box_is_part_of_the_draft() {
    let (root, _app) = with_memo().await;
    type_into(
        &composer(&root, 2),
        "Riitta: Museon uusi näyttely avautuu helmikuussa ja",
    )
    .await;
    sleep(900).await;
    root.remove();
    let (root, _app) = mount();
    tick().await;
    assert_eq!(
        values(&root, ".item-list > li:nth-child(2) .composer textarea"),
        ["Riitta: Museon uusi näyttely avautuu helmikuussa ja"]
    );
    query(&root, ".skip-link").click();
    sleep(50).await;
    assert_eq!(
        document().active_element().and_then(|e| e.get_attribute("id")),
        composer(&root, 2).get_attribute("id"),
        "Jatka kirjoittamista leads back to the box used last"
    );
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
}

#[wasm_bindgen_test]
async fn a_memo_the_storage_cannot_hold_is_refused_before_it_is_stored() {
    local_storage().clear().unwrap();
    local_storage().set_item("muistio:lang", "fi").unwrap();
    fill_storage(2_000);
    let before = stored();
    let (root, _app) = mount();
    tick().await;
    paste(&root, MEMO).await;
    assert!(texts(&root, "[role=alert] .notice p")[0].starts_with("Muistio on liian suuri tallennettavaksi"));
    assert_eq!(stored(), before, "nothing stored changed");
    assert_eq!(all(&root, ".drafts li").len(), 0);
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn freeing_space_deletes_old_versions_and_keeps_the_newest_of_each_draft() {
    local_storage().clear().unwrap();
    for (i, at) in [1_000u64, 2_000, 3_000].into_iter().enumerate() {
        storage::keep_version(
            "a",
            muistio_core::store::versions::Reason::Periodic,
            &format!("v{i}"),
            at,
        )
        .unwrap();
    }
    storage::keep_version("b", muistio_core::store::versions::Reason::Deletion, "b", 500).unwrap();
    assert_eq!(storage::free_versions(), 2);
    assert_eq!(storage::versions("a").iter().map(|v| v.at).collect::<Vec<_>>(), [3_000]);
    assert_eq!(storage::versions("b").len(), 1);
}

#[wasm_bindgen_test]
async fn a_save_written_over_at_the_same_revision_is_merged_again() {
    let (root, _app) = with_memo().await;
    type_into(&query(&root, "#header-title"), "Tämän välilehden otsikko").await;
    let stored = stored_doc_after_save().await;
    assert_eq!(stored.header.title, "Tämän välilehden otsikko");
    // Another tab read the draft before this save and wrote its own save of the same revision
    // over it (two saves at the same moment).
    let id = local_storage().get_item("muistio:open").unwrap().unwrap();
    let revision = storage::load(&id).unwrap().revision;
    let mut theirs = stored.clone();
    theirs.header.title = TITLE.into();
    theirs.items[1].title = "Toisen välilehden kohta".into();
    let text = muistio_core::store::Envelope::stored(&theirs, 9_000_000_000_000, revision, &[]);
    storage::put_raw(&id, &text).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&format!("muistio:draft:{id}")));
    init.set_new_value(Some(&text));
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap())
        .unwrap();
    tick().await;
    sleep(900).await;
    let now = stored_doc();
    assert_eq!(
        now.header.title, "Tämän välilehden otsikko",
        "this tab's change is back"
    );
    assert_eq!(now.items[1].title, "Toisen välilehden kohta", "and the other's stays");
    assert!(storage::load(&id).unwrap().revision > revision);
}

#[wasm_bindgen_test]
async fn entries_read_as_the_memo_until_clicked_and_only_the_clicked_one_has_tools() {
    let (root, _app) = with_memo().await;
    assert!(all(&root, ".entry select.kind, .entry textarea").is_empty());
    assert_eq!(
        texts(&root, ".item-list > li:nth-child(2) .entry-read strong.speaker"),
        ["Eero:", "Saana:", "Aino:", "Oula:"]
    );
    assert_eq!(
        texts(&root, ".item-list > li:nth-child(2) .reply-read").len(),
        2,
        "replies on lines of their own"
    );
    assert_eq!(
        texts(&root, ".item-list > li:nth-child(2) .link-text"),
        ["näyttelysuunnitelman"]
    );
    // A click on a reply's words opens that reply's text.
    all(&root, ".item-list > li:nth-child(2) .reply-read")[1]
        .clone()
        .unchecked_into::<web_sys::HtmlElement>()
        .dispatch_event(&event("mousedown"))
        .unwrap();
    all(&root, ".item-list > li:nth-child(2) .reply-read")[1]
        .clone()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    sleep(30).await;
    assert_eq!(all(&root, ".entry select.kind").len(), 1);
    let focused = document().active_element().expect("a field has focus");
    assert!(focused.id().ends_with("-reply1-text"), "{}", focused.id());
}

#[wasm_bindgen_test]
async fn the_jump_keys_go_from_item_to_item_and_mark_the_outline() {
    let (root, _app) = with_memo().await;
    let title = query(&root, ".item-list > li:nth-child(2) .item-title");
    title.focus().unwrap();
    press(&title, "PageDown", false, false, true).await;
    sleep(30).await;
    let composer3 = composer(&root, 3);
    assert_eq!(document().active_element().map(|e| e.id()), Some(composer3.id()));
    assert_eq!(texts(&root, "nav.outline a[aria-current=location]"), ["3. Talous"]);
    press(&composer3, "PageUp", false, false, true).await;
    sleep(30).await;
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some(composer(&root, 2).id())
    );
    // Folded away, and unfolded by a jump to it.
    button(&root, ".item-list > li:nth-child(3) .item-head button", "▾").click();
    tick().await;
    assert!(composer(&root, 3).closest("[hidden]").unwrap().is_some());
    press(&composer(&root, 2), "PageDown", false, false, true).await;
    sleep(30).await;
    assert!(composer(&root, 3).closest("[hidden]").unwrap().is_none());
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some(composer(&root, 3).id())
    );
}

#[wasm_bindgen_test]
async fn ctrl_b_bolds_the_selection_and_a_typed_address_is_a_link() {
    let (root, _app) = with_memo().await;
    open_entry(&root, ".item-list > li:nth-child(1) .entry").await;
    let field = query(&root, ".item-list > li:nth-child(1) .entry [contenteditable]");
    assert_eq!(
        field.text_content().unwrap(),
        "Aino avasi kokouksen klo 17.32 ja totesi läsnäolijat."
    );
    let words = field.first_child().expect("the text");
    let range = document().create_range().unwrap();
    range.set_start(&words, 0).unwrap();
    range.set_end(&words, 4).unwrap();
    let selection = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    selection.remove_all_ranges().unwrap();
    selection.add_range(&range).unwrap();
    press(&field, "b", true, false, false).await;
    assert_eq!(
        texts(&root, ".item-list > li:nth-child(1) .entry [contenteditable] b"),
        ["Aino"]
    );
    assert!(!field.text_content().unwrap().contains('*'), "no Markdown in the field");
    type_into(&composer(&root, 1), "Katso www.lapinliitto.fi.").await;
    press(&composer(&root, 1), "Enter", false, false, false).await;
    let doc = stored_doc_after_save().await;
    let EntryKind::Paragraph { text } = &doc.items[0].entries[0].kind else {
        panic!("a paragraph")
    };
    assert_eq!(text.spans()[0], muistio_core::Span::Bold("Aino".into()));
    let EntryKind::Paragraph { text } = &doc.items[0].entries[1].kind else {
        panic!("a paragraph")
    };
    assert_eq!(
        text.links().collect::<Vec<_>>(),
        [("www.lapinliitto.fi", "https://www.lapinliitto.fi")]
    );
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

#[wasm_bindgen_test]
async fn pasted_attendees_are_announced_undone_in_one_step_and_never_doubled() {
    let (root, _app) = with_memo().await;
    let field = query(&root, "#attendee-new");
    field.focus().unwrap();
    let rows = "Etunimi\tSukunimi\tOrganisaatio\nIda\tTirkkonen\tLapin liitto\nTomi\tAho\tArctic Factory\n";
    paste_into(&field, rows).await;
    assert_eq!(
        all(&root, ".attendee-editor tbody tr").len(),
        9,
        "two added, the heading row skipped"
    );
    assert!(
        notices(&root).iter().any(|n| n == "2 osallistujaa lisätty."),
        "{:?}",
        notices(&root)
    );
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("attendee-new")
    );
    paste_into(&field, rows).await;
    assert_eq!(
        all(&root, ".attendee-editor tbody tr").len(),
        9,
        "pasting again adds nobody"
    );
    assert!(notices(&root)
        .iter()
        .any(|n| n == "Ei uusia osallistujia. Jo osallistujissa: Ida Tirkkonen, Tomi Aho."));
    paste_into(
        &field,
        "Ida Tirkkonen <ida.tirkkonen@lapinliitto.fi>; \"Karhu, Minna\" <minna.karhu@lapinliitto.fi>",
    )
    .await;
    let doc = stored_doc_after_save().await;
    let minna = doc
        .attendees
        .iter()
        .find(|a| a.last_name == "Karhu")
        .expect("Minna added");
    assert_eq!(
        (minna.first_names.as_str(), minna.email.as_str()),
        ("Minna", "minna.karhu@lapinliitto.fi")
    );
    let ida = doc.attendees.iter().find(|a| a.last_name == "Tirkkonen").unwrap();
    assert_eq!(
        ida.email, "ida.tirkkonen@lapinliitto.fi",
        "Ida, already listed, got her address"
    );
    button(&root, "[role=status] .notice button", "Kumoa").click();
    tick().await;
    let doc = stored_doc_after_save().await;
    assert!(
        doc.attendees
            .iter()
            .all(|a| a.last_name != "Karhu" && a.email.is_empty()),
        "one undo step"
    );
}

#[wasm_bindgen_test]
async fn a_check_offers_its_repair_and_says_what_it_did() {
    let (root, _app) = with_memo().await;
    let fix = button(&root, ".checks li button.fix", "Korjaa: Tommi Vaara");
    fix.click();
    tick().await;
    sleep(30).await;
    assert!(
        notices(&root)
            .iter()
            .any(|n| n == "Puhuja ”Tomi” korjattu: Tommi Vaara (1 kohta)."),
        "{:?}",
        notices(&root)
    );
    assert!(texts(&root, ".checks li").iter().all(|t| !t.contains("”Tomi”")));
    let doc = stored_doc_after_save().await;
    let EntryKind::Statement { speaker, .. } = &doc.items[2].entries[1].kind else {
        panic!("a statement")
    };
    assert_eq!(speaker, "Tommi");
    let actions: Vec<String> = texts(&root, ".checks li button.link");
    assert!(actions
        .iter()
        .any(|t| t == "Tehtävältä ”Selvittää opiskelijayhteistyön aikataulun” puuttuu määräaika."));
    button(&root, "[role=status] .notice button", "Kumoa").click();
    tick().await;
    let doc = stored_doc_after_save().await;
    let EntryKind::Statement { speaker, .. } = &doc.items[2].entries[1].kind else {
        panic!("a statement")
    };
    assert_eq!(speaker, "Tomi", "undone");
}

#[wasm_bindgen_test]
async fn an_action_typed_as_people_write_it_gets_its_owner_and_due_date() {
    let (root, _app) = with_memo().await;
    let boxed = composer(&root, 4);
    type_into(&boxed, "Tehtävä (Oula, 5.3.): Tarkistaa opasteet.").await;
    press(&boxed, "Enter", false, false, false).await;
    let doc = stored_doc_after_save().await;
    let last = doc.items[3].entries.last().unwrap();
    let EntryKind::Action { owner, due, .. } = &last.kind else {
        panic!("an action: {last:?}")
    };
    assert_eq!(
        (owner.as_str(), *due),
        ("Oula", Date::new(2026, 3, 5)),
        "the meeting's year"
    );
    let date = query(&root, "#header-date");
    type_into(&date, "5. helmikuuta 2026").await;
    assert!(date.get_attribute("aria-invalid").is_none());
    assert_eq!(stored_doc_after_save().await.header.when.date, Date::new(2026, 2, 5));
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

#[wasm_bindgen_test]
async fn the_email_dialog_shows_the_message_and_says_what_happened() {
    let _closing = CloseDialogs;
    let (root, _app) = with_memo().await;
    let open = all(&root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default() == "Lähetä sähköpostilla")
        .expect("the send button");
    open.unchecked_into::<web_sys::HtmlElement>().click();
    tick().await;
    sleep(50).await;
    assert_eq!(values(&root, "#send-subject"), [format!("{TITLE} 3.2.2026 – muistio")]);
    let note = values(&root, "#send-note").remove(0);
    assert!(
        note.starts_with("Hei,\n\nLiitteenä kokouksen muistio") && note.contains("Tehtävät:"),
        "{note}"
    );
    type_into(&query(&root, "#send-to"), "ida@x.fi, tomi@").await;
    button(&root, "dialog.send button", "Lataa sähköpostiluonnos (.eml)").click();
    tick().await;
    assert_eq!(
        texts(&root, "dialog.send .send-result"),
        ["”tomi@” ei ole sähköpostiosoite. Kirjoita muodossa nimi@esimerkki.fi."]
    );
    type_into(&query(&root, "#send-to"), "Ida Tirkkonen <ida@x.fi>").await;
    // The test page serves no fonts, so no PDF: the Word file goes alone.
    let pdf = query(&root, "#send-pdf");
    pdf.click();
    tick().await;
    assert!(
        values_checked(&root, "#send-ics"),
        "the calendar file is ticked: there is a next meeting"
    );
    button(&root, "dialog.send button", "Lataa sähköpostiluonnos (.eml)").click();
    for _ in 0..40 {
        if !texts(&root, "dialog.send .send-result")[0].is_empty()
            && !texts(&root, "dialog.send .send-result")[0].contains("”tomi@”")
        {
            break;
        }
        sleep(50).await;
    }
    let said = texts(&root, "dialog.send .send-result").remove(0);
    assert!(
        said.starts_with("Sähköpostiluonnos ladattiin: 2026-02-03 ") && said.contains(".eml"),
        "{said}"
    );
    assert!(all(&root, "dialog.send label")
        .iter()
        .any(|l| l.text_content().unwrap_or_default().starts_with("Word (.docx) – ")));
    button(&root, "dialog.send button", "Sulje").click();
    tick().await;
}
