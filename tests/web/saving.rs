//! Storage: verified saves as revisions, the list from list entries, a full or a blocked
//! storage, damaged and newer drafts, versions, and the autosave and its indicator.

use super::*;

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
fn storage_saves_verified_and_lists_newest_first() {
    clear_storage();
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
    clear_storage();
    assert_eq!(save("a", &sample(10), 0, 1_000), Ok(1));
    assert_eq!(save("a", &sample(11), 1, 2_000), Ok(2), "this tab's own next revision");
    let before = stored();
    assert_eq!(
        save("a", &sample(12), 1, 3_000),
        Err(SaveError::Newer(2)),
        "another tab saved revision 2"
    );
    assert_eq!(stored(), before);
    // Another tab's list entry, written in its own words, is read whole.
    let theirs =
        local_storage()
            .get_item("muistio:info:a")
            .unwrap()
            .unwrap()
            .replacen("\"revision\":2", "\"revision\":5", 1);
    local_storage().set_item("muistio:info:a", &theirs).unwrap();
    storage::changed_elsewhere();
    assert_eq!(save("a", &sample(13), 2, 4_000), Err(SaveError::Newer(5)));
}

#[wasm_bindgen_test]
fn the_list_is_read_from_list_entries_and_rebuilt_for_old_drafts() {
    clear_storage();
    // A draft saved by an earlier Muistio has no list entry: it gets one.
    let v1 = muistio_core::store::Envelope::json(&sample(3), 5_000).replacen("\"version\":2", "\"version\":1", 1);
    local_storage().set_item("muistio:draft:old", &v1).unwrap();
    assert_eq!(storage::list()[0].info.title, "Koe");
    assert!(local_storage().get_item("muistio:info:old").unwrap().is_some());
    // The list reads the entries only: a draft behind a valid entry is not even parsed.
    local_storage().set_item("muistio:draft:old", "not parsed").unwrap();
    storage::changed_elsewhere();
    assert_eq!(storage::list()[0].info.title, "Koe");
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_keeps_what_was_there() {
    clear_storage();
    save("small", &sample(10), 0, 1).unwrap();
    let before = stored();
    // Far beyond the 5 MiB a browser gives one site: a new draft is refused before it is
    // written, and one already stored that grows past it when the browser refuses the write.
    let huge = sample(6 << 20);
    assert!(matches!(save("huge", &huge, 0, 2), Err(SaveError::NoRoom { size, .. }) if size > 6 << 20));
    assert_eq!(stored(), before);
    save("grows", &sample(10), 0, 3).unwrap();
    let kept = storage::raw("grows");
    assert_eq!(save("grows", &huge, 1, 4), Err(SaveError::Full));
    assert_eq!(storage::raw("grows"), kept, "the draft as it was stays");
}

#[wasm_bindgen_test]
fn blocked_storage_is_an_error_value() {
    clear_storage();
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
    clear_storage();
    local_storage().set_item("muistio:lang", "fi").unwrap();
    let blocked = block_storage();
    // The chosen language cannot be read either: the page speaks the browser's.
    let languages = browser_languages();
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
    clear_storage();
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
    clear_storage();
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
async fn a_due_version_is_kept_in_an_idle_moment_before_the_save_replaces_the_draft() {
    let (root, _app) = with_memo().await;
    sleep(900).await;
    let id = local_storage().get_item("muistio:open").unwrap().unwrap();
    // The draft's versions gone (as ten minutes later): a periodic version is due.
    let prefix = format!("muistio:version:{id}:");
    for (key, _) in stored().iter().filter(|(k, _)| k.starts_with(&prefix)) {
        local_storage().remove_item(key).unwrap();
    }
    storage::changed_elsewhere();
    let draft_key = format!("muistio:draft:{id}");
    let before = local_storage().get_item(&draft_key).unwrap().unwrap();

    type_into(&query(&root, "#header-place"), "Kulttuuritalo, Oulu").await;
    sleep(600).await;
    let versions = storage::versions(&id);
    assert_eq!(versions.len(), 1, "kept while typing paused, before the save");
    assert_eq!(versions[0].reason, muistio_core::store::versions::Reason::Periodic);
    assert_eq!(
        storage::version_text(&id, versions[0].at).as_deref(),
        Some(before.as_str())
    );
    assert_eq!(
        local_storage().get_item(&draft_key).unwrap().as_deref(),
        Some(before.as_str()),
        "not saved yet"
    );
    tick().await;
    assert_eq!(all(&root, ".versions li").len(), 1, "the list of versions shows it");

    sleep(500).await;
    assert!(stored_doc().header.place.contains("Kulttuuritalo"), "then saved");
    assert_eq!(storage::versions(&id).len(), 1, "the save keeps no second one");
}

#[wasm_bindgen_test]
fn freeing_space_deletes_old_versions_and_keeps_the_newest_of_each_draft() {
    clear_storage();
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
