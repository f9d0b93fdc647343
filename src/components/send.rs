//! The "Lähetä sähköpostilla" dialog: which files, and how they go out.

use crate::browser::events::use_modal;
use crate::workspace::{Via, Workspace};
use leptos::prelude::*;
use muistio_core::export::Format;

/// The dialog; `open` shows and hides it.
#[component]
pub fn SendDialog(open: RwSignal<bool>) -> impl IntoView {
    let ws = Workspace::get();
    let dialog = use_modal(open);
    let chosen = RwSignal::new(vec![Format::Pdf, Format::Docx]);
    let sheet = Memo::new(move |_| open.get() && ws.can_share(&chosen.get()));
    let send = move |via: Via| {
        ws.send(chosen.get_untracked(), via);
        open.set(false);
    };
    let has_next = move || {
        open.get()
            && ws
                .with_doc_untracked(|d| d.next_meeting().is_some_and(|n| n.when.date.is_some()))
                .unwrap_or(false)
    };
    let choices = [
        Format::Pdf,
        Format::Docx,
        Format::Odt,
        Format::Html,
        Format::Ics,
        Format::Markdown,
        Format::Json,
    ];
    view! {
        <dialog node_ref=dialog class="send" aria-labelledby="send-heading" on:close=move |_| open.set(false)>
            <h2 id="send-heading">{ws.word(|t| t.send)}</h2>
            <fieldset>
                <legend>{ws.word(|t| t.send_files)}</legend>
                {choices.into_iter().map(|format| {
                    let id = format!("send-{}", format.extension());
                    let disabled = move || format == Format::Ics && !has_next();
                    view! {
                        <div class="check-row">
                            <input type="checkbox" id=id.clone() disabled=disabled
                                prop:checked=move || chosen.get().contains(&format)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    chosen.update(|c| { c.retain(|f| *f != format); if on { c.push(format) } });
                                }/>
                            <label for=id>{move || ws.t().attach_label(format)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <p class="hint">{ws.word(|t| t.send_hint)}</p>
            <div class="dialog-actions">
                <Show when=move || sheet.get()>
                    <button type="button" on:click=move |_| send(Via::Sheet)>{ws.word(|t| t.share_sheet)}</button>
                </Show>
                <button type="button" on:click=move |_| send(Via::Eml)>{ws.word(|t| t.send_eml)}</button>
                <button type="button" class="quiet" on:click=move |_| send(Via::MailTo)>{ws.word(|t| t.send_mailto)}</button>
                <button type="button" class="quiet" on:click=move |_| open.set(false)>{ws.word(|t| t.close)}</button>
            </div>
        </dialog>
    }
}
