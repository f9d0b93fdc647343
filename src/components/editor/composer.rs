//! The entry box at the end of each item: what is typed there becomes entries when Enter is
//! pressed ("Ida: …" a statement, "- …" a bullet, "Sovittiin …" a decision, "4. …" a new item).

use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::edit::Parent;

/// The entry box of `parent`.
#[component]
pub fn Composer(
    /// Where the entries go.
    parent: Parent,
    /// DOM id of the box.
    #[prop(into)]
    dom: String,
    /// The item's number, for the label.
    #[prop(into)]
    number: Signal<usize>,
) -> impl IntoView {
    let ws = Workspace::get();
    let item = match parent {
        Parent::Item(id) => Some(id),
        Parent::Intro => None,
    };
    // What was typed here and not added is part of the draft: it comes back after a reload.
    let (text, set_text) = signal(ws.unsent(item));
    let hint_id = format!("{dom}-hint");
    let described = hint_id.clone();
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && !ev.shift_key() && !ev.alt_key() && !ev.ctrl_key() && !ev.meta_key() {
            ev.prevent_default();
            if ws.compose(parent, &text.get_untracked()) {
                set_text.set(String::new());
                ws.set_unsent(item, "");
            }
        }
    };
    view! {
        <div class="composer">
            <label for=dom.clone() class="visually-hidden">{move || ws.t().new_entry.with(&[&number.get().to_string()])}</label>
            <textarea id=dom rows="1" class="grow" aria-describedby=described
                placeholder=ws.word(|t| t.composer_example)
                prop:value=text
                on:input=move |ev| {
                    super::fields::grow(&ev);
                    let typed = event_target_value(&ev);
                    ws.set_unsent(item, &typed);
                    set_text.set(typed);
                }
                on:focus=move |_| ws.set_unsent(item, &text.get_untracked())
                on:keydown=keys></textarea>
            <p id=hint_id class="visually-hidden">{ws.word(|t| t.composer_hint)}</p>
        </div>
    }
}
