//! Inputs bound to the document. Each keeps what the person types while it means the same as
//! the document, and takes the document's value when that changes elsewhere (undo, another
//! field), so typing is never overwritten.

use crate::texts::Message;
use crate::workspace::Workspace;
use leptos::html;
use leptos::prelude::*;
use muistio_core::export::inline::render;
use muistio_core::import::body::rich;
use muistio_core::Rich;

/// A one-line text field.
#[component]
pub fn TextField(
    /// DOM id.
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The document's value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with each change.
    on_change: Callback<String>,
    /// Placeholder text.
    #[prop(optional, into)]
    placeholder: MaybeProp<String>,
    /// Hide the label visually (it is still read out).
    #[prop(optional)]
    hidden_label: bool,
    /// `list` attribute: the id of a datalist that completes the field.
    #[prop(optional, into)]
    list: Option<String>,
    /// Called when the person leaves the field or presses Enter.
    #[prop(optional)]
    on_commit: Option<Callback<String>>,
) -> impl IntoView {
    let node = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        let value = value.get();
        if let Some(el) = node.get() {
            if el.value() != value {
                el.set_value(&value);
            }
        }
    });
    let commit = move |el: web_sys::HtmlInputElement| {
        if let Some(cb) = on_commit {
            cb.run(el.value());
        }
    };
    view! {
        <label for=id.clone() class:visually-hidden=hidden_label>{label}</label>
        <input
            id=id
            node_ref=node
            type="text"
            autocomplete="off"
            placeholder=move || placeholder.get()
            list=list
            prop:value=value.get_untracked()
            on:input=move |ev| on_change.run(event_target_value(&ev))
            on:change=move |_| { if let Some(el) = node.get_untracked() { commit(el) } }
        />
    }
}

/// A multi-line field for running text with inline Markdown (`**bold**`, `[link](address)`).
#[component]
pub fn RichField(
    /// DOM id.
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The document's text.
    #[prop(into)]
    value: Signal<Rich>,
    /// Called with each change.
    on_change: Callback<Rich>,
    /// Hide the label visually.
    #[prop(optional)]
    hidden_label: bool,
) -> impl IntoView {
    let node = NodeRef::<html::Textarea>::new();
    Effect::new(move |_| {
        let value = value.get();
        if let Some(el) = node.get() {
            if rich(&el.value()) != value {
                el.set_value(&source(&value));
            }
        }
    });
    let initial = source(&value.get_untracked());
    let rows = rows_for(&initial);
    view! {
        <label for=id.clone() class:visually-hidden=hidden_label>{label}</label>
        <textarea
            id=id
            node_ref=node
            rows=rows
            class="grow"
            prop:value=initial
            on:input=move |ev| {
                let text = event_target_value(&ev);
                grow(&ev);
                on_change.run(rich(&text));
            }
            on:keydown=move |ev| format_keys(&ev, node, on_change)
        ></textarea>
    }
}

/// Ctrl+B, Ctrl+I and Ctrl+K: the selection in bold, in italic, or made a link whose address
/// is then typed.
fn format_keys(ev: &leptos::ev::KeyboardEvent, node: NodeRef<html::Textarea>, on_change: Callback<Rich>) {
    use muistio_core::edit::{wrap, Wrap};
    if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || ev.shift_key() {
        return;
    }
    let style = match ev.key().to_lowercase().as_str() {
        "b" => Wrap::Bold,
        "i" => Wrap::Italic,
        "k" => Wrap::Link,
        _ => return,
    };
    let Some(el) = node.get_untracked() else { return };
    ev.prevent_default();
    // Selections count UTF-16 units, as the browser does.
    let units: Vec<u16> = el.value().encode_utf16().collect();
    let at = |n: Option<u32>| (n.unwrap_or(0) as usize).min(units.len());
    let (start, end) = (
        at(el.selection_start().ok().flatten()),
        at(el.selection_end().ok().flatten()),
    );
    let part = |range: &[u16]| String::from_utf16_lossy(range);
    let (a, b, c) = wrap(
        &part(&units[..start]),
        &part(&units[start..end.max(start)]),
        &part(&units[end.max(start)..]),
        style,
    );
    el.set_value(&format!("{a}{b}{c}"));
    let from = a.encode_utf16().count() as u32;
    let _ = el.set_selection_range(from, from + b.encode_utf16().count() as u32);
    on_change.run(rich(&el.value()));
}

/// Rich text as it is typed: inline Markdown, line breaks as they are.
pub fn source(text: &Rich) -> String {
    render(text, false).replace("\\\n", "\n")
}

/// Roughly how many rows a text needs at the editor's width (browsers that size text fields to
/// their content by CSS ignore this).
fn rows_for(text: &str) -> usize {
    text.split('\n')
        .map(|line| line.chars().count() / 90 + 1)
        .sum::<usize>()
        .clamp(1, 30)
}

/// Makes a textarea as tall as its text.
pub fn grow(ev: &leptos::ev::Event) {
    use wasm_bindgen::JsCast;
    if let Some(area) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        area.set_rows(rows_for(&area.value()) as u32);
    }
}

/// A field that accepts only what `parse` accepts: anything else is explained next to it and
/// the document keeps its value (the typed text stays, so nothing is lost).
#[component]
pub fn CheckedField<T: PartialEq + Clone + Send + Sync + 'static>(
    /// DOM id.
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The document's value.
    #[prop(into)]
    value: Signal<Option<T>>,
    /// Reads the typed text: `Ok(None)` for an empty field, `Err` says what is wrong.
    parse: fn(&str) -> Result<Option<T>, Message>,
    /// Shows a value.
    show: fn(&T) -> String,
    /// Called with each valid change.
    on_change: Callback<Option<T>>,
    /// An example of the expected form ("14.11.2025").
    #[prop(into)]
    hint: String,
) -> impl IntoView {
    let ws = Workspace::get();
    let node = NodeRef::<html::Input>::new();
    let (error, set_error) = signal(None::<Message>);
    Effect::new(move |_| {
        let value = value.get();
        if let Some(el) = node.get() {
            if parse(&el.value()).ok() != Some(value.clone()) && error.with_untracked(Option::is_none) {
                el.set_value(&value.as_ref().map(show).unwrap_or_default());
            }
        }
    });
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <label for=id.clone()>{label}</label>
        <input
            id=id
            node_ref=node
            type="text"
            autocomplete="off"
            placeholder=hint
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
            prop:value=value.get_untracked().as_ref().map(show).unwrap_or_default()
            on:input=move |ev| match parse(&event_target_value(&ev)) {
                Ok(v) => {
                    set_error.set(None);
                    on_change.run(v);
                }
                Err(message) => set_error.set(Some(message)),
            }
        />
        <span id=error_id class="field-error" role="alert">{move || error.get().map(|m| m.show(ws.t()))}</span>
    }
}
