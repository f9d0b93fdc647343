//! The list of drafts kept in this browser.

use crate::browser::local_time;
use crate::texts;
use crate::workspace::Workspace;
use leptos::prelude::*;

/// Drafts, newest first: open or delete each.
#[component]
pub fn DraftList() -> impl IntoView {
    let ws = Workspace::get();
    let open_id = move || ws.open.with(|o| o.as_ref().map(|o| o.id.clone()));
    view! {
        <nav class="drafts" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{texts::DRAFTS_HEADING}</h2>
            <Show when=move || ws.drafts.with(|d| !d.is_empty()) fallback=|| view! { <p class="empty">{texts::NO_DRAFTS}</p> }>
                <ul>
                    <For each=move || ws.drafts.get() key=|d| (d.id.clone(), d.saved_at, d.title.clone()) let:draft>
                        {
                            let id = draft.id.clone();
                            let id_for_open = id.clone();
                            let id_for_delete = id.clone();
                            let readable = draft.saved_at > 0;
                            let title = match (readable, draft.title.is_empty()) {
                                (false, _) => texts::UNREADABLE.to_string(),
                                (true, true) => texts::UNTITLED.to_string(),
                                (true, false) => draft.title.clone(),
                            };
                            let current = move || (open_id() == Some(id.clone())).then_some("page");
                            let delete_label = texts::delete_draft(&title);
                            view! {
                                <li>
                                    <button class="draft-open" aria-current=current on:click=move |_| ws.open_draft(&id_for_open)>
                                        <span class="draft-title">{title}</span>
                                        <span class="draft-meta">
                                            {draft.date.clone()}
                                            {readable.then(|| format!(" · {} {}", texts::SAVED, local_time(draft.saved_at)))}
                                        </span>
                                    </button>
                                    <button class="quiet" aria-label=delete_label on:click=move |_| ws.delete_draft(&id_for_delete)>
                                        {texts::DELETE}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </nav>
    }
}
