//! The editor: undo and redo, fields that check what is typed, pasted attendees, the checks
//! and their repairs, the shortcuts and the e-mail dialog.

use super::*;

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
async fn undo_and_redo_redraw_a_text_field_typed_in() {
    let (root, _app) = with_memo().await;
    open_entry(&root, ".item-list > li:nth-child(1) .entry").await;
    let field = query(&root, ".item-list > li:nth-child(1) .entry [contenteditable]");
    let before = field.text_content().unwrap();
    type_into(&field, "Aino avasi kokouksen klo 17.35.").await;
    // The entry's text as shown, in its field or as it reads once the focus has moved.
    let shown = || async {
        sleep(40).await;
        let entry = ".item-list > li:nth-child(1) .entry";
        all(&root, &format!("{entry} [contenteditable]"))
            .first()
            .or(all(&root, &format!("{entry} .entry-read")).first())
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    // Keys go to the page (the field may be drawn anew when the focus moves to the change).
    press(&root, "z", true, false, false).await;
    assert_eq!(shown().await, before, "undone in the field");
    press(&root, "z", true, true, false).await;
    assert_eq!(shown().await, "Aino avasi kokouksen klo 17.35.", "redone in the field");
    press(&root, "z", true, false, false).await;
    assert_eq!(shown().await, before, "undone again");
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

/// Asks for the e-mail draft and waits for what the dialog says (a new result, not the last).
async fn send_result(root: &web_sys::HtmlElement) -> String {
    let before = texts(root, "dialog.send .send-result").remove(0);
    button(root, "dialog.send button", "Lataa sähköpostiluonnos (.eml)").click();
    for _ in 0..100 {
        let now = texts(root, "dialog.send .send-result").remove(0);
        if !now.is_empty() && now != before {
            return now;
        }
        sleep(50).await;
    }
    texts(root, "dialog.send .send-result").remove(0)
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
    // The test page serves no fonts, so no PDF; nor the codecs worker, so no Word file either:
    // the person is told so, and the message waits.
    let pdf = query(&root, "#send-pdf");
    pdf.click();
    tick().await;
    assert!(
        values_checked(&root, "#send-ics"),
        "the calendar file is ticked: there is a next meeting"
    );
    let said = send_result(&root).await;
    assert!(
        said.starts_with("PDF-, Word- ja OpenDocument-tiedostojen käsittelyä ei saatu ladattua ("),
        "{said}"
    );
    // Without the Word file, the calendar file goes alone.
    query(&root, "#send-docx").click();
    tick().await;
    let said = send_result(&root).await;
    assert!(
        said.starts_with("Sähköpostiluonnos ladattiin: 2026-02-03 ") && said.contains(".eml"),
        "{said}"
    );
    assert!(all(&root, "dialog.send label").iter().any(|l| l
        .text_content()
        .unwrap_or_default()
        .starts_with("Kalenterimerkintä seuraavasta kokouksesta (.ics) – ")));
    button(&root, "dialog.send button", "Sulje").click();
    tick().await;
}

#[wasm_bindgen_test]
async fn a_long_meeting_is_drawn_a_few_items_a_frame_and_a_jump_draws_them_all() {
    clear_storage();
    let (root, _app) = mount();
    tick().await;
    let items: String = (1..=40)
        .map(|n| format!("{n}. Asia {n}\n\nIda: Sanottu kohdassa {n}.\n\n"))
        .collect();
    paste(&root, &format!("Pitkä kokous\n\nMUISTIO\n\nAika: 3.2.2027\n\n{items}")).await;
    let drawn = all(&root, ".item-list > li").len();
    assert!((12..40).contains(&drawn), "the first items at once, not all: {drawn}");
    assert_eq!(
        values(&root, "#header-title"),
        ["Pitkä kokous"],
        "the header answers at once"
    );
    sleep(400).await;
    assert_eq!(all(&root, ".item-list > li").len(), 40, "the rest in the frames after");

    // Opened again, a jump from the outline to the last item draws every item in one go.
    paste(&root, &format!("Toinen kokous\n\nMUISTIO\n\n{items}")).await;
    assert!(all(&root, ".item-list > li").len() < 40);
    let last = all(&root, "nav.outline a").pop().expect("the outline lists the items");
    last.unchecked_ref::<web_sys::HtmlElement>().click();
    tick().await;
    assert_eq!(all(&root, ".item-list > li").len(), 40);
    sleep(30).await;
    assert_eq!(
        values(&root, ".item-list .item-title").last().map(String::as_str),
        Some("Asia 40")
    );
}
