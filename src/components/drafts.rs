//! The drafts kept in this browser: search, open, start a new one, copy, delete with undo.

use crate::browser::storage::DraftInfo;
use crate::browser::{local_clock, local_date};
use crate::texts::Texts;
use crate::workspace::Workspace;
use leptos::prelude::*;

fn title(t: &Texts, d: &DraftInfo) -> String {
    match (d.saved_at > 0, d.title.is_empty()) {
        (false, _) => t.unreadable.to_string(),
        (true, true) => t.untitled.to_string(),
        (true, false) => d.title.clone(),
    }
}

/// One draft in the list.
#[component]
fn DraftRow(draft: DraftInfo) -> impl IntoView {
    let ws = Workspace::get();
    let name = {
        let draft = draft.clone();
        move || title(ws.t(), &draft)
    };
    let readable = draft.saved_at > 0;
    let saved = draft.saved_at;
    let meta = move || {
        let t = ws.t();
        let saved = readable.then(|| {
            let when = t.date_time.with(&[&local_date(saved), &local_clock(saved)]);
            format!(" · {}", t.saved_on.with(&[&when]))
        });
        format!("{}{}", draft.date, saved.unwrap_or_default())
    };
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
                <span class="draft-meta">{meta}</span>
            </button>
            <div class="draft-actions">
                {readable.then(|| view! {
                    <button type="button" class="quiet small" aria-label={ let name = name.clone(); move || ws.t().follow_up_of.with(&[&name()]) }
                        on:click=move |_| ws.new_follow_up(&next_id)>{ws.word(|t| t.new_follow_up)}</button>
                    <button type="button" class="quiet small" aria-label={ let name = name.clone(); move || ws.t().duplicate_of.with(&[&name()]) }
                        on:click=move |_| ws.duplicate(&copy_id)>{ws.word(|t| t.duplicate)}</button>
                })}
                <button type="button" class="quiet small" aria-label=move || ws.t().delete_draft.with(&[&name()])
                    on:click=move |_| ws.delete_draft(&delete_id)>
                    {ws.word(|t| t.delete)}
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
        let t = ws.t();
        ws.drafts
            .get()
            .into_iter()
            .filter(|d| q.is_empty() || title(t, d).to_lowercase().contains(&q) || d.date.contains(&q))
            .collect::<Vec<_>>()
    });
    view! {
        <nav class="drafts" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{ws.word(|t| t.drafts_heading)}</h2>
            <button type="button" class="new-draft" on:click=move |_| ws.new_blank()>{ws.word(|t| t.new_blank)}</button>
            <Show when=move || ws.drafts.with(|d| d.len() > 3)>
                <label for="draft-search" class="visually-hidden">{ws.word(|t| t.search_drafts)}</label>
                <input id="draft-search" type="search" placeholder=ws.word(|t| t.search_drafts) prop:value=query
                    on:input=move |ev| set_query.set(event_target_value(&ev))/>
            </Show>
            <Show when=move || !shown.get().is_empty() fallback=move || view! {
                <p class="empty">{move || if ws.drafts.with(Vec::is_empty) { ws.t().no_drafts } else { ws.t().no_matches }}</p>
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
