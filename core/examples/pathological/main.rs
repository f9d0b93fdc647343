//! Times the readers and writers on inputs of pathological shape (see `shapes.rs`), built at
//! 2 MB each (office files as real zips), and prints for the import and for every export of
//! what it gave: the time and the peak of memory allocated meanwhile (counted by a global
//! allocator), also as a multiple of the input's size.
//!
//! `cargo run --release -p muistio-core --example pathological [-- --size 200k] [--only a,b]`

#[path = "shapes/mod.rs"]
mod shapes;

use muistio_core::export::{export, pdf, Format};
use muistio_core::{restore, Ids, Minutes};
use std::alloc::{GlobalAlloc, Layout, System};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = IN_USE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        let q = System.realloc(p, layout, size);
        if !q.is_null() {
            if size > layout.size() {
                grew(size - layout.size());
            } else {
                IN_USE.fetch_sub(layout.size() - size, Ordering::Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` once: its result, the milliseconds it took and the peak of bytes allocated
/// meanwhile beyond what was in use before; `None` when it panicked.
fn measure<T>(f: impl FnOnce() -> T) -> (Option<T>, f64, usize) {
    let base = IN_USE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = Instant::now();
    let out = catch_unwind(AssertUnwindSafe(f)).ok();
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    (out, ms, PEAK.load(Ordering::Relaxed).saturating_sub(base))
}

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / f64::from(1 << 20))
}

fn figure(ms: f64, peak: usize, input: usize) -> String {
    format!(
        "{ms:>7.1} ms {:>9} ({:>4.1}×)",
        mb(peak),
        peak as f64 / input.max(1) as f64
    )
}

fn font(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../style/fonts/{name}", env!("CARGO_MANIFEST_DIR"))).expect("the project's fonts")
}

/// Exports `doc` in every format, one line each.
fn exports(doc: &Minutes, input: usize, fonts: &(Vec<u8>, Vec<u8>)) -> (f64, Vec<String>) {
    let mut lines = Vec::new();
    let mut slowest: f64 = 0.0;
    for format in Format::ALL {
        let (out, ms, peak) = match format {
            Format::Pdf => {
                let (out, ms, peak) = measure(|| pdf::export(doc, &fonts.0, &fonts.1).map(|e| e.bytes.len()));
                (out.map(|r| r.map_err(|e| format!("{e:?}"))), ms, peak)
            }
            _ => {
                let (out, ms, peak) = measure(|| export(doc, format, 0).map(|e| e.bytes.len()));
                (out.map(|r| r.map_err(|e| format!("{e:?}"))), ms, peak)
            }
        };
        slowest = slowest.max(ms);
        let result = match out {
            None => "PANICKED".to_string(),
            Some(Ok(len)) => format!("{} kB", len / 1024),
            Some(Err(e)) => e,
        };
        lines.push(format!(
            "    {:<10} {}  {result}",
            format.extension(),
            figure(ms, peak, input)
        ));
    }
    (slowest, lines)
}

fn size_arg(s: &str) -> usize {
    let s = s.to_lowercase();
    let (num, unit) = match s.strip_suffix('k') {
        Some(n) => (n, 1 << 10),
        None => match s.strip_suffix('m') {
            Some(n) => (n, 1 << 20),
            None => (s.as_str(), 1),
        },
    };
    num.parse::<usize>().expect("a size such as 2m or 200k") * unit
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let size = value("--size").map(|s| size_arg(&s)).unwrap_or(2 << 20);
    let only: Option<Vec<String>> = value("--only").map(|s| s.split(',').map(String::from).collect());
    let fonts = (font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
    println!(
        "Pathological inputs at {} (time, peak allocation, multiple of the input):",
        mb(size)
    );
    let mut worst: (f64, String) = (0.0, String::new());
    for shape in shapes::all() {
        if only.as_ref().is_some_and(|o| !o.iter().any(|n| n == shape.name)) {
            continue;
        }
        let input = (shape.build)(size);
        let (restored, ms, peak) = measure(|| restore(&input, &mut Ids::seeded(1)));
        let verdict = match &restored {
            None => "PANICKED".to_string(),
            Some(Ok(r)) => format!(
                "read: {} items, {} entries",
                r.minutes.items.len(),
                r.minutes.entries().count()
            ),
            Some(Err(e)) => format!("refused: {e}"),
        };
        // At 2 MB a shape is refused exactly when it is meant to be.
        let expected = size != 2 << 20 || matches!(restored, Some(Err(_))) == shape.refused;
        let verdict = if expected {
            verdict
        } else {
            format!("UNEXPECTED {verdict}")
        };
        println!(
            "{:<20} {:>8} import {}  {verdict}",
            shape.name,
            format!("{} kB", input.len() / 1024),
            figure(ms, peak, input.len())
        );
        if ms > worst.0 {
            worst = (ms, format!("{} import", shape.name));
        }
        if let Some(Ok(r)) = restored {
            let (slowest, lines) = exports(&r.minutes, input.len(), &fonts);
            for l in lines {
                println!("{l}");
            }
            if slowest > worst.0 {
                worst = (slowest, format!("{} export", shape.name));
            }
        }
    }
    println!("slowest step: {} ({:.0} ms)", worst.1, worst.0);
}
