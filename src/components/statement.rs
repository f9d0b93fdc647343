//! The accessibility statement, in a dialog reachable from every screen (the page's footer).

use crate::browser::events::use_modal;
use crate::workspace::Workspace;
use leptos::prelude::*;

/// The dialog; `open` shows and hides it.
#[component]
pub fn AccessibilityStatement(open: RwSignal<bool>) -> impl IntoView {
    let ws = Workspace::get();
    let dialog = use_modal(open);
    view! {
        <dialog node_ref=dialog class="statement" aria-labelledby="statement-heading" on:close=move |_| open.set(false)>
            <h2 id="statement-heading">{ws.word(|t| t.statement_title)}</h2>
            {move || ws.t().statement.iter().map(|(heading, paragraphs)| view! {
                <h3>{*heading}</h3>
                {paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            }).collect_view()}
            <div class="dialog-actions">
                <button type="button" on:click=move |_| open.set(false)>{ws.word(|t| t.close)}</button>
            </div>
        </dialog>
    }
}
