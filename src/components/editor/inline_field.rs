//! A field for running text that shows it as it reads — bold, italic, links — and never as
//! Markdown: an editable element whose content is read back into [`Rich`] on every change.
//! Ctrl+B and Ctrl+I style the selection, Ctrl+K makes it a link; an address typed as it is
//! becomes a link; a paste comes in as plain text.

use crate::texts::Texts;
use crate::workspace::Workspace;
use leptos::html;
use leptos::prelude::*;
use muistio_core::inline::link_addresses;
use muistio_core::{Rich, Span};
use wasm_bindgen::JsCast;

/// The field.
#[component]
pub fn InlineField(
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
    /// Hide the label visually (it is still read out).
    #[prop(optional)]
    hidden_label: bool,
) -> impl IntoView {
    let ws = Workspace::get();
    let node = NodeRef::<html::Div>::new();
    // What the field holds as last read or drawn: the document's text coming back from a key
    // typed is known to be there without reading the field again.
    let held = StoredValue::new(None::<Rich>);
    // Drawn anew only when the document's text differs from what the field holds (undo,
    // another tab): typing is never redrawn under the caret.
    Effect::new(move |_| {
        let value = value.get();
        if held.with_value(|h| h.as_ref() == Some(&value)) {
            return;
        }
        if let Some(el) = node.get() {
            if read(&el) != value {
                draw(&el, &value);
            }
            held.set_value(Some(value));
        }
    });
    let label_id = format!("{id}-label");
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || ev.shift_key() {
            return;
        }
        let command = match ev.key().to_lowercase().as_str() {
            "b" => "bold",
            "i" => "italic",
            "k" => "createLink",
            _ => return,
        };
        ev.prevent_default();
        format(command, ws.t_untracked());
    };
    view! {
        <span id=label_id.clone() class="field-label" class:visually-hidden=hidden_label>{label}</span>
        <div id=id node_ref=node class="inline-field" contenteditable="true" role="textbox" aria-multiline="true"
            aria-labelledby=label_id spellcheck="true"
            on:input=move |_| {
                if let Some(el) = node.get_untracked() {
                    let text = read(&el);
                    held.set_value(Some(text.clone()));
                    on_change.run(text);
                }
            }
            on:keydown=keys
            on:paste=move |ev: leptos::ev::ClipboardEvent| {
                // Only the words come in, never a word processor's markup.
                ev.prevent_default();
                let text = ev.clipboard_data().and_then(|d| d.get_data("text/plain").ok()).unwrap_or_default();
                exec("insertText", &text);
            }
        ></div>
    }
}

/// Styles the selection: bold, italic, or a link to an address asked for.
fn format(command: &str, t: &Texts) {
    if command != "createLink" {
        exec(command, "");
        return;
    }
    let address = window()
        .prompt_with_message_and_default(t.link_address, "https://")
        .ok()
        .flatten();
    if let Some(address) = address.map(|a| a.trim().to_string()).filter(|a| !a.is_empty()) {
        exec("createLink", &address);
    }
}

fn exec(command: &str, value: &str) {
    if let Ok(doc) = document().dyn_into::<web_sys::HtmlDocument>() {
        let _ = doc.exec_command_with_show_ui_and_value(command, false, value);
    }
}

/// Puts `text` into the field as it reads.
fn draw(el: &web_sys::HtmlElement, text: &Rich) {
    el.set_text_content(None);
    let doc = document();
    let lines = |parent: &web_sys::Node, s: &str| {
        for (i, part) in s.split('\n').enumerate() {
            if i > 0 {
                if let Ok(br) = doc.create_element("br") {
                    let _ = parent.append_child(&br);
                }
            }
            if !part.is_empty() {
                let _ = parent.append_child(&doc.create_text_node(part));
            }
        }
    };
    for span in text.spans() {
        let (tag, words, url) = match span {
            Span::Text(s) => {
                lines(el, s);
                continue;
            }
            Span::Bold(s) => ("strong", s, None),
            Span::Italic(s) => ("em", s, None),
            Span::Link { text, url } => ("span", text, Some(url)),
        };
        let Ok(styled) = doc.create_element(tag) else { continue };
        if let Some(url) = url {
            let _ = styled.set_attribute("class", "link-text");
            let _ = styled.set_attribute("data-href", url);
        }
        lines(&styled, words);
        let _ = el.append_child(&styled);
    }
    // A line break at the very end shows only when something follows it.
    if text.spans().last().is_some_and(|s| s.text().ends_with('\n')) {
        if let Ok(br) = doc.create_element("br") {
            let _ = el.append_child(&br);
        }
    }
}

/// What the field holds, as the document keeps it.
pub fn read(el: &web_sys::HtmlElement) -> Rich {
    let mut spans = Vec::new();
    walk(el, Style::Plain, &mut spans);
    // A browser ends an edited field with a line break of its own.
    if let Some(Span::Text(last)) = spans.last_mut() {
        if last.ends_with('\n') {
            last.pop();
        }
    }
    let mut out = Vec::new();
    for span in spans {
        match span {
            Span::Text(s) => out.extend(link_addresses(&s)),
            other => out.push(other),
        }
    }
    Rich::from(out)
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Plain,
    Bold,
    Italic,
}

fn walk(node: &web_sys::Node, style: Style, out: &mut Vec<Span>) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        if child.node_type() == web_sys::Node::TEXT_NODE {
            let text = child.text_content().unwrap_or_default().replace('\u{a0}', " ");
            out.push(match style {
                Style::Plain => Span::Text(text),
                Style::Bold => Span::Bold(text),
                Style::Italic => Span::Italic(text),
            });
            continue;
        }
        let Ok(el) = child.dyn_into::<web_sys::Element>() else {
            continue;
        };
        match el.tag_name().to_lowercase().as_str() {
            "br" => out.push(Span::Text("\n".into())),
            "b" | "strong" => walk(&el, Style::Bold, out),
            "i" | "em" => walk(&el, if style == Style::Bold { style } else { Style::Italic }, out),
            "a" | "span" if el.has_attribute("href") || el.has_attribute("data-href") => {
                let url = el
                    .get_attribute("href")
                    .or_else(|| el.get_attribute("data-href"))
                    .unwrap_or_default();
                let text = el.text_content().unwrap_or_default().replace('\u{a0}', " ");
                out.push(Span::Link { text, url });
            }
            // A new line typed as a block of its own.
            "div" | "p" => {
                if !out.is_empty() && !out.last().is_some_and(|s| s.text().ends_with('\n')) {
                    out.push(Span::Text("\n".into()));
                }
                walk(&el, style, out);
            }
            _ => walk(&el, style, out),
        }
    }
}
