//! Word and OpenDocument files from other programs (core/tests/fixtures/office, made by
//! LibreOffice, pandoc and by hand: see its README): Muistio reads every file that has text,
//! and of the words pandoc reads from a file (`pandoc -s -t plain`), the text Muistio reads
//! from it keeps at least 99 %, per file and over all of them. Words are compared as multisets,
//! case folded, split at every character that is not a letter or digit.
//!
//! The memo made of that text is measured too, as its Markdown (header, attendees, every
//! entry): there the memo reader writes the time in its own form (no weekday, no month names,
//! a 24-hour clock), header labels in its own words ("Location" for "Venue") and leaves out
//! the attendee table's column headings, so its recall is lower; it must stay at least 95 %.
//!
//! pandoc 2.17 finds Word's elements by their usual prefix (`w:`); for a file it refuses, it
//! reads the file's twin in `twins/` (the same parts with the usual prefixes) instead. When
//! pandoc is missing the recall is not measured, unless `MUISTIO_REQUIRE_READERS` is set.

mod oracle;

use muistio_core::export::{export, Format};
use muistio_core::import::office::{self, Office};
use muistio_core::{restore, Ids};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const MIN_RECALL: f64 = 0.99;
const MIN_MEMO_RECALL: f64 = 0.95;

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/office");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx" || e == "odt"))
        .collect();
    files.sort();
    assert!(files.len() >= 15, "the corpus is in {}", dir.display());
    files
}

/// Words as counted: lower case, split at everything but letters and digits.
fn words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

/// What pandoc writes that is not text in the file: the numbers of numbered list items (a
/// file keeps them as numbering; pandoc writes "1.  " with two spaces, which a number typed
/// in a heading does not have) and its note marks ("[1]").
fn without_marks(text: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let rest = line.trim_start();
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            match rest[digits..]
                .strip_prefix(". ")
                .or_else(|| rest[digits..].strip_prefix(") "))
            {
                Some(item) if digits > 0 && item.starts_with(' ') => item.trim_start().to_string(),
                _ => line.to_string(),
            }
        })
        .collect();
    without_note_marks(&lines.join("\n"))
}

fn without_note_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close) if close > 0 && after[..close].bytes().all(|b| b.is_ascii_digit()) => {
                rest = &after[close + 1..]
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text Muistio reads from a file (what the memo reader is given). A file refused counts
/// as no words read (and fails [`every_file_with_text_is_read`]).
fn read_words(file: &Path) -> HashMap<String, usize> {
    match office::read(&std::fs::read(file).unwrap()) {
        Ok(Office::Text(pieces)) => words(&pieces.iter().map(|p| p.lines.as_str()).collect::<String>()),
        _ => HashMap::new(),
    }
}

/// The memo Muistio makes of a file, as Markdown: header, attendees, every entry.
fn memo_words(file: &Path) -> HashMap<String, usize> {
    let bytes = std::fs::read(file).unwrap();
    let Ok(restored) = restore(&bytes, &mut Ids::seeded(11)) else {
        return HashMap::new();
    };
    let text = export(&restored.minutes, Format::Markdown, 0).unwrap().bytes;
    words(&String::from_utf8(text).unwrap())
}

/// What pandoc reads of a file (or of its twin, when pandoc refuses the file itself).
fn pandoc_words(file: &Path) -> Option<HashMap<String, usize>> {
    let read = |path: &Path| oracle::run_status("pandoc", &["-s", "-t", "plain", path.to_str().unwrap()]);
    let (ok, out, err) = read(file)?;
    let out = match ok {
        true => out,
        false => {
            let twin = file.parent().unwrap().join("twins").join(file.file_name().unwrap());
            assert!(
                twin.exists(),
                "pandoc refused {} ({err}) and it has no twin",
                file.display()
            );
            oracle::run("pandoc", &["-s", "-t", "plain", twin.to_str().unwrap()])?
        }
    };
    Some(words(&without_marks(&out)))
}

/// (words of `reference` also in `read`, words of `reference`), counting repeats.
fn kept(reference: &HashMap<String, usize>, read: &HashMap<String, usize>) -> (usize, usize) {
    reference.iter().fold((0, 0), |(hit, all), (word, n)| {
        (hit + (*n).min(read.get(word).copied().unwrap_or(0)), all + n)
    })
}

#[test]
fn every_file_with_text_is_read() {
    for file in corpus() {
        let bytes = std::fs::read(&file).unwrap();
        let read = restore(&bytes, &mut Ids::seeded(11));
        assert!(
            read.is_ok(),
            "{}: a file with text was refused: {:?}",
            file.display(),
            read.err()
        );
        assert!(memo_words(&file).len() > 20, "{}: too few words", file.display());
    }
}

/// Recall of one file: (words kept, words of pandoc's reading, the words missing).
fn recall(reference: &HashMap<String, usize>, read: &HashMap<String, usize>) -> (usize, usize, String) {
    let (hit, all) = kept(reference, read);
    let mut missing: Vec<&str> = reference
        .iter()
        .filter(|(w, n)| read.get(*w).copied().unwrap_or(0) < **n)
        .map(|(w, _)| w.as_str())
        .collect();
    missing.sort_unstable();
    (hit, all, missing.join(" "))
}

fn percent(hit: usize, all: usize) -> f64 {
    hit as f64 * 100.0 / all.max(1) as f64
}

#[test]
fn words_pandoc_reads_are_kept() {
    let (mut read_hits, mut memo_hits, mut total) = (0, 0, 0);
    let mut low = Vec::new();
    eprintln!(
        "{:<36} {:>5} {:>7} {:>7}  missing from the text; from the memo",
        "file", "words", "text", "memo"
    );
    for file in corpus() {
        let Some(reference) = pandoc_words(&file) else { return };
        let (read_hit, all, read_missing) = recall(&reference, &read_words(&file));
        let (memo_hit, _, memo_missing) = recall(&reference, &memo_words(&file));
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let (text, memo) = (percent(read_hit, all), percent(memo_hit, all));
        eprintln!("{name:<36} {all:>5} {text:>6.2}% {memo:>6.2}%  {read_missing}; {memo_missing}");
        if text < MIN_RECALL * 100.0 || memo < MIN_MEMO_RECALL * 100.0 {
            low.push(name);
        }
        (read_hits, memo_hits, total) = (read_hits + read_hit, memo_hits + memo_hit, total + all);
    }
    let (text, memo) = (percent(read_hits, total), percent(memo_hits, total));
    eprintln!("{:<36} {total:>5} {text:>6.2}% {memo:>6.2}%", "all");
    assert!(low.is_empty(), "recall too low in {low:?}");
    assert!(text >= MIN_RECALL * 100.0, "overall recall of the text {text}");
    assert!(memo >= MIN_MEMO_RECALL * 100.0, "overall recall of the memo {memo}");
}

#[test]
fn note_marks_are_not_words() {
    assert_eq!(without_marks("quote[1] and [x] [] [12]."), "quote and [x] [] .");
    assert_eq!(without_marks("1.  eka\n  12)  toka\n1. Avaus"), "eka\ntoka\n1. Avaus");
    assert_eq!(kept(&words("a a b"), &words("A b c")), (2, 3));
}
