//! Bringing a memo in: open a file, or paste its text (folded away on a phone while a draft is open).

use crate::browser;
use crate::workspace::Workspace;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The files the picker offers: what the readers read, by extension and by media type.
const ACCEPT: &str = concat!(
    ".md,.markdown,.txt,.text,.json,.html,.htm,.docx,.odt,",
    "text/plain,text/markdown,text/html,application/json,",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document,",
    "application/vnd.oasis.opendocument.text"
);

/// File chooser and paste box.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let ws = Workspace::get();
    let (pasted, set_pasted) = signal(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // The same file chosen again must fire `change` again.
        input.set_value("");
        spawn_local(async move {
            match browser::file::read(&file).await {
                Ok(bytes) => {
                    ws.import(&bytes);
                }
                Err(reason) => ws.file_failed(&reason),
            }
        });
    };
    let on_paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        if ws.import(text.as_bytes()) {
            set_pasted.set(String::new());
        }
    };
    view! {
        // On a phone the open draft comes first: the import panel folds away while one is open.
        <details class="import" open=move || !(ws.has_doc() && browser::narrow_screen())>
            <summary><h2 id="import-heading">{ws.word(|t| t.import_heading)}</h2></summary>
            <p class="file-pick">
                <label for="file-input" class="button">{ws.word(|t| t.open_file)}</label>
                <input id="file-input" type="file" class="visually-hidden" aria-describedby="file-hint"
                    accept=ACCEPT on:change=on_file/>
                <span id="file-hint" class="hint">{ws.word(|t| t.open_file_hint)}</span>
            </p>
            <form class="paste" on:submit=on_paste>
                <label for="paste-input">{ws.word(|t| t.paste_label)}</label>
                <textarea id="paste-input" rows="6" prop:value=pasted on:input=move |ev| set_pasted.set(event_target_value(&ev))></textarea>
                <button type="submit">{ws.word(|t| t.paste_button)}</button>
            </form>
        </details>
    }
}
