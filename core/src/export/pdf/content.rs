//! A page's content stream: the document's texts as marked content — each run of texts of one
//! structure element under its own marked-content id, in reading order — and then what is only
//! decoration or pagination (rules, bars, page numbers, repeated table headers) as artifacts.

use super::font::Font;
use super::layout::{Face, Op};
use super::syntax::{num, push_int, text_string, Num};
use super::tags::Role;
use std::collections::BTreeMap;
use std::fmt::Write;

/// A face as the page uses it: the font, its resource name, and the character each of its
/// glyphs stands for in the font's Unicode map.
pub struct Shown<'a> {
    pub font: &'a Font,
    pub resource: &'static str,
    pub unicode: &'a BTreeMap<u16, char>,
}

/// A page's content stream, and the marked-content id given to each of its ops (`None` for
/// artifacts).
pub struct Content {
    pub data: Vec<u8>,
    pub mcids: Vec<Option<usize>>,
}

/// Shows `text` from the current text position, first moving `kern` thousandths of an em
/// (leftwards when positive). Characters whose glyph the Unicode map gives as another
/// character (a letter the font lacks, drawn as �) are wrapped in a span whose actual text is
/// the real letter, so that copying and reading aloud still give it.
fn show(out: &mut String, face: &Shown, text: &str, kern: Option<f32>) {
    let mut run = String::new();
    let mut actual = String::new();
    let mut kern = kern;
    let mut flush = |out: &mut String, run: &mut String, actual: &mut String| {
        if run.is_empty() {
            return;
        }
        if !actual.is_empty() {
            let _ = write!(out, "/Span << /ActualText {} >> BDC ", text_string(actual));
        }
        let _ = match kern.take() {
            Some(k) => write!(out, "[{} <{run}>] TJ ", Num(k)),
            None => write!(out, "<{run}> Tj "),
        };
        if !actual.is_empty() {
            out.push_str("EMC ");
        }
        run.clear();
        actual.clear();
    };
    for c in text.chars() {
        let glyph = face.font.glyph(c);
        let plain = face.unicode.get(&glyph) == Some(&c);
        if plain != actual.is_empty() {
            flush(out, &mut run, &mut actual);
        }
        hex4(&mut run, glyph);
        if !plain {
            actual.push(c);
        }
    }
    flush(out, &mut run, &mut actual);
}

/// Appends a glyph id as four hexadecimal digits.
fn hex4(out: &mut String, glyph: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        out.push(char::from(HEX[usize::from((glyph >> shift) & 0xF)]));
    }
}

/// What is set inside one text object, so that only changes are written: a word that follows
/// the one before on its line needs no new position, only a small move for the rounding of
/// widths and for spaces of the other face.
#[derive(Default)]
struct Pen {
    font: Option<(Face, f32)>,
    color: Option<[f32; 3]>,
    /// The baseline and slant of the line, and where the last text ended.
    line: Option<(f32, bool, f32)>,
}

fn text(out: &mut String, pen: &mut Pen, op: &Op, faces: &[Shown; 2]) {
    let Op::Text {
        x,
        y,
        size,
        face,
        italic,
        color,
        text,
        ..
    } = op
    else {
        return;
    };
    let shown = &faces[usize::from(*face == Face::Bold)];
    if pen.font != Some((*face, *size)) {
        out.push('/');
        out.push_str(shown.resource);
        out.push(' ');
        Num(*size).put(out);
        out.push_str(" Tf ");
        pen.font = Some((*face, *size));
    }
    if pen.color != Some(*color) {
        for c in color {
            Num(*c).put(out);
            out.push(' ');
        }
        out.push_str("rg ");
        pen.color = Some(*color);
    }
    let kern = match pen.line {
        Some((line_y, slant, end)) if line_y == *y && slant == *italic && *x > end - 2.0 => {
            let k = (end - x) * 1000.0 / size;
            (k.abs() >= 0.01).then_some(k)
        }
        _ => {
            out.push_str(if *italic { "1 0 0.2 1 " } else { "1 0 0 1 " });
            Num(*x).put(out);
            out.push(' ');
            Num(*y).put(out);
            out.push_str(" Tm ");
            None
        }
    };
    show(out, shown, text, kern);
    out.push('\n');
    let advance: i32 = text.chars().map(|c| shown.font.advance_1000(shown.font.glyph(c))).sum();
    // Where the text ends: as drawn, with the move rounded as written.
    let start = match kern {
        Some(k) => end_after(pen.line, *x, k, *size),
        None => *x,
    };
    pen.line = Some((*y, *italic, start + advance as f32 * size / 1000.0));
}

/// Where a move of `kern` (as written, to two decimals) from the last end puts the pen.
fn end_after(line: Option<(f32, bool, f32)>, x: f32, kern: f32, size: f32) -> f32 {
    let written: f32 = num(kern).parse().unwrap_or(kern);
    line.map(|(_, _, end)| end - written * size / 1000.0).unwrap_or(x)
}

fn graphic(out: &mut String, op: &Op) {
    match op {
        Op::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } => {
            let ([r, g, b], w) = (color.map(Num), Num(*width));
            let _ = writeln!(
                out,
                "{r} {g} {b} RG {w} w {} {} m {} {} l S",
                Num(*x1),
                Num(*y1),
                Num(*x2),
                Num(*y2)
            );
        }
        Op::Rect { x, y, w, h, color } => {
            let [r, g, b] = color.map(Num);
            let _ = writeln!(
                out,
                "{r} {g} {b} rg {} {} {} {} re f",
                Num(*x),
                Num(*y),
                Num(*w),
                Num(*h)
            );
        }
        Op::Text { .. } => {}
    }
}

/// Writes a page's ops; `role` names the structure type of each element texts are tagged with.
pub fn page(ops: &[Op], faces: &[Shown; 2], role: impl Fn(usize) -> Role) -> Content {
    let mut out = String::new();
    let mut mcids = vec![None; ops.len()];
    let mut open: Option<usize> = None;
    let mut pen = Pen::default();
    let mut next = 0;
    for (i, op) in ops.iter().enumerate() {
        let Op::Text { tag: Some(tag), .. } = op else { continue };
        if open != Some(*tag) {
            if open.is_some() {
                out.push_str("ET\nEMC\n");
            }
            out.push('/');
            out.push_str(role(*tag).name());
            out.push_str(" << /MCID ");
            push_int(&mut out, next);
            out.push_str(" >> BDC\nBT\n");
            open = Some(*tag);
            pen = Pen::default();
            next += 1;
        }
        mcids[i] = Some(next - 1);
        text(&mut out, &mut pen, op, faces);
    }
    if open.is_some() {
        out.push_str("ET\nEMC\n");
    }
    let artifact = |op: &&Op| !matches!(op, Op::Text { tag: Some(_), .. });
    let is_text = |op: &&Op| matches!(op, Op::Text { .. });
    let (texts, graphics): (Vec<&Op>, Vec<&Op>) = ops.iter().filter(artifact).partition(is_text);
    if !graphics.is_empty() {
        out.push_str("/Artifact BMC\n");
        graphics.iter().for_each(|op| graphic(&mut out, op));
        out.push_str("EMC\n");
    }
    if !texts.is_empty() {
        out.push_str("/Artifact << /Type /Pagination >> BDC\nBT\n");
        let mut pen = Pen::default();
        texts.iter().for_each(|op| text(&mut out, &mut pen, op, faces));
        out.push_str("ET\nEMC\n");
    }
    Content {
        data: out.into_bytes(),
        mcids,
    }
}
