//! The page: banner with the interface language; the bar that stays (save state, undo, the
//! document's tools); the open document (editor or preview) first, then the outline, the
//! drafts and the import panel (behind a menu on a phone); notices at the foot of the screen;
//! a footer with the accessibility statement. Global shortcuts, saving on leave, the offline
//! cache.

use crate::browser::events::{use_focus_requests, use_keys, use_page_leave};
use crate::browser::offline;
use crate::components::came_back::CameBackDialog;
use crate::components::editor::{Checks, Editor};
use crate::components::help::ShortcutHelp;
use crate::components::language::LanguageMenu;
use crate::components::public::PublicDialog;
use crate::components::register::Register;
use crate::components::send::SendDialog;
use crate::components::statement::AccessibilityStatement;
use crate::components::versions::Versions;
use crate::components::{docbar::DocBar, outline::Outline};
use crate::components::{document::DocumentView, drafts::DraftList, import::ImportPanel, notices::Notices};
use crate::workspace::{Place, Workspace};
use leptos::prelude::*;

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

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::load();
    provide_context(ws);
    let place = Place::new();
    provide_context(place);
    let help = RwSignal::new(false);
    let sending = RwSignal::new(false);
    let register = RwSignal::new(false);
    let public = RwSignal::new(false);
    let statement = RwSignal::new(false);
    use_page_leave(move || ws.save_now());
    use_focus_requests(ws.focus);
    crate::browser::events::use_storage_events(move |key, value| ws.storage_changed(key.as_deref(), value));
    crate::browser::storage::persist::persisted(move |yes| {
        if yes {
            ws.usage.update(|u| u.persisted = Some(true));
        }
    });
    offline::use_offline(ws.offline_ready, ws.update_ready);
    crate::browser::events::when_idle(std::time::Duration::from_secs(3), || {
        crate::browser::timing::measure("warm-up", crate::workspace::warm_readers);
        // Then the codecs worker, in its own thread: the first PDF or Word file made or read
        // does not wait for it to load.
        crate::browser::events::when_idle(std::time::Duration::from_secs(5), || {
            leptos::task::spawn_local(crate::browser::timing::measure_async(
                "codecs warm-up",
                crate::workspace::warm_codecs(),
            ));
        });
    });
    // While a meeting runs, its clock follows the current item and ticks for the times shown.
    Effect::new(move |_| {
        let item = place.current.get();
        ws.follow_item(item);
    });
    crate::browser::use_ticks(std::time::Duration::from_secs(5), move || {
        if ws.live.with_untracked(Option::is_some) {
            ws.tick.set(crate::browser::now_ms());
        }
    });
    use_keys(move |ev| {
        let ctrl = ev.ctrl_key() || ev.meta_key();
        // By the key's place, not its character: Alt on a Mac types a character of its own.
        if !ctrl && ev.shift_key() && ev.alt_key() && ev.code() == "KeyK" {
            ev.prevent_default();
            return ws.toggle_meeting(place);
        }
        let key = ev.key().to_lowercase();
        let action: Option<Box<dyn Fn()>> = match (ctrl, ev.shift_key(), ev.alt_key(), key.as_str()) {
            (true, false, false, "z") => Some(Box::new(move || ws.undo())),
            (true, true, false, "z") | (true, false, false, "y") => Some(Box::new(move || ws.redo())),
            (true, _, false, "s") => Some(Box::new(move || ws.save_now())),
            (true, _, false, "/") => Some(Box::new(move || help.update(|h| *h = !*h))),
            (true, false, true, "p") => Some(Box::new(move || ws.preview.update(|p| *p = !*p))),
            (false, false, true, "pagedown") => Some(Box::new(move || ws.step_item(place, 1))),
            (false, false, true, "pageup") => Some(Box::new(move || ws.step_item(place, -1))),
            (false, false, true, "enter") => Some(Box::new(move || ws.step_item(place, 0))),
            _ => None,
        };
        if let Some(action) = action {
            ev.prevent_default();
            action();
        }
    });
    let has_doc = move || ws.has_doc();
    view! {
        <a href="#main" class="skip-link" on:click=move |ev| {
            ev.prevent_default();
            if has_doc() { ws.continue_writing() } else { ws.focus_on("main") }
        }>{ws.word(|t| t.continue_writing)}</a>
        <header class="banner">
            <h1>"Muistio"</h1>
            <p class="tagline">{ws.word(|t| t.tagline)}</p>
            <div class="banner-tools">
                <button type="button" class="quiet" on:click=move |_| register.set(true)>{ws.word(|t| t.register)}</button>
                <button type="button" class="quiet" title="Ctrl+/" on:click=move |_| help.set(true)>{ws.word(|t| t.shortcuts)}</button>
                <LanguageMenu/>
            </div>
        </header>
        <UpdateNotice/>
        <DocBar sending public/>
        <div class="layout">
            <main class="main" id="main" tabindex="-1">
                <Show when=has_doc fallback=move || view! {
                    <div class="empty-main">
                        <p class="empty">{ws.word(|t| t.nothing_open)}</p>
                        <button type="button" on:click=move |_| ws.new_blank()>{ws.word(|t| t.new_blank)}</button>
                    </div>
                }>
                    <Checks/>
                    <Versions/>
                    <Show when=move || ws.preview.get() fallback=move || {
                        // A new editor for each draft opened.
                        move || ws.open_id().map(|_| view! { <Editor/> })
                    }>
                        {move || {
                            ws.revision.track();
                            ws.ui_lang.track();
                            ws.whole_doc().map(|minutes| view! { <DocumentView minutes/> })
                        }}
                    </Show>
                </Show>
            </main>
            // On a phone the open draft comes first and this column waits behind the menu.
            <aside class="side" id="side"
                class:menu-open=move || place.menu.get() class:has-doc=has_doc>
                <Outline/>
                <DraftList register/>
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
        <Notices/>
        <ShortcutHelp open=help/>
        <SendDialog open=sending/>
        <CameBackDialog/>
        <Register open=register/>
        <PublicDialog open=public/>
        <AccessibilityStatement open=statement/>
    }
}
