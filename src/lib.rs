//! Muistio's browser app: a thin Leptos UI over `muistio-core`, with every browser effect in
//! `browser/`.
#![cfg(target_arch = "wasm32")]

/// Mounts the app on the page.
pub fn start() {}
