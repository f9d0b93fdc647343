//! Times the core on a long meeting: `cargo run --release -p muistio-core --example bench`.
//! Prints the median of several runs for each step; the real memo is timed too when present.
//! With `--print-long` it prints the synthetic three-hour meeting instead (for tools/bench.sh).

use muistio_core::export::{export, markdown, Format};
use muistio_core::{restore, Ids};
use std::time::Instant;

/// A three-hour meeting in the real memo's shape: 12 items of 30 statements of ~450 characters.
fn long_meeting() -> String {
    let mut s = String::from(
        "Pitkä kokous\n\nMUISTIO\n\nAika: 14.11.2025 klo 9.00–12.00\n\nPaikka: Rovaniemi\n\nPaikalla:\n\n",
    );
    let names = ["Ida", "Minna", "Julius", "Ami", "Inga", "Katariina", "Heikki", "Samuli"];
    for (i, n) in names.iter().enumerate() {
        s.push_str(&format!("{n}\tSukunimi{i}\tLapin liitto, jäsen\n"));
    }
    s.push_str("\nMUISTIO\n\n");
    let sentence = "Keskusteltiin strategian toimeenpanosta ja [rahoituksesta](https://example.org/r) – alueen toimijat ovat mukana. ";
    for item in 1..=12 {
        s.push_str(&format!("{item}. Asia numero {item}\n\n"));
        for k in 0..30 {
            let who = names[k % names.len()];
            let reply = names[(k + 3) % names.len()];
            s.push_str(&format!("{who}: {} **{reply}:** {}\n\n", sentence.repeat(3), sentence));
        }
        s.push_str("- ensimmäinen nosto\n- toinen nosto\n\n");
    }
    s.push_str("13. Seuraava kokous\n\n25.3.2026 klo 9.00–11.30.\n\nLapin liiton uudet tilat.\n");
    s
}

fn median_ms(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..15)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn report(name: &str, text: &str) {
    let doc = restore(text.as_bytes(), &mut Ids::seeded(1)).unwrap().minutes;
    let json = export(&doc, Format::Json, 0).unwrap().bytes;
    let entries = doc.entries().count();
    println!(
        "{name}: {} kB of text, {} items, {entries} entries, saved form {} kB",
        text.len() / 1024,
        doc.items.len(),
        json.len() / 1024
    );
    let import = median_ms(|| drop(restore(text.as_bytes(), &mut Ids::seeded(1)).unwrap()));
    let md = median_ms(|| drop(markdown(&doc)));
    let save = median_ms(|| drop(export(&doc, Format::Json, 0)));
    let open = median_ms(|| drop(restore(&json, &mut Ids::seeded(1)).unwrap()));
    println!(
        "  import {import:.2} ms · Markdown export {md:.2} ms · save (JSON) {save:.2} ms · open saved {open:.2} ms"
    );
}

fn main() {
    // `--print-long` writes the synthetic meeting for the browser benchmark instead.
    if std::env::args().any(|a| a == "--print-long") {
        print!("{}", long_meeting());
        return;
    }
    report("three-hour meeting (synthetic)", &long_meeting());
    let real = std::env::var("MUISTIO_REAL_MEMO").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/fixtures/luovat-alat-muistio-2025-11-14.md"
        )
        .into()
    });
    if let Ok(text) = std::fs::read_to_string(&real) {
        report("the real memo", &text);
    }
}
