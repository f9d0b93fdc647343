//! One entry in the editor: shown as it reads until clicked or tabbed into, then a field per
//! part of its kind, a kind menu to convert it, and buttons (with Alt+↑, Alt+↓, Alt+Delete)
//! to move and remove it.

use super::element_keys;
use super::entry_fields::fields;
use crate::workspace::{dom_id, Workspace};
use leptos::prelude::*;
use muistio_core::check::speakers::{self, Resolved};
use muistio_core::edit::arrange::Element;
use muistio_core::edit::{convert, Edit, KindTag};
use muistio_core::{Entry, EntryKind, Id, Minutes};

/// Completes a speaker or owner typed as a unique beginning of an attendee's name.
pub fn complete_name(doc: &Minutes, typed: &str) -> String {
    match speakers::resolve(doc, typed) {
        Resolved::Prefix(id) | Resolved::Attendee(id) => {
            speakers::speaker_name(doc, id).unwrap_or_else(|| typed.to_string())
        }
        _ => typed.trim().to_string(),
    }
}

/// The editor of one entry.
#[component]
pub fn EntryEditor(id: Id) -> impl IntoView {
    let ws = Workspace::get();
    let entry = Memo::new(move |_| ws.entry(id));
    let lang = super::DocLang::get();
    let tag = Memo::new(move |_| entry.with(|e| e.as_ref().map(|e| KindTag::of(&e.kind))));
    let set_kind = Callback::new(move |f: Box<dyn Fn(&mut EntryKind) + Send + Sync>| {
        if let Some(mut e) = entry.get_untracked() {
            f(&mut e.kind);
            ws.edit(Edit::SetEntry(e));
        }
    });
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        element_keys(
            &ev,
            |down| ws.move_element(Element::Entry(id), down, None),
            || ws.remove_element(Element::Entry(id)),
        );
    };
    let el = dom_id(id);
    let fields_el = el.clone();
    let kind_label = move || tag.get().map(|k| kind_name(ws, k)).unwrap_or_default();
    // Shown as it reads until focused; then editable, with its tools, until focus leaves it.
    let editing = RwSignal::new(false);
    // Where a click landed ("-text", "-speaker", "-reply0-text"…): that field gets the focus.
    let pointed = StoredValue::new(None::<String>);
    // A next meeting's first field: its sentence when it has one, else its date.
    let next_field = move || match entry.get_untracked().map(|e| e.kind) {
        Some(EntryKind::NextMeeting(n)) if !n.sentence.is_empty() => "-sentence",
        _ => "-date",
    };
    // The field an entry of its kind is entered by.
    let first_field = move || match tag.get_untracked() {
        Some(KindTag::NextMeeting) => next_field(),
        Some(KindTag::Statement) => "-speaker",
        Some(KindTag::Action) => "-owner",
        Some(KindTag::Dissent) => "-who",
        _ => "-text",
    };
    let on_kind = move |ev: leptos::ev::Event| {
        let Some(to) = KindTag::from_code(&event_target_value(&ev)) else {
            return;
        };
        let Some(e) = entry.get_untracked() else { return };
        // The new kind's fields are drawn in place of the old ones, and a field that had the
        // focus loses it, with its element or (where views are type-erased) as its attributes
        // are set again. The focus then goes to the new kind's first field, never nowhere with
        // the entry left open; only the kind menu keeps it.
        let menu_kept = document().active_element().map(web_sys::EventTarget::from) == ev.target();
        ws.checkpoint(muistio_core::store::versions::Reason::Conversion);
        ws.seal();
        ws.edit(Edit::SetEntry(Entry {
            id,
            kind: convert(&e.kind, to, lang.get_untracked()),
        }));
        ws.seal();
        if !menu_kept {
            ws.focus_on(format!("{}{}", dom_id(id), first_field()));
        }
    };
    let start = {
        let el = el.clone();
        move || {
            if editing.get_untracked() {
                return;
            }
            editing.set(true);
            // Tabbed into (or sent here by a check or an undo): the first field, as before.
            let field = pointed
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or_else(|| first_field().into());
            ws.focus_on(format!("{el}{field}"));
        }
    };
    let start_click = start.clone();
    let point = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(at) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
            return;
        };
        let on_speaker = at.closest("strong.speaker").ok().flatten().is_some();
        let reply = at
            .closest("[data-reply]")
            .ok()
            .flatten()
            .and_then(|r| r.get_attribute("data-reply"));
        let field = match (reply, on_speaker) {
            (Some(n), true) => format!("-reply{n}-speaker"),
            (Some(n), false) => format!("-reply{n}-text"),
            (None, true) => "-speaker".into(),
            (None, false) if tag.get_untracked() == Some(KindTag::NextMeeting) => next_field().into(),
            (None, false) => "-text".into(),
        };
        pointed.set_value(Some(field));
    };
    let (entry_el, tools_el) = (el.clone(), el.clone());
    let leave = move |ev: leptos::ev::FocusEvent| {
        ws.seal();
        use wasm_bindgen::JsCast;
        let (Some(to), Some(me)) = (
            ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
            ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
        ) else {
            // Focus went nowhere (the window, or a redrawn control): the entry stays as it is.
            return;
        };
        if !me.contains(Some(&to)) {
            editing.set(false);
        }
    };
    view! {
        <div class="entry" id=entry_el class:editing=move || editing.get() on:keydown=keys on:focusout=leave>
            <Show when=move || editing.get() fallback=move || {
                let start = start.clone();
                let start_click = start_click.clone();
                view! {
                    <div class="entry-read" tabindex="0" role="button" aria-describedby="entry-read-hint"
                        on:mousedown=point on:focus=move |_| start() on:click=move |_| start_click()>
                        {move || entry.get().map(|e| super::reading::reading(e, lang.get()))}
                    </div>
                }
            }>
                <div class="entry-tools">
                    <label class="visually-hidden" for=format!("{tools_el}-kind")>{move || ws.t().entry_kind.with(&[kind_label()])}</label>
                    <select id=format!("{tools_el}-kind") class="kind" on:change=on_kind
                        prop:value=move || tag.get().map(|t| t.code()).unwrap_or_default()>
                        {KindTag::ALL.into_iter().map(|k| view! {
                            <option value=k.code()>{move || kind_name(ws, k)}</option>
                        }).collect_view()}
                    </select>
                    <button type="button" class="icon" title=ws.word(|t| t.move_up_keys) aria-label=move || ws.t().move_up.with(&[kind_label()])
                        on:click=move |_| ws.move_element(Element::Entry(id), false, None)>"↑"</button>
                    <button type="button" class="icon" title=ws.word(|t| t.move_down_keys) aria-label=move || ws.t().move_down.with(&[kind_label()])
                        on:click=move |_| ws.move_element(Element::Entry(id), true, None)>"↓"</button>
                    <button type="button" class="icon danger" title=ws.word(|t| t.remove_keys)
                        aria-label=move || ws.t().remove_entry.with(&[kind_label()])
                        on:click=move |_| ws.remove_element(Element::Entry(id))>"✕"</button>
                </div>
                {
                    let fields_el = fields_el.clone();
                    move || tag.get().map(|t| fields(ws, t, entry, set_kind, fields_el.clone()))
                }
            </Show>
        </div>
    }
}

/// An entry kind's name in the interface's language.
fn kind_name(ws: Workspace, kind: KindTag) -> &'static str {
    ws.t().entry_kinds[kind.index()]
}
