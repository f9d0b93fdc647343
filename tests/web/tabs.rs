//! Two tabs and a crash: another tab's save taken in or merged, never written over; edits and
//! entry-box text kept through a crash.

use super::*;

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
    storage_event(&format!("muistio:draft:{id}"), Some(&text));
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

/// The storage in use measured afresh, key by key: the characters of each key and the UTF-16
/// units of its value, as the browser's quota counts them.
fn scanned_usage() -> usize {
    stored()
        .iter()
        .map(|(key, value)| key.chars().count() + value.encode_utf16().count())
        .sum()
}

/// The kept versions of draft `id` measured afresh, newest first: when, and their size.
fn scanned_versions(id: &str) -> Vec<(u64, usize)> {
    let prefix = format!("muistio:version:{id}:");
    let mut versions: Vec<(u64, usize)> = stored()
        .iter()
        .filter_map(|(key, value)| {
            let at = key.strip_prefix(&prefix)?.split(':').next()?.parse().ok()?;
            Some((at, value.encode_utf16().count()))
        })
        .collect();
    versions.sort_by(|a, b| b.cmp(a));
    versions
}

#[wasm_bindgen_test]
async fn the_storage_in_use_is_counted_as_a_full_scan_counts_it() {
    use muistio_core::store::versions::Reason;
    let (root, _app) = with_memo().await;
    let id = local_storage().get_item("muistio:open").unwrap().unwrap();
    let same = |when: &str| {
        assert_eq!(storage::usage().used, scanned_usage(), "{when}");
        for draft in [id.as_str(), "toinen"] {
            let versions: Vec<(u64, usize)> = storage::versions(draft).iter().map(|v| (v.at, v.size)).collect();
            assert_eq!(versions, scanned_versions(draft), "{when}: the versions of {draft}");
        }
    };
    same("the memo imported");
    type_into(&query(&root, "#header-place"), "Kulttuuritalo, Oulu 🎭").await;
    same("an edit in the journal");
    sleep(900).await;
    same("the edit saved");

    // Versions of both drafts, in each language and beyond the 16 bits of UTF-16.
    let kept = [
        (Reason::Conversion, "Päätös: hyväksyttiin 🎉"),
        (Reason::Import, "Beslut: godkändes ✓"),
        (Reason::Restore, "Decision: approved 𝄞"),
    ];
    for (n, (reason, text)) in kept.into_iter().enumerate() {
        storage::keep_version(&id, reason, text, 1_000 + n as u64).unwrap();
        storage::keep_version("toinen", reason, &text.repeat(n + 2), 2_000 + n as u64).unwrap();
    }
    same("versions kept");
    let minute = 60_000;
    assert_eq!(save("toinen", &sample(300), 0, 10 * minute), Ok(1));
    assert_eq!(
        save("toinen", &sample(3_000), 1, 30 * minute),
        Ok(2),
        "a periodic version is kept"
    );
    same("another draft saved twice");
    storage::remove("toinen");
    same("the other draft deleted, its versions kept");
    assert!(storage::free_versions() > 0);
    same("old versions freed");

    // A write the browser refuses: what it did is read again.
    assert_eq!(save("kasvava", &sample(10), 0, 40 * minute), Ok(1));
    assert_eq!(save("kasvava", &sample(6 << 20), 1, 41 * minute), Err(SaveError::Full));
    same("a write refused");

    // Another tab writes over a draft here: this tab hears of it by the storage event only.
    let key = "muistio:draft:kasvava";
    let theirs = format!(
        "{} – toisen välilehden 🎈",
        local_storage().get_item(key).unwrap().unwrap()
    );
    local_storage().set_item(key, &theirs).unwrap();
    assert_ne!(
        storage::usage().used,
        scanned_usage(),
        "not heard of yet: the test can tell"
    );
    storage_event(key, Some(&theirs));
    tick().await;
    same("another tab's write");
    // And removes a key: the number of keys tells, before any event.
    local_storage().remove_item(key).unwrap();
    same("another tab's removal");
    storage::remove("kasvava");
}
