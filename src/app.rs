//! The page: banner with the save state and undo, drafts and import on the side, the open
//! document (editor or preview) in the middle; global shortcuts and saving on leave.

use crate::browser::events::{use_focus_requests, use_keys, use_page_leave};
use crate::browser::local_clock;
use crate::components::editor::{Checks, Editor};
use crate::components::help::ShortcutHelp;
use crate::components::send::SendDialog;
use crate::components::{document::DocumentView, drafts::DraftList, import::ImportPanel, notices::Notices};
use crate::texts;
use crate::workspace::{SaveState, Workspace};
use leptos::prelude::*;
use muistio_core::export::Format;

/// "Tallennettu 9.05" and friends.
#[component]
fn SaveIndicator() -> impl IntoView {
    let ws = Workspace::get();
    let text = move || match ws.save_state.get() {
        SaveState::Saved(0) => String::new(),
        SaveState::Saved(at) => format!("{} {}", texts::SAVED_AT, local_clock(at)),
        SaveState::Unsaved => texts::UNSAVED.to_string(),
        SaveState::Failed(_) => texts::SAVE_FAILED.to_string(),
    };
    view! {
        <p class="save-state" role="status" class:failed=move || matches!(ws.save_state.get(), SaveState::Failed(_))>
            {text}
        </p>
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::load();
    provide_context(ws);
    let help = RwSignal::new(false);
    let sending = RwSignal::new(false);
    let downloads = NodeRef::<leptos::html::Details>::new();
    use_page_leave(move || ws.save_now());
    use_focus_requests(ws.focus);
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
        }>{texts::CONTINUE_WRITING}</a>
        <header class="banner">
            <h1>{texts::APP_NAME}</h1>
            <p class="tagline">{texts::TAGLINE}</p>
            <div class="banner-tools">
                <SaveIndicator/>
                <button type="button" class="quiet" disabled=move || !ws.can_undo.get() title="Ctrl+Z" on:click=move |_| ws.undo()>{texts::UNDO}</button>
                <button type="button" class="quiet" disabled=move || !ws.can_redo.get() title="Ctrl+Vaihto+Z" on:click=move |_| ws.redo()>{texts::REDO}</button>
                <button type="button" class="quiet" title="Ctrl+/" on:click=move |_| help.set(true)>{texts::SHORTCUTS}</button>
            </div>
        </header>
        <Notices/>
        <div class="layout">
            <aside class="side">
                <DraftList/>
                <ImportPanel/>
            </aside>
            <main class="main" id="main" tabindex="-1">
                <Show when=has_doc fallback=move || view! {
                    <div class="empty-main">
                        <p class="empty">{texts::NOTHING_OPEN}</p>
                        <button type="button" on:click=move |_| ws.new_blank()>{texts::NEW_BLANK}</button>
                    </div>
                }>
                    <div class="toolbar" role="toolbar" aria-label=texts::DOC_TOOLS>
                        <button type="button" aria-pressed=move || (!ws.preview.get()).to_string() on:click=move |_| ws.preview.set(false)>{texts::EDIT}</button>
                        <button type="button" aria-pressed=move || ws.preview.get().to_string() on:click=move |_| ws.preview.set(true)>{texts::PREVIEW}</button>
                        <button type="button" on:click=move |_| sending.set(true)>{texts::SEND}</button>
                        <button type="button" class="quiet" on:click=move |_| { ws.preview.set(true); crate::browser::print() }>{texts::PRINT}</button>
                        <details class="downloads" node_ref=downloads>
                            <summary>{texts::DOWNLOAD_AS}</summary>
                            <div class="download-list" role="group" aria-label=texts::DOWNLOAD_AS>
                                {Format::ALL.into_iter().map(|format| view! {
                                    <button type="button" class="quiet" on:click=move |_| {
                                        ws.download(format);
                                        // The menu closes once a format is chosen.
                                        if let Some(d) = downloads.get_untracked() { d.set_open(false) }
                                    }>{texts::download_label(format)}</button>
                                }).collect_view()}
                            </div>
                        </details>
                    </div>
                    <Checks/>
                    <Show when=move || ws.preview.get() fallback=move || {
                        // A new editor for each draft opened.
                        move || ws.open.with(|o| o.as_ref().map(|o| o.id.clone())).map(|_| view! { <Editor/> })
                    }>
                        {move || {
                            ws.revision.track();
                            ws.open.get().map(|o| view! { <DocumentView minutes=o.minutes/> })
                        }}
                    </Show>
                </Show>
            </main>
        </div>
        <ShortcutHelp open=help/>
        <SendDialog open=sending/>
    }
}
