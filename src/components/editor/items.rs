//! Items: numbered headings with their entries and an entry box; add, rename, reorder by
//! keyboard or by dragging, remove with undo.

use super::composer::Composer;
use super::element_keys;
use super::entry::EntryEditor;
use crate::workspace::{dom_id, Place, Workspace};
use leptos::prelude::*;
use muistio_core::edit::arrange::Element;
use muistio_core::edit::{Edit, Parent, Part};
use muistio_core::Id;

/// One item: number, title, entries, entry box.
#[component]
fn ItemEditor(id: Id, dragged: RwSignal<Option<Id>>) -> impl IntoView {
    let ws = Workspace::get();
    let place = Place::get();
    let folded = Memo::new(move |_| place.folded.with(|f| f.contains(&id)));
    let number = Memo::new(move |_| {
        ws.read(Part::Items, |d| d.items.iter().position(|i| i.id == id).map(|i| i + 1))
            .flatten()
            .unwrap_or(0)
    });
    let title = Memo::new(move |_| {
        ws.read(Part::Item(id), |d| {
            d.items.iter().find(|i| i.id == id).map(|i| i.title.clone())
        })
        .flatten()
        .unwrap_or_default()
    });
    let entries = Memo::new(move |_| {
        ws.read(Part::Entries(Parent::Item(id)), |d| {
            d.items
                .iter()
                .find(|i| i.id == id)
                .map(|i| i.entries.iter().map(|e| e.id).collect::<Vec<_>>())
        })
        .flatten()
        .unwrap_or_default()
    });
    let confidential = Memo::new(move |_| {
        ws.read(Part::Item(id), |d| {
            d.items.iter().find(|i| i.id == id).is_some_and(|i| i.confidential)
        })
        .unwrap_or(false)
    });
    let formal = Memo::new(move |_| {
        ws.read(Part::Header, |d| d.header.kind != muistio_core::DocKind::Memo)
            .unwrap_or(false)
    });
    let spent = Memo::new(move |_| ws.spent(id));
    let running = Memo::new(move |_| ws.live.get().is_some_and(|c| c.item == Some(id)));
    let el = dom_id(id);
    let title_id = format!("{el}-title");
    let secret_id = format!("{el}-confidential");
    let title_node = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let t = title.get();
        if let Some(input) = title_node.get() {
            if input.value() != t {
                input.set_value(&t);
            }
        }
    });
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if !element_keys(
            &ev,
            |down| ws.move_element(Element::Item(id), down, None),
            || ws.remove_element(Element::Item(id)),
        ) && ev.key() == "Enter"
        {
            ev.prevent_default();
            ws.focus_on(format!("{}-composer", dom_id(id)));
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
        <li class="item-editor" id=el.clone() class:drop-target=move || dragged.get().is_some_and(|d| d != id)
            class:current=move || place.current.get() == Some(id) class:running=move || running.get()
            on:focusin=move |_| place.enter(id)
            on:dragover=move |ev| ev.prevent_default() on:drop=drop>
            <div class="item-head" on:keydown=keys>
                <button type="button" class="icon fold" aria-expanded=move || (!folded.get()).to_string()
                    aria-controls=format!("{el}-entries")
                    aria-label=move || {
                        let n = number.get().to_string();
                        if folded.get() { ws.t().unfold_item.with(&[&n]) } else { ws.t().fold_item.with(&[&n]) }
                    }
                    on:click=move |_| place.toggle_fold(id)>{move || if folded.get() { "▸" } else { "▾" }}</button>
                <span class="drag" draggable="true" title=ws.word(|t| t.drag_to_move) aria-hidden="true"
                    on:dragstart=move |ev: leptos::ev::DragEvent| {
                        if let Some(dt) = ev.data_transfer() { let _ = dt.set_data("text/plain", &number.get_untracked().to_string()); }
                        dragged.set(Some(id));
                    }
                    on:dragend=move |_| dragged.set(None)>"⠿"</span>
                <label class="number" for=title_id.clone()>{move || ws.item_number(number.get())}
                    <span class="visually-hidden">" "{ws.word(|t| t.item_title)}</span></label>
                <input id=title_id type="text" class="item-title" autocomplete="off" node_ref=title_node placeholder=ws.word(|t| t.item_title)
                    prop:value=title.get_untracked()
                    on:input=move |ev| ws.edit(Edit::RetitleItem { id, title: event_target_value(&ev) })
                    on:focusout=move |_| ws.seal()/>
                <Show when=move || { running.get() || spent.get() > 0 }>
                    <span class="spent" class:running=move || running.get()>
                        <span class="visually-hidden">{ws.word(|t| t.item_time)}" "</span>
                        {move || ws.t().duration(spent.get())}
                        <Show when=move || running.get()>" · "{ws.word(|t| t.under_discussion)}</Show>
                    </span>
                </Show>
                <Show when=move || formal.get() || confidential.get()>
                    <label class="confidential-toggle" for=secret_id.clone()>
                        <input type="checkbox" id=secret_id.clone() prop:checked=move || confidential.get()
                            on:change=move |ev| { ws.seal(); ws.edit(Edit::MarkItem { id, confidential: event_target_checked(&ev) }); ws.seal(); }/>
                        " "{ws.word(|t| t.confidential_item)}
                    </label>
                </Show>
                <button type="button" class="icon" title=ws.word(|t| t.move_up_keys)
                    aria-label=move || ws.t().move_up.with(&[&ws.t().item_number.with(&[&number.get().to_string()])])
                    on:click=move |_| ws.move_element(Element::Item(id), false, None)>"↑"</button>
                <button type="button" class="icon" title=ws.word(|t| t.move_down_keys)
                    aria-label=move || ws.t().move_down.with(&[&ws.t().item_number.with(&[&number.get().to_string()])])
                    on:click=move |_| ws.move_element(Element::Item(id), true, None)>"↓"</button>
                <button type="button" class="icon danger" title=ws.word(|t| t.remove_keys)
                    aria-label=move || ws.t().remove_item.with(&[&number.get().to_string()])
                    on:click=move |_| ws.remove_element(Element::Item(id))>"✕"</button>
            </div>
            <div class="item-entries" id=format!("{el}-entries") hidden=move || folded.get()>
                <For each=move || entries.get() key=|id| *id let:entry>
                    <EntryEditor id=entry/>
                </For>
                <Composer parent=Parent::Item(id) dom=format!("{el}-composer") number=Signal::derive(move || number.get())/>
            </div>
            <Show when=move || folded.get()>
                <p class="folded-note">{move || ws.t().folded.of(entries.get().len())}</p>
            </Show>
        </li>
    }
}

/// All items and the field that adds one.
/// How many items are drawn in one frame (a memo of up to this many is drawn whole at once).
const ITEMS_AT_ONCE: usize = 12;

#[component]
pub fn ItemsEditor() -> impl IntoView {
    let ws = Workspace::get();
    let ids = Memo::new(move |_| {
        ws.read(Part::Items, |d| d.items.iter().map(|i| i.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let intro = Memo::new(move |_| {
        ws.read(Part::Entries(Parent::Intro), |d| {
            d.intro.iter().map(|e| e.id).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    // A long meeting is drawn a few items a frame: the header and the first items at once,
    // so that the page answers, the rest in the frames after. A jump to a place draws them all.
    let shown = RwSignal::new(ITEMS_AT_ONCE);
    crate::browser::events::use_drawn_by_frames(shown, ITEMS_AT_ONCE, move || ids.with(Vec::len));
    Effect::new(move |_| {
        if ws.focus.with(Option::is_some) {
            shown.set(usize::MAX);
        }
    });
    let drawn = Memo::new(move |_| ids.with(|ids| ids.iter().take(shown.get()).copied().collect::<Vec<_>>()));
    let dragged = RwSignal::new(None::<Id>);
    // Someone reading (not writing) makes the item on screen the current one as they scroll.
    let place = Place::get();
    crate::browser::events::use_item_in_view(move |dom| {
        // While the meeting runs, the item under discussion stays current: reading another
        // does not move its clock.
        if ws.live.with_untracked(Option::is_some) {
            return;
        }
        if let Some(id) = crate::workspace::id_of_dom(&dom) {
            place.enter(id);
        }
    });
    let (title, set_title) = signal(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        ws.add_item(&title.get_untracked());
        set_title.set(String::new());
    };
    view! {
        <section class="items-editor" aria-labelledby="items-heading" class:live=move || ws.is_live()>
            <h2 id="items-heading">{ws.word(|t| t.items)}</h2>
            <Show when=move || !intro.get().is_empty()>
                <div class="intro-editor">
                    <h3>{ws.word(|t| t.intro)}</h3>
                    <For each=move || intro.get() key=|id| *id let:entry>
                        <EntryEditor id=entry/>
                    </For>
                </div>
            </Show>
            <ol class="item-list">
                <For each=move || drawn.get() key=|id| *id let:id>
                    <ItemEditor id dragged/>
                </For>
            </ol>
            <form class="add-row" on:submit=submit>
                <label for="item-new">{ws.word(|t| t.new_item)}</label>
                <input id="item-new" type="text" autocomplete="off" placeholder=ws.word(|t| t.new_item_example)
                    prop:value=title on:input=move |ev| set_title.set(event_target_value(&ev))/>
                <button type="submit">{ws.word(|t| t.add_item)}</button>
            </form>
        </section>
    }
}
