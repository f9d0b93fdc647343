//! The page: banner with the save state, undo and the interface language; the open document
//! (editor or preview) first, then the drafts and the import panel; a footer with the
//! accessibility statement. Global shortcuts, saving on leave, and the offline cache.

use crate::browser::events::{use_focus_requests, use_keys, use_page_leave};
use crate::browser::{local_clock, offline};
use crate::components::editor::{Checks, Editor};
use crate::components::help::ShortcutHelp;
use crate::components::language::LanguageMenu;
use crate::components::send::SendDialog;
use crate::components::statement::AccessibilityStatement;
use crate::components::versions::Versions;
use crate::components::{document::DocumentView, drafts::DraftList, import::ImportPanel, notices::Notices};
use crate::workspace::{SaveState, Workspace};
use leptos::prelude::*;
use muistio_core::export::Format;

/// "Tallennettu 9.05" and friends, read out when they change.
#[component]
fn SaveIndicator() -> impl IntoView {
    let ws = Workspace::get();
    let text = move || match ws.save_state.get() {
        SaveState::Saved(0) => String::new(),
        SaveState::Saved(at) => ws.t().saved_at.with(&[&local_clock(at)]),
        SaveState::Unsaved => ws.t().unsaved.to_string(),
        SaveState::Failed(_) => ws.t().save_failed.to_string(),
        SaveState::ReadOnly => ws.t().read_only.to_string(),
    };
    view! {
        <p class="save-state" role="status" class:failed=move || matches!(ws.save_state.get(), SaveState::Failed(_))>
            {text}
        </p>
    }
}

/// The notice that a new version is ready; taking it saves first.
#[component]
fn UpdateNotice() -> impl IntoView {
    let ws = Workspace::get();
    view! {
        <Show when=move || ws.update_ready.get()>
            <div class="update" role="status">
                <p>{ws.word(|t| t.update_ready)}</p>
                <button type="button" on:click=move |_| { ws.save_now(); offline::apply_update() }>{ws.word(|t| t.update_now)}</button>
            </div>
        </Show>
    }
}

/// The document's tools: edit or preview, send, print, download.
#[component]
fn Toolbar(sending: RwSignal<bool>) -> impl IntoView {
    let ws = Workspace::get();
    let downloads = NodeRef::<leptos::html::Details>::new();
    view! {
        <div class="toolbar" role="toolbar" aria-label=ws.word(|t| t.doc_tools)>
            <button type="button" aria-pressed=move || (!ws.preview.get()).to_string() disabled=move || ws.read_only.get()
                on:click=move |_| ws.preview.set(false)>{ws.word(|t| t.edit)}</button>
            <button type="button" aria-pressed=move || ws.preview.get().to_string()
                on:click=move |_| ws.preview.set(true)>{ws.word(|t| t.preview)}</button>
            <button type="button" on:click=move |_| sending.set(true)>{ws.word(|t| t.send)}</button>
            <button type="button" class="quiet" on:click=move |_| { ws.preview.set(true); crate::browser::print() }>{ws.word(|t| t.print)}</button>
            <details class="downloads" node_ref=downloads>
                <summary>{ws.word(|t| t.download_as)}</summary>
                <div class="download-list" role="group" aria-label=ws.word(|t| t.download_as)>
                    {Format::ALL.into_iter().map(|format| view! {
                        <button type="button" class="quiet" on:click=move |_| {
                            ws.download(format);
                            // The menu closes once a format is chosen.
                            if let Some(d) = downloads.get_untracked() { d.set_open(false) }
                        }>{move || ws.t().download(format)}</button>
                    }).collect_view()}
                </div>
            </details>
        </div>
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::load();
    provide_context(ws);
    let help = RwSignal::new(false);
    let sending = RwSignal::new(false);
    let statement = RwSignal::new(false);
    use_page_leave(move || ws.save_now());
    use_focus_requests(ws.focus);
    crate::browser::events::use_storage_events(move |key, value| ws.storage_changed(&key, value));
    crate::browser::storage::persist::persisted(move |yes| {
        if yes {
            ws.usage.update(|u| u.persisted = Some(true));
        }
    });
    offline::use_offline(ws.offline_ready, ws.update_ready);
    use_keys(move |ev| {
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let key = ev.key().to_lowercase();
        let action: Option<Box<dyn Fn()>> = match (ctrl, ev.shift_key(), ev.alt_key(), key.as_str()) {
            (true, false, false, "z") => Some(Box::new(move || ws.undo())),
            (true, true, false, "z") | (true, false, false, "y") => Some(Box::new(move || ws.redo())),
            (true, _, false, "s") => Some(Box::new(move || ws.save_now())),
            (true, _, false, "/") => Some(Box::new(move || help.update(|h| *h = !*h))),
            (true, false, true, "p") => Some(Box::new(move || ws.preview.update(|p| *p = !*p))),
            _ => None,
        };
        if let Some(action) = action {
            ev.prevent_default();
            action();
        }
    });
    let has_doc = move || ws.open.with(Option::is_some);
    view! {
        <a href="#main" class="skip-link" on:click=move |ev| {
            ev.prevent_default();
            if has_doc() { ws.continue_writing() } else { ws.focus_on("main") }
        }>{ws.word(|t| t.continue_writing)}</a>
        <header class="banner">
            <h1>"Muistio"</h1>
            <p class="tagline">{ws.word(|t| t.tagline)}</p>
            <div class="banner-tools">
                <SaveIndicator/>
                <button type="button" class="quiet" disabled=move || !ws.can_undo.get() title="Ctrl+Z"
                    on:click=move |_| ws.undo()>{ws.word(|t| t.undo)}</button>
                <button type="button" class="quiet" disabled=move || !ws.can_redo.get() title=ws.word(|t| t.redo_keys)
                    on:click=move |_| ws.redo()>{ws.word(|t| t.redo)}</button>
                <button type="button" class="quiet" title="Ctrl+/" on:click=move |_| help.set(true)>{ws.word(|t| t.shortcuts)}</button>
                <LanguageMenu/>
            </div>
        </header>
        <UpdateNotice/>
        <Notices/>
        <div class="layout">
            <main class="main" id="main" tabindex="-1">
                <Show when=has_doc fallback=move || view! {
                    <div class="empty-main">
                        <p class="empty">{ws.word(|t| t.nothing_open)}</p>
                        <button type="button" on:click=move |_| ws.new_blank()>{ws.word(|t| t.new_blank)}</button>
                    </div>
                }>
                    <Toolbar sending/>
                    <Checks/>
                    <Versions/>
                    <Show when=move || ws.preview.get() fallback=move || {
                        // A new editor for each draft opened.
                        move || ws.open.with(|o| o.as_ref().map(|o| o.id.clone())).map(|_| view! { <Editor/> })
                    }>
                        {move || {
                            ws.revision.track();
                            ws.ui_lang.track();
                            ws.open.get().map(|o| view! { <DocumentView minutes=o.minutes/> })
                        }}
                    </Show>
                </Show>
            </main>
            <aside class="side">
                <DraftList/>
                <ImportPanel/>
            </aside>
        </div>
        <footer class="page-footer">
            <p>{ws.word(|t| t.privacy)}</p>
            <Show when=move || ws.offline_ready.get()>
                <p class="offline-ready">{ws.word(|t| t.offline_ready)}</p>
            </Show>
            <button type="button" class="link" on:click=move |_| statement.set(true)>{ws.word(|t| t.accessibility)}</button>
        </footer>
        <ShortcutHelp open=help/>
        <SendDialog open=sending/>
        <AccessibilityStatement open=statement/>
    }
}
