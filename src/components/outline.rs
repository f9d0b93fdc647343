//! The outline of the items in the side column: it stays on screen, marks the current item,
//! jumps to an item (click or Enter), and reorders them (Alt+↑/Alt+↓, or dragging).

use crate::workspace::{dom_id, Place, Workspace};
use leptos::prelude::*;
use muistio_core::edit::arrange::Element;
use muistio_core::edit::Part;
use muistio_core::Id;

/// The DOM id of an item's line in the outline.
fn line_id(item: Id) -> String {
    format!("outline-{}", dom_id(item))
}

/// One item's line.
#[component]
fn OutlineLine(id: Id, dragged: RwSignal<Option<Id>>) -> impl IntoView {
    let ws = Workspace::get();
    let place = Place::get();
    let number = Memo::new(move |_| {
        ws.read(Part::Items, |d| d.items.iter().position(|i| i.id == id).map(|i| i + 1))
            .flatten()
            .unwrap_or(0)
    });
    let title = Memo::new(move |_| {
        ws.read(Part::Item(id), |d| {
            d.items.iter().find(|i| i.id == id).map(|i| i.title.trim().to_string())
        })
        .flatten()
        .unwrap_or_default()
    });
    let shown = move || match title.get() {
        t if t.is_empty() => ws.t().untitled_item.to_string(),
        t => t,
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if ev.alt_key() && (key == "ArrowUp" || key == "ArrowDown") {
            ev.prevent_default();
            ev.stop_propagation();
            let down = key == "ArrowDown";
            ws.move_element(Element::Item(id), down, Some(line_id(id)));
        }
    };
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(from) = dragged.get_untracked() {
            ws.drop_onto(Element::Item(from), Element::Item(id));
        }
        dragged.set(None);
    };
    view! {
        <li draggable="true" class:drop-target=move || dragged.get().is_some_and(|d| d != id)
            on:dragstart=move |ev: leptos::ev::DragEvent| {
                if let Some(dt) = ev.data_transfer() { let _ = dt.set_data("text/plain", &number.get_untracked().to_string()); }
                dragged.set(Some(id));
            }
            on:dragend=move |_| dragged.set(None)
            on:dragover=move |ev| ev.prevent_default() on:drop=drop>
            <a id=line_id(id) href=format!("#{}", dom_id(id)) aria-describedby="outline-hint"
                aria-current=move || (place.current.get() == Some(id)).then_some("location")
                on:click=move |ev| { ev.prevent_default(); ws.go_to_item(place, id, false) }
                on:keydown=keys>
                <span class="outline-number">{move || ws.item_number(number.get())}</span>" "{shown}
            </a>
        </li>
    }
}

/// The outline (nothing when no draft is open or it has no items).
#[component]
pub fn Outline() -> impl IntoView {
    let ws = Workspace::get();
    let ids = Memo::new(move |_| {
        ws.open_id();
        ws.read(Part::Items, |d| d.items.iter().map(|i| i.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let dragged = RwSignal::new(None::<Id>);
    view! {
        <Show when=move || !ids.get().is_empty()>
            <nav class="outline" id="outline" aria-labelledby="outline-heading">
                <h2 id="outline-heading">{ws.word(|t| t.outline)}</h2>
                <p id="outline-hint" class="visually-hidden">{ws.word(|t| t.outline_hint)}</p>
                <ol>
                    <For each=move || ids.get() key=|id| *id let:id>
                        <OutlineLine id dragged/>
                    </For>
                </ol>
            </nav>
        </Show>
    }
}
