//! The drafts kept in this browser: search, open, start a new one, copy, delete with undo; a
//! draft that cannot be opened is listed with the reason and can be downloaded as it is. Below
//! the list: the storage in use, whether the browser keeps it for good, and a backup of all.

use crate::browser::storage::DraftInfo;
use crate::browser::{local_clock, local_date};
use crate::texts::Texts;
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::DocKind;

fn title(t: &Texts, d: &DraftInfo) -> String {
    match (d.unreadable.is_some(), d.info.title.is_empty()) {
        (true, _) => t.unreadable.to_string(),
        (false, true) => t.untitled.to_string(),
        (false, false) => d.info.title.clone(),
    }
}

/// "3.2.2026 · tallennettu 3.2.2026 klo 19.20", or why the draft cannot be read.
fn meta(t: &Texts, d: &DraftInfo) -> String {
    if let Some(e) = &d.unreadable {
        return e.message(t.lang);
    }
    let saved = d.info.saved_at;
    let when = t.date_time.with(&[&local_date(saved), &local_clock(saved)]);
    let saved = t.saved_on.with(&[&when]);
    match d.info.date.is_empty() {
        true => saved,
        false => format!("{} · {saved}", d.info.date),
    }
}

/// One draft in the list.
#[component]
fn DraftRow(draft: DraftInfo) -> impl IntoView {
    let ws = Workspace::get();
    let readable = draft.unreadable.is_none();
    let id = draft.id.clone();
    let name = {
        let draft = draft.clone();
        Signal::derive(move || title(ws.t(), &draft))
    };
    let current = {
        let id = id.clone();
        move || (ws.open_id().as_deref() == Some(id.as_str())).then_some("page")
    };
    let (open_id, copy_id, next_id, raw_id, delete_id) = (id.clone(), id.clone(), id.clone(), id.clone(), id);
    view! {
        <li>
            <button type="button" class="draft-open" aria-current=current disabled=!readable
                on:click=move |_| ws.open_draft(&open_id)>
                <span class="draft-title">{name}</span>
                <span class="draft-meta">{move || meta(ws.t(), &draft)}</span>
            </button>
            <div class="draft-actions">
                {readable.then(|| view! {
                    <button type="button" class="quiet small" aria-label=move || ws.t().follow_up_of.with(&[&name.get()])
                        on:click=move |_| ws.new_follow_up(&next_id)>{ws.word(|t| t.new_follow_up)}</button>
                    <button type="button" class="quiet small" aria-label=move || ws.t().duplicate_of.with(&[&name.get()])
                        on:click=move |_| ws.duplicate(&copy_id)>{ws.word(|t| t.duplicate)}</button>
                })}
                {(!readable).then(|| view! {
                    <button type="button" class="quiet small" on:click=move |_| ws.download_raw(&raw_id)>
                        {ws.word(|t| t.download_as_is)}
                    </button>
                })}
                <button type="button" class="quiet small" aria-label=move || ws.t().delete_draft.with(&[&name.get()])
                    on:click=move |_| ws.delete_draft(&delete_id)>
                    {ws.word(|t| t.delete)}
                </button>
            </div>
        </li>
    }
}

/// The storage in use, whether the browser keeps it, and the backup of every draft.
#[component]
fn StoragePanel() -> impl IntoView {
    let ws = Workspace::get();
    let percent = move || ws.usage.with(|u| (u.used * 100).div_ceil(u.quota.max(1)).min(100));
    view! {
        <div class="storage">
            <label for="storage-meter">{ws.word(|t| t.storage)}</label>
            <meter id="storage-meter" min="0" max="100" low="70" high="90" optimum="0" value=percent></meter>
            <span>{move || ws.t().storage_used.with(&[&percent().to_string()])}</span>
            {move || ws.usage.with(|u| u.persisted).map(|yes| view! {
                <p class="hint">{move || if yes { ws.t().persisted_yes } else { ws.t().persisted_no }}</p>
            })}
            <button type="button" class="quiet small" on:click=move |_| ws.export_all()>{ws.word(|t| t.backup_all)}</button>
            <p class="hint">{ws.word(|t| t.backup_hint)}</p>
        </div>
    }
}

/// Drafts, newest first, with a search field and buttons for a new memo, minutes or agenda.
#[component]
pub fn DraftList(
    /// Shows the register of decisions and open actions.
    register: RwSignal<bool>,
) -> impl IntoView {
    let ws = Workspace::get();
    let (query, set_query) = signal(String::new());
    let shown = Memo::new(move |_| {
        let q = query.get().to_lowercase();
        let t = ws.t();
        ws.drafts
            .get()
            .into_iter()
            .filter(|d| {
                // Every word of the search is somewhere: the title, the date or the text.
                let title = title(t, d).to_lowercase();
                q.split_whitespace()
                    .all(|w| title.contains(w) || d.info.date.contains(w) || d.info.words.contains(w))
            })
            .collect::<Vec<_>>()
    });
    view! {
        <nav class="drafts" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{ws.word(|t| t.drafts_heading)}</h2>
            <div class="new-drafts" role="group" aria-label=ws.word(|t| t.new_drafts)>
                <button type="button" class="new-draft" on:click=move |_| ws.new_blank()>{ws.word(|t| t.new_blank)}</button>
                <button type="button" class="quiet small" on:click=move |_| ws.new_of_kind(DocKind::Minutes)>{ws.word(|t| t.new_minutes)}</button>
                <button type="button" class="quiet small" on:click=move |_| ws.new_of_kind(DocKind::Agenda)>{ws.word(|t| t.new_agenda)}</button>
            </div>
            <Show when=move || ws.drafts.with(|d| !d.is_empty())>
                <button type="button" class="quiet small register-button" on:click=move |_| register.set(true)>{ws.word(|t| t.register)}</button>
            </Show>
            <Show when=move || ws.drafts.with(|d| d.len() > 3)>
                <label for="draft-search" class="visually-hidden">{ws.word(|t| t.search_drafts)}</label>
                <input id="draft-search" type="search" placeholder=ws.word(|t| t.search_drafts) prop:value=query
                    on:input=move |ev| set_query.set(event_target_value(&ev))/>
            </Show>
            <Show when=move || !shown.get().is_empty() fallback=move || view! {
                <p class="empty">{move || if ws.drafts.with(Vec::is_empty) { ws.t().no_drafts } else { ws.t().no_matches }}</p>
            }>
                <ul>
                    <For each=move || shown.get() key=|d| (d.id.clone(), d.info.saved_at, d.info.title.clone(), d.info.date.clone())
                        let:draft>
                        <DraftRow draft/>
                    </For>
                </ul>
            </Show>
            <StoragePanel/>
        </nav>
    }
}
