//! Inputs of pathological shape (see `examples/pathological/shapes.rs`) are read, written and
//! refused in time linear in their size: each is timed at a size and at four times that size,
//! and the larger may take at most eight times as long (a quadratic reader takes sixteen times,
//! and seconds) and allocate at most six times as many bytes — a count that does not depend on
//! the machine, and catches a reader that copies what it has read once per line. Malicious
//! archives are refused with the error that says why.

#[path = "../examples/pathological/shapes/mod.rs"]
mod shapes;

use muistio_core::export::{export, markdown, pdf, Format};
use muistio_core::labels::Lang;
use muistio_core::{restore, Ids, ImportError, Minutes};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::Instant;

/// The system allocator, counting the bytes each thread asks for (growth only, for a resize).
struct Counting;

thread_local! {
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

fn note(bytes: usize) {
    let _ = ALLOCATED.try_with(|a| a.set(a.get() + bytes as u64));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout)
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        note(size.saturating_sub(layout.size()));
        System.realloc(p, layout, size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Seconds `f` takes, and the bytes it allocates.
fn cost(f: impl FnOnce()) -> (f64, u64) {
    let bytes = ALLOCATED.with(Cell::get);
    let t = Instant::now();
    f();
    (t.elapsed().as_secs_f64(), ALLOCATED.with(Cell::get) - bytes)
}

/// Seconds `f` takes.
fn seconds(f: impl FnOnce()) -> f64 {
    cost(f).0
}

/// How much longer four times the input may take: linear work takes four times as long, and a
/// slow machine's hiccups are covered by the rest of the factor and the constant.
const FACTOR: f64 = 8.0;
const SLACK: f64 = 0.08;
/// How many more bytes four times the input may allocate, and a constant for small inputs.
const BYTES_FACTOR: u64 = 6;
const BYTES_SLACK: u64 = 1 << 20;

/// Checks that `run(true)`, on four times the input of `run(false)`, takes at most [`FACTOR`]
/// times as long plus [`SLACK`], and allocates at most [`BYTES_FACTOR`] times as many bytes plus
/// [`BYTES_SLACK`]. The small input is timed twice (the best counts), the large one again if it
/// is over the bound.
fn linear(what: &str, mut run: impl FnMut(bool)) {
    let (first, bytes) = cost(|| run(false));
    let base = first.min(seconds(|| run(false)));
    let bound = FACTOR * base + SLACK;
    let (mut took, large_bytes) = cost(|| run(true));
    if took > bound {
        took = took.min(seconds(|| run(true)));
    }
    assert!(
        took <= bound,
        "{what}: {base:.3} s, then {took:.3} s for four times the input"
    );
    assert!(
        large_bytes <= BYTES_FACTOR * bytes + BYTES_SLACK,
        "{what}: {bytes} bytes allocated, then {large_bytes} for four times the input"
    );
}

/// The tests of this file one at a time, so that no timing counts another test's work.
fn serial() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

fn read(bytes: &[u8]) -> Result<Minutes, ImportError> {
    restore(bytes, &mut Ids::seeded(1)).map(|r| r.minutes)
}

/// Shapes whose size follows the size asked for (the bombs are one size whatever is asked).
fn scaling() -> Vec<shapes::Shape> {
    let fixed = [
        "odt-space-run",
        "zip-bomb",
        "zip-bomb-lying",
        "zip-overlap",
        "zip-entries",
    ];
    shapes::all().into_iter().filter(|s| !fixed.contains(&s.name)).collect()
}

/// The size a shape is read at (and at four times that): where a quadratic reader already
/// takes seconds. Copying a growing list item per line, or looking a link up in a list, is
/// quadratic with a small constant, so those shapes are read larger.
fn size(name: &str) -> usize {
    match name {
        "long-item" | "docx-links" => 300_000,
        "colons" => 80_000,
        _ => 40_000,
    }
}

#[test]
fn every_shape_is_read_and_written_as_markdown_in_linear_time() {
    let _serial = serial();
    for shape in scaling() {
        let n = size(shape.name);
        let inputs = [(shape.build)(n), (shape.build)(4 * n)];
        let mut docs: [Option<Minutes>; 2] = [None, None];
        linear(&format!("{} import", shape.name), |large| {
            docs[usize::from(large)] = read(&inputs[usize::from(large)]).ok();
        });
        let [Some(small), Some(large)] = &docs else { continue };
        linear(&format!("{} Markdown", shape.name), |big| {
            drop(markdown(if big { large } else { small }))
        });
    }
}

#[test]
fn the_other_formats_are_written_in_linear_time() {
    let _serial = serial();
    let fonts = |name: &str| {
        std::fs::read(format!("{}/../style/fonts/{name}", env!("CARGO_MANIFEST_DIR"))).expect("the project's font")
    };
    let (regular, bold) = (fonts("DejaVuSans.ttf"), fonts("DejaVuSans-Bold.ttf"));
    let shapes = [
        "long-word",
        "many-lt",
        "alternating-lists",
        "bullet-lines",
        "json-title",
        "many-attendees",
    ];
    for shape in scaling().into_iter().filter(|s| shapes.contains(&s.name)) {
        // A word cut into lines anew for each line is quadratic only in long words.
        let n = if shape.name == "long-word" { 100_000 } else { 15_000 };
        let docs = [n, 4 * n].map(|n| read(&(shape.build)(n)).expect("the shape reads"));
        let write = |doc: &Minutes| {
            for format in [Format::Html, Format::Docx, Format::Odt, Format::Text] {
                export(doc, format, 0).expect("the format");
            }
            pdf::export(doc, &regular, &bold).expect("the PDF");
        };
        let what = format!("{} HTML, Word, OpenDocument, text and PDF", shape.name);
        linear(&what, |large| write(&docs[usize::from(large)]));
    }
}

/// The shape called `name`, built at 2 MB.
fn built(name: &str) -> Vec<u8> {
    let shape = shapes::all().into_iter().find(|s| s.name == name).expect("a shape");
    (shape.build)(2 << 20)
}

#[test]
fn malicious_archives_are_refused_with_the_reason() {
    let _serial = serial();
    let text_limit = 2 << 20;
    let part_limit = 8 << 20;
    let expected = [
        ("zip-bomb", ImportError::Expands { limit: part_limit }),
        ("zip-bomb-lying", ImportError::Expands { limit: part_limit }),
        ("zip-stored-huge", ImportError::Expands { limit: part_limit }),
        ("zip-overlap", ImportError::Overlapping),
        (
            "zip-entries",
            ImportError::TooManyParts {
                count: 0xFFFF,
                limit: 10_000,
            },
        ),
        ("docx-deep", ImportError::TooDeep { limit: 256 }),
        ("docx-attributes", ImportError::TooManyAttributes { limit: 256 }),
        ("draft-large", ImportError::Expands { limit: text_limit }),
        ("odt-spaces", ImportError::Expands { limit: text_limit }),
        ("docx-amp", ImportError::Expands { limit: text_limit }),
        ("docx-links-many", ImportError::Expands { limit: text_limit }),
        ("docx-entities", ImportError::Expands { limit: text_limit }),
    ];
    for (name, error) in expected.clone() {
        let input = built(name);
        let mut got = None;
        let took = seconds(|| got = Some(read(&input)));
        assert_eq!(got.expect("ran").err(), Some(error), "{name}");
        assert!(took < 5.0, "{name} took {took:.1} s to refuse");
    }
    let deep = read(&built("json-deep"));
    assert!(matches!(deep, Err(ImportError::Damaged { .. })), "{deep:?}");
    assert_eq!(
        shapes::all().iter().filter(|s| s.refused).count(),
        expected.len() + 1,
        "every shape meant to be refused is checked here"
    );
}

#[test]
fn a_space_run_of_four_billion_is_a_thousand_spaces() {
    let doc = read(&built("odt-space-run")).expect("the file reads");
    // The one line of text is the title.
    assert_eq!(doc.header.title, format!("a{}b", " ".repeat(1000)));
    let heading = concat!(
        r#"<office:document-content><office:body><office:text><text:h text:outline-level="255">Otsikko</text:h>"#,
        "<text:p>x</text:p></office:text></office:body></office:document-content>"
    );
    let doc = read(&shapes::odt(heading.as_bytes())).expect("a heading of level 255 reads");
    assert_eq!(doc.header.title, "Otsikko");
}

#[test]
fn the_refusals_speak_every_language() {
    let errors = [
        ImportError::Expands { limit: 2 << 20 },
        ImportError::TooManyParts {
            count: 65_535,
            limit: 10_000,
        },
        ImportError::Overlapping,
        ImportError::TooDeep { limit: 256 },
        ImportError::TooManyAttributes { limit: 256 },
    ];
    for e in &errors {
        let words: Vec<String> = Lang::ALL.iter().map(|l| e.message(*l)).collect();
        assert!(words.iter().all(|w| w.len() > 30 && w.ends_with('.')), "{words:?}");
        assert!(words[0] != words[1] && words[1] != words[2], "{words:?}");
    }
    assert_eq!(
        errors[0].message(Lang::Fi),
        "Tiedosto purkautuisi liian suureksi: sen sisältö olisi yli 2.0 MB. Muistio ei avaa sitä."
    );
}
