//! Inputs of pathological shape, each built at about `n` bytes: texts that once made a reader
//! scan the rest of its input per character, line or span, and office files (real zips) that
//! are bombs, overlap, nest without end or ask for absurd amounts. Shared by the
//! `pathological` example and `tests/pathological.rs`.
// Each user of these shapes needs only some of what is here.
#![allow(dead_code, unused_imports)]

mod office;
mod text;
mod zips;

pub use zips::{deflate, deflate_at, docx, odt, raw_zip, zip, Raw};

/// One shape: a name, what it is, and how to build it at about `n` bytes.
pub struct Shape {
    /// Short name, for the command line and the report.
    pub name: &'static str,
    /// What it stresses.
    pub what: &'static str,
    /// Builds the input at about `n` bytes.
    pub build: fn(usize) -> Vec<u8>,
    /// True when the reader must refuse it (a bomb, not a meeting).
    pub refused: bool,
}

/// `unit` repeated after `head` until the whole is about `n` bytes, then `tail`.
pub fn fill(head: &str, unit: &str, tail: &str, n: usize) -> Vec<u8> {
    let mut s = String::with_capacity(n + head.len() + tail.len());
    s.push_str(head);
    while s.len() + unit.len() + tail.len() <= n.max(head.len() + unit.len() + tail.len()) {
        s.push_str(unit);
    }
    s.push_str(tail);
    s.into_bytes()
}

/// Every shape: texts first, then office files.
pub fn all() -> Vec<Shape> {
    let mut shapes = text::shapes();
    shapes.extend(office::shapes());
    shapes
}
