//! Entries: typed into the entry box, read as the memo until clicked, moved, removed with
//! undo, changed in kind, formatted, and the jump keys between items.

use super::*;

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
async fn a_kind_change_keeps_the_focus_in_the_entry_until_it_is_left() {
    let (root, _app) = with_memo().await;
    let entry = ".item-list > li:nth-child(1) .entry";
    open_entry(&root, entry).await;
    let focused = || document().active_element().map(|e| e.id()).unwrap_or_default();
    assert!(focused().ends_with("-text"), "{}", focused());
    // Changed while its words have the focus (as a script or assistive technology can): the
    // fields are drawn anew and the new kind's first field takes the focus.
    let select: web_sys::HtmlSelectElement = query(&root, &format!("{entry} select.kind")).unchecked_into();
    for (kind, field) in [("decision", "-text"), ("statement", "-speaker")] {
        select.set_value(kind);
        select.dispatch_event(&event("change")).unwrap();
        sleep(30).await;
        assert!(focused().ends_with(field), "{kind}: {}", focused());
    }
    // Changed from the kind menu itself: the menu keeps it.
    select.focus().unwrap();
    select.set_value("paragraph");
    select.dispatch_event(&event("change")).unwrap();
    sleep(30).await;
    assert_eq!(focused(), select.id());
    // Leaving the entry shows it as it reads.
    query(&root, ".item-list > li:nth-child(2) .item-title")
        .focus()
        .unwrap();
    sleep(30).await;
    assert_eq!(all(&root, &format!("{entry}.editing")).len(), 0);
    assert_eq!(
        texts(&root, &format!("{entry} .entry-read"))
            .first()
            .map(String::as_str),
        Some("Aino avasi kokouksen klo 17.32 ja totesi läsnäolijat.")
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
