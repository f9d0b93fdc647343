//! The register of decisions and open actions across every draft: searchable by words and by
//! person; a row opens its draft at its place, and an open action can be marked done.

use crate::browser::events::use_modal;
use crate::workspace::{Place, Workspace};
use leptos::prelude::*;
use muistio_core::register::{gather, Row, Source};
use muistio_core::Date;

/// Where a row stands: "Hallitus 14.11.2025 · 5 §", and the button that opens it there.
#[component]
fn OpenRow(row: Row, open: RwSignal<bool>) -> impl IntoView {
    let ws = Workspace::get();
    let place = Place::get();
    let meeting = match row.meeting.trim() {
        "" => None,
        m => Some(m.to_string()),
    };
    let name = {
        let meeting = meeting.clone();
        move || meeting.clone().unwrap_or_else(|| ws.t().untitled.to_string())
    };
    let shown = {
        let name = name.clone();
        let (date, number) = (row.date.clone(), row.noted.number.clone());
        move || {
            [name(), date.clone(), number.clone()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
        }
    };
    let label = {
        let shown = shown.clone();
        move || ws.t().register_open.with(&[&shown()])
    };
    let (draft, item, entry) = (row.draft.clone(), row.noted.item, row.noted.entry);
    view! {
        <button type="button" class="link register-open" aria-label=label
            on:click=move |_| {
                open.set(false);
                ws.open_at(place, &draft, item, entry);
            }>{shown}</button>
    }
}

/// The dialog; `open` shows and hides it.
#[component]
pub fn Register(open: RwSignal<bool>) -> impl IntoView {
    let ws = Workspace::get();
    let dialog = use_modal(open);
    let (query, set_query) = signal(String::new());
    let (person, set_person) = signal(String::new());
    // What is typed and not yet saved belongs in the register too.
    Effect::new(move |_| {
        if open.get() {
            ws.save_now();
            ws.complete_register();
        }
    });
    let today = crate::browser::today().and_then(|(y, m, d)| Date::new(y, m, d));
    let register = Memo::new(move |_| {
        if !open.get() {
            return Default::default();
        }
        let listed = ws.register_sources();
        gather(&Source::all(&listed), today, &query.get(), &person.get())
    });
    let decisions = move || register.with(|r| r.decisions.clone());
    let actions = move || register.with(|r| r.actions.clone());
    view! {
        <dialog node_ref=dialog class="register" aria-labelledby="register-heading" on:close=move |_| open.set(false)>
            <h2 id="register-heading">{ws.word(|t| t.register)}</h2>
            <p class="hint">{ws.word(|t| t.register_hint)}</p>
            <div class="register-filters">
                <div class="field">
                    <label for="register-search">{ws.word(|t| t.register_search)}</label>
                    <input id="register-search" type="search" prop:value=query on:input=move |ev| set_query.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="register-person">{ws.word(|t| t.register_person)}</label>
                    <select id="register-person" prop:value=person on:change=move |ev| set_person.set(event_target_value(&ev))>
                        <option value="">{ws.word(|t| t.register_everyone)}</option>
                        {move || register.with(|r| r.people.clone()).into_iter().map(|p| view! {
                            <option value=p.clone() selected=person.get_untracked() == p>{p.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <h3 id="register-actions" tabindex="-1">{move || ws.t().register_actions.of(actions().len())}</h3>
            <ul class="register-list" aria-labelledby="register-actions">
                {move || actions().into_iter().map(|row| {
                    let (draft, entry) = (row.draft.clone(), row.noted.entry);
                    let what = row.noted.text.clone();
                    let due = row.noted.due.map(|d| d.dotted());
                    let overdue = row.overdue;
                    view! {
                        <li class:overdue=overdue>
                            <p class="register-who">
                                {due.map(|d| view! { <span class="register-due">{d}</span> })}
                                {overdue.then(|| view! { " "<span class="overdue-tag">{ws.word(|t| t.overdue)}</span> })}
                                {(!row.noted.owner.is_empty()).then(|| view! { " "<strong>{row.noted.owner.clone()}</strong> })}
                            </p>
                            <p class="register-text">{row.noted.text.clone()}</p>
                            <div class="register-row-tools">
                                <OpenRow row=row.clone() open/>
                                <button type="button" class="quiet small" aria-label=move || ws.t().mark_done.with(&[&what])
                                    on:click=move |_| { ws.mark_done(&draft, entry); ws.focus_on("register-actions"); }>
                                    {ws.word(|t| t.mark_done_button)}
                                </button>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h3 id="register-decisions">{move || ws.t().register_decisions.of(decisions().len())}</h3>
            <ul class="register-list" aria-labelledby="register-decisions">
                {move || decisions().into_iter().map(|row| view! {
                    <li>
                        <p class="register-text">{row.noted.text.clone()}</p>
                        <div class="register-row-tools"><OpenRow row open/></div>
                    </li>
                }).collect_view()}
            </ul>
            <div class="dialog-actions">
                <button type="button" on:click=move |_| open.set(false)>{ws.word(|t| t.close)}</button>
            </div>
        </dialog>
    }
}
