//! User-timing measures around the app's heavier steps (saving, importing, making a file), for
//! the browser benchmark and the browser's own performance panel: each is a
//! `performance.measure` named for the step. Only the latest of each name is kept, so a long
//! session does not collect them; a `PerformanceObserver` sees every one.

/// Runs `f`, recorded as a user-timing measure named `name` (just runs it without `performance`).
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return f();
    };
    let start = format!("{name}:start");
    if perf.mark(&start).is_err() {
        return f();
    }
    let out = f();
    perf.clear_measures_with_measure_name(name);
    let _ = perf.measure_with_start_mark(name, &start);
    perf.clear_marks_with_mark_name(&start);
    out
}

/// Awaits `f`, recorded as a user-timing measure named `name` from start to end (the time the
/// page spends on other work meanwhile included, as the person waits for it too).
pub async fn measure_async<T>(name: &str, f: impl std::future::Future<Output = T>) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    let marked = perf.as_ref().is_some_and(|p| p.mark(&start).is_ok());
    let out = f.await;
    if let (Some(perf), true) = (perf, marked) {
        perf.clear_measures_with_measure_name(name);
        let _ = perf.measure_with_start_mark(name, &start);
        perf.clear_marks_with_mark_name(&start);
    }
    out
}
