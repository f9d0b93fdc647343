//! The keyboard shortcuts, in a dialog (Ctrl+/ or the button in the banner).

use crate::browser::events::use_modal;
use crate::workspace::Workspace;
use leptos::prelude::*;

/// The dialog; `open` shows and hides it.
#[component]
pub fn ShortcutHelp(open: RwSignal<bool>) -> impl IntoView {
    let ws = Workspace::get();
    let dialog = use_modal(open);
    view! {
        <dialog node_ref=dialog class="help" aria-labelledby="help-heading" on:close=move |_| open.set(false)>
            <h2 id="help-heading">{ws.word(|t| t.shortcuts)}</h2>
            <table>
                <thead><tr><th scope="col">{ws.word(|t| t.keys)}</th><th scope="col">{ws.word(|t| t.action)}</th></tr></thead>
                <tbody>
                    {move || ws.t().shortcut_list.iter().chain(ws.t().shortcut_more).map(|(keys, what)| view! {
                        <tr><td><kbd>{*keys}</kbd></td><td>{*what}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <button type="button" on:click=move |_| open.set(false)>{ws.word(|t| t.close)}</button>
        </dialog>
    }
}
