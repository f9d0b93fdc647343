//! Muistio's browser app: a thin Leptos UI over `muistio-core`. Every browser effect lives in
//! [`browser`]; components only describe the page; [`workspace`] holds the state and the
//! actions that change it.
#![cfg(target_arch = "wasm32")]

pub mod app;
pub mod browser;
pub mod components;
pub mod texts;
pub mod workspace;

/// Mounts the app on the page's body.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
