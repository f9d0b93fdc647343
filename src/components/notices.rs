//! Messages to the person: errors are alerts, the rest polite status messages.

use crate::workspace::Workspace;
use leptos::prelude::*;

/// The notices area; every notice can be dismissed, and offers what can be done about it.
#[component]
pub fn Notices() -> impl IntoView {
    let ws = Workspace::get();
    let list = move |error: bool| {
        move || {
            ws.notices
                .get()
                .into_iter()
                .filter(|n| n.error == error)
                .map(|n| {
                    let key = n.key;
                    view! {
                        <div class="notice" class:error=n.error>
                            <p>{n.text.show(ws.t())}</p>
                            {n.actions.into_iter().map(|action| {
                                let label = action.label(ws.t());
                                view! { <button on:click=move |_| ws.act(key, action.clone())>{label}</button> }
                            }).collect_view()}
                            <button class="quiet" on:click=move |_| ws.dismiss(key)>{ws.t().close}</button>
                        </div>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <section class="notices" aria-label=ws.word(|t| t.notices)>
            <div role="alert">{list(true)}</div>
            <div role="status" aria-live="polite">{list(false)}</div>
        </section>
    }
}
