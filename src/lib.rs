//! Muistio's browser app: a thin Leptos UI over `muistio-core`. Every browser effect lives in
//! [`browser`]; components only describe the page; [`workspace`] holds the state and the
//! actions that change it; [`texts`] holds the interface's words in every language (it alone
//! also builds natively, for its tests).

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod codecs;
#[cfg(target_arch = "wasm32")]
pub mod components;
pub mod texts;
#[cfg(target_arch = "wasm32")]
pub mod workspace;

/// Mounts the app on the page's body.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    browser::crash::install();
    leptos::mount::mount_to_body(app::App);
}
