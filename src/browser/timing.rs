//! User-timing measures around the app's heavier steps (saving, importing, making a file), for
//! the browser benchmark and the browser's own performance panel: each is a
//! `performance.measure` named for the step. Only the latest of each name is kept, so a long
//! session does not collect them; a `PerformanceObserver` sees every one.

/// Runs `f`, recorded as a user-timing measure named `name` (just runs it without `performance`).
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let started = start(name);
    let out = f();
    end(name, started);
    out
}

/// Awaits `f`, recorded as a user-timing measure named `name` from start to end (the time the
/// page spends on other work meanwhile included, as the person waits for it too).
pub async fn measure_async<T>(name: &str, f: impl std::future::Future<Output = T>) -> T {
    let started = start(name);
    let out = f.await;
    end(name, started);
    out
}

/// Marks where the step `name` starts: the page's clock and the mark's name, `None` without one.
fn start(name: &str) -> Option<(web_sys::Performance, String)> {
    let perf = web_sys::window()?.performance()?;
    let mark = format!("{name}:start");
    perf.mark(&mark).ok()?;
    Some((perf, mark))
}

/// Records the step `name` from its start mark to now, in place of its last measure.
fn end(name: &str, started: Option<(web_sys::Performance, String)>) {
    if let Some((perf, mark)) = started {
        perf.clear_measures_with_measure_name(name);
        let _ = perf.measure_with_start_mark(name, &mark);
        perf.clear_marks_with_mark_name(&mark);
    }
}
