//! Inputs bound to the document. Each keeps what the person types while it means the same as
//! the document, and takes the document's value when that changes elsewhere (undo, another
//! field), so typing is never overwritten.

use crate::texts::Message;
use crate::workspace::Workspace;
use leptos::html;
use leptos::prelude::*;

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
    #[prop(optional_no_strip)]
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
