//! Every effect on the browser, each a named function: storage, files, downloads, time and
//! randomness. Errors come back as values, never as panics.

pub mod codecs;
pub mod crash;
pub mod download;
pub mod events;
pub mod fetch;
pub mod file;
pub mod language;
pub mod offline;
pub mod share;
pub mod storage;
pub mod timing;

/// Milliseconds since 1970 (UTC), from the browser's clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A seed for new ids, from the browser's random source.
pub fn random_seed() -> u64 {
    let high = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let low = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (high << 32) ^ low ^ now_ms()
}

/// "14.11.2025": a moment's date in the browser's local time.
pub fn local_date(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!("{}.{}.{}", d.get_date(), d.get_month() + 1, d.get_full_year())
}

/// Today's date in the browser's local time: (year, month, day).
pub fn today() -> Option<(u16, u8, u8)> {
    let d = js_sys::Date::new_0();
    Some((
        u16::try_from(d.get_full_year()).ok()?,
        u8::try_from(d.get_month() + 1).ok()?,
        u8::try_from(d.get_date()).ok()?,
    ))
}

/// This moment in local time, to the minute, as a meeting's clock reads it.
pub fn local_now() -> Option<muistio_core::edit::live::Now> {
    let ms = now_ms();
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let date = muistio_core::Date::new(
        u16::try_from(d.get_full_year()).ok()?,
        u8::try_from(d.get_month() + 1).ok()?,
        u8::try_from(d.get_date()).ok()?,
    )?;
    let time = muistio_core::Time::new(u8::try_from(d.get_hours()).ok()?, u8::try_from(d.get_minutes()).ok()?)?;
    Some(muistio_core::edit::live::Now { date, time, ms })
}

/// Calls `on_tick` every `period` for as long as the component that asked lives.
pub fn use_ticks(period: std::time::Duration, on_tick: impl Fn() + 'static) {
    if let Ok(handle) = leptos::prelude::set_interval_with_handle(on_tick, period) {
        leptos::prelude::on_cleanup(move || handle.clear());
    }
}

/// "9.05": a moment's clock time in local time.
pub fn local_clock(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!("{}.{:02}", d.get_hours(), d.get_minutes())
}

/// True on a phone-sized screen (or a desktop window zoomed to that width): at most 40 rem.
pub fn narrow_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w <= 640.0)
}

/// Asks the person a yes-or-no question with the browser's own dialog; no answer is no.
pub fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

/// Opens the browser's print dialog once the page has been drawn (the preview, for printing).
pub fn print() {
    leptos::prelude::request_animation_frame(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
}
