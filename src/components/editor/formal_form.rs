//! The header's fields of formal minutes and agendas: how the items are numbered and from
//! what, the checkers, where and when they checked, and the stage (draft, checked, final).

use super::fields::{CheckedField, TextField};
use super::header_form::parse_date;
use crate::texts::Message;
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::edit::Edit;
use muistio_core::{Date, DocKind, Header, Numbering, Stage};

const NUMBERINGS: [Numbering; 3] = [Numbering::Dotted, Numbering::SectionAfter, Numbering::SectionBefore];

/// Reads an item number (0 to 999): `Ok(None)` when empty.
fn parse_number(text: &str) -> Result<Option<u32>, Message> {
    let t = text.trim().to_string();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<u32>()
        .ok()
        .filter(|n| *n <= 999)
        .map(Some)
        .ok_or_else(|| Message::new(move |tx| tx.not_a_number.with(&[&t])))
}

/// The formal fields, shown for minutes and agendas.
#[component]
pub fn FormalForm(header: Memo<Header>) -> impl IntoView {
    let ws = Workspace::get();
    let edit = move |f: Box<dyn Fn(&mut Header)>| {
        let mut h = header.get_untracked();
        f(&mut h);
        ws.edit(Edit::Header(h));
    };
    let numbering = move |ev: leptos::ev::Event| {
        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
        edit(Box::new(move |h| h.numbering = NUMBERINGS[i.min(2)]));
    };
    let stage = move |ev: leptos::ev::Event| {
        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
        edit(Box::new(move |h| h.approval.stage = Stage::ALL[i.min(2)]));
    };
    view! {
        <Show when=move || header.get().kind != DocKind::Memo>
            // Folded until wanted, so that typing a meeting's header goes on to the attendees;
            // open when the document already holds any of it.
            <details class="formal-fields" prop:open=move || {
                let h = header.get_untracked();
                h.first_item != 1 || h.numbering != Numbering::Dotted || !h.approval.is_empty()
            }>
                <summary>{ws.word(|t| t.formal)}</summary>
                <div class="formal-grid">
                <div class="field">
                    <label for="header-numbering">{ws.word(|t| t.numbering)}</label>
                    <select id="header-numbering" on:change=numbering
                        prop:value=move || NUMBERINGS.iter().position(|n| *n == header.get().numbering).unwrap_or(0).to_string()>
                        {(0..3).map(|i| view! { <option value=i.to_string()>{move || ws.t().numberings[i]}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <CheckedField id="header-first" label=ws.word(|t| t.first_number) hint="23"
                        value=Signal::derive(move || Some(header.get().first_item))
                        parse=parse_number show=|n: &u32| n.to_string()
                        on_change=Callback::new(move |n: Option<u32>| edit(Box::new(move |h| h.first_item = n.unwrap_or(1))))/>
                </div>
                <div class="field">
                    <label for="header-stage">{ws.word(|t| t.stage)}</label>
                    <select id="header-stage" on:change=stage
                        prop:value=move || Stage::ALL.iter().position(|s| *s == header.get().approval.stage).unwrap_or(0).to_string()>
                        {(0..3).map(|i| view! { <option value=i.to_string()>{move || ws.t().stages[i]}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field wide">
                    <TextField id="header-checkers" label=ws.word(|t| t.checkers) list=Some("speakers".to_string())
                        value=Signal::derive(move || header.get().approval.checkers.join(", "))
                        placeholder=ws.word(|t| t.checkers_hint)
                        on_change=Callback::new(move |v: String| {
                            let names: Vec<String> = v.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
                            edit(Box::new(move |h| h.approval.checkers = names.clone()))
                        })/>
                </div>
                <div class="field">
                    <TextField id="header-checked-place" label=ws.word(|t| t.checked_place)
                        value=Signal::derive(move || header.get().approval.place)
                        on_change=Callback::new(move |v: String| edit(Box::new(move |h| h.approval.place = v.clone())))/>
                </div>
                <div class="field">
                    <CheckedField id="header-checked-date" label=ws.word(|t| t.checked_date) hint="20.5.2026"
                        value=Signal::derive(move || header.get().approval.date)
                        parse=parse_date show=|d: &Date| d.dotted()
                        on_change=Callback::new(move |d: Option<Date>| edit(Box::new(move |h| h.approval.date = d)))/>
                </div>
                <div class="field wide formal-actions">
                    <button type="button" class="quiet" on:click=move |_| ws.add_standard_items()>{ws.word(|t| t.add_standard)}</button>
                    <Show when=move || header.get().kind == DocKind::Agenda>
                        <button type="button" on:click=move |_| ws.agenda_to_minutes()>{ws.word(|t| t.agenda_to_minutes)}</button>
                    </Show>
                </div>
                </div>
            </details>
        </Show>
    }
}
