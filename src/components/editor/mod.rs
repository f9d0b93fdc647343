//! The editor of the open document: header, attendees, items and entries, the checks list.

mod attendees;
mod checks;
mod composer;
mod entry;
mod fields;
mod header_form;
mod items;

pub use checks::Checks;

use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::check::speakers;

/// The whole editor.
#[component]
pub fn Editor() -> impl IntoView {
    let ws = Workspace::get();
    let names = Memo::new(move |_| {
        ws.with_doc(|d| {
            speakers::suggestions(d, "")
                .into_iter()
                .map(|(_, name, full)| (name, full))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <div class="editor">
            <datalist id="speakers">
                {move || names.get().into_iter().map(|(name, full)| view! { <option value=name>{full}</option> }).collect_view()}
            </datalist>
            <header_form::HeaderForm/>
            <attendees::AttendeeEditor/>
            <items::ItemsEditor/>
        </div>
    }
}
