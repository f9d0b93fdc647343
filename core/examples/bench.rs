//! Times the core: `cargo run --release -p muistio-core --example bench`. For the real memo (when
//! present), a long meeting (the size report's: 64 attendees, 43 items, 630 statements) and four
//! times that long meeting: import, the saved form both ways, and every export. Prints the median of several runs
//! of each, how each grows from one document to the next, and writes the figures as JSON to
//! `target/bench/core.json`.
//! `--print-long N` prints the long meeting N times over instead (for the browser benchmark).

use muistio_core::check::check;
use muistio_core::export::{make, Format, Options};
use muistio_core::model::EntryKind;
use muistio_core::store::{Envelope, Info};
use muistio_core::{restore, Ids};
use std::time::Instant;

/// The generated meeting the size report uses too.
#[path = "sizes/meeting.rs"]
mod meeting;
use meeting::large_meeting_times as long_meeting;

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

/// (step, milliseconds) of one document.
type Figures = Vec<(String, f64)>;

/// What the document holds, and its figures.
fn figures(text: &str, fonts: (&[u8], &[u8]), runs: usize) -> (String, Figures) {
    let doc = restore(text.as_bytes(), &mut Ids::seeded(1)).unwrap().minutes;
    let now = |format| {
        make(
            &doc,
            format,
            &Options {
                fonts: Some(fonts),
                ..Options::default()
            },
        )
        .unwrap()
        .bytes
    };
    let json = now(Format::Json);
    let statements = doc
        .entries()
        .filter(|(_, e)| matches!(e.kind, EntryKind::Statement { .. }))
        .count();
    let about = format!(
        "{} kB of text, {} attendees, {} items, {} entries ({statements} statements), saved form {} kB",
        text.len() / 1024,
        doc.attendees.len(),
        doc.items.len(),
        doc.entries().count(),
        json.len() / 1024
    );
    let mut out = vec![
        (
            "import".to_string(),
            median_ms(runs, || drop(restore(text.as_bytes(), &mut Ids::seeded(1)).unwrap())),
        ),
        (
            "open saved".to_string(),
            median_ms(runs, || drop(restore(&json, &mut Ids::seeded(1)).unwrap())),
        ),
        (
            "save form".into(),
            median_ms(runs, || drop(Envelope::stored(&doc, 1, 2, &[]))),
        ),
        (
            "list entry".into(),
            median_ms(runs, || drop(Info::of(&doc, 1, 2, json.len()))),
        ),
        ("checks".into(), median_ms(runs, || drop(check(&doc)))),
    ];
    for format in Format::ALL {
        out.push((
            format!("export {}", format.extension()),
            median_ms(runs, || drop(now(format))),
        ));
    }
    (about, out)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--print-long") {
        let scale = args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(1);
        print!("{}", long_meeting(scale));
        return;
    }
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let font = |name| std::fs::read(format!("{root}/style/fonts/{name}")).unwrap();
    let (regular, bold) = (font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
    let real = std::env::var("MUISTIO_REAL_MEMO")
        .unwrap_or_else(|_| format!("{root}/../shared/fixtures/luovat-alat-muistio-2025-11-14.md"));
    let mut docs = Vec::new();
    if let Ok(text) = std::fs::read_to_string(&real) {
        docs.push(("real memo", text, 15));
    }
    docs.push(("long meeting", long_meeting(1), 9));
    docs.push(("long meeting ×4", long_meeting(4), 5));
    let mut rows: Vec<(&str, String, Figures)> = Vec::new();
    for (name, text, runs) in &docs {
        let (about, figures) = figures(text, (&regular, &bold), *runs);
        println!("{name}: {about}");
        rows.push((name, about, figures));
    }
    println!();
    print!("{:<14}", "core, ms");
    for (name, ..) in &rows {
        print!(" {name:>16}");
    }
    println!("  growth");
    for (k, (step, _)) in rows[0].2.iter().enumerate() {
        print!("{step:<14}");
        for (.., figures) in &rows {
            print!(" {:>16.2}", figures[k].1);
        }
        // Long meeting ×4 over the long meeting: 4 is linear.
        let n = rows.len();
        let growth = rows[n - 1].2[k].1 / rows[n - 2].2[k].1.max(0.001);
        println!("  ×{growth:.1}");
    }
    let json = serde_json::json!(rows
        .iter()
        .map(|(name, about, figures)| serde_json::json!({
            "document": name,
            "about": about,
            "ms": figures.iter().map(|(k, v)| (k.clone(), serde_json::json!((v * 100.0).round() / 100.0)))
                .collect::<serde_json::Map<_, _>>(),
        }))
        .collect::<Vec<_>>());
    let dir = format!("{root}/target/bench");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(format!("{dir}/core.json"), serde_json::to_string_pretty(&json).unwrap()).unwrap();
    println!("\n(written to target/bench/core.json)");
}
