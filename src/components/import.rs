//! Bringing a memo in: open a file, or paste its text.

use crate::browser;
use crate::texts;
use crate::workspace::Workspace;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

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
        <section class="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{texts::IMPORT_HEADING}</h2>
            <p class="file-pick">
                <label for="file-input" class="button">{texts::OPEN_FILE}</label>
                <input id="file-input" type="file" class="visually-hidden" aria-describedby="file-hint"
                    accept=".md,.markdown,.txt,.text,.json,.html,.htm,.docx,.odt,text/plain,text/markdown,text/html,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text" on:change=on_file/>
                <span id="file-hint" class="hint">{texts::OPEN_FILE_HINT}</span>
            </p>
            <form class="paste" on:submit=on_paste>
                <label for="paste-input">{texts::PASTE_LABEL}</label>
                <textarea id="paste-input" rows="6" prop:value=pasted on:input=move |ev| set_pasted.set(event_target_value(&ev))></textarea>
                <button type="submit">{texts::PASTE_BUTTON}</button>
            </form>
        </section>
    }
}
