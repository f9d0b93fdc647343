//! The drafts kept in this browser: search, open, start a new one, copy, delete with undo.

use crate::browser::local_time;
use crate::browser::storage::DraftInfo;
use crate::texts;
use crate::workspace::Workspace;
use leptos::prelude::*;

fn title(d: &DraftInfo) -> String {
    match (d.saved_at > 0, d.title.is_empty()) {
        (false, _) => texts::UNREADABLE.to_string(),
        (true, true) => texts::UNTITLED.to_string(),
        (true, false) => d.title.clone(),
    }
}

/// One draft in the list.
#[component]
fn DraftRow(draft: DraftInfo) -> impl IntoView {
    let ws = Workspace::get();
    let name = title(&draft);
    let readable = draft.saved_at > 0;
    let id = draft.id.clone();
    let current = {
        let id = id.clone();
        move || {
            ws.open
                .with(|o| o.as_ref().is_some_and(|o| o.id == id))
                .then_some("page")
        }
    };
    let (open_id, copy_id, next_id, delete_id) = (id.clone(), id.clone(), id.clone(), id);
    view! {
        <li>
            <button type="button" class="draft-open" aria-current=current on:click=move |_| ws.open_draft(&open_id)>
                <span class="draft-title">{name.clone()}</span>
                <span class="draft-meta">
                    {draft.date.clone()}
                    {readable.then(|| format!(" · {} {}", texts::SAVED, local_time(draft.saved_at)))}
                </span>
            </button>
            <div class="draft-actions">
                {readable.then(|| view! {
                    <button type="button" class="quiet small" aria-label=format!("{}: {name}", texts::NEW_FOLLOW_UP)
                        on:click=move |_| ws.new_follow_up(&next_id)>{texts::NEW_FOLLOW_UP}</button>
                    <button type="button" class="quiet small" aria-label=format!("{}: {name}", texts::DUPLICATE)
                        on:click=move |_| ws.duplicate(&copy_id)>{texts::DUPLICATE}</button>
                })}
                <button type="button" class="quiet small" aria-label=texts::delete_draft(&name) on:click=move |_| ws.delete_draft(&delete_id)>
                    {texts::DELETE}
                </button>
            </div>
        </li>
    }
}

/// Drafts, newest first, with a search field and a button for a new memo.
#[component]
pub fn DraftList() -> impl IntoView {
    let ws = Workspace::get();
    let (query, set_query) = signal(String::new());
    let shown = Memo::new(move |_| {
        let q = query.get().to_lowercase();
        ws.drafts
            .get()
            .into_iter()
            .filter(|d| q.is_empty() || title(d).to_lowercase().contains(&q) || d.date.contains(&q))
            .collect::<Vec<_>>()
    });
    view! {
        <nav class="drafts" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{texts::DRAFTS_HEADING}</h2>
            <button type="button" class="new-draft" on:click=move |_| ws.new_blank()>{texts::NEW_BLANK}</button>
            <Show when=move || ws.drafts.with(|d| d.len() > 3)>
                <label for="draft-search" class="visually-hidden">{texts::SEARCH_DRAFTS}</label>
                <input id="draft-search" type="search" placeholder=texts::SEARCH_DRAFTS prop:value=query
                    on:input=move |ev| set_query.set(event_target_value(&ev))/>
            </Show>
            <Show when=move || !shown.get().is_empty() fallback=move || view! {
                <p class="empty">{move || if ws.drafts.with(Vec::is_empty) { texts::NO_DRAFTS } else { texts::NO_MATCHES }}</p>
            }>
                <ul>
                    <For each=move || shown.get() key=|d| (d.id.clone(), d.saved_at, d.title.clone(), d.date.clone()) let:draft>
                        <DraftRow draft/>
                    </For>
                </ul>
            </Show>
        </nav>
    }
}
