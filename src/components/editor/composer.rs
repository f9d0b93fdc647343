//! The entry box at the end of each item: what is typed there becomes entries when Enter is
//! pressed ("Ida: …" a statement, "- …" a bullet, "Sovittiin …" a decision, "4. …" a new item);
//! Ctrl+B, Ctrl+I and Ctrl+K style the selection.

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
    let node = NodeRef::<leptos::html::Textarea>::new();
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(typed) = node
            .get_untracked()
            .and_then(|el| format_keys(&ev, &el, ws.t_untracked().link_address))
        {
            ws.set_unsent(item, &typed);
            set_text.set(typed);
            return;
        }
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
            <textarea id=dom rows="1" class="grow" aria-describedby=described node_ref=node
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

/// Ctrl+B, Ctrl+I and Ctrl+K in the entry box: the selection wrapped as the entry box reads
/// it (`**…**`, `*…*`, `[…](address)`, the address asked for). The box's new text, if any.
fn format_keys(ev: &leptos::ev::KeyboardEvent, el: &web_sys::HtmlTextAreaElement, ask: &str) -> Option<String> {
    use muistio_core::edit::{wrap, Wrap};
    if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || ev.shift_key() {
        return None;
    }
    let style = match ev.key().to_lowercase().as_str() {
        "b" => Wrap::Bold,
        "i" => Wrap::Italic,
        "k" => Wrap::Link,
        _ => return None,
    };
    ev.prevent_default();
    // Selections count UTF-16 units, as the browser does.
    let units: Vec<u16> = el.value().encode_utf16().collect();
    let at = |n: Option<u32>| (n.unwrap_or(0) as usize).min(units.len());
    let start = at(el.selection_start().ok().flatten());
    let end = at(el.selection_end().ok().flatten()).max(start);
    let part = |range: &[u16]| String::from_utf16_lossy(range);
    let (a, mut b, c) = wrap(
        &part(&units[..start]),
        &part(&units[start..end]),
        &part(&units[end..]),
        style,
    );
    if style == Wrap::Link {
        b = window()
            .prompt_with_message_and_default(ask, &b)
            .ok()
            .flatten()?
            .trim()
            .to_string();
    }
    let typed = format!("{a}{b}{c}");
    el.set_value(&typed);
    let from = a.encode_utf16().count() as u32;
    let to = from + b.encode_utf16().count() as u32;
    // After a link the cursor goes on past it; bold or italic stay selected.
    let _ = match style {
        Wrap::Link => el.set_selection_range(to + 1, to + 1),
        _ => el.set_selection_range(from, to),
    };
    Some(typed)
}
