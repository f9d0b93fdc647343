//! Prints how large Muistio's Word, OpenDocument and PDF files are beside the files LibreOffice
//! writes for the same document (when `soffice` is installed), for the real memo and for a large
//! generated meeting, and how much of each office file the draft carried inside takes.
//! Figures, not pass/fail: `cargo run --release -p muistio-core --example sizes`
//! (`-- --print-large` prints the generated meeting's Markdown instead).
//!
//! "LibreOffice for the same document": Muistio's own files converted headless (in a profile of
//! its own): DOCX from Muistio's ODT, ODT and PDF from Muistio's DOCX.

mod meeting;

use muistio_core::export::{export, pdf, Format};
use muistio_core::{restore, Ids};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The packed size of one zip entry, read from the archive's central directory.
fn packed_size(zip: &[u8], name: &str) -> Option<usize> {
    let u16_at = |at: usize| Some(u16::from_le_bytes(zip.get(at..at + 2)?.try_into().ok()?) as usize);
    let u32_at = |at: usize| Some(u32::from_le_bytes(zip.get(at..at + 4)?.try_into().ok()?) as usize);
    let end = (0..zip.len().saturating_sub(21))
        .rev()
        .find(|&i| zip[i..].starts_with(b"PK\x05\x06"))?;
    let (count, mut at) = (u16_at(end + 10)?, u32_at(end + 16)?);
    for _ in 0..count {
        let (packed, name_len) = (u32_at(at + 20)?, u16_at(at + 28)?);
        if zip.get(at + 46..at + 46 + name_len)? == name.as_bytes() {
            return Some(packed);
        }
        at += 46 + name_len + u16_at(at + 30)? + u16_at(at + 32)?;
    }
    None
}

/// Converts `file` with LibreOffice into `to` (a filter such as `docx:"MS Word 2007 XML"`);
/// the converted file's size, or `None` when LibreOffice is missing or failed.
fn libreoffice(work: &Path, file: &Path, to: &str, ext: &str) -> Option<usize> {
    let out = work.join(format!("lo-{ext}"));
    let profile = format!("-env:UserInstallation=file://{}/lo-profile", work.display());
    let ran = Command::new("soffice")
        .args([&profile, "--headless", "--convert-to", to, "--outdir"])
        .arg(&out)
        .arg(file)
        .output()
        .ok()?;
    let made = out.join(format!("{}.{ext}", file.file_stem()?.to_str()?));
    let size = std::fs::metadata(&made).ok().map(|m| m.len() as usize);
    if size.is_none() {
        eprintln!(
            "  LibreOffice made no {ext}: {}",
            String::from_utf8_lossy(&ran.stderr).trim()
        );
    }
    size
}

fn fonts() -> (Vec<u8>, Vec<u8>) {
    let read = |name: &str| {
        std::fs::read(format!("{}/../style/fonts/{name}", env!("CARGO_MANIFEST_DIR"))).expect("the project's fonts")
    };
    (read("DejaVuSans.ttf"), read("DejaVuSans-Bold.ttf"))
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// Prints the table for one document; `true` when every ratio is within 1.5×.
fn report(name: &str, text: &str, work: &Path, office: bool) -> bool {
    let doc = restore(text.as_bytes(), &mut Ids::seeded(1))
        .expect("the document reads")
        .minutes;
    let (regular, bold) = fonts();
    let docx = export(&doc, Format::Docx, 0).unwrap().bytes;
    let odt = export(&doc, Format::Odt, 0).unwrap().bytes;
    let pdf = pdf::export(&doc, &regular, &bold).expect("the fonts are usable").bytes;
    let dir = work.join(name.split_whitespace().next().unwrap_or("doc"));
    std::fs::create_dir_all(&dir).unwrap();
    let path = |ext: &str| -> PathBuf { dir.join(format!("muistio.{ext}")) };
    for (ext, bytes) in [("docx", &docx), ("odt", &odt), ("pdf", &pdf)] {
        std::fs::write(path(ext), bytes).unwrap();
    }
    let json = export(&doc, Format::Json, 0).unwrap().bytes.len();
    let packs = text.len() as f64 / miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9).len() as f64;
    println!(
        "{name}: {} of text (deflates {packs:.1}×), {} attendees, {} items, {} entries; draft {} as JSON",
        kb(text.len()),
        doc.attendees.len(),
        doc.items.len(),
        doc.entries().count(),
        kb(json)
    );
    println!(
        "  {:<6} {:>10} {:>12} {:>7}  within 1.5×",
        "format", "Muistio", "LibreOffice", "ratio"
    );
    let theirs = |from: &str, to: &str, ext: &str| match office {
        true => libreoffice(&dir, &path(from), to, ext),
        false => None,
    };
    let mut all = true;
    for (format, ours, lo) in [
        ("DOCX", docx.len(), theirs("odt", "docx:MS Word 2007 XML", "docx")),
        ("ODT", odt.len(), theirs("docx", "odt", "odt")),
        ("PDF", pdf.len(), theirs("docx", "pdf", "pdf")),
    ] {
        match lo {
            Some(lo) => {
                let ratio = ours as f64 / lo as f64;
                all &= ratio <= 1.5;
                let within = if ratio <= 1.5 { "yes" } else { "NO" };
                println!("  {format:<6} {:>10} {:>12} {ratio:>6.2}×  {within}", kb(ours), kb(lo));
            }
            None => println!("  {format:<6} {:>10} {:>12} {:>7}  -", kb(ours), "-", "-"),
        }
    }
    let part = muistio_core::format::DRAFT_PART;
    for (format, zip) in [("DOCX", &docx), ("ODT", &odt)] {
        if let Some(packed) = packed_size(zip, part) {
            let share = 100.0 * packed as f64 / zip.len() as f64;
            println!(
                "  draft inside the {format}: {} deflated ({share:.0}% of the file)",
                kb(packed)
            );
        }
    }
    all
}

fn main() {
    if std::env::args().any(|a| a == "--print-large") {
        print!("{}", meeting::large_meeting());
        return;
    }
    let office = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !office {
        println!("(soffice is not installed: LibreOffice's sizes are not shown)");
    }
    let work = std::env::temp_dir().join(format!("muistio-sizes-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let real = std::env::var("MUISTIO_REAL_MEMO").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/fixtures/luovat-alat-muistio-2025-11-14.md"
        )
        .into()
    });
    let mut all = true;
    match std::fs::read_to_string(&real) {
        Ok(text) => all &= report("real memo", &text, &work, office),
        Err(_) => println!("real memo: not found at {real} (set MUISTIO_REAL_MEMO): skipped"),
    }
    all &= report("large meeting (generated)", &meeting::large_meeting(), &work, office);
    if office {
        println!(
            "every file within 1.5× of LibreOffice's: {}",
            if all { "yes" } else { "no" }
        );
    }
    if std::env::var_os("MUISTIO_SIZES_KEEP").is_some() {
        println!("files kept in {}", work.display());
    } else {
        let _ = std::fs::remove_dir_all(&work);
    }
}
