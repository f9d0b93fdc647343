//! The attendee table: names, organisations and roles, chair, secretary, absent; add, edit,
//! reorder, remove; rows pasted from a word processor or spreadsheet, or an e-mail recipient
//! list, become attendees in one step (the core reads them: `muistio_core::edit::add_people`).

use super::element_keys;
use super::fields::TextField;
use crate::texts::Message;
use crate::workspace::{dom_id, Action, Undo, Workspace};
use leptos::prelude::*;
use muistio_core::edit::arrange::Element;
use muistio_core::edit::{self, Edit, Part};
use muistio_core::import::people;
use muistio_core::labels::Role;
use muistio_core::{is_email, Attendee, Id};

/// Adds the people of a paste or of the add field as one undo step, and says what it did:
/// how many were added (with "Kumoa"), who was listed already, and lines that were not people.
/// True when something was read (the add field is then emptied).
fn add_people(ws: Workspace, text: &str) -> bool {
    let Some(people) = ws.with_doc_untracked(|d| ws.with_ids(|ids| edit::add_people(d, text, ids))) else {
        return false;
    };
    let (added, known, skipped) = (people.added, people.known.join(", "), people.skipped);
    if added == 0 && known.is_empty() {
        if skipped > 0 {
            // Nothing read as a person: said so, and the text stays in the field to correct.
            let message = Message::new(move |t| format!("{} {}", t.people_added.of(0), t.people_skipped.of(skipped)));
            ws.notify(message, true, Vec::new());
        }
        return false;
    }
    let changed = !people.edits.is_empty();
    ws.seal();
    ws.edit_all(people.edits);
    ws.seal();
    ws.settled.update(|n| *n += 1);
    let message = Message::new(move |t| {
        let mut said = vec![t.people_added.of(added)];
        if !known.is_empty() {
            said.push(t.people_known.with(&[&known]));
        }
        if skipped > 0 {
            said.push(t.people_skipped.of(skipped));
        }
        said.join(" ")
    });
    let undo = match changed {
        true => vec![Action::Undo(Undo::Edit)],
        false => Vec::new(),
    };
    ws.notify(message, false, undo);
    true
}

/// Handles a paste of several rows, or of a recipient list, into any attendee field: the
/// people are added and the cursor stays in (or goes to) the add field for the next one.
fn on_paste(ws: Workspace, ev: leptos::ev::ClipboardEvent) {
    let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) else {
        return;
    };
    let list = muistio_core::import::recipients::recipients(&text).is_some();
    if !text.trim().contains('\n') && !text.contains('\t') && !list {
        return;
    }
    ev.prevent_default();
    if add_people(ws, &text) {
        ws.focus_on("attendee-new");
    }
}

/// An attendee's address: kept when it is one (or empty); anything else is explained beside
/// the field and the typed text stays.
#[component]
fn EmailCell(id: Id, attendee: Memo<Option<Attendee>>, name: Signal<String>) -> impl IntoView {
    let ws = Workspace::get();
    let (error, set_error) = signal(None::<String>);
    let field = format!("{}-email", dom_id(id));
    let error_id = format!("{field}-error");
    let described = error_id.clone();
    let input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev).trim().to_string();
        if typed.is_empty() || is_email(&typed) {
            set_error.set(None);
            if let Some(mut a) = attendee.get_untracked().filter(|a| a.email != typed) {
                a.email = typed;
                ws.edit(Edit::SetAttendee(a));
            }
        } else {
            set_error.set(Some(typed));
        }
    };
    view! {
        <input type="email" id=field autocomplete="off" placeholder=ws.word(|t| t.email)
            aria-label=move || ws.t().of_person.with(&[ws.t().email, &name.get()])
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
            prop:value=move || error.get().unwrap_or_else(|| attendee.with(|a| a.as_ref().map(|a| a.email.clone()).unwrap_or_default()))
            on:input=input/>
        <span id=error_id class="field-error" role="alert">
            {move || error.get().map(|typed| ws.t().not_an_email.with(&[&typed]))}
        </span>
    }
}

/// One attendee's row.
#[component]
fn AttendeeRow(id: Id) -> impl IntoView {
    let ws = Workspace::get();
    let attendee = Memo::new(move |_| {
        ws.read(Part::Attendee(id), |d| d.attendees.iter().find(|a| a.id == id).cloned())
            .flatten()
    });
    let lang = super::DocLang::get();
    let set = move |f: Box<dyn Fn(&mut Attendee)>| {
        if let Some(mut a) = attendee.get_untracked() {
            f(&mut a);
            ws.edit(Edit::SetAttendee(a));
        }
    };
    let text =
        move |f: fn(&Attendee) -> String| Signal::derive(move || attendee.get().map(|a| f(&a)).unwrap_or_default());
    let name = Signal::derive(move || attendee.get().map(|a| a.full_name()).unwrap_or_default());
    let role = move |role: Role| {
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            set(Box::new(move |a| a.set_role(role, on, lang.get_untracked())));
        }
    };
    let absent = move |ev: leptos::ev::Event| ws.set_absent(id, event_target_checked(&ev));
    let el = dom_id(id);
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        element_keys(
            &ev,
            |down| ws.move_element(Element::Attendee(id), down, None),
            || ws.remove_element(Element::Attendee(id)),
        );
    };
    view! {
        <tr id=el.clone() on:keydown=keys on:paste=move |ev| on_paste(ws, ev)>
            <td><TextField id=format!("{el}-first") label=Signal::derive(move || ws.t().of_person.with(&[ws.t().first_names, &name.get()]))
                hidden_label=true
                value=text(|a| a.first_names.clone())
                    on_change=Callback::new(move |v: String| set(Box::new(move |a| a.first_names = v.clone())))/></td>
            <td><TextField id=format!("{el}-last") label=Signal::derive(move || ws.t().of_person.with(&[ws.t().last_name, &name.get()]))
                hidden_label=true
                value=text(|a| a.last_name.clone()) on_change=Callback::new(move |v: String| set(Box::new(move |a| a.last_name = v.clone())))/></td>
            <td><TextField id=format!("{el}-orgs") label=Signal::derive(move || ws.t().of_person.with(&[ws.t().organisations, &name.get()]))
                hidden_label=true
                value=text(|a| a.organisations.join(", "))
                on_change=Callback::new(move |v: String| set(Box::new(move |a| a.organisations = people::split_orgs(&v))))/></td>
            <td class="email"><EmailCell id attendee name/></td>
            <td class="check"><input type="checkbox" id=format!("{el}-chair") aria-label=move || ws.t().of_person.with(&[ws.t().chair, &name.get()])
                prop:checked=move || attendee.get().is_some_and(|a| a.is_chair()) on:change=role(Role::Chair)/>
                <label class="cell-label" aria-hidden="true" for=format!("{el}-chair")>{ws.word(|t| t.chair)}</label></td>
            <td class="check"><input type="checkbox" id=format!("{el}-secretary")
                aria-label=move || ws.t().of_person.with(&[ws.t().secretary, &name.get()])
                prop:checked=move || attendee.get().is_some_and(|a| a.is_secretary()) on:change=role(Role::Secretary)/>
                <label class="cell-label" aria-hidden="true" for=format!("{el}-secretary")>{ws.word(|t| t.secretary)}</label></td>
            <td class="check"><input type="checkbox" id=format!("{el}-absent") aria-label=move || ws.t().of_person.with(&[ws.t().absent, &name.get()])
                prop:checked=move || attendee.get().is_some_and(|a| a.absent) on:change=absent/>
                <label class="cell-label" aria-hidden="true" for=format!("{el}-absent")>{ws.word(|t| t.absent)}</label></td>
            <td class="row-tools">
                <button type="button" class="icon" aria-label=move || ws.t().move_up.with(&[&name.get()]) title=ws.word(|t| t.move_up_keys)
                    on:click=move |_| ws.move_element(Element::Attendee(id), false, None)>"↑"</button>
                <button type="button" class="icon" aria-label=move || ws.t().move_down.with(&[&name.get()]) title=ws.word(|t| t.move_down_keys)
                    on:click=move |_| ws.move_element(Element::Attendee(id), true, None)>"↓"</button>
                <button type="button" class="icon danger" aria-label=move || ws.t().remove_attendee.with(&[&name.get()])
                    title=ws.word(|t| t.remove_keys)
                    on:click=move |_| ws.remove_element(Element::Attendee(id))>"✕"</button>
            </td>
        </tr>
    }
}

/// The attendee table with its add field.
#[component]
pub fn AttendeeEditor() -> impl IntoView {
    let ws = Workspace::get();
    let ids = Memo::new(move |_| {
        ws.read(Part::Attendees, |d| {
            d.attendees.iter().map(|a| a.id).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let (draft, set_draft) = signal(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if add_people(ws, &draft.get_untracked()) {
            set_draft.set(String::new());
            ws.focus_on("attendee-new");
        }
    };
    view! {
        <section class="attendee-editor" aria-labelledby="attendees-heading">
            <h2 id="attendees-heading">{ws.word(|t| t.attendees)}</h2>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ws.word(|t| t.first_names)}</th>
                            <th scope="col">{ws.word(|t| t.last_name)}</th>
                            <th scope="col">{ws.word(|t| t.organisations)}</th>
                            <th scope="col">{ws.word(|t| t.email)}</th>
                            <th scope="col"><abbr title=ws.word(|t| t.chair)>{ws.word(|t| t.chair_short)}</abbr></th>
                            <th scope="col"><abbr title=ws.word(|t| t.secretary)>{ws.word(|t| t.secretary_short)}</abbr></th>
                            <th scope="col">{ws.word(|t| t.absent)}</th>
                            <th scope="col"><span class="visually-hidden">{ws.word(|t| t.row_tools)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || ids.get() key=|id| *id let:id>
                            <AttendeeRow id/>
                        </For>
                    </tbody>
                </table>
            </div>
            <form class="add-row" on:submit=submit>
                <label for="attendee-new">{ws.word(|t| t.add_attendee)}</label>
                <input id="attendee-new" type="text" autocomplete="off" placeholder=ws.word(|t| t.add_attendee_example)
                    aria-describedby="attendee-new-hint attendee-new-lists" prop:value=draft on:input=move |ev| set_draft.set(event_target_value(&ev))
                    on:paste=move |ev| on_paste(ws, ev)/>
                <button type="submit">{ws.word(|t| t.add)}</button>
                <p id="attendee-new-hint" class="hint">{ws.word(|t| t.add_attendee_hint)}</p>
                <p id="attendee-new-lists" class="hint">{ws.word(|t| t.people_hint)}</p>
            </form>
        </section>
    }
}
