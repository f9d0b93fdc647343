//! The interface language menu in the banner; each language is named in itself.

use crate::texts::LANGUAGES;
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::Lang;

/// Switches the interface between Finnish, Swedish and English (the documents keep theirs).
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let ws = Workspace::get();
    let change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
            ws.set_ui_lang(lang);
        }
    };
    view! {
        <div class="language">
            <label for="ui-language" class="visually-hidden">{ws.word(|t| t.ui_language)}</label>
            <select id="ui-language" on:change=change prop:value=move || ws.ui_lang.get().code()>
                {LANGUAGES.into_iter().map(|(lang, name)| view! {
                    <option value=lang.code() lang=lang.code()>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
