//! The header: title, document type, number and subtitle, language, date, times and their zone,
//! place.

use super::fields::{CheckedField, TextField};
use crate::texts::Message;
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::edit::{Edit, Part};
use muistio_core::import::dates;
use muistio_core::labels::Lang;
use muistio_core::{Date, DocKind, Header, Time};
use std::cell::Cell;

thread_local! {
    /// The open document's meeting date, whose year a date typed without one takes ("5.12.").
    static MEETING: Cell<Option<Date>> = const { Cell::new(None) };
}

/// Reads a date typed in a field as people write it ("5.12.", "5.12.2025", "5. joulukuuta",
/// "5 Dec", "2025-12-05"): `Ok(None)` when empty.
pub fn parse_date(text: &str) -> Result<Option<Date>, Message> {
    let t = text.trim().to_string();
    if t.is_empty() {
        return Ok(None);
    }
    dates::date(&t, MEETING.with(Cell::get))
        .map(Some)
        .ok_or_else(|| Message::new(move |tx| tx.not_a_date.with(&[&t])))
}

/// Reads a clock time typed in a field ("9", "klo 9", "9.30", "9:30"): `Ok(None)` when empty.
pub fn parse_time(text: &str) -> Result<Option<Time>, Message> {
    let t = text.trim().to_string();
    if t.is_empty() {
        return Ok(None);
    }
    let bare = ["klo", "kl.", "kl", "kello", "klockan", "at"]
        .iter()
        .find_map(|w| {
            t.to_lowercase()
                .strip_prefix(w)
                .filter(|r| r.starts_with(' '))
                .map(|r| r.trim().to_string())
        })
        .unwrap_or_else(|| t.clone());
    Time::parse(bare.trim_end_matches('.'))
        .map(Some)
        .ok_or_else(|| Message::new(move |tx| tx.not_a_time.with(&[&t])))
}

/// A field's change as one edit of the header: `f` puts the value in its place.
fn edit_with<T: Send + Sync + 'static>(ws: Workspace, header: Memo<Header>, f: fn(&mut Header, T)) -> Callback<T> {
    Callback::new(move |v: T| {
        let mut h = header.get_untracked();
        f(&mut h, v);
        ws.edit(Edit::Header(h));
    })
}

/// The header form; every change is one edit of the header.
#[component]
pub fn HeaderForm() -> impl IntoView {
    let ws = Workspace::get();
    let header = Memo::new(move |_| ws.read(Part::Header, |d| d.header.clone()).unwrap_or_default());
    Effect::new(move |_| MEETING.with(|m| m.set(header.get().when.date)));
    let change = move |f: fn(&mut Header, String)| edit_with(ws, header, f);
    let kind_change = move |ev: leptos::ev::Event| {
        let mut h = header.get_untracked();
        h.kind = match event_target_value(&ev).as_str() {
            "minutes" => DocKind::Minutes,
            "agenda" => DocKind::Agenda,
            _ => DocKind::Memo,
        };
        ws.edit(Edit::Header(h));
    };
    let lang_change = move |ev: leptos::ev::Event| {
        let mut h = header.get_untracked();
        h.lang = match event_target_value(&ev).as_str() {
            "sv" => Lang::Sv,
            "en" => Lang::En,
            _ => Lang::Fi,
        };
        ws.edit(Edit::Header(h));
    };
    view! {
        <section class="header-form" aria-labelledby="header-heading" on:focusout=move |_| ws.seal()>
            <h2 id="header-heading">{ws.word(|t| t.basics)}</h2>
            <div class="field wide">
                <TextField id="header-title" label=ws.word(|t| t.meeting_name) value=Signal::derive(move || header.get().title)
                    on_change=change(|h, v| h.title = v) placeholder=ws.word(|t| t.meeting_name_example)/>
            </div>
            <div class="field">
                <label for="header-kind">{ws.word(|t| t.doc_type)}</label>
                <select id="header-kind" on:change=kind_change prop:value=move || match header.get().kind {
                    DocKind::Memo => "memo", DocKind::Minutes => "minutes", DocKind::Agenda => "agenda" }>
                    {["memo", "minutes", "agenda"].into_iter().enumerate().map(|(i, value)| view! {
                        <option value=value>{move || ws.t().kinds[i]}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <TextField id="header-number" label=ws.word(|t| t.number) value=Signal::derive(move || header.get().number)
                    on_change=change(|h, v| h.number = v) placeholder=ws.word(|t| t.number_example)/>
            </div>
            <div class="field">
                <TextField id="header-subtitle" label=ws.word(|t| t.subtitle) value=Signal::derive(move || header.get().subtitle)
                    on_change=change(|h, v| h.subtitle = v) placeholder=ws.word(|t| t.subtitle_example)/>
            </div>
            <div class="field">
                <label for="header-lang">{ws.word(|t| t.doc_language)}</label>
                <select id="header-lang" on:change=lang_change prop:value=move || header.get().lang.code()>
                    {[Lang::Fi, Lang::Sv, Lang::En].into_iter().map(|lang| view! {
                        <option value=lang.code()>{move || ws.t().language(lang)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field" id="header-time">
                <CheckedField id="header-date" label=ws.word(|t| t.date) hint="14.11.2025" value=Signal::derive(move || header.get().when.date)
                    parse=parse_date show=|d: &Date| d.dotted()
                    on_change=edit_with(ws, header, |h, v| h.when.date = v)/>
            </div>
            <div class="field">
                <CheckedField id="header-start" label=ws.word(|t| t.starts) hint="9.00" value=Signal::derive(move || header.get().when.start)
                    parse=parse_time show=|t: &Time| t.dotted()
                    on_change=edit_with(ws, header, |h, v| h.when.start = v)/>
            </div>
            <div class="field">
                <CheckedField id="header-end" label=ws.word(|t| t.ends) hint="11.30" value=Signal::derive(move || header.get().when.end)
                    parse=parse_time show=|t: &Time| t.dotted()
                    on_change=edit_with(ws, header, |h, v| h.when.end = v)/>
            </div>
            <div class="field">
                <TextField id="header-zone" label=ws.word(|t| t.zone) value=Signal::derive(move || header.get().zone)
                    on_change=change(|h, v| h.zone = v.trim().to_string()) placeholder=ws.word(|t| t.zone_example)/>
            </div>
            <div class="field wide">
                <TextField id="header-place" label=ws.word(|t| t.place) value=Signal::derive(move || header.get().place)
                    on_change=change(|h, v| h.place = v) placeholder=ws.word(|t| t.place_example)/>
            </div>
            <super::formal_form::FormalForm header/>
        </section>
    }
}
