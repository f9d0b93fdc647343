//! The editor of the open document: header, attendees, items and entries, the checks list.

mod attendees;
mod checks;
mod composer;
mod entry;
mod entry_fields;
mod fields;
mod formal_form;
mod header_form;
mod inline_field;
mod items;
mod reading;

pub use checks::Checks;

use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::check::speakers;
use muistio_core::edit::Part;
use muistio_core::labels::Lang;

/// The keys every attendee, item and entry answers to: Alt+↑/Alt+↓ move it, Alt+Delete
/// removes it. True when the key was one of these (and the page should do nothing else).
pub fn element_keys(ev: &leptos::ev::KeyboardEvent, moved: impl Fn(bool), removed: impl Fn()) -> bool {
    let key = ev.key();
    let handled = match (ev.alt_key(), key.as_str()) {
        (true, "ArrowUp" | "ArrowDown") => {
            moved(key == "ArrowDown");
            true
        }
        (true, "Delete") => {
            removed();
            true
        }
        _ => false,
    };
    if handled {
        ev.prevent_default();
        ev.stop_propagation();
    }
    handled
}

/// The document's language, shared by every view in the editor that writes its labels.
#[derive(Clone, Copy)]
pub struct DocLang(pub Memo<Lang>);

impl DocLang {
    /// The language provided by [`Editor`].
    pub fn get() -> Memo<Lang> {
        expect_context::<DocLang>().0
    }
}

/// The whole editor of the open draft (built anew when another draft is opened).
#[component]
pub fn Editor() -> impl IntoView {
    let ws = Workspace::get();
    provide_context(DocLang(Memo::new(move |_| {
        ws.read(Part::Header, |d| d.header.lang).unwrap_or_default()
    })));
    let names = Memo::new(move |_| {
        // Any attendee's name may change what is suggested.
        ws.track(Part::Attendees);
        let ids = ws
            .with_doc_untracked(|d| d.attendees.iter().map(|a| a.id).collect::<Vec<_>>())
            .unwrap_or_default();
        ids.into_iter().for_each(|id| ws.track(Part::Attendee(id)));
        ws.read(Part::Attendees, |d| {
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
            <p id="entry-read-hint" class="visually-hidden">{ws.word(|t| t.edit_entry_hint)}</p>
            <header_form::HeaderForm/>
            <attendees::AttendeeEditor/>
            <items::ItemsEditor/>
        </div>
    }
}
