//! The interface's language: chosen from the browser's languages on the first visit,
//! remembered in localStorage once the person picks one, and set on the page's `lang`.

use muistio_core::Lang;

const KEY: &str = "muistio:lang";

/// The language remembered, else the browser's first of Finnish, Swedish and English.
pub fn chosen() -> Lang {
    let remembered = super::storage::setting(KEY).and_then(|code| Lang::from_code(&code));
    let lang = remembered.unwrap_or_else(|| {
        let tags: Vec<String> = web_sys::window()
            .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
            .unwrap_or_default();
        crate::texts::preferred(&tags)
    });
    mark_page(lang);
    lang
}

/// Remembers the person's choice and marks the page with it.
pub fn remember(lang: Lang) {
    super::storage::set_setting(KEY, lang.code());
    mark_page(lang);
}

/// `<html lang="…">`, so that screen readers speak the interface in its language.
fn mark_page(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}
