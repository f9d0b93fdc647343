//! Drafts: a paste or a file becomes a draft, drafts are listed, searched, copied, deleted and
//! brought back, and what cannot be read or held is refused with nothing stored.

use super::*;

#[wasm_bindgen_test]
async fn pasting_a_memo_saves_a_draft_and_shows_it_in_the_editor() {
    clear_storage();
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
async fn a_memo_the_storage_cannot_hold_is_refused_before_it_is_stored() {
    clear_storage();
    local_storage().set_item("muistio:lang", "fi").unwrap();
    fill_storage(2_000);
    let before = stored();
    let (root, _app) = mount();
    tick().await;
    paste(&root, MEMO).await;
    assert!(texts(&root, "[role=alert] .notice p")[0].starts_with("Muistio on liian suuri tallennettavaksi"));
    assert_eq!(stored(), before, "nothing stored changed");
    assert_eq!(all(&root, ".drafts li").len(), 0);
    clear_storage();
}

#[wasm_bindgen_test]
fn the_sample_read_while_idle_reaches_every_part_of_the_memo_reader() {
    use muistio_core::EntryKind as K;
    let doc = muistio::workspace::warm_readers().expect("the sample reads");
    assert_eq!(doc.header.title, "Hallituksen kokous");
    assert_eq!(doc.attendees.len(), 2);
    assert_eq!(doc.items.len(), 25);
    let kinds: Vec<&K> = doc.entries().map(|(_, e)| &e.kind).collect();
    assert!(kinds
        .iter()
        .any(|k| matches!(k, K::Statement { replies, .. } if replies.len() == 1)));
    assert!(kinds
        .iter()
        .any(|k| matches!(k, K::Statement { replies, .. } if replies.is_empty())));
    assert!(kinds
        .iter()
        .any(|k| matches!(k, K::Bullets { items } if items.len() == 2)));
    assert!(kinds.iter().any(|k| matches!(k, K::Decision { .. })));
    assert!(kinds.iter().any(|k| matches!(k, K::Action { .. })));
    assert!(kinds.iter().any(|k| matches!(k, K::Attachment { .. })));
    assert!(kinds
        .iter()
        .any(|k| matches!(k, K::NextMeeting(n) if n.when.date.is_some())));
}
