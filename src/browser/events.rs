//! Listening to the page: leaving or hiding it, keyboard shortcuts, and moving focus once the
//! page has been drawn. Each listener is removed when the component that set it up goes away.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `on_leave` when the page is hidden (tab switched, window minimised) or left (closed,
/// reloaded, navigated away): the last moment to save.
pub fn use_page_leave(on_leave: impl Fn() + 'static) {
    let on_leave = std::rc::Rc::new(on_leave);
    let hide = on_leave.clone();
    let pagehide = window_event_listener_untyped("pagehide", move |_| hide());
    // `visibilitychange` is fired at the document and reaches the window on its way up.
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            on_leave();
        }
    });
    on_cleanup(move || {
        pagehide.remove();
        visibility.remove();
    });
}

/// Calls `on_change(key, new value)` when another tab or window of this site changes storage
/// (`None` when it removed the key; the key `None` when it cleared all).
pub fn use_storage_events(on_change: impl Fn(Option<String>, Option<String>) + 'static) {
    let handle = window_event_listener_untyped("storage", move |ev| {
        if let Ok(ev) = ev.dyn_into::<web_sys::StorageEvent>() {
            on_change(ev.key(), ev.new_value());
        }
    });
    on_cleanup(move || handle.remove());
}

/// A modal dialog shown while `open` is true; closing it (Esc, its button) sets `open` false
/// through its `close` event. Returns the node to put on the `<dialog>`.
pub fn use_modal(open: RwSignal<bool>) -> NodeRef<leptos::html::Dialog> {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        if open.get() && !d.open() {
            let _ = d.show_modal();
        } else if !open.get() && d.open() {
            d.close();
        }
    });
    dialog
}

/// Calls `on_key` for every key pressed anywhere on the page.
pub fn use_keys(on_key: impl Fn(web_sys::KeyboardEvent) + 'static) {
    let handle = window_event_listener(leptos::ev::keydown, on_key);
    on_cleanup(move || handle.remove());
}

/// Focuses the element whose DOM id is requested in `target`, after the page has been drawn:
/// the element itself when it takes focus, else its first text field, else its first control.
pub fn use_focus_requests(target: RwSignal<Option<String>>) {
    Effect::new(move |_| {
        let Some(id) = target.get() else { return };
        // Focus moves before the next key press arrives, so that fast typing after Enter lands
        // in the new place: first after the pending DOM updates (a microtask), else on the next
        // frame when the element is drawn later.
        leptos::task::spawn_local(async move {
            // A focus that asks for another one (an entry that opens its fields) keeps that request.
            let done = move |id: &str| {
                if target.with_untracked(|t| t.as_deref() == Some(id)) {
                    target.set(None);
                }
            };
            for _ in 0..3 {
                if focus(&id) {
                    done(&id);
                    return;
                }
                let _ =
                    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await;
            }
            request_animation_frame(move || {
                focus(&id);
                done(&id);
            });
        });
    });
}

/// Focuses the element with DOM id `id`, or its first text field, or its first control.
fn focus(id: &str) -> bool {
    let Some(el) = document().get_element_by_id(id) else {
        return false;
    };
    // An element in the Tab order by its own `tabindex` (an entry shown as it reads) takes it.
    let focusable = ["input", "textarea", "select", "button", "a"].contains(&el.tag_name().to_lowercase().as_str())
        || el.get_attribute("tabindex").is_some_and(|t| t != "-1")
        || el.has_attribute("contenteditable");
    // A text field first (not the kind menu or a button before it).
    let inside = |selector: &str| el.query_selector(selector).ok().flatten();
    let el = if focusable {
        Some(el.clone())
    } else {
        inside("input[type=text], textarea, [contenteditable]")
            .or_else(|| inside("input, select, button, a[href], [tabindex='0']"))
    };
    match el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(el) => {
            let focused = el.focus().is_ok();
            // In an editable text the cursor goes to the end, where writing goes on.
            if el.has_attribute("contenteditable") {
                if let Some(selection) = window().get_selection().ok().flatten() {
                    let _ = selection.select_all_children(&el);
                    let _ = selection.collapse_to_end();
                }
            }
            focused
        }
        None => false,
    }
}

/// Opens the `<details>` matching `selector` and focuses its summary (scrolled into view).
pub fn open_and_focus(selector: &str) {
    let Some(details) = document().query_selector(selector).ok().flatten() else {
        return;
    };
    let _ = details.set_attribute("open", "");
    if let Some(summary) = details
        .query_selector("summary")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
}

/// Brings the element with DOM id `id` into view (its top under the bar, or its foot above the
/// foot of the screen) once the page has been drawn, and again a moment later: items off
/// screen are laid out only when reached, which can move the element after the first scroll.
pub fn scroll_into_view_soon(id: String, to_top: bool) {
    let scroll = move |id: &str| {
        if let Some(el) = document().get_element_by_id(id) {
            el.scroll_into_view_with_bool(to_top);
        }
    };
    let again = id.clone();
    request_animation_frame(move || scroll(&id));
    set_timeout(move || scroll(&again), std::time::Duration::from_millis(120));
}

/// Calls `f` once the page is idle (at the latest after `within`): work that makes a later
/// action quicker without delaying anything the person is doing now. A browser without idle
/// callbacks (Safari) calls it after `within`.
pub fn when_idle(within: std::time::Duration, f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let ms = within.as_millis().min(i32::MAX as u128) as i32;
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(ms as u32);
    if window()
        .request_idle_callback_with_options(callback.unchecked_ref(), &options)
        .is_err()
    {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
}

/// Raises `shown` by `step` once a frame until it reaches `total()` (which it follows): a long
/// list drawn a few rows a frame, so that the page answers before the last row is drawn.
pub fn use_drawn_by_frames(shown: RwSignal<usize>, step: usize, total: impl Fn() -> usize + Send + Sync + 'static) {
    Effect::new(move |_| {
        if shown.get() < total() {
            request_animation_frame(move || shown.update(|n| *n = n.saturating_add(step)));
        }
    });
}

/// Calls `on_item(id)` with the DOM id of the item at two fifths of the screen's height while
/// the page is scrolled and the focus is outside every item (someone reading, not writing):
/// at most once a frame.
pub fn use_item_in_view(on_item: impl Fn(String) + 'static) {
    let pending = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_item = std::rc::Rc::new(on_item);
    let handle = window_event_listener_untyped("scroll", move |_| {
        if pending.replace(true) {
            return;
        }
        let (pending, on_item) = (pending.clone(), on_item.clone());
        request_animation_frame(move || {
            pending.set(false);
            let writing = document()
                .active_element()
                .and_then(|e| e.closest(".item-editor").ok().flatten())
                .is_some();
            if writing {
                return;
            }
            let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
            let x = window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0) / 4.0;
            let item = document()
                .element_from_point(x as f32, (height * 0.4) as f32)
                .and_then(|e| e.closest(".item-editor").ok().flatten());
            if let Some(item) = item {
                on_item(item.id());
            }
        });
    });
    on_cleanup(move || handle.remove());
}
