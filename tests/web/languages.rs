//! The interface's language: chosen, remembered, and the browser's on the first visit.

use super::*;

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
    clear_storage();
    let languages = browser_languages();
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
