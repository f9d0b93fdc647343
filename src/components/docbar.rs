//! The bar that stays on screen while the page scrolls: the phone's menu button, the save
//! state, undo and redo, and for an open draft edit or preview, send, print, download, the
//! checks' count, and the meeting's start and end with its running time.

use crate::browser::local_clock;
use crate::workspace::{Place, SaveState, Workspace};
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

/// Starts and ends the meeting live; while it runs, how long it has run.
#[component]
fn MeetingClock() -> impl IntoView {
    let ws = Workspace::get();
    let place = Place::get();
    let live = move || ws.is_live();
    view! {
        <button type="button" class="live-toggle" class:running=live aria-keyshortcuts="Alt+Shift+K"
            title=ws.word(|t| t.meeting_keys) disabled=move || ws.read_only.get() || ws.is_final()
            on:click=move |_| ws.toggle_meeting(place)>
            {move || if live() { ws.t().meeting_end } else { ws.t().meeting_start }}
        </button>
        <Show when=live>
            // A timer is not read out at each tick; its text is there when asked for.
            <p class="live-state" role="timer" aria-describedby="live-hint">
                {move || ws.t().meeting_running.with(&[&ws.t().duration(u32::from(ws.elapsed().unwrap_or(0)) * 60)])}
            </p>
            <p id="live-hint" class="live-hint">{ws.word(|t| t.meeting_hint)}</p>
        </Show>
    }
}

/// The document's tools: edit or preview, send, print, download, and the checks' count.
#[component]
fn Toolbar(sending: RwSignal<bool>, public: RwSignal<bool>) -> impl IntoView {
    let ws = Workspace::get();
    let downloads = NodeRef::<leptos::html::Details>::new();
    view! {
        <div class="toolbar" role="toolbar" aria-label=ws.word(|t| t.doc_tools)>
            <button type="button" aria-pressed=move || (!ws.preview.get()).to_string() disabled=move || ws.read_only.get() || ws.is_final()
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
                    <button type="button" class="quiet public-choice" aria-haspopup="dialog" on:click=move |_| {
                        public.set(true);
                        if let Some(d) = downloads.get_untracked() { d.set_open(false) }
                    }>{ws.word(|t| t.public_version)}"…"</button>
                </div>
            </details>
            <ChecksCount/>
        </div>
    }
}

/// How many checks find something: a button that opens the list.
#[component]
fn ChecksCount() -> impl IntoView {
    let ws = Workspace::get();
    // Counted when the document settles, as the list itself is.
    let count = Memo::new(move |_| ws.findings().len());
    view! {
        <button type="button" class="quiet checks-count" class:found=move || { count.get() > 0 }
            on:click=move |_| { ws.preview.set(false); crate::browser::events::open_and_focus("details.checks") }>
            {move || ws.t().checks.of(count.get())}
        </button>
    }
}

/// The bar.
#[component]
pub fn DocBar(
    /// Shows the send dialog.
    sending: RwSignal<bool>,
    /// Shows the public version's dialog.
    public: RwSignal<bool>,
) -> impl IntoView {
    let ws = Workspace::get();
    let place = Place::get();
    let has_doc = move || ws.has_doc();
    // Final minutes are shown as they read: there is nothing to edit until they are unlocked.
    Effect::new(move |_| {
        if ws.is_final() {
            ws.preview.set(true);
        }
    });
    view! {
        <section class="docbar" aria-label=ws.word(|t| t.doc_bar)>
            <Show when=has_doc>
                <button type="button" class="menu-toggle quiet" aria-controls="side"
                    aria-expanded=move || place.menu.get().to_string()
                    on:click=move |_| {
                        let open = !place.menu.get_untracked();
                        place.menu.set(open);
                        // Into the panel: the outline's first line, or the drafts when there is none.
                        let items = ws.with_doc_untracked(|d| !d.items.is_empty()).unwrap_or(false);
                        if open { ws.focus_on(if items { "outline" } else { "side" }) }
                    } aria-label=ws.word(|t| t.menu) title=ws.word(|t| t.menu)>"☰"</button>
            </Show>
            <SaveIndicator/>
            <button type="button" class="quiet" disabled=move || !ws.can_undo.get() title="Ctrl+Z"
                on:click=move |_| ws.undo()>{ws.word(|t| t.undo)}</button>
            <button type="button" class="quiet" disabled=move || !ws.can_redo.get() title=ws.word(|t| t.redo_keys)
                on:click=move |_| ws.redo()>{ws.word(|t| t.redo)}</button>
            <Show when=has_doc>
                <Toolbar sending public/>
                <MeetingClock/>
            </Show>
            <Show when=move || has_doc() && ws.is_final()>
                <p class="locked" role="status">{ws.word(|t| t.locked_final)}" "
                    <button type="button" class="quiet" on:click=move |_| ws.unlock()>{ws.word(|t| t.unlock)}</button>
                </p>
            </Show>
        </section>
    }
}
