//! Starts the app in the browser (the native build has nothing to run).

fn main() {
    #[cfg(target_arch = "wasm32")]
    muistio::start();
}
