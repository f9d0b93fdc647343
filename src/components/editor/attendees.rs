//! The attendee table: names, organisations and roles, chair, secretary, absent; add, edit,
//! reorder, remove; rows pasted from a word processor or spreadsheet become attendees.

use super::element_keys;
use super::fields::TextField;
use crate::texts::Message;
use crate::workspace::{dom_id, Workspace};
use leptos::prelude::*;
use muistio_core::edit::{Edit, Part};
use muistio_core::import::people;
use muistio_core::labels::Role;
use muistio_core::{Attendee, Id};

/// Turns pasted or typed lines into attendees; lines that are not rows are skipped.
fn rows(ws: Workspace, text: &str) -> Vec<Attendee> {
    text.lines()
        .filter_map(|line| people::row(line, true))
        .map(|row| {
            let mut a = Attendee::new(ws.new_id(), &row.first, &row.last);
            a.organisations = row.orgs;
            a
        })
        .collect()
}

/// Adds attendees after the present ones (before those marked absent).
fn add(ws: Workspace, new: Vec<Attendee>) -> Option<Id> {
    let index = ws
        .with_doc_untracked(|d| d.attendees.iter().filter(|a| !a.absent).count())
        .unwrap_or(0);
    let last = new.last().map(|a| a.id);
    let edits = new
        .into_iter()
        .enumerate()
        .map(|(k, attendee)| Edit::InsertAttendee {
            index: index + k,
            attendee,
        })
        .collect();
    ws.seal();
    ws.edit_all(edits);
    last
}

/// Moves an attendee one place up or down.
pub fn move_attendee(ws: Workspace, id: Id, down: bool) {
    ws.nudge(
        |d| {
            d.attendees
                .iter()
                .position(|a| a.id == id)
                .map(|i| (i, d.attendees.len()))
        },
        down,
        |to| Edit::MoveAttendee { id, to },
        dom_id(id),
    );
}

/// Removes an attendee (the notice offers undo) and focuses the next row or the add field.
pub fn remove_attendee(ws: Workspace, id: Id) {
    let (name, next) = ws
        .with_doc_untracked(|d| {
            let i = d.attendees.iter().position(|a| a.id == id)?;
            let next = d
                .attendees
                .get(i + 1)
                .or_else(|| i.checked_sub(1).and_then(|p| d.attendees.get(p)))
                .map(|a| dom_id(a.id));
            Some((d.attendees[i].full_name(), next))
        })
        .flatten()
        .unwrap_or_default();
    ws.remove(
        Edit::RemoveAttendee(id),
        Message::new(move |t| t.attendee_named.with(&[&name])),
        Some(next.unwrap_or_else(|| "attendee-new".into())),
    );
}

/// Handles a paste of several rows into any attendee field.
fn on_paste(ws: Workspace, ev: leptos::ev::ClipboardEvent) {
    let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) else {
        return;
    };
    if !text.trim().contains('\n') && !text.contains('\t') {
        return;
    }
    ev.prevent_default();
    let new = rows(ws, &text);
    if let Some(last) = add(ws, new) {
        ws.focus_on(dom_id(last));
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
    let absent = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let Some(mut a) = attendee.get_untracked() else { return };
        a.absent = on;
        // Present attendees are listed first, then the absent: the row moves to the boundary.
        let (from, to) = ws
            .with_doc_untracked(|d| {
                (
                    d.attendees.iter().position(|x| x.id == id),
                    d.attendees.iter().filter(|x| !x.absent && x.id != id).count(),
                )
            })
            .unwrap_or((None, 0));
        ws.seal();
        ws.edit(Edit::Batch(vec![Edit::SetAttendee(a), Edit::MoveAttendee { id, to }]));
        if from != Some(to) {
            // The row moved: the checkbox keeps the focus in its new place.
            ws.focus_on(format!("{}-absent", dom_id(id)));
        }
    };
    let el = dom_id(id);
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        element_keys(&ev, |down| move_attendee(ws, id, down), || remove_attendee(ws, id));
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
                    on:click=move |_| move_attendee(ws, id, false)>"↑"</button>
                <button type="button" class="icon" aria-label=move || ws.t().move_down.with(&[&name.get()]) title=ws.word(|t| t.move_down_keys)
                    on:click=move |_| move_attendee(ws, id, true)>"↓"</button>
                <button type="button" class="icon danger" aria-label=move || ws.t().remove_attendee.with(&[&name.get()])
                    title=ws.word(|t| t.remove_keys)
                    on:click=move |_| remove_attendee(ws, id)>"✕"</button>
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
        let new = rows(ws, &draft.get_untracked());
        if !new.is_empty() {
            add(ws, new);
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
                    aria-describedby="attendee-new-hint" prop:value=draft on:input=move |ev| set_draft.set(event_target_value(&ev))
                    on:paste=move |ev| on_paste(ws, ev)/>
                <button type="submit">{ws.word(|t| t.add)}</button>
                <p id="attendee-new-hint" class="hint">{ws.word(|t| t.add_attendee_hint)}</p>
            </form>
        </section>
    }
}
