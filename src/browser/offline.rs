//! Working without a network: the service worker `sw.js` (written into the build by
//! `tools/package.mjs`) keeps the app and its PDF fonts in a cache named by the build. A new
//! version waits until the person takes it; taking it activates it and reloads the page.
//! Where service workers are not available (a file opened from disk, some private modes)
//! nothing happens and the app works as before, without the cache.

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    /// The registration, once made: `apply_update` asks its waiting worker to take over.
    static REGISTRATION: std::cell::RefCell<Option<ServiceWorkerRegistration>> = const { std::cell::RefCell::new(None) };
}

/// The page's service worker container, when the page may have one.
fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let protocol = window.location().protocol().ok()?;
    if protocol != "http:" && protocol != "https:" {
        return None;
    }
    let navigator = window.navigator();
    if !Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return None;
    }
    Some(navigator.service_worker())
}

/// Registers the service worker; sets `ready` once the app is cached, and `update` when a new
/// version is installed and waiting.
pub fn use_offline(ready: RwSignal<bool>, update: RwSignal<bool>) {
    let Some(sw) = container() else { return };
    let controlled = std::rc::Rc::new(std::cell::Cell::new(sw.controller().is_some()));
    let changed = Closure::<dyn FnMut()>::new(move || {
        // The first version taking control is no news; a later one is a new version that
        // another tab took: this one keeps running and offers the reload.
        let had_one = controlled.replace(true);
        if RELOADING.with(|r| r.get()) {
            reload();
        } else if had_one {
            update.set(true);
        }
    });
    sw.set_oncontrollerchange(Some(changed.as_ref().unchecked_ref()));
    changed.forget();
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(sw.register("sw.js")).await else {
            return;
        };
        // A page whose service workers are stubbed out may be given something else.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(&registration, update);
        // A tab may stay open all day: it looks for a new version every half hour.
        let reg = registration.clone();
        let check = Closure::<dyn FnMut()>::new(move || {
            let reg = reg.clone();
            leptos::task::spawn_local(async move {
                if let Ok(looked) = reg.update() {
                    let _ = JsFuture::from(looked).await;
                }
                // A version that finished installing unseen (its events missed) is offered too.
                if reg.waiting().is_some() && has_controller() {
                    update.set(true);
                }
            });
        });
        if let Some(w) = web_sys::window() {
            let _ = w
                .set_interval_with_callback_and_timeout_and_arguments_0(check.as_ref().unchecked_ref(), 30 * 60 * 1000);
        }
        check.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
        if JsFuture::from(sw.ready().unwrap_or_else(|_| js_sys::Promise::resolve(&JsValue::NULL)))
            .await
            .is_ok()
        {
            ready.set(true);
        }
    });
}

/// Watches for a new version: one already waiting, or one that finishes installing later.
fn watch(registration: &ServiceWorkerRegistration, update: RwSignal<bool>) {
    if registration.waiting().is_some() && has_controller() {
        update.set(true);
    }
    let reg = registration.clone();
    let found = Closure::<dyn FnMut()>::new(move || {
        // The new version may have finished installing before this event is handled.
        let Some(worker) = reg.installing() else {
            if reg.waiting().is_some() && has_controller() {
                update.set(true);
            }
            return;
        };
        let w = worker.clone();
        let installed = Closure::<dyn FnMut()>::new(move || {
            // The first install is not an update: there was no version before it.
            if w.state() == ServiceWorkerState::Installed && has_controller() {
                update.set(true);
            }
        });
        worker.set_onstatechange(Some(installed.as_ref().unchecked_ref()));
        installed.forget();
    });
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
}

/// Whether a version of the app controls this page (then a waiting one is an update).
fn has_controller() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

thread_local! {
    static RELOADING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Lets the waiting version take over and reloads the page once it has (at once when it
/// already has, in another tab). Save before calling this.
pub fn apply_update() {
    RELOADING.with(|r| r.set(true));
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
    match waiting {
        Some(worker) => {
            if worker.post_message(&"skip-waiting".into()).is_err() {
                reload();
            }
        }
        None => reload(),
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
